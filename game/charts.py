"""What a score chart shows, without drawing it: the value axis, where each point falls in
the plot box, and which colour each agency's line wears.

The debrief screen (game/ui/charts.py, pygame) and the report's SVG charts
(game/headless/charts.py) both draw from here, so the same game gives the same axis and
the same team the same colour on the screen and in the file the class takes home.

    axis = ValueAxis.fitting([0, 120, 250])        # 0 to 250, ticks every 50
    plot = Plot(Box(56, 28, 514, 252), axis, points=9)
    styles = line_styles(["Red", None, None], DEFAULT_CHART)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from game import numbers

Colour = tuple[int, int, int]

# The mantissas of a round number: an axis top or a tick step is one of these times a
# power of ten, which a pupil reads at a glance (10, 20, 25, 50, 100...).
NICE_STEPS: tuple[float, ...] = (1, 2, 2.5, 5, 10)
# Too small a span to show: a power of ten this small is not a float any more.
_SMALLEST = 1e-300


def nice_top(value: float) -> float:
    """The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`:
    a round number is its own top, so a chart peaking at 250 goes up to 250, not 500."""
    if not math.isfinite(value) or value < _SMALLEST:
        return 1.0
    exponent = math.floor(math.log10(value))
    # log10 can land an ulp off near a power of ten: put the exponent back where it belongs
    if _decimal(1, exponent) > value:
        exponent -= 1
    elif _decimal(1, exponent + 1) <= value:
        exponent += 1
    for step in NICE_STEPS[:-1]:
        if value <= _decimal(step, exponent):
            return _decimal(step, exponent)
    return _decimal(1, exponent + 1)


def _decimal(step: float, exponent: int) -> float:
    # Read from its decimal form, 2.5e-06 is the float nearest 2.5 millionths; 2.5 * 1e-06
    # is one below it, and a chart peaking there would get a top twice as high.
    return float(f"{step:g}e{exponent}")


def is_nice(value: float) -> bool:
    """Whether `value` is a round number in the sense of `nice_top`."""
    return value > 0 and math.isclose(nice_top(value), value, rel_tol=1e-9)


def ticks(low: float, top: float) -> tuple[float, ...]:
    """The grid values from `low` to `top`, both included, evenly spaced: four steps, or
    five when that makes each step round (0-250 in steps of 50, not of 62.5)."""
    span = top - low
    if not span > 0:
        return (low,)
    parts = next((n for n in (4, 5) if is_nice(span / n)), 4)
    return tuple(low + span * k / parts for k in range(parts + 1))


def tick_label(value: float) -> str:
    """A grid value as the axis shows it: whole numbers from 10 on, short decimals below."""
    if abs(value) < 10:
        return numbers.plain(round(value, 6))  # 0.30000000000000004 reads 0.3
    return numbers.whole(round(value))


@dataclass(frozen=True)
class ValueAxis:
    low: float
    top: float
    ticks: tuple[float, ...]

    @classmethod
    def fitting(cls, values: Iterable[float]) -> ValueAxis:
        """The axis every finite value fits on: from 0 up to a round top; when a value is
        below 0, from a round step below it, so 0 stays on a grid line."""
        finite = [v for v in values if math.isfinite(v)]
        top = nice_top(max(finite, default=0.0))
        lowest = min(finite, default=0.0)
        if lowest >= 0:
            return cls(0.0, top, ticks(0.0, top))
        top = top if max(finite) > 0 else 0.0  # all below 0: the axis ends at 0
        step = nice_top((top - lowest) / 4)
        # Whole multiples of the step, so 0 is one of them; nudged for float rounding.
        first, last = math.floor(lowest / step), math.ceil(top / step)
        first -= first * step > lowest
        last += last * step < top
        grid = tuple(k * step for k in range(first, last + 1))
        return cls(grid[0], grid[-1], grid)


@dataclass(frozen=True)
class Box:
    """The plot area in the drawing's own units (pixels, or SVG user units); y grows down."""
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True)
class Plot:
    """Turn index and score mapped into a box: the first turn at its left edge, the last at
    its right; the axis low at its bottom, the top at its top."""
    box: Box
    axis: ValueAxis
    points: int  # the most values any line has

    def x(self, index: int) -> float:
        return self.box.x + self.box.w * index / max(1, self.points - 1)

    def y(self, value: float) -> float:
        span = (self.axis.top - self.axis.low) or 1.0
        return self.box.bottom - self.box.h * (value - self.axis.low) / span

    def line(self, values: Sequence[float]) -> list[tuple[float, float]]:
        """The points of one line; a missing (not finite) value leaves no point."""
        return [(self.x(i), self.y(v)) for i, v in enumerate(values) if math.isfinite(v)]


@dataclass(frozen=True)
class Series:
    """One agency's line: its legend name, a value per turn, and how it is drawn."""
    name: str
    values: tuple[float, ...]
    colour: Colour
    highlight: bool = False  # a team in the room: drawn thick, on top, never dashed
    dashed: bool = False


@dataclass(frozen=True)
class ChartColours:
    """The colours a chart is drawn in; the same set on the screen and in the report."""
    name: str
    background: Colour
    text: Colour
    muted: Colour
    grid: Colour
    series: tuple[Colour, ...]
    # Colours a team may be named after ("Red", "Team Blue"): its line then matches its
    # name. Each set names its own, so the colour-blind set keeps its colours.
    named: tuple[tuple[str, Colour], ...] = ()

    def team_colour(self, team: str) -> Colour | None:
        """The colour a team's name calls for (any word of it), or None."""
        colours = dict(self.named)
        for word in team.lower().replace("-", " ").split():
            if word in colours:
                return colours[word]
        return None


DEFAULT_CHART = ChartColours(
    name="default",
    background=(26, 30, 46),
    text=(230, 232, 240),
    muted=(140, 146, 165),
    grid=(80, 84, 100),
    series=((110, 170, 240), (240, 140, 90), (150, 220, 120), (200, 120, 220), (240, 220, 100)),
    named=(("red", (235, 80, 80)), ("blue", (90, 150, 245)), ("green", (90, 205, 110)),
           ("yellow", (240, 220, 90)), ("orange", (245, 150, 60)), ("purple", (175, 110, 235)),
           ("violet", (175, 110, 235)), ("pink", (245, 130, 190)), ("cyan", (90, 215, 225)),
           ("teal", (60, 180, 170)), ("white", (235, 235, 235)), ("grey", (150, 150, 160)),
           ("gray", (150, 150, 160)), ("brown", (180, 120, 70)), ("gold", (230, 190, 60))),
)

# Okabe & Ito (2008), "Color Universal Design": distinguishable under the common
# colour-vision deficiencies.
OKABE_ITO_CHART = ChartColours(
    name="okabe_ito",
    background=(26, 30, 46),
    text=(235, 235, 235),
    muted=(150, 150, 150),
    grid=(90, 90, 90),
    series=((86, 180, 233), (230, 159, 0), (0, 158, 115), (204, 121, 167), (0, 114, 178)),
    # The nearest Okabe-Ito colour to each name (vermillion for red, reddish purple for
    # purple and pink), so named lines stay apart for colour-blind readers too.
    named=(("red", (213, 94, 0)), ("blue", (0, 114, 178)), ("green", (0, 158, 115)),
           ("yellow", (240, 228, 66)), ("orange", (230, 159, 0)), ("purple", (204, 121, 167)),
           ("violet", (204, 121, 167)), ("pink", (204, 121, 167)), ("cyan", (86, 180, 233)),
           ("teal", (0, 158, 115)), ("white", (235, 235, 235)), ("grey", (150, 150, 150)),
           ("gray", (150, 150, 150)), ("gold", (240, 228, 66))),
)

CHART_COLOURS: dict[str, ChartColours] = {c.name: c for c in (DEFAULT_CHART, OKABE_ITO_CHART)}

# Closer than this (RGB distance) and a computer's line would pass for a named team's.
_TOO_CLOSE = 90


@dataclass(frozen=True)
class LineStyle:
    colour: Colour
    dashed: bool = False


def line_styles(teams: Sequence[str | None], colours: ChartColours) -> list[LineStyle]:
    """How each line is drawn, in the order given (one entry per agency, its team's name or
    None): a team named after a colour the set has gets it; the others take the series
    colours in order, skipping any a named line already wears, then dashed repeats.

    The one rule for the screen and the report: both pass the agencies in the scenario's
    order with the same team names, so each team's line looks the same in both."""
    named = [colours.team_colour(t) if t else None for t in teams]
    taken = [c for c in named if c is not None]
    free = [c for c in colours.series if all(math.dist(c, t) > _TOO_CLOSE for t in taken)]
    free = free or list(colours.series)
    styles: list[LineStyle] = []
    n = 0
    for colour in named:
        if colour is not None:
            styles.append(LineStyle(colour))
        else:
            styles.append(LineStyle(free[n % len(free)], n >= len(free)))
            n += 1
    return styles


def agency_styles(agencies: Sequence[str], teams: Mapping[str, str],
                  colours: ChartColours) -> dict[str, LineStyle]:
    """Agency id -> its line's style, for agencies in the scenario's order and the teams
    in the room (agency -> team name): what the debrief screen and the report both ask."""
    styles = line_styles([teams.get(a) for a in agencies], colours)
    return dict(zip(agencies, styles, strict=True))


def hex_colour(colour: Colour) -> str:
    """'#rrggbb', as SVG and HTML write a colour."""
    return "#{:02x}{:02x}{:02x}".format(*colour)
