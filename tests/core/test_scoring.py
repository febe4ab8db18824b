from __future__ import annotations

import math

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.rules import SCORE_AXES
from game.core.scoring import all_finite, raw_total
from tests.core.conftest import clear_pending


def test_every_axis_is_tracked_every_turn_for_every_agency(engine: Engine) -> None:
    for _ in range(3):
        clear_pending(engine)
        engine.apply(EndTurn("esa"))
    for aid in engine.state.agencies:
        series = engine.state.history[aid]
        assert set(series) == {*SCORE_AXES, "total"}
        assert all(len(values) == 3 for values in series.values())


def test_standings_rank_every_agency_by_total(engine: Engine) -> None:
    table = engine.standings()
    assert [s.rank for s in table] == list(range(1, len(engine.state.agencies) + 1))
    totals = [s.total for s in table]
    assert totals == sorted(totals, reverse=True)
    assert [s.human for s in table].count(True) == 1


def test_the_total_is_the_weighted_sum_of_the_axes(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    esa.scores.update(science=10.0, prestige=20.0, cooperation=5.0, budget_health=50.0)
    weights = dict(engine.rules.tuning.weights)
    expected = sum(weights[a] * esa.scores[a] for a in SCORE_AXES)
    assert math.isclose(raw_total(engine.rules, esa), expected)


def test_a_first_gives_prestige_once(engine: Engine) -> None:
    esa, nasa = engine.state.agencies["esa"], engine.state.agencies["nasa"]
    rule = engine.rules.milestones["crewed_lunar_orbit"]
    before = esa.scores["prestige"]
    engine.achieve("esa", "crewed_lunar_orbit")
    assert engine.state.firsts["crewed_lunar_orbit"][0] == "esa"
    assert esa.scores["prestige"] - before >= rule.first_prestige
    nasa_before = nasa.scores["prestige"]
    engine.achieve("nasa", "crewed_lunar_orbit")
    assert nasa.scores["prestige"] - nasa_before < rule.first_prestige + rule.prestige
    assert engine.state.firsts["crewed_lunar_orbit"][0] == "esa"


def test_a_first_made_before_the_game_belongs_to_its_maker_from_turn_zero(engine: Engine) -> None:
    assert engine.state.firsts["far_side_landing"] == ("cnsa", -1)


def test_scores_start_finite(engine: Engine) -> None:
    assert all_finite(engine.state)
