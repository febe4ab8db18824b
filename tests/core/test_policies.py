from __future__ import annotations

import pytest

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import plan_turn, play_turn


@pytest.mark.parametrize("road", ["ilrs", "artemis", "independent"])
def test_each_road_takes_its_agency_where_it_says(scenario, road: str) -> None:
    engine = new_game(scenario, seed=2, humans=["esa"])
    play_turn(engine, "esa", road, engine.apply)
    assert engine.state.agencies["esa"].bloc == (None if road == "independent" else road)
    assert engine.apply(EndTurn("esa")).ok


def test_a_policy_s_commands_are_all_accepted_by_the_engine(scenario) -> None:
    engine = new_game(scenario, seed=4, humans=["esa"])
    refusals = []

    def apply(command):
        result = engine.apply(command)
        if not result.ok:
            refusals.append((command, result.reason))
        return result

    while not engine.is_over:
        play_turn(engine, "esa", "artemis", apply)
        engine.apply(EndTurn("esa"))
    assert refusals == []


def test_planning_does_not_change_the_state(engine: Engine) -> None:
    from game.core.save import canonical_json

    before = canonical_json(engine)
    plan_turn(engine, "esa", "ilrs")
    assert canonical_json(engine) == before


def test_rivals_achieve_milestones_on_their_own(scenario) -> None:
    engine = new_game(scenario, seed=9, humans=["esa"])
    while not engine.is_over:
        from tests.core.conftest import clear_pending

        clear_pending(engine)
        engine.apply(EndTurn("esa"))
    rivals = [a for a in engine.state.agencies.values() if a.id != "esa"]
    assert any(t >= 0 for a in rivals for t in a.achieved.values())


def test_a_milestone_costing_nothing_does_not_stop_the_computer_players(scenario) -> None:
    # The loader refuses cost 0 (E-LIMIT); a scenario built in code could still hold it.
    free = {mid: m.model_copy(update={"game": m.game.model_copy(update={"cost": 0})})
            for mid, m in scenario.milestones.items()}
    engine = new_game(scenario.model_copy(update={"milestones": free}), seed=3,
                        humans=["esa"])
    for _ in range(3):
        play_turn(engine, "esa", "ilrs", engine.apply)
        assert engine.apply(EndTurn("esa")).ok
