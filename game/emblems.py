"""Each agency's emblem, described without drawing it: a shape and a motif made of plain
primitives in a unit box, in the agency's colour.

The emblems are the game's own, geometric and abstract, so nobody takes them for an
agency's real logo. The screen (game/ui/emblems.py, pygame) and the report
(game/headless/report.py, SVG) draw the same description, so an agency wears the same
badge on both, in the colour its chart line has (game/charts.py `agency_styles`).

    styles = agency_styles(agencies, teams, DEFAULT_CHART)
    badges = emblems(agencies, styles)          # agency id -> Emblem
    badges["esa"].key                           # "hexagon-star"

The shape and the motif come from the agency's place in the scenario (its order under
`agencies:`), so no two agencies of a scenario share both, for up to 36 agencies; the id
turns the motif a little, so the same place in another scenario is not quite the same badge.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from game.charts import ChartColours, Colour, LineStyle, agency_styles, hex_colour

SHAPES: tuple[str, ...] = ("disc", "shield", "hexagon", "diamond", "octagon", "pentagon")
MOTIFS: tuple[str, ...] = ("star", "ring", "crescent", "chevron", "stripes", "orbit")

# The motif's colour on every shape, and the outline's: light on the agency's colour, and a
# dark edge so a light agency colour still stands out on a light page.
LIGHT: Colour = (245, 245, 240)
DARK: Colour = (20, 22, 30)


@dataclass(frozen=True)
class Polygon:
    points: tuple[tuple[float, float], ...]  # in the unit box, y grows down
    colour: Colour


@dataclass(frozen=True)
class Circle:
    x: float
    y: float
    r: float
    colour: Colour
    width: float = 0.0  # 0: filled; otherwise a ring this thick (unit box)


Primitive = Polygon | Circle


@dataclass(frozen=True)
class Emblem:
    agency: str
    shape: str
    motif: str
    colour: Colour
    primitives: tuple[Primitive, ...]  # drawn in order, each over the ones before

    @property
    def key(self) -> str:
        """What tells two emblems apart: their shape and motif."""
        return f"{self.shape}-{self.motif}"


def _regular(n: int, radius: float, turn: float = -math.pi / 2, cx: float = 0.5,
             cy: float = 0.5) -> tuple[tuple[float, float], ...]:
    return tuple((cx + radius * math.cos(turn + 2 * math.pi * k / n),
                  cy + radius * math.sin(turn + 2 * math.pi * k / n)) for k in range(n))


def _grown(points: tuple[tuple[float, float], ...], by: float
           ) -> tuple[tuple[float, float], ...]:
    """The polygon scaled about the box's centre: its outline, `by` wider each side."""
    return tuple((0.5 + (x - 0.5) * (1 + by), 0.5 + (y - 0.5) * (1 + by)) for x, y in points)


def _shape(name: str, colour: Colour) -> tuple[Primitive, ...]:
    """The body and its dark edge."""
    if name == "disc":
        return (Circle(0.5, 0.5, 0.48, DARK), Circle(0.5, 0.5, 0.44, colour))
    if name == "shield":
        body: tuple[tuple[float, float], ...] = (
            (0.12, 0.1), (0.88, 0.1), (0.88, 0.5), (0.5, 0.92), (0.12, 0.5))
    elif name == "hexagon":
        body = _regular(6, 0.44, turn=0.0)
    elif name == "diamond":
        body = _regular(4, 0.46)
    elif name == "octagon":
        body = _regular(8, 0.44, turn=math.pi / 8)
    else:  # pentagon
        body = _regular(5, 0.45)
    return (Polygon(_grown(body, 0.09), DARK), Polygon(body, colour))


def _star(turn: float) -> tuple[tuple[float, float], ...]:
    outer, inner = _regular(5, 0.24, turn), _regular(5, 0.1, turn + math.pi / 5)
    return tuple(p for pair in zip(outer, inner, strict=True) for p in pair)


def _motif(name: str, colour: Colour, turn: float) -> tuple[Primitive, ...]:
    """The light figure in the middle; `turn` (radians, small) comes from the agency id."""
    if name == "star":
        return (Polygon(_star(-math.pi / 2 + turn), LIGHT),)
    if name == "ring":
        return (Circle(0.5, 0.5, 0.2, LIGHT, width=0.07),)
    if name == "crescent":
        dx, dy = 0.09 * math.cos(turn - math.pi / 4), 0.09 * math.sin(turn - math.pi / 4)
        return (Circle(0.5, 0.5, 0.22, LIGHT), Circle(0.5 + dx, 0.5 + dy, 0.19, colour))
    if name == "chevron":
        lift = 0.04 * math.sin(turn)
        return (Polygon(((0.28, 0.58 + lift), (0.5, 0.34 + lift), (0.72, 0.58 + lift),
                         (0.72, 0.7 + lift), (0.5, 0.46 + lift), (0.28, 0.7 + lift)), LIGHT),)
    if name == "stripes":
        return tuple(Polygon(((0.3, y), (0.7, y), (0.7, y + 0.07), (0.3, y + 0.07)), LIGHT)
                     for y in (0.33, 0.465, 0.6))
    # orbit: a planet and a moon on a ring about it
    mx, my = 0.5 + 0.22 * math.cos(turn - 0.6), 0.5 + 0.22 * math.sin(turn - 0.6)
    return (Circle(0.5, 0.5, 0.22, LIGHT, width=0.035), Circle(0.5, 0.5, 0.1, LIGHT),
            Circle(mx, my, 0.055, LIGHT))


def emblem(agency: str, place: int, colour: Colour) -> Emblem:
    """The emblem of the agency at `place` (0 for the scenario's first) in `colour`."""
    shape = SHAPES[place % len(SHAPES)]
    # the row of six places shifts the motif, so places 0 and 6 share a shape, not a motif
    motif = MOTIFS[(place + place // len(SHAPES)) % len(MOTIFS)]
    # crc32, not hash(): the same turn in every run and on every machine
    turn = (zlib.crc32(agency.encode("utf-8")) % 1000 / 1000 - 0.5) * 0.6
    return Emblem(agency, shape, motif, colour, _shape(shape, colour) + _motif(motif, colour,
                                                                              turn))


def emblems(agencies: Sequence[str], styles: Mapping[str, LineStyle]) -> dict[str, Emblem]:
    """Agency id -> emblem, for the agencies in the scenario's order and their line styles."""
    return {aid: emblem(aid, place, styles[aid].colour) for place, aid in enumerate(agencies)}


def agency_emblems(agencies: Sequence[str], teams: Mapping[str, str],
                   colours: ChartColours) -> dict[str, Emblem]:
    """The emblems of the agencies shown (scenario order), each in its chart line's colour:
    what the screens and the report ask, with the teams in the room (agency -> team)."""
    return emblems(agencies, agency_styles(agencies, teams, colours))


def svg(badge: Emblem, size: float) -> str:
    """The emblem as an inline SVG element `size` units square (for the HTML report)."""
    parts = []
    for p in badge.primitives:
        if isinstance(p, Circle):
            paint = (f'fill="none" stroke="{hex_colour(p.colour)}" '
                     f'stroke-width="{p.width * size:.2f}"' if p.width
                     else f'fill="{hex_colour(p.colour)}"')
            # SVG strokes about the radius, pygame inward from it: the same ring either way
            r = p.r - p.width / 2
            parts.append(f'<circle cx="{p.x * size:.2f}" cy="{p.y * size:.2f}" '
                         f'r="{r * size:.2f}" {paint}/>')
        else:
            points = " ".join(f"{x * size:.2f},{y * size:.2f}" for x, y in p.points)
            parts.append(f'<polygon points="{points}" fill="{hex_colour(p.colour)}"/>')
    return (f'<svg class="emblem" width="{size:g}" height="{size:g}" '
            f'viewBox="0 0 {size:g} {size:g}" role="img" aria-hidden="true" '
            f'data-emblem="{badge.key}">{"".join(parts)}</svg>')
