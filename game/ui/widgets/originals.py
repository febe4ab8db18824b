"""The "Original (English)" button of a screen that shows translated statements.

A text box is too large for a tooltip (pygame_gui puts one above or below the widget), so
a screen whose statements are translations puts this small button beside them: resting
the pointer on it lists the English of each, clicking it shows the English in place (and
clicking again the translation). Screens in English, or with nothing translated, get no
button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
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
    tip = _tip(list(texts))
    if tip is None or rect is None:
        return None
    label = tr("Translation") if english else tr("Original (English)")
    button = scene.button(rect, label, on_click, tooltip=tip)
    # pygame_gui's tooltips are 170 px wide: a screen of statements (the bloc choice) made
    # one taller than the window, so this one may take about half the window's width.
    window = scene.app.rect
    button.tool_tip_wrap_width = max(rect.w, min(window.w // 2, round(TIP_WIDTH *
                                                                      scene.app.units.scale)))
    return button


TIP_WIDTH = 520  # px at scale 1: the widest the button's tooltip grows
TIP_CHARS = 1000  # of English in the tooltip: it must fit below a button at the top of 1024x600


def _tip(texts: list[tuple[BaseModel, str]]) -> str | None:
    """The English of each translated text, as many as a tooltip holds whole; the rest
    are a click away, and the tooltip says how many."""
    lines: list[str] = []
    used = 0
    for n, (model, field) in enumerate(texts):
        one = originals_tip([(model, field)])
        if one is None or one in lines:
            continue
        if lines and used + len(one) > TIP_CHARS:
            rest = originals_tip(texts[n:]) or ""
            more = tr("{n} more: click to read every original in place.",
                      n=rest.count("<br>") + 1)
            return "<br>".join(lines) + "<br><i>" + escape(more, quote=False) + "</i>"
        lines.append(one)
        used += len(one)
    return "<br>".join(lines) or None


def any_translated(texts: Iterable[tuple[BaseModel, str]]) -> bool:
    return originals_tip(texts) is not None
