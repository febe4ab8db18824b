"""Bloc rules: who is in, who may join and why not, and what trust does to cost sharing."""

from __future__ import annotations

from game.core.records import Message, agency_ref, bloc_ref, constraint_ref, message
from game.core.rules import Rules
from game.core.state import AgencyState, GameState


def members(state: GameState, bloc: str) -> list[str]:
    return [a.id for a in state.agencies.values() if a.bloc == bloc]


def partners(state: GameState, agency: str) -> list[str]:
    own = state.agencies[agency].bloc
    if own is None:
        return []
    return [a.id for a in state.agencies.values() if a.bloc == own and a.id != agency]


def mean_trust(state: GameState, agency: AgencyState) -> float:
    # `partners`, inlined: this runs for every agency every turn.
    aid, trust = agency.id, agency.trust
    own = state.agencies[aid].bloc
    if own is None:
        return 50.0
    values = [trust.get(a.id, 50) for a in state.agencies.values()
              if a.bloc == own and a.id != aid]
    return sum(values) / len(values) if values else 50.0


def effective_cost_share(rules: Rules, agency: AgencyState) -> float:
    """Partners pay more of the bill for an agency they trust (a game value rule)."""
    if agency.bloc is None:
        return 0.0
    bloc = rules.blocs[agency.bloc]
    trusts = agency.trust
    trust = sum(trusts.values()) / len(trusts) if trusts else bloc.trust_start
    factor = min(1.2, max(0.5, trust / 60))
    return min(0.9, bloc.cost_share * factor)


def join_refusal(rules: Rules, state: GameState, agency: str, bloc: str) -> Message | None:
    """Why `agency` may not join `bloc` now (with the documented reason), or None.

    Being in another bloc is no bar: joining switches blocs (leaving costs trust).
    """
    rule = rules.blocs.get(bloc)
    if rule is None:
        return message("there is no bloc called {bloc}", bloc=bloc)
    me = state.agencies[agency]
    if me.bloc == bloc:
        return message("{agency} is already a member of {bloc}", agency=agency_ref(agency),
                       bloc=bloc_ref(bloc))
    scenario_agency = rules.scenario.agencies[agency]
    for cid in me.constraints:
        constraint = scenario_agency.constraints[cid]
        if constraint.kind == "refuses_bloc" and constraint.bloc == bloc:
            return _documented(agency, cid)
        if constraint.kind == "barred_partner" and constraint.partner in members(state, bloc):
            return _documented(agency, cid)
    for member in members(state, bloc):
        other = rules.scenario.agencies[member]
        for cid in state.agencies[member].constraints:
            constraint = other.constraints[cid]
            if constraint.kind == "barred_partner" and constraint.partner == agency:
                return _documented(member, cid)
    if not rule.open_to_all and bloc not in _offers(state, agency):
        return message("{bloc} only admits agencies it invites", bloc=bloc_ref(bloc))
    return None


def refusal_sources(rules: Rules, state: GameState, agency: str, bloc: str) -> tuple[str, ...]:
    """The source ids behind the constraint that bars `agency` from `bloc`, if one does."""
    me = state.agencies[agency]
    scenario_agency = rules.scenario.agencies[agency]
    for cid in me.constraints:
        constraint = scenario_agency.constraints[cid]
        if (constraint.kind == "refuses_bloc" and constraint.bloc == bloc) or (
            constraint.kind == "barred_partner" and constraint.partner in members(state, bloc)
        ):
            return tuple(constraint.sources)
    for member in members(state, bloc):
        other = rules.scenario.agencies[member]
        for cid in state.agencies[member].constraints:
            constraint = other.constraints[cid]
            if constraint.kind == "barred_partner" and constraint.partner == agency:
                return tuple(constraint.sources)
    return ()


def _offers(state: GameState, agency: str) -> set[str]:
    return {p.ref for p in state.pending if p.agency == agency and p.kind == "offer"}


def _documented(agency: str, cid: str) -> Message:
    """A constraint's own words (the scenario's documented text) as the reason."""
    return message("{constraint}", constraint=constraint_ref(agency, cid))
