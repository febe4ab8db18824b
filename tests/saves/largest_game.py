"""The largest game the scenario limits allow, for measuring what its save weighs.

The largest scenario (tests/fixtures/largest.py: MAX_TURNS turns, MAX_AGENCIES agencies
with the longest names, MAX_MILESTONES milestones, MAX_EVENTS events) played to its end by
four hot-seat teams that fund every milestone they can each turn.
"""

from __future__ import annotations

from pathlib import Path

from game.core.commands import Allocate, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.scenario import Scenario, load_scenario
from game.scenario.limits import MAX_TURNS
from tests.fixtures.largest import AGENCIES, write_largest_scenario

# The richest agency first (the fixture gives every other one the smallest budget), so
# both a team that can fund everything and teams that can fund little are recorded.
TEAMS = dict(zip(("Red team of class 4B, row 1", "Blue team of class 4B, row",
                  "Green team of class 4B, row", "Gold team of class 4B, row 4"),
                 AGENCIES, strict=False))


def largest_scenario(folder: Path) -> Path:
    return write_largest_scenario(folder / "largest.yaml")


def play_largest_game(scenario: Scenario, clicks: int = 3) -> Engine:
    """Play to the end; each team funds every milestone it may, `clicks` times over (a
    class trying amounts records each try), then lets its policy play and ends its turn."""
    engine = new_game(scenario, seed=1, humans=list(TEAMS.values()))
    assert engine.rules.calendar.turn_count == MAX_TURNS
    while not engine.is_over:
        for aid in TEAMS.values():
            for click in range(clicks):
                for mid in engine.rules.milestones:
                    engine.apply(Allocate(aid, mid, 10 + click))
            play_turn(engine, aid, "keep", engine.apply)
            engine.apply(EndTurn(aid))
    return engine


def largest_game(folder: Path) -> tuple[Engine, Path]:
    path = largest_scenario(folder)
    return play_largest_game(load_scenario(path)), path
