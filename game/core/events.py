"""Events: when they fire, whom they reach, and what their effects and answers do.

Each name in `game.scenario.models.EFFECT_NAMES` / `CONDITION_NAMES` has one function here,
registered by decorator; a test checks the two lists match, so a scenario can only name
what the engine can do (and the loader rejects anything else before a game starts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from game.core import changes, membership, missions
from game.core.blocs import partners as bloc_partners
from game.core.calendar import month_index
from game.core.commands import OK, AnswerEvent, Result, refused
from game.core.records import FiredEvent, agency_ref, effect_ref, event_ref, message
from game.core.state import Pending, Scheduled
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
    """Every event due at the start of this turn: first the consequences decided earlier
    that land now (delayed effects, follow-up events), then historical events on their date
    and the others when their conditions hold (a random one then with its chance)."""
    rules, state = world.rules, world.state
    land_scheduled(world)
    reached: dict[str, int] = {}  # agency -> random events that reached it this turn
    for eid, event in rules.scenario.events.items():
        if event.kind == "follow_up" or not _may_fire(world, eid, event):
            continue
        if event.kind == "historical":
            if rules.historical_turn.get(eid) != state.turn:
                continue
            firing = _addressed(world, event)
        else:
            firing = _addressed(world, event)
            for spec in event.when:  # conditions only read: filtering one at a time
                firing = [a for a in firing if holds(world, a, spec)]  # keeps all()'s
            if event.kind == "random" and firing:
                # One draw per addressee whose conditions hold, in order: one call for
                # all of them gives the very numbers that one call each would. The limits
                # apply after the draws, so they never shift the numbers that follow.
                chance = event.game.chance
                draws = world.rng.random(len(firing)).tolist()
                firing = [a for a, draw in zip(firing, draws, strict=True) if draw < chance]
                firing = _within_limits(world, event, firing, reached)
        if firing:
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
    state.fired[eid] = state.fired.get(eid, 0) + 1
    state.fired_turn[eid] = state.turn
    for aid in agencies:
        state.current[aid].events.append(FiredEvent(eid))
    apply_effects(world, eid, OWN_EFFECTS, agencies)
    if not event.choices:
        return
    for aid in agencies:
        if aid in state.humans:
            state.pending.append(Pending(aid, "event", eid))
        else:
            choice = min(event.game.ai_choice, len(event.choices) - 1)
            _note_choice(world, aid, eid, choice)
            apply_effects(world, eid, choice, [aid])


def answer(world: World, c: AnswerEvent) -> Result:
    item = world.pending_item(c.agency, "event", c.event)
    if item is None:
        return refused(message("no event {e} is waiting for an answer", e=c.event))
    event = world.rules.scenario.events[c.event]
    if not 0 <= c.choice < len(event.choices):
        return refused(message("choose an answer from 1 to {n}", n=len(event.choices)))
    world.state.pending.remove(item)
    _note_choice(world, c.agency, c.event, c.choice)
    apply_effects(world, c.event, c.choice, [c.agency])
    return OK


def _note_choice(world: World, aid: str, eid: str, choice: int) -> None:
    """Remember the answer for `chose` conditions, and write it next to the event in the
    agency's report of this turn."""
    world.state.choices.setdefault(aid, {}).setdefault(eid, []).append(choice)
    report = world.state.current.get(aid)
    for fired in reversed(report.events if report is not None else []):
        if fired.event == eid:
            fired.choice = choice
            return


OWN_EFFECTS = -1  # in a Scheduled effect: the event's own effects, not an answer's


def effects_of(world: World, eid: str, choice: int) -> Sequence[Any]:
    """The effects an event has (choice OWN_EFFECTS) or one of its answers has."""
    event = world.rules.scenario.events[eid]
    return event.effects if choice == OWN_EFFECTS else event.choices[choice].effects


def apply_effects(world: World, eid: str, choice: int, agencies: list[str]) -> None:
    """The effects of an event (or of one answer) on its addressees: now, or scheduled
    `after_turns` later for the same addressee (a follow-up event always is)."""
    # An effect naming an agency applies once; one on `self` applies to each addressee.
    for index, spec in enumerate(effects_of(world, eid, choice)):
        whom = agencies if spec.agency == "self" else agencies[:1]
        for aid in whom:
            if spec.after_turns:
                world.state.scheduled.append(
                    Scheduled(aid, eid, choice, index, world.state.turn + spec.after_turns))
            else:
                EFFECTS[spec.effect](world, aid, spec)


def land_scheduled(world: World) -> None:
    """The delayed effects and follow-up events due this turn, in the order they were
    decided. A delayed effect is said in the news ("As decided in <event>: ..."); a
    follow-up event reaches its agency whatever its kind, date and chance, if its own
    conditions (`when`) still hold then."""
    state = world.state
    due = [s for s in state.scheduled if s.due <= state.turn]
    if not due:
        return
    state.scheduled = [s for s in state.scheduled if s.due > state.turn]
    for item in due:
        spec = effects_of(world, item.event, item.choice)[item.effect]
        whom = target(spec.agency, item.agency)
        if spec.effect == "follow_up":  # whatever the event's `to:`: the effect names whom
            follow = world.rules.scenario.events[spec.event]
            if all(holds(world, whom, c) for c in follow.when):
                _fire(world, spec.event, follow, [whom])
            continue
        said = message("As decided in {e}: {what}", e=event_ref(item.event),
                       what=effect_ref(item.event, item.choice, item.effect))
        for aid in dict.fromkeys((item.agency, whom)):  # who decided, and who it lands on
            world.note(aid, said)
        EFFECTS[spec.effect](world, item.agency, spec)


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


@effect("follow_up")
def _follow_up(world: World, addressed: str, spec: Any) -> None:
    # Never applied at once: its after_turns is at least 1, so `apply_effects` schedules it
    # and `land_scheduled` fires the event when it is due.
    raise AssertionError("a follow_up effect is always scheduled")


@effect("achieve")
def _achieve(world: World, addressed: str, spec: Any) -> None:
    # As a successful flight would (science, prestige, a first, bloc sharing, the news),
    # without a launch and without checking requirements: history decides it happened.
    missions.achieve(world, target(spec.agency, addressed), spec.milestone)


@effect("budget")
def _budget(world: World, addressed: str, spec: Any) -> None:
    aid = target(spec.agency, addressed)
    agency = world.state.agencies[aid]
    yearly = world.rules.scenario.agencies[aid].game.budget_per_year
    before = agency.budget_change
    agency.budget_change = max(-yearly, before + spec.amount)  # never below a budget of 0
    world.news(aid, message("{a}'s yearly budget changes by {n} million",
                            a=agency_ref(aid), n=agency.budget_change - before))


# --- conditions -------------------------------------------------------------------------


def holds(world: World, addressed: str, spec: Any) -> bool:
    """Whether a condition holds for an addressee (any/all/not read their own list)."""
    return CONDITIONS[spec.condition](world, addressed, spec)


@condition("any")
def _c_any(world: World, addressed: str, spec: Any) -> bool:
    return any(holds(world, addressed, c) for c in spec.of)


@condition("all")
def _c_all(world: World, addressed: str, spec: Any) -> bool:
    return all(holds(world, addressed, c) for c in spec.of)


@condition("not")
def _c_not(world: World, addressed: str, spec: Any) -> bool:
    return not any(holds(world, addressed, c) for c in spec.of)


@condition("money_below")
def _c_money_below(world: World, addressed: str, spec: Any) -> bool:
    return bool(world.state.agencies[target(spec.agency, addressed)].money < spec.value)


@condition("money_above")
def _c_money_above(world: World, addressed: str, spec: Any) -> bool:
    return bool(world.state.agencies[target(spec.agency, addressed)].money > spec.value)


def trust_of(world: World, addressed: str, spec: Any) -> float | None:
    """The trust a trust condition reads: the agency's toward `partner` (`self`: the
    addressee), else its average trust toward its current bloc partners (None: no bloc
    partner, and the condition does not hold). Trust never set reads as the 50 every
    change starts from (`changes.change_trust`)."""
    who = target(spec.agency, addressed)
    trust = world.state.agencies[who].trust
    if spec.partner is not None:
        other = target(spec.partner, addressed)
        return None if other == who else float(trust.get(other, 50))
    partners = bloc_partners(world.state, who)
    return sum(trust.get(p, 50) for p in partners) / len(partners) if partners else None


@condition("trust_below")
def _c_trust_below(world: World, addressed: str, spec: Any) -> bool:
    value = trust_of(world, addressed, spec)
    return value is not None and value < spec.value


@condition("trust_above")
def _c_trust_above(world: World, addressed: str, spec: Any) -> bool:
    value = trust_of(world, addressed, spec)
    return value is not None and value > spec.value


@condition("chose")
def _c_chose(world: World, addressed: str, spec: Any) -> bool:
    choices = world.rules.scenario.events[spec.event].choices
    index = next((i for i, c in enumerate(choices) if c.id == spec.choice), None)
    taken = world.state.choices.get(target(spec.agency, addressed), {}).get(spec.event, [])
    return index is not None and index in taken


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
