"""Bilateral deals: the independent road's instruments on other agencies' missions.

Lists every other agency's robotic mission still to fly, with what an instrument costs and
what it brings (game values, labelled so), and a Place button per row that sends
`PlaceInstrument`; a row the rules refuse says why (a documented bar in its own words, with
its sources). The open deals are listed beside. Opened from the bloc screen's independent
column; it changes nothing itself but through the command.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from game import numbers
from game.constraint_words import reason_tip, reason_words
from game.core import commands as cmd
from game.core.deals import DealOption
from game.i18n import N_, tr
from game.score_axes import axis_name
from game.ui import layout
from game.ui.scene import Scene
from game.ui.widgets import theme_extra
from game.ui.widgets.labels import fitted_label, set_fitted
from game.ui.widgets.tips import esc, game_value, lines, sentence, sourced

if TYPE_CHECKING:
    from pygame_gui.core.interfaces import IContainerLikeInterface

    from game.ui.session import Session

STATUS = {"available": N_("not started"), "in_progress": N_("in development"),
          "ready": N_("ready to fly")}


class DealsScene(Scene):
    name = "deals"

    def __init__(self) -> None:
        super().__init__()
        self.problem = ""
        self.place_buttons: dict[tuple[str, str], object] = {}  # (host, milestone) -> button

    @property
    def session(self) -> Session:
        session = self.app.session
        assert session is not None
        return session

    # --- what the screen says ---------------------------------------------------------

    def free_money(self) -> int:
        view = self.session.engine.budget_view(self.session.agency)
        return view.free

    def deal_lines(self) -> list[str]:
        """The open deals, one line each, as the engine holds them."""
        scenario = self.session.scenario
        return [tr("{h}: {m}", h=scenario.agencies[d.host].short,
                   m=scenario.milestones[d.milestone].name)
                for d in self.session.engine.open_deals(self.session.agency)]

    # --- the screen -------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        theme_extra.ensure(self.app.manager, u.scale)
        session = self.session
        engine, aid = session.engine, session.agency
        tuning = engine.rules.tuning
        self.place_buttons = {}
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        intro, rest = layout.split_top(rest, round(u.row * 2.2), u.gap)
        status, rest = layout.split_top(rest, u.row, u.gap)
        rest, foot = layout.split_bottom(rest, u.button, u.gap)
        me = session.scenario.agencies[aid]
        fitted_label(self, head, tr("Bilateral deals: {a}", a=me.short), object_id="#heading")
        self.textbox(intro, esc(tr(
            "An agency on its own road may put an instrument on another agency's coming "
            "robotic mission: it pays now; when the mission succeeds the instrument's science "
            "is yours and both agencies gain cooperation; if it fails, the instrument is lost "
            "with it.")) + " <i>" + esc(tr("(a game rule)")) + "</i>")
        money_r, open_r, cost_r = layout.columns(status, 3, gap=u.gap)
        fitted_label(self, money_r, tr("Money not allocated: {n}M",
                                               n=numbers.money(self.free_money())),
                     tooltip=game_value(tr("What this turn's money leaves after the funding "
                                           "you have set: an instrument is paid from it.")),
                     object_id="#left")
        fitted_label(self, open_r, tr("Open deals: {n} of {k}",
                                      n=len(engine.open_deals(aid)), k=tuning.instrument_slots),
                     tooltip=game_value(tr("The most deals open at once.")), object_id="#left")
        fitted_label(self, cost_r, tr("Each: {c}M now, +{s} science on success",
                                      c=numbers.money(tuning.instrument_cost),
                                      s=numbers.plain(tuning.instrument_science)),
                     tooltip=game_value(tr("What an instrument costs and the science its "
                                           "owner gains when the host's mission succeeds.")),
                     object_id="#left")
        table, deals_r = layout.columns(rest, [2.6, 1], gap=u.margin)
        self._table(table)
        self._open_deals(deals_r)
        problem_r, close_r = layout.columns(foot, [3, 1], gap=u.gap)
        if self.problem:
            fitted_label(self, problem_r, self.problem, object_id="#error")
        close = self.button(close_r, tr("Close"), lambda: self.dismiss(None),
                            tooltip=tr("Back to the roads"))
        self.focus_on(close)

    def _table(self, rect: pygame.Rect) -> None:
        u = self.app.units
        options = self.session.engine.deal_options(self.session.agency)
        heads, rest = layout.split_top(rect, u.row, u.gap // 2)
        weights = [3.2, 1.0, 1.0, 1.0]
        inner = pygame.Rect(2, 2, rest.w - 24, u.row * 2)
        strip = pygame.Rect(rest.x + inner.x, heads.y, inner.w, heads.h)
        titles = [(tr("Mission (host)"), tr("Another agency's robotic mission still to fly")),
                  (tr("Cost"), game_value(tr("Paid when the instrument is placed."))),
                  (axis_name("science"),
                   game_value(tr("Gained when the host's mission succeeds."))),
                  ("", "")]
        for cell, (text, tip) in zip(layout.columns(strip, weights, gap=u.gap), titles,
                                     strict=True):
            if text:
                fitted_label(self, cell, text, tooltip=tip, object_id="#left")
        step = inner.h + u.gap
        if not options:
            self.textbox(rest, esc(tr("No other agency has a robotic mission still to fly.")))
            return
        box = self.scroller(rest, len(options) * step)
        for i, option in enumerate(options):
            self._row(inner.move(0, i * step), weights, option, box)

    def _row(self, row: pygame.Rect, weights: list[float], option: DealOption,
             box: IContainerLikeInterface) -> None:
        u = self.app.units
        scenario = self.session.scenario
        name_r, cost_r, science_r, place_r = layout.columns(row, weights, gap=u.gap)
        top, bottom = layout.rows(name_r, 2)
        host = scenario.agencies[option.host].short
        mission = scenario.milestones[option.milestone].name
        fitted_label(self, top, tr("{h}: {m} ({s})", h=host, m=mission,
                                   s=tr(STATUS.get(option.host_status, option.host_status))),
                     container=box, object_id="#small_left")
        if option.reason is not None:
            # a documented constraint in translation: marked, its English in the tooltip
            why = sentence(reason_words(option.reason, scenario))
            # Under the cost and science too (they sit in the row's upper half): a reason
            # names host and mission again, and was cut at 1024x600 in the name column alone.
            wide = pygame.Rect(bottom.x, bottom.y, science_r.right - bottom.x, bottom.h)
            fitted_label(self, wide, why, tooltip=lines(sourced(scenario, why, option.sources),
                                                        reason_tip(option.reason, scenario)),
                         container=box, object_id="#small_error")
        else:
            fitted_label(self, bottom, tr("Open to you"), container=box,
                         object_id="#small_good")
        # In the row's upper half, beside the mission's name, leaving the lower to the reason.
        fitted_label(self, pygame.Rect(cost_r.x, top.y, cost_r.w, top.h),
                     tr("{n}M", n=numbers.money(option.cost)),
                     tooltip=game_value(tr("Paid when the instrument is placed.")),
                     container=box, object_id="#small")
        fitted_label(self, pygame.Rect(science_r.x, top.y, science_r.w, top.h),
                     numbers.signed(option.science, None),
                     tooltip=game_value(tr("Science gained when the host's mission "
                                           "succeeds.")), container=box, object_id="#small")
        tip = (tr("Put an instrument on {h}'s {m}", h=host, m=mission) if option.reason is None
               else lines(esc(sentence(reason_words(option.reason, scenario))),
                          reason_tip(option.reason, scenario)))
        button = self.button(layout.centered(place_r, place_r.w, u.button), tr("Place"),
                             partial(self.place, option.host, option.milestone),
                             container=box, tooltip=tip, enabled=option.reason is None)
        set_fitted(button, tr("Place"), tip)
        self.place_buttons[(option.host, option.milestone)] = button

    def _open_deals(self, rect: pygame.Rect) -> None:
        u = self.app.units
        head, rest = layout.split_top(rect, u.row, u.gap // 2)
        fitted_label(self, head, tr("Your open deals"), object_id="#left")
        lines = self.deal_lines()
        text = "<br>".join(esc(line) for line in lines) if lines else esc(tr("None yet."))
        self.textbox(rest, text)

    # --- actions ----------------------------------------------------------------------

    def place(self, host: str, milestone: str) -> None:
        session = self.session
        result = session.apply(cmd.PlaceInstrument(agency=session.agency, host=host,
                                                   milestone=milestone))
        self.problem = "" if result.ok else sentence(reason_words(result.reason, session.scenario))
        self.refresh()
