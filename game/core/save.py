"""A game as JSON: the state, the generator's state, and the command list that made it."""

from __future__ import annotations

import json
from typing import Any

from game.core.commands import command_from_dict
from game.core.engine import Engine
from game.core.rng import restore_rng, rng_state
from game.core.rules import Rules
from game.core.state import GameState
from game.scenario.models import Scenario

GAME_FORMAT = 1


class GameFormatError(ValueError):
    """The game payload is not a game this engine can continue."""


def to_dict(engine: Engine) -> dict[str, Any]:
    state = engine.state
    return {
        "format": GAME_FORMAT,
        "scenario_id": state.scenario_id,
        "seed": state.seed,
        "humans": list(state.humans),
        "difficulty": state.difficulty,
        "commands": list(engine.commands),
        "state": state.to_dict(),
        "rng": rng_state(engine.rng),
    }


def canonical_json(engine: Engine) -> str:
    """Byte-stable text of a game, for comparing two runs."""
    return json.dumps(to_dict(engine), sort_keys=True, separators=(",", ":"))


def from_dict(scenario: Scenario, data: dict[str, Any]) -> Engine:
    """Rebuild an engine, checking the payload belongs to this scenario and is whole."""
    try:
        if data.get("format") != GAME_FORMAT:
            raise GameFormatError(f"game format {data.get('format')!r} is not {GAME_FORMAT}")
        if data["scenario_id"] != scenario.scenario.id:
            raise GameFormatError(
                f"it is a game of '{data['scenario_id']}', not '{scenario.scenario.id}'"
            )
        state = GameState.from_dict(data["state"])
        if set(state.agencies) != set(scenario.agencies):
            raise GameFormatError("its agencies do not match the scenario")
        commands = [command_from_dict(c).to_dict() for c in data["commands"]]
        rng = restore_rng(data["rng"])
    except GameFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise GameFormatError(f"the game data is damaged ({type(error).__name__}: {error})"
                              ) from None
    return Engine(Rules.from_scenario(scenario), state, rng, commands)


def replay(scenario: Scenario, data: dict[str, Any]) -> Engine:
    """Play the saved command list again from the seed: the same game, rebuilt."""
    engine = Engine.new(scenario, data["seed"], data["humans"], data["difficulty"])
    for raw in data["commands"]:
        engine.apply(command_from_dict(raw))
    return engine
