"""Which language the game speaks: --lang, $MOONWARD_LANG, a preset, the player's setting,
then the computer's own when the game has it; and counts in each language's plural forms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game import i18n


@pytest.fixture(autouse=True)
def no_language_given(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for variable in ("MOONWARD_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    yield
    i18n.set_language("en")


def test_a_code_as_systems_write_it_is_the_game_language_it_names() -> None:
    assert [i18n.known(c) for c in ("fr", "fr_FR", "fr-CA", "ru_RU.UTF-8", "ZH", "zh_CN",
                                    "de_DE", "C", "")] == [
        "fr", "fr", "fr", "ru", "zh", "zh", None, None, None]


def test_the_computer_s_language_is_used_when_the_game_has_it(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert i18n.choose_language() == "ru"
    monkeypatch.setenv("LANGUAGE", "de:fr")  # gettext's list: the first the game has
    assert i18n.choose_language() == "fr"


def test_a_computer_in_a_language_the_game_lacks_gets_english(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setattr(i18n.locale, "getlocale", lambda *a: ("de_DE", "UTF-8"))
    assert i18n.choose_language() == "en"


def test_the_order_is_flag_then_environment_then_preset_then_setting(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.choose_language(None, None, "fr") == "fr"
    assert i18n.choose_language(None, "ru", "fr") == "ru"
    monkeypatch.setenv("MOONWARD_LANG", "zh")
    assert i18n.choose_language(None, "ru", "fr") == "zh"
    assert i18n.choose_language("en", "ru", "fr") == "en"


def test_a_language_the_game_lacks_is_an_error_naming_where_and_what_there_is() -> None:
    with pytest.raises(i18n.UnknownLanguage) as refused:
        i18n.choose_language(None, "de")
    assert str(refused.value) == ("preset: the game has no language 'de'; choose from: "
                                  "en, fr, ru, zh")


def test_a_count_reads_in_english_with_one_and_many() -> None:
    assert i18n.trn("{n} turn left", "{n} turns left", 1) == "1 turn left"
    assert i18n.trn("{n} turn left", "{n} turns left", 0) == "0 turns left"


def test_a_missing_translation_shows_the_english_not_nothing() -> None:
    i18n.set_language("fr")
    assert i18n.tr("a message no catalogue holds {x}", x=1) == "a message no catalogue holds 1"


def test_each_language_is_named_in_its_own_words() -> None:
    assert set(i18n.NATIVE_NAMES) == set(i18n.available_languages())
