"""The small writes every rule and event effect makes: support, money, scores, trust,
progress. Each clamps to its range, and a change of money is written in the turn report."""

from __future__ import annotations

from game.core import blocs as bloc_rules
from game.core import budget
from game.core.records import AllocationCut, agency_ref, message
from game.core.state import Project
from game.core.world import World

# change_money's report line -> the cause a cut allocation records
# (a deal never cuts: it is refused beyond the free money, `deals.refusal`)
_CUT_CAUSES = {"failure_costs": "failure", "event_money": "event", "deals_paid": "event"}


def change_support(world: World, aid: str, amount: int) -> None:
    agency = world.state.agencies[aid]
    agency.support = int(min(100, max(0, agency.support + amount)))


def change_money(world: World, aid: str, amount: int, cause: str = "event_money",
                 by: str = "") -> None:
    """Move an agency's money (never below zero). `cause` is the report's money line;
    `by` names what caused it where there is one (the milestone that failed)."""
    agency = world.state.agencies[aid]
    # Money taken away mid-turn trims allocations to fit (budget.trim_allocation): the
    # same pure rule `failure_preview` shows the player before a launch.
    change = budget.change_money(agency.money, agency.allocation, amount)
    agency.money = change.after
    if change.trim.cuts:  # in place: the allocation stays the dict callers hold
        agency.allocation.clear()
        agency.allocation.update(change.trim.allocation)
    report = world.state.current.get(aid)
    if report is None:
        return
    # clamped, as applied
    setattr(report, cause, getattr(report, cause) + change.moved)
    if change.trim.cuts:  # a cut the player did not make is said in the turn report
        report.allocation_cuts.extend(
            AllocationCut(c.milestone, c.before, c.after, _CUT_CAUSES[cause], by)  # type: ignore[arg-type]
            for c in change.trim.cuts)


def add_score(world: World, aid: str, axis: str, amount: float) -> None:
    agency = world.state.agencies[aid]
    agency.scores[axis] = max(0.0, agency.scores[axis] + amount)


def change_trust(world: World, aid: str, partner: str, amount: int) -> None:
    agencies = world.state.agencies
    if partner == aid or partner not in agencies:
        return
    trust = agencies[aid].trust
    trust[partner] = int(min(100, max(0, trust.get(partner, 50) + amount)))


def change_partners_trust(world: World, aid: str, amount: int) -> None:
    """`change_trust` toward each bloc partner of `aid`, in one pass (every turn's dues)."""
    trust = world.state.agencies[aid].trust
    for partner in bloc_rules.partners(world.state, aid):
        value = trust.get(partner, 50) + amount  # clamped to 0..100 as in `change_trust`
        trust[partner] = 100 if value >= 100 else 0 if value <= 0 else int(value)


def change_progress(world: World, aid: str, mid: str, amount: float) -> None:
    agency = world.state.agencies[aid]
    if mid in agency.achieved:
        return
    project = agency.projects.setdefault(mid, Project())
    project.progress = min(1.0, max(0.0, project.progress + amount))


def add_experience(world: World, aid: str, mid: str, amount: float) -> None:
    project = world.state.agencies[aid].projects.setdefault(mid, Project())
    project.attempts = max(0, project.attempts + round(amount / 0.15))


def lift_constraint(world: World, aid: str, constraint: str) -> None:
    agency = world.state.agencies[aid]
    if constraint in agency.constraints:
        agency.constraints.remove(constraint)
        world.news(aid, message("A restriction on {a} is lifted", a=agency_ref(aid)))
