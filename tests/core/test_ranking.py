"""The standings explained: raw and adjusted totals, best axis, firsts, and why each agency
ranked where it did, in words (game/core/ranking.py)."""

from __future__ import annotations

import math
from dataclasses import replace

from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.ranking import Placing, explain
from game.core.rules import SCORE_AXES, Tuning
from game.core.scoring import standings
from game.scenario import Scenario
from tests.core.conftest import words


def scores(engine: Engine, **science: float) -> None:
    """Every axis of every agency at 0, then the given science."""
    for aid, agency in engine.state.agencies.items():
        agency.scores.update(dict.fromkeys(SCORE_AXES, 0.0), science=science.get(aid, 0.0))


def placing(table: tuple[Placing, ...], aid: str) -> Placing:
    return next(p for p in table if p.agency == aid)


def said(engine: Engine, place: Placing) -> str:
    return "\n".join(words(engine, m) for m in place.why)


def test_the_ranks_raw_totals_factors_and_totals_are_the_standings_own(engine: Engine) -> None:
    scores(engine, nasa=300, brazil=100, esa=150, cnsa=250)
    table = explain(engine.rules, engine.state)
    listed = standings(engine.rules, engine.state)
    assert [(p.rank, p.agency) for p in table] == [(s.rank, s.agency) for s in listed]
    for place, standing in zip(table, listed, strict=True):
        assert round(place.total, 1) == standing.total
        assert math.isclose(place.raw_total * place.budget_factor, place.total)
        assert math.isclose(place.adjustment, place.total - place.raw_total)
        assert place.budget_factor == engine.rules.budget_factor[place.agency]


def test_a_small_agency_that_overtakes_a_large_one_only_by_the_adjustment_is_told_so(
        scenario: Scenario) -> None:
    # A strong handicap (0.5), so that Brazil's budget lifts 100 points above NASA's 300
    engine = new_game(scenario, seed=42, humans=["esa"],
                      tuning=replace(Tuning(), budget_handicap=0.5))
    scores(engine, nasa=300, brazil=100)
    table = explain(engine.rules, engine.state)
    brazil, nasa = placing(table, "brazil"), placing(table, "nasa")
    assert brazil.rank < nasa.rank and brazil.raw_total < nasa.raw_total
    assert brazil.adjustment > 0 > nasa.adjustment
    text = said(engine, brazil)
    assert "Its budget is smaller than the median, so the budget adjustment (×2.40) added " \
           "140 points" in text
    below = table[brazil.rank]  # the agency just below Brazil
    assert below.agency == "nasa"
    assert ("Brazil ranked above NASA only thanks to the budget adjustment: NASA earned more "
            "points (300 against 100)") in text


def test_the_agency_just_above_and_just_below_are_both_named(engine: Engine) -> None:
    scores(engine, nasa=800, cnsa=600, esa=400)
    table = explain(engine.rules, engine.state)
    middle = table[1]
    text = said(engine, middle)
    above, below = (engine.rules.scenario.agencies[p.agency].short
                    for p in (table[0], table[2]))
    assert f"{above} ranked above" in text and f"ranked above {below}" in text


def test_an_agency_ahead_on_points_is_told_which_axis_put_it_there(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=1, humans=["esa"],
                      tuning=replace(Tuning(), budget_handicap=0.0))
    scores(engine, nasa=100)
    engine.state.agencies["nasa"].scores["prestige"] = 40.0
    engine.state.agencies["cnsa"].scores["science"] = 100.0
    table = explain(engine.rules, engine.state)
    assert table[0].agency == "nasa" and table[1].agency == "cnsa"
    assert "NASA ranked above CNSA: more prestige (+40)" in said(engine, table[0])
    assert "does not even out budget sizes" in said(engine, table[0])
    assert all(p.budget_factor == 1.0 and p.adjustment == 0 for p in table)


def test_the_best_axis_is_weighed_by_the_rules_weights(scenario: Scenario) -> None:
    weights = (("science", 1.0), ("prestige", 3.0), ("cooperation", 1.0),
               ("budget_health", 0.5))
    engine = new_game(scenario, seed=1, humans=["esa"], tuning=replace(Tuning(),
                                                                        weights=weights))
    scores(engine, esa=100)
    engine.state.agencies["esa"].scores["prestige"] = 40.0
    esa = placing(explain(engine.rules, engine.state), "esa")
    assert esa.best_axis == "prestige" and dict(esa.points)["prestige"] == 120.0
    assert "Most of its points came from prestige (120)" in said(engine, esa)


def test_the_firsts_an_agency_took_are_listed_by_name(engine: Engine) -> None:
    engine.achieve("cnsa", "crewed_lunar_orbit")
    cnsa = placing(explain(engine.rules, engine.state), "cnsa")
    # in the order taken: those it held when the game began (far side landing), then this
    assert cnsa.firsts == tuple(m for m, (who, _) in engine.state.firsts.items()
                                if who == "cnsa")
    assert cnsa.firsts[-1] == "crewed_lunar_orbit"
    names = [engine.rules.scenario.milestones[m].first for m in cnsa.firsts]
    assert f"Firsts it took: {', '.join(str(n) for n in names)}" in said(engine, cnsa)
    assert "It took no first" in said(engine, placing(explain(engine.rules, engine.state),
                                                       "brazil"))


def test_every_agency_is_explained_in_sentences_without_placeholders(engine: Engine) -> None:
    scores(engine, nasa=300, brazil=100, esa=150)
    for place in explain(engine.rules, engine.state):
        text = said(engine, place)
        assert place.why and "{" not in text
        assert text.startswith(f"{engine.rules.scenario.agencies[place.agency].short} ranked "
                               f"{place.rank} of {len(engine.state.agencies)}")
