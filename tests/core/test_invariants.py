"""Invariants over many seeds and random command sequences (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.commands import (
    Allocate,
    AnswerEvent,
    Attempt,
    Command,
    DeclineOffer,
    EndTurn,
    JoinBloc,
    LeaveBloc,
)
from game.core.engine import Engine
from game.core.new_game import new_game
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario

SCENARIO = load_scenario(DEFAULT_SCENARIO)
MILESTONES = sorted(SCENARIO.milestones)
BLOCS = sorted(SCENARIO.blocs)
AGENCIES = sorted(SCENARIO.agencies)

actions = st.one_of(
    st.tuples(st.just("allocate"), st.sampled_from(MILESTONES), st.integers(-50, 3000)),
    st.tuples(st.just("attempt"), st.sampled_from(MILESTONES), st.just(0)),
    st.tuples(st.just("join"), st.sampled_from(BLOCS), st.just(0)),
    st.tuples(st.just("leave"), st.just(""), st.just(0)),
    st.tuples(st.just("decline"), st.sampled_from(BLOCS), st.just(0)),
    st.tuples(st.just("answer"), st.just(""), st.integers(0, 2)),
    st.tuples(st.just("end"), st.just(""), st.just(0)),
)


def command_for(engine: Engine, agency: str, action: tuple[str, str, int]) -> Command:
    kind, ref, number = action
    if kind == "allocate":
        return Allocate(agency, ref, number)
    if kind == "attempt":
        return Attempt(agency, ref)
    if kind == "join":
        return JoinBloc(agency, ref)
    if kind == "leave":
        return LeaveBloc(agency)
    if kind == "decline":
        return DeclineOffer(agency, ref)
    if kind == "answer":
        waiting = [p for p in engine.pending(agency) if p.kind == "event"]
        return AnswerEvent(agency, waiting[0].ref if waiting else "none", number)
    return EndTurn(agency)


def check_invariants(engine: Engine) -> None:
    state, rules = engine.state, engine.rules
    for agency in state.agencies.values():
        assert agency.money >= 0
        assert sum(agency.allocation.values()) <= agency.money
        assert agency.bloc is None or agency.bloc in rules.blocs
        assert all(math.isfinite(v) for v in agency.scores.values())
        for mid, turn in agency.achieved.items():
            if turn < 0:
                continue
            for needed in rules.milestones[mid].requires:
                when = [a.achieved[needed] for a in state.agencies.values()
                        if needed in a.achieved]
                assert when and min(when) <= turn, f"{agency.id} did {mid} before {needed}"
        # Documented bars hold: barred partners never share a bloc.
        spec = rules.scenario.agencies[agency.id]
        for cid in agency.constraints:
            constraint = spec.constraints[cid]
            if constraint.kind == "barred_partner" and agency.bloc is not None:
                assert state.agencies[constraint.partner].bloc != agency.bloc
            if constraint.kind == "refuses_bloc":
                assert agency.bloc != constraint.bloc
    assert 0 <= state.turn <= state.turn_count


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), agency=st.sampled_from(AGENCIES),
       script=st.lists(actions, min_size=1, max_size=60))
def test_random_command_sequences_keep_every_invariant(seed: int, agency: str,
                                                       script: list[tuple[str, str, int]]) -> None:
    engine = new_game(SCENARIO, seed=seed, humans=[agency])
    turns = 0
    for action in script:
        if engine.is_over:
            break
        before = engine.state.turn
        engine.apply(command_for(engine, agency, action))
        turns += engine.state.turn - before
        check_invariants(engine)
    # Then play out: the game always lasts exactly its turn count.
    while not engine.is_over:
        for item in list(engine.pending(agency)):
            if item.kind == "offer":
                engine.apply(DeclineOffer(agency, item.ref))
            else:
                engine.apply(AnswerEvent(agency, item.ref, 0))
        assert engine.apply(EndTurn(agency)).ok
        check_invariants(engine)
    if engine.state.end_reason == "end_date":
        assert engine.state.turn == engine.state.turn_count
    for series in engine.state.history.values():
        assert all(len(values) == engine.state.turn for values in series.values())


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**63), strategy=st.sampled_from(["ilrs", "artemis", "independent"]))
def test_autoplayed_games_keep_every_invariant_over_many_seeds(seed: int, strategy: str) -> None:
    from game.core.policies import play_turn

    engine = new_game(SCENARIO, seed=seed, humans=["esa"])
    while not engine.is_over:
        play_turn(engine, "esa", strategy, engine.apply)
        assert engine.apply(EndTurn("esa")).ok
        check_invariants(engine)
    assert engine.state.end_reason in ("end_date", "victory")
    if engine.state.end_reason == "end_date":
        assert engine.state.turn == engine.state.turn_count
