"""The Moon map in the report: the screen's two discs and markers as SVG, no pygame.

Same geometry (game/moon_map.py), same agency colours (game/charts.py `agency_styles`, in the
window's colours), same words (game/moon_map_words.py): each marker carries its caption as an
SVG <title> (a tooltip when the page is opened in a browser), and the report lists every
caption under the picture, so a printed page loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from game.charts import ChartColours, agency_styles, hex_colour
from game.moon_map import SIDES, Marker, markers, to_pixels
from game.moon_map_words import legend_words, marker_caption, side_names

if TYPE_CHECKING:
    from game.core.engine import Engine

WIDTH, HEIGHT = 720, 450
RADIUS = 160
CENTRES = {"near": (190, 220), "far": (530, 220)}
MARKER = 7


def game_markers(engine: Engine) -> list[Marker]:
    """The map of a game as the report shows it: every landing, hidden from no one (the
    report is written when the game is over)."""
    achieved = {aid: a.achieved for aid, a in engine.state.agencies.items()}
    return markers(engine.rules.scenario, achieved)


def colours_of(engine: Engine, teams: Mapping[str, str], chart: ChartColours
               ) -> tuple[dict[str, tuple[int, int, int]], frozenset[str]]:
    """Each agency's colour, and the agencies whose chart line is dashed (dark centre)."""
    shown = [aid for aid in engine.rules.scenario.agencies if aid in engine.state.agencies]
    styles = agency_styles(shown, teams, chart)
    return ({aid: s.colour for aid, s in styles.items()},
            frozenset(aid for aid, s in styles.items() if s.dashed))


def captions(engine: Engine, found: list[Marker]) -> list[str]:
    """Each marker's caption as one line: what the report lists under the map."""
    scenario, calendar = engine.rules.scenario, engine.rules.calendar
    return [" — ".join(marker_caption(scenario, calendar, m)) for m in found]


def moon_map_svg(engine: Engine, teams: Mapping[str, str], chart: ChartColours) -> str:
    """The whole map as an SVG document."""
    found = game_markers(engine)
    colours, pips = colours_of(engine, teams, chart)
    text, muted = hex_colour(chart.text), hex_colour(chart.muted)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="13" '
             'role="img">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{hex_colour(chart.background)}"/>',
             '<defs><radialGradient id="face" cx="50%" cy="50%" r="50%">'
             '<stop offset="0%" stop-color="#c9c7c1"/><stop offset="85%" stop-color="#a9a7a1"/>'
             '<stop offset="100%" stop-color="#77756f"/></radialGradient></defs>']
    for side, name in zip(SIDES, side_names(), strict=True):
        cx, cy = CENTRES[side]
        parts.append(f'<text x="{cx}" y="{cy - RADIUS - 14}" text-anchor="middle" '
                     f'fill="{text}">{escape(name)}</text>')
        parts.append(f'<circle cx="{cx}" cy="{cy}" r="{RADIUS}" fill="url(#face)" '
                     f'stroke="{muted}"/>')
    for m, caption in zip(found, captions(engine, found), strict=True):
        x, y = to_pixels(m, CENTRES[m.side], RADIUS)
        colour = hex_colour(colours.get(m.agency or "", chart.muted))
        title = f"<title>{escape(caption)}</title>"
        if m.kind == "documented":
            shape = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{MARKER}" fill="none" '
                     f'stroke="{colour}" stroke-width="3"/>')
        else:
            shape = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{MARKER - 1}" fill="{colour}" '
                     'stroke="#0a0c14" stroke-width="1.5"/>')
        if (m.agency or "") in pips:
            shape += f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#0a0c14"/>'
        parts.append(f"<g>{title}{shape}</g>")
    scenario = engine.rules.scenario
    x = 20
    for aid in dict.fromkeys(m.agency for m in found if m.agency):
        name = scenario.agencies[aid].short
        parts.append(f'<rect x="{x}" y="{HEIGHT - 44}" width="11" height="11" '
                     f'fill="{hex_colour(colours.get(aid, chart.muted))}"/>')
        if aid in pips:
            parts.append(f'<circle cx="{x + 5.5}" cy="{HEIGHT - 38.5}" r="2" fill="#0a0c14"/>')
        parts.append(f'<text x="{x + 15}" y="{HEIGHT - 34}" fill="{text}">{escape(name)}</text>')
        x += 24 + 8 * len(name)
    ring, dot = legend_words()
    parts.append(f'<text x="20" y="{HEIGHT - 12}" fill="{muted}">{escape(ring)}; '
                 f'{escape(dot)}</text>')
    parts.append("</svg>")
    return "".join(parts)
