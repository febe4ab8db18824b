"""The one font loader for what the game draws itself (charts, the milestone graph, text
measured to fit): the same Noto Sans as the pygame_gui widgets, so drawn text reads as part
of the screen."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame
import pygame_gui

_FONT_DIR = Path(pygame_gui.__file__).parent / "data"


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    """Noto Sans at `size` pixels, kept: opening a font file every frame would cost more
    than drawing with it. pygame's own font when the file cannot be opened."""
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    try:
        return pygame.font.Font(str(_FONT_DIR / name), size)
    except (OSError, pygame.error):
        return pygame.font.Font(None, size)
