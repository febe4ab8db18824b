from __future__ import annotations

from typing import Any

import pytest

from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import Message
from game.messages import render
from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, load_scenario


@pytest.fixture(scope="session")
def scenario() -> Scenario:
    return load_scenario(DEFAULT_SCENARIO)


@pytest.fixture
def engine(scenario: Scenario) -> Engine:
    return new_game(scenario, seed=42, humans=["esa"])


def clear_pending(engine: Engine, agency: str = "esa") -> None:
    """Turn down offers and take the first answer of events, so the turn can end."""
    from game.core.commands import AnswerEvent, DeclineOffer

    for item in list(engine.pending(agency)):
        if item.kind == "offer":
            assert engine.apply(DeclineOffer(agency, item.ref)).ok
        else:
            assert engine.apply(AnswerEvent(agency, item.ref, 0)).ok


def words(engine: Engine, message: Message | None) -> str:
    """A message as the player reads it (English, unless a test chose otherwise)."""
    assert message is not None, "the engine gave no message"
    return render(message, engine.rules.scenario)


class Draws:
    """A generator that gives these draws in turn (the last one again when they run out):
    set as `engine.world.rng` to choose what a launch or an event's roll comes out as."""

    def __init__(self, *values: float) -> None:
        self.values = list(values)

    def random(self, size: int | None = None) -> Any:
        value = self.values.pop(0) if len(self.values) > 1 else self.values[0]
        return value if size is None else [value] * size
