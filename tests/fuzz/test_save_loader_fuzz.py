"""The save loader returns a game that plays on, or the project's own SaveError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from game.core.commands import EndTurn
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.saves import SaveError
from game.saves.games import LoadedGame, load_game, save_game
from game.scenario import load_scenario
from tests.format_1 import as_format_1
from tests.fuzz.strategies import EXAMPLES, damaged_text, mutated

HERE = Path(__file__).parent
_FOLDER = Path(tempfile.mkdtemp(prefix="moonward-save-fuzz-"))
SETTINGS = settings(max_examples=EXAMPLES // 2, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def _make_save() -> tuple[str, dict[str, Any]]:
    """A save file's text, and the same game as save format 1 wrote it."""
    scenario_path = HERE / "seed_scenario.yaml"
    engine = new_game(load_scenario(scenario_path), seed=5, humans=["alpha"])
    for _ in range(2):
        play_turn(engine, "alpha", "keep", engine.apply)
        assert engine.apply(EndTurn("alpha")).ok
    path = _FOLDER / "good.json"
    save_game(path, engine, scenario_path, "fuzz")
    text = path.read_text(encoding="utf-8")
    return text, {**json.loads(text), "game": as_format_1(engine)}


SAVE_TEXT, SAVE_DATA_V1 = _make_save()
SAVE_DATA = json.loads(SAVE_TEXT)


def _load_and_play(raw: bytes) -> LoadedGame | None:
    path = _FOLDER / "case.json"
    path.write_bytes(raw)
    try:
        loaded = load_game(path, folders=[HERE])
    except SaveError as error:
        assert error.message and "\n" not in error.message
        return None
    engine = loaded.engine
    if not engine.is_over:  # a game that loads must also play on
        for human in engine.state.humans:
            play_turn(engine, human, "keep", engine.apply)
            engine.apply(EndTurn(human))
    return loaded


def test_the_fuzz_save_itself_loads_and_plays_on() -> None:
    assert _load_and_play(SAVE_TEXT.encode()) is not None


@SETTINGS
@given(mutated(SAVE_DATA))
def test_mutated_saves_load_or_fail_with_a_save_error(data: object) -> None:
    _load_and_play(json.dumps(data).encode("utf-8"))


def test_the_fuzz_save_as_format_1_loads_and_plays_on() -> None:
    loaded = _load_and_play(json.dumps(SAVE_DATA_V1).encode("utf-8"))
    assert loaded is not None and loaded.engine.state.news


@SETTINGS
@given(mutated(SAVE_DATA_V1))
def test_mutated_format_1_saves_load_or_fail_with_a_save_error(data: object) -> None:
    # the migration reads the old shapes before any check: it must not crash on them
    _load_and_play(json.dumps(data).encode("utf-8"))


@SETTINGS
@given(damaged_text(SAVE_TEXT))
def test_damaged_save_files_load_or_fail_with_a_save_error(raw: bytes) -> None:
    _load_and_play(raw)
