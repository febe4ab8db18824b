"""Events: when they fire, whom they reach, and what their effects and answers do.

Each name in `game.scenario.models.EFFECT_NAMES` / `CONDITION_NAMES` has one function here,
registered by decorator; a test checks the two lists match, so a scenario can only name
what the engine can do (and the loader rejects anything else before a game starts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from game.core import changes, membership
from game.core.blocs import partners as bloc_partners
from game.core.calendar import month_index
from game.core.commands import OK, AnswerEvent, Result, refused
from game.core.records import FiredEvent, message
from game.core.state import Pending
from game.core.world import World
from game.scenario.models import Event

# A scenario's effect or condition spec (a pydantic model of game.scenario.models, one
# class per name): each function below reads the fields its own name has.
EffectFn = Callable[[World, str, Any], None]
ConditionFn = Callable[[World, str, Any], bool]

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


# --- firing -----------------------------------------------------------------------------


def fire_events(world: World) -> None:
    """Every event due at the start of this turn: historical ones on their date, the
    others when their conditions hold (a random one then with its chance)."""
    rules, state = world.rules, world.state
    reached: dict[str, int] = {}  # agency -> random events that reached it this turn
    for eid, event in rules.scenario.events.items():
        if not _may_fire(world, eid, event):
            continue
        if event.kind == "historical":
            if rules.historical_turn.get(eid) != state.turn:
                continue
            firing = _addressed(world, event)
        else:
            firing = _addressed(world, event)
            for spec in event.when:  # conditions only read: filtering one at a time
                holds = CONDITIONS[spec.condition]  # keeps the same addressees as all()
                firing = [a for a in firing if holds(world, a, spec)]
            if event.kind == "random" and firing:
                # One draw per addressee whose conditions hold, in order: one call for
                # all of them gives the very numbers that one call each would. The limits
                # apply after the draws, so they never shift the numbers that follow.
                chance = event.game.chance
                draws = world.rng.random(len(firing)).tolist()
                firing = [a for a, draw in zip(firing, draws, strict=True) if draw < chance]
                firing = _within_limits(world, event, firing, reached)
        if firing:
            state.fired[eid] = state.fired.get(eid, 0) + 1
            state.fired_turn[eid] = state.turn
            _fire(world, eid, event, firing)


def _may_fire(world: World, eid: str, event: Event) -> bool:
    """An event fires once a game unless it may repeat; a repeatable one at most
    `max_times`, and not again within `gap_turns` of its last firing (counted per event,
    whoever it reached)."""
    state, game = world.state, event.game
    times = state.fired.get(eid, 0)
    if not times:
        return True
    if not game.repeat or (game.max_times is not None and times >= game.max_times):
        return False
    last = state.fired_turn.get(eid)  # None in a save from before it was recorded
    gap = game.gap_turns if game.gap_turns is not None else world.rules.tuning.event_gap_turns
    return last is None or state.turn - last >= gap


def _within_limits(world: World, event: Event, hits: list[str], reached: dict[str, int]
                   ) -> list[str]:
    """The agencies a random event's draws hit, less those it may not reach this turn: any
    agency already reached by `random_events_per_agency_turn` random events, and every human
    agency after the first (so hot-seat teams are not all hit at once) unless the scenario
    says `together: true`. Computer agencies share no such limit with one another."""
    most = world.rules.tuning.random_events_per_agency_turn
    humans = world.state.humans
    hit_humans = [aid for aid in hits if aid in humans and reached.get(aid, 0) < most]
    chosen: str | None = None
    if hit_humans and not event.game.together:
        # The team whose turn in the rotation comes first (by the turn number), so that two
        # teams hit by the same draw do not leave it to the same team game after game.
        order = sorted(humans, key=lambda h: (humans.index(h) - world.state.turn)
                       % len(humans))
        chosen = next(h for h in order if h in hit_humans)
    kept: list[str] = []
    for aid in hits:
        if reached.get(aid, 0) >= most:
            continue
        if aid in humans and not event.game.together and aid != chosen:
            continue
        kept.append(aid)
        reached[aid] = reached.get(aid, 0) + 1
    return kept


def _addressed(world: World, event: Event) -> list[str]:
    if event.to == "all":
        return list(world.state.agencies)
    return [a for a in event.to if a in world.state.agencies]


def _fire(world: World, eid: str, event: Event, agencies: list[str]) -> None:
    state = world.state
    for aid in agencies:
        state.current[aid].events.append(FiredEvent(eid))
    apply_effects(world, event.effects, agencies)
    if not event.choices:
        return
    for aid in agencies:
        if aid in state.humans:
            state.pending.append(Pending(aid, "event", eid))
        else:
            choice = min(event.game.ai_choice, len(event.choices) - 1)
            _note_choice(world, aid, eid, choice)
            apply_effects(world, event.choices[choice].effects, [aid])


def answer(world: World, c: AnswerEvent) -> Result:
    item = world.pending_item(c.agency, "event", c.event)
    if item is None:
        return refused(message("no event {e} is waiting for an answer", e=c.event))
    event = world.rules.scenario.events[c.event]
    if not 0 <= c.choice < len(event.choices):
        return refused(message("choose an answer from 1 to {n}", n=len(event.choices)))
    world.state.pending.remove(item)
    _note_choice(world, c.agency, c.event, c.choice)
    apply_effects(world, event.choices[c.choice].effects, [c.agency])
    return OK


def _note_choice(world: World, aid: str, eid: str, choice: int) -> None:
    """Write the answer given next to the event in the agency's report of this turn."""
    report = world.state.current.get(aid)
    for fired in reversed(report.events if report is not None else []):
        if fired.event == eid:
            fired.choice = choice
            return


def apply_effects(world: World, effects: Sequence[Any], agencies: list[str]) -> None:
    # An effect naming an agency applies once; one on `self` applies to each addressee.
    for spec in effects:
        if spec.agency == "self":
            for aid in agencies:
                EFFECTS[spec.effect](world, aid, spec)
        else:
            EFFECTS[spec.effect](world, agencies[0], spec)


# --- effects ----------------------------------------------------------------------------


@effect("support")
def _support(world: World, addressed: str, spec: Any) -> None:
    changes.change_support(world, target(spec.agency, addressed), spec.amount)


@effect("money")
def _money(world: World, addressed: str, spec: Any) -> None:
    changes.change_money(world, target(spec.agency, addressed), spec.amount)


@effect("science")
def _science(world: World, addressed: str, spec: Any) -> None:
    changes.add_score(world, target(spec.agency, addressed), "science", spec.amount)


@effect("prestige")
def _prestige(world: World, addressed: str, spec: Any) -> None:
    changes.add_score(world, target(spec.agency, addressed), "prestige", spec.amount)


@effect("trust")
def _trust(world: World, addressed: str, spec: Any) -> None:
    who = target(spec.agency, addressed)
    partners = [spec.partner] if spec.partner else bloc_partners(world.state, who)
    for partner in partners:
        changes.change_trust(world, who, partner, spec.amount)


@effect("progress")
def _progress(world: World, addressed: str, spec: Any) -> None:
    changes.change_progress(world, target(spec.agency, addressed), spec.milestone, spec.amount)


@effect("reliability")
def _reliability(world: World, addressed: str, spec: Any) -> None:
    # Expressed as test experience: +0.15 reliability bonus is one attempt's worth.
    changes.add_experience(world, target(spec.agency, addressed), spec.milestone, spec.amount)


@effect("lift_constraint")
def _lift(world: World, addressed: str, spec: Any) -> None:
    changes.lift_constraint(world, target(spec.agency, addressed), spec.constraint)


@effect("join_bloc")
def _join(world: World, addressed: str, spec: Any) -> None:
    membership.join_bloc(world, target(spec.agency, addressed), spec.bloc)


@effect("leave_bloc")
def _leave(world: World, addressed: str, spec: Any) -> None:
    membership.leave_bloc(world, target(spec.agency, addressed))


@effect("offer_bloc")
def _offer(world: World, addressed: str, spec: Any) -> None:
    membership.offer_bloc(world, target(spec.agency, addressed), spec.bloc)


# --- conditions -------------------------------------------------------------------------


def _is(world: World, agency: str, other: str, by: str) -> bool:
    """Whether `other` is of the kind `by` names, seen from `agency`: itself, a current bloc
    partner, a rival (neither itself nor a current partner), anyone, or anyone but itself."""
    if by == "any":
        return True
    if by == "self":
        return other == agency
    if other == agency:
        return False
    if by == "other":
        return True
    agencies = world.state.agencies
    own = agencies[agency].bloc
    partner = own is not None and agencies[other].bloc == own
    return partner if by == "partner" else not partner


def _achieved_by(world: World, agency: str, milestone: str, by: str) -> bool:
    agencies = world.state.agencies
    if by == "self":
        return milestone in agencies[agency].achieved
    return any(milestone in a.achieved and _is(world, agency, a.id, by)
               for a in agencies.values())


@condition("achieved")
def _c_achieved(world: World, addressed: str, spec: Any) -> bool:
    return _achieved_by(world, target(spec.agency, addressed), spec.milestone, spec.by)


@condition("not_achieved")
def _c_not_achieved(world: World, addressed: str, spec: Any) -> bool:
    return not _achieved_by(world, target(spec.agency, addressed), spec.milestone, spec.by)


@condition("first")
def _c_first(world: World, addressed: str, spec: Any) -> bool:
    holder = world.state.firsts.get(spec.milestone)
    return holder is not None and _is(world, target(spec.agency, addressed), holder[0], spec.by)


@condition("member")
def _c_member(world: World, addressed: str, spec: Any) -> bool:
    return bool(world.state.agencies[target(spec.agency, addressed)].bloc == spec.bloc)


@condition("in_bloc")
def _c_in_bloc(world: World, addressed: str, spec: Any) -> bool:
    return world.state.agencies[target(spec.agency, addressed)].bloc is not None


@condition("independent")
def _c_independent(world: World, addressed: str, spec: Any) -> bool:
    return world.state.agencies[target(spec.agency, addressed)].bloc is None


@condition("support_below")
def _c_support_below(world: World, addressed: str, spec: Any) -> bool:
    return bool(world.state.agencies[target(spec.agency, addressed)].support < spec.value)


@condition("support_above")
def _c_support_above(world: World, addressed: str, spec: Any) -> bool:
    return bool(world.state.agencies[target(spec.agency, addressed)].support > spec.value)


@condition("after")
def _c_after(world: World, addressed: str, spec: Any) -> bool:
    return world.rules.calendar.turn_month(world.state.turn) >= month_index(spec.date)


@condition("before")
def _c_before(world: World, addressed: str, spec: Any) -> bool:
    return world.rules.calendar.turn_month(world.state.turn) < month_index(spec.date)
