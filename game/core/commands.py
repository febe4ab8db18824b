"""Every player action is one of these: the UI, the AI and the headless runner all send them
through `Engine.apply`, so a game is its seed plus this list."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

from game.core.activity import answers_problem
from game.core.records import Launch, Message


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
class PlaceInstrument(Command):
    """Put an instrument on another agency's coming robotic mission (a bilateral deal,
    game/core/deals.py): paid now, its science comes when that mission succeeds."""

    name: ClassVar[str] = "place_instrument"
    host: str
    milestone: str


@dataclass(frozen=True)
class EndTurn(Command):
    name: ClassVar[str] = "end_turn"


@dataclass(frozen=True)
class RecordActivity(Command):
    """The class's answers to a source-judgement activity (game/scenario/activity.py).

    Accepted during and after a game (it changes nothing in play); a second run replaces
    the first. Each answer is (part, item, chosen, right), see game/core/activity.py.
    """

    name: ClassVar[str] = "record_activity"
    activity: str
    answers: tuple[tuple[str, str, str, str], ...]

    def to_dict(self) -> dict[str, Any]:
        # Lists, as JSON gives them back: a loaded game's command list equals the live one.
        return {"command": self.name, "agency": self.agency, "activity": self.activity,
                "answers": [list(answer) for answer in self.answers]}


COMMANDS: dict[str, type[Command]] = {
    cls.name: cls
    for cls in (Allocate, Attempt, JoinBloc, LeaveBloc, DeclineOffer, AnswerEvent, EndTurn,
                RecordActivity, PlaceInstrument)
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
        if key == "answers":
            values[key] = _answers(cls.name, value)
            continue
        wanted = int if expected[key] == "int" else str
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise CommandFormatError(f"command {cls.name!r}: {key} must be {wanted.__name__}")
    return cls(**values)


def _answers(name: str, value: Any) -> tuple[tuple[str, str, str, str], ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(a, list | tuple)
                                                      for a in value):
        raise CommandFormatError(f"command {name!r}: answers must be a list of lists")
    problem = answers_problem(value)
    if problem is not None:
        raise CommandFormatError(f"command {name!r}: {problem}")
    return tuple((a[0], a[1], a[2], a[3]) for a in value)


@dataclass(frozen=True)
class Result:
    """What became of a command: applied, or refused with a reason and nothing changed."""

    ok: bool
    reason: Message | None = None  # why not, for a refused command
    launch: Launch | None = None  # what an Attempt flew
    capped: int | None = None  # an Allocate above full speed: what was allocated


OK = Result(True)


def refused(reason: Message) -> Result:
    return Result(False, reason)
