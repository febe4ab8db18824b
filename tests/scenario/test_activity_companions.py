"""An activity's translation companion: its keys, what the game shows in French, the
English where a text is missing or stale, and what `validate` says of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import main
from game.scenario.activity import ACTIVITIES_DIR, load_activity
from game.scenario.activity_companions import check_activity_companion
from game.scenario.activity_texts import texts
from game.scenario.originals import original_of
from tests.activity_companion import FIRST, FRENCH_QUOTE, QUOTE, french_activity

LANGUAGES = ("fr", "ru", "zh")


def first_item(activity):  # type: ignore[no-untyped-def]
    return activity.parts[0].items[0]


def test_keys_name_parts_items_and_choices_by_id_and_quotes_by_position() -> None:
    keys = texts(load_activity(language="en"))
    assert f"{FIRST}.quotes.0.text" in keys and f"{FIRST}.feedback" in keys
    assert "parts.compare.items.rogozin_firmness.choices.report_a.text" in keys
    assert not any(key.startswith("reports") or ".cites." in key for key in keys)


def test_in_french_the_translation_is_shown_and_the_quote_keeps_its_english(
        tmp_path: Path) -> None:
    activity = load_activity(french_activity(tmp_path), language="fr")
    item = first_item(activity)
    assert activity.title == "Juger les sources"
    assert item.quotes[0].text == FRENCH_QUOTE
    assert original_of(item.quotes[0]) == QUOTE
    assert original_of(item, "question") == "What kind of claim is this?"
    # not translated: the English, and no original to show
    assert item.feedback.startswith("The words in quotation marks")
    assert original_of(item, "feedback") is None
    # report titles are never translated
    assert activity.reports["seed_000"].title == "Russia and China team up to conquer the moon"


def test_a_stale_entry_shows_the_english_and_validate_warns(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    path = french_activity(tmp_path, stale=True)
    item = first_item(load_activity(path, language="fr"))
    assert item.quotes[0].text == QUOTE and original_of(item.quotes[0]) is None
    companion = path.with_name("judge_the_sources.fr.yaml")
    assert main(["validate", str(companion)]) == 0
    out = capsys.readouterr().out
    assert f"W-STALE: '{FIRST}.quotes.0.text'" in out
    assert "W-UNTRANSLATED" in out


def test_an_unknown_key_or_a_choice_too_long_for_its_button_is_an_error(tmp_path: Path
                                                                        ) -> None:
    long = "parts.compare.items.rogozin_firmness.choices.report_b.text"
    extra = (f"  {FIRST}.questoin: {{en: \"What kind of claim is this?\", fr: \"Quoi ?\"}}\n"
             f"  {long}:\n    en: \"B: \u201cwill most likely not be a partner\u201d\"\n"
             f"    fr: \"{'très ' * 20}long\"\n")
    path = french_activity(tmp_path, extra=extra)
    problems = check_activity_companion(path.with_name("judge_the_sources.fr.yaml")).problems
    errors = sorted((p.code, p.message.split("'")[1]) for p in problems
                    if p.severity == "error")
    assert errors == [("E-TEXT-KEY", f"{FIRST}.questoin"), ("E-VALUE", long)]
    activity = load_activity(path, language="fr")  # the game still opens, in English there
    assert activity.parts[1].items[1].choices[1].text.startswith("B: ")


def test_the_game_in_english_never_reads_a_companion(tmp_path: Path) -> None:
    activity = load_activity(french_activity(tmp_path), language="en")
    assert activity.title == "Judge the sources"
    assert original_of(first_item(activity).quotes[0]) is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_companions_translate_every_text_without_a_problem(language: str) -> None:
    path = ACTIVITIES_DIR / f"judge_the_sources.{language}.yaml"
    companion = check_activity_companion(path)
    assert [str(p) for p in companion.problems] == []
    english = texts(load_activity(language="en"))
    assert set(companion.current) == set(english)
    for key, text in companion.current.items():
        for mark in ("{", "<b>", "<i>", "\n"):
            assert english[key].count(mark) == text.count(mark), (key, mark)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_quote_is_shown_translated_with_its_english_kept(language: str) -> None:
    activity = load_activity(language=language)
    for _, item in activity.items:
        for quote in item.quotes:
            assert original_of(quote) is not None, (language, item.id)
