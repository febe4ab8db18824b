"""Rectangles computed from the window size, so every screen fits 1024x600 to 1920x1080.

Scenes never place widgets at fixed pixels: they cut the window rect with these helpers
in `build(rect)`.

    body = inset(rect, 16)
    header, rest = split_top(body, units.row)
    left, right = columns(rest, [1, 2], gap=12)
    a, b, c = rows(left, 3, gap=8)           # equal rows
    buttons = stack(left, count=5, height=units.button, gap=8)  # fixed-height rows from the top
    box = centered(rect, 480, 360)           # clamped to fit inside rect

`Units(scale)` gives the sizes (button height, gap, margin) for the UI-scale setting;
the app exposes the current ones as `app.units`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame


@dataclass(frozen=True)
class Units:
    scale: float = 1.0

    @property
    def button(self) -> int:
        return round(40 * self.scale)

    @property
    def row(self) -> int:
        return round(34 * self.scale)

    @property
    def title(self) -> int:
        return round(56 * self.scale)

    @property
    def gap(self) -> int:
        return round(8 * self.scale)

    @property
    def margin(self) -> int:
        return round(16 * self.scale)


def inset(rect: pygame.Rect, dx: int, dy: int | None = None) -> pygame.Rect:
    dy = dx if dy is None else dy
    return pygame.Rect(rect.x + dx, rect.y + dy, max(0, rect.w - 2 * dx), max(0, rect.h - 2 * dy))


def split_top(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    height = min(height, rect.h)
    top = pygame.Rect(rect.x, rect.y, rect.w, height)
    rest_y = rect.y + height + gap
    return top, pygame.Rect(rect.x, rest_y, rect.w, max(0, rect.bottom - rest_y))


def split_bottom(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """(rest, bottom): the bottom strip of `height` and what lies above it."""
    height = min(height, rect.h)
    bottom = pygame.Rect(rect.x, rect.bottom - height, rect.w, height)
    return pygame.Rect(rect.x, rect.y, rect.w, max(0, bottom.y - gap - rect.y)), bottom


def _weights(spec: int | Sequence[float]) -> list[float]:
    return [1.0] * spec if isinstance(spec, int) else [float(w) for w in spec]


def columns(rect: pygame.Rect, spec: int | Sequence[float], gap: int = 0) -> list[pygame.Rect]:
    """Side-by-side rects: `spec` is a count (equal widths) or a list of weights."""
    weights = _weights(spec)
    free = max(0, rect.w - gap * (len(weights) - 1))
    total = sum(weights) or 1.0
    out, x = [], rect.x
    for i, w in enumerate(weights):
        width = rect.right - x if i == len(weights) - 1 else int(free * w / total)
        out.append(pygame.Rect(x, rect.y, max(0, width), rect.h))
        x += width + gap
    return out


def rows(rect: pygame.Rect, spec: int | Sequence[float], gap: int = 0) -> list[pygame.Rect]:
    """Stacked rects: `spec` is a count (equal heights) or a list of weights."""
    weights = _weights(spec)
    free = max(0, rect.h - gap * (len(weights) - 1))
    total = sum(weights) or 1.0
    out, y = [], rect.y
    for i, w in enumerate(weights):
        height = rect.bottom - y if i == len(weights) - 1 else int(free * w / total)
        out.append(pygame.Rect(rect.x, y, rect.w, max(0, height)))
        y += height + gap
    return out


def stack(rect: pygame.Rect, count: int, height: int, gap: int = 0) -> list[pygame.Rect]:
    """`count` rows of `height` from the top of rect, shrunk evenly if they would not fit."""
    if count <= 0:
        return []
    need = count * height + (count - 1) * gap
    if need > rect.h:
        height = max(1, (rect.h - (count - 1) * gap) // count)
    return [pygame.Rect(rect.x, rect.y + i * (height + gap), rect.w, height) for i in range(count)]


def centered(rect: pygame.Rect, width: int, height: int) -> pygame.Rect:
    """A box of at most width x height centred in rect (clamped so it never leaves it)."""
    box = pygame.Rect(0, 0, min(width, rect.w), min(height, rect.h))
    box.center = rect.center
    return box
