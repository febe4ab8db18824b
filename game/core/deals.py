"""Bilateral deals: the independent road's way to work with others without a bloc.

An agency in no bloc may put an instrument on another agency's coming robotic mission, as
CNES supplies DORN, a French instrument, to CNSA for Chang'e 6 "as part of a cooperative
venture" (seed_001, a plan). It pays now; when the host achieves the mission, the owner
gains science and both gain cooperation; if the mission fails, the instrument is lost with
it. The price, the payoff and how many deals may be open are game values (`Tuning`). A
documented bar between two agencies (a `barred_partner` constraint: the 2011 restriction
on NASA working with China) forbids a deal either way, in the constraint's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core import changes
from game.core import milestones as ms
from game.core.commands import OK, PlaceInstrument, Result, refused
from game.core.records import (
    Message,
    agency_ref,
    bloc_ref,
    constraint_ref,
    message,
    milestone_ref,
)
from game.core.rules import Rules
from game.core.state import Deal, GameState
from game.core.world import World

# The host's statuses in which a mission is still to fly: being developed, or ready.
DEVELOPING = (ms.AVAILABLE, ms.IN_PROGRESS, ms.READY)


@dataclass(frozen=True)
class DealOption:
    """One mission an instrument might go on, and whether it may now (the deals screen)."""

    host: str
    milestone: str
    host_status: str
    cost: int  # what placing it costs now (a game value)
    science: float  # what its owner gains when the mission succeeds (a game value)
    reason: Message | None  # why not, or None: it may be placed
    sources: tuple[str, ...]  # the sources of the constraint that bars it, if one does


def open_deals(state: GameState, aid: str) -> list[Deal]:
    return [d for d in state.deals if d.owner == aid]


def _barred(rules: Rules, state: GameState, aid: str,
            host: str) -> tuple[Message, tuple[str, ...]] | None:
    """The documented bar between the two agencies, whichever of them it binds."""
    for one, other in ((aid, host), (host, aid)):
        documented = rules.scenario.agencies[one].constraints
        for cid in state.agencies[one].constraints:
            constraint = documented[cid]
            if constraint.kind == "barred_partner" and constraint.partner == other:
                return (message("{constraint}", constraint=constraint_ref(one, cid)),
                        tuple(constraint.sources))
    return None


def refusal(rules: Rules, state: GameState, aid: str, host: str,
            mid: str) -> tuple[Message, tuple[str, ...]] | None:
    """Why `aid` may not put an instrument on `host`'s `mid` now (and the sources of a
    documented bar), or None."""
    if host not in state.agencies:
        return message("there is no agency called {a}", a=host), ()
    if host == aid:
        return message("an instrument goes on another agency's mission"), ()
    rule = rules.milestones.get(mid)
    if rule is None:
        return message("there is no milestone called {m}", m=mid), ()
    if not rule.is_mission or rule.crewed:
        return message("an instrument flies only on a robotic mission, and {m} is not one",
                       m=milestone_ref(mid)), ()
    me = state.agencies[aid]
    if me.bloc is not None:
        return message("{a} is in {b}: bilateral deals are the independent road's (a game "
                       "rule)", a=agency_ref(aid), b=bloc_ref(me.bloc)), ()
    barred = _barred(rules, state, aid, host)
    if barred is not None:
        return barred
    if ms.status(rules, state, state.agencies[host], mid) not in DEVELOPING:
        return message("{h} is not developing {m}", h=agency_ref(host), m=milestone_ref(mid)), ()
    mine = open_deals(state, aid)
    if any(d.host == host and d.milestone == mid for d in mine):
        return message("{a} already has an instrument on {h}'s {m}", a=agency_ref(aid),
                       h=agency_ref(host), m=milestone_ref(mid)), ()
    slots = rules.tuning.instrument_slots
    if len(mine) >= slots:
        return message("{a} already has {n} open deals, the most at once (a game value)",
                       a=agency_ref(aid), n=slots), ()
    cost = rules.tuning.instrument_cost
    free = me.money - sum(me.allocation.values())
    if free < cost:
        return message("an instrument costs {c}M and {a} has {f}M not allocated",
                       c=cost, a=agency_ref(aid), f=free), ()
    return None


def options(rules: Rules, state: GameState, aid: str) -> tuple[DealOption, ...]:
    """Every other agency's robotic mission still to fly, with whether `aid` may place an
    instrument on it now and why not."""
    tuning = rules.tuning
    out = []
    for host, agency in state.agencies.items():
        if host == aid:
            continue
        for mid, rule in rules.milestones.items():
            if not rule.is_mission or rule.crewed:
                continue
            status = ms.status(rules, state, agency, mid)
            if status not in DEVELOPING:
                continue
            why = refusal(rules, state, aid, host, mid)
            out.append(DealOption(host, mid, status, tuning.instrument_cost,
                                  tuning.instrument_science, why[0] if why else None,
                                  why[1] if why else ()))
    return tuple(out)


def place(world: World, c: PlaceInstrument) -> Result:
    rules, state = world.rules, world.state
    why = refusal(rules, state, c.agency, c.host, c.milestone)
    if why is not None:
        return refused(why[0])
    changes.change_money(world, c.agency, -rules.tuning.instrument_cost, cause="deals_paid",
                         by=c.milestone)
    state.deals.append(Deal(c.agency, c.host, c.milestone, state.turn))
    world.news(c.agency, message("{a} will fly an instrument on {h}'s {m}",
                                 a=agency_ref(c.agency), h=agency_ref(c.host),
                                 m=milestone_ref(c.milestone)))
    return OK


def delivered(world: World, host: str, mid: str) -> None:
    """`host` has achieved `mid`: every instrument aboard pays off, and the deal closes."""
    tuning = world.rules.tuning
    for deal in _aboard(world.state, host, mid):
        world.state.deals.remove(deal)
        changes.add_score(world, deal.owner, "science", tuning.instrument_science)
        changes.add_score(world, deal.owner, "cooperation", tuning.instrument_cooperation)
        changes.add_score(world, host, "cooperation", tuning.instrument_cooperation)
        world.news(deal.owner, message("{a}'s instrument flew on {h}'s {m}: its science is "
                                       "{a}'s", a=agency_ref(deal.owner), h=agency_ref(host),
                                       m=milestone_ref(mid)))


def lost(world: World, host: str, mid: str) -> None:
    """`host`'s `mid` failed: the instruments aboard are lost with it."""
    for deal in _aboard(world.state, host, mid):
        world.state.deals.remove(deal)
        world.news(deal.owner, message("{a}'s instrument was lost with {h}'s {m}",
                                       a=agency_ref(deal.owner), h=agency_ref(host),
                                       m=milestone_ref(mid)))


def _aboard(state: GameState, host: str, mid: str) -> list[Deal]:
    return [d for d in state.deals if d.host == host and d.milestone == mid]
