"""The one door for player-facing text.

Every string a player or teacher reads goes through `tr`, so that French, Russian
and Chinese catalogues can be dropped into `game/locale/<lang>/LC_MESSAGES/moonward.mo`
later without touching the code that shows the text. Placeholders are named
(`tr("{n} turns left", n=3)`) because translators reorder them.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_DOMAIN = "moonward"


class _Catalogue:
    """Holds the active translation; an instance, not module state scattered around."""

    def __init__(self) -> None:
        self.translation: gettext.NullTranslations = gettext.NullTranslations()
        self.language = "en"

    def use(self, language: str) -> None:
        self.translation = gettext.translation(
            _DOMAIN, localedir=_LOCALE_DIR, languages=[language], fallback=True
        )
        self.language = language


_catalogue = _Catalogue()
SOURCE_LANGUAGE = "en"  # the language the messages are written in: needs no catalogue


def available_languages() -> tuple[str, ...]:
    """The languages the game can show: English, and every catalogue shipped in the
    package (game/locale/<lang>/LC_MESSAGES/moonward.mo)."""
    shipped = sorted(p.parent.parent.name
                     for p in _LOCALE_DIR.glob(f"*/LC_MESSAGES/{_DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(lang for lang in shipped if lang != SOURCE_LANGUAGE))


def set_language(language: str | None = None) -> str:
    """Choose the language: the argument, else $MOONWARD_LANG, else English."""
    chosen = language or os.environ.get("MOONWARD_LANG") or "en"
    _catalogue.use(chosen)
    return chosen


def tr(message: str, /, **values: object) -> str:
    """Translate `message` and fill its named placeholders."""
    text = _catalogue.translation.gettext(message)
    return text.format(**values) if values else text


def language() -> str:
    return _catalogue.language
