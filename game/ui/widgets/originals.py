"""The "Original (English)" button of a screen that shows translated statements.

A text box is too large for a tooltip (pygame_gui puts one above or below the widget), so
a screen whose statements are translations puts this small button beside them: resting
the pointer on it lists the English of each, clicking it shows the English in place (and
clicking again the translation). Screens in English, or with nothing translated, get no
button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pygame
from pydantic import BaseModel
from pygame_gui.elements import UIButton

from game.i18n import tr
from game.translation_marks import originals_tip

if TYPE_CHECKING:
    from game.ui.scene import Scene

WIDTH = 220  # px at scale 1: "Original (English)" and its translations fit


def room(row: pygame.Rect, scale: float, gap: int,
         needed: bool) -> tuple[pygame.Rect, pygame.Rect | None]:
    """The row less the button's place at its right end, and that place (None when no
    button is needed)."""
    if not needed:
        return row, None
    width = min(round(WIDTH * scale), row.w // 3)
    return (pygame.Rect(row.x, row.y, row.w - width - gap, row.h),
            pygame.Rect(row.right - width, row.y, width, row.h))


def original_button(scene: Scene, rect: pygame.Rect | None,
                    texts: Iterable[tuple[BaseModel, str]], english: bool,
                    on_click: Callable[[], None]) -> UIButton | None:
    """The button, when anything in `texts` is a translation and there is room for it."""
    tip = originals_tip(texts)
    if tip is None or rect is None:
        return None
    label = tr("Translation") if english else tr("Original (English)")
    return scene.button(rect, label, on_click, tooltip=tip)


def any_translated(texts: Iterable[tuple[BaseModel, str]]) -> bool:
    return originals_tip(texts) is not None
