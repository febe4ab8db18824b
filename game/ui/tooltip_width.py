"""Long tooltips grow wider instead of taller than the window.

pygame_gui wraps every tooltip at 170 px. A tooltip that quotes a source and then gives its
English original (the game in French, Russian or Chinese) runs to several hundred
characters and came out taller than a 1024x600 window ("Unable to fit tool tip on
screen"). `widen_long_tooltips` makes a manager give such a tooltip up to half the window's
width, or nearly all of it for the longest; short ones keep the theme's width, so the usual
tips do not move.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pygame_gui

LONG = 240  # characters of text (tags left out) from which a tooltip grows wider
WIDE = 520  # px at UI scale 1, up to half the window
VERY_LONG = 700  # characters: a statement and its original, each a paragraph
WIDEST = 880  # px at UI scale 1, up to the window less a margin each side
MARGIN = 24
_TAG = re.compile(r"<[^>]+>")


def width_for(text: str, window_width: int, scale: float) -> int | None:
    """The wrap width for a tooltip of `text`, or None for the theme's own."""
    length = len(_TAG.sub("", text))
    if length < LONG:
        return None
    if length < VERY_LONG:
        return min(window_width // 2, round(WIDE * scale))
    return min(window_width - 2 * MARGIN, round(WIDEST * scale))


def widen_long_tooltips(manager: pygame_gui.UIManager, scale: float) -> None:
    """On `manager` only: a tooltip with no width of its own gets `width_for`'s."""
    original = manager.create_tool_tip

    def create_tool_tip(text: str, position: Any, hover_distance: Any, parent_element: Any,
                        object_id: Any, *, wrap_width: int | None = None,
                        text_kwargs: dict[str, str] | None = None) -> Any:
        if wrap_width is None:
            wrap_width = width_for(text, manager.window_resolution[0], scale)
        return original(text, position, hover_distance, parent_element, object_id,
                        wrap_width=wrap_width, text_kwargs=text_kwargs)

    # Replaced on this manager object only, on purpose: setattr says so to the type checker.
    setattr(manager, "create_tool_tip", create_tool_tip)  # noqa: B010
