"""Typed, immutable scenario models: what a scenario file may say, and nothing else.

Two kinds of content live side by side and must never be confused:
- statements about the world (facts, events, history, principles), each citing sources;
- game values (budgets, costs, chances, scores), which the sources do not give and which
  therefore always sit under a key named `game`, so a reader of the file, the `facts`
  command and the screens can all tell them apart.

Cross-references (a milestone naming another, an event naming an agency) are plain ids
here and are checked in `checks.py`, where every error of a file is gathered at once.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

from game.claims import Claim
from game.scenario import limits
from game.scenario.game_section import GameValues, build_section

FORMAT_VERSION = 2  # version 1 files are migrated on reading (game/scenario/migrate.py)

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def normalise_date(value: object) -> object:
    """YAML reads 2021-03-09 as a date and 2021 as an int; keep them all as ISO text."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= 9999:
            raise ValueError("expected a year from 1 to 9999")
        return f"{value:04d}"
    if isinstance(value, str):
        match = _PARTIAL_DATE.match(value.strip())
        if not match:
            raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError as error:
            raise ValueError(f"not a calendar date: {error}") from None
        return value.strip()
    return value


MAX_ID_CHARS = 64
ID_PATTERN = r"^[a-z][a-z0-9_]*$"  # pydantic_errors.py words a mismatch of it for teachers
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=MAX_ID_CHARS)]
PartialDate = Annotated[
    str,
    BeforeValidator(normalise_date),
    Field(description="A date as YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source is)."),
]
ClaimKind = Annotated[Claim, Field(description=(
    "What kind of claim this is: quoted (an agency's own words, as quoted), framing (the "
    "reporter's words), second_hand (a report of what someone else said), opinion (a view "
    "or a reader's comment), plan (an intention or target), game_rule, game_value or fiction."
))]
SourceIds = Annotated[
    list[Id],
    Field(min_length=1, max_length=limits.MAX_LIST,
          description="Ids of the sources (see `sources`) behind this statement."),
]
# The limits of game/scenario/limits.py, where pydantic can check them (and the JSON Schema
# shows them to editors); checks.py holds those that span fields (the span of years, turns).
Name = Annotated[str, Field(max_length=limits.MAX_NAME_CHARS)]
Short = Annotated[str, Field(max_length=limits.MAX_SHORT_CHARS,
                             description="An abbreviation shown in the top bar and tables.")]
Text = Annotated[str, Field(max_length=limits.MAX_TEXT_CHARS)]
Amount = Annotated[int, Field(ge=-limits.MAX_MONEY, le=limits.MAX_MONEY)]
Probability = Annotated[float, Field(ge=0.0, le=1.0)]
Money = Annotated[int, Field(ge=0, le=limits.MAX_MONEY, description="Millions (a game value).")]
# A cost of 0 would make shares and rates (value per million) undefined.
Cost = Annotated[int, Field(ge=limits.MIN_COST, le=limits.MAX_MONEY,
                            description="Millions (a game value); at least 1.")]


class Model(BaseModel):
    """Every scenario model is strict about keys and immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    # Field (or "field.N" for a list of texts) -> the English it held before a translation
    # companion replaced it: a translated statement must show its original (originals.py).
    # Private: never in the file, the schema or a dump, so saves and checks are untouched.
    _originals: dict[str, str] = PrivateAttr(default_factory=dict)


class Source(Model):
    """Where a statement comes from. `kind: fiction` marks the game's own inventions.

    A citation shows the title, the outlet and the date as the document gives them; a
    missing outlet or date is shown as "not named" / "not given", never guessed."""

    title: Text
    publisher: Text | None = Field(
        default=None, description="The outlet, as the document names it; leave out if it does not."
    )
    date: PartialDate | None = Field(
        default=None, description="Publication date, only if the document gives it."
    )
    dated: Text | None = Field(
        default=None,
        description="When the document was written, in its own words, if it gives no date "
                    "(e.g. 'says the memorandum was signed \"this week\"').",
    )
    seed: Name | None = Field(
        default=None, description="File name of the seed document in shared/seeds/, if any."
    )
    reference: Text | None = Field(default=None, description="A public reference (URL, citation).")
    kind: Literal["document", "fiction"] = Field(
        default="document",
        description="`fiction` for what the game invents (what-if events); shown as fiction.",
    )


class Fact(Model):
    """One sourced statement."""

    text: Text = Field(min_length=1)
    claim: ClaimKind
    sources: SourceIds
    date: PartialDate | None = None


class Picture(Model):
    """A picture shown with an agency, a milestone or an event, credited like a statement:
    a photograph of a real mission says where it comes from; a drawing made for the game
    cites a source of kind: fiction. The file is checked by game/scenario/images.py."""

    file: Annotated[str, Field(min_length=1, max_length=limits.MAX_NAME_CHARS, description=(
        "A PNG or JPEG file, relative to the scenario file (beside it or in a subfolder)."))]
    caption: Text | None = Field(
        default=None, description="What the picture shows, in words (also its alt text).")
    claim: ClaimKind
    sources: SourceIds


class Disagreement(Model):
    """Two or more sources that say different things; the game shows all of them."""

    topic: Name
    claims: list[Fact] = Field(min_length=2, max_length=limits.MAX_LIST)
    note: Text = Field(description="What differs between the claims, in plain words.")


class Site(Model):
    """Where on the Moon a landing is: the region in words, as a source names it (or as the
    game chooses it), and the point the Moon map draws it at.

    The reports name regions ("the far side"), never coordinates: `lat`/`lon` are then the
    game's (placed: game), a game value that puts the marker inside the region named."""

    region: Text = Field(min_length=1, description=(
        "The region in the source's own words ('the far side', 'the Ocean of Storms'), or "
        "the game's choice said as such."))
    claim: ClaimKind
    sources: SourceIds
    lat: Annotated[float, Field(ge=-90.0, le=90.0, description=(
        "Selenographic latitude in degrees, north positive: where the map draws the marker."))]
    lon: Annotated[float, Field(ge=-180.0, le=180.0, description=(
        "Selenographic longitude in degrees, east positive: 0 faces the Earth (the near "
        "side's centre), 180 is the far side's centre."))]
    placed: Literal["source", "game"] = Field(default="game", description=(
        "Whose coordinates these are: `source` if the cited source gives them, `game` if the "
        "game places the marker in the region named (a game value; the map says so)."))


# --- agencies -------------------------------------------------------------------------


class Achieved(Model):
    """A milestone an agency had already reached when the scenario starts."""

    milestone: Id
    text: Text
    claim: ClaimKind
    sources: SourceIds
    date: PartialDate | None = None


class Underway(Model):
    """A milestone the sources say was in development at the start."""

    milestone: Id
    text: Text
    claim: ClaimKind
    sources: SourceIds


class Constraint(Model):
    """A documented limit on whom an agency may work with, and why."""

    kind: Literal["refuses_bloc", "barred_partner"]
    bloc: Id | None = Field(default=None, description="For refuses_bloc: the bloc refused.")
    partner: Id | None = Field(default=None, description="For barred_partner: the agency barred.")
    text: Text
    claim: ClaimKind
    sources: SourceIds


class BudgetChange(Model):
    """From the turn holding `date` on, the agency's yearly budget is `budget_per_year`."""

    date: PartialDate = Field(description="When the new budget starts (inside the scenario).")
    budget_per_year: Money = Field(description="The new yearly budget, millions (a game value).")


class AgencyGame(Model):
    """Game values for an agency: none of these numbers come from the sources."""

    budget_per_year: Money
    support: Annotated[int, Field(ge=0, le=100, description="Starting public support, 0-100.")]
    progress: dict[Id, Probability] = Field(
        default_factory=dict, max_length=limits.MAX_LIST,
        description="Starting progress (0-1) on milestones underway.",
    )
    budget_changes: list[BudgetChange] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="Later yearly budgets (game values), dates ascending: from the turn "
                    "holding each date on, the budget is that amount.")
    plan: dict[Id, PartialDate] = Field(
        default_factory=dict, max_length=limits.MAX_LIST,
        description="The computer's timetable: milestone -> the date this agency aims to "
                    "achieve it when the computer plays it (a game value, used where the "
                    "history gives no date; a dated history entry or span wins).",
    )


class Agency(Model):
    name: Name
    short: Short
    country: Name
    playable: bool = True
    fiction: bool = Field(
        default=False, description="An agency the game invents (what-if); shown as fiction."
    )
    bloc: Id | None = Field(default=None, description="Bloc the agency belongs to at the start.")
    achieved: list[Achieved] = Field(default_factory=list, max_length=limits.MAX_LIST)
    underway: list[Underway] = Field(default_factory=list, max_length=limits.MAX_LIST)
    facts: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    constraints: dict[Id, Constraint] = Field(default_factory=dict, max_length=limits.MAX_LIST)
    image: Picture | None = Field(default=None, description="Shown on the New game screen.")
    game: AgencyGame


# --- blocs ----------------------------------------------------------------------------


# The road's own rules, each implemented in game/core (station.py, accords.py) and explained
# on the bloc screen; docs/scenario-authoring.md says what each does and which source it rests on.
BlocRuleName = Literal["joint_construction", "shared_benefits", "founders_lead", "crew_seats",
                       "commercial_services", "released_data", "emergency_assistance"]


class BlocGame(Model):
    """Game values and game rules of a bloc (who may join, what it shares): the sources give
    none of them, so they sit under the bloc's `game:` (format 2; in format 1 the three
    rules stood beside `game:`)."""

    open_to_all: bool = Field(description="Whether any agency may ask to join (a game rule).")
    exclusive_with: list[Id] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="Blocs a member may not belong to at the same time (a game rule).")
    shares: list[Id] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="Milestones (hardware) a member's achievement makes usable by all members "
                    "(a game rule).",
    )
    cost_share: Annotated[
        float, Field(ge=0.0, le=0.9, description="Share of a bloc milestone's cost partners pay.")
    ]
    dues_per_turn: Money = Field(description="What a member owes the bloc each turn.")
    trust_start: Annotated[int, Field(ge=0, le=100)] = 50
    join_support: Amount = Field(default=0, description="Public support gained on joining.")
    leave_trust_penalty: Annotated[int, Field(ge=0, le=100)] = 20
    rules: list[BlocRuleName] = Field(default_factory=list, max_length=limits.MAX_LIST,
                                      description="The road's own rules, by name.")
    commercial: Id | None = Field(
        default=None,
        description="The milestone that opens commercial services (rule commercial_services): "
                    "once a member has it, members' robotic missions cost less.")


class Bloc(Model):
    name: Name
    short: Short
    founders: list[Id] = Field(min_length=1, max_length=limits.MAX_LIST)
    lead: Id
    facts: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    principles: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    commitments: list[Fact] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="What membership obliges (e.g. the Accords' list).",
    )
    game: BlocGame


# --- milestones -----------------------------------------------------------------------


class Step(Model):
    """One stage of a mission attempt (launch, landing...), with its game-value reliability."""

    name: Name
    reliability: Probability


class MilestoneGame(Model):
    """Game values for a milestone."""

    cost: Cost = Field(description="Total money (millions) to develop it; at least 1.")
    min_turns: Annotated[int, Field(ge=1, le=40)] = Field(
        description="Turns of development money cannot shorten."
    )
    steps: list[Step] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="Mission steps rolled on an attempt; empty for a programme milestone.",
    )
    science: Annotated[int, Field(ge=0, le=1000)] = 0
    prestige: Annotated[int, Field(ge=0, le=1000)] = 0
    first_prestige: Annotated[int, Field(ge=0, le=1000)] = 0
    crew: bool | None = Field(
        default=None,
        description="Whether its flights carry a crew (a failure is then an abort or a loss "
                    "of crew); unset: a crewed-track mission does.",
    )
    failure_cost: Probability | None = Field(
        default=None, description="Share of its cost lost on a failed attempt; unset: the "
                                  "`game:` section's failure_cost_robotic / _crewed.")
    failure_support: Annotated[int, Field(ge=0, le=100)] | None = Field(
        default=None, description="Public support lost on a failed attempt; unset: the "
                                  "`game:` section's failure_support_robotic / _crewed.")


class Milestone(Model):
    name: Name
    track: Literal["robotic", "crewed", "programme"]
    requires: list[Id] = Field(default_factory=list, max_length=limits.MAX_LIST)
    bloc: Id | None = Field(default=None, description="Only members of this bloc may pursue it.")
    agencies: list[Id] = Field(
        default_factory=list, max_length=limits.MAX_LIST,
        description="Only these agencies may pursue it (a game rule); empty: any agency "
                    "(subject to `bloc`).")
    first: Name | None = Field(
        default=None, description="The 'first' it awards to whoever achieves it first."
    )
    description: Text = ""
    facts: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    image: Picture | None = Field(default=None, description="Shown in its detail panel.")
    site: Site | None = Field(default=None, description=(
        "Where the Moon map draws a landing of this milestone made in a game (usually a game "
        "value). A milestone with a site is a landing: only those appear on the map."))
    game: MilestoneGame


# --- events ---------------------------------------------------------------------------
# `self` in an agency field means each agency the event is addressed to.

AgencyRef = Annotated[str, Field(pattern=ID_PATTERN, max_length=MAX_ID_CHARS)]


Delay = Annotated[int, Field(ge=0, le=limits.MAX_TURNS, description=(
    "Turns until the effect lands on the same agency (0: now). A delayed effect is said in "
    "that turn's news: 'As decided in <event>: ...'."))]


class _Effect(Model):
    agency: AgencyRef = "self"
    after_turns: Delay = 0


class SupportEffect(_Effect):
    effect: Literal["support"]
    amount: Amount


class MoneyEffect(_Effect):
    effect: Literal["money"]
    amount: Amount


class ScienceEffect(_Effect):
    effect: Literal["science"]
    amount: Amount


class PrestigeEffect(_Effect):
    effect: Literal["prestige"]
    amount: Amount


class TrustEffect(_Effect):
    effect: Literal["trust"]
    amount: Amount
    partner: AgencyRef | None = Field(
        default=None, description="Trust toward this agency; all bloc partners if omitted."
    )


class ProgressEffect(_Effect):
    effect: Literal["progress"]
    milestone: Id
    amount: Annotated[float, Field(ge=-1.0, le=1.0)]


class ReliabilityEffect(_Effect):
    effect: Literal["reliability"]
    milestone: Id
    amount: Annotated[float, Field(ge=-1.0, le=1.0)]


class LiftConstraintEffect(_Effect):
    effect: Literal["lift_constraint"]
    constraint: Id


class JoinBlocEffect(_Effect):
    effect: Literal["join_bloc"]
    bloc: Id


class LeaveBlocEffect(_Effect):
    effect: Literal["leave_bloc"]


class OfferBlocEffect(_Effect):
    effect: Literal["offer_bloc"]
    bloc: Id


class FollowUpEffect(_Effect):
    effect: Literal["follow_up"]
    event: Id = Field(description="The event that reaches the agency then.")
    after_turns: Annotated[int, Field(ge=1, le=limits.MAX_TURNS)] = Field(
        default=1, description="Turns until the event reaches the agency (at least 1).")


class AchieveEffect(_Effect):
    effect: Literal["achieve"]
    milestone: Id = Field(description=(
        "Achieved at once, without a launch and without checking its requirements (history "
        "decides: a mission the sources report as done between two turns)."))


class BudgetEffect(_Effect):
    effect: Literal["budget"]
    amount: Amount = Field(description="Millions a year added to (or taken from) the "
                                       "agency's yearly budget from now on (never below 0).")


Effect = Annotated[
    SupportEffect
    | MoneyEffect
    | ScienceEffect
    | PrestigeEffect
    | TrustEffect
    | ProgressEffect
    | ReliabilityEffect
    | LiftConstraintEffect
    | JoinBlocEffect
    | LeaveBlocEffect
    | OfferBlocEffect
    | FollowUpEffect
    | AchieveEffect
    | BudgetEffect,
    Field(discriminator="effect"),
]
EFFECT_NAMES: tuple[str, ...] = (
    "support",
    "money",
    "science",
    "prestige",
    "trust",
    "progress",
    "reliability",
    "lift_constraint",
    "join_bloc",
    "leave_bloc",
    "offer_bloc",
    "follow_up",
    "achieve",
    "budget",
)


class _Condition(Model):
    agency: AgencyRef = Field(
        default="self",
        description="Whose state the condition reads: `self` (each addressee) or an agency id.",
    )


# Who, seen from the condition's agency: itself, a current bloc partner, a rival (neither
# itself nor a current partner), anyone, or (kept for old files) anyone but itself.
By = Literal["self", "partner", "rival", "any", "other"]
FirstBy = Literal["self", "partner", "rival", "any"]


class AchievedCondition(_Condition):
    condition: Literal["achieved"]
    milestone: Id
    by: By = Field(default="self", description=(
        "Who has achieved it: self, partner (a current bloc partner), rival (neither self "
        "nor a current partner), any, or other (anyone but self)."))


class NotAchievedCondition(_Condition):
    condition: Literal["not_achieved"]
    milestone: Id
    by: By = Field(default="self", description=(
        "Who has not achieved it: self, partner (no current bloc partner has), rival (no "
        "rival has), any (nobody has), or other (nobody but self has)."))


class FirstCondition(_Condition):
    condition: Literal["first"]
    milestone: Id = Field(description="A milestone that awards a `first`.")
    by: FirstBy = Field(default="any", description=(
        "Who took the milestone's first: self, partner (a current bloc partner), rival "
        "(neither self nor a current partner) or any (it has been taken)."))


class InBlocCondition(_Condition):
    condition: Literal["in_bloc"]


class MemberCondition(_Condition):
    condition: Literal["member"]
    bloc: Id


class IndependentCondition(_Condition):
    condition: Literal["independent"]


class SupportBelowCondition(_Condition):
    condition: Literal["support_below"]
    value: Annotated[int, Field(ge=0, le=100)]


class SupportAboveCondition(_Condition):
    condition: Literal["support_above"]
    value: Annotated[int, Field(ge=0, le=100)]


class AfterCondition(_Condition):
    condition: Literal["after"]
    date: PartialDate


class BeforeCondition(_Condition):
    condition: Literal["before"]
    date: PartialDate


class MoneyBelowCondition(_Condition):
    condition: Literal["money_below"]
    value: Money = Field(description="Millions in the agency's treasury now.")


class MoneyAboveCondition(_Condition):
    condition: Literal["money_above"]
    value: Money = Field(description="Millions in the agency's treasury now.")


_TRUST_PARTNER = ("Trust toward this agency; if omitted, the agency's trust in its bloc "
                  "(the average over its current partners; no bloc: the condition never holds).")


class TrustBelowCondition(_Condition):
    condition: Literal["trust_below"]
    value: Annotated[int, Field(ge=0, le=100)]
    partner: AgencyRef | None = Field(default=None, description=_TRUST_PARTNER)


class TrustAboveCondition(_Condition):
    condition: Literal["trust_above"]
    value: Annotated[int, Field(ge=0, le=100)]
    partner: AgencyRef | None = Field(default=None, description=_TRUST_PARTNER)


class ChoseCondition(_Condition):
    condition: Literal["chose"]
    event: Id = Field(description="An event whose answers have ids.")
    choice: Id = Field(description="The id of the answer the agency took, earlier this game.")


# any/all/not may nest, but not without end: a teacher's condition deeper than this is a
# mistake, and the engine reads conditions recursively.
MAX_CONDITION_DEPTH = 4


def _depth(conditions: list[Condition]) -> int:
    return max((1 + _depth(c.of) if isinstance(c, _Group) else 0 for c in conditions),
               default=0)


class _Group(Model):
    of: list[Condition] = Field(min_length=1, max_length=limits.MAX_LIST)

    @field_validator("of")
    @classmethod
    def _not_too_deep(cls, value: list[Condition]) -> list[Condition]:
        if _depth(value) >= MAX_CONDITION_DEPTH:
            raise ValueError(f"any/all/not nest at most {MAX_CONDITION_DEPTH} deep")
        return value


class AnyCondition(_Group):
    condition: Literal["any"]


class AllCondition(_Group):
    condition: Literal["all"]


class NotCondition(_Group):
    """None of `of` holds."""

    condition: Literal["not"]


Condition = Annotated[
    AchievedCondition
    | NotAchievedCondition
    | FirstCondition
    | MemberCondition
    | InBlocCondition
    | IndependentCondition
    | SupportBelowCondition
    | SupportAboveCondition
    | AfterCondition
    | BeforeCondition
    | MoneyBelowCondition
    | MoneyAboveCondition
    | TrustBelowCondition
    | TrustAboveCondition
    | ChoseCondition
    | AnyCondition
    | AllCondition
    | NotCondition,
    Field(discriminator="condition"),
]
for _group in (AnyCondition, AllCondition, NotCondition):
    _group.model_rebuild()
CONDITION_NAMES: tuple[str, ...] = (
    "achieved",
    "not_achieved",
    "first",
    "member",
    "in_bloc",
    "independent",
    "support_below",
    "support_above",
    "after",
    "before",
    "money_below",
    "money_above",
    "trust_below",
    "trust_above",
    "chose",
    "any",
    "all",
    "not",
)


class Choice(Model):
    id: Id | None = Field(default=None, description="Names the answer for a `chose` condition.")
    text: Text
    effects: list[Effect] = Field(default_factory=list, max_length=limits.MAX_LIST)
    facts: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    claim: ClaimKind | None = Field(default=None, description=(
        "What kind of claim this answer is, with `sources` (both or neither): `fiction` marks "
        "this answer alone as invented on the card, not the whole event."))
    sources: SourceIds | None = None

    @model_validator(mode="after")
    def _claim_with_sources(self) -> Choice:
        if (self.claim is None) != (self.sources is None):
            raise ValueError("give an answer both claim: and sources:, or neither")
        return self


class EventGame(Model):
    """Game values for an event."""

    chance: Probability = Field(
        default=1.0, description="Chance per turn, once its conditions hold (random events)."
    )
    repeat: bool = Field(default=False, description="May fire more than once.")
    max_times: Annotated[int, Field(ge=1, le=limits.MAX_TURNS)] | None = Field(
        default=None, description="With repeat: the most times it may fire in one game."
    )
    gap_turns: Annotated[int, Field(ge=1, le=limits.MAX_TURNS)] | None = Field(
        default=None,
        description="With repeat: fewest turns between two firings (the game's default if "
                    "omitted; 1 allows two turns in a row).",
    )
    together: bool = Field(
        default=False,
        description="A random event may reach several human players in the same turn "
                    "(otherwise at most one: hot-seat teams are not all hit at once).",
    )
    ai_choice: Annotated[int, Field(ge=0)] = Field(
        default=0, description="Index of the choice an AI agency takes."
    )


class Event(Model):
    title: Name
    text: Text
    kind: Literal["historical", "conditional", "random", "follow_up"] = Field(description=(
        "historical: on its date; conditional: once its conditions hold; random: then with "
        "its chance; follow_up: only when a follow_up effect leads to it."))
    date: PartialDate | None = Field(
        default=None, description="Historical events fire on the turn holding this date."
    )
    claim: ClaimKind
    sources: SourceIds
    to: Annotated[list[AgencyRef], Field(max_length=limits.MAX_LIST)] | Literal["all"] = Field(
        default="all", description="The agencies the event is addressed to."
    )
    when: list[Condition] = Field(default_factory=list, max_length=limits.MAX_LIST,
                                  description="All must hold (any/all/not group them).")
    effects: list[Effect] = Field(default_factory=list, max_length=limits.MAX_LIST)
    choices: list[Choice] = Field(default_factory=list, max_length=limits.MAX_LIST)
    image: Picture | None = Field(default=None, description="Shown on the event's card.")
    game: EventGame = Field(default_factory=EventGame)


# --- history and the scenario ---------------------------------------------------------


class HistorySpan(Model):
    """The game's reading of a vague time ('by the mid-2020s'): a game value, shown as one."""

    earliest: PartialDate | None = Field(
        default=None, description="First year (or month) the game reads the words as covering."
    )
    latest: PartialDate = Field(description="Last year (or month) the words can mean.")


class HistoryEntry(Model):
    """One line of the documented timeline, as of the sources' date."""

    text: Text
    status: Literal["done", "announced", "planned", "failed", "cancelled"] = Field(
        description="done; announced or planned (still to come); failed (an attempt that "
                    "did not succeed, dated when it was made); cancelled (given up).")
    claim: ClaimKind
    sources: SourceIds
    date: PartialDate | None = Field(
        default=None, description="When it happened, as precisely as the source says it."
    )
    when: Text | None = Field(
        default=None,
        description="A vague time in the source's own words ('by the mid-2020s'); shown as "
                    "written, never as a month.",
    )
    game: HistorySpan | None = Field(
        default=None, description="The game's reading of `when` as a span of years (a game value)."
    )
    agency: Id | None = None
    milestone: Id | None = Field(default=None, description="The game milestone it matches.")
    site: Site | None = Field(default=None, description=(
        "Where the landing was, as the sources name it: a `done` entry with a site is drawn "
        "on the Moon map."))


class Assumption(Model):
    """A rule of the game that is design, not source: listed on "How this game simplifies
    history", so pupils can see where the game departs from the documents."""

    title: Name
    text: Text
    about: list[Id] = Field(default_factory=list, max_length=limits.MAX_LIST,
                            description="Blocs, milestones or agencies the rule concerns.")


class ScenarioInfo(Model):
    id: Id
    title: Name
    version: Name
    start: PartialDate
    end: PartialDate
    turn_months: Annotated[int, Field(ge=1, le=24)]
    summary: Text
    learning_goals: list[Text] = Field(default_factory=list, max_length=limits.MAX_LIST)
    discussion_questions: list[Text] = Field(default_factory=list, max_length=limits.MAX_LIST)
    default_agency: Id | None = Field(default=None, description="Agency offered first.")
    fiction: Text | None = Field(
        default=None,
        description="For a what-if scenario: what in it is invented. Shown wherever it is played.",
    )


class Victory(Model):
    """How the game can end early and who wins then: a game rule (the sources set none)."""

    milestone: Id = Field(description="The game ends when any agency achieves this milestone.")
    winner: Literal["score", "first"] = Field(
        default="score",
        description="score: the highest total wins, as at the end date; first: the agency "
                    "that achieved the milestone first is ranked first whatever the totals "
                    "(the others by total).")


class GameSection(Model):
    """Base of the `game:` section and of its tables (see game_section.py)."""


class Bonus(Model):
    """A score bonus (a game value) for achieving a milestone, perhaps before a date."""

    milestone: Id
    by: PartialDate | None = Field(
        default=None,
        description="Only if achieved by this date (its last month); unset: any time.")
    axis: Literal["science", "prestige", "cooperation"]
    amount: Annotated[int, Field(ge=-1000, le=1000)] = Field(
        description="Points added to that score axis.")
    first_only: bool = Field(default=False,
                             description="Only the first agency to achieve it gets the bonus.")


# Fields of the `game:` section that are not Tuning's: the engine reads them from the
# scenario itself (`Rules.from_scenario`).
SECTION_EXTRAS: dict[str, Any] = {
    "victory": (Victory | None, Field(
        default=None,
        description="A game rule: end the game when an agency achieves a milestone, and who "
                    "wins then (winner: score, the default, or first).")),
    "bonuses": (list[Bonus], Field(default_factory=list, max_length=limits.MAX_LIST,
                                   description="Score bonuses for achieving milestones "
                                               "(game values).")),
}


if TYPE_CHECKING:
    class ScenarioGame(GameSection, GameValues):
        """The `game:` section as mypy sees it: its fields are Tuning's, made at import,
        and the game rules that are not numbers (`victory`, `bonuses`)."""

        victory: Victory | None = None
        bonuses: list[Bonus] = Field(default_factory=list)
else:
    ScenarioGame = build_section(GameSection, SECTION_EXTRAS)


class Scenario(Model):
    format_version: Literal[2] = Field(
        description="Version of this file format (2; a version 1 file is migrated on reading: "
                    "`moonward migrate FILE` writes it as version 2).")
    scenario: ScenarioInfo
    sources: dict[Id, Source] = Field(min_length=1, max_length=limits.MAX_SOURCES)
    facts: list[Fact] = Field(default_factory=list, max_length=limits.MAX_LIST)
    disagreements: dict[Id, Disagreement] = Field(default_factory=dict,
                                                  max_length=limits.MAX_LIST)
    agencies: dict[Id, Agency] = Field(min_length=1, max_length=limits.MAX_AGENCIES)
    blocs: dict[Id, Bloc] = Field(default_factory=dict, max_length=limits.MAX_BLOCS)
    milestones: dict[Id, Milestone] = Field(min_length=1, max_length=limits.MAX_MILESTONES)
    events: dict[Id, Event] = Field(default_factory=dict, max_length=limits.MAX_EVENTS)
    history: list[HistoryEntry] = Field(default_factory=list, max_length=limits.MAX_HISTORY)
    assumptions: list[Assumption] = Field(default_factory=list, max_length=limits.MAX_LIST)
    game: ScenarioGame = Field(
        default_factory=ScenarioGame,
        description="Game values of the engine's rules (score weights, bonuses, the budget "
                    "handicap...) this scenario changes; every key left out keeps the "
                    "engine's default.")
