"""Hot-seat news: a team reads another team's launches of the same turn only once the turn
has resolved; the resolved report still tells the whole turn, in order."""

from __future__ import annotations

import json

import pytest

from game.core.commands import Attempt, EndTurn
from game.core.engine import Engine, with_held_news
from game.core.new_game import new_game
from game.core.save import GameFormatError, canonical_json, check_state, from_dict, to_dict
from game.core.state import Project
from game.scenario import Scenario
from tests.core.conftest import clear_pending

STATION = "robotic_station"  # CNSA may fly it at once; it carries a 'first'


def ready(engine: Engine, aid: str, mid: str) -> None:
    """Set up a mission that is ready to fly (the test's starting position)."""
    rule = engine.rules.milestones[mid]
    engine.state.agencies[aid].projects[mid] = Project(
        progress=1.0, spent=rule.cost * 3, turns_funded=rule.min_turns, attempts=6)


def launched(scenario: Scenario) -> tuple[Engine, str]:
    """A two-team game (CNSA, NASA) where CNSA has just flown its station successfully in
    the open turn, and the news line that launch made."""
    for seed in range(40):
        engine = new_game(scenario, seed=seed, humans=["cnsa", "nasa"])
        clear_pending(engine, "cnsa")
        ready(engine, "cnsa", STATION)
        result = engine.apply(Attempt("cnsa", STATION))
        assert result.ok
        if result.launch.success:
            return engine, engine.current_report("cnsa")["news"][-1]
    raise AssertionError("no seed flew the station")


def test_another_team_s_launch_is_held_from_a_team_until_the_turn_resolves(
        scenario: Scenario) -> None:
    engine, line = launched(scenario)
    assert "achieves a first" in line
    assert line not in engine.current_report("nasa")["news"]
    clear_pending(engine, "nasa")
    assert engine.apply(EndTurn("cnsa")).ok and engine.apply(EndTurn("nasa")).ok
    assert engine.state.turn == 1
    report = engine.last_report("nasa")
    assert line in report["news"]
    assert "held_news" not in report
    assert all("held_news" not in r for r in engine.state.current.values())


def test_the_resolved_report_keeps_the_news_in_the_order_it_happened() -> None:
    news = ["dues unpaid", "NASA joins Artemis", "ESA leaves ILRS"]
    held = [[1, "CNSA achieves a first"], [1, "CNSA's lander failed"], [3, "last"]]
    assert with_held_news(news, held) == [
        "dues unpaid", "CNSA achieves a first", "CNSA's lander failed", "NASA joins Artemis",
        "ESA leaves ILRS", "last"]
    assert with_held_news(news, []) == news


def test_another_team_s_achievement_of_this_turn_is_unknown_until_it_resolves(
        scenario: Scenario) -> None:
    engine, _ = launched(scenario)
    assert STATION not in engine.known_achieved("nasa", "cnsa")
    view = engine.milestone_view("nasa", STATION)
    assert "cnsa" not in view.achieved_by and view.first_holder is None
    assert STATION not in {row["milestone"] for row in engine.history_comparison("nasa")}
    # the team that flew it, and the computer's agencies, know at once
    assert engine.milestone_view("cnsa", STATION).first_holder == "cnsa"
    assert STATION in engine.known_achieved("esa", "cnsa")
    clear_pending(engine, "nasa")
    assert engine.apply(EndTurn("cnsa")).ok and engine.apply(EndTurn("nasa")).ok
    view = engine.milestone_view("nasa", STATION)
    assert "cnsa" in view.achieved_by and view.first_holder == "cnsa"


def test_a_single_player_game_holds_nothing_back(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["cnsa"])
    clear_pending(engine, "cnsa")
    ready(engine, "cnsa", STATION)
    assert engine.apply(Attempt("cnsa", STATION)).ok
    assert "held_news" not in json.dumps(to_dict(engine))


def test_held_news_goes_through_a_save_and_is_checked(scenario: Scenario) -> None:
    engine, line = launched(scenario)
    data = json.loads(json.dumps(to_dict(engine), sort_keys=True))
    loaded = from_dict(scenario, data)
    assert canonical_json(loaded) == canonical_json(engine)
    clear_pending(loaded, "nasa")
    assert loaded.apply(EndTurn("cnsa")).ok and loaded.apply(EndTurn("nasa")).ok
    assert line in loaded.last_report("nasa")["news"]


@pytest.mark.parametrize("held", [
    "not a list",
    [["0", "text"]],
    [[0, 7]],
    [[0]],
    [[99, "beyond the news"]],
    [[1, "later"], [0, "earlier"]],
])
def test_damaged_held_news_is_refused_on_loading(scenario: Scenario, held: object) -> None:
    engine, _ = launched(scenario)
    engine.state.current["nasa"]["news"] = ["a", "b"]
    engine.state.current["nasa"]["held_news"] = held
    with pytest.raises(GameFormatError, match="a turn report is damaged"):
        check_state(engine.rules, engine.state)
