"""Milestone rules as pure functions of the rules and the state: what is available, how money
becomes progress, and what the chance of a mission is."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from game.core import joint
from game.core.accords import cost_factor
from game.core.blocs import effective_cost_share
from game.core.rules import MilestoneRule, Rules, Tuning
from game.core.state import AgencyState, GameState, Project

_T = TypeVar("_T")

LOCKED, AVAILABLE, IN_PROGRESS, READY, ACHIEVED, SHARED = (
    "locked",
    "available",
    "in_progress",
    "ready",
    "achieved",
    "shared",  # achieved by a bloc partner and shared with you: usable, nothing to build
)


def has_access(rules: Rules, state: GameState, agency: AgencyState, milestone: str) -> bool:
    """Achieved by the agency itself, or by a bloc partner where the bloc shares it."""
    if milestone in agency.achieved:
        return True
    bloc = rules.blocs.get(agency.bloc) if agency.bloc else None
    if bloc is None or milestone not in bloc.shares:
        return False
    return any(
        other.bloc == agency.bloc and milestone in other.achieved
        for other in state.agencies.values()
    )


def missing_requirements(
    rules: Rules, state: GameState, agency: AgencyState, rule: MilestoneRule
) -> list[str]:
    return [r for r in rule.requires if not has_access(rules, state, agency, r)]


def status(rules: Rules, state: GameState, agency: AgencyState, milestone: str) -> str:
    achieved = agency.achieved
    if milestone in achieved:
        return ACHIEVED
    rule = rules.milestones[milestone]
    own = agency.bloc
    bloc = rules.blocs.get(own) if own else None
    shares = bloc.shares if bloc is not None else _NOTHING
    if milestone in shares and _partner_built(state, own, milestone):
        return SHARED
    if rule.bloc is not None and own != rule.bloc:
        return LOCKED
    if rule.agencies and agency.id not in rule.agencies:
        return LOCKED
    for needed in rule.requires:  # `missing_requirements`, stopping at the first
        if needed not in achieved and not (needed in shares
                                           and _partner_built(state, own, needed)):
            return LOCKED
    project = agency.projects.get(milestone)
    if bloc is not None and bloc.road_rules and rule.bloc == own:
        # The station rules: founders open the stages; a joint stage's progress is the bloc's.
        if joint.founder_refusal(rules, state, agency, milestone) is not None:
            return LOCKED
        if joint.is_joint(rules, own, milestone):
            project = joint.project_of(rules, state, agency, milestone)
    if project is None or (project.progress <= 0 and project.spent == 0):
        return AVAILABLE
    if project.progress >= _DONE and project.turns_funded >= rule.min_turns:  # is_complete
        return READY
    return IN_PROGRESS


_NOTHING: frozenset[str] = frozenset()


def _partner_built(state: GameState, bloc: str | None, milestone: str) -> bool:
    for other in state.agencies.values():
        if other.bloc == bloc and milestone in other.achieved:
            return True
    return False


def access_set(rules: Rules, state: GameState, agency: AgencyState) -> set[str]:
    """Every milestone the agency can count as done: its own, and what partners share."""
    done = set(agency.achieved)
    own = agency.bloc
    bloc = rules.blocs.get(own) if own else None
    if bloc is not None:
        missing = bloc.shares.difference(done)
        if missing:  # once an agency has built all its bloc shares, partners add nothing
            for other in state.agencies.values():
                if other.bloc == own and other is not agency:
                    done.update(missing.intersection(other.achieved))
    return done


def all_statuses(rules: Rules, state: GameState, agency: AgencyState) -> dict[str, str]:
    """`status` of every milestone at once: the same answers, one pass over the partners
    instead of one per milestone (the policies ask every turn for every agency)."""
    done = access_set(rules, state, agency)
    achieved, projects, own = agency.achieved, agency.projects, agency.bloc
    gate, joint_projects = joint.road_of(rules, state, agency)
    reserved = rules.reserved
    out: dict[str, str] = {}
    for mid, bloc, requires, min_turns in rules.status_table:
        if mid in achieved:
            out[mid] = ACHIEVED
        elif mid in done:
            out[mid] = SHARED
        elif ((bloc is not None and own != bloc) or not done.issuperset(requires)
              or mid in gate or (mid in reserved and agency.id not in reserved[mid])):
            out[mid] = LOCKED
        else:
            project = joint_projects[mid] if mid in joint_projects else projects.get(mid)
            if project is None or (project.progress <= 0 and project.spent == 0):
                out[mid] = AVAILABLE
            elif project.progress >= _DONE and project.turns_funded >= min_turns:
                out[mid] = READY  # `is_complete`, inlined: this loop runs every agency-turn
            else:
                out[mid] = IN_PROGRESS
    return out


def open_statuses(rules: Rules, state: GameState, agency: AgencyState) -> dict[str, str]:
    """`all_statuses`, only the milestones now open to fund or fly (available, in progress,
    ready), in the same order: all that the policies look at, every agency-turn."""
    own = agency.bloc
    # Which milestones are open depends on the bloc and on what counts as done alone, and
    # that changes only when something is achieved: the rules remember it per done-set.
    if own is None:
        done = frozenset(agency.achieved)  # `access_set` of an agency on its own
    elif own in rules.blocs:
        done = frozenset(access_set(rules, state, agency))
    else:  # a bloc the rules do not know
        return {m: s for m, s in all_statuses(rules, state, agency).items() if s in _OPEN}
    key = (own, done)
    open_now = rules.open_memo.get(key)
    if open_now is None:
        open_now = remember(rules.open_memo, key, tuple(
            (mid, min_turns) for mid, requires, min_turns in rules.open_table[own]
            if mid not in done and done.issuperset(requires)))  # not achieved, shared, locked
    projects = agency.projects
    gate, joint_projects = joint.road_of(rules, state, agency)
    reserved = rules.reserved
    out: dict[str, str] = {}
    for mid, min_turns in open_now:
        if mid in gate or (mid in reserved and agency.id not in reserved[mid]):
            continue
        project = joint_projects[mid] if mid in joint_projects else projects.get(mid)
        if project is None or (project.progress <= 0 and project.spent == 0):
            out[mid] = AVAILABLE
        elif project.progress >= _DONE and project.turns_funded >= min_turns:
            out[mid] = READY
        else:
            out[mid] = IN_PROGRESS
    return out


_OPEN = frozenset((AVAILABLE, IN_PROGRESS, READY))
_DONE = 1.0 - 1e-9


def is_developed(progress: float) -> bool:
    """Development is complete (floating-point sums of a turn's gains fall just short)."""
    return progress >= _DONE


def is_complete(rule: MilestoneRule, project: Project) -> bool:
    return project.progress >= _DONE and project.turns_funded >= rule.min_turns


def effective_cost(rules: Rules, state: GameState, agency: AgencyState, rule: MilestoneRule) -> int:
    """What the agency itself pays: partners carry part of a bloc milestone's cost, and a
    bloc's commercial services cut its members' robotic missions (`accords.cost_factor`).
    Not remembered: the memos keyed on a cost (`odds`, `progress_gain`) take this answer
    as part of their key, so a discount that opens mid-game meets no stale entry."""
    if agency.bloc is None:
        return rule.cost
    bloc = rules.blocs[agency.bloc]
    if rule.bloc == agency.bloc and joint.is_joint(rules, agency.bloc, rule.id):
        return rule.cost  # the bloc's one project: its whole cost, paid by all its members
    cost = rule.cost
    if rule.bloc == agency.bloc or rule.id in bloc.shares:
        cost = max(1, round(rule.cost * (1 - effective_cost_share(rules, agency))))
    if bloc.commercial is not None:  # only a bloc with commercial services asks further
        factor = cost_factor(rules, state, agency, rule)
        if factor != 1.0:
            cost = max(1, round(cost * factor))
    return cost


def cost_for(rules: Rules, agency: AgencyState, share: float, rule: MilestoneRule) -> int:
    """`effective_cost` with the agency's cost share already worked out (for loops)."""
    if agency.bloc is None:
        return rule.cost
    if rule.bloc == agency.bloc or rule.id in rules.blocs[agency.bloc].shares:
        return max(1, round(rule.cost * (1 - share)))
    return rule.cost


def progress_gain(rules: Rules, rule: MilestoneRule, cost: int, funding: int) -> tuple[float, int]:
    """(progress gained this turn, money wasted beyond full speed).

    Diminishing returns: funding at the steady rate (cost / min_turns) gives about 80% of
    full speed, twice that gives full speed, and nothing beats 1 / min_turns a turn.
    """
    if funding <= 0:
        return 0.0, 0
    # Of the rule only its minimum turns count: milestones alike share their sums.
    key = (rule.min_turns, cost, funding)
    memo = rules.gain_memo
    known = memo.get(key)
    if known is None:
        known = remember(memo, key, _progress_gain(rules, rule, cost, funding))
    return known


def _progress_gain(rules: Rules, rule: MilestoneRule, cost: int, funding: int) -> tuple[float, int]:
    tuning = rules.tuning
    steady = cost / rule.min_turns
    full = tuning.full_speed_funding
    x = min(funding / steady, full)
    k = tuning.funding_curve
    share = (1 - math.exp(-k * x)) / _full_speed_share(k, full)
    wasted = max(0, funding - full_speed_amount(rules, rule, cost))
    return share / rule.min_turns, wasted


_MEMO_SIZE = 1 << 15


def remember(memo: dict[Any, Any], key: Any, value: _T) -> _T:
    """Keep `value` in one of the rules' memos (`Rules.open_memo`...), emptied when full: a
    long batch meets ever new sums, and a memo must not grow without end."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def full_speed_amount(rules: Rules, rule: MilestoneRule, cost: int) -> int:
    """A turn's funding that reaches full speed; money beyond it is wasted (`progress_gain`).
    Rounded up, so that full speed really finishes in the minimum turns."""
    return math.ceil(rules.tuning.full_speed_funding * cost / rule.min_turns - 1e-9)


def finishing_amount(rules: Rules, rule: MilestoneRule, cost: int, progress: float) -> int:
    """The least funding that completes development this turn, or full speed when no sum
    can. Money beyond it is not wasted: it adds to what was spent, and spending beyond the
    cost raises a mission's chance (`odds`); the steady rate never asks for more."""
    full = full_speed_amount(rules, rule, cost)
    if progress >= _DONE:
        return full
    need = 1.0 - progress
    tuning = rules.tuning
    k = tuning.funding_curve
    # Invert `progress_gain`: the share of full speed that exactly covers what is left.
    target = need * rule.min_turns * _full_speed_share(k, tuning.full_speed_funding)
    if target >= 1.0:
        return full
    steady = cost / rule.min_turns
    amount = max(1, math.ceil(-math.log(1.0 - target) / k * steady))
    while amount < full and progress + progress_gain(rules, rule, cost, amount)[0] < _DONE:
        amount += 1  # the inverse is exact; this only absorbs floating-point rounding
    return min(full, amount)


def turns_to_ready(rules: Rules, rule: MilestoneRule, cost: int, project: Project,
                   amount: int, limit: int = 60) -> int | None:
    """How many turns of funding `amount` a turn, as a standing order is renewed (never more
    than full speed or than finishes development), until development is complete; 0 if it
    already is, None if never within `limit` turns (no funding, or too little). Capping at
    what finishes changes no count: that sum completes development either way."""
    progress, turns = project.progress, project.turns_funded
    if progress >= _DONE and turns >= rule.min_turns:
        return 0
    if amount <= 0:
        return None
    pay = min(amount, full_speed_amount(rules, rule, cost))
    for n in range(1, limit + 1):
        progress = min(1.0, progress + progress_gain(rules, rule, cost, pay)[0])
        turns += 1
        if progress >= _DONE and turns >= rule.min_turns:
            return n
    return None


@lru_cache(maxsize=8)
def _full_speed_share(k: float, full: float) -> float:
    # The curve's height at full speed: the same two numbers every call, so worked out once.
    return 1 - math.exp(-k * full)


@dataclass(frozen=True)
class Odds:
    steps: tuple[tuple[str, float], ...]  # (step name, chance of success)
    overall: float


def odds(rules: Rules, state: GameState, agency: AgencyState, milestone: str) -> Odds:
    """The chance of each step and of the whole mission, if it were flown now."""
    project = agency.projects.get(milestone)
    spent, attempts = (project.spent, project.attempts) if project is not None else (0, 0)
    rule = rules.milestones[milestone]
    cost = effective_cost(rules, state, agency, rule)
    factor = rules.failure_factor[state.difficulty] if agency.id in state.humans else 1.0
    key = (milestone, cost, spent, attempts, factor)  # all that the chances depend on
    memo = rules.odds_memo
    known = memo.get(key)
    if known is None:
        known = remember(memo, key, _odds(rules.tuning, rule, cost, spent, attempts, factor))
    return known


def _odds(tuning: Tuning, rule: MilestoneRule, cost: int, spent: int, attempts: int,
          factor: float) -> Odds:
    extra = max(0.0, spent / cost - 1.0) if cost else 0.0
    cut = min(tuning.overfunding_cap, tuning.overfunding_gain * extra)
    cut += min(tuning.experience_cap, tuning.experience_gain * attempts)
    cut = min(cut, 0.8)
    steps = []
    overall = 1.0
    for name, base in rule.steps:
        failure = (1 - base) * (1 - cut) * factor
        chance = min(0.995, max(0.01, 1 - failure))
        steps.append((name, chance))
        overall *= chance
    return Odds(tuple(steps), overall)


@dataclass(frozen=True)
class OddsReasons:
    """Why the chances shown differ from the steps' written reliabilities (`_odds`): each
    cuts or scales the chance of failure. All zero / 1.0: the written figures hold."""

    written: tuple[tuple[str, float], ...]  # (step, reliability as the scenario writes it)
    overfunding_cut: float  # share of the failure chance cut by funding beyond the cost
    experience_cut: float  # share cut by earlier attempts
    difficulty: float  # what the difficulty multiplies a human's failure chance by

    @property
    def differs(self) -> bool:
        return bool(self.overfunding_cut or self.experience_cut or self.difficulty != 1.0)


def odds_reasons(rules: Rules, state: GameState, agency: AgencyState,
                 milestone: str) -> OddsReasons:
    """The parts of `odds`, for a screen that must say why a chance is not the written one."""
    project = agency.projects.get(milestone)
    spent, attempts = (project.spent, project.attempts) if project is not None else (0, 0)
    rule = rules.milestones[milestone]
    cost = effective_cost(rules, state, agency, rule)
    tuning = rules.tuning
    extra = max(0.0, spent / cost - 1.0) if cost else 0.0
    over = min(tuning.overfunding_cap, tuning.overfunding_gain * extra)
    experience = min(tuning.experience_cap, tuning.experience_gain * attempts)
    experience = min(experience, 0.8 - over)  # `_odds` caps the two together at 0.8
    factor = rules.failure_factor[state.difficulty] if agency.id in state.humans else 1.0
    return OddsReasons(rule.steps, over, max(0.0, experience), factor)


@dataclass(frozen=True)
class FailureToll:
    """What a failed attempt costs by the rules, before it meets the agency's money."""

    money: int  # millions: a share of what the milestone costs the agency
    support: int  # points of public support
    progress_kept: float  # share of the development that survives


def failure_toll(rules: Rules, state: GameState, agency: AgencyState,
                 rule: MilestoneRule) -> FailureToll:
    """The one place a failure's price is worked out: the engine charges it and the attempt
    dialog shows it, so the two cannot differ."""
    tuning = rules.tuning
    crewed = rule.crewed
    share = tuning.failure_cost_crewed if crewed else tuning.failure_cost_robotic
    support = tuning.failure_support_crewed if crewed else tuning.failure_support_robotic
    # A milestone's own figures (`game.failure_cost` / `failure_support`) win over the
    # section's: a scenario may make one mission dearer to lose than the rest.
    if rule.failure_cost is not None:
        share = rule.failure_cost
    if rule.failure_support is not None:
        support = rule.failure_support
    return FailureToll(
        money=round(effective_cost(rules, state, agency, rule) * share),
        support=support,
        progress_kept=(tuning.failure_progress_crewed if crewed
                       else tuning.failure_progress_robotic),
    )
