"""What the headless commands share: loading a scenario for the CLI and playing a whole game."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.i18n import tr
from game.scenario import Scenario, ScenarioError, load_scenario

ROADS = ("ilrs", "artemis", "independent")


class CliError(Exception):
    """A one-line problem for the command line, with the exit code to leave with."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def load_for_cli(path: str) -> Scenario:
    try:
        return load_scenario(Path(path))
    except ScenarioError as error:
        raise CliError("\n".join(str(p) for p in error.problems)) from None


def choose_agency(scenario: Scenario, agency: str | None) -> str:
    chosen = agency or scenario.scenario.default_agency or next(iter(scenario.agencies))
    if chosen not in scenario.agencies:
        known = ", ".join(scenario.agencies)
        raise CliError(tr("--agency: no agency '{a}' in this scenario (one of: {known})",
                          a=chosen, known=known), code=2)
    return chosen


def road_for(strategy: str, seed: int) -> str:
    """The 'random' strategy picks a road with the player's own dice, not the game's."""
    if strategy != "random":
        return strategy
    return ROADS[int(np.random.default_rng([seed, 7]).integers(len(ROADS)))]


@dataclass
class PlayedGame:
    engine: Engine
    agency: str
    road: str


def play_game(scenario: Scenario, seed: int, agency: str, strategy: str,
              on_turn: object = None, difficulty: str = "normal") -> PlayedGame:
    """Play a whole game for `agency` with a scripted strategy, through engine.apply."""
    engine = new_game(scenario, seed=seed, humans=[agency], difficulty=difficulty)
    road = road_for(strategy, seed)
    while not engine.is_over:
        play_turn(engine, agency, road, engine.apply)
        result = engine.apply(EndTurn(agency))
        if not result.ok:  # a policy bug, not a player's: fail loudly
            raise RuntimeError(f"policy could not end the turn: {result.reason}")
        if callable(on_turn):
            on_turn(engine)
    return PlayedGame(engine, agency, road)


def fail(error: CliError) -> int:
    sys.stderr.write(f"moonward: {error}\n")
    return error.code
