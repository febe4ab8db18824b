"""Chinese lines in pygame_gui text boxes break between characters.

pygame_gui 0.6.14 lets a line break only at a space (each text chunk keeps
`split_points`, the positions after its spaces); a Chinese paragraph has none, so it was cut
at the box's edge mid-phrase with a hyphen. `install` makes `split_points` a property
that answers from game/text_breaks.py for text holding wide characters, the rule the
game's own wrapping follows. pygame_gui sets the attribute each time a chunk's text
changes, and reads it when it lays a row out: the property recomputes on every set. Text
without wide characters keeps pygame_gui's own answer, so English layouts do not move.
"""

from __future__ import annotations

from typing import Any

from game.text_breaks import breaks, has_wide

_STORE = "_moonward_split_points"


def install() -> None:
    """Once per run (idempotent)."""
    from pygame_gui.core.text.text_line_chunk import TextLineChunkFTFont

    if isinstance(TextLineChunkFTFont.__dict__.get("split_points"), property):
        return

    def get(chunk: Any) -> list[int]:
        found: list[int] = chunk.__dict__.get(_STORE, [])
        return found

    def set_(chunk: Any, value: list[int]) -> None:
        text = chunk.__dict__.get("text", "")
        chunk.__dict__[_STORE] = breaks(text) if has_wide(text) else value

    # pygame_gui declares the attribute in __init__; a class property takes it over.
    setattr(TextLineChunkFTFont, "split_points", property(get, set_))  # noqa: B010
