"""Labels that never cut their text: shortened with an ellipsis when they must be, with the
whole text moved into the tooltip, so a projector at 1024x600 still reads cleanly."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIButton, UILabel

from game.ui.fonts import font
from game.ui.widgets import text_fit
from game.ui.widgets.tips import esc, lines

if TYPE_CHECKING:  # the scene module builds on these widgets, not the other way round
    from game.ui.scene import Container, Scene

# What these helpers fit: both keep a one-line `text` in a pygame_gui font.
TextElement = UILabel | UIButton

SLACK = 8  # pixels a label keeps free so layout_problems (4 px) never calls it cut


def measure(label: TextElement) -> text_fit.Measure:
    f = label.font
    if f is None:
        return lambda s: 0
    return lambda s: f.get_rect(s).width


def fitted_label(scene: Scene, rect: pygame.Rect, text: str, tooltip: str | None = None,
                 container: Container = None, object_id: str | None = None) -> UILabel:
    with warnings.catch_warnings():  # pygame_gui warns of a long text we shorten next
        warnings.simplefilter("ignore", UserWarning)
        label = scene.label(rect, text, tooltip=tooltip, container=container,
                            object_id=object_id)
    set_fitted(label, text, tooltip)
    return label


def set_fitted(label: TextElement, text: str, tooltip: str | None = None) -> None:
    """Show `text` in `label`, shortened if needed (then the tooltip starts with all of it)."""
    short = text_fit.ellipsize(measure(label), text, label.rect.w - SLACK)
    if short != label.text:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            label.set_text(short)
    if short != text:
        label.set_tooltip(lines(esc(text), tooltip or ""))


def text_width(text: str, size: int) -> int:
    """Width of `text` in the theme's font at `size` px (to share a row out before building)."""
    return font(size).size(text)[0]


def short_if_cut(element: TextElement, short: str) -> None:
    """Show `short` instead of the element's text when that text is wider than the element
    (large text on a small window); the tooltip already says what the button does."""
    f = getattr(element, "font", None)
    if f is not None and f.get_rect(element.text).width > element.rect.w - SLACK:
        element.set_text(text_fit.ellipsize(lambda s: f.get_rect(s).width, short,
                                            element.rect.w - SLACK))
