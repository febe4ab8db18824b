"""A scenario's `game: victory:` (format 2): the game ends when an agency achieves the
milestone, and with `winner: first` the agency that achieved it first is ranked first
whatever the totals, the standings saying it is the scenario's rule (game/core/scoring.py,
game/core/ranking.py)."""

from __future__ import annotations

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.ranking import explain
from game.core.rules import SCORE_AXES
from game.core.scoring import standings
from game.scenario import Scenario
from game.scenario.models import Victory
from tests.core.conftest import clear_pending, words

GOAL = "lunar_orbiter"


def with_victory(scenario: Scenario, winner: str) -> Scenario:
    game = scenario.game.model_copy(update={"victory": Victory(milestone=GOAL, winner=winner)})
    return scenario.model_copy(update={"game": game})


def played(scenario: Scenario, winner: str) -> Engine:
    """A game whose victory milestone Brazil achieves in the first turn, while NASA has far
    more points: the turn is ended, so the engine itself ends the game."""
    engine = new_game(with_victory(scenario, winner), seed=42, humans=["esa"])
    engine.state.firsts.pop(GOAL, None)
    for agency in engine.state.agencies.values():
        agency.achieved.pop(GOAL, None)
        agency.scores.update(dict.fromkeys(SCORE_AXES, 0.0))
    engine.state.agencies["nasa"].scores["science"] = 500.0
    engine.state.agencies["brazil"].achieved[GOAL] = 0
    clear_pending(engine)
    assert engine.apply(EndTurn("esa")).ok
    return engine


def test_the_victory_rule_reaches_the_engine_and_ends_the_game(scenario: Scenario) -> None:
    engine = played(scenario, "score")
    assert engine.rules.victory is not None and engine.rules.victory.milestone == GOAL
    assert engine.state.finished and engine.state.end_reason == "victory"


def test_winner_score_ranks_by_total_as_it_always_did(scenario: Scenario) -> None:
    engine = played(scenario, "score")
    listed = standings(engine.rules, engine.state)
    assert listed[0].agency == "nasa"
    assert [p.agency for p in explain(engine.rules, engine.state)] == [s.agency for s in listed]
    text = "\n".join(words(engine, m) for p in explain(engine.rules, engine.state)
                     for m in p.why)
    assert "This scenario's rule" not in text


def test_winner_first_ranks_the_first_to_achieve_it_first_whatever_the_totals(
        scenario: Scenario) -> None:
    engine = played(scenario, "first")
    listed = standings(engine.rules, engine.state)
    brazil, nasa = listed[0], next(s for s in listed if s.agency == "nasa")
    assert brazil.agency == "brazil" and brazil.rank == 1
    assert brazil.total < nasa.total and nasa.rank == 2  # the others by total
    totals = [s.total for s in listed[1:]]
    assert totals == sorted(totals, reverse=True)
    table = explain(engine.rules, engine.state)
    assert [(p.rank, p.agency) for p in table] == [(s.rank, s.agency) for s in listed]
    said = [words(engine, m) for m in table[0].why]
    lunar_orbiter = engine.rules.milestones[GOAL].name
    assert said[1] == (f"This scenario's rule (a game rule): the first agency to achieve "
                       f"{lunar_orbiter} wins, whatever the totals; Brazil achieved it "
                       "first, so it ranks first")
    assert any(line.startswith("Brazil ranked above NASA by this scenario's rule that the "
                               f"first to achieve {lunar_orbiter} wins (a game rule)")
               for line in said)


def test_winner_first_goes_to_the_earlier_of_two_agencies(scenario: Scenario) -> None:
    engine = new_game(with_victory(scenario, "first"), seed=42, humans=["esa"])
    state = engine.state
    for agency in state.agencies.values():
        agency.achieved.pop(GOAL, None)
    state.firsts.pop(GOAL, None)
    state.agencies["jaxa"].achieved[GOAL] = 3
    state.agencies["cnes"].achieved[GOAL] = 1
    state.agencies["jaxa"].scores["science"] = 900.0
    assert standings(engine.rules, state)[0].agency == "cnes"
