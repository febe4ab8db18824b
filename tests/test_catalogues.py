"""Every shipped language is complete: a message missing, fuzzy or stale in any catalogue, a
placeholder or tag that differs from the English, or a scenario text left untranslated
fails here, before a class in Paris, Moscow or Beijing meets English in the middle of a
lesson. `make translations` (tools/translations.py) brings the catalogues up to date;
docs/translating.md says what to do with what it reports."""

from __future__ import annotations

import re
from functools import cache

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from game import i18n, paths
from game.scenario.activity_companions import check_activity_companion
from game.scenario.companions import check_companion, companion_path
from tools.translations import LOCALE, TEMPLATE, template

LANGUAGES = [lang for lang in i18n.available_languages() if lang != i18n.SOURCE_LANGUAGE]
_PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:![rsa])?(?::[^{}]*)?\}")
_TAG = re.compile(r"</?[a-zA-Z]+")
SHIPPED_SCENARIOS = ("moon_2021.yaml", "classroom_2021.yaml", "whatif_newcomer.yaml",
                     "template.yaml")


@cache
def catalogue(language: str) -> Catalog:
    with (LOCALE / language / "LC_MESSAGES" / "moonward.po").open("rb") as file:
        return read_po(file, locale=language)


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    return sorted(tag.lower() for tag in _TAG.findall(text))


def entries(language: str) -> list[Message]:
    return [m for m in catalogue(language) if m.id]


def key(message: Message) -> str:
    """The English (its singular for a count), after its context where it has one."""
    english = message.id if isinstance(message.id, str) else message.id[0]
    return f"{message.context}\x04{english}" if message.context else english


def test_the_game_ships_french_russian_and_chinese() -> None:
    assert LANGUAGES == ["fr", "ru", "zh"]


def test_the_template_holds_every_message_the_code_has_now() -> None:
    with TEMPLATE.open("rb") as file:
        committed = {key(m) for m in read_po(file) if m.id}
    now = {key(m) for m in template() if m.id}
    assert sorted(now - committed) == [], "run `make translations`"
    assert sorted(committed - now) == [], "run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_translation_none_fuzzy_none_stale(language: str) -> None:
    with TEMPLATE.open("rb") as file:
        wanted = {key(m) for m in read_po(file) if m.id}
    have = {key(m): m for m in entries(language)}
    assert sorted(wanted - set(have)) == [], "missing: run `make translations`"
    assert sorted(set(have) - wanted) == [], "stale: run `make translations`"
    fuzzy = [key(m) for m in have.values() if m.fuzzy]
    empty = [key(m) for m in have.values()
             if not (all(m.string) if isinstance(m.string, tuple) else m.string)]
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {language}: check them against the English"
    assert empty == [], f"{len(empty)} untranslated in {language}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_english_placeholders_and_tags(language: str) -> None:
    wrong = []
    for m in entries(language):
        if isinstance(m.id, str):
            if placeholders(m.string) != placeholders(m.id) or tags(m.string) != tags(m.id):
                wrong.append(m.id)
            continue
        english = placeholders(m.id[0]) | placeholders(m.id[1])
        for form in m.string:
            # A form for one thing may leave out the count ("next turn" for 1), nothing else.
            if not english - {"n"} <= placeholders(form) <= english or (
                    tags(form) != tags(m.id[1])):
                wrong.append(m.id[0])
    assert wrong == []


# A message quoting a report in its own words: "jointly formulate a road map" (quoted).
_QUOTED = re.compile(r'"([^"]{3,})"[^"]{0,60}?\((?:quoted|framing)\)')


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_quotation_of_a_report_keeps_its_english_beside_the_translation(language: str) -> None:
    """The reports are in English: a message that quotes one is translated, and keeps the
    report's own words beside the translation, so a pupil can check them."""
    quoting = [m for m in entries(language) if isinstance(m.id, str) and _QUOTED.search(m.id)]
    assert quoting  # the road rules quote the reports
    for m in quoting:
        for words in _QUOTED.findall(m.id):
            assert words in m.string, (language, words)
            assert m.string.count(words) == 1 and m.string != m.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_has_its_language_plural_rule(language: str) -> None:
    forms = {"fr": 3, "ru": 3, "zh": 1}[language]
    assert catalogue(language).num_plurals == forms
    plurals = [m for m in entries(language) if not isinstance(m.id, str)]
    assert plurals and all(len(m.string) == forms for m in plurals)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_says_it_was_checked_by_reading_every_screen(language: str) -> None:
    lines = catalogue(language).header_comment.splitlines()
    header = " ".join(" ".join(line.lstrip("#").split()) for line in lines)
    assert "Checked against the English by reading every screen" in header


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("scenario", SHIPPED_SCENARIOS)
def test_every_shipped_scenario_is_translated_and_current(scenario: str, language: str) -> None:
    companion = check_companion(companion_path(paths.SCENARIOS_DIR / scenario, language))
    assert [str(p) for p in companion.problems] == []
    assert companion.current


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_class_activity_is_translated_and_current(language: str) -> None:
    path = paths.SCENARIOS_DIR / "activities" / f"judge_the_sources.{language}.yaml"
    companion = check_activity_companion(path)
    assert [str(p) for p in companion.problems] == []
    assert companion.current


def test_a_translated_message_reads_in_the_language_chosen() -> None:
    try:
        i18n.set_language("fr")
        assert i18n.tr("Settings") == "Réglages"
        i18n.set_language("ru")
        assert i18n.tr("Settings") == "Настройки"
        i18n.set_language("zh")
        assert i18n.tr("Settings") == "设置"
    finally:
        i18n.set_language("en")
    assert i18n.tr("Settings") == "Settings"


def test_a_count_takes_the_russian_form_for_its_number() -> None:
    try:
        i18n.set_language("ru")
        shown = [i18n.trn("{n} turn left", "{n} turns left", n) for n in (1, 3, 5, 21)]
    finally:
        i18n.set_language("en")
    assert len(set(shown[:3])) == 3  # one, few, many: three words for "turn"
    assert shown[3].replace("21", "1", 1) == shown[0]  # 21 takes the form of 1
    assert i18n.trn("{n} turn left", "{n} turns left", 1) == "1 turn left"
    assert i18n.trn("{n} turn left", "{n} turns left", 2) == "2 turns left"
