"""Flying a mission, and what follows: success (a milestone achieved, perhaps a first) or
failure (its cost, lost support and development)."""

from __future__ import annotations

from typing import Literal

from game.core import accords, bonuses, changes, crew, deals, views, why_not
from game.core import milestones as ms
from game.core.commands import Attempt, Result, refused
from game.core.records import (
    Launch,
    LaunchStep,
    agency_ref,
    first_ref,
    message,
    milestone_ref,
)
from game.core.rules import MilestoneRule
from game.core.state import AgencyState, Project
from game.core.world import World


def attempt(world: World, c: Attempt) -> Result:
    rules, state = world.rules, world.state
    agency = state.agencies[c.agency]
    rule = rules.milestones.get(c.milestone)
    if rule is None:
        return refused(message("there is no milestone called {m}", m=c.milestone))
    if not rule.is_mission:
        return refused(message("{m} is a programme: it completes when funded, with no launch",
                               m=milestone_ref(rule.id)))
    status = ms.status(rules, state, agency, c.milestone)
    if status != ms.READY:
        return refused(why_not.not_ready(rules, state, agency, c.milestone, status))
    if rule.carries_crew and (stand_down := crew.grounded(state, c.agency)) is not None:
        return refused(stand_down)
    if agency.projects[c.milestone].attempted_turn == state.turn:
        return refused(message("{m} has already flown this turn", m=milestone_ref(rule.id)))
    return Result(True, launch=fly(world, agency, c.milestone))


def fly(world: World, agency: AgencyState, mid: str) -> Launch:
    rules, state = world.rules, world.state
    rule = rules.milestones[mid]
    project = agency.projects[mid]
    chances = ms.odds(rules, state, agency, mid)
    # What a failure would do, worked out before anything moves: the very figures the
    # attempt dialog showed (`views.failure_preview`), not recomputed after the flight.
    preview = views.failure_preview(rules, state, agency.id, mid)
    project.attempted_turn = state.turn
    steps = []
    success = True
    for _name, chance in chances.steps:
        ok = bool(world.rng.random() < chance)
        steps.append(LaunchStep(round(chance, 4), ok))
        if not ok:
            success = False
            break
    project.attempts += 1
    # A failed crewed flight: an abort with the crew safe, or the crew lost (drawn only
    # then, so a robotic or successful flight draws what it always drew).
    outcome: Literal["safe", "lost"] | None = None
    if not success and rule.carries_crew:
        outcome = "safe" if bool(world.rng.random() < preview.safe_chance) else "lost"
    launch = Launch(mid, steps, round(chances.overall, 4), success, outcome)
    state.current[agency.id].launches.append(launch)
    if success:
        achieve(world, agency.id, mid)
    else:
        _failure(world, agency, rule, project, preview, outcome)
    return launch


def _failure(world: World, agency: AgencyState, rule: MilestoneRule, project: Project,
             preview: views.FailurePreview, outcome: str | None = None) -> None:
    tuning = world.rules.tuning
    changes.change_money(world, agency.id, -preview.cost, cause="failure_costs", by=rule.id)
    changes.change_support(world, agency.id, -preview.support)
    project.progress *= preview.progress_kept
    project.turns_funded = min(project.turns_funded, max(0, rule.min_turns - 2))
    if agency.bloc and (rule.bloc == agency.bloc
                        or rule.id in world.rules.blocs[agency.bloc].shares):
        changes.change_partners_trust(world, agency.id, -tuning.fail_trust)
    if outcome == "safe":
        world.news(agency.id, message("{a}'s {m} mission failed; the crew aborted and came "
                                      "home safe", a=agency_ref(agency.id),
                                      m=milestone_ref(rule.id)))
    elif outcome == "lost":
        # What an abort costs, and more: support, and a stand-down of the crewed programme.
        changes.change_support(world, agency.id, -preview.loss_support)
        agency.crew_grounded_until = world.state.turn + preview.stand_down
        world.news(agency.id, message("{a}'s {m} mission failed and its crew was lost; "
                                      "{a}'s crewed flights stand down for {n} turns",
                                      a=agency_ref(agency.id), m=milestone_ref(rule.id),
                                      n=preview.stand_down))
    else:
        world.news(agency.id, message("{a}'s {m} mission failed", a=agency_ref(agency.id),
                                      m=milestone_ref(rule.id)))
    deals.lost(world, agency.id, rule.id)


def achieve(world: World, aid: str, mid: str) -> None:
    state = world.state
    agency = state.agencies[aid]
    if mid in agency.achieved:
        return
    rule = world.rules.milestones[mid]
    tuning = world.rules.tuning
    agency.achieved[mid] = state.turn
    alone = agency.bloc is None
    agency.scores["science"] += rule.science * (tuning.independent_science if alone else 1.0)
    agency.scores["prestige"] += rule.prestige * (tuning.independent_prestige if alone
                                                  else 1.0)
    changes.change_support(world, aid, tuning.success_support)
    state.current[aid].achieved.append(mid)
    text = message("{a} achieves: {m}", a=agency_ref(aid), m=milestone_ref(mid))
    if rule.first and mid not in state.firsts:
        state.firsts[mid] = (aid, state.turn)
        agency.scores["prestige"] += rule.first_prestige
        text = message("{a} achieves a first: {f}", a=agency_ref(aid), f=first_ref(mid))
    shared = agency.bloc and mid in world.rules.blocs[agency.bloc].shares
    if agency.bloc and (rule.bloc == agency.bloc or shared):
        changes.change_partners_trust(world, aid, tuning.deliver_trust)
        agency.scores["cooperation"] += 3
    world.news(aid, text)
    bonuses.award(world, aid, mid)  # the scenario's bonuses for it (game values)
    accords.on_achieved(world, aid, mid)  # after the news: the seats follow the flight
    deals.delivered(world, aid, mid)
