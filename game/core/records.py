"""What the engine says happened, as typed records: no sentence is ever written here.

A `Message` is a message id (the English text with `{placeholders}`, as `game.i18n.tr`
looks it up) and its arguments: numbers, plain strings, or `Ref`s to things the scenario
names (an agency, a milestone, a bloc). Words are chosen where a message is shown
(`game.messages.render`), so a save, a replay and the news are the same bytes in every
language and can be shown again in another.

A `TurnReport` is one agency's account of one turn: built while the turn is played, closed
when it resolves. Its money lines add up: carried in + income - dues + events - failures
- development - carry-over loss = money now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RefKind = Literal["agency", "milestone", "bloc", "first", "constraint", "axis", "event",
                  "effect"]


@dataclass(frozen=True)
class Ref:
    """A thing the scenario names, shown by its name in the player's language. A
    "first" is a milestone shown by its first's wording ("first crew on the Moon"); a
    "constraint" is `agency/constraint id`, shown by the constraint's documented text; an
    "axis" is a score axis ("science"), shown by its name in a sentence. An "event" is shown
    by its title; an "effect" is `event id/answer/place` (answer -1: the event's own
    effects), shown as the effect in words ("Public support +5 (game value)")."""

    kind: RefKind
    id: str


# A tuple of refs is shown as a list of names ("Lunar orbiter, Lunar lander").
Arg = Ref | int | float | str | tuple[Ref, ...]


@dataclass(frozen=True)
class Message:
    text: str  # the message id: English, with {placeholders} for `args`
    args: dict[str, Arg] = field(default_factory=dict)


def message(text: str, **args: Arg) -> Message:
    return Message(text, args)


def agency_ref(aid: str) -> Ref:
    return Ref("agency", aid)


def milestone_ref(mid: str) -> Ref:
    return Ref("milestone", mid)


def bloc_ref(bid: str) -> Ref:
    return Ref("bloc", bid)


def first_ref(mid: str) -> Ref:
    return Ref("first", mid)


def constraint_ref(aid: str, cid: str) -> Ref:
    return Ref("constraint", f"{aid}/{cid}")


def event_ref(eid: str) -> Ref:
    return Ref("event", eid)


def effect_ref(eid: str, choice: int, index: int) -> Ref:
    return Ref("effect", f"{eid}/{choice}/{index}")


# A message written by the game before messages were typed (a migrated save): its words
# are shown as they were saved.
VERBATIM = "{text}"


@dataclass
class NewsItem:
    turn: int
    agency: str  # whose doing it is
    message: Message


@dataclass
class HeldNews:
    """Hot-seat: news another team made while this one was still playing, held until the
    turn resolves and then put back at `place` in this team's news."""

    place: int
    message: Message


@dataclass
class ProgressLine:
    milestone: str
    before: float
    after: float
    spent: int


@dataclass
class LaunchStep:
    """One step flown. Steps fly in the milestone's order and stop at the first failure, so
    the n-th step of a launch is the milestone's n-th step: its name is the scenario's, in
    the language shown (`step_names`), and a save holds none (saves written with a `name`
    here still load: it is ignored)."""

    chance: float
    ok: bool


@dataclass
class Launch:
    milestone: str
    steps: list[LaunchStep]
    chance: float
    success: bool
    # A failed crewed flight: "safe" (an abort, the crew came home) or "lost"; None for a
    # robotic flight, a success, and launches saved before crews were told apart.
    crew: Literal["safe", "lost"] | None = None

    def step_names(self, steps: tuple[tuple[str, float], ...]) -> list[str]:
        """The names of the steps flown, from the milestone rule's (name, chance) steps."""
        return [name for (name, _chance), _flown in zip(steps, self.steps, strict=False)]


@dataclass
class FiredEvent:
    event: str
    choice: int | None = None  # the answer given, once given


@dataclass
class Order:
    """A standing order renewed at the start of the turn: `amount` of the `asked`."""

    milestone: str
    amount: int
    asked: int


@dataclass
class OrderCut:
    milestone: str
    amount: int


@dataclass
class AllocationCut:
    """Funding a loss of money cut in mid-turn, which the player did not choose."""

    milestone: str
    before: int
    after: int
    cause: Literal["failure", "event"]
    by: str = ""  # the milestone whose failure caused it, if one did


@dataclass
class Seat:
    """A partner's astronaut flew on the bloc lead's crewed mission (rule crew_seats)."""

    milestone: str
    lead: str
    prestige: int
    science: int


@dataclass
class TurnReport:
    turn: int
    scores_before: dict[str, float]
    # None: a report from a save made before the money lines were kept (it shows only the
    # money carried over, since its lines cannot be made to add up)
    money_start: int | None
    progress: list[ProgressLine] = field(default_factory=list)
    launches: list[Launch] = field(default_factory=list)
    events: list[FiredEvent] = field(default_factory=list)
    news: list[Message] = field(default_factory=list)
    held_news: list[HeldNews] = field(default_factory=list)
    achieved: list[str] = field(default_factory=list)
    income: int = 0
    dues_paid: int = 0
    event_money: int = 0
    failure_costs: int = 0
    deals_paid: int = 0  # instruments placed on other agencies' missions (negative)
    orders: list[Order] = field(default_factory=list)
    orders_ended: list[str] = field(default_factory=list)
    orders_cut: list[OrderCut] = field(default_factory=list)
    allocation_cuts: list[AllocationCut] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)  # this agency's crew seats flown
    # Set when the turn resolves (`closed`):
    closed: bool = False
    development_spent: int = 0
    unspent: int = 0
    carry_lost: int = 0
    scores_after: dict[str, float] = field(default_factory=dict)
    money_left: int = 0
