"""The turn report: what the turn just resolved did for the agency at the keyboard.

Reads the engine's `TurnReport` (engine.last_report(agency); game/core/records.py): what was
developed, flown, achieved and answered, every agency's news (so rivals' moves show too),
the scores before and after, the money lines and the allocations a money loss cut. Scores
and money sit in a column of labels, each with a tooltip on what the number is (the column
scrolls when the window is short); the rest is one scrolling text. Reports from saves made
before the money lines existed show only the money carried over.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

import pygame
from pydantic import BaseModel

from game import numbers
from game.core.records import FiredEvent, Launch, TurnReport
from game.core.rules import SCORE_AXES
from game.dates import date_of
from game.i18n import N_, tr
from game.messages import seat_message
from game.score_axes import axis_name
from game.translation_marks import quoted
from game.ui import layout
from game.ui.scene import Scene
from game.ui.widgets import originals
from game.ui.widgets.labels import fitted_label

# What each axis means to the agency at the keyboard (the names are game/score_axes.py's).
MEANINGS = {
    "science": N_("What your missions and bases have found out: grows each turn with the science "
               "value of what you have achieved"),
    "prestige": N_("Standing in the world: milestones achieved, and more for firsts"),
    "cooperation": N_("Working with partners: grows each turn in a bloc with the trust partners "
                   "have in you"),
    "budget_health": N_("How well you spent: 100 when no money was wasted or left unspent; an "
                     "average over the last turns"),
}


def _pct(value: float) -> str:
    return numbers.percent(value)


def _signed(amount: int) -> str:
    return tr("{n}M", n=numbers.signed(amount) if amount else numbers.money(0))


def cut_lines(report: TurnReport, cause: str,
              names: Mapping[str, str]) -> list[tuple[str, str]]:
    """(text, tooltip) for each allocation a money loss of `cause` ("failure", "event") cut:
    not money moved (the development line already spends less), but a change the player did
    not make, so it is said next to the loss that made it. The amounts come first, so a
    shortened line still shows them (the whole line is in its tooltip)."""
    out = []
    for cut in report.allocation_cuts:
        if cut.cause != cause:
            continue
        name = names.get(cut.milestone, cut.milestone)
        before, after = cut.before, cut.after
        if cause == "failure":
            text = (tr("Failure cancelled {a}M: {m}", m=name,
                       a=numbers.money(before)) if after == 0 else
                    tr("Failure cut {a}M -> {b}M: {m}", m=name, a=numbers.money(before),
                       b=numbers.money(after)))
            why = names.get(cut.by, "")
            tip = (tr("The failure of {f} took money this allocation needed", f=why) if why
                   else tr("A failed launch took money this allocation needed"))
        else:
            text = (tr("Event cancelled {a}M: {m}", m=name,
                       a=numbers.money(before)) if after == 0 else
                    tr("Event cut {a}M -> {b}M: {m}", m=name, a=numbers.money(before),
                       b=numbers.money(after)))
            tip = tr("An event took money this allocation needed")
        out.append((text, tip + tr(": when money falls below what is allocated, the largest "
                                   "allocations are cut first (game rule)")))
    return out


def money_lines(report: TurnReport, carry_over: float,
                names: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(text, tooltip) for each money line of the report, in the order the money moved: they
    add up from the money carried in to the money carried out. Lines that did not move
    money this turn (no event money, no failed launch) are left out. Allocations a loss cut
    follow the loss (named by `names`: milestone id -> name), and the carry-over loss is
    followed by its rule."""
    names = names or {}
    if not report.closed or report.money_start is None:
        return []
    lines = [
        (tr("Carried in: {n}M", n=numbers.money(report.money_start)),
         tr("Money kept from the turn before, after its carry-over (a game value)")),
        (tr("Income: {n}", n=_signed(report.income)),
         tr("This turn's budget: the agency's base budget scaled by public support and "
            "difficulty (a game value)")),
    ]
    dues = report.dues_paid
    if dues:
        lines.append((tr("Bloc dues: {n}", n=_signed(-dues)),
                      tr("The contribution your bloc asks of each member every turn, paid "
                         "from the income (a game value)")))
    events = report.event_money
    if events:
        lines.append((tr("Events: {n}", n=_signed(events)),
                      tr("Money events and your answers to them gave or took (a game value)")))
    lines.extend(cut_lines(report, "event", names))
    failures = report.failure_costs
    if failures:
        lines.append((tr("Failed launches: {n}", n=_signed(failures)),
                      tr("A failed launch loses a share of the milestone's cost, or all the "
                         "money left when that is less (a game value)")))
    lines.extend(cut_lines(report, "failure", names))
    deals = report.deals_paid
    if deals:
        lines.append((tr("Instruments on others' missions: {n}", n=_signed(deals)),
                      tr("Bilateral deals: what placing instruments on other agencies' "
                         "missions cost (a game value)")))
    lines.append((tr("Development: {n}", n=_signed(-report.development_spent)),
                  tr("Money spent developing milestones this turn (a game value)")))
    lost = report.carry_lost
    keep = round(carry_over * 100)
    rule = tr("Only {k}% of money left unspent is kept for the next turn; the other {l}% is "
              "lost and lowers budget health (carry-over rule, a game value)", k=keep,
              l=100 - keep)
    lines.append((tr("Not carried over: {n}", n=_signed(-lost)), rule))
    if lost:  # the rule is said where the loss appears, not only in a tooltip
        lines.append((tr("Game rule: {k}% of unspent is kept", k=keep), rule))
    lines.append((tr("Money now: {n}M", n=numbers.money(report.money_left)),
                  tr("Money carried into the next turn, before its income (a game value)")))
    return lines


class TurnReportScene(Scene):
    name = "turn_report"

    def __init__(self, report: TurnReport) -> None:
        super().__init__()
        self.report = report
        self.english = False  # the answers chosen, in translation, shown in their English

    def _milestone(self, mid: str) -> str:
        session = self.app.session
        assert session is not None
        milestone = session.scenario.milestones.get(mid)
        return milestone.name if milestone is not None else mid

    def body_html(self) -> str:
        report = self.report
        game = tr("game values")
        out: list[str] = []

        def section(title: str, lines: list[str]) -> None:
            if lines:
                out.append(f"<b>{escape(title)}</b><br>")
                out.extend(f"- {line}<br>" for line in lines)
                out.append("<br>")

        session = self.app.session
        assert session is not None
        section(tr("Achieved"), [escape(self._milestone(m)) for m in report.achieved])
        section(tr("Crew seats (a game rule)"), [
            escape(session.words(seat_message(seat))) for seat in report.seats])
        section(tr("Launches (chances are {game})", game=game), [
            self._launch_line(launch) for launch in report.launches])
        section(tr("Development (progress and money are {game})", game=game), [
            escape(tr("{m}: {a} -> {b} developed, {n} million spent",
                      m=self._milestone(p.milestone), a=_pct(p.before),
                      b=_pct(p.after), n=numbers.money(p.spent)))
            for p in report.progress])
        section(tr("Events"), [self._event_line(e) for e in report.events])
        section(tr("News from every agency"), [escape(session.words(n)) for n in report.news])
        if not out:
            out.append(escape(tr("A quiet turn: nothing was funded, launched or "
                                 "announced.")) + "<br>")
        return "".join(out)

    def _event_line(self, fired: FiredEvent) -> str:
        session = self.app.session
        assert session is not None
        event = session.scenario.events.get(fired.event)
        if event is None:  # a save from an edited scenario: the id is all there is
            return escape(fired.event)
        title = escape(event.title)
        if fired.choice is None or not 0 <= fired.choice < len(event.choices):
            return title
        # the answer in the words of the card: a translation marked, or its English
        words, mark = quoted(event.choices[fired.choice], english=self.english)
        said = tr(": you chose \u201c{c}\u201d", c=words)
        return title + escape(f"{said} {mark}" if mark else said)

    def statements(self) -> list[tuple[BaseModel, str]]:
        """The answers this turn's events were given, for "Original (English)"."""
        session = self.app.session
        assert session is not None
        found: list[tuple[BaseModel, str]] = []
        for fired in self.report.events:
            event = session.scenario.events.get(fired.event)
            if event is not None and fired.choice is not None \
                    and 0 <= fired.choice < len(event.choices):
                found.append((event.choices[fired.choice], "text"))
        return found

    def toggle_english(self) -> None:
        self.english = not self.english
        self.refresh()

    def _launch_line(self, launch: Launch) -> str:
        session = self.app.session
        assert session is not None
        names = launch.step_names(session.engine.rules.milestones[launch.milestone].steps)
        steps = ", ".join(
            tr("{step} {c} {outcome}", step=name, c=_pct(s.chance),
               outcome=tr("ok") if s.ok else tr("FAILED"))
            for name, s in zip(names, launch.steps, strict=False))
        outcome = tr("success") if launch.success else tr("failure")
        if launch.crew == "safe":
            outcome = tr("failure: an abort, the crew safe")
        elif launch.crew == "lost":
            outcome = tr("failure: the crew was lost")
        colour = "#7FD49A" if launch.success else "#FF8A8A"
        head = tr("{m}: overall chance {c}, {outcome}", m=self._milestone(launch.milestone),
                  c=_pct(launch.chance), outcome=outcome)
        return f"<font color='{colour}'>{escape(head)}</font> ({escape(steps)})"

    def build(self, rect: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        u = self.app.units
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        rest, foot = layout.split_bottom(rest, u.button, u.gap)
        label = date_of(session.engine, self.report.turn)
        statements = self.statements()
        head, toggle = originals.room(head, u.scale, u.gap, originals.any_translated(statements))
        originals.original_button(self, toggle, statements, self.english, self.toggle_english)
        # a team name beside the agency's short label may not fit: "…", whole in the tooltip
        fitted_label(self, head, tr("What happened: {date}, {agency}", date=label,
                                    agency=self._who()),
                     object_id="#heading",
                     tooltip=tr("The turn that has just been played (game calendar)"))
        scores, text = layout.columns(rest, [1, 2], gap=u.margin)
        self._scores(scores)
        self.textbox(text, self.body_html())
        notice, foot_right = layout.columns(foot, [2, 1], gap=u.margin)
        if session.notice:  # e.g. a failed autosave: said once, the game goes on
            self.textbox(notice, f"<font color='#FF8A8A'>{escape(session.notice)}</font>")
        go = self.button(foot_right, tr("Continue"), lambda: self.dismiss(None),
                         tooltip=tr("On to the next turn"))
        self.focus_on(go)

    def _who(self) -> str:
        """"Red (CNSA)" in a hot-seat game (the whole room reads it), else "CNSA"."""
        session = self.app.session
        assert session is not None
        short = session.scenario.agencies[session.agency].short
        team = session.team_of(session.agency)
        return tr("{team} ({a})", team=team, a=short) if team else short

    def _scores(self, area: pygame.Rect) -> None:
        u = self.app.units
        before = self.report.scores_before
        after = self.report.scores_after
        money = self.report.money_left if self.report.closed else None
        session = self.app.session
        assert session is not None
        names = {mid: rule.name for mid, rule in session.engine.rules.milestones.items()}
        lines = money_lines(self.report, session.engine.rules.tuning.carry_over, names)
        count = len(SCORE_AXES) + 1 + (len(lines) + 1 if lines else
                                       (1 if money is not None else 0))
        needed = count * (u.row + u.gap)
        container = None
        if needed > area.h:  # a short window: the column scrolls rather than squeezes
            container = self.scroller(area, needed)
            area = pygame.Rect(0, 0, area.w - 24, needed)
        rows = layout.stack(area, count, u.row, u.gap)
        self.label(rows[0], tr("Scores"), object_id="#heading", container=container,
                   tooltip=tr("Score axes are game values: the sources give no scores"))
        for axis, row in zip(SCORE_AXES, rows[1:], strict=False):
            meaning = MEANINGS.get(axis, "")
            old, new = float(before.get(axis, 0.0)), float(after.get(axis, 0.0))
            self.label(row, tr("{axis}: {a} -> {b} ({d})", axis=axis_name(axis),
                               a=numbers.decimal(old), b=numbers.decimal(new),
                               d=numbers.signed(new - old, 1)), object_id="#left",
                       container=container,
                       tooltip=tr("{meaning}. Before -> after this turn (change). A game value.",
                                  meaning=tr(meaning)))
        if lines:
            first = len(SCORE_AXES) + 1
            self.label(rows[first], tr("Money"), object_id="#heading", container=container,
                       tooltip=tr("Where this turn's money went, in millions: every figure "
                                  "is a game value (the sources give no budgets per turn)"))
            for (text, tip), row in zip(lines, rows[first + 1:], strict=False):
                # a long milestone name is shortened, whole in the tooltip, never cut
                fitted_label(self, row, text, tooltip=tip, container=container,
                             object_id="#left")
        elif money is not None:
            self.label(rows[-1], tr("Money carried over: {n} million", n=numbers.money(money)),
                       object_id="#left", container=container,
                       tooltip=tr("Money left after spending, kept for next turn after the "
                                  "carry-over rule (a game value)"))
