"""Your Moon beside the documented one: the game's dates next to the 2021 timeline.

Left, when a milestone happened in this game (you, and the first agency to do it); right,
what the scenario's history says was done or planned, and when, with its sources; then the
difference in years. Where the sources disagree, both claims are shown with both sources.
Opened from the dashboard (H) and from the debrief; Esc or Back closes it. It opens on the
timeline picture (game/ui/timeline_view.py); the Table button shows the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import pygame

from game.citations import attribution, source_list
from game.core.calendar import month_index
from game.core.history import difference, documented_entry
from game.dates import achieved_label, month_label
from game.i18n import tr
from game.readings import (
    GAME_VALUE_MARK,
    difference_detail,
    difference_meaning,
    difference_text,
    legend,
    status_word,
)
from game.readings import years_text as years_text
from game.scenario import Scenario
from game.scenario.originals import original_of
from game.text_breaks import units
from game.translation_marks import mark, original_line, original_tip, shown
from game.ui import layout
from game.ui.scene import Scene
from game.ui.timeline_view import TimelineView
from game.ui.widgets.labels import fitted_label, text_width
from game.ui.widgets.text_fit import TextFont, fit_line

if TYPE_CHECKING:
    from game.core.engine import Engine
    from game.scenario.models import HistoryEntry

# One label a line, and pygame_gui adds each widget to its container in time that grows
# with the widgets already there: the largest scenario's 1,500 lines took 3 s to open. The
# table is shown in pages of at most about this many labels, cut between milestones (the
# disagreements follow as blocks of their own, so they page too).
PAGE_LABELS = 240


# --- text helpers shared with the debrief ---------------------------------------------


def source_note(scenario: Scenario, ids: list[str] | tuple[str, ...]) -> str:
    """Tooltip text naming each source by its citation (title, outlet, date)."""
    return tr("Source: {list}", list=source_list(scenario, ids)) if ids else ""


def source_titles(scenario: Scenario, ids: list[str] | tuple[str, ...]) -> str:
    return source_list(scenario, ids)


def wrap(text: str, font: TextFont, width: int) -> list[str]:
    """Greedy word wrap with the widget font (Chinese breaks between characters); a word
    longer than a line is cut into pieces."""
    lines: list[str] = []
    line = ""
    for word, glue in units(text):
        candidate = f"{line}{glue}{word}" if line else word
        if font.size(candidate)[0] <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while font.size(word)[0] > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and font.size(word[:cut])[0] > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]


def view_names() -> dict[str, tuple[str, str]]:
    """The two ways History (and the debrief's timeline) can show the comparison."""
    return {"picture": (tr("Picture"), tr("The timeline drawn: documented dates and spans "
                                          "above, each agency's achievements below")),
            "table": (tr("Table"), tr("The same comparison in words, with the differences "
                                      "in years"))}


# --- the rows the screen shows ---------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    status: str
    when: str
    text: str
    sources: tuple[str, ...]
    month: int | None
    kind: str = "framing"  # what kind of claim (game.claims), shown beside the source
    doc: dict[str, Any] = field(default_factory=dict, compare=False)  # core's reading of it
    original: str | None = None  # the English `text` was translated from (originals.py)


@dataclass
class TimelineRow:
    milestone: str | None
    name: str
    yours: str | None = None
    yours_month: int | None = None
    first_by: str | None = None
    first: str | None = None
    first_month: int | None = None
    already_done: bool = False  # the agency had it before the game's start
    first_before_game: bool = False
    claims: list[Claim] = field(default_factory=list)


def claim_from(entry: HistoryEntry) -> Claim:
    """A history entry as the screen shows it: an exact date as a month, a vague time in
    the source's own words (never as a month); the game's reading of those words is used
    only for the difference, through game.core.history, and marked there as a game value."""
    doc = documented_entry(entry)
    if entry.date:
        when = month_label(month_index(entry.date)) if len(entry.date) >= 7 else entry.date
    elif entry.when:
        when = entry.when
    else:
        when = tr("no date given")
    return Claim(entry.status, when, entry.text, tuple(entry.sources), doc["month"],
                 entry.claim, doc, original_of(entry))


def timeline(engine: Engine, agency: str) -> list[TimelineRow]:
    """Every milestone achieved in this game or named by the history, in scenario order,
    then the documented lines that match no game milestone."""
    rules, state = engine.rules, engine.state
    scenario: Scenario = rules.scenario
    calendar = rules.calendar
    # core.history.compare's rows (dict[str, Any] there; Engine passes them on as object)
    compared: dict[object, dict[str, Any]] = {
        row["milestone"]: row for row in engine.history_comparison(agency)}
    claims: dict[str | None, list[Claim]] = {}
    for entry in scenario.history:
        claims.setdefault(entry.milestone, []).append(claim_from(entry))
    rows = []
    for mid, milestone in scenario.milestones.items():
        if mid not in compared and mid not in claims:
            continue
        row = TimelineRow(mid, milestone.name, claims=claims.get(mid, []))
        found = compared.get(mid)
        if found is not None:
            row.yours = achieved_label(calendar, found["yours"])
            row.first = achieved_label(calendar, found["first"])
            row.first_by = scenario.agencies[found["first_by"]].short
            mine = state.agencies[agency].achieved.get(mid)
            # done before the game began (-1): a game date would compare the start of play,
            # not the deed, with the documented date
            row.already_done = mine is not None and mine < 0
            if mine is not None and mine >= 0:
                row.yours_month = calendar.turn_month(mine)
            # as this agency may know them (hot-seat hides other teams' of this turn)
            known = [engine.known_achieved(agency, other) for other in state.agencies]
            turns = [done[mid] for done in known if mid in done]
            row.first_before_game = min(turns) < 0
            if min(turns) >= 0:
                row.first_month = calendar.turn_month(min(turns))
        rows.append(row)
    if None in claims:
        rows.append(TimelineRow(None, tr("Not a game milestone"), claims=claims[None]))
    return rows


# --- the screen ------------------------------------------------------------------------


class HistoryScene(Scene):
    name = "history"
    team: str | None = None  # the hot-seat team playing the agency shown, if any
    page = 0
    pages = 1

    def __init__(self, view: str = "picture") -> None:
        super().__init__()
        # The picture first (ahead or behind history at a glance); the table one button
        # away, with every word and the differences in years.
        self.view = view
        self.timeline_view = TimelineView(now=True)

    def build(self, rect: pygame.Rect) -> None:
        session = self.app.session
        u = self.app.units
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        rest, foot = layout.split_bottom(rest, u.button, u.gap)
        self.label(head, tr("History: your Moon beside the documented one"),
                   object_id="#heading")
        back_w = min(foot.w // 4, round(200 * u.scale))
        back = self.button(pygame.Rect(foot.right - back_w, foot.y, back_w, foot.h),
                           tr("Back"), lambda: self.dismiss(None),
                           tooltip=tr("Close the history (Esc)"))
        self.timeline_view.shown = False
        if session is None:
            self.label(rest, tr("No game is being played."))
            self.focus_on(back)
            return
        toggle_w = min(foot.w // 5, round(150 * u.scale))
        views = pygame.Rect(foot.x, foot.y, toggle_w * 2 + u.gap, foot.h)
        for view, cell in zip(("picture", "table"), layout.columns(views, 2, u.gap),
                              strict=True):
            text, tip = view_names()[view]
            b = self.button(cell, text, partial(self.show, view), tooltip=tip)
            if view == self.view:
                b.select()
        if self.view == "picture":
            self.timeline_view.page = self.page
            self.timeline_view.build(self, rest)
            self.pages = self.timeline_view.pages
            self.page = self.timeline_view.page
        else:
            self._table(rest)
        if self.pages > 1:
            left = pygame.Rect(views.right + u.gap, foot.y,
                               max(1, back.rect.x - views.right - 2 * u.gap), foot.h)
            earlier, where, later = layout.columns(left, [1, 1.4, 1], gap=u.gap)
            back_text, next_text = tr("Previous page"), tr("Next page")
            size = round(16 * u.scale)
            if max(text_width(back_text, size), text_width(next_text, size)) + 28 > earlier.w:
                back_text, next_text = "<", ">"  # the words stay in the tooltips
            self.button(earlier, back_text, lambda: self.turn_page(-1), enabled=self.page > 0,
                        tooltip=tr("Previous page"))
            fitted_label(self, where, tr("Page {n} of {m}", n=self.page + 1, m=self.pages))
            self.button(later, next_text, lambda: self.turn_page(1),
                        enabled=self.page < self.pages - 1, tooltip=tr("Next page"))
        self.focus_on(back)

    def show(self, view: str) -> None:
        self.view = view
        self.page = 0
        self.refresh()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.view == "picture":
            self.timeline_view.draw(self, surface)

    def turn_page(self, step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))
        self.refresh()

    def _table(self, area: pygame.Rect) -> None:
        u = self.app.units
        session = self.app.session
        assert session is not None
        scenario = session.scenario
        font = self.app.manager.get_theme().get_font(["label"])
        line_h = font.size("Ag")[1] + round(4 * u.scale)
        header, area = layout.split_top(area, line_h, u.gap)
        area, meaning = layout.split_bottom(area, line_h, u.gap // 2)
        self.label(meaning, fit_line(difference_meaning(), font, meaning.w - 8),
                   tooltip=difference_detail(), object_id="#left")
        if any(e.game is not None and not e.date for e in scenario.history):
            key, area = layout.split_top(area, line_h, u.gap // 2)
            self.label(key, fit_line(legend(), font, key.w - 8), object_id="#left",
                       tooltip=tr("The sources give some times only in words. To compare, "
                                  "the game reads the words as a span of years: a choice "
                                  "made for the game, which other readers could make "
                                  "differently."))
        inner_w = max(200, area.w - 24)
        widths = layout.columns(pygame.Rect(0, 0, inner_w, 1), [1.1, 1.3, 2.4, 1.1], gap=u.gap)
        titles = (
            (tr("Milestone"), tr("A step of the scenario's tech tree")),
            (tr("In this game"), tr("When it happened in this game: the game's own calendar, "
                                    "not history")),
            (tr("Documented"), tr("What the scenario's sources say was done, announced or "
                                  "planned, and when")),
            (tr("Difference"), tr("The game's date minus the documented one, in years. A "
                                  "time given only in words is compared with the game's "
                                  "reading of it, marked {mark} (a game value)",
                                  mark=GAME_VALUE_MARK)),
        )
        for col, (text, tip) in zip(widths, titles, strict=True):
            cell = pygame.Rect(header.x + col.x, header.y, col.w, header.h)
            self.label(cell, fit_line(text, font, col.w - 8), tooltip=tip, object_id="#left")
        self.team = next((t for t, a in (session.teams or {}).items() if a == session.agency),
                         None)
        # The disagreements are pages' blocks like the table's rows (one full-width
        # column each), so a scenario with many of them pages too instead of one long page.
        blocks_all = self._blocks(session.engine, session.agency, scenario, font, widths)
        blocks_all += self._disagreement_blocks(scenario, font, inner_w)
        pages = paged(blocks_all, PAGE_LABELS)
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        blocks = pages[self.page]
        height = sum(b[0] for b in blocks) * line_h + len(blocks) * u.gap
        box = self.scroller(area, height + u.gap)
        full = [pygame.Rect(0, 0, inner_w, 1)]
        y = 0
        for lines_count, cells in blocks:
            for col, lines in zip(widths if len(cells) > 1 else full, cells, strict=True):
                for k, (text, tip) in enumerate(lines):
                    self.label(pygame.Rect(col.x, y + k * line_h, col.w, line_h), text,
                               tooltip=tip, container=box, object_id="#left")
            y += lines_count * line_h + u.gap

    def _blocks(self, engine: Engine, agency: str, scenario: Scenario, font: TextFont,
                widths: list[pygame.Rect]) -> list[tuple[int, list[list[tuple[str, str]]]]]:
        """Per timeline row: its height in lines and the wrapped lines of each column."""
        you = scenario.agencies[agency].short
        blocks = []
        for row in timeline(engine, agency):
            name = [(t, "") for t in wrap(row.name, font, widths[0].w - 8)]
            game_tip = tr("The game's date for this milestone (a game value, not history)")
            game: list[tuple[str, str]] = []
            if row.milestone is None:
                game.append(("\u2014", tr("Nothing in the game stands for this line")))
            else:
                # In hot-seat the screen is seen by the whole room (after the debrief, by
                # every team at once): name the team, not "you".
                who = tr("{team} ({a})", team=self.team, a=you) if self.team else \
                    tr("{a} (you)", a=you)
                mine = tr("{who}: {d}", who=who, d=row.yours) if row.yours else \
                    tr("{who}: not achieved", who=who)
                game += [(t, game_tip) for t in wrap(mine, font, widths[1].w - 8)]
                first = tr("First: {a}, {d}", a=row.first_by, d=row.first) if row.first \
                    else tr("Nobody achieved it in this game")
                game += [(t, game_tip) for t in wrap(first, font, widths[1].w - 8)]
            documented: list[tuple[str, str]] = []
            difference: list[tuple[str, str]] = []
            for claim in row.claims:
                tip = source_note(scenario, claim.sources)
                if claim.original is not None:  # a translation: marked, its English in the tip
                    tip = "<br>".join((tip, original_line(claim.original)))
                status = status_word(claim.status)
                lines = wrap(f"{status}: {claim.when}", font, widths[2].w - 8)
                lines += wrap(claim.text if claim.original is None else
                              f"{claim.text} {mark()}", font, widths[2].w - 8)
                lines += wrap(attribution(scenario, claim.kind, claim.sources), font,
                              widths[2].w - 8)
                difference += [("", "")] * max(0, len(documented) - len(difference))
                documented += [(t, tip) for t in lines]
                difference += self._difference(row, claim, font, widths[3].w - 8)
            if not row.claims:
                documented.append((tr("Not in the documented timeline"),
                                   tr("The scenario's sources give no date for this milestone")))
            count = max(len(name), len(game), len(documented), len(difference), 1)
            blocks.append((count, [name, game, documented, difference]))
        return blocks

    def _difference(self, row: TimelineRow, claim: Claim, font: TextFont,
                    width: int) -> list[tuple[str, str]]:
        if row.milestone is None:  # a documented line no game milestone matches
            return [("\u2014", tr("Not a game milestone: nothing in the game to compare"))]
        if claim.month is None:
            return [(t, tr("The source gives no date, in numbers or in words"))
                    for t in wrap(difference_text(None), font, width)]
        if claim.status == "cancelled":
            return [(t, tr("Cancelled: it never happened, so no date is compared"))
                    for t in wrap(tr("cancelled: nothing to compare"), font, width)]
        if row.yours_month is not None:
            words = difference_text(difference(row.yours_month, claim.doc))
            text = tr("{team}: {d}", team=self.team, d=words) if self.team else \
                tr("You: {d}", d=words)
            tip = tr("{team}'s game date minus the documented date ({w})", team=self.team,
                     w=claim.when) if self.team else \
                tr("Your game date minus the documented date ({w})", w=claim.when)
        elif row.first_month is not None:
            text = tr("First: {d}", d=difference_text(difference(row.first_month, claim.doc)))
            tip = tr("The first game date ({a}) minus the documented date ({w})",
                     a=row.first_by, w=claim.when)
        elif row.already_done or row.first_before_game:
            return [(t, tr("Achieved before the game began: compare the documented date"))
                    for t in wrap(tr("done before the game"), font, width)]
        else:
            return [("\u2014", tr("Nobody achieved it in this game"))]
        if claim.status == "failed":
            text = tr("vs a failed attempt: {d}", d=text)
            tip += " " + tr("(compared with the date of an attempt that failed, not of an "
                            "achievement)")
        elif claim.status != "done":
            tip += " " + tr("(compared with a plan, not with something that happened)")
        if claim.doc.get("reading"):
            tip += " " + legend()
        return [(t, tip) for t in wrap(text, font, width)]

    def _disagreement_blocks(self, scenario: Scenario, font: TextFont, width: int) -> list[Block]:
        """One full-width block per disagreement: its topic, every claim with its kind and
        its citation, and the note on what differs; the first carries the section title."""
        blocks: list[Block] = []
        for item in scenario.disagreements.values():
            lines: list[tuple[str, str]] = []
            if not blocks:
                lines.append((tr("Where the sources disagree"),
                              tr("Every claim is shown, each with its kind and its source")))
            lines += [(t, item.note) for t in wrap(item.topic, font, width - 8)]
            for claim in item.claims:
                tip = source_note(scenario, claim.sources)
                if original_of(claim) is not None:  # a translation: its English in the tip
                    tip = "<br>".join((tip, original_tip(claim)))
                lines += [(t, tip) for t in wrap(tr("\u2022 {c}", c=shown(claim)), font,
                                                 width - 8)]
                lines += [(t, tip) for t in wrap(attribution(scenario, claim.claim, claim.sources),
                                                 font, width - 8)]
            lines += [(t, item.note) for t in wrap(tr("What differs: {note}", note=item.note),
                                                   font, width - 8)]
            blocks.append((len(lines), [lines]))
        return blocks


Block = tuple[int, list[list[tuple[str, str]]]]


def paged(blocks: list[Block], page_labels: int = PAGE_LABELS) -> list[list[Block]]:
    """The table's rows in pages of about `page_labels` labels, never cutting a row."""
    pages: list[list[Block]] = [[]]
    labels = 0
    for block in blocks:
        size = sum(len(cell) for cell in block[1])
        if pages[-1] and labels + size > page_labels:
            pages.append([])
            labels = 0
        pages[-1].append(block)
        labels += size
    return pages
