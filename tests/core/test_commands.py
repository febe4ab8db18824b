from __future__ import annotations

import dataclasses

import pytest

from game.core.commands import (
    COMMANDS,
    Allocate,
    AnswerEvent,
    CommandFormatError,
    EndTurn,
    command_from_dict,
)


def test_every_command_round_trips_through_its_dict() -> None:
    for command in (Allocate("esa", "lunar_orbiter", 100), AnswerEvent("esa", "x", 1),
                    EndTurn("esa")):
        assert command_from_dict(command.to_dict()) == command


def test_commands_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Allocate("esa", "lunar_orbiter", 1).amount = 2  # type: ignore[misc]


def test_every_command_names_its_agency() -> None:
    for cls in COMMANDS.values():
        assert "agency" in {f.name for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("raw", [
    {"command": "fly_to_mars", "agency": "esa"},
    {"command": "allocate", "agency": "esa", "milestone": "x"},
    {"command": "allocate", "agency": "esa", "milestone": "x", "amount": "10"},
    {"command": "allocate", "agency": "esa", "milestone": "x", "amount": True},
    ["not", "a", "dict"],
])
def test_a_malformed_command_is_refused(raw: object) -> None:
    with pytest.raises(CommandFormatError):
        command_from_dict(raw)  # type: ignore[arg-type]
