"""The ILRS road: one station that its members build together.

Three rules a bloc may have (`blocs.<id>.game.rules` in a scenario):

- joint_construction: each of the bloc's own programmes (milestone.bloc == the bloc) is ONE
  project of the whole bloc (`GameState.joint`). Every member's funding adds to it, on the
  same funding curve as an agency's own project, and when it is complete every member has
  the milestone, and so does an agency that joins later. Basis: CNSA's statement that China
  and Russia will "jointly formulate a road map" (seed_002) and "joint construction"
  (seed_003); how the money adds up is the game's.
- shared_benefits: a joint milestone's science and prestige (and the science it yields each
  turn) go to the contributors: each its share of the money times `joint_value`, at most
  the whole (the data are shared); every contributor gains cooperation. A member that put in
  nothing has the milestone's use, not its score. Basis: "shared benefits" (seed_003); the
  shares are the game's.
- founders_lead: only the bloc's founders may fund its first stage (a bloc milestone none of
  whose requirements is one of the bloc's own); any other member may fund a later stage only
  once a founder has contributed to the stage before it, or to that stage itself (so no
  stage is ever closed for good). Basis: the founders "jointly formulate" the road map
  (seed_002); the gate on later stages is the game's design.

Missions stay each agency's own: joint construction is for programmes, which complete when
funded, so nobody has to decide who flies.
"""

from __future__ import annotations

import math

from game.core import blocs as bloc_rules
from game.core import bonuses, changes
from game.core import milestones as ms
from game.core.joint import (
    FOUNDERS_LEAD,
    JOINT,
    SHARED_BENEFITS,
    has_rule,
    is_joint,
    project_of,
    share,
)
from game.core.records import (
    Message,
    ProgressLine,
    agency_ref,
    bloc_ref,
    message,
    milestone_ref,
)
from game.core.rules import Rules
from game.core.state import AgencyState, GameState, JointProject
from game.core.world import World


def partners_allocated(state: GameState, agency: AgencyState, mid: str) -> int:
    """What the agency's partners have put toward `mid` this turn (not yet spent)."""
    return sum(other.allocation.get(mid, 0) for other in state.agencies.values()
               if other.bloc == agency.bloc and other is not agency)


def joint_cap(rules: Rules, state: GameState, agency: AgencyState, mid: str) -> int:
    """The most the agency may put toward joint `mid` this turn: what finishes the bloc's
    project (never beyond full speed), less what partners already put toward it. A stage
    partners fund to completion this turn takes nothing more."""
    rule = rules.milestones[mid]
    project = project_of(rules, state, agency, mid)
    progress = project.progress if project is not None else 0.0
    need = ms.finishing_amount(rules, rule, rule.cost, progress)
    return max(0, need - partners_allocated(state, agency, mid))


# --- the turn ----------------------------------------------------------------------------


def contribute(world: World, agency: AgencyState, mid: str, amount: int) -> None:
    """The agency's funding of joint `mid` this turn goes into the bloc's pool; it is spent
    with the partners' at the turn's end (`settle`), on one funding curve."""
    bloc = agency.bloc
    assert bloc is not None
    project = world.state.joint.setdefault(bloc, {}).setdefault(mid, JointProject())
    agency.money -= amount
    project.pool[agency.id] = project.pool.get(agency.id, 0) + amount


def settle(world: World) -> None:
    """Every bloc's pooled funding buys development; a complete stage is every member's."""
    rules, state = world.rules, world.state
    for bloc, projects in sorted(state.joint.items()):
        for mid, project in sorted(projects.items()):
            pool = project.pool
            if not pool:
                continue
            total = sum(pool.values())
            rule = rules.milestones[mid]
            gain, _wasted = ms.progress_gain(rules, rule, rule.cost, total)
            before = project.progress
            project.progress = min(1.0, before + gain)
            project.spent += total
            project.turns_funded += 1
            for aid, amount in sorted(pool.items()):
                project.contributions[aid] = project.contributions.get(aid, 0) + amount
                report = state.current.get(aid)
                if report is not None:
                    report.progress.append(ProgressLine(mid, round(before, 4),
                                                        round(project.progress, 4), amount))
            project.pool = {}
            if ms.is_complete(rule, project):
                complete(world, bloc, mid)


def credit(rules: Rules, bloc: str, project: JointProject, aid: str) -> float:
    """The part of a joint milestone's score the agency earns: under shared_benefits, its
    share of the money times `joint_value` (at most the whole: the data are shared, so a
    member paying 1/joint_value of a stage has all of it), the whole milestone otherwise."""
    if not has_rule(rules, bloc, SHARED_BENEFITS):
        return 1.0
    return min(1.0, share(project, aid) * rules.tuning.joint_value)


def complete(world: World, bloc: str, mid: str) -> None:
    """The bloc's stage is built: every member has it on this turn; the score goes as
    `credit` says; contributors gain cooperation under shared_benefits."""
    rules, state = world.rules, world.state
    rule = rules.milestones[mid]
    tuning = rules.tuning
    project = state.joint[bloc][mid]
    benefits = has_rule(rules, bloc, SHARED_BENEFITS)
    members = bloc_rules.members(state, bloc)
    first_here = not any(mid in a.achieved for a in state.agencies.values())
    leader = max(sorted(project.contributions), key=project.contributions.__getitem__) \
        if project.contributions else None
    for aid in members:
        agency = state.agencies[aid]
        if mid in agency.achieved:
            continue
        agency.achieved[mid] = state.turn
        part = credit(rules, bloc, project, aid)
        agency.scores["science"] += rule.science * part
        agency.scores["prestige"] += rule.prestige * part
        if project.contributions.get(aid, 0) > 0:
            changes.change_support(world, aid, tuning.success_support)
            changes.change_partners_trust(world, aid, tuning.deliver_trust)
            if benefits:
                agency.scores["cooperation"] += tuning.joint_cooperation
        report = state.current.get(aid)
        if report is not None:
            report.achieved.append(mid)
    if rule.first and mid not in state.firsts and leader is not None:
        state.firsts[mid] = (leader, state.turn)
        state.agencies[leader].scores["prestige"] += rule.first_prestige
    world.news(rules.blocs[bloc].lead, message("{b} completes together: {m}",
                                               b=bloc_ref(bloc), m=milestone_ref(mid)))
    # The scenario's bonuses (game values) go to those who paid for it; a first-only one
    # to its leading contributor, as the first does.
    for aid in members:
        if project.contributions.get(aid, 0) > 0:
            bonuses.award(world, aid, mid, is_first=first_here and aid == leader)


def on_join(world: World, aid: str, bloc: str) -> None:
    """A new member has the stages the bloc has already built (their use, not their score)."""
    rules, state = world.rules, world.state
    if not has_rule(rules, bloc, JOINT):
        return
    agency = state.agencies[aid]
    for mid in rules.stages[bloc]:
        if mid in agency.achieved or not is_joint(rules, bloc, mid):
            continue
        if any(mid in state.agencies[m].achieved for m in bloc_rules.members(state, bloc)
               if m != aid):
            agency.achieved[mid] = state.turn


def science_held_back(rules: Rules, state: GameState, agency: AgencyState) -> float:
    """Of the science value of the agency's achievements, what shared_benefits gives to
    other contributors: the part of each joint milestone it did not pay for."""
    held = 0.0
    for bloc, projects in state.joint.items():
        if not has_rule(rules, bloc, SHARED_BENEFITS):
            continue
        for mid, project in projects.items():
            if mid in agency.achieved and ms.is_developed(project.progress):
                held += rules.science[mid] * (1.0 - credit(rules, bloc, project, agency.id))
    return held


# --- what the bloc screen says -----------------------------------------------------------


def status_lines(rules: Rules, state: GameState, aid: str, bloc: str) -> tuple[Message, ...]:
    """Where `aid` stands under `bloc`'s station rules: the stage being built and its own
    part in it, its share of what is built, and what the founders decide."""
    road = rules.blocs[bloc].road_rules
    member = state.agencies[aid].bloc == bloc  # an outsider reads the stages, not its part
    lines: list[Message] = []
    stages = rules.stages[bloc]
    projects = state.joint.get(bloc, {})
    if JOINT in road and stages:
        done = [m for m in stages if any(m in state.agencies[x].achieved
                                         for x in bloc_rules.members(state, bloc))]
        lines.append(message("{b} stages built together: {n} of {total}", b=bloc_ref(bloc),
                             n=len(done), total=len(stages)))
        for mid, project in projects.items():
            if not member or mid in done or project.spent <= 0:
                continue
            lines.append(message("{m}: {p}% built by the bloc; {a} put in {c} of {s} million",
                                 m=milestone_ref(mid), p=math.floor(project.progress * 100),
                                 a=agency_ref(aid), c=project.contributions.get(aid, 0),
                                 s=project.spent))
    if SHARED_BENEFITS in road and member:
        paid = sum(p.contributions.get(aid, 0) for p in projects.values())
        total = sum(sum(p.contributions.values()) for p in projects.values())
        lines.append(message("{a} has paid {p}% of all that {b} has built together",
                             a=agency_ref(aid), b=bloc_ref(bloc),
                             p=round(100 * paid / total) if total else 0))
    if FOUNDERS_LEAD in road:
        founders = tuple(agency_ref(f) for f in rules.blocs[bloc].founders)
        if aid in rules.blocs[bloc].founders:
            lines.append(message("{a} is a founder of {b}: it opens each stage",
                                 a=agency_ref(aid), b=bloc_ref(bloc)))
        else:
            lines.append(message("{b}'s founders ({f}) open each stage before others fund it",
                                 b=bloc_ref(bloc), f=founders))
    return tuple(lines)
