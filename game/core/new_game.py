"""A game as the game is played: the engine with the scripted policy for every agency no
player runs (the engine is given its rivals; it never imports them)."""

from __future__ import annotations

from game.core.engine import Engine
from game.core.policies import rival
from game.core.rules import Tuning
from game.scenario.models import Scenario


def new_game(scenario: Scenario, seed: int, humans: list[str], difficulty: str = "normal",
             tuning: Tuning | None = None) -> Engine:
    return Engine.new(scenario, seed, humans, difficulty, tuning, rivals=rival)
