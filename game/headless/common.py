"""What the headless commands share: loading a scenario for the CLI and playing a whole game."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.headless.errors import CliError
from game.headless.strategies import BEST, road_for, roads
from game.i18n import tr
from game.scenario import Scenario, ScenarioError, load_scenario

__all__ = ["CliError", "PlayedGame", "choose_agency", "fail", "load_for_cli", "play_game"]


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


@dataclass
class PlayedGame:
    engine: Engine
    agency: str
    road: str


def play_game(scenario: Scenario, seed: int, agency: str, strategy: str,
              on_turn: object = None, difficulty: str = "normal") -> PlayedGame:
    """Play a whole game for `agency` with a scripted strategy (a road, or 'random'),
    through engine.apply. For 'best', every road is played on this seed and the game with
    the player's best total is kept (`on_turn` then sees only that game, replayed)."""
    if strategy == BEST:
        best = max(roads(scenario, agency), key=lambda road: _total(
            play_game(scenario, seed, agency, road, difficulty=difficulty).engine, agency))
        return play_game(scenario, seed, agency, best, on_turn, difficulty)
    engine = new_game(scenario, seed=seed, humans=[agency], difficulty=difficulty)
    road = road_for(strategy, seed, roads(scenario, agency))
    while not engine.is_over:
        play_turn(engine, agency, road, engine.apply)
        result = engine.apply(EndTurn(agency))
        if not result.ok:  # a policy bug, not a player's: fail loudly
            raise RuntimeError(f"policy could not end the turn: {result.reason}")
        if callable(on_turn):
            on_turn(engine)
    return PlayedGame(engine, agency, road)


def _total(engine: Engine, agency: str) -> float:
    return next(s.total for s in engine.standings() if s.agency == agency)


def fail(error: CliError) -> int:
    sys.stderr.write(f"moonward: {error}\n")
    return error.code
