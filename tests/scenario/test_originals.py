"""A translated text keeps the English it was translated from; an English one has none."""

from __future__ import annotations

import copy

from game.scenario.models import Scenario
from game.scenario.originals import original_of, originals
from tests.translated_fixture import quotes


def test_a_translated_fact_event_answer_and_history_entry_keep_their_english() -> None:
    scenario = quotes("fr")
    assert scenario.facts[0].text.startswith("Un protocole")
    assert original_of(scenario.facts[0]) == "A memorandum was signed on 9 March 2021."
    event = scenario.events["signing"]
    assert original_of(event) == "CNSA and Roscosmos sign a memorandum."
    assert original_of(event, "title") == "Memorandum signed"
    assert original_of(event.choices[0]) == "Welcome the memorandum."
    assert original_of(scenario.history[0]) == "Memorandum signed."


def test_a_text_left_as_it_was_or_not_translated_has_no_original() -> None:
    scenario = quotes("fr")
    assert original_of(scenario.events["signing"].choices[1]) is None  # the same words
    assert original_of(scenario.history[1]) is None  # no translation yet
    assert originals(scenario.agencies["cnsa"]) == {}


def test_the_game_in_english_has_no_originals_at_all() -> None:
    scenario = quotes("en")
    assert original_of(scenario.facts[0]) is None
    assert original_of(scenario.events["signing"]) is None


def test_originals_survive_a_copy_and_never_reach_a_dump() -> None:
    scenario = quotes("fr")
    assert original_of(copy.deepcopy(scenario).facts[0]) is not None
    assert original_of(scenario.model_copy(deep=True).facts[0]) is not None
    dumped = scenario.model_dump(mode="python", exclude_unset=True)
    assert "_originals" not in str(dumped)
    assert original_of(Scenario.model_validate(dumped).facts[0]) is None


def test_facts_json_in_another_language_gives_each_translated_statement_its_english() -> None:
    from game.scenario.facts import statements

    rows = {row["where"]: row for row in statements(quotes("fr"))}
    assert rows["facts[0]"]["original"] == "A memorandum was signed on 9 March 2021."
    assert rows["events.signing"]["original"] == ("Memorandum signed: CNSA and Roscosmos sign "
                                                  "a memorandum.")
    assert rows["history[0]"]["original"] == "[done] Memorandum signed."
    assert "original" not in rows["history[1]"]
    assert all("original" not in row for row in statements(quotes("en")))
