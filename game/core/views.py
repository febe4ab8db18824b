"""What the screens and the computer's policies read: pure queries over the rules and the
state, and the view records they return. Nothing here writes the state."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from game.core import accords, budget, crew, joint, station
from game.core import blocs as bloc_rules
from game.core import milestones as ms
from game.core.records import Message
from game.core.rules import Rules
from game.core.state import GameState, Pending, Project


@dataclass(frozen=True)
class MilestoneView:
    id: str
    name: str
    track: str
    status: str
    progress: float
    turns_funded: int
    min_turns: int
    cost: int
    full_cost: int
    steady_funding: int  # the cost over the minimum turns, never more than finishes it
    full_speed: int  # the most a turn's funding can do: the cap (ms.full_speed_amount)
    allocation: int
    standing: bool  # this funding repeats next turn (a player's standing order)
    turns_to_ready: int | None  # turns of this funding until developed; None: never
    reliability: float
    missing: tuple[str, ...]
    achieved_by: tuple[str, ...]
    first_holder: str | None
    is_mission: bool
    attempted_this_turn: bool
    # Joint construction (game/core/station.py): progress, turns and money above are the
    # bloc's one project; `contributed` is this agency's own part of what was spent.
    joint: bool = False
    contributed: int = 0


@dataclass(frozen=True)
class FailurePreview:
    milestone: str
    cost: int  # what the rules charge for a failure (millions)
    money: int  # the agency's money now
    taken: int  # what the failure would really take: the cost, or all there is if less
    cuts: tuple[budget.Cut, ...]  # allocations made this turn it would cut or cancel
    support: int  # points of public support lost (before clamping at 0)
    progress_kept: float  # share of the development that survives
    # A crewed flight's failure is an abort with the crew safe or the loss of the crew:
    crewed: bool = False  # its flights carry a crew (rule.carries_crew)
    safe_chance: float = 0.0  # chance a failure is an abort, crew safe (0 for robotic)
    loss_support: int = 0  # support a loss of crew takes on top of `support`
    stand_down: int = 0  # turns with no crewed attempt after a loss of crew

    @property
    def short(self) -> bool:
        """The money does not cover the cost: the failure takes all there is."""
        return self.taken < self.cost


@dataclass(frozen=True)
class BlocView:
    id: str
    name: str
    short: str
    member: bool
    can_join: bool
    reason: Message | None  # why not (the documented words where a constraint applies)
    sources: tuple[str, ...]  # source ids behind that constraint
    members: tuple[str, ...]
    cost_share: float  # share of a bloc milestone's cost partners carry (at start trust)
    shares: tuple[str, ...]  # milestones partners share
    shared_now: tuple[str, ...]  # of those, what a partner has already built
    dues_per_turn: int
    trust: dict[str, int]  # partner -> trust (members only; start trust otherwise)
    offered: bool  # an open invitation is waiting
    road_status: tuple[Message, ...] = ()


@dataclass(frozen=True)
class BudgetView:
    money: int
    allocated: int
    free: int
    income: int
    support: int
    # The next of the scenario's budget changes still to come: (its date as written, the
    # new yearly budget), None when there is none (a game value).
    next_budget: tuple[str, int] | None = None


def failure_preview(rules: Rules, state: GameState, aid: str, mid: str) -> FailurePreview:
    """What a failed attempt of `mid` would do now: the rules' price, what it would really
    take from the money there is, and each allocation it would cut. `missions.fly` charges
    exactly this, so the attempt dialog can state it as fact."""
    agency = state.agencies[aid]
    rule = rules.milestones[mid]
    toll = ms.failure_toll(rules, state, agency, rule)
    change = budget.change_money(agency.money, agency.allocation, -toll.money)
    return FailurePreview(
        milestone=mid,
        cost=toll.money,
        money=agency.money,
        taken=-change.moved,
        cuts=change.trim.cuts,
        support=toll.support,
        progress_kept=toll.progress_kept,
        crewed=rule.carries_crew,
        safe_chance=crew.safe_chance(rules, state, aid) if rule.carries_crew else 0.0,
        loss_support=rules.tuning.crew_loss_support if rule.carries_crew else 0,
        stand_down=rules.tuning.crew_loss_stand_down if rule.carries_crew else 0,
    )


def hidden_from(state: GameState, viewer: str, aid: str) -> bool:
    """Whether what `aid` achieves this turn is hidden from `viewer`: in hot-seat, another
    human team's achievements of the turn still being played stay hidden until the turn
    resolves, as its news does, so no team sees a rival's launch before its own."""
    humans = state.humans
    return viewer != aid and viewer in humans and aid in humans and not state.finished


def known_achieved(state: GameState, viewer: str, aid: str) -> dict[str, int]:
    """`aid`'s achievements (milestone -> turn) as `viewer` may know them (`hidden_from`)."""
    achieved = state.agencies[aid].achieved
    if not hidden_from(state, viewer, aid):
        return achieved
    return {mid: turn for mid, turn in achieved.items() if turn != state.turn}


def milestone_view(rules: Rules, state: GameState, aid: str, mid: str) -> MilestoneView:
    agency = state.agencies[aid]
    rule = rules.milestones[mid]
    shared_project = joint.joint_project(rules, state, agency, mid)
    is_joint = joint.is_joint(rules, agency.bloc, mid)
    project = (shared_project if is_joint else agency.projects.get(mid)) or Project()
    first = state.firsts.get(mid)
    if first and first[1] == state.turn and hidden_from(state, aid, first[0]):
        first = None  # taken this turn by another team: as of the start of the turn
    turn = state.turn
    achieved_by = [other for other, a in state.agencies.items()
                   if mid in a.achieved
                   and not (a.achieved[mid] == turn and hidden_from(state, aid, other))]
    cost = ms.effective_cost(rules, state, agency, rule)
    status = ms.status(rules, state, agency, mid)
    finish = ms.finishing_amount(rules, rule, cost, project.progress)
    full = ms.full_speed_amount(rules, rule, cost)
    allocation = agency.allocation.get(mid, 0)
    if is_joint:  # what is left for this agency to put in, after its partners' funding
        left = station.joint_cap(rules, state, agency, mid)
        finish, full = min(finish, left), min(full, left)
    return MilestoneView(
        id=mid,
        name=rule.name,
        track=rule.track,
        status=status,
        progress=project.progress,
        turns_funded=project.turns_funded,
        min_turns=rule.min_turns,
        cost=cost,
        full_cost=rule.cost,
        steady_funding=min(finish, math.ceil(cost / rule.min_turns)),
        full_speed=full,
        allocation=allocation,
        # Only a human's funding repeats, and only while development goes on.
        standing=(allocation > 0 and aid in state.humans
                  and status in (ms.AVAILABLE, ms.IN_PROGRESS)),
        turns_to_ready=ms.turns_to_ready(rules, rule, cost, project, allocation),
        reliability=ms.odds(rules, state, agency, mid).overall if rule.is_mission else 1.0,
        missing=tuple(ms.missing_requirements(rules, state, agency, rule)),
        achieved_by=tuple(achieved_by),
        first_holder=first[0] if first else None,
        is_mission=rule.is_mission,
        attempted_this_turn=project.attempted_turn == state.turn,
        joint=is_joint,
        contributed=(shared_project.contributions.get(aid, 0)
                     if shared_project is not None else 0),
    )


def turns_to_ready(rules: Rules, state: GameState, aid: str, mid: str,
                   amount: int) -> int | None:
    """Turns of funding `amount` a turn until `mid` is developed (None: never)."""
    agency = state.agencies[aid]
    rule = rules.milestones[mid]
    return ms.turns_to_ready(rules, rule, ms.effective_cost(rules, state, agency, rule),
                             joint.project_of(rules, state, agency, mid) or Project(), amount)


def budget_view(rules: Rules, state: GameState, aid: str) -> BudgetView:
    agency = state.agencies[aid]
    allocated = sum(agency.allocation.values())
    coming = next(((str(c.date), c.budget_per_year)
                   for c in rules.scenario.agencies[aid].game.budget_changes
                   if rules.calendar.turn_of(str(c.date)) > state.turn), None)
    return BudgetView(money=agency.money, allocated=allocated,
                      free=agency.money - allocated, income=agency.income,
                      support=agency.support, next_budget=coming)


def bloc_view(rules: Rules, state: GameState, aid: str, bloc: str) -> BlocView:
    """Whether `aid` may join `bloc` now and why not, and what membership brings."""
    rule = rules.blocs[bloc]
    agency = state.agencies[aid]
    why = bloc_rules.join_refusal(rules, state, aid, bloc)
    sources: tuple[str, ...] = ()
    if why is not None:
        sources = bloc_rules.refusal_sources(rules, state, aid, bloc)
    members = tuple(bloc_rules.members(state, bloc))
    shared = tuple(sorted(m for m in rule.shares
                          if any(m in state.agencies[p].achieved for p in members
                                 if p != aid)))
    trust = {p: agency.trust.get(p, rule.trust_start) for p in members if p != aid}
    return BlocView(
        id=bloc,
        name=rule.name,
        short=rule.short,
        member=agency.bloc == bloc,
        can_join=why is None,
        reason=why,
        sources=sources,
        members=members,
        cost_share=rule.cost_share,
        shares=tuple(sorted(rule.shares)),
        shared_now=shared,
        dues_per_turn=rules.dues[bloc],
        trust=trust,
        offered=any(p.agency == aid and p.kind == "offer" and p.ref == bloc
                    for p in state.pending),
        road_status=(station.status_lines(rules, state, aid, bloc)
                     + accords.status_lines(rules, state, aid, bloc)),
    )


class GameView(Protocol):
    """What a scripted policy reads of a game (the engine is one): policies take this, not
    the engine, so they are written against reads and passed to the engine from outside."""

    @property
    def rules(self) -> Rules: ...

    @property
    def state(self) -> GameState: ...

    def pending(self, aid: str) -> list[Pending]: ...

    def statuses(self, aid: str) -> dict[str, str]: ...

    def odds(self, aid: str, mid: str) -> ms.Odds: ...
