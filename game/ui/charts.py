"""Score-over-time line charts drawn with pygame into a Surface the debrief caches.

One line per agency over the turns, the human agencies drawn thick, a date axis, a value
axis and a legend. The axis, the scaling and each line's colour come from game/charts.py,
which the report's SVG charts use too, so the window and the report show the same chart;
the colours are the palette's, so the colour-blind setting reaches the charts.

    styles = line_styles(team_names, palette.chart)
    surface = line_chart((640, 320), labels, [Series("ESA", values, colour, highlight=True)],
                         palette, font_size=16)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import pairwise

import pygame

from game.charts import Box, Colour, Plot, Series, ValueAxis, tick_label
from game.ui.fonts import font as _font
from game.ui.palette import Palette

__all__ = ["Series", "legend_width", "line_chart"]


def _dashed(surface: pygame.Surface, colour: Colour, a: tuple[float, float],
            b: tuple[float, float], width: int, dash: int = 8) -> None:
    length = math.dist(a, b)
    if length == 0:
        return
    pieces = max(1, int(length // dash))
    for k in range(0, pieces, 2):
        t0, t1 = k / pieces, min(1.0, (k + 1) / pieces)
        start = (a[0] + (b[0] - a[0]) * t0, a[1] + (b[1] - a[1]) * t0)
        end = (a[0] + (b[0] - a[0]) * t1, a[1] + (b[1] - a[1]) * t1)
        pygame.draw.line(surface, colour, start, end, width)


def legend_width(series: Sequence[Series], font_size: int) -> int:
    font = _font(font_size, bold=True)
    widest = max((font.size(s.name)[0] for s in series), default=0)
    return widest + font_size * 3


def line_chart(size: tuple[int, int], labels: Sequence[str], series: Sequence[Series],
               palette: Palette, font_size: int = 16) -> pygame.Surface:
    """The chart as a Surface of exactly `size` (transparent outside what is drawn)."""
    width, height = max(1, size[0]), max(1, size[1])
    surface = pygame.Surface((width, height), pygame.SRCALPHA)
    surface.fill((*palette.panel, 255))
    font = _font(font_size)
    # A short chart (big UI scale on a small window) gets a smaller legend, not a cut one.
    key_size = max(8, min(font_size, int(height / (max(1, len(series)) * 1.5))))
    axis = ValueAxis.fitting(v for s in series for v in s.values)
    tick_text = [tick_label(v) for v in axis.ticks]
    left = max(font.size(t)[0] for t in tick_text) + font_size
    right = legend_width(series, key_size) + font_size
    top_pad, bottom = font_size, font_size * 2 + 4
    plot = pygame.Rect(left, top_pad, max(10, width - left - right),
                       max(10, height - top_pad - bottom))
    scale = Plot(Box(plot.x, plot.y, plot.w, plot.h), axis,
                 max((len(s.values) for s in series), default=1))

    for value, text in zip(axis.ticks, tick_text, strict=True):
        yy = round(scale.y(value))
        pygame.draw.line(surface, palette.locked, (plot.x, yy), (plot.right, yy), 1)
        image = font.render(text, True, palette.muted)
        surface.blit(image, image.get_rect(midright=(plot.x - 6, yy)))
    pygame.draw.line(surface, palette.muted, plot.bottomleft, plot.topleft, 1)
    _date_ticks(surface, font, palette, labels, plot, scale.x)
    # Human lines last, so a rival never hides them.
    for s in sorted(series, key=lambda s: s.highlight):
        points = scale.line(s.values)
        line_width = max(4, font_size // 3) if s.highlight else max(2, font_size // 7)
        if len(points) == 1:
            pygame.draw.circle(surface, s.colour, points[0], line_width + 2)
        for a, b in pairwise(points):
            if s.dashed and not s.highlight:
                _dashed(surface, s.colour, a, b, line_width)
            else:
                pygame.draw.line(surface, s.colour, a, b, line_width)
    legend_h = len(series) * round(key_size * 1.5)
    _legend(surface, palette, series, plot.right + font_size,
            max(0, min(plot.y, height - legend_h)), key_size)
    return surface


def _date_ticks(surface: pygame.Surface, font: pygame.font.Font, palette: Palette,
                labels: Sequence[str], plot: pygame.Rect, x: Callable[[int], float]) -> None:
    if not labels:
        return
    widest = max(font.size(label)[0] for label in labels) + 12
    fits = max(1, plot.w // max(1, widest))
    step = max(1, math.ceil(len(labels) / fits))
    for i in range(0, len(labels), step):
        xx = round(x(i))
        pygame.draw.line(surface, palette.muted, (xx, plot.bottom), (xx, plot.bottom + 4), 1)
        image = font.render(labels[i], True, palette.muted)
        rect = image.get_rect(midtop=(xx, plot.bottom + 6))
        rect.clamp_ip(surface.get_rect())
        surface.blit(image, rect)


def _legend(surface: pygame.Surface, palette: Palette, series: Sequence[Series], x0: int,
            y0: int, font_size: int) -> None:
    font, bold = _font(font_size), _font(font_size, bold=True)
    line_h = round(font_size * 1.5)
    for n, s in enumerate(series):
        yy = y0 + n * line_h + line_h // 2
        width = max(4, font_size // 3) if s.highlight else max(2, font_size // 7)
        a, b = (x0, yy), (x0 + font_size * 2 - 6, yy)
        if s.dashed and not s.highlight:
            _dashed(surface, s.colour, a, b, width, dash=5)
        else:
            pygame.draw.line(surface, s.colour, a, b, width)
        image = (bold if s.highlight else font).render(s.name, True, palette.text)
        surface.blit(image, image.get_rect(midleft=(x0 + font_size * 2, yy)))

