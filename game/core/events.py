"""Event conditions and effects, looked up by the names scenario files use.

Each name in `game.scenario.models.EFFECT_NAMES` / `CONDITION_NAMES` has one function here,
registered by decorator; a test checks the two lists match, so a scenario can only name
what the engine can do (and the loader rejects anything else before a game starts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.core.calendar import month_index

if TYPE_CHECKING:
    from game.core.engine import Engine

EffectFn = Callable[["Engine", str, Any], None]
ConditionFn = Callable[["Engine", str, Any], bool]

EFFECTS: dict[str, EffectFn] = {}
CONDITIONS: dict[str, ConditionFn] = {}


def effect(name: str) -> Callable[[EffectFn], EffectFn]:
    def register(fn: EffectFn) -> EffectFn:
        EFFECTS[name] = fn
        return fn

    return register


def condition(name: str) -> Callable[[ConditionFn], ConditionFn]:
    def register(fn: ConditionFn) -> ConditionFn:
        CONDITIONS[name] = fn
        return fn

    return register


def target(agency_field: str, addressed: str) -> str:
    return addressed if agency_field == "self" else agency_field


# --- effects ----------------------------------------------------------------------------


@effect("support")
def _support(engine: Engine, addressed: str, spec: Any) -> None:
    engine.change_support(target(spec.agency, addressed), spec.amount)


@effect("money")
def _money(engine: Engine, addressed: str, spec: Any) -> None:
    engine.change_money(target(spec.agency, addressed), spec.amount)


@effect("science")
def _science(engine: Engine, addressed: str, spec: Any) -> None:
    engine.add_score(target(spec.agency, addressed), "science", spec.amount)


@effect("prestige")
def _prestige(engine: Engine, addressed: str, spec: Any) -> None:
    engine.add_score(target(spec.agency, addressed), "prestige", spec.amount)


@effect("trust")
def _trust(engine: Engine, addressed: str, spec: Any) -> None:
    who = target(spec.agency, addressed)
    partners = [spec.partner] if spec.partner else engine.partners(who)
    for partner in partners:
        engine.change_trust(who, partner, spec.amount)


@effect("progress")
def _progress(engine: Engine, addressed: str, spec: Any) -> None:
    engine.change_progress(target(spec.agency, addressed), spec.milestone, spec.amount)


@effect("reliability")
def _reliability(engine: Engine, addressed: str, spec: Any) -> None:
    # Expressed as test experience: +0.15 reliability bonus is one attempt's worth.
    engine.add_experience(target(spec.agency, addressed), spec.milestone, spec.amount)


@effect("lift_constraint")
def _lift(engine: Engine, addressed: str, spec: Any) -> None:
    engine.lift_constraint(target(spec.agency, addressed), spec.constraint)


@effect("join_bloc")
def _join(engine: Engine, addressed: str, spec: Any) -> None:
    engine.join_bloc(target(spec.agency, addressed), spec.bloc, by_event=True)


@effect("leave_bloc")
def _leave(engine: Engine, addressed: str, spec: Any) -> None:
    engine.leave_bloc(target(spec.agency, addressed))


@effect("offer_bloc")
def _offer(engine: Engine, addressed: str, spec: Any) -> None:
    engine.offer_bloc(target(spec.agency, addressed), spec.bloc)


# --- conditions -------------------------------------------------------------------------


def _achieved_by(engine: Engine, agency: str, milestone: str, by: str) -> bool:
    agencies = engine.state.agencies
    if by == "self":
        return milestone in agencies[agency].achieved
    others = (a for a in agencies.values() if by == "any" or a.id != agency)
    return any(milestone in a.achieved for a in others)


@condition("achieved")
def _c_achieved(engine: Engine, addressed: str, spec: Any) -> bool:
    return _achieved_by(engine, target(spec.agency, addressed), spec.milestone, spec.by)


@condition("not_achieved")
def _c_not_achieved(engine: Engine, addressed: str, spec: Any) -> bool:
    return not _achieved_by(engine, target(spec.agency, addressed), spec.milestone, spec.by)


@condition("member")
def _c_member(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.state.agencies[target(spec.agency, addressed)].bloc == spec.bloc


@condition("independent")
def _c_independent(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.state.agencies[target(spec.agency, addressed)].bloc is None


@condition("support_below")
def _c_support_below(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.state.agencies[target(spec.agency, addressed)].support < spec.value


@condition("support_above")
def _c_support_above(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.state.agencies[target(spec.agency, addressed)].support > spec.value


@condition("after")
def _c_after(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.rules.calendar.turn_month(engine.state.turn) >= month_index(spec.date)


@condition("before")
def _c_before(engine: Engine, addressed: str, spec: Any) -> bool:
    return engine.rules.calendar.turn_month(engine.state.turn) < month_index(spec.date)
