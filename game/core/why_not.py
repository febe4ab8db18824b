"""Why a milestone cannot be funded or flown now, as messages the player reads."""

from __future__ import annotations

from game.core import joint
from game.core import milestones as ms
from game.core.records import Message, agency_ref, bloc_ref, message, milestone_ref
from game.core.rules import Rules
from game.core.state import AgencyState, GameState, Project


def locked(rules: Rules, state: GameState, agency: AgencyState, mid: str) -> Message:
    rule = rules.milestones[mid]
    if rule.bloc is not None and agency.bloc != rule.bloc:
        return message("{m} is for members of {b}", m=milestone_ref(mid), b=bloc_ref(rule.bloc))
    if rule.agencies and agency.id not in rule.agencies:
        return reserved(rule.id, rule.agencies)
    founders = joint.founder_refusal(rules, state, agency, mid)
    if founders is not None and not ms.missing_requirements(rules, state, agency, rule):
        return founders
    missing = ms.missing_requirements(rules, state, agency, rule)
    return message("{m} needs first: {missing}", m=milestone_ref(mid),
                   missing=tuple(milestone_ref(m) for m in missing))


def not_fundable(rules: Rules, state: GameState, agency: AgencyState, mid: str,
                 status: str) -> Message:
    if status == ms.ACHIEVED:
        return message("{m} is already achieved", m=milestone_ref(mid))
    if status == ms.SHARED:
        return message("{m} is already yours to use: a {b} partner built it and {b} shares it",
                       m=milestone_ref(mid), b=bloc_ref(agency.bloc or ""))
    return locked(rules, state, agency, mid)


def not_ready(rules: Rules, state: GameState, agency: AgencyState, mid: str,
              status: str) -> Message:
    rule = rules.milestones[mid]
    if status in (ms.ACHIEVED, ms.SHARED, ms.LOCKED):
        return not_fundable(rules, state, agency, mid, status)
    project = agency.projects.get(mid) or Project()
    return message("{m} is not ready to fly: {p}% developed, {t} of at least {n} turns",
                   m=milestone_ref(mid), p=round(project.progress * 100),
                   t=project.turns_funded, n=rule.min_turns)


def reserved(mid: str, agencies: frozenset[str]) -> Message:
    """A milestone the scenario reserves for some agencies (`milestones.<id>.agencies`)."""
    return message("{m} is reserved for {list} (a game rule of this scenario)",
                   m=milestone_ref(mid), list=tuple(agency_ref(a) for a in sorted(agencies)))
