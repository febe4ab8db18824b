"""The one font loader for what the game draws itself (charts, the milestone graph, text
measured to fit), and the fonts of the pygame_gui theme, per language.

Both come from pygame_gui's own Noto files, so drawn text reads as part of the screen and
nothing is fetched: Noto Sans covers Latin and Cyrillic; Chinese needs Noto Sans SC (which
also holds Latin and Cyrillic, but with other widths, so English keeps Noto Sans).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame
import pygame_gui

from game import i18n

_FONT_DIR = Path(pygame_gui.__file__).parent / "data"
# The theme's name for the face every element uses; `theme_faces` says where its files are.
LATIN = "noto_sans"
HAN = "noto_sans_sc"
_FILES = {LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
          HAN: ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")}
# Display text (the cover's title) in Noto Sans SC: this much smaller from this size up.
HAN_DISPLAY_SIZE, HAN_DISPLAY_SCALE = 30, 0.85
# Languages written with Han characters, which Noto Sans lacks.
_HAN_LANGUAGES = frozenset({"zh"})


def face_for(language: str) -> str:
    return HAN if language.split("_")[0] in _HAN_LANGUAGES else LATIN


def face_paths(face: str) -> dict[str, str]:
    """The theme's font block keys for `face`: pygame_gui loads these files. Noto Sans SC
    has no italic: the upright face stands in (Chinese is not set in italics)."""
    regular, bold = (str(_FONT_DIR / name) for name in _FILES[face])
    if face == LATIN:
        return {}  # pygame_gui's built-in default face: it knows its own files
    return {"regular_path": regular, "bold_path": bold, "italic_path": regular,
            "bold_italic_path": bold}


@lru_cache(maxsize=64)
def _font(size: int, bold: bool, face: str) -> pygame.font.Font:
    name = _FILES[face][1 if bold else 0]
    try:
        return pygame.font.Font(str(_FONT_DIR / name), size)
    except (OSError, pygame.error):
        return pygame.font.Font(None, size)


def font(size: int, bold: bool = False) -> pygame.font.Font:
    """Noto at `size` pixels in the face of the language shown, kept: opening a font file
    every frame would cost more than drawing with it. pygame's own font when the file
    cannot be opened."""
    return _font(size, bold, face_for(i18n.language()))


def cache_clear() -> None:
    _font.cache_clear()
