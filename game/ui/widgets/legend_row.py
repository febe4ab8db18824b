"""A legend's row of items (a swatch as wide as the text is tall, then the text), sized to
fit: the milestone graph's state colours and the timeline's shapes and agencies share it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui.fonts import font


@dataclass(frozen=True)
class LegendRow:
    size: int  # the text's size, and the swatch's side
    widths: tuple[int, ...]  # each item, swatch and text
    gap: int  # between two items

    @property
    def width(self) -> int:
        return sum(self.widths) + self.gap * (len(self.widths) - 1)

    @property
    def font(self) -> pygame.font.Font:
        return font(self.size)


def fit_row(texts: Sequence[str], width: int, largest: int, smallest: int,
            min_gap: int) -> LegendRow:
    """The largest size from `largest` down to `smallest` at which the row fits `width`
    less 8 px; the smallest when none does (its texts are then cut where drawn)."""
    row = LegendRow(smallest, (), min_gap)
    for size in range(largest, smallest - 1, -1):
        f = font(size)
        row = LegendRow(size, tuple(size + 4 + f.size(t)[0] for t in texts),
                        max(min_gap, size))
        if row.width <= width - 8:
            break
    return row
