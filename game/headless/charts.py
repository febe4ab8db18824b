"""Score charts drawn by the game itself, as SVG: crisp on a projector, readable offline,
and no plotting library to install.

The axis, the scaling and the line colours are the debrief screen's (game/charts.py), and
so is the panel they are drawn on: a team finds its line in the colour it saw in the
window, and a team named after white or yellow stays visible.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape

from game.charts import Box, ChartColours, Plot, Series, ValueAxis, hex_colour, tick_label

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 150, 28, 40


def line_chart(title: str, labels: Sequence[str], series: Sequence[Series],
               colours: ChartColours) -> str:
    """An SVG line chart: one line per series over the turn labels, highlighted series
    thick and drawn last (on top), as in the window."""
    axis = ValueAxis.fitting(v for s in series for v in s.values)
    plot = Plot(Box(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM), axis,
                max((len(s.values) for s in series), default=1))
    text, muted = hex_colour(colours.text), hex_colour(colours.muted)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{hex_colour(colours.background)}"/>',
             f'<text x="{LEFT}" y="18" font-size="14" font-weight="bold" fill="{text}">'
             f'{escape(title)}</text>']
    for value in axis.ticks:
        y = plot.y(value)
        parts.append(f'<line x1="{LEFT}" x2="{plot.box.right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="{hex_colour(colours.grid)}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{muted}">'
                     f'{tick_label(value)}</text>')
    step = max(1, len(labels) // 6)
    for i in range(0, len(labels), step):
        parts.append(f'<text x="{plot.x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                     f'text-anchor="middle" fill="{muted}">{escape(labels[i])}</text>')
    # Human lines last, so a rival never hides them; the legend keeps the given order.
    for s in sorted(series, key=lambda s: s.highlight):
        points = " ".join(f"{x:.1f},{y:.1f}" for x, y in plot.line(s.values))
        parts.append(f'<polyline fill="none" {_stroke(s)} points="{points}"/>')
    for n, s in enumerate(series):
        legend_y = TOP + 16 * n + 8
        parts.append(f'<line x1="{WIDTH - RIGHT + 12}" x2="{WIDTH - RIGHT + 32}" '
                     f'y1="{legend_y}" y2="{legend_y}" {_stroke(s)}/>')
        weight = ' font-weight="bold"' if s.highlight else ""
        parts.append(f'<text x="{WIDTH - RIGHT + 38}" y="{legend_y + 4}"{weight} '
                     f'fill="{text}">{escape(s.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _stroke(series: Series) -> str:
    width = 3.5 if series.highlight else 1.5
    dash = ' stroke-dasharray="5 3"' if series.dashed and not series.highlight else ""
    return f'stroke="{hex_colour(series.colour)}" stroke-width="{width}"{dash}'


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
