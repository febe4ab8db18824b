"""Scripted strategies: the computer's rivals, the headless autoplay, and balance runs.

A policy only *proposes* commands; they go through the same engine handlers a player's
do. Policies read state and are deterministic, so a replay recomputes them exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.core import milestones as ms
from game.core.commands import (
    Allocate,
    AnswerEvent,
    Attempt,
    Command,
    DeclineOffer,
    JoinBloc,
    LeaveBloc,
)

if TYPE_CHECKING:
    from game.core.engine import Engine

# "keep": stay where history put you (the rivals). The rest are the player's roads.
STRATEGIES = ("keep", "ilrs", "artemis", "independent")


def wanted_bloc(engine: Engine, agency: str, strategy: str) -> str | None:
    current = engine.state.agencies[agency].bloc
    if strategy == "keep":
        return current
    if strategy == "independent":
        return None
    return strategy if strategy in engine.rules.blocs else current


def bloc_moves(engine: Engine, agency: str, strategy: str) -> list[Command]:
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


def answers(engine: Engine, agency: str, strategy: str) -> list[Command]:
    out: list[Command] = []
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


def _value(engine: Engine, mid: str, depth: int = 0) -> float:
    rule = engine.rules.milestones[mid]
    own = rule.science + rule.prestige
    if rule.first and mid not in engine.state.firsts:
        own += rule.first_prestige
    if depth >= 2:
        return own
    unlocks = [m for m, r in engine.rules.milestones.items() if mid in r.requires]
    return own + 0.5 * sum(_value(engine, m, depth + 1) for m in unlocks)


def attempts(engine: Engine, agency: str) -> list[Command]:
    out: list[Command] = []
    late = engine.state.turn >= engine.state.turn_count - 2
    for mid, rule in engine.rules.milestones.items():
        if not rule.is_mission or engine.status(agency, mid) != ms.READY:
            continue
        view = engine.milestone_view(agency, mid)
        threshold = 0.5 if late else (0.8 if rule.crewed else 0.7)
        if view.reliability >= threshold and not view.attempted_this_turn:
            out.append(Attempt(agency, mid))
    return out


def funding(engine: Engine, agency: str, boost: float = 1.3) -> list[Command]:
    """Fund the most valuable reachable milestones at a steady pace while money lasts."""
    budget = engine.budget_view(agency)
    free = budget.free - _reserve(engine, agency)
    candidates = []
    for mid, rule in engine.rules.milestones.items():
        status = engine.status(agency, mid)
        if status in (ms.LOCKED, ms.ACHIEVED):
            continue
        view = engine.milestone_view(agency, mid)
        if status == ms.READY and (not rule.is_mission or view.reliability >= 0.7):
            continue
        candidates.append((-_value(engine, mid) / max(1, view.cost), mid, view))
    out: list[Command] = []
    for _, mid, view in sorted(candidates):
        if free <= 0:
            break
        if view.progress >= 1.0:
            amount = min(free, max(1, view.cost // 6))
        else:
            amount = min(free, round(view.steady_funding * boost))
        if amount > 0:
            out.append(Allocate(agency, mid, amount + view.allocation))
            free -= amount
    return out


def _reserve(engine: Engine, agency: str) -> int:
    state = engine.state.agencies[agency]
    if state.bloc is None:
        return 0
    return engine.rules.blocs[state.bloc].dues_per_turn


def plan_turn(engine: Engine, agency: str, strategy: str) -> list[Command]:
    """Everything this agency does this turn, in order. Applied one by one, so later
    commands see the effect of earlier ones (a join changes costs)."""
    plan: list[Command] = []
    plan += answers(engine, agency, strategy)
    plan += bloc_moves(engine, agency, strategy)
    return plan


def play_turn(
    engine: Engine, agency: str, strategy: str, apply: Callable[[Command], object]
) -> None:
    """Play one whole turn for `agency` through `apply` (engine.apply, or the AI's own)."""
    for command in plan_turn(engine, agency, strategy):
        apply(command)
    for command in attempts(engine, agency):
        apply(command)
    for command in funding(engine, agency):
        apply(command)
