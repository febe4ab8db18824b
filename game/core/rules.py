"""The scenario turned into plain lookup tables once, plus the engine's own game values.

Every number in `Tuning` is a game value: chosen so the game plays well, not history.
They live here, in one place, so a balance change is a one-line diff.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from game.core.calendar import Calendar

# Scenario is only a type here: the scenario's `game:` section is built from Tuning's
# fields, so the scenario models import this module.
if TYPE_CHECKING:
    from game.core.milestones import Odds
    from game.scenario.models import Scenario


@dataclass(frozen=True)
class Tuning:
    """Game values of the rules themselves (not of any one scenario)."""

    carry_over: float = 0.6  # share of unspent money kept into the next turn
    support_income_low: float = 0.7  # income multiplier at 0 support...
    support_income_span: float = 0.6  # ...rising by this much at 100 support
    full_speed_funding: float = 2.0  # funding (x the steady rate) that reaches full speed
    funding_curve: float = 1.5  # steepness of diminishing returns
    overfunding_cap: float = 0.6  # most that funding above cost can cut failure chances
    overfunding_gain: float = 0.4  # failure cut per whole extra cost spent
    experience_gain: float = 0.15  # failure cut per earlier attempt (test flights teach)
    experience_cap: float = 0.45
    failure_cost_robotic: float = 0.15  # share of cost lost on a failed attempt
    failure_cost_crewed: float = 0.4
    failure_support_robotic: int = 4
    failure_support_crewed: int = 14
    failure_progress_robotic: float = 0.6  # progress kept after a failure
    failure_progress_crewed: float = 0.4
    success_support: int = 3
    deliver_trust: int = 6  # trust partners gain when you achieve a bloc milestone
    dues_trust: int = 1
    fail_trust: int = 3  # trust partners lose when you fail a bloc mission they counted on
    unpaid_dues_trust: int = 6
    science_yield: float = 0.08  # science per turn from each achieved milestone's value
    cooperation_per_turn: float = 1.2  # at full trust, per turn in a bloc
    independent_prestige: float = 1.25  # an agency on its own road keeps all the credit
    independent_science: float = 1.25
    budget_handicap: float = 0.3  # how far totals are evened out between budget sizes
    weights: tuple[tuple[str, float], ...] = (
        ("science", 1.0),
        ("prestige", 1.0),
        ("cooperation", 1.0),
        ("budget_health", 0.5),
    )
    difficulty_income: tuple[tuple[str, float], ...] = (
        ("easy", 1.2),
        ("normal", 1.0),
        ("hard", 0.92),
    )
    difficulty_failure: tuple[tuple[str, float], ...] = (
        ("easy", 0.7),
        ("normal", 1.0),
        ("hard", 1.15),
    )
    # --- events (issue 14) ---
    event_gap_turns: int = 4  # fewest turns between two firings of a repeatable event
    random_events_per_agency_turn: int = 1  # most random events reaching one agency a turn
    # --- roads: Artemis (issue 14, game/core/accords.py) ---
    seat_contribution: int = 1000  # millions a partner contributes to earn a seat on a flight
    seat_prestige: int = 2  # prestige for a partner's astronaut flying on the lead's mission
    seat_science: int = 1  # science the partner's astronaut brings home
    seat_trust: int = 4  # trust between the lead and a partner that flew on its mission
    commercial_discount: float = 0.1  # share cut from robotic missions' cost by services
    released_data_share: float = 0.05  # share of a robotic mission's science partners gain
    assistance_safe_bonus: float = 0.25  # added chance a failed crewed flight ends crew safe
    # --- roads (issue 14): the ILRS as one station (game/core/station.py) ---
    joint_cooperation: float = 2.0  # cooperation a contributor gains when a joint stage is built
    # A contributor's part of a joint stage's science and prestige is its share of the money
    # times this, at most the whole (shared_benefits: the station's data are shared).
    joint_value: float = 3.0
    # --- deals and launches (issue 14) ---
    instrument_cost: int = 60  # millions an instrument on another agency's mission costs
    instrument_science: float = 6.0  # science its owner gains when the host's mission succeeds
    instrument_cooperation: float = 3.0  # cooperation both sides gain from a delivered deal
    instrument_slots: int = 2  # the most deals an agency may have open at once
    crew_safe_chance: float = 0.7  # chance a failed crewed flight is an abort, crew safe
    crew_loss_support: int = 20  # support lost on top of a failure's when a crew is lost
    crew_loss_stand_down: int = 2  # turns with no crewed attempts after a crew is lost
    # --- pacing (issue 14) ---
    # Difficulty -> the share of the time from the game's start to each of its targets that
    # the computer takes (`game.core.timetable`): under 1, rivals run ahead of their plans.
    rival_pace: tuple[tuple[str, float], ...] = (
        ("easy", 1.15),
        ("normal", 1.0),
        ("hard", 0.85),
    )
    rival_spread_months: float = 6.0  # sd of a game's shift of each rival target (months)
    rival_spread_cap: int = 12  # no target moves further than this (months) either way
    rival_margin_turns: int = 1  # turns a rival starts ahead of what steady funding needs
    # With money left over, a rival starts a planned robotic milestone up to this many times
    # its lead time early (science sooner, rather than money lost to `carry_over`).
    rival_early_robotic: float = 2.0


SCORE_AXES: tuple[str, ...] = ("science", "prestige", "cooperation", "budget_health")
DIFFICULTIES: tuple[str, ...] = ("easy", "normal", "hard")


@dataclass(frozen=True)
class MilestoneRule:
    id: str
    name: str
    track: str
    requires: tuple[str, ...]
    bloc: str | None
    cost: int
    min_turns: int
    steps: tuple[tuple[str, float], ...]
    science: int
    prestige: int
    first: str | None
    first_prestige: int
    carries_crew: bool = False  # a failed flight is an abort or a loss of crew (crew.py)
    # --- issue 15: world ---
    agencies: frozenset[str] = frozenset()  # only these may pursue it (empty: any agency)
    failure_cost: float | None = None  # share of cost lost on a failure (None: Tuning's)
    failure_support: int | None = None  # support lost on a failure (None: Tuning's)

    @property
    def is_mission(self) -> bool:
        return bool(self.steps)

    @property
    def crewed(self) -> bool:
        return self.track == "crewed"


@dataclass(frozen=True)
class BlocRule:
    id: str
    name: str
    short: str
    founders: tuple[str, ...]
    lead: str
    open_to_all: bool
    exclusive_with: tuple[str, ...]
    shares: frozenset[str]
    cost_share: float
    dues_per_turn: int
    trust_start: int
    join_support: int
    leave_trust_penalty: int
    road_rules: frozenset[str] = frozenset()
    commercial: str | None = None  # the milestone that opens commercial services


@dataclass(frozen=True)
class VictoryRule:
    """The scenario's `game: victory:` (a game rule): the game ends when any agency achieves
    `milestone`; `winner` "score" ranks by total as at the end date, "first" puts the agency
    that achieved it first at the top whatever the totals."""

    milestone: str
    winner: str = "score"


@dataclass(frozen=True)
class Rules:
    scenario: Scenario
    calendar: Calendar
    milestones: dict[str, MilestoneRule]
    blocs: dict[str, BlocRule]
    agency_ids: tuple[str, ...]
    tuning: Tuning = field(default_factory=Tuning)
    static_value: dict[str, float] = field(default_factory=dict)
    budget_factor: dict[str, float] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # score axis -> weight in total
    historical_turn: dict[str, int] = field(default_factory=dict)  # event id -> turn it fires
    victory: VictoryRule | None = None  # None: the game runs to the end date

    @classmethod
    def from_scenario(cls, scenario: Scenario, tuning: Tuning | None = None) -> Rules:
        info = scenario.scenario
        milestones = {
            mid: MilestoneRule(
                id=mid,
                name=m.name,
                track=m.track,
                requires=tuple(m.requires),
                bloc=m.bloc,
                cost=m.game.cost,
                min_turns=m.game.min_turns,
                steps=tuple((s.name, s.reliability) for s in m.game.steps),
                science=m.game.science,
                prestige=m.game.prestige,
                first=m.first,
                first_prestige=m.game.first_prestige,
                carries_crew=bool(m.game.steps) and (m.track == "crewed" if m.game.crew is None
                                                     else m.game.crew),
                agencies=frozenset(m.agencies),
                failure_cost=m.game.failure_cost,
                failure_support=m.game.failure_support,
            )
            for mid, m in scenario.milestones.items()
        }
        blocs = {
            bid: BlocRule(
                id=bid,
                name=b.name,
                short=b.short,
                founders=tuple(b.founders),
                lead=b.lead,
                open_to_all=b.game.open_to_all,
                exclusive_with=tuple(b.game.exclusive_with),
                shares=frozenset(b.game.shares),
                cost_share=b.game.cost_share,
                dues_per_turn=b.game.dues_per_turn,
                trust_start=b.game.trust_start,
                join_support=b.game.join_support,
                leave_trust_penalty=b.game.leave_trust_penalty,
                road_rules=frozenset(b.game.rules),
                commercial=b.game.commercial,
            )
            for bid, b in scenario.blocs.items()
        }
        tuning = tuning or scenario_tuning(scenario)
        calendar = Calendar(info.start, info.end, info.turn_months)
        return cls(
            scenario=scenario,
            calendar=calendar,
            milestones=milestones,
            blocs=blocs,
            agency_ids=tuple(scenario.agencies),
            tuning=tuning,
            static_value=_static_values(milestones),
            budget_factor=_budget_factors(scenario, tuning.budget_handicap),
            weights=dict(tuning.weights),
            historical_turn={
                eid: calendar.turn_of(e.date)
                for eid, e in scenario.events.items()
                if e.kind == "historical" and e.date is not None
            },
            victory=(VictoryRule(scenario.game.victory.milestone, scenario.game.victory.winner)
                     if scenario.game.victory is not None else None),
        )

    @cached_property
    def status_table(self) -> tuple[tuple[str, str | None, frozenset[str], int], ...]:
        """(id, bloc, requires, min_turns) of every milestone, in order: what a status needs.
        The requirements are a set so that `issuperset` need not build one every call."""
        return tuple((mid, r.bloc, frozenset(r.requires), r.min_turns)
                     for mid, r in self.milestones.items())

    @cached_property
    def open_table(self) -> dict[str | None, tuple[tuple[str, frozenset[str], int], ...]]:
        """Own bloc (None: none) -> (id, requires, min_turns) of every milestone a member may
        build, in order. Another bloc's milestone is never open to fund or fly, whatever the
        state, so `milestones.open_statuses` never reads it."""
        return {
            own: tuple((mid, requires, min_turns)
                       for mid, bloc, requires, min_turns in self.status_table
                       if bloc is None or bloc == own)
            for own in (None, *self.blocs)
        }

    @cached_property
    def bloc_priced(self) -> dict[str, frozenset[str]]:
        """Bloc -> the milestones whose cost partners help its members pay: its own, and
        those it shares (`milestones.effective_cost`)."""
        return {bid: frozenset(mid for mid, rule in self.milestones.items()
                               if rule.bloc == bid or mid in bloc.shares)
                for bid, bloc in self.blocs.items()}

    @cached_property
    def fund_rows(self) -> dict[str, tuple[MilestoneRule, int, float, bool]]:
        """Milestone -> (rule, cost, planning value, whether it is a first): what the funding
        policy reads of every candidate, every agency-turn."""
        return {mid: (rule, rule.cost, self.static_value[mid], bool(rule.first))
                for mid, rule in self.milestones.items()}

    @cached_property
    def stages(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """Bloc -> each of its own milestones -> the bloc's own milestones it requires (the
        stage before it; none: a first stage). What `game.core.station` reads."""
        return {bid: {mid: tuple(r for r in rule.requires
                                 if self.milestones[r].bloc == bid)
                      for mid, rule in self.milestones.items() if rule.bloc == bid}
                for bid in self.blocs}

    @cached_property
    def failure_factor(self) -> dict[str, float]:
        """Difficulty -> what it multiplies a human's failure chances by (`milestones.odds`)."""
        return dict(self.tuning.difficulty_failure)

    # Answers of pure functions of these rules and plain numbers: a batch plays thousands of
    # games on one Rules, and the same sums come back turn after turn. Only the function
    # named writes each; `milestones.remember` bounds their size.
    @cached_property
    def open_memo(self) -> dict[tuple[str | None, frozenset[str]], tuple[tuple[str, int], ...]]:
        """(own bloc, what counts as done) -> (id, min_turns) of each milestone then open to
        fund or fly, in order (`milestones.open_statuses`)."""
        return {}

    @cached_property
    def gain_memo(self) -> dict[tuple[int, int, int], tuple[float, int]]:
        """(min_turns, cost, funding) -> `milestones.progress_gain`."""
        return {}

    @cached_property
    def odds_memo(self) -> dict[tuple[str, int, int, int, float], Odds]:
        """(milestone, cost, spent, attempts, difficulty factor) -> `milestones.odds`."""
        return {}

    @cached_property
    def timetable_memo(self) -> dict[str, dict[str, int]]:
        """Agency -> `timetable.timetable`: its targets before a game's own shifts."""
        return {}

    @cached_property
    def game_targets_memo(self) -> dict[tuple[int, str, str], dict[str, int]]:
        """(seed, difficulty, agency) -> `timetable.game_targets`."""
        return {}

    @cached_property
    def axis_weights(self) -> tuple[float, ...]:
        """The weight of every score axis in the total, in `SCORE_AXES` order."""
        return tuple(self.weights[axis] for axis in SCORE_AXES)

    @cached_property
    def science(self) -> dict[str, int]:
        """Milestone -> its science (summed over an agency's achievements every turn)."""
        return {mid: rule.science for mid, rule in self.milestones.items()}

    @cached_property
    def base_income(self) -> dict[str, float]:
        """Agency -> a turn's share of its yearly budget, before support and difficulty."""
        fraction = self.turn_fraction()
        return {aid: a.game.budget_per_year * fraction for aid, a in self.scenario.agencies.items()}

    @cached_property
    def budget_schedule(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """Agency -> (first turn, a turn's share of the yearly budget) of each of its
        `budget_changes`, in order: from that turn on, it replaces `base_income`."""
        fraction = self.turn_fraction()
        return {aid: tuple((self.calendar.turn_of(str(c.date)), c.budget_per_year * fraction)
                           for c in a.game.budget_changes)
                for aid, a in self.scenario.agencies.items() if a.game.budget_changes}

    def turn_income(self, agency: str, turn: int) -> float:
        """A turn's share of the agency's yearly budget at `turn`: the latest budget change
        whose turn has come, else the scenario's `budget_per_year`."""
        base = self.base_income[agency]
        for first, amount in self.budget_schedule.get(agency, ()):
            if turn >= first:
                base = amount
        return base

    def yearly_budget(self, agency: str, turn: int) -> int:
        """The agency's yearly budget (a game value) in force at `turn`."""
        spec = self.scenario.agencies[agency].game
        budget = spec.budget_per_year
        for change in spec.budget_changes:
            if turn >= self.calendar.turn_of(str(change.date)):
                budget = change.budget_per_year
        return budget

    @cached_property
    def reserved(self) -> dict[str, frozenset[str]]:
        """Milestone -> the only agencies that may pursue it, for those that name any."""
        return {mid: rule.agencies for mid, rule in self.milestones.items() if rule.agencies}

    @cached_property
    def dues(self) -> dict[str, int]:
        """Bloc -> what a member pays at the start of each turn: the scenario's figure as
        written (it says "per turn"; scaling it by the turn's length charged a yearly
        scenario twice what its file and `facts` state)."""
        return {bid: b.dues_per_turn for bid, b in self.blocs.items()}

    def turn_fraction(self) -> float:
        """Share of a year one turn is (budgets are yearly)."""
        return self.calendar.turn_months / 12


def scenario_tuning(scenario: Scenario) -> Tuning:
    """The engine's game values with the scenario's `game:` section applied."""
    overrides = scenario.game.overrides()
    return replace(Tuning(), **overrides) if overrides else Tuning()


_SHARED: dict[int, tuple[Scenario, Tuning | None, Rules]] = {}


def shared_rules(scenario: Scenario, tuning: Tuning | None = None) -> Rules:
    """`Rules.from_scenario`, made once per scenario and shared by its games (rules are
    read-only): a batch of thousands of games builds them once, not once a game."""
    cached = _SHARED.get(id(scenario))
    if cached is not None and cached[0] is scenario and cached[1] == tuning:
        return cached[2]
    rules = Rules.from_scenario(scenario, tuning)
    if len(_SHARED) >= 8:  # a few scenarios at a time (tests load hundreds of variants)
        _SHARED.clear()
    _SHARED[id(scenario)] = (scenario, tuning, rules)
    return rules


def _static_values(milestones: dict[str, MilestoneRule]) -> dict[str, float]:
    """What a milestone is worth to a planner: its own score and half of what it unlocks."""
    unlocks = {mid: [m for m, r in milestones.items() if mid in r.requires] for mid in milestones}

    def value(mid: str, depth: int) -> float:
        rule = milestones[mid]
        own = float(rule.science + rule.prestige)
        if depth >= 2:
            return own
        return own + 0.5 * sum(value(m, depth + 1) for m in unlocks[mid])

    return {mid: value(mid, 0) for mid in milestones}


def _budget_factors(scenario: Scenario, handicap: float) -> dict[str, float]:
    """Totals are scaled by (median budget / own budget) ** handicap so that a small agency
    can win by spending well: a game rule, shown as such in the standings."""
    budgets = sorted(a.game.budget_per_year for a in scenario.agencies.values())
    middle = len(budgets) // 2
    median = budgets[middle] if len(budgets) % 2 else (budgets[middle - 1] + budgets[middle]) / 2
    return {
        aid: (median / max(1, a.game.budget_per_year)) ** handicap
        for aid, a in scenario.agencies.items()
    }
