"""The timeline picture without drawing it: one row per milestone, the documented dates
and spans beside each agency's achievements in this game, on one time axis.

The History screen, the debrief (game/ui/widgets/timeline_picture.py, pygame) and the
report's SVG (game/headless/timeline_svg.py) all draw from here, so a pupil sees the same
marks in the window and in the file taken home.

Documented marks come from the scenario's `history:`: an exact month is a point; a year
alone is a band over that year (the source's own precision); a vague time ("by the
mid-2020s") is a band over the game's reading of the words (`game: {earliest, latest}`, a
game value, flagged `reading`), open on the left when the reading has no earliest date.
An entry with no time at all is not placed: the row only counts it (`undated`).

Game marks are each agency's achievements as the player may know them (hot-seat hides the
other teams' of the turn being played), compared with the documented date exactly as the
History table and the report compare them (game.core.history.reference / difference).

    tl = build(engine, "esa", now=True)
    shapes = place(tl, Box(0, 0, 800, 400), label_w=160, axis_h=24, min_tick_gap=48)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.charts import Box
from game.core.calendar import month_index
from game.core.history import difference, documented_entry, reference

if TYPE_CHECKING:
    from game.core.engine import Engine
    from game.scenario.models import HistoryEntry

# Year steps the axis may tick at, the finest that leaves room for its labels first.
TICK_STEPS: tuple[int, ...] = (1, 2, 5, 10, 20, 50)


@dataclass(frozen=True)
class DocMark:
    """One dated line of the documented timeline, placed in months since year 0."""
    text: str
    status: str  # done, announced, planned, failed, cancelled
    claim: str
    sources: tuple[str, ...]
    shape: str  # "point" (an exact month) or "band" (a year, or a reading of vague words)
    first: int | None  # the band's first month; None: open on the left (no earliest)
    last: int  # the point's month, or the band's last month (included)
    when: str | None = None  # the source's own words for a vague time
    date: str | None = None  # the source's date, as precise as it gives it
    reading: bool = False  # the band is the game's reading of `when` (a game value)
    agency: str | None = None  # the agency the entry is about


@dataclass(frozen=True)
class GameMark:
    """One agency's achievement of the row's milestone in this game."""
    agency: str
    turn: int  # -1: done before the game began
    month: int  # the turn's month (the calendar's start for a deed before the game)
    human: bool
    versus: dict[str, Any] | None  # core.history.difference against the reference entry

    @property
    def before_start(self) -> bool:
        return self.turn < 0


@dataclass(frozen=True)
class Row:
    milestone: str
    name: str
    docs: tuple[DocMark, ...]
    marks: tuple[GameMark, ...]
    undated: tuple[str, ...] = ()  # texts of documented lines with no time to place


@dataclass(frozen=True)
class Timeline:
    first: int  # the axis's first month (a January)
    end: int  # the month after the axis's last (a January): x of `end` is the right edge
    start: int  # the game calendar's first month
    game_end: int  # the game calendar's last month
    rows: tuple[Row, ...]
    now: int | None  # the month of the turn being played, or None (the game is over)
    agencies: tuple[str, ...]  # agencies shown, in the scenario's order (for colours)

    def fraction(self, month: float) -> float:
        """Where a month falls on the axis, 0 at its left edge, 1 at its right."""
        return (month - self.first) / max(1, self.end - self.first)


def doc_mark(entry: HistoryEntry) -> DocMark | None:
    """An entry as a mark, or None when it gives no time the axis can hold."""
    def mark(shape: str, first: int | None, last: int, reading: bool = False) -> DocMark:
        return DocMark(entry.text, entry.status, entry.claim, tuple(entry.sources), shape,
                       first, last, entry.when, entry.date, reading, entry.agency)

    if entry.date:
        if len(entry.date) >= 7:  # a month (or a day: the axis counts months)
            return mark("point", month_index(entry.date), month_index(entry.date))
        year = month_index(entry.date)  # a year alone: all of that year
        return mark("band", year, year + 11)
    read = documented_entry(entry)["reading"]
    if read is None:
        return None
    return mark("band", read["first_month"], read["last_month"], reading=True)


def build(engine: Engine, agency: str, now: bool = True) -> Timeline:
    """The timeline as `agency` may know it; `now` puts a line at the turn being played
    (the History screen during a game; the debrief and the report leave it out)."""
    rules, state = engine.rules, engine.state
    scenario = rules.scenario
    calendar = rules.calendar
    shown = tuple(aid for aid in scenario.agencies if aid in state.agencies)
    known = {aid: engine.known_achieved(agency, aid) for aid in shown}
    by_milestone: dict[str, list[HistoryEntry]] = {}
    for entry in scenario.history:
        if entry.milestone is not None:
            by_milestone.setdefault(entry.milestone, []).append(entry)
    rows = []
    for mid, milestone in scenario.milestones.items():
        entries = by_milestone.get(mid, [])
        holders = [(aid, done[mid]) for aid, done in known.items() if mid in done]
        if not entries and not holders:
            continue
        placed = [(e, doc_mark(e)) for e in entries]
        ref = reference([documented_entry(e) for e in entries])
        marks = []
        for aid, turn in holders:
            month = calendar.turn_month(max(turn, 0))
            # a deed before the game has no game date to compare (as in the table)
            versus = difference(month, ref) if ref is not None and turn >= 0 else None
            marks.append(GameMark(aid, turn, month, aid in state.humans, versus))
        rows.append(Row(mid, milestone.name, tuple(m for _, m in placed if m is not None),
                        tuple(marks), tuple(e.text for e, m in placed if m is None)))
    months = [calendar.start, calendar.end]
    for row in rows:
        for doc in row.docs:
            months += [doc.last] + ([doc.first] if doc.first is not None else [])
    first = min(months) // 12 * 12
    end = (max(months) // 12 + 1) * 12
    current = calendar.turn_month(state.turn) if now and not state.finished else None
    return Timeline(first, end, calendar.start, calendar.end, tuple(rows), current, shown)


# --- geometry: abstract coordinates both drawings share -------------------------------


@dataclass(frozen=True)
class PlacedDoc:
    doc: DocMark
    x0: float  # a point's x, or the band's left
    x1: float  # a point's x, or the band's right
    y: float  # the lane's centre
    h: float  # the lane's height


@dataclass(frozen=True)
class PlacedMark:
    mark: GameMark
    x: float
    y: float
    r: float


@dataclass(frozen=True)
class PlacedRow:
    row: Row
    y: float  # top of the row
    h: float
    doc_lane: Box  # where the documented marks lie (for a hover area)
    game_lane: Box  # where the game's marks lie
    docs: tuple[PlacedDoc, ...]
    marks: tuple[PlacedMark, ...]


@dataclass(frozen=True)
class Shapes:
    plot: Box  # the time axis's box (rows inside it, the axis under it)
    label_x: float  # where the row names start
    label_w: float
    rows: tuple[PlacedRow, ...]
    ticks: tuple[tuple[float, int], ...]  # (x, year)
    now_x: float | None
    start_x: float  # the game calendar's first month
    game_end_x: float  # the month after the game calendar's last


def tick_step(years: int, width: float, min_gap: float) -> int:
    """The finest year step whose ticks are at least `min_gap` apart."""
    per_year = width / max(1, years)
    return next((s for s in TICK_STEPS if s * per_year >= min_gap), TICK_STEPS[-1])


def place(tl: Timeline, box: Box, label_w: float, axis_h: float, min_tick_gap: float,
          rows: tuple[Row, ...] | None = None) -> Shapes:
    """The shapes of `rows` (all of the timeline's by default) in `box`: row names in a
    column `label_w` wide on the left, the time axis (`axis_h` high) at the bottom."""
    shown = tl.rows if rows is None else rows
    plot = Box(box.x + label_w, box.y, max(1.0, box.w - label_w), max(1.0, box.h - axis_h))

    def x(month: float) -> float:
        return plot.x + plot.w * tl.fraction(month)

    row_h = plot.h / max(1, len(shown))
    placed = []
    for n, row in enumerate(shown):
        top = plot.y + n * row_h
        # the documented lane above, the game's below: a pupil reads one against the other
        doc_lane = Box(plot.x, top + row_h * 0.08, plot.w, row_h * 0.38)
        game_lane = Box(plot.x, top + row_h * 0.5, plot.w, row_h * 0.44)
        docs = []
        # two documented spans of one milestone (two reports) would cover each other:
        # each has its own strip of the lane
        strip = doc_lane.h / max(1, len(row.docs))
        for k, doc in enumerate(row.docs):
            left = x(doc.first) if doc.first is not None else plot.x
            right = x(doc.last + 1) if doc.shape == "band" else x(doc.last)
            docs.append(PlacedDoc(doc, left, right, doc_lane.y + strip * (k + 0.5),
                                  max(strip * 0.85, min(doc_lane.h, 6.0))))
        marks = []
        radius = max(3.0, min(game_lane.h / 2, row_h * 0.2))
        # agencies that did it in the same month would hide one another: fanned out
        # sideways around that month, in the scenario's order
        same: dict[int, list[GameMark]] = {}
        for mark in row.marks:
            same.setdefault(mark.month, []).append(mark)
        for month, group in same.items():
            for k, mark in enumerate(group):
                shift = (k - (len(group) - 1) / 2) * radius * 1.7
                marks.append(PlacedMark(mark, x(month) + shift,
                                        game_lane.y + game_lane.h / 2, radius))
        placed.append(PlacedRow(row, top, row_h, doc_lane, game_lane, tuple(docs),
                                tuple(marks)))
    years = (tl.end - tl.first) // 12
    step = tick_step(years, plot.w, min_tick_gap)
    first_year = tl.first // 12
    ticks = tuple((x(year * 12), year) for year in range(first_year, tl.end // 12 + 1)
                  if (year - first_year) % step == 0)
    return Shapes(plot, box.x, label_w, tuple(placed), ticks,
                  x(tl.now) if tl.now is not None else None, x(tl.start), x(tl.game_end + 1))


def extent(xs: list[float], lane: Box, pad: float) -> Box | None:
    """The part of a lane that holds marks at `xs` (padded), for a hover area; None if
    the lane holds none."""
    if not xs:
        return None
    left = max(lane.x, min(xs) - pad)
    right = min(lane.right, max(xs) + pad)
    return Box(left, lane.y, max(1.0, right - left), lane.h)


def ahead_or_behind(mark: GameMark) -> str | None:
    """'ahead' of the documented date, 'behind' it, 'level' (the same month, or inside the
    reading of a vague time), or None when there is nothing to compare."""
    if mark.versus is None:
        return None
    months = mark.versus["months"]
    return "ahead" if months < 0 else "behind" if months > 0 else "level"
