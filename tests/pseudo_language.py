"""A language no one speaks, for tests that must tell whether words reached somewhere they
should not (a save), or did reach where they should (a screen, a rendered message)."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager

from game import i18n

OPEN, CLOSE = "\u27e6", "\u27e7"  # around every message: no English text holds them


class PseudoTranslation(gettext.NullTranslations):
    """Every message marked, its {placeholders} kept so it still formats. It counts how
    often it was asked, so a test can tell whether anything wanted words."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def gettext(self, message: str) -> str:
        self.asked += 1
        return f"{OPEN}{message}{CLOSE}"


@contextmanager
def speaking(translation: gettext.NullTranslations, language: str) -> Iterator[None]:
    """`translation` in force for the block, the one before it again after."""
    catalogue = i18n._catalogue
    before = catalogue.translation, catalogue.language
    catalogue.translation, catalogue.language = translation, language
    try:
        yield
    finally:
        catalogue.translation, catalogue.language = before


@contextmanager
def english() -> Iterator[None]:
    with speaking(gettext.NullTranslations(), i18n.SOURCE_LANGUAGE):
        yield
