"""Every player action is one of these: the UI, the AI and the headless runner all send them
through `Engine.apply`, so a game is its seed plus this list."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Command:
    name: ClassVar[str] = ""
    agency: str

    def to_dict(self) -> dict[str, Any]:
        # Flat fields of str and int: no need for asdict's deep copy on every command.
        return {"command": self.name, **self.__dict__}


@dataclass(frozen=True)
class Allocate(Command):
    """Set this turn's funding for one milestone (replaces the earlier amount)."""

    name: ClassVar[str] = "allocate"
    milestone: str
    amount: int


@dataclass(frozen=True)
class Attempt(Command):
    """Fly a mission whose development is complete."""

    name: ClassVar[str] = "attempt"
    milestone: str


@dataclass(frozen=True)
class JoinBloc(Command):
    name: ClassVar[str] = "join_bloc"
    bloc: str


@dataclass(frozen=True)
class LeaveBloc(Command):
    name: ClassVar[str] = "leave_bloc"


@dataclass(frozen=True)
class DeclineOffer(Command):
    name: ClassVar[str] = "decline_offer"
    bloc: str


@dataclass(frozen=True)
class AnswerEvent(Command):
    name: ClassVar[str] = "answer_event"
    event: str
    choice: int


@dataclass(frozen=True)
class EndTurn(Command):
    name: ClassVar[str] = "end_turn"


COMMANDS: dict[str, type[Command]] = {
    cls.name: cls
    for cls in (Allocate, Attempt, JoinBloc, LeaveBloc, DeclineOffer, AnswerEvent, EndTurn)
}


class CommandFormatError(ValueError):
    pass


def command_from_dict(data: dict[str, Any]) -> Command:
    """Rebuild a command from its saved form, refusing anything malformed."""
    if not isinstance(data, dict):
        raise CommandFormatError("a command must be an object")
    cls = COMMANDS.get(str(data.get("command")))
    if cls is None:
        raise CommandFormatError(f"unknown command {data.get('command')!r}")
    expected = {f.name: f.type for f in fields(cls)}
    values = {k: v for k, v in data.items() if k != "command"}
    if set(values) != set(expected):
        raise CommandFormatError(f"command {cls.name!r} has fields {sorted(values)}")
    for key, value in values.items():
        wanted = int if expected[key] == "int" else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise CommandFormatError(f"command {cls.name!r}: {key} must be {wanted.__name__}")
    return cls(**values)
