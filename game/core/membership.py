"""Joining, leaving and being invited into a bloc (the rules of who may are in
`game.core.blocs`)."""

from __future__ import annotations

from game.core import blocs as bloc_rules
from game.core import changes, station
from game.core.commands import OK, DeclineOffer, JoinBloc, LeaveBloc, Result, refused
from game.core.records import agency_ref, bloc_ref, message
from game.core.state import Pending
from game.core.world import World


def join(world: World, c: JoinBloc) -> Result:
    why = bloc_rules.join_refusal(world.rules, world.state, c.agency, c.bloc)
    if why:
        return refused(why)
    join_bloc(world, c.agency, c.bloc)
    return OK


def leave(world: World, c: LeaveBloc) -> Result:
    if world.state.agencies[c.agency].bloc is None:
        return refused(message("{a} is not in a bloc", a=agency_ref(c.agency)))
    leave_bloc(world, c.agency)
    return OK


def decline(world: World, c: DeclineOffer) -> Result:
    item = world.pending_item(c.agency, "offer", c.bloc)
    if item is None:
        return refused(message("there is no open offer from {b}", b=c.bloc))
    world.state.pending.remove(item)
    world.state.agencies[c.agency].declined.append(c.bloc)
    return OK


def join_bloc(world: World, aid: str, bloc: str) -> None:
    state = world.state
    if bloc_rules.join_refusal(world.rules, state, aid, bloc):
        return
    rule = world.rules.blocs[bloc]
    agency = state.agencies[aid]
    if agency.bloc is not None:
        leave_bloc(world, aid)
    for partner in bloc_rules.members(state, bloc):
        agency.trust[partner] = rule.trust_start
        state.agencies[partner].trust[aid] = rule.trust_start
    agency.bloc = bloc
    station.on_join(world, aid, bloc)  # the stages the bloc has built are the newcomer's too
    changes.change_support(world, aid, rule.join_support)
    state.pending = [p for p in state.pending if not (p.agency == aid and p.kind == "offer")]
    world.news(aid, message("{a} joins {b}", a=agency_ref(aid), b=bloc_ref(bloc)))


def leave_bloc(world: World, aid: str) -> None:
    state = world.state
    agency = state.agencies[aid]
    if agency.bloc is None:
        return
    rule = world.rules.blocs[agency.bloc]
    for partner in bloc_rules.partners(state, aid):
        state.agencies[partner].trust.pop(aid, None)
    agency.trust = {}
    agency.scores["cooperation"] = max(0.0, agency.scores["cooperation"]
                                       - rule.leave_trust_penalty / 5)
    changes.change_support(world, aid, -2)
    agency.bloc = None
    world.news(aid, message("{a} leaves {b}", a=agency_ref(aid), b=bloc_ref(rule.id)))


def offer_bloc(world: World, aid: str, bloc: str) -> None:
    agency = world.state.agencies[aid]
    if agency.bloc == bloc or bloc_rules.join_refusal(world.rules, world.state, aid, bloc):
        return
    if aid in world.state.humans and world.pending_item(aid, "offer", bloc) is None:
        world.state.pending.append(Pending(aid, "offer", bloc))
