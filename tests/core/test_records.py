"""The core writes records, never sentences: a game is the same bytes whatever language it
is shown in, and a format 1 save (whose news was saved as sentences) still loads."""

from __future__ import annotations

import json

import pytest

from game.core import save
from game.core.commands import AnswerEvent, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.core.records import VERBATIM
from game.messages import render
from game.scenario import Scenario
from tests.format_1 import as_format_1
from tests.pseudo_language import OPEN, PseudoTranslation, english

# Three teams at one keyboard, so news is held back from teams still playing (hot seat),
# and each answers an event with its last answer, so an answer's number is not just 0.
HUMANS = {"cnes": "artemis", "cnsa": "ilrs", "nasa": "artemis"}
SEED = 2


def answer_with_the_last_choice(engine: Engine, agency: str) -> None:
    for item in list(engine.pending(agency)):
        if item.kind == "event":
            choices = len(engine.rules.scenario.events[item.ref].choices)
            assert engine.apply(AnswerEvent(agency, item.ref, max(choices - 1, 0))).ok


def play(scenario: Scenario, turns: int | None = None) -> Engine:
    """The same seeded hot-seat game: every team plays by its policy and ends its turn,
    for `turns` turns (or to the end), then every team plays one more turn without
    ending it, so the save holds a turn in progress with news held back."""
    engine = new_game(scenario, seed=SEED, humans=list(HUMANS))
    while not engine.is_over and (turns is None or engine.state.turn < turns):
        for agency, road in HUMANS.items():
            answer_with_the_last_choice(engine, agency)
            play_turn(engine, agency, road, engine.apply)
        for agency in HUMANS:
            assert engine.apply(EndTurn(agency)).ok
    if not engine.is_over:
        for agency, road in HUMANS.items():
            answer_with_the_last_choice(engine, agency)
            play_turn(engine, agency, road, engine.apply)
    return engine


# --- one game, every language --------------------------------------------------------------


@pytest.mark.parametrize("turns", [None, 5], ids=["a whole game", "a turn under way"])
def test_a_save_is_the_same_bytes_in_every_language(scenario: Scenario, turns: int | None,
                                                    pseudo: PseudoTranslation) -> None:
    with english():
        in_english = play(scenario, turns)
        news = in_english.state.news[-1].message
        said_in_english = render(news, scenario)
    again = play(scenario, turns)  # in the pseudo-language
    assert save.canonical_json(again) == save.canonical_json(in_english)
    assert pseudo.asked == 0, "the core asked for words while the game was played"
    # ... and the pseudo-language is really in force: the same news reads differently, so
    # a sentence written into the state would have made the saves differ
    said_in_pseudo = render(news, scenario)
    assert said_in_pseudo != said_in_english and said_in_pseudo.startswith(OPEN)


def test_a_game_saved_in_one_language_loads_and_reads_in_another(
        scenario: Scenario, pseudo: PseudoTranslation) -> None:
    engine = play(scenario, turns=3)
    data = json.loads(json.dumps(save.to_dict(engine)))  # saved in the pseudo-language
    with english():
        loaded = save.from_dict(scenario, data)
        assert save.canonical_json(loaded) == save.canonical_json(engine)
        assert all(OPEN not in render(item.message, scenario) for item in loaded.state.news)


# --- format 1: news saved as sentences -----------------------------------------------------


@pytest.fixture
def old_game(scenario: Scenario) -> Engine:
    """Two turns played, the third under way: held news, and answered events."""
    engine = play(scenario, turns=2)
    assert any(r.held_news for r in engine.state.current.values()), "no news was held"
    assert any(f.choice for r in engine.state.reports.values() for f in r.events), \
        "no team gave an answer other than the first"
    return engine


def test_a_format_1_save_loads_and_its_news_reads_as_it_was_saved(
        scenario: Scenario, old_game: Engine) -> None:
    loaded = save.from_dict(scenario, as_format_1(old_game))
    assert [render(n.message, scenario) for n in loaded.state.news] == [
        render(n.message, scenario) for n in old_game.state.news]
    assert all(n.message.text == VERBATIM for n in loaded.state.news)
    for aid, report in loaded.state.reports.items():
        assert [render(m, scenario) for m in report.news] == [
            render(m, scenario) for m in old_game.state.reports[aid].news]


def test_a_format_1_save_shows_its_old_words_in_any_language(
        scenario: Scenario, old_game: Engine, pseudo: PseudoTranslation) -> None:
    with english():
        old = as_format_1(old_game)  # saved in English
    loaded = save.from_dict(scenario, old)
    assert [render(n.message, scenario) for n in loaded.state.news] == [
        n["text"] for n in old["state"]["news"]]


def test_a_format_1_event_answer_becomes_the_number_of_that_answer(
        scenario: Scenario, old_game: Engine) -> None:
    loaded = save.from_dict(scenario, as_format_1(old_game))
    for key in ("reports", "current"):
        for aid, report in getattr(old_game.state, key).items():
            assert getattr(loaded.state, key)[aid].events == report.events


def test_a_format_1_answer_the_scenario_no_longer_has_is_kept_as_no_answer(
        scenario: Scenario, old_game: Engine) -> None:
    old = as_format_1(old_game)
    aid, fired = next((aid, f) for aid, r in old["state"]["reports"].items()
                      for f in r["events"] if "choice" in f)
    fired["choice"] = "An answer the scenario has since reworded"
    loaded = save.from_dict(scenario, old)
    assert [f.choice for f in loaded.state.reports[aid].events if f.event == fired["event"]
            ] == [None]


def test_a_format_1_save_puts_held_news_back_where_it_happened(
        scenario: Scenario, old_game: Engine) -> None:
    loaded = save.from_dict(scenario, as_format_1(old_game))
    for aid, report in old_game.state.current.items():
        again = loaded.state.current[aid]
        assert [h.place for h in again.held_news] == [h.place for h in report.held_news]
        assert [render(h.message, scenario) for h in again.held_news] == [
            render(h.message, scenario) for h in report.held_news]


def test_a_format_1_game_plays_on_as_the_same_game(scenario: Scenario,
                                                   old_game: Engine) -> None:
    loaded = save.from_dict(scenario, as_format_1(old_game))
    saved_news = len(old_game.state.news)
    for engine in (old_game, loaded):
        for agency in HUMANS:
            assert engine.apply(EndTurn(agency)).ok
    assert loaded.state.turn == old_game.state.turn == 3
    assert loaded.state.agencies == old_game.state.agencies
    assert save.to_dict(loaded)["rng"] == save.to_dict(old_game)["rng"]
    made_since = [n.message for n in loaded.state.news[saved_news:]]
    assert made_since and made_since == [n.message for n in old_game.state.news[saved_news:]]
    assert all(m.text != VERBATIM for m in made_since)  # news made after loading is typed


def test_a_damaged_format_1_save_is_refused_naming_the_problem(scenario: Scenario,
                                                              old_game: Engine) -> None:
    old = as_format_1(old_game)
    del old["state"]["news"][0]["text"]
    with pytest.raises(save.GameFormatError, match="the game data is damaged"):
        save.from_dict(scenario, old)
