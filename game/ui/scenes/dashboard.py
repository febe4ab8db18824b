"""The turn screen: the milestone graph in the middle, the selected milestone and its funding
on the right, the budget on top, news, partners and rivals below.

The graph is painted by `MilestoneGraph` onto a cached Surface (redrawn only when the
session version, the area or the palette changes); see-through buttons over its nodes
give clicks, Tab focus and tooltips. Every action is a command through
`session.apply`; a refused one shows the engine's reason in red, never a crash.

Keys: Tab walks graph nodes, then funding (-, slider, +, the typed amount, steady, full
speed, stop), attempt, end turn, history, menu. Left/Right move the focused slider, Enter
presses (in the amount box: sets it). H opens the history, M the Moon map, Esc the
pause menu.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import (
    UIButton,
    UIHorizontalSlider,
    UIImage,
    UILabel,
    UIScrollingContainer,
    UITextBox,
    UITextEntryLine,
)

from game import numbers
from game.core import commands as cmd
from game.dates import date_of
from game.i18n import tr, trn
from game.translation_marks import marked, original_tip
from game.ui import intents, layout
from game.ui.emblems import emblem_image, session_emblems
from game.ui.offers import invitation_may_come
from game.ui.scene import Scene
from game.ui.widgets import originals, theme_extra
from game.ui.widgets import turn_text as words
from game.ui.widgets.labels import SLACK, fitted_label, set_fitted, short_if_cut, text_width
from game.ui.widgets.milestone_graph import (
    MilestoneGraph,
    funded_tag,
    node_infos,
    status_name,
)
from game.ui.widgets.picture import picture
from game.ui.widgets.tips import esc, game_value, lines, money, percent, sentence, sourced

if TYPE_CHECKING:
    from game.core.engine import Engine
    from game.core.views import MilestoneView
    from game.ui.session import Session


class DashboardScene(Scene):
    name = "dashboard"

    def __init__(self) -> None:
        super().__init__()
        self.selected: str | None = None
        self.picture: UIImage | None = None  # the selected milestone's, if it has one
        self.notice = ""  # the engine's reason for the last refused command
        self.hint = ""  # what the engine did to the last accepted one (a capped amount)
        self.amount_entry: UITextEntryLine | None = None
        self.graph: MilestoneGraph | None = None
        self.node_buttons: dict[str, UIButton] = {}
        self.funding_slider: UIHorizontalSlider | None = None
        self.attempt_button: UIButton | None = None
        self.end_turn_button: UIButton | None = None
        self.news_box: UITextBox | None = None
        self._live: dict[str, UILabel] = {}
        self._side_rect: pygame.Rect | None = None
        self._side_elements: list[UIElement] = []  # what `refresh_side` rebuilds alone
        self._side_focus: list[UIElement] = []
        self._session_id = 0
        self._stale = False  # a slider move waits for the mouse release to rebuild
        self._built_at: tuple[int, str] = (-1, "")
        self._focus_selected = False  # a new turn's first build focuses the selected node
        self.english = False  # the side panel's translated statements shown in English

    # --- reading the session -----------------------------------------------------------

    @property
    def session(self) -> Session:
        """The game shown; only read once build() found one (app.session may be None)."""
        session = self.app.session
        assert session is not None
        return session

    @property
    def engine(self) -> Engine:
        return self.session.engine

    @property
    def agency(self) -> str:
        return str(self.session.agency)

    def _sync_session(self) -> None:
        """A load or a hot-seat hand-over may have changed the session or agency."""
        key = hash((id(self.session), self.agency))
        if self.graph is None or key != self._session_id:
            self.graph = MilestoneGraph(self.session.scenario)
            self._session_id = key
            self.selected = None
        if self.selected not in self.session.scenario.milestones:
            self.selected = self._default_selection()

    def _default_selection(self) -> str:
        statuses = self.engine.statuses(self.agency)
        for wanted in ("ready", "in_progress", "available"):
            for mid, status in statuses.items():
                if status == wanted:
                    return str(mid)
        return str(next(iter(self.session.scenario.milestones)))

    # --- lifecycle ---------------------------------------------------------------------

    def on_enter(self) -> None:
        self._sync_session()

    def resume(self) -> None:
        self._stale = False
        # Compared with the turn the widgets were built in, not the one at pause(): End
        # turn changes the turn before the report is pushed over this screen.
        if self._built_at != self._whose_turn():
            # A new turn (or team) starts on the selected milestone, not on the button used
            # last: an extra Enter after closing the report pressed "Steady rate" and
            # changed the funding the team had just seen renewed.
            self.paused_focus = -1
            self._focus_selected = True
        self._sync_session()

    def _whose_turn(self) -> tuple[int, str]:
        return (int(self.session.state.turn), self.agency) if self.app.session else (-1, "")

    def keep_key(self) -> object:
        """What the widgets show depends on these alone (see Scene.keep_key): closing Help,
        History or the pause menu then takes no rebuild (~50 ms)."""
        session = self.app.session
        if session is None or self._stale:
            return None
        return (id(session), session.version, self.agency, self.selected, self.notice,
                session.notice, session.is_over, self.english)

    def build(self, rect: pygame.Rect) -> None:
        if self.app.session is None:
            return
        self._sync_session()
        u = self.app.units
        theme_extra.ensure(self.app.manager, u.scale)
        self._live = {}
        body = layout.inset(rect, u.margin)
        top, rest = layout.split_top(body, u.row, u.gap)
        main, side = layout.columns(rest, [2.3, 1], gap=u.margin)
        lower_h = max(round(118 * u.scale), min(round(260 * u.scale), main.h * 27 // 100))
        graph_area, lower = layout.split_bottom(main, lower_h, u.gap)
        top_buttons = self._top_bar(top)
        self._graph(graph_area)
        self._side_rect = side
        self._side_elements, self._side_focus = self._capture(lambda: self._side(side))
        news, partners, rivals = layout.columns(lower, [1, 0.8, 1.5], gap=u.gap)
        self._news(news)
        self._partners(partners)
        self._rivals(rivals)
        top_buttons()  # built last so Tab reaches them after End turn
        if self._focus_selected and self.focus is not None:
            self._focus_selected = False
            self.focus.focus(self.node_buttons.get(self.selected or ""))
        self._built_at = self._whose_turn()

    # --- top bar -----------------------------------------------------------------------

    def _top_bar(self, top: pygame.Rect) -> Callable[[], None]:
        u = self.app.units
        engine, aid = self.engine, self.agency
        spec = self.session.scenario.agencies[aid]
        budget = engine.budget_view(aid)
        state = self.session.state
        teams = getattr(self.session, "teams", None) or {}
        team = next((name for name, agency in teams.items() if agency == aid), None)
        who = tr("{team} \u2014 {agency}", team=team, agency=spec.short) if team else spec.short
        invented = bool(getattr(spec, "fiction", False))
        if invented:  # a pupil must never take the invented agency for a real one
            who = tr("{agency} (fiction)", agency=who)
        bloc_id = state.agencies[aid].bloc
        bloc = engine.rules.blocs[bloc_id].short if bloc_id else tr("independent")
        calendar = engine.rules.calendar
        left = calendar.turns_left(state.turn)
        tips = words.budget_tips(engine, aid)
        items: list[tuple[str, str, str, str]] = [
            ("who", who, esc(tr("{name}, playing: {bloc}", name=spec.name, bloc=bloc))
             + (esc(" " + tr("This agency is invented for the scenario; it is not history."))
                if invented else ""),
             "#small_left"),
            ("date", tr("Game over") if self.session.is_over else date_of(engine),
             esc(tr("Turn {t} of {n}; a turn is {m} months (the scenario's calendar).",
                    t=min(state.turn + 1, state.turn_count), n=state.turn_count,
                    m=calendar.turn_months)), "#small"),
            ("left", trn("{n} turn left", "{n} turns left", left),
             esc(tr("The game ends after {end}.", end=date_of(engine, state.turn_count - 1))),
             "#small"),
            ("money", tr("Money {m}", m=money(budget.money)), tips["money"], "#small"),
            ("free", tr("Free {m}", m=money(budget.free)), tips["free"], "#small"),
            ("allocated", tr("Allocated {m}", m=money(budget.allocated)), tips["allocated"],
             "#small"),
            ("income", tr("Income {m}", m=money(budget.income)), tips["income"], "#small"),
            ("support", tr("Support {p}%", p=budget.support), tips["support"], "#small"),
        ]
        size, button_size = round(14 * u.scale), round(16 * u.scale)
        history_text, menu_text = tr("History (H)"), tr("Menu (Esc)")
        map_text = tr("Map (M)")

        # Free and allocated change live while funding (no rebuild): their cells get the
        # room the whole money would take, so "Allocated 1885M" is never cut to "188...".
        widest = money(max(budget.money, budget.allocated))
        room = {"free": tr("Free {m}", m=widest), "allocated": tr("Allocated {m}", m=widest)}

        def widths() -> list[int]:
            return [*(text_width(max(text, room.get(key, ""), key=len), size) + 18
                      for key, text, _, _ in items),
                    text_width(history_text, button_size) + 28,
                    text_width(map_text, button_size) + 28,
                    text_width(menu_text, button_size) + 28]

        # A big UI scale on a small window: drop what the side panel, a tooltip or the Help
        # screen also tells (the keys first, then two figures), rather than cut every
        # figure short.
        for drop in ("buttons", "income", "allocated"):
            if sum(widths()) + (len(items) + 1) * (u.gap // 2) <= top.w:
                break
            if drop == "buttons":
                history_text, menu_text = tr("History"), tr("Menu")
                map_text = tr("Map")
            else:
                items = [item for item in items if item[0] != drop]
        cells = layout.columns(top, widths(), gap=u.gap // 2)
        for (key, text, tip, oid), cell in zip(items, cells, strict=False):
            self._live[key] = fitted_label(self, cell, text, tooltip=tip, object_id=oid)

        def buttons() -> None:
            self.button(cells[-3], history_text, self.open_history,
                        tooltip=tr("Each milestone's date in this game beside the scenario's "
                                   "documented timeline, and the difference in years"))
            self.button(cells[-2], map_text, self.open_moon_map,
                        tooltip=tr("The Moon's near and far side, with every landing at "
                                   "its site"))
            self.button(cells[-1], menu_text, self.open_pause,
                        tooltip=tr("Save, settings, quit"))

        return buttons

    # --- graph -------------------------------------------------------------------------

    def _graph(self, area: pygame.Rect) -> None:
        assert self.graph is not None
        placement = self.graph.layout(area, self.app.units.scale)
        self.node_buttons = {}
        scenario = self.session.scenario
        for mid, node in placement.nodes.items():
            view = self.engine.milestone_view(self.agency, mid)
            b = self.button(node, "", partial(self.select, mid),
                            tooltip=words.node_tooltip(scenario, view), object_id="#graph_node")
            self.node_buttons[mid] = b

    def _picture_key(self) -> tuple[object, ...]:
        return (self._session_id, self.session.version, self.agency)

    # --- side panel: the selected milestone ---------------------------------------------

    def _side(self, side: pygame.Rect) -> None:
        u = self.app.units
        assert self.selected is not None
        view = self.engine.milestone_view(self.agency, self.selected)
        small = round(26 * u.scale)
        head, rest = layout.split_top(side, u.row, u.gap // 2)
        fitted_label(self, head, view.name, object_id="#heading")
        status_row, rest = layout.split_top(rest, small, u.gap // 2)
        status = status_name(view.status)
        if view.status == "achieved" and view.first_holder == self.agency:
            status = tr("{s} \u2014 a first!", s=status)
        statements = words.details_statements(self.session.scenario, self.engine, self.agency,
                                              view)
        if originals.any_translated(statements):
            # beside the state: the milestone's translated statements in their English
            status_row, toggle = layout.columns(status_row, 2, gap=u.gap)
            button = originals.original_button(self, toggle, statements, self.english,
                                               self.toggle_english)
            if button is not None:
                set_fitted(button, button.text, button.tool_tip_text)
        fitted_label(self, status_row, status, object_id="#small_left",
                     tooltip=esc(tr("Its state for you this turn.")))
        grid, rest = layout.split_top(rest, small * 3 + u.gap, u.gap // 2)
        self._figures(grid, view)
        # from the bottom up: end turn, waiting, attempt, funding rows, refusal
        rest, end_row = layout.split_bottom(rest, u.button, u.gap)
        pending = self.engine.pending(self.agency)
        waiting_row = None
        if pending and not self.session.is_over:
            rest, waiting_row = layout.split_bottom(rest, u.button, u.gap // 2)
        rest, attempt_row = layout.split_bottom(rest, u.button, u.gap)
        rest, steady_row = layout.split_bottom(rest, u.button, u.gap // 2)
        rest, fund_row = layout.split_bottom(rest, u.button, u.gap // 2)
        rest, notice_row = layout.split_bottom(rest, small, u.gap // 2)
        image = self.session.scenario.milestones[self.selected].image
        self.picture = None
        if image is not None and rest.h >= u.row * 4:  # the words keep most of the room
            top, rest = layout.split_top(rest, min(rest.h // 3, round(140 * u.scale)),
                                         u.gap // 2)
            self.picture = picture(self, top, self.session.scenario,
                                   self.session.scenario_path, image)
        if rest.h >= u.row * 2:  # a big UI scale on a small window leaves no room for it
            self.textbox(rest, words.details_html(self.session.scenario, self.engine,
                                                  self.agency, view, self.english))
        if self.notice:
            fitted_label(self, notice_row, self.notice, object_id="#small_error",
                         tooltip=esc(tr("The engine refused the last action.")))
        elif self.hint:
            fitted_label(self, notice_row, self.hint, object_id="#small_left",
                         tooltip=words.cap_rule_tip())
        elif view.status in words.FUNDABLE and not self.session.is_over:
            fitted_label(self, notice_row, tr("Funding a turn, in steps of {s}M:",
                                              s=words.funding_step(view)),
                         object_id="#small_left",
                         tooltip=words.standing_rule_tip())
        self._funding(fund_row, steady_row, view)
        self._attempt(attempt_row, view)
        if waiting_row is not None:
            self.button(waiting_row, tr("Waiting for your answer: {n}", n=len(pending)),
                        self.answer_pending,
                        tooltip=tr("Events and offers to answer before the turn can end"))
        self._end_turn_button(end_row)  # last: Tab reaches it after funding and attempt

    def _capture(self, make: Callable[[], None]) -> tuple[list[UIElement], list[UIElement]]:
        """Run `make` and return the widgets and focus entries it added."""
        n0 = len(self.elements)
        f0 = len(self.focus.items) if self.focus is not None else 0
        make()
        added_focus = self.focus.items[f0:] if self.focus is not None else []
        return self.elements[n0:], added_focus

    def refresh_side(self) -> None:
        """Rebuild only the side panel (selection and funding change nothing else), keeping
        its place in the Tab order; a whole rebuild of ~100 widgets takes ~0.1 s."""
        selected = self.selected or ""  # no node has the id ""
        node = self.node_buttons.get(selected)
        if node is not None:  # its tooltip names this turn's funding, which just changed
            node.set_tooltip(words.node_tooltip(
                self.session.scenario, self.engine.milestone_view(self.agency, selected)))
        focus = self.focus
        if (self._side_rect is None or focus is None or self.app.top is not self
                or not self._side_focus or self._side_focus[0] not in focus.items):
            self.mark_stale()  # under a dialog refresh() builds nothing: rebuild on resume
            self.refresh()
            return
        current = focus.current
        start = focus.items.index(self._side_focus[0])
        offset = (focus.items.index(current) - start
                  if current is not None and current in self._side_focus else None)
        dead = {id(e) for e in self._side_elements}
        for element in self._side_elements:
            element.kill()
            for callbacks in (self._clicks, self._slides, self._edits, self._submits):
                callbacks.pop(element, None)
        self.elements = [e for e in self.elements if id(e) not in dead]
        focus.items = [e for e in focus.items if id(e) not in dead]
        before = len(focus.items)
        side = self._side_rect
        self._side_elements, self._side_focus = self._capture(lambda: self._side(side))
        focus.items = focus.items[:start] + self._side_focus + focus.items[start:before]
        if offset is not None:
            focus.index = start + min(offset, len(self._side_focus) - 1)
        elif current is not None:
            focus.index = focus.items.index(current)
        self._update_live()
        # The panel, the selected node's tooltip and the live figures are the current
        # state now; nothing else on the screen depends on selection or funding.
        self.mark_built()
        self.app.dirty = True

    def _figures(self, grid: pygame.Rect, view: MilestoneView) -> None:
        if view.status in ("achieved", "shared"):
            # A chance or a steady rate means nothing for what is built: say when and who.
            self._done_figures(grid, view)
            return
        u = self.app.units
        tips = words.figure_tips(view)
        row_rects = layout.rows(grid, 3, gap=u.gap // 2)
        reliability = (tr("Chance {p}", p=percent(view.reliability)) if view.is_mission
                       else tr("No launch"))
        cells = [
            ("progress", tr("Developed {p}", p=words.developed(view)), tips["progress"]),
            ("reliability", reliability, tips["reliability"] if view.is_mission else esc(
                tr("A programme completes when funded: no launch, no chance of failure."))),
            ("turns", tr("Turns {t} of {n}+", t=view.turns_funded, n=view.min_turns),
             tips["turns"]),
            ("cost", tr("Cost left {m}", m=money(words.cost_left(view))), tips["cost"]),
            ("funding", words.funding_text(view), tips["funding"]),
            ("ready", words.ready_text(view), tips["ready"]),
        ]
        for i, (key, text, tip) in enumerate(cells):
            left, right = layout.columns(row_rects[i // 2], 2, gap=u.gap)
            cell = left if i % 2 == 0 else right
            self._live[key] = fitted_label(self, cell, text, tooltip=tip,
                                           object_id="#small_left")

    def _done_figures(self, grid: pygame.Rect, view: MilestoneView) -> None:
        u = self.app.units
        state = self.session.state
        own = view.id in state.agencies[self.agency].achieved
        partners = self.engine.partners(self.agency)
        builders = [self.agency] if own else [a for a in view.achieved_by if a in partners]
        builder = builders[0] if builders else self.agency
        when, when_tip = self._when_done(builder, view.id)
        who = tr("you") if builder == self.agency else self._agency_name(builder)
        row_rects = layout.rows(grid, 3, gap=u.gap // 2)
        fitted_label(self, row_rects[0], tr("Done: {when}", when=when), tooltip=when_tip,
                     object_id="#small_left")
        by_tip = esc(tr("Built by {who}", who=who)) if own else esc(tr(
            "Built by {who}, a bloc partner; the bloc shares it with you", who=who))
        others = [self._agency_name(a) for a in view.achieved_by if a != builder]
        by = tr("By {who}", who=who)
        if others:
            by = tr("By {who}; also {others}", who=who, others=", ".join(others))
            by_tip = lines(by_tip, esc(tr("Also achieved by: {others}",
                                          others=", ".join(others))))
        fitted_label(self, row_rects[1], by, tooltip=by_tip, object_id="#small_left")
        project = state.agencies[self.agency].projects.get(view.id)
        spent = project.spent if project is not None else 0
        left, right = layout.columns(row_rects[2], 2, gap=u.gap)
        fitted_label(self, left, tr("You spent {m}", m=money(spent)), object_id="#small_left",
                     tooltip=game_value(tr("Millions you put into it during the game")))
        if view.first_holder is not None:
            first = tr("you") if view.first_holder == self.agency else \
                self._agency_name(view.first_holder)
            fitted_label(self, right, tr("First: {who}", who=first), object_id="#small_left",
                         tooltip=esc(tr("Who achieved it first, which earns extra prestige")))
        elif self.session.scenario.milestones[view.id].first:
            # hot-seat: another team took the first this turn; who shows when it resolves
            fitted_label(self, right, tr("First: after the turn"), object_id="#small_left",
                         tooltip=esc(tr("Another team achieved it this turn too; who was "
                                        "first shows when the turn ends")))
        else:
            fitted_label(self, right, tr("No first"), object_id="#small_left",
                         tooltip=esc(tr("No extra prestige for being first at this one")))

    def _when_done(self, aid: str, mid: str) -> tuple[str, str]:
        """When `aid` achieved `mid`, and a tooltip saying where that date comes from."""
        session = self.session
        turn = session.state.agencies[aid].achieved.get(mid, -1)
        if turn >= 0:
            return date_of(self.engine, turn), esc(tr(
                "The turn it was achieved in this game (game calendar)"))
        done = next((a for a in session.scenario.agencies[aid].achieved if a.milestone == mid),
                    None)
        if done is None or not done.date:
            return tr("before the game"), esc(tr("Achieved before the game began"))
        said = tr("Achieved before the game: {t}", t=done.text) + marked(done)
        tip = sourced(session.scenario, said, done.sources, done.claim)
        return done.date, lines(tip, esc(original_tip(done)))

    def _agency_name(self, aid: str) -> str:
        """'Red (CNSA)' for a hot-seat team's agency, else the agency's short name."""
        short = self.session.scenario.agencies[aid].short
        team = self.session.team_of(aid) if hasattr(self.session, "team_of") else None
        return tr("{team} ({a})", team=team, a=short) if team else short

    def _funding(self, fund_row: pygame.Rect, steady_row: pygame.Rect, view: MilestoneView) -> None:
        u = self.app.units
        open_ = view.status in words.FUNDABLE and not self.session.is_over
        step = words.funding_step(view)
        # The slider ends where money stops doing good: the engine caps funding there.
        high = max(view.full_speed, view.allocation, 1)
        entry_w = round(72 * u.scale)
        minus_r, slider_r, plus_r, entry_r = layout.columns(
            fund_row, [u.button, max(1, fund_row.w - 2 * u.button - entry_w - 3 * u.gap),
                       u.button, entry_w], gap=u.gap)
        why = "" if open_ else self._why_closed(view)
        self.button(minus_r, "\u2212", lambda: self.fund(view.allocation - step),
                    enabled=open_ and view.allocation > 0,
                    tooltip=why or tr("{s} million less a turn", s=numbers.money(step)))
        slider = self.slider(slider_r, view.allocation, 0, high, self._slid, step=step,
                             tooltip=lines(esc(tr("Funding a turn: drag, or Left/Right "
                                                  "in steps of {s} million",
                                                  s=numbers.money(step))),
                                           game_value(tr("Full speed: {f} million a turn; "
                                                         "more would be wasted.",
                                                         f=numbers.money(view.full_speed)))))
        if not open_:
            slider.disable()
        self.funding_slider = slider
        self.button(plus_r, "+", lambda: self.fund(view.allocation + step),
                    enabled=open_ and view.allocation < view.full_speed,
                    tooltip=why or tr("{s} million more a turn", s=numbers.money(step)))
        typed = self.entry(entry_r, str(view.allocation) if open_ else "",
                           allowed="numbers", on_submit=self._typed,
                           tooltip=why or tr("Type an amount in millions and press Enter"))
        if not open_:
            typed.disable()
        self.amount_entry = typed
        steady_r, full_r, stop_r = layout.columns(steady_row, [1.3, 1.3, 1], gap=u.gap)
        steady = self.button(steady_r, tr("Steady rate"),
                             lambda: self.fund_up_to(view.steady_funding), enabled=open_,
                             tooltip=why or words.steady_tip(self.engine, self.agency, view))
        full = self.button(full_r, tr("Full speed"), lambda: self.fund_up_to(view.full_speed),
                           enabled=open_, tooltip=why or words.full_speed_tip(self.engine,
                                                                              self.agency, view))
        short_if_cut(steady, tr("Steady"))  # the largest text on a 1024x600 window
        short_if_cut(full, tr("Full"))
        self.button(stop_r, tr("Stop"), lambda: self.fund(0),
                    enabled=open_ and view.allocation > 0,
                    tooltip=tr("No funding for this milestone from now on"))

    def _why_closed(self, view: MilestoneView) -> str:
        if self.session.is_over:
            return tr("The game is over")
        if view.status in ("achieved", "shared"):
            return tr("{m} is done: nothing left to fund", m=view.name)
        missing = ", ".join(self.session.scenario.milestones[m].name for m in view.missing)
        if missing:
            return tr("Needs first: {missing}", missing=missing)
        return tr("Not open to you: see the details above")

    def _attempt(self, row: pygame.Rect, view: MilestoneView) -> None:
        if not view.is_mission:
            text = tr("Programme: completes when funded")
            enabled, tip = False, tr("A programme has no launch: fund it to the end")
            if view.joint:  # joint construction: the bloc's one project (game/core/station.py)
                tip = tr("Built by the whole bloc: {d} done; your part so far {c} million",
                         d=percent(view.progress), c=numbers.money(view.contributed))
        elif view.status == "ready" and view.attempted_this_turn:
            text, enabled = tr("Flown this turn"), False
            tip = tr("One attempt per mission per turn")
        elif view.status == "ready" and not self.session.is_over:
            text = tr("Attempt mission ({p})", p=percent(view.reliability))
            enabled, tip = True, tr("See each step's chance, then launch or cancel")
        else:
            text, enabled = tr("Attempt mission"), False
            tip = tr("Ready when {p} developed and at least {n} turns funded (now {d}, {t})",
                     p=percent(1), n=view.min_turns, d=percent(view.progress), t=view.turns_funded)
            if view.status in ("achieved", "shared", "locked"):
                tip = self._why_closed(view)
        self.attempt_button = self.button(row, text, self.open_attempt, enabled=enabled,
                                          tooltip=tip)
        if not view.is_mission:  # the largest text on a small window: the tooltip says it all
            short_if_cut(self.attempt_button, tr("Programme: no launch"))

    def _end_turn_button(self, row: pygame.Rect) -> None:
        if self.session.is_over:
            self.end_turn_button = self.button(row, tr("Game over: see the debrief"),
                                               self.open_debrief)
            return
        state = self.session.state
        if state.turn >= state.turn_count - 1:  # no next turn: its date would be a promise
            self.end_turn_button = self.button(
                row, tr("End the last turn"), self.end_turn,
                tooltip=tr("Spend this turn's funding; then the game ends with the last "
                           "report and the debrief"))
            return
        self.end_turn_button = self.button(
            row, tr("End turn (next: {date})",
                    date=date_of(self.engine, self.session.state.turn + 1)),
            self.end_turn, tooltip=tr("Spend this turn's funding and move on {m} months",
                                      m=self.engine.rules.calendar.turn_months))

    # --- lower boxes ----------------------------------------------------------------------

    def _box(self, rect: pygame.Rect, title: str, tip: str | None = None) -> pygame.Rect:
        u = self.app.units
        head, body = layout.split_top(rect, round(24 * u.scale), 2)
        fitted_label(self, head, title, tooltip=tip, object_id="#small_left")
        return body

    def _news(self, rect: pygame.Rect) -> None:
        body = self._box(rect, tr("News"))
        self.news_box = self.textbox(body, self._news_html())

    def _news_html(self) -> str:
        return words.news_html(self.engine, self.agency, self.notice,
                               getattr(self.session, "notice", ""))

    def _rows(self, body: pygame.Rect, count: int
              ) -> tuple[UIScrollingContainer, list[pygame.Rect]]:
        """A scroller with `count` rows; returns (container, row rects inside it)."""
        u = self.app.units
        row_h = round(24 * u.scale)
        height = count * (row_h + 2)
        box = self.scroller(body, height)
        # The scroll bar's room, only when there is a bar: a short list keeps the width
        # for its names.
        width = body.w - (24 if height > body.h - 4 else 6)
        return box, [pygame.Rect(2, i * (row_h + 2), width, row_h) for i in range(count)]

    def _partners(self, rect: pygame.Rect) -> None:
        engine, aid = self.engine, self.agency
        scenario = self.session.scenario
        bloc_id = self.session.state.agencies[aid].bloc
        if bloc_id is None:
            body = self._box(rect, tr("Partners: none, your own road"),
                             esc(tr("Independent: you keep all the credit, and pay all "
                                    "the costs.")))
            # Promise an offer only where the scenario still has an invitation for us.
            if not scenario.blocs:
                text = tr("No blocs in this scenario: every agency goes its own way.")
            elif invitation_may_come(engine, aid):
                text = tr("No bloc. A bloc shares milestones and costs; an offer may come.")
            else:
                text = tr("No bloc. A bloc shares milestones and costs; this scenario sends "
                          "you no more invitations.")
            self.textbox(body, esc(text))
            return
        view = engine.bloc_view(aid, bloc_id)
        tip = lines(esc(view.name), game_value(tr(
            "Dues {d} million a turn; partners carry part of a bloc project's cost.",
            d=numbers.money(view.dues_per_turn))))
        body = self._box(rect, tr("Bloc: {b}", b=view.short), tip)
        partners = sorted(view.trust)
        if not partners:
            self.textbox(body, esc(tr("No partners in the bloc yet.")))
            return
        box, rows = self._rows(body, len(partners))
        u = self.app.units
        # Names get the room they need ("Roscosmos" was cut with half the row free); the
        # trust column keeps what its widest figure needs.
        # On a narrow box the trust is the bare number (its tooltip says what it is).
        size = round(14 * u.scale)
        names_w = max(text_width(scenario.agencies[p].short, size) for p in partners) + SLACK

        def trust_text(pid: str, short: bool) -> str:
            return str(view.trust[pid]) if short else tr("trust {t}", t=view.trust[pid])

        def trust_width(short: bool) -> int:
            return max(text_width(trust_text(p, short), size) for p in partners) + SLACK + 6

        bare = names_w + trust_width(False) + u.gap > rows[0].w
        trust_w = min(trust_width(bare), max(1, rows[0].w // 2))
        for pid, row in zip(partners, rows, strict=True):
            name_r, trust_r = layout.columns(row, [max(1, row.w - trust_w - u.gap), trust_w],
                                             gap=u.gap)
            short = scenario.agencies[pid].short
            fitted_label(self, name_r, short, container=box, object_id="#small_left",
                         tooltip=esc(scenario.agencies[pid].name))
            fitted_label(self, trust_r, trust_text(pid, bare), container=box,
                         object_id="#small_left", tooltip=words.trust_tip(short))

    def _rivals(self, rect: pygame.Rect) -> None:
        engine, aid = self.engine, self.agency
        scenario = self.session.scenario
        state = self.session.state
        body = self._box(rect, tr("Other agencies"),
                         esc(tr("Milestones achieved, the newest one, and the bloc.")))
        others = [a for a in state.agencies if a != aid]
        box, rows = self._rows(body, len(others))
        u = self.app.units
        gap = u.gap // 2
        # A count is never shortened: its column is as wide as the widest count needs;
        # names and achievements share the rest and give way first.
        # hot-seat: another team's achievements of this turn show once the turn resolves
        known = {o: engine.known_achieved(aid, o) for o in others}
        widest = max((str(len(known[o])) for o in others), key=len, default="0")
        count_w = text_width(widest, round(14 * u.scale)) + SLACK + 6
        badges = session_emblems(self.app)
        for other, row in zip(others, rows, strict=True):
            agency = state.agencies[other]
            # each rival's emblem in its colour before its name (game/emblems.py)
            badge_r, row = layout.columns(row, [row.h, max(1, row.w - row.h - gap)], gap=gap)
            if other in badges:
                emblem_image(self, badge_r, badges[other], container=box)
            short = scenario.agencies[other].short
            bloc = engine.rules.blocs[agency.bloc].short if agency.bloc else tr("indep.")
            free = max(0, row.w - 3 * gap - count_w)
            name_r, bloc_r, count_r, latest_r = layout.columns(
                row, [free * 1.4 / 4.3, free * 1.2 / 4.3, count_w, free * 1.7 / 4.3], gap=gap)
            fitted_label(self, name_r, short, container=box, object_id="#small_left",
                         tooltip=esc(scenario.agencies[other].name))
            fitted_label(self, bloc_r, bloc, container=box, object_id="#small_left",
                         tooltip=esc(tr("Bloc: {b}", b=engine.rules.blocs[agency.bloc].name
                                        if agency.bloc else tr("none, its own road"))))
            fitted_label(self, count_r, str(len(known[other])), container=box,
                         object_id="#small_left",
                         tooltip=words.achieved_tip(scenario, engine, other, aid))
            latest, when = words.latest_achievement(engine, other, aid)
            fitted_label(self, latest_r, latest or "\u2014", container=box,
                         object_id="#small_left",
                         tooltip=esc(tr("Newest: {m} ({when})", m=latest, when=when))
                         if latest else esc(tr("Nothing achieved yet")))

    # --- drawing -----------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.app.palette.background)
        graph = self.graph
        if graph is None or graph.placement is None or self.app.session is None:
            return
        picture = graph.picture(self._picture_key(),
                                lambda: node_infos(self.engine, self.agency,
                                                   self.session.scenario),
                                self.app.palette, self.selected)
        surface.blit(picture, graph.area.topleft)
        selected = self.selected or ""  # no node has the id ""
        node = graph.placement.nodes.get(selected)
        if node is not None:
            pygame.draw.rect(surface, self.app.palette.text, node.inflate(8, 8), width=3,
                             border_radius=8)
            funded = self.engine.milestone_view(self.agency, selected).allocation
            if funded > 0:  # the ring would cover the node's funding tag
                funded_tag(surface, funded, node, self.app.palette)

    def update(self, dt: float) -> None:
        if self._stale and not any(pygame.mouse.get_pressed()):
            self._stale = False
            self.refresh_side()

    # --- actions -----------------------------------------------------------------------

    def process_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_h:
            self.open_history()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_m:
            self.open_moon_map()
            return True
        return super().process_event(event)

    def back(self) -> None:
        self.open_pause()

    def toggle_english(self) -> None:
        self.english = not self.english
        self.refresh_side()

    def select(self, mid: str) -> None:
        self.selected = mid
        self.notice = self.hint = ""
        self.refresh_side()

    def fund(self, amount: int, hint: str = "") -> None:
        """Ask the engine to set the funding of the selected milestone; `hint` is said
        under the figures when the engine takes it as asked."""
        if self.selected is None:
            return
        result = self.session.apply(cmd.Allocate(agency=self.agency, milestone=self.selected,
                                                 amount=max(0, int(amount))))
        self.notice = "" if result.ok else sentence(self.session.words(result.reason))
        if result.ok and result.capped is not None:
            hint = words.capped_notice(result.capped)
        self.hint = hint if result.ok else ""
        self.refresh_side()

    def fund_up_to(self, amount: int) -> None:
        """A rate button: that amount, or all the money still free if it is less (and say
        so), rather than a refusal the class has to work around by hand."""
        if self.selected is None:
            return
        free = self.engine.budget_view(self.agency).free
        have = free + self.engine.milestone_view(self.agency, self.selected).allocation
        self.fund(min(amount, have), hint=words.short_notice(have) if amount > have else "")

    def _typed(self, text: str) -> None:
        """An amount typed into the box and sent with Enter."""
        digits = "".join(ch for ch in text if ch.isdigit())[:9]  # a billion millions at most
        if digits:
            self.fund(int(digits))

    def _slid(self, value: float) -> None:
        """A slider move: send it now, rebuild once the mouse lets go (not mid-drag)."""
        if self.selected is None:
            return
        view = self.engine.milestone_view(self.agency, self.selected)
        step = words.funding_step(view)
        amount = max(0, round(value / step) * step)
        if amount == view.allocation:
            return
        result = self.session.apply(cmd.Allocate(agency=self.agency, milestone=self.selected,
                                                 amount=amount))
        self.notice = "" if result.ok else sentence(self.session.words(result.reason))
        if not result.ok and self.funding_slider is not None:
            self.funding_slider.set_current_value(view.allocation)
        self._update_live()
        self._stale = True

    def _update_live(self) -> None:
        """Refresh the figures a slider drag changes, without rebuilding the widgets."""
        # The rest of the side panel still shows the state before this change: until
        # refresh_side rebuilds it, the widgets must not be kept under a dialog.
        self.mark_stale()
        budget = self.engine.budget_view(self.agency)
        view = self.engine.milestone_view(self.agency, self.selected or "")
        texts = {"money": tr("Money {m}", m=money(budget.money)),
                 "free": tr("Free {m}", m=money(budget.free)),
                 "allocated": tr("Allocated {m}", m=money(budget.allocated)),
                 "funding": words.funding_text(view), "ready": words.ready_text(view)}
        for key, text in texts.items():
            label = self._live.get(key)
            if label is not None and label.alive():
                set_fitted(label, text)
        if self.news_box is not None and self.news_box.alive():
            self.news_box.set_text(self._news_html())

    def open_attempt(self) -> None:
        if self.selected is not None:
            self.go(intents.Attempt(self.selected))

    def end_turn(self) -> None:
        self.notice = ""
        self.go(intents.EndTurn())
        if self.app.top is self:
            self.refresh()

    def answer_pending(self) -> None:
        self.go(intents.AnswerPending())

    def open_history(self) -> None:
        self.go(intents.History())

    def open_moon_map(self) -> None:
        self.go(intents.MoonMap())

    def open_pause(self) -> None:
        self.go(intents.Pause())

    def open_debrief(self) -> None:
        self.go(intents.Debrief())
