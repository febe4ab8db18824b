"""Scripted strategies: the computer's rivals, the headless autoplay, and balance runs.

A policy only *proposes* commands; they go through the same engine handlers a player's
do. Policies read state and are deterministic, so a replay recomputes them exactly.
"""

from __future__ import annotations

from collections.abc import Callable

from game.core import milestones as ms
from game.core.blocs import effective_cost_share
from game.core.commands import (
    Allocate,
    AnswerEvent,
    Attempt,
    Command,
    DeclineOffer,
    JoinBloc,
    LeaveBloc,
)
from game.core.rules import MilestoneRule
from game.core.state import Project
from game.core.timetable import game_targets, steady_turns
from game.core.views import GameView

# "keep": stay where history put you (the rivals). The rest are the player's roads:
# "independent", or "bloc:ID" to join bloc ID (game/headless/strategies.py checks the ID
# against the scenario before a game starts). A bare bloc id still reads as that bloc,
# which is how tools/game_hashes rotates these (its digests must not move).
STRATEGIES = ("keep", "ilrs", "artemis", "independent")
BLOC_PREFIX = "bloc:"


def wanted_bloc(engine: GameView, agency: str, strategy: str) -> str | None:
    current = engine.state.agencies[agency].bloc
    if strategy == "keep":
        return current
    if strategy == "independent":
        return None
    bloc = strategy.removeprefix(BLOC_PREFIX)
    return bloc if bloc in engine.rules.blocs else current


def bloc_moves(engine: GameView, agency: str, strategy: str) -> list[Command]:
    if strategy == "keep":  # every rival, every turn: it stays where it is
        return []
    state = engine.state.agencies[agency]
    target = wanted_bloc(engine, agency, strategy)
    if state.bloc == target:
        return []
    moves: list[Command] = []
    if target is None:
        return [LeaveBloc(agency)]
    if state.bloc is not None:
        moves.append(LeaveBloc(agency))
    moves.append(JoinBloc(agency, target))
    return moves


def answers(engine: GameView, agency: str, strategy: str) -> list[Command]:
    out: list[Command] = []
    if not engine.state.pending:  # most turns: nothing waits for anyone
        return out
    target = wanted_bloc(engine, agency, strategy)
    for item in engine.pending(agency):
        if item.kind == "event":
            event = engine.rules.scenario.events[item.ref]
            out.append(AnswerEvent(agency, item.ref, min(event.game.ai_choice,
                                                         len(event.choices) - 1)))
        elif item.ref == target:
            out.append(JoinBloc(agency, item.ref))
        else:
            out.append(DeclineOffer(agency, item.ref))
    return out


_UNFUNDABLE = frozenset((ms.LOCKED, ms.ACHIEVED, ms.SHARED))


def attempts(engine: GameView, agency: str, statuses: dict[str, str],
             overdue: frozenset[str] = frozenset()) -> list[Command]:
    """Fly what is ready when its odds are good enough: lower odds near the game's end, or
    for a milestone `overdue` (a rival's past its planned date)."""
    out: list[Command] = []
    if ms.READY not in statuses.values():  # most turns: nothing to fly
        return out
    turn = engine.state.turn
    late = turn >= engine.state.turn_count - 2
    for mid, status in statuses.items():
        if status != ms.READY:
            continue
        rule = engine.rules.milestones[mid]
        if not rule.is_mission:
            continue
        threshold = 0.5 if late or mid in overdue else (0.8 if rule.crewed else 0.7)
        project = engine.state.agencies[agency].projects[mid]
        if project.attempted_turn != turn and engine.odds(agency, mid).overall >= threshold:
            out.append(Attempt(agency, mid))
    return out


def funding(engine: GameView, agency: str, statuses: dict[str, str]) -> list[Command]:
    """Fund the most valuable reachable milestones: first at a steady pace, then, with what
    is left, up to full speed, then toward reliability of missions ready to fly.

    The plan replaces whatever is allocated (a player's standing orders from last turn),
    so a scripted player spends the same whether or not its orders were renewed."""
    state = engine.state.agencies[agency]
    rules = engine.rules
    own = state.bloc
    # Next turn's bloc dues are kept back: the money that may be handed out.
    free = state.money - (rules.blocs[own].dues_per_turn if own is not None else 0)
    if free <= 0:  # nothing to hand out: every loop below would stop at once
        return _replace(agency, state.allocation, {})
    ranked = []
    firsts = engine.state.firsts
    rows = rules.fund_rows
    priced = rules.bloc_priced[own] if own is not None else frozenset()
    share = None  # worked out only if some candidate is a bloc milestone
    for mid, status in statuses.items():
        if status in _UNFUNDABLE:
            continue
        rule, cost, value, first = rows[mid]
        if mid in priced:  # `ms.cost_for`, inlined: this loop runs every agency-turn
            if share is None:
                share = effective_cost_share(rules, state)
            cost = max(1, round(cost * (1 - share)))
        if first and mid not in firsts:
            value += rule.first_prestige
        # max(1, ...): the loader refuses a cost under 1, but a division is no place to trust it.
        ranked.append((-value / max(1, cost), mid, rule, cost, status))
    if not ranked:  # nothing open to fund
        return _replace(agency, state.allocation, {})
    ranked.sort()
    # The paces fund what is in development, the last pass what is ready: each pass walks
    # its own part of the ranking, in ranked order, and money moves only where it funds.
    building = [(mid, cost / rule.min_turns) for _, mid, rule, cost, status in ranked
                if status != ms.READY]
    plan: dict[str, int] = {}
    for pace in (1.0, rules.tuning.full_speed_funding):
        for mid, steady in building:
            if free <= 0:
                break
            want = round(steady * pace) - plan.get(mid, 0)
            if want > 0:
                amount = want if want < free else free
                plan[mid] = plan.get(mid, 0) + amount
                free -= amount
    if len(building) == len(ranked):  # nothing ready to fly: every amount planned is > 0
        return _replace(agency, state.allocation, plan)
    for _, mid, rule, cost, status in ranked:
        if free <= 0:
            break
        if status == ms.READY and rule.is_mission:
            amount = min(free, cost // 4, ms.full_speed_amount(rules, rule, cost))
            plan[mid] = plan.get(mid, 0) + amount
            free -= amount
    return _replace(agency, state.allocation, {m: a for m, a in plan.items() if a > 0})


def _replace(agency: str, current: dict[str, int], plan: dict[str, int]) -> list[Command]:
    """Commands turning `current` into `plan`: cuts first, so that every raise fits the
    money that the cuts freed."""
    if not current:  # a computer player's turn starts with nothing allocated: raises only
        return [Allocate(agency, mid, amount) for mid, amount in plan.items() if amount > 0]
    cuts: list[Command] = [Allocate(agency, mid, 0) for mid in sorted(current)
                           if mid not in plan]
    cuts += [Allocate(agency, mid, amount) for mid, amount in plan.items()
             if amount < current.get(mid, 0)]
    raises: list[Command] = [Allocate(agency, mid, amount) for mid, amount in plan.items()
                             if amount > current.get(mid, 0)]
    return cuts + raises


def plan_turn(engine: GameView, agency: str, strategy: str) -> list[Command]:
    """Everything this agency does this turn, in order. Applied one by one, so later
    commands see the effect of earlier ones (a join changes costs)."""
    plan: list[Command] = []
    plan += answers(engine, agency, strategy)
    plan += bloc_moves(engine, agency, strategy)
    return plan


def play_turn(
    engine: GameView, agency: str, strategy: str, apply: Callable[[Command], object]
) -> None:
    """Play one whole turn for `agency` through `apply` (engine.apply, or the AI's own)."""
    # The tests before each call are the callees' own first ones, made here to save the
    # calls on most agency-turns (nothing pending; a rival keeps its bloc; nothing ready).
    if engine.state.pending:
        for command in answers(engine, agency, strategy):
            apply(command)
    if strategy != "keep":
        for command in bloc_moves(engine, agency, strategy):  # after answers: offers taken
            apply(command)
    # Only what is open to fund or fly: `attempts` and `funding` pass over the rest anyway.
    statuses = ms.open_statuses(engine.rules, engine.state, engine.state.agencies[agency])
    flights = attempts(engine, agency, statuses) if ms.READY in statuses.values() else []
    for command in flights:
        apply(command)
    if flights:  # a launch can achieve (or set back) a milestone: look again
        statuses = ms.open_statuses(engine.rules, engine.state, engine.state.agencies[agency])
    for command in funding(engine, agency, statuses):
        apply(command)


def rival(engine: GameView, agency: str, apply: Callable[[Command], object]) -> None:
    """A computer agency's turn: it keeps to the road history put it on ("keep") and to its
    timetable (`game.core.timetable`). An agency the scenario gives no timetable funds the
    most valuable milestones as fast as money allows, as every rival once did."""
    state = engine.state
    targets = game_targets(engine.rules, state.seed, state.difficulty, agency)
    if not targets:
        play_turn(engine, agency, "keep", apply)
        return
    if state.pending:
        for command in answers(engine, agency, "keep"):
            apply(command)
    statuses = ms.open_statuses(engine.rules, state, state.agencies[agency])
    flights = (paced_attempts(engine, agency, statuses, targets)
               if ms.READY in statuses.values() else [])
    for command in flights:
        apply(command)
    if flights:
        statuses = ms.open_statuses(engine.rules, state, state.agencies[agency])
    for command in paced_funding(engine, agency, statuses, targets):
        apply(command)


def _months_left(engine: GameView, targets: dict[str, int], mid: str) -> int:
    return targets[mid] - engine.rules.calendar.turn_month(engine.state.turn)


def paced_attempts(engine: GameView, agency: str, statuses: dict[str, str],
                   targets: dict[str, int]) -> list[Command]:
    """Fly what is ready once its target is near (within the margin), if the odds are good
    enough: a rival ready early waits, and meanwhile spends on reliability."""
    near = engine.rules.tuning.rival_margin_turns * engine.rules.calendar.turn_months
    # Something outside the plan (robotic science flown with money left over) flies at once.
    ready = {mid: status for mid, status in statuses.items()
             if status == ms.READY
             and (mid not in targets or _months_left(engine, targets, mid) <= near)}
    if not ready:
        return []
    overdue = frozenset(mid for mid in ready
                        if mid in targets and _months_left(engine, targets, mid) <= 0)
    return attempts(engine, agency, ready, overdue)


def paced_funding(engine: GameView, agency: str, statuses: dict[str, str],
                  targets: dict[str, int]) -> list[Command]:
    """Fund the timetable: a planned milestone (or a prerequisite of one) only from when the
    time left to its target is what steady funding needs plus a margin; at the steady rate
    while on time, at full speed when late. Money left over goes to the reliability of
    missions ready to fly, then to planned robotic missions a little early, then to other
    robotic science missions (science, not money lost to `carry_over`); the rest carries
    over to the next turn."""
    rules = engine.rules
    state = engine.state.agencies[agency]
    own = state.bloc
    free = state.money - (rules.blocs[own].dues_per_turn if own is not None else 0)
    if free <= 0:
        return _replace(agency, state.allocation, {})
    tuning = rules.tuning
    turn_months = rules.calendar.turn_months
    now = rules.calendar.turn_month(engine.state.turn)
    margin = tuning.rival_margin_turns
    priced = rules.bloc_priced[own] if own is not None else frozenset()
    share = None
    due: list[tuple[int, str, int]] = []  # (target, milestone, amount this turn)
    ready: list[tuple[int, str, MilestoneRule, int]] = []
    early: list[tuple[int, str, int]] = []
    spare_science: list[tuple[float, str, int]] = []
    for mid, status in statuses.items():
        target = targets.get(mid)
        rule = rules.milestones[mid]
        if target is None and rule.track != "robotic":  # neither planned nor needed by a plan
            continue
        cost = rule.cost
        if mid in priced:
            if share is None:
                share = effective_cost_share(rules, state)
            cost = max(1, round(cost * (1 - share)))
        if status == ms.READY:
            if rule.is_mission:
                ready.append((target if target is not None else now, mid, rule, cost))
            continue
        if target is None:  # robotic science outside the plan: only with money left over
            spare_science.append((-rules.static_value[mid] / cost, mid,
                                  max(1, round(cost / rule.min_turns))))
            continue
        left = (target - now) / turn_months
        # What no funding can need yet (most of a plan, most turns): passed over unweighed.
        # From nothing, steady funding needs `steady_turns`; work done only shortens it.
        furthest = steady_turns(rules, rule) + margin
        if left > (furthest * tuning.rival_early_robotic if rule.track == "robotic"
                   else furthest):
            continue
        project = state.projects.get(mid) or _NEW
        steady = max(1, round(cost / rule.min_turns))
        need = ms.turns_to_ready(rules, rule, cost, project, steady) or steady_turns(rules, rule)
        # A mission is flown the turn after its development ends; anything else is achieved
        # the turn its development ends, and needs no margin for a failed launch.
        lead = need if rule.is_mission else need - 1
        spare = margin if rule.is_mission else 0
        if left < lead:  # late: as fast as money allows
            due.append((target, mid, ms.finishing_amount(rules, rule, cost, project.progress)))
        elif left <= lead + spare:
            due.append((target, mid, steady))
        elif rule.track == "robotic" and left <= (lead + spare) * tuning.rival_early_robotic:
            early.append((target, mid, steady))
    plan: dict[str, int] = {}
    for _, mid, amount in sorted(due):
        if free <= 0:
            break
        plan[mid] = min(amount, free)
        free -= plan[mid]
    for _, mid, rule, cost in sorted(ready):
        if free <= 0:
            break
        amount = min(free, cost // 4, ms.full_speed_amount(rules, rule, cost))
        if amount > 0:
            plan[mid] = amount
            free -= amount
    for _, mid, amount in (*sorted(early), *sorted(spare_science)):
        if free <= 0:
            break
        plan[mid] = min(amount, free)
        free -= plan[mid]
    return _replace(agency, state.allocation, {m: a for m, a in plan.items() if a > 0})


_NEW = Project()
