"""Hot-seat news: a team reads another team's launches of the same turn only once the turn
has resolved; the resolved report still tells the whole turn, in order."""

from __future__ import annotations

import json

import pytest

from game.core.commands import Attempt, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import HeldNews, Message, message
from game.core.save import GameFormatError, canonical_json, from_dict, to_dict
from game.core.state import Project
from game.core.world import with_held_news
from game.scenario import Scenario
from tests.core.conftest import clear_pending, words

STATION = "robotic_station"  # CNSA may fly it at once; it carries a 'first'


def ready(engine: Engine, aid: str, mid: str) -> None:
    """Set up a mission that is ready to fly (the test's starting position)."""
    rule = engine.rules.milestones[mid]
    engine.state.agencies[aid].projects[mid] = Project(
        progress=1.0, spent=rule.cost * 3, turns_funded=rule.min_turns, attempts=6)


def launched(scenario: Scenario) -> tuple[Engine, Message]:
    """A two-team game (CNSA, NASA) where CNSA has just flown its station successfully in
    the open turn, and the news that launch made."""
    for seed in range(40):
        engine = new_game(scenario, seed=seed, humans=["cnsa", "nasa"])
        clear_pending(engine, "cnsa")
        ready(engine, "cnsa", STATION)
        result = engine.apply(Attempt("cnsa", STATION))
        assert result.ok
        if result.launch.success:
            return engine, engine.current_report("cnsa").news[-1]
    raise AssertionError("no seed flew the station")


def test_another_team_s_launch_is_held_from_a_team_until_the_turn_resolves(
        scenario: Scenario) -> None:
    engine, line = launched(scenario)
    assert "achieves a first" in words(engine, line)
    assert line not in engine.current_report("nasa").news
    clear_pending(engine, "nasa")
    assert engine.apply(EndTurn("cnsa")).ok and engine.apply(EndTurn("nasa")).ok
    assert engine.state.turn == 1
    report = engine.last_report("nasa")
    assert line in report.news
    assert report.held_news == []
    assert all(r.held_news == [] for r in engine.state.current.values())


def test_the_resolved_report_keeps_the_news_in_the_order_it_happened() -> None:
    news = [message("dues unpaid"), message("NASA joins Artemis"), message("ESA leaves ILRS")]
    held = [HeldNews(1, message("CNSA achieves a first")),
            HeldNews(1, message("CNSA's lander failed")), HeldNews(3, message("last"))]
    assert [m.text for m in with_held_news(news, held)] == [
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
    state = to_dict(engine)["state"]
    assert all(report["held_news"] == [] for report in state["current"].values())


def test_held_news_goes_through_a_save_and_is_checked(scenario: Scenario) -> None:
    engine, line = launched(scenario)
    data = json.loads(json.dumps(to_dict(engine), sort_keys=True))
    loaded = from_dict(scenario, data)
    assert canonical_json(loaded) == canonical_json(engine)
    clear_pending(loaded, "nasa")
    assert loaded.apply(EndTurn("cnsa")).ok and loaded.apply(EndTurn("nasa")).ok
    assert line in loaded.last_report("nasa").news


def _said(text: str) -> dict[str, object]:
    """A news message as a save holds it."""
    return {"text": text, "args": {}}


@pytest.mark.parametrize("held,problem", [
    ("not a list", "state.current.nasa.held_news: "),
    ([{"place": "0", "message": _said("text")}], "state.current.nasa.held_news.0.place: "),
    ([{"place": 0, "message": 7}], "state.current.nasa.held_news.0.message: "),
    ([{"place": 0}], "state.current.nasa.held_news.0.message: Field required"),
    ([[0, "text"]], "state.current.nasa.held_news.0: "),  # as format 1 wrote it
    ([{"place": 99, "message": _said("beyond the news")}], "a turn report is damaged"),
    ([{"place": 1, "message": _said("later")}, {"place": 0, "message": _said("earlier")}],
     "a turn report is damaged"),
])
def test_damaged_held_news_is_refused_on_loading(scenario: Scenario, held: object,
                                                 problem: str) -> None:
    engine, _ = launched(scenario)
    data = json.loads(json.dumps(to_dict(engine)))
    data["state"]["current"]["nasa"]["news"] = [_said("a"), _said("b")]
    data["state"]["current"]["nasa"]["held_news"] = held
    with pytest.raises(GameFormatError) as refused:
        from_dict(scenario, data)
    assert str(refused.value).startswith(problem), str(refused.value)
