"""`simulate --strategy all` relabels the roads' games as 'random' instead of playing them
again: the records must be those that playing them gives."""

from __future__ import annotations

from game.headless.batch import _play_chunk, run_games
from game.headless.strategies import roads
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario

SCENARIO = str(DEFAULT_SCENARIO)
ROADS = roads(load_scenario(DEFAULT_SCENARIO), "esa")


def test_random_s_records_are_those_its_games_give_when_played() -> None:
    records = [r for chunk in run_games(SCENARIO, "esa", [*ROADS, "random"], 9, 4, jobs=1)
               for r in chunk]
    assert [r.strategy for r in records] == [s for s in (*ROADS, "random") for _ in range(9)]
    reused = [r for r in records if r.strategy == "random"]
    assert reused == _play_chunk((SCENARIO, "esa", "random", list(range(4, 13))))


def test_random_alone_or_first_is_played_as_before() -> None:
    alone = [r for chunk in run_games(SCENARIO, "esa", ["random"], 3, 1, jobs=1) for r in chunk]
    first = [r for chunk in run_games(SCENARIO, "esa", ["random", *ROADS], 3, 1, jobs=1)
             for r in chunk]
    assert alone == first[:3] == _play_chunk((SCENARIO, "esa", "random", [1, 2, 3]))
