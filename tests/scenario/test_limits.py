"""Limits of the format: the largest scenario they allow validates, plays and saves."""

from __future__ import annotations

from pathlib import Path

from game.headless.common import play_game
from game.saves.games import load_game, save_game
from game.scenario import check_file, limits
from tests.fixtures.largest import write_largest_scenario


def test_the_largest_scenario_fits_in_the_largest_file(tmp_path: Path) -> None:
    path = write_largest_scenario(tmp_path / "largest.yaml")
    assert limits.MAX_FILE_BYTES * 0.9 < path.stat().st_size <= limits.MAX_FILE_BYTES


def test_the_largest_scenario_validates_without_any_problem(tmp_path: Path) -> None:
    scenario, problems = check_file(write_largest_scenario(tmp_path / "largest.yaml"))
    assert problems == []
    assert scenario is not None
    assert len(scenario.milestones) == limits.MAX_MILESTONES
    assert len(scenario.events) == limits.MAX_EVENTS
    assert len(scenario.agencies) == limits.MAX_AGENCIES
    assert len(scenario.blocs) == limits.MAX_BLOCS
    assert max(len(m.description) for m in scenario.milestones.values()) \
        == limits.MAX_TEXT_CHARS
    assert max(len(m.name) for m in scenario.milestones.values()) == limits.MAX_NAME_CHARS


def test_the_largest_scenario_writes_its_chain_last_milestone_first(tmp_path: Path) -> None:
    scenario, _ = check_file(write_largest_scenario(tmp_path / "largest.yaml"))
    assert scenario is not None
    ids = list(scenario.milestones)
    assert ids == sorted(ids, reverse=True)
    assert all(ids[i + 1] in scenario.milestones[mid].requires
               for i, mid in enumerate(ids[:-1]))


def test_the_largest_scenario_plays_a_whole_game_and_its_save_loads_again(
        tmp_path: Path) -> None:
    path = write_largest_scenario(tmp_path / "largest.yaml")
    scenario, _ = check_file(path)
    assert scenario is not None
    game = play_game(scenario, seed=5, agency="a00", strategy="ilrs")
    assert game.engine.is_over
    assert game.engine.state.turn_count == limits.MAX_TURNS
    save = tmp_path / "largest.json"
    save_game(save, game.engine, path, "largest")
    loaded = load_game(save, folders=[tmp_path])
    assert loaded.engine.state.turn == game.engine.state.turn
