"""The game's state: plain data the engine alone writes, and that round-trips through JSON.

Mutable on purpose: the engine updates it in place each turn (copying a whole game per
turn would cost more than the rules themselves). Nothing outside `game.core.engine`
assigns to it; the UI reads it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from game.core.records import NewsItem, TurnReport


@dataclass
class Project:
    """An agency's work on one milestone."""

    progress: float = 0.0  # 0..1
    spent: int = 0
    turns_funded: int = 0
    attempts: int = 0
    attempted_turn: int = -1  # one attempt per milestone per turn


@dataclass
class JointProject(Project):
    """A bloc's one project on one of its own milestones, under joint construction
    (game/core/station.py): every member's funding adds to it."""

    contributions: dict[str, int] = field(default_factory=dict)  # agency -> money put in
    pool: dict[str, int] = field(default_factory=dict)  # this turn's funding, per member


@dataclass
class AgencyState:
    id: str
    money: int
    support: int
    bloc: str | None
    achieved: dict[str, int] = field(default_factory=dict)  # milestone -> turn (-1: before start)
    projects: dict[str, Project] = field(default_factory=dict)
    allocation: dict[str, int] = field(default_factory=dict)  # this turn's funding
    trust: dict[str, int] = field(default_factory=dict)  # partner agency -> 0..100
    constraints: list[str] = field(default_factory=list)  # ids still in force
    declined: list[str] = field(default_factory=list)  # bloc offers turned down
    scores: dict[str, float] = field(default_factory=dict)
    income: int = 0  # this turn's income, for display
    wasted: int = 0  # this turn's money beyond full speed
    ended_turn: bool = False
    # Bloc -> millions contributed toward a seat on the lead's next crewed flight (the
    # crew_seats rule, game/core/accords.py); kept per bloc, so a switch starts afresh.
    seat_credit: dict[str, int] = field(default_factory=dict)
    # No crewed attempt before this turn: the stand-down after a crew is lost (a game rule).
    crew_grounded_until: int = 0
    # Millions a year budget effects of events added to (or took from) the scenario's
    # budget_per_year, from the turn they landed on (game/core/events.py).
    budget_change: int = 0
    # Indices into the scenario's `game.bonuses` this agency has earned (game/core/bonuses.py).
    bonuses: list[int] = field(default_factory=list)


@dataclass
class Deal:
    """An instrument `owner` has placed on `host`'s coming `milestone` mission (a bilateral
    deal, as with the French instrument on Chang'e 6): open until that mission flies."""

    owner: str
    host: str
    milestone: str
    turn: int  # when it was agreed


@dataclass
class Pending:
    """Something waiting for a human agency's answer: an event's choice or a bloc offer."""

    agency: str
    kind: str  # "event" or "offer"
    ref: str  # event id, or bloc id for an offer


@dataclass
class Scheduled:
    """An event's effect waiting for its turn (`after_turns`), or a follow-up event: kept as
    a reference into the scenario (which event, which answer, which effect), not as a copy,
    so a save holds what the scenario says and the effect is applied as written there."""

    agency: str  # the addressee: `self` in the effect means this agency
    event: str
    choice: int  # the answer whose effect it is; -1: one of the event's own effects
    effect: int  # its place in that list of effects
    due: int  # the turn it lands on (at the start of that turn)


@dataclass
class GameState:
    scenario_id: str
    seed: int
    difficulty: str
    humans: list[str]
    turn: int
    turn_count: int
    agencies: dict[str, AgencyState]
    firsts: dict[str, tuple[str, int]] = field(default_factory=dict)  # milestone -> (agency, turn)
    fired: dict[str, int] = field(default_factory=dict)  # event id -> times fired
    fired_turn: dict[str, int] = field(default_factory=dict)  # event id -> turn it last fired
    pending: list[Pending] = field(default_factory=list)
    news: list[NewsItem] = field(default_factory=list)
    history: dict[str, dict[str, list[float]]] = field(default_factory=dict)  # agency->axis->series
    reports: dict[str, TurnReport] = field(default_factory=dict)  # agency -> last turn's
    current: dict[str, TurnReport] = field(default_factory=dict)  # agency -> being built
    finished: bool = False
    end_reason: str = ""
    # The class's last run of the source-judgement activity, or {} (see RecordActivity):
    # {"activity": id, "answers": [[part, item, chosen, right]], "scores": [[part, right, asked]]}
    activity: dict[str, Any] = field(default_factory=dict)
    # Joint construction (game/core/station.py): bloc -> its milestone -> the bloc's project.
    joint: dict[str, dict[str, JointProject]] = field(default_factory=dict)
    deals: list[Deal] = field(default_factory=list)  # open bilateral deals (game/core/deals.py)
    # Agency -> event id -> the answers (by place) it took, in order: what `chose` reads.
    choices: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    scheduled: list[Scheduled] = field(default_factory=list)  # delayed effects, follow-ups

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON; `game.core.save.load_state` is the way back, checked."""
        return asdict(self)
