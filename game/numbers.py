"""Numbers in the reader's form: grouping, decimal mark, signs and percent per language
(Babel's CLDR data), in the language chosen when they are shown.

Python rounds first (the same `f"{x:.1f}"` the English game always showed), and Babel only
writes those exact digits with the language's symbols: so English reads exactly as before
and every language shows the same digits ("12.5", "12,5"). The words around a number
("million", "M", "points") stay in the translated message: tr("{n} million", n=money(x)).

English, the language the game is written in, keeps its figures exactly as they always
read (tests and golden files hold them): no thousands separator unless the caller asks for
one (`grouped`, where the English game already wrote 25,000); every other language groups as
its readers do (1 234, 1 234).

Machine-read output (JSON, saves, SVG coordinates) never comes here: it keeps '.' decimals.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, get_minus_sign_symbol, get_plus_sign_symbol

from game.i18n import language

# The game's language codes and the Babel locale each is written in. English stays "en"
# (1,234 and 12.5, as the game always showed); a code not listed reads as English.
_LOCALES = {"en": "en", "fr": "fr", "ru": "ru", "zh": "zh_Hans_CN"}


def babel_locale(lang: str | None = None) -> str:
    """The Babel locale for `lang`, or for the language in force."""
    code = lang or language()
    return _LOCALES.get(code) or _LOCALES.get(code.split("_")[0].split("-")[0], "en")


@lru_cache(maxsize=64)
def _pattern(locale: str, kind: str, digits: int | None) -> NumberPattern:
    """The locale's own decimal or percent pattern, with exactly `digits` decimals
    (None: as many as the number carries)."""
    loc = Locale.parse(locale)
    formats = loc.percent_formats if kind == "percent" else loc.decimal_formats
    pattern: NumberPattern = copy.copy(formats[None])
    if digits is not None:
        pattern.frac_prec = (digits, digits)
    return pattern


def _write(digits_text: str, kind: str = "decimal", digits: int | None = None,
           grouped: bool = False) -> str:
    """Exact digits (already rounded by Python) in the language's symbols; English groups
    thousands only when `grouped`."""
    locale = babel_locale()
    value = Decimal(digits_text)
    if kind == "percent":
        value = value.scaleb(-2)  # the pattern multiplies by 100 again
    pattern = _pattern(locale, kind, digits)
    shown: str = pattern.apply(value, Locale.parse(locale),
                               decimal_quantization=digits is not None,
                               group_separator=grouped or locale != "en")
    return shown


def whole(value: float, grouped: bool = False) -> str:
    """A whole number with the language's grouping: 1234 (1,234 `grouped`) / 1 234 / 1,234."""
    return _write(f"{value:.0f}", digits=0, grouped=grouped)


def money(amount: float, grouped: bool = False) -> str:
    """An amount of millions, the number part only: tr("{n} million", n=money(x))."""
    return whole(amount, grouped)


def decimal(value: float, digits: int = 1, grouped: bool = False) -> str:
    """A decimal with exactly `digits` decimals: 12.5 / 12,5."""
    return _write(f"{value:.{digits}f}", digits=digits, grouped=grouped)


def plain(value: float, grouped: bool = False) -> str:
    """As short as the value allows (Python's `:g`): 2, 1.5, 0.25 / 2, 1,5, 0,25."""
    text = f"{value:g}"
    if "e" in text or "inf" in text or "nan" in text:
        return text  # no game figure is this large or small: shown as Python writes it
    return _write(text, grouped=grouped)


def signed(value: float, digits: int | None = 0, grouped: bool = False) -> str:
    """A change with its sign, always: +3, -1.5, +0 (the language's plus and minus);
    `digits` None: as short as the value allows (Python's `:+g`)."""
    text = f"{value:+g}" if digits is None else f"{value:+.{digits}f}"
    if "e" in text or "inf" in text or "nan" in text:
        return text
    sign = get_plus_sign_symbol(babel_locale()) if text[0] == "+" else \
        get_minus_sign_symbol(babel_locale())
    return sign + _write(text[1:], digits=digits, grouped=grouped)


def percent(share: float, digits: int = 0) -> str:
    """A share of 1 as a percent: 0.85 -> 85% / 85 % / 85%."""
    return _write(f"{share * 100:.{digits}f}", kind="percent", digits=digits)


# A format spec as the game's messages write one: "+d", ".0f", "+.1f", ".2f", "g", ".0%",
# with a width ("8.1f") where a CLI lines figures up in columns.
_SPEC = re.compile(r"(?P<sign>\+)?(?P<width>[1-9]\d*)?(?P<group>,)?"
                   r"(?:\.(?P<digits>\d+))?(?P<kind>[dfg%])?")


@dataclass(frozen=True)
class Localized:
    """A number that writes itself in the reader's form whatever format spec the message
    gives it: the core's English messages say "{total:.0f} points" or "{n:+d}", and those
    ids stay as translators have them, so the number (not the message) learns the language.
    A spec beyond these (a fill, an alignment) is left to Python, digits as in English."""

    value: int | float

    def __format__(self, spec: str) -> str:
        match = _SPEC.fullmatch(spec)
        if match is None:
            return format(self.value, spec)
        return self._shown(match).rjust(int(match["width"] or 0))

    def _shown(self, match: re.Match[str]) -> str:
        digits = int(match["digits"]) if match["digits"] is not None else None
        kind, group = match["kind"], match["group"] is not None  # "," groups English too
        if kind == "%":
            return percent(self.value, 6 if digits is None else digits)
        if kind == "f" or (kind is None and digits is not None):
            digits = 6 if digits is None else digits
            return (signed(self.value, digits, group) if match["sign"]
                    else decimal(self.value, digits, group))
        if kind == "d" or (kind is None and isinstance(self.value, int)):
            return signed(self.value, 0, group) if match["sign"] else whole(self.value, group)
        return signed(self.value, None, group) if match["sign"] else plain(self.value, group)

    def __str__(self) -> str:
        return format(self, "")
