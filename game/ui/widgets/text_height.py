"""How tall a text box must be to show its HTML without scrolling, at a given width.

pygame_gui lays text out itself (fonts, <b>/<i>, line spacing), so the honest measure is
its own layout: a throwaway UITextBox of dynamic height (-1), never drawn, killed at once.
"""

from __future__ import annotations

import warnings

import pygame
import pygame_gui
from pygame_gui.core import ObjectID
from pygame_gui.elements import UITextBox


def text_box_height(manager: pygame_gui.UIManager, html: str, width: int,
                    object_id: str | None = None) -> int:
    """Outer height of a UITextBox `width` wide whose whole text shows without scrolling
    (in the theme's look for `object_id`, when given)."""
    with warnings.catch_warnings():  # font loading notices: harmless here
        warnings.simplefilter("ignore", UserWarning)
        box = UITextBox(html, pygame.Rect(-width - 10, 0, width, -1), manager=manager,
                        object_id=ObjectID(object_id=object_id) if object_id else None)
    try:
        return int(box.rect.height)
    finally:
        box.kill()
