"""Whole games through save files: the same future after loading, and clear refusals."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.core.save import canonical_json
from game.dates import date_of
from game.paths import SCENARIOS_DIR
from game.saves import SaveError, SaveSlots
from game.saves.games import autosave_game, load_game, save_game, save_named_game
from game.scenario import load_scenario

SOURCE = SCENARIOS_DIR / "whatif_newcomer.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    shutil.copy(SOURCE, scenarios / SOURCE.name)
    return scenarios


def _play(engine: Engine, turns: int) -> None:
    for _ in range(turns):
        play_turn(engine, "esa", "artemis", engine.apply)
        assert engine.apply(EndTurn("esa")).ok


def _new_game(folder: Path) -> Engine:
    return new_game(load_scenario(folder / SOURCE.name), seed=11, humans=["esa"])


def test_a_loaded_game_plays_on_exactly_as_the_saved_one_would_have(folder: Path,
                                                                   tmp_path: Path) -> None:
    original = _new_game(folder)
    _play(original, 3)
    save_game(tmp_path / "mid.json", original, folder / SOURCE.name, "mid-game")
    loaded = load_game(tmp_path / "mid.json", folders=[folder]).engine
    assert canonical_json(loaded) == canonical_json(original)
    _play(original, 4)
    _play(loaded, 4)
    assert canonical_json(loaded) == canonical_json(original)


def test_a_save_whose_scenario_changed_is_refused_and_left_alone(folder: Path,
                                                                tmp_path: Path) -> None:
    save_game(tmp_path / "g.json", _new_game(folder), folder / SOURCE.name, "g")
    before = (tmp_path / "g.json").read_bytes()
    with (folder / SOURCE.name).open("a", encoding="utf-8") as handle:
        handle.write("\n# a teacher's edit\n")
    with pytest.raises(SaveError, match="has changed since the game was saved"):
        load_game(tmp_path / "g.json", folders=[folder])
    assert (tmp_path / "g.json").read_bytes() == before


def test_a_save_whose_scenario_is_missing_says_where_to_put_it(folder: Path,
                                                              tmp_path: Path) -> None:
    save_game(tmp_path / "g.json", _new_game(folder), folder / SOURCE.name, "g")
    (folder / SOURCE.name).unlink()
    with pytest.raises(SaveError, match="is not installed"):
        load_game(tmp_path / "g.json", folders=[folder])


def test_autosaves_and_named_slots_carry_team_names(folder: Path, tmp_path: Path) -> None:
    slots = SaveSlots(tmp_path / "saves")
    engine = _new_game(folder)
    for _ in range(7):
        _play(engine, 1)
        autosave_game(slots, engine, folder / SOURCE.name, {"Red": "esa"})
    save_named_game(slots, "Friday", engine, folder / SOURCE.name, {"Red": "esa"})
    kinds = [info.kind for info in slots.list()]
    assert kinds.count("auto") == 5 and kinds.count("named") == 1
    newest = load_game(slots.newest().path, folders=[folder])
    assert newest.teams == {"Red": "esa"}
    assert newest.engine.state.turn == 7


def test_a_finished_game_is_listed_as_game_over_not_a_turn_after_the_end(
        folder: Path, tmp_path: Path) -> None:
    slots = SaveSlots(tmp_path / "saves")
    engine = _new_game(folder)
    _play(engine, engine.state.turn_count)
    assert engine.is_over
    autosave_game(slots, engine, folder / SOURCE.name)
    saved = load_game(slots.newest().path, folders=[folder])
    last = date_of(engine, engine.state.turn_count - 1)
    assert saved.envelope.turn_label == f"game over ({last})"


CLASS = {"Red": "cnsa", "Blue": "nasa", "Green": "esa"}  # not alphabetical on purpose


def _team_game(folder: Path, tmp_path: Path) -> Path:
    engine = new_game(load_scenario(folder / SOURCE.name), seed=11, humans=list(CLASS.values()))
    path = tmp_path / "class.json"
    save_game(path, engine, folder / SOURCE.name, "class", CLASS)
    return path


def _rewrite_teams(path: Path, teams: object) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["game"]["teams"] = teams
    path.write_text(json.dumps(document, sort_keys=True), encoding="utf-8")


def test_teams_are_saved_as_pairs_in_the_order_the_class_chose(folder: Path,
                                                              tmp_path: Path) -> None:
    path = _team_game(folder, tmp_path)
    saved = json.loads(path.read_text(encoding="utf-8"))["game"]["teams"]
    assert saved == [["Red", "cnsa"], ["Blue", "nasa"], ["Green", "esa"]]
    assert list(load_game(path, folders=[folder]).teams.items()) == list(CLASS.items())


def test_an_old_save_with_teams_as_an_object_still_loads_in_the_class_order(
        folder: Path, tmp_path: Path) -> None:
    path = _team_game(folder, tmp_path)
    _rewrite_teams(path, dict(sorted(CLASS.items())))  # what older saves held: sorted keys
    # the game's players kept the class's order, so the teams get it back
    assert list(load_game(path, folders=[folder]).teams.items()) == list(CLASS.items())


@pytest.mark.parametrize(("teams", "reason"), [
    ("Red", "teams: not a list of [name, agency] pairs"),
    ([["Red", "cnsa"], ["Blue"]], "each team must be a [name, agency] pair"),
    ([["Red", "cnsa"], ["Blue", 3], ["Green", "esa"]], "each team must be a [name, agency] pair"),
    ([["Red", "cnsa"], ["Blue", "jaxa"], ["Green", "esa"]], "Blue plays 'jaxa', which is not"),
    ([["Red", "cnsa"], ["Red", "nasa"], ["Green", "esa"]], "two teams are called Red"),
    ([["Red", "cnsa"], ["Blue", "nasa"]], "the teams do not match the game's players"),
    ({"Red": "cnsa", "Blue": "ma\nrs"}, "Blue plays 'ma rs'"),
    ({"Red": "cnsa", "Blue\nBlue": "nasa", "Green": "esa"}, "a team's name is not one short"),
    ([["Red", "cnsa"], ["B" * 100, "nasa"], ["Green", "esa"]], "a team's name is not one short"),
])
def test_damaged_teams_are_refused_in_one_line(folder: Path, tmp_path: Path, teams: object,
                                               reason: str) -> None:
    path = _team_game(folder, tmp_path)
    _rewrite_teams(path, teams)
    with pytest.raises(SaveError, match=re.escape(reason)) as error:
        load_game(path, folders=[folder])
    assert "\n" not in str(error.value)


def test_a_save_made_before_its_scenario_was_migrated_in_place_plays_on(
        tmp_path: Path) -> None:
    """`migrate FILE --out FILE` keeps the version 1 file as FILE.v1.bak, which the save
    finds by its digest: the game continues exactly, on the file it was saved with."""
    from game.cli import main

    folder = tmp_path / "scenarios"
    folder.mkdir()
    old = folder / "lesson.yaml"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "valid" / "format_1_moon_2021.yaml",
                old)
    engine = new_game(load_scenario(old), seed=11, humans=["esa"])
    _play(engine, 2)
    save_game(tmp_path / "g.json", engine, old, "g")
    assert main(["migrate", str(old), "--out", str(old)]) == 0
    loaded = load_game(tmp_path / "g.json", folders=[folder])
    assert loaded.scenario_path == folder / "lesson.yaml.v1.bak"
    assert canonical_json(loaded.engine) == canonical_json(engine)
