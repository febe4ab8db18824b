"""Score charts drawn by the game itself, as SVG: crisp on a projector, readable offline,
and no plotting library to install."""

from __future__ import annotations

import base64
from html import escape

# Okabe-Ito, distinguishable with the common forms of colour blindness; its yellow is swapped
# for olive, which a projector shows on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#999933",
           "#000000")
WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 150, 28, 40


def line_chart(title: str, labels: list[str], series: dict[str, list[float]],
               highlight: set[str] | frozenset[str] = frozenset()) -> str:
    """An SVG line chart: one line per named series over the turn labels."""
    values = [v for line in series.values() for v in line] or [0.0]
    top = max(values) or 1.0
    top = _nice(top)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    count = max(1, max((len(s) for s in series.values()), default=1) - 1)

    def x(i: int) -> float:
        return LEFT + plot_w * i / count

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
             f'<text x="{LEFT}" y="18" font-size="14" font-weight="bold">{escape(title)}</text>']
    for k in range(5):
        value = top * k / 4
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(value):.1f}" '
                     f'y2="{y(value):.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end">'
                     f'{value:g}</text>')
    step = max(1, len(labels) // 6)
    for i in range(0, len(labels), step):
        parts.append(f'<text x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                     f'{escape(labels[i])}</text>')
    for n, (name, line) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        width = 3.5 if name in highlight else 1.5
        dash = "" if name in highlight or n < len(PALETTE) else ' stroke-dasharray="5 3"'
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(line))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="{width}"{dash} '
                     f'points="{points}"/>')
        legend_y = TOP + 16 * n + 8
        parts.append(f'<line x1="{WIDTH - RIGHT + 12}" x2="{WIDTH - RIGHT + 32}" '
                     f'y1="{legend_y}" y2="{legend_y}" stroke="{colour}" stroke-width="{width}"/>')
        weight = ' font-weight="bold"' if name in highlight else ""
        parts.append(f'<text x="{WIDTH - RIGHT + 38}" y="{legend_y + 4}"{weight}>'
                     f'{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _nice(value: float) -> float:
    """Round an axis top up to 1, 2 or 5 times a power of ten."""
    magnitude = 10 ** max(0, len(str(int(value))) - 1)
    for factor in (1, 2, 5, 10):
        if value <= factor * magnitude:
            return float(factor * magnitude)
    return float(value)
