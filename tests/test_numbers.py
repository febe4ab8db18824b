"""game.numbers: figures in the reader's form, the same digits in every language, only the
marks (grouping, decimal mark, percent) the language's own."""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pytest

from game import numbers
from game.numbers import Localized, babel_locale
from tests.pseudo_language import speaking

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(params=["en", "fr", "ru", "zh"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(gettext.NullTranslations(), request.param):
        yield request.param


def in_(language: str) -> object:
    return speaking(gettext.NullTranslations(), language)


# The forms each language shows, in the order: whole, decimal, signed, percent, money.
FORMS = {
    "en": ("1234", "12.5", "-1.5", "85%", "25000"),  # as the English game always read
    "fr": (f"1{NNBSP}234", "12,5", "-1,5", f"85{NBSP}%", f"25{NNBSP}000"),
    "ru": (f"1{NBSP}234", "12,5", "-1,5", f"85{NBSP}%", f"25{NBSP}000"),
    "zh": ("1,234", "12.5", "-1.5", "85%", "25,000"),
}


def test_each_language_writes_its_own_marks(lang: str) -> None:
    shown = (numbers.whole(1234), numbers.decimal(12.5), numbers.signed(-1.5, 1),
             numbers.percent(0.85), numbers.money(25000))
    assert shown == FORMS[lang]


def test_english_groups_thousands_only_where_it_always_did() -> None:
    with in_("en"):
        assert (numbers.whole(1234), numbers.whole(1234, grouped=True)) == ("1234", "1,234")
        assert numbers.money(25000, grouped=True) == "25,000"
    with in_("fr"):
        assert numbers.whole(1234) == numbers.whole(1234, grouped=True) == f"1{NNBSP}234"


def test_english_reads_as_python_wrote_it_before() -> None:
    with in_("en"):
        for value in (0.05, 0.15, 2.25, 12.0, 99.95, -3.45):
            assert numbers.decimal(value) == f"{value:.1f}"
            assert numbers.signed(value, 1) == f"{value:+.1f}"
        for value in (0.25, 1.5, 2.0, 0.0001):
            assert numbers.plain(value) == f"{value:g}"
        assert [numbers.percent(v) for v in (0.125, 0.135, 1.0)] == [
            f"{round(v * 100)}%" for v in (0.125, 0.135, 1.0)]
        assert (numbers.signed(3), numbers.signed(0), numbers.signed(-2)) == ("+3", "+0", "-2")


def test_every_language_shows_the_same_digits_rounded_the_same_way(lang: str) -> None:
    # 0.15 is a shade under in binary: 0.1 in English, so 0,1 in French, never 0,2
    assert numbers.decimal(0.15).replace(",", ".") == "0.1"
    assert numbers.decimal(12, 1).replace(",", ".") == "12.0"  # fixed digits keep the zero


def test_a_short_decimal_drops_trailing_zeros_as_g_does(lang: str) -> None:
    comma = lang in ("fr", "ru")
    assert numbers.plain(1.5) == ("1,5" if comma else "1.5")
    assert numbers.plain(2.0) == "2"


def test_a_signed_change_always_carries_its_sign(lang: str) -> None:
    assert numbers.signed(3) == "+3"
    assert numbers.signed(1.5, None).lstrip("+") == numbers.plain(1.5)


def test_the_language_codes_map_to_babel_locales() -> None:
    assert [babel_locale(c) for c in ("en", "fr", "ru", "zh", "fr_CA", "x-pseudo")] == [
        "en", "fr", "ru", "zh_Hans_CN", "fr", "en"]


def test_a_core_message_s_format_spec_is_kept_in_the_reader_s_form() -> None:
    spec = "{a:+d} {b:.0f} {c:.2f} {d} {e} {f:g} {g:.0%} {h:6.1f} {d:,}"
    values = {"a": 3, "b": 1234.5, "c": 0.5, "d": 1500, "e": 2.5, "f": 0.25, "g": 0.5,
              "h": 3.25}
    local = {k: Localized(v) for k, v in values.items()}
    with in_("en"):
        assert spec.format(**local) == "+3 1234 0.50 1500 2.5 0.25 50%    3.2 1,500"
    with in_("fr"):
        assert spec.format(**local) == (f"+3 1{NNBSP}234 0,50 1{NNBSP}500 2,5 0,25 "
                                        f"50{NBSP}%    3,2 1{NNBSP}500")


def test_a_spec_it_does_not_know_is_left_to_python() -> None:
    with in_("fr"):
        assert f"{Localized(7):>4}" == "   7"
