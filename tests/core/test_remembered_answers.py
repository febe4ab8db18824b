"""The engine's speed-ups remember answers and take shortcuts: each must give exactly what the
plain computation gives, as the state changes under it turn after turn."""

from __future__ import annotations

from game.core import milestones as ms
from game.core import policies
from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.rules import SCORE_AXES, Rules
from game.core.scoring import raw_total
from game.core.state import Project


def _fresh_odds(engine: Engine, aid: str, mid: str) -> ms.Odds:
    """`ms.odds` worked out from scratch, as it was before the rules remembered it."""
    state, agency, rules = engine.state, engine.state.agencies[aid], engine.rules
    project = agency.projects.get(mid) or Project()
    cost = ms.effective_cost(rules, state, agency, rules.milestones[mid])
    factor = dict(rules.tuning.difficulty_failure)[state.difficulty] if aid in state.humans else 1.0
    return ms._odds(rules.tuning, rules.milestones[mid], cost, project.spent, project.attempts,
                    factor)


def test_every_shortcut_agrees_with_the_plain_answer_through_whole_games(scenario) -> None:
    for seed, road in ((13, "ilrs"), (14, "artemis"), (15, "independent")):
        engine = new_game(scenario, seed=seed, humans=["esa"])
        rules = engine.rules
        while not engine.is_over:
            for aid, agency in engine.state.agencies.items():
                every = engine.statuses(aid)
                open_now = ms.open_statuses(rules, engine.state, agency)
                assert open_now == {m: s for m, s in every.items()
                                    if s in (ms.AVAILABLE, ms.IN_PROGRESS, ms.READY)}
                assert list(open_now) == [m for m in every if m in open_now]  # same order
                # The policy plans the same from every status as from the open ones alone.
                assert policies.funding(engine, aid, every) == policies.funding(engine, aid,
                                                                                open_now)
                for mid, rule in rules.milestones.items():
                    if rule.is_mission:
                        assert engine.odds(aid, mid) == _fresh_odds(engine, aid, mid)
                weights = rules.weights
                assert raw_total(rules, agency) == sum(
                    [weights[axis] * agency.scores.get(axis, 0.0) for axis in SCORE_AXES])
            policies.play_turn(engine, "esa", road, engine.apply)
            engine.apply(EndTurn("esa"))


def test_a_remembered_progress_gain_is_the_one_worked_out(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    for rule in rules.milestones.values():
        for funding in (1, rule.cost // rule.min_turns, rule.cost, 7 * rule.cost):
            first = ms.progress_gain(rules, rule, rule.cost, funding)
            assert ms.progress_gain(rules, rule, rule.cost, funding) == first
            assert first == ms._progress_gain(rules, rule, rule.cost, funding)


def test_a_memo_is_emptied_when_full_rather_than_growing_without_end() -> None:
    memo: dict[object, object] = {}
    for key in range(ms._MEMO_SIZE + 10):
        assert ms.remember(memo, key, key) == key
    assert len(memo) <= ms._MEMO_SIZE
