"""The one door for player-facing text, and the choice of the language it is shown in.

Every string a player or teacher reads goes through `tr` (or `trn` when it holds a count),
with named placeholders (`tr("{n} turns left", n=3)`) because translators reorder them.
The catalogues are the `.po` files under game/locale/<lang>/LC_MESSAGES/ (made and updated
by `make translations`, docs/translating.md): the game compiles the one it needs in memory
the first time that language is chosen, so no binary is committed or built, and a teacher
who corrects a `.po` sees the correction on the next start.

Which language: `choose_language` (the order is written there). An unknown language is an
error the caller reports (`UnknownLanguage`); a region (`fr_CA`, `zh_CN.UTF-8`) falls back to
its language when the game has no catalogue for the region itself.
"""

from __future__ import annotations

import gettext
import io
import locale
import os
import sys
from pathlib import Path

_LOCALE_DIR = Path(__file__).parent / "locale"
_DOMAIN = "moonward"
SOURCE_LANGUAGE = "en"  # the language the messages are written in: needs no catalogue
# Each language's own name, as a player looking for it would read it.
NATIVE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "ru": "Русский",
                                "zh": "中文（简体）"}
ENV_VARIABLE = "MOONWARD_LANG"


class UnknownLanguage(ValueError):
    """A language the game has no catalogue for; the message lists those it has."""

    def __init__(self, given: str, where: str) -> None:
        self.given, self.where = given, where
        super().__init__(tr("{where}: the game has no language {v!r}; choose from: {langs}",
                            where=where, v=given, langs=", ".join(available_languages())))


class _Catalogue:
    """Holds the active translation; an instance, not module state scattered around."""

    def __init__(self) -> None:
        self.translation: gettext.NullTranslations = gettext.NullTranslations()
        self.language = SOURCE_LANGUAGE
        self.compiled: dict[str, gettext.NullTranslations] = {}

    def use(self, language: str) -> None:
        if language == SOURCE_LANGUAGE:
            self.translation = gettext.NullTranslations()
        else:
            if language not in self.compiled:
                self.compiled[language] = _compile(language)
            self.translation = self.compiled[language]
        self.language = language


def _po_path(language: str) -> Path:
    return _LOCALE_DIR / language / "LC_MESSAGES" / f"{_DOMAIN}.po"


def _compile(language: str) -> gettext.NullTranslations:
    """The language's .po compiled in memory. Fuzzy and empty entries are left out, so the
    English shows where a translation is missing or doubtful (the catalogue test fails on
    them before a release)."""
    from babel.messages.mofile import write_mo  # only a game in another language pays
    from babel.messages.pofile import read_po

    with _po_path(language).open("rb") as po:
        catalogue = read_po(po, locale=language, domain=_DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


_catalogue = _Catalogue()


def available_languages() -> tuple[str, ...]:
    """The languages the game can show: English, and every catalogue shipped in the
    package (game/locale/<lang>/LC_MESSAGES/moonward.po)."""
    shipped = sorted(p.parent.parent.name for p in _LOCALE_DIR.glob(f"*/LC_MESSAGES/{_DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *(lang for lang in shipped if lang != SOURCE_LANGUAGE))


def known(code: str) -> str | None:
    """The game's language for a code as systems and people write it ('fr', 'fr_FR',
    'ru-RU', 'zh_CN.UTF-8', 'ZH'), or None when the game does not have it."""
    code = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not code:
        return None
    languages = available_languages()
    for candidate in (code, code.split("_")[0].lower()):
        if candidate in languages:
            return candidate
    return None


def system_language() -> str | None:
    """The computer's own language when the game has it: the POSIX variables in the order
    gettext reads them, then what the operating system reports (Windows, macOS)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        codes = [c for c in os.environ.get(variable, "").split(":") if c]
        if codes:  # the first variable set decides, as for gettext
            return next((found for c in codes if (found := known(c))), None)
    if sys.platform == "win32":
        try:
            import ctypes

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return known(locale.windows_locale.get(lang_id, ""))
        except (AttributeError, OSError):
            return None
    found = locale.getlocale()[0]
    return known(found) if found else None


def choose_language(flag: str | None = None, preset: str | None = None,
                    setting: str | None = None) -> str:
    """The language to start in: `--lang`, else $MOONWARD_LANG, else the language the class
    preset fixes, else the one chosen in Settings, else the computer's when the game has
    it, else English. A given code the game does not have raises UnknownLanguage."""
    for given, where in ((flag, "--lang"), (os.environ.get(ENV_VARIABLE), ENV_VARIABLE),
                         (preset, "preset"), (setting, "settings")):
        if given:
            found = known(given)
            if found is None:
                raise UnknownLanguage(given, where)
            return found
    return system_language() or SOURCE_LANGUAGE


def set_language(language: str | None = None) -> str:
    """Use `language` from now on (every later `tr` answers in it); None chooses as
    `choose_language` does with no flag. An unknown code falls back to English here: the
    callers that take a code from a person check it first with `choose_language`."""
    try:
        chosen = choose_language(language)
    except UnknownLanguage:
        chosen = SOURCE_LANGUAGE
    _catalogue.use(chosen)
    return chosen


def N_(message: str) -> str:
    """Marks text written away from where it is shown (a table of words by id) for the
    translators; `tr(variable)` translates it where it is shown."""
    return message


def tr(message: str, /, **values: object) -> str:
    """Translate `message` and fill its named placeholders."""
    text = _catalogue.translation.gettext(message)
    return text.format(**values) if values else text


def trc(context: str, message: str, /, **values: object) -> str:
    """A word the English uses for two things a language may not ("OK" on a button, "OK"
    for a step that succeeded): `context` tells the translators which."""
    text = _catalogue.translation.pgettext(context, message)
    return text.format(**values) if values else text


def trn(singular: str, plural: str, n: int, /, **values: object) -> str:
    """A message that depends on a count: the language's own plural form for `n` (Russian
    has three, Chinese one). `{n}` is filled with `n` unless `values` gives it formatted."""
    text = _catalogue.translation.ngettext(singular, plural, n)
    return text.format(**{"n": n, **values})


def language() -> str:
    return _catalogue.language
