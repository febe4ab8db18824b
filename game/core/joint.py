"""Which milestones a bloc builds as one project, and who may fund them: the lookups of the
station rules (game/core/station.py) that the milestone statuses read too. Pure functions of
the rules and the state, with no import of the milestone rules, so both may use them."""

from __future__ import annotations

from game.core.records import Message, agency_ref, bloc_ref, message, milestone_ref
from game.core.rules import Rules
from game.core.state import AgencyState, GameState, JointProject, Project

JOINT, SHARED_BENEFITS, FOUNDERS_LEAD = "joint_construction", "shared_benefits", "founders_lead"


def has_rule(rules: Rules, bloc: str | None, name: str) -> bool:
    rule = rules.blocs.get(bloc) if bloc is not None else None
    return rule is not None and name in rule.road_rules


def is_joint(rules: Rules, bloc: str | None, mid: str) -> bool:
    """`mid` is built by the whole of `bloc`, not by each member on its own."""
    if bloc is None or not has_rule(rules, bloc, JOINT):
        return False
    rule = rules.milestones[mid]
    return rule.bloc == bloc and not rule.is_mission


def joint_project(rules: Rules, state: GameState, agency: AgencyState,
                  mid: str) -> JointProject | None:
    """The bloc's project on `mid`, if `mid` is joint for the agency's bloc and begun."""
    bloc = agency.bloc
    if bloc is None or not is_joint(rules, bloc, mid):
        return None
    return state.joint.get(bloc, {}).get(mid)


def project_of(rules: Rules, state: GameState, agency: AgencyState,
               mid: str) -> Project | None:
    """The project whose progress counts for `agency`: the bloc's where `mid` is joint."""
    if agency.bloc is not None and is_joint(rules, agency.bloc, mid):
        return state.joint.get(agency.bloc, {}).get(mid)
    return agency.projects.get(mid)


# --- founders lead ---------------------------------------------------------------------


def founder_refusal(rules: Rules, state: GameState, agency: AgencyState,
                    mid: str) -> Message | None:
    """Why the founders_lead rule keeps `agency` from funding `mid` now, or None."""
    bloc = agency.bloc
    if bloc is None or not has_rule(rules, bloc, FOUNDERS_LEAD):
        return None
    rule = rules.blocs[bloc]
    stages = rules.stages[bloc]
    if mid not in stages or agency.id in rule.founders:
        return None
    founders = tuple(agency_ref(f) for f in rule.founders)
    before = stages[mid]
    if not before:
        return message("only {b}'s founders ({f}) may fund its first stage, {m}",
                       b=bloc_ref(bloc), f=founders, m=milestone_ref(mid))
    if _founder_put_in(rules, state, bloc, (mid, *before)):
        return None
    return message("{m} opens once one of {b}'s founders ({f}) has contributed to {prev}",
                   m=milestone_ref(mid), b=bloc_ref(bloc), f=founders,
                   prev=tuple(milestone_ref(p) for p in before))


def _founder_put_in(rules: Rules, state: GameState, bloc: str, mids: tuple[str, ...]) -> bool:
    founders = rules.blocs[bloc].founders
    projects = state.joint.get(bloc, {})
    for mid in mids:
        project = projects.get(mid)
        if project is not None and any(project.contributions.get(f, 0) > 0
                                       or project.pool.get(f, 0) > 0 for f in founders):
            return True
    return False


def gated(rules: Rules, state: GameState, agency: AgencyState) -> frozenset[str]:
    """The bloc milestones founders_lead keeps closed to this agency now."""
    bloc = agency.bloc
    if bloc is None or not has_rule(rules, bloc, FOUNDERS_LEAD):
        return frozenset()
    if agency.id in rules.blocs[bloc].founders:
        return frozenset()
    return frozenset(mid for mid in rules.stages[bloc]
                     if founder_refusal(rules, state, agency, mid) is not None)


def share(project: JointProject, aid: str) -> float:
    """The agency's part of everything put into the project (0 if nothing was)."""
    total = sum(project.contributions.values())
    return project.contributions.get(aid, 0) / total if total else 0.0




_NONE: frozenset[str] = frozenset()


def road_of(rules: Rules, state: GameState,
            agency: AgencyState) -> tuple[frozenset[str], dict[str, Project | None]]:
    """What the station rules change in the agency's statuses, worked out once per call:
    the bloc milestones founders keep closed to it, and, for each joint milestone, the
    bloc's project that stands for its own (None: not begun)."""
    bloc = agency.bloc
    rule = rules.blocs.get(bloc) if bloc is not None else None
    if rule is None or not rule.road_rules or bloc is None:
        return _NONE, {}
    overrides: dict[str, Project | None] = {}
    if JOINT in rule.road_rules:
        projects = state.joint.get(bloc, {})
        overrides = {mid: projects.get(mid) for mid in rules.stages[bloc]
                     if not rules.milestones[mid].is_mission}
    return gated(rules, state, agency), overrides
