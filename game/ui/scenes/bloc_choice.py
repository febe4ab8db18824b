"""The bloc choice: ILRS, Artemis and the independent road side by side.

Each column says who is in, what the bloc stands for (the scenario's sourced principles and
commitments), what a member gains and owes (game values, labelled so), and what applies to
the player's own agency: a documented constraint disables the join button and says why,
with its source. With an invitation (`offer`), the offered bloc's button accepts it and a
Decline button turns it down (cmd.DeclineOffer); either way the offer is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import pygame
from pydantic import BaseModel
from pygame_gui.elements import UIButton

from game import numbers
from game.claims import claim_label
from game.constraint_words import constraints_in, reason_tip, reason_words
from game.core import commands as cmd
from game.core.views import BlocView
from game.effects_text import source_text
from game.i18n import tr
from game.scenario.models import Fact, Scenario
from game.translation_marks import shown
from game.ui import intents, layout
from game.ui.offers import invitation_may_come
from game.ui.road_rules import rule_texts, rule_titles
from game.ui.scene import Scene
from game.ui.widgets import originals
from game.ui.widgets.labels import fitted_label, set_fitted
from game.ui.widgets.tips import esc, lines, sentence

MUTED = "#A8B0CC"


class Citations:
    """Numbers the sources a column cites, so a statement ends in [1] and the full titles
    (title, outlet and date) are listed once at the bottom of the column."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.order: list[str] = []

    def mark(self, ids: list[str] | tuple[str, ...]) -> str:
        numbers = []
        for sid in ids:
            if sid not in self.order:
                self.order.append(sid)
            numbers.append(str(self.order.index(sid) + 1))
        return f" <font color='{MUTED}'>[{', '.join(numbers)}]</font>"

    def html(self) -> str:
        if not self.order:
            return ""
        lines = "".join(f"<font color='{MUTED}'>[{i}] {escape(source_text(self.scenario, sid))}"
                        "</font><br>" for i, sid in enumerate(self.order, 1))
        return f"<b>{escape(tr('Sources'))}</b><br>{lines}"


def _facts_html(cite: Citations, heading: str, facts: list[Fact], english: bool = False) -> str:
    if not facts:
        return ""
    # the kind of claim beside each statement, in the words every screen uses for it; a
    # translation marked so, or (`english`) the English it was translated from
    rows = "".join(f"- {escape(shown(fact, english=english))} "
                   f"<i>({escape(claim_label(fact.claim))})</i>"
                   f"{cite.mark(fact.sources)}<br>" for fact in facts)
    return f"<b>{escape(heading)}</b><br>{rows}<br>"


class BlocChoiceScene(Scene):
    name = "bloc_choice"

    def __init__(self, offer: str | None = None) -> None:
        super().__init__()
        self.offer = offer
        self.problem = ""
        self.english = False  # the translated statements shown in their English original

    # --- what the columns say ---------------------------------------------------------

    def _names(self, agencies: tuple[str, ...] | list[str]) -> str:
        session = self.app.session
        assert session is not None
        scenario = session.scenario
        return ", ".join(scenario.agencies[a].short for a in agencies) or tr("nobody yet")

    def bloc_html(self, view: BlocView) -> str:
        session = self.app.session
        assert session is not None
        scenario = session.scenario
        bloc = scenario.blocs[view.id]
        milestones = scenario.milestones
        game = tr("game value")
        cite = Citations(scenario)
        parts = [f"<b>{escape(view.name)}</b><br>",
                 escape(tr("Members: {m}", m=self._names(view.members))), "<br><br>",
                 self._road_html(view, list(bloc.game.rules)),
                 self._yours_html(view, cite)]
        gains = [tr("Partners pay {p}% of the cost of shared and {b} milestones, more when they "
                    "trust you ({game})", p=round(view.cost_share * 100), b=view.short,
                    game=game)]
        if view.shares:
            # The bloc's `shares`, under its game: (format 2): a game rule, said as one.
            gains.append(tr("Hardware one member builds serves all: {list} ({rule})",
                            list=", ".join(milestones[m].name for m in view.shares),
                            rule=tr("game rule")))
        if view.shared_now:
            gains.append(tr("Already built by a partner: {list}",
                            list=", ".join(milestones[m].name for m in view.shared_now)))
        bloc_only = [m.name for m in milestones.values() if m.bloc == view.id]
        if bloc_only:
            gains.append(tr("Opens the {b} programme: {list}", b=view.short,
                            list=", ".join(bloc_only)))
        if bloc.game.join_support:
            gains.append(tr("Public support {n} on joining ({game})",
                            n=numbers.signed(bloc.game.join_support), game=game))
        parts.append(self._list_html(tr("What you gain"), gains))
        owes = [tr("Dues: {n} million per turn ({game})", n=numbers.money(view.dues_per_turn),
                   game=game),
                tr("Failing a shared mission costs partners' trust ({game})", game=game),
                tr("Leaving later costs trust and cooperation score ({game})", game=game)]
        parts.append(self._list_html(tr("What you owe"), owes))
        parts.append(_facts_html(cite, tr("Principles"), list(bloc.principles), self.english))
        parts.append(_facts_html(cite, tr("Commitments of members"), list(bloc.commitments),
                                 self.english))
        parts.append(cite.html())
        return "".join(parts)

    def _road_html(self, view: BlocView, rules: list[str]) -> str:
        """The road's own rules, one line each (game/ui/road_rules.py), and where the
        player's agency stands under them (the engine's `road_status`): at the top of the
        column, so the mechanics are read first."""
        session = self.app.session
        assert session is not None
        if not rules and not view.road_status:
            return ""
        titles, texts = rule_titles(), rule_texts()
        lines = "".join(f"- <b>{escape(titles.get(r, r))}</b>: {escape(texts.get(r, ''))}<br>"
                        for r in rules)
        out = f"<b>{escape(tr('How this road works'))}</b><br>{lines}<br>" if rules else ""
        if view.road_status:
            me = session.scenario.agencies[session.agency].short
            out += self._list_html(tr("Where {a} stands", a=me),
                                   [sentence(session.words(m)) for m in view.road_status])
        return out

    def _list_html(self, heading: str, items: list[str]) -> str:
        lines = "".join(f"- {escape(item)}<br>" for item in items)
        return f"<b>{escape(heading)}</b><br>{lines}<br>"

    def _yours_html(self, view: BlocView, cite: Citations) -> str:
        session = self.app.session
        assert session is not None
        me = session.scenario.agencies[session.agency].short
        heading = f"<b>{escape(tr('For {a}', a=me))}</b><br>"
        if view.member:
            trust = ", ".join(f"{session.scenario.agencies[p].short} {t}"
                              for p, t in sorted(view.trust.items()))
            text = tr("You are a member.")
            if trust:
                text += " " + tr("Partners' trust in you: {t} (game value, 0-100)", t=trust)
            return heading + escape(text) + "<br><br>"
        if view.can_join:
            text = tr("{a} may join.", a=me)
            if view.offered:
                text += " " + tr("{b} has invited you.", b=view.short)
            return heading + escape(text) + "<br><br>"
        marks = cite.mark(view.sources) if view.sources else ""
        # a documented constraint in translation: marked, its English a click away
        why = escape(sentence(reason_words(view.reason, session.scenario, self.english)))
        return heading + f"<font color='#FF8A8A'>{why}</font>{marks}<br><br>"

    def independent_html(self) -> str:
        session = self.app.session
        assert session is not None
        tuning = session.engine.rules.tuning
        alone = [a for a, s in session.state.agencies.items() if s.bloc is None]
        game = tr("game value")
        parts = [f"<b>{escape(tr('Your own road'))}</b><br>",
                 escape(tr("On this road now: {m}", m=self._names(alone))), "<br><br>"]
        gains = [tr("No dues: every million goes to your own programme"),
                 tr("Science from your achievements x{s}, prestige x{p}: you keep all the "
                    "credit ({game})", s=numbers.plain(tuning.independent_science),
                    p=numbers.plain(tuning.independent_prestige), game=game),
                 tr("Bilateral deals: an instrument on another agency's robotic mission, as "
                    "CNES's DORN on Chang'e 6 (reported): {c} million, +{s} science when it "
                    "flies ({game})", c=numbers.money(tuning.instrument_cost),
                    s=numbers.plain(tuning.instrument_science), game=game)]
        owes = [tr("You pay the full cost of every milestone"),
                tr("Bloc programmes and shared hardware are closed to you"),
                tr("No cooperation score from partners ({game})", game=game)]
        # Only a scenario event invites: promise a later offer only if one can still come.
        if invitation_may_come(session.engine, session.agency):
            gains.append(tr("You may still accept an invitation later"))
        else:
            owes.append(tr("No invitation comes later in this scenario"))
        parts.append(self._list_html(tr("What you gain"), gains))
        parts.append(self._list_html(tr("What you owe"), owes))
        current = session.state.agencies[session.agency].bloc
        if current is not None:
            short = session.scenario.blocs[current].short
            parts.append(escape(tr("Leaving {b} lowers public support and your cooperation "
                                   "score (game values).", b=short)) + "<br>")
        return "".join(parts)

    # --- the screen -------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        u = self.app.units
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        sub, rest = layout.split_top(rest, u.row, u.gap)
        middle, foot = layout.split_bottom(rest, u.button, u.gap)
        me = session.scenario.agencies[session.agency]
        # names may be MAX_NAME_CHARS long: shortened with "…", whole in the tooltip
        fitted_label(self, head, tr("Choose your road: {a}", a=me.name), object_id="#heading")
        if self.offer is not None:
            offered = session.scenario.blocs[self.offer].short
            line = tr("{b} invites {a} to join. Accept, choose another road, or decline.",
                      b=offered, a=me.short)
        elif self.problem:
            line = self.problem
        else:
            line = tr("Join a bloc to share costs and hardware, or go your own way.")
        statements = self.statements()
        sub, toggle = originals.room(sub, u.scale, u.gap, originals.any_translated(statements))
        originals.original_button(self, toggle, statements, self.english, self.toggle_english)
        fitted_label(self, sub, self.problem or line,
                     object_id="#error" if self.problem else "#left")
        blocs = list(session.scenario.blocs)
        cols = layout.columns(middle, len(blocs) + 1, gap=u.margin)
        first: UIButton | None = None
        for bid, col in zip(blocs, cols, strict=False):
            view = session.engine.bloc_view(session.agency, bid)
            button = self._column(col, view.short, self.bloc_html(view), *self._bloc_button(view),
                                  tooltip=tr("{name}: founded by {f}", name=view.name,
                                             f=self._names(session.scenario.blocs[bid].founders)))
            if first is None or (self.offer == bid):
                first = button
        self._column(cols[-1], tr("Independent"), self.independent_html(),
                     *self._independent_button(),
                     tooltip=tr("No bloc: your agency goes its own way"))
        foot_cols = layout.columns(foot, 3, gap=u.margin)
        if self.offer is not None:
            offered = session.scenario.blocs[self.offer].short
            decline = self.button(foot_cols[1], tr("Decline the {b} invitation", b=offered),
                                  self.decline,
                                  tooltip=tr("Say no to {b}; your current road stays as it is",
                                             b=offered))
            set_fitted(decline, decline.text, decline.tool_tip_text)
        else:
            self.button(foot_cols[1], tr("Close"), lambda: self.dismiss(None),
                        tooltip=tr("Keep your current road"))
        # Under the independent column: the road's bilateral deals (game/ui/scenes/deals.py).
        self.button(foot_cols[-1], tr("Bilateral deals"), self.open_deals,
                    tooltip=tr("Instruments on other agencies' missions: the independent "
                               "road's way to work with others"))
        if first is not None:
            self.focus_on(first)

    def statements(self) -> list[tuple[BaseModel, str]]:
        """The sourced statements the columns show: a documented constraint that keeps the
        player out of a bloc (first: it is about the player), then each bloc's principles
        and commitments."""
        session = self.app.session
        assert session is not None
        scenario = session.scenario
        found: list[tuple[BaseModel, str]] = []
        for bid in scenario.blocs:
            reason = session.engine.bloc_view(session.agency, bid).reason
            found += [(c, "text") for c in constraints_in(reason, scenario)]
        for bloc in scenario.blocs.values():
            found += [(fact, "text") for fact in (*bloc.principles, *bloc.commitments)]
        return found

    def toggle_english(self) -> None:
        self.english = not self.english
        self.refresh()

    def _column(self, rect: pygame.Rect, heading: str, html: str, text: str,
                action: Callable[[], None], enabled: bool, tip: str, tooltip: str) -> UIButton:
        u = self.app.units
        top, rest = layout.split_top(rect, u.row, u.gap)
        box, bottom = layout.split_bottom(rest, u.button, u.gap)
        fitted_label(self, top, heading, tooltip=tooltip, object_id="#heading")
        self.textbox(box, html)
        button = self.button(bottom, text, action, tooltip=tip, enabled=enabled)
        set_fitted(button, text, tip)
        return button

    def _bloc_button(self, view: BlocView) -> tuple[str, Callable[[], None], bool, str]:
        if view.member:
            return (tr("Stay in {b}", b=view.short), self.stay, True,
                    tr("Keep your place in {b}", b=view.short))
        if not view.can_join:
            session = self.app.session
            assert session is not None
            why = sentence(reason_words(view.reason, session.scenario))
            original = reason_tip(view.reason, session.scenario)
            return (tr("Join {b}", b=view.short), lambda: None, False,
                    lines(esc(why), original))
        text = (tr("Accept: join {b}", b=view.short) if self.offer == view.id
                else tr("Join {b}", b=view.short))
        return (text, lambda: self.join(view.id), True,
                tr("Become a member of {b}; dues {n} million per turn (game value)",
                   b=view.short, n=numbers.money(view.dues_per_turn)))

    def _independent_button(self) -> tuple[str, Callable[[], None], bool, str]:
        session = self.app.session
        assert session is not None
        current = session.state.agencies[session.agency].bloc
        if current is None:
            return (tr("Stay independent"), self.stay, True,
                    tr("Keep going your own way"))
        return (tr("Go independent"), self.go_independent, True,
                tr("Leave {b}: public support and cooperation score fall (game values)",
                   b=session.scenario.blocs[current].short))

    # --- actions ----------------------------------------------------------------------

    def _send(self, command: cmd.Command) -> bool:
        session = self.app.session
        assert session is not None
        result = session.apply(command)
        if not result.ok:
            self.problem = sentence(reason_words(result.reason, session.scenario))
            self.refresh()
        return result.ok

    def _answer_offer(self) -> None:
        """Whatever road is chosen, an open invitation is answered (the engine waits for it)."""
        session = self.app.session
        assert session is not None
        if self.offer is not None and any(p.kind == "offer" and p.ref == self.offer
                                          for p in session.engine.pending(session.agency)):
            self._send(cmd.DeclineOffer(agency=session.agency, bloc=self.offer))

    def join(self, bloc: str) -> None:
        session = self.app.session
        assert session is not None
        if self._send(cmd.JoinBloc(agency=session.agency, bloc=bloc)):
            self._answer_offer()
            self.dismiss(bloc)

    def stay(self) -> None:
        self._answer_offer()
        self.dismiss(None)

    def go_independent(self) -> None:
        session = self.app.session
        assert session is not None
        if self._send(cmd.LeaveBloc(agency=session.agency)):
            self._answer_offer()
            self.dismiss("independent")

    def open_deals(self) -> None:
        self.go(intents.Deals())

    def decline(self) -> None:
        self._answer_offer()
        self.dismiss(None)
