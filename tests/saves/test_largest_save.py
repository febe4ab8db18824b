"""The largest game the scenario limits allow saves, and its save loads again."""

from __future__ import annotations

from pathlib import Path

from game.core.save import canonical_json
from game.saves.envelope import MAX_SAVE_BYTES
from game.saves.games import load_game, save_game
from tests.saves.largest_game import TEAMS, largest_game


def test_the_largest_game_the_limits_allow_saves_far_below_the_cap_and_loads_back(
        tmp_path: Path) -> None:
    engine, scenario_path = largest_game(tmp_path)
    assert engine.is_over
    path = tmp_path / "largest.json"
    save_game(path, engine, scenario_path, "The longest game", TEAMS)
    # Measured at 0.6 MB: the cap leaves room for a class that tries many amounts a turn
    # (each try is a recorded command of about 80 bytes).
    assert path.stat().st_size * 10 < MAX_SAVE_BYTES
    loaded = load_game(path, folders=[tmp_path])
    assert canonical_json(loaded.engine) == canonical_json(engine)
    assert loaded.teams == TEAMS
