from __future__ import annotations

import pytest

from game.headless.common import CliError, choose_agency, play_game
from game.headless.strategies import road_for

ROADS = ("bloc:ilrs", "bloc:artemis", "independent")


def test_the_random_strategy_picks_a_road_from_the_seed() -> None:
    assert road_for("random", 5, ROADS) == road_for("random", 5, ROADS)
    assert road_for("random", 5, ROADS) in ROADS
    assert {road_for("random", seed, ROADS) for seed in range(30)} == set(ROADS)
    assert road_for("bloc:artemis", 5, ROADS) == "bloc:artemis"


def test_the_scenario_s_default_agency_is_played_when_none_is_named(scenario) -> None:
    assert choose_agency(scenario, None) == scenario.scenario.default_agency == "esa"
    assert choose_agency(scenario, "jaxa") == "jaxa"
    with pytest.raises(CliError) as error:
        choose_agency(scenario, "nobody")
    assert error.value.code == 2


def test_a_played_game_runs_to_its_end(scenario) -> None:
    game = play_game(scenario, 3, "jaxa", "independent")
    assert game.engine.is_over and game.agency == "jaxa" and game.road == "independent"
    assert game.engine.state.agencies["jaxa"].bloc is None
