from __future__ import annotations

from game.core import milestones as ms
from game.core.commands import Allocate
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.state import Project


def test_progress_has_diminishing_returns(engine: Engine) -> None:
    rule = engine.rules.milestones["lunar_orbiter"]
    steady = rule.cost / rule.min_turns
    one, _ = ms.progress_gain(engine.rules, rule, rule.cost, round(steady))
    two, _ = ms.progress_gain(engine.rules, rule, rule.cost, round(2 * steady))
    assert one < two < 2 * one


def test_no_money_beats_the_minimum_duration(engine: Engine) -> None:
    rule = engine.rules.milestones["lunar_orbiter"]
    gain, wasted = ms.progress_gain(engine.rules, rule, rule.cost, rule.cost * 10)
    assert gain <= 1 / rule.min_turns + 1e-9
    assert wasted > 0
    project = Project(progress=1.0, turns_funded=rule.min_turns - 1)
    assert not ms.is_complete(rule, project)


def test_reliability_rises_with_funding_above_cost(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    rule = engine.rules.milestones["lunar_orbiter"]
    esa.projects["lunar_orbiter"] = Project(progress=1.0, spent=rule.cost, turns_funded=9)
    plain = engine.odds("esa", "lunar_orbiter").overall
    esa.projects["lunar_orbiter"].spent = rule.cost * 2
    assert engine.odds("esa", "lunar_orbiter").overall > plain


def test_reliability_rises_with_test_flights(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    esa.projects["lunar_orbiter"] = Project(progress=1.0, spent=1, turns_funded=9)
    before = engine.odds("esa", "lunar_orbiter").overall
    esa.projects["lunar_orbiter"].attempts = 2
    assert engine.odds("esa", "lunar_orbiter").overall > before


def test_the_odds_report_each_step_and_the_whole_mission(engine: Engine) -> None:
    odds = engine.odds("esa", "crewed_landing")
    rule = engine.rules.milestones["crewed_landing"]
    assert [name for name, _ in odds.steps] == [name for name, _ in rule.steps]
    product = 1.0
    for _, chance in odds.steps:
        assert 0 < chance < 1
        product *= chance
    assert abs(product - odds.overall) < 1e-12


def test_a_milestone_is_locked_until_its_requirements_are_achieved(engine: Engine) -> None:
    assert engine.status("esa", "lunar_lander") == ms.LOCKED
    engine.state.agencies["esa"].achieved["lunar_orbiter"] = 0
    assert engine.status("esa", "lunar_lander") == ms.AVAILABLE


def test_a_partner_s_shared_hardware_counts_as_yours(engine: Engine) -> None:
    shared = sorted(engine.rules.blocs["artemis"].shares)[0]
    engine.state.agencies["nasa"].achieved[shared] = 0
    assert engine.status("esa", shared) == ms.SHARED
    esa = engine.state.agencies["esa"]
    assert ms.has_access(engine.rules, engine.state, esa, shared)
    assert not engine.apply(Allocate("esa", shared, 10)).ok


def test_a_bloc_milestone_is_locked_to_outsiders(engine: Engine) -> None:
    assert engine.status("esa", "ilrs_planning") == ms.LOCKED
    assert engine.status("cnsa", "ilrs_planning") != ms.LOCKED


def test_bloc_partners_carry_part_of_a_shared_milestone_s_cost(engine: Engine) -> None:
    rule = engine.rules.milestones["heavy_launcher"]
    esa = engine.state.agencies["esa"]
    assert ms.effective_cost(engine.rules, engine.state, esa, rule) < rule.cost
    esa.bloc = None
    assert ms.effective_cost(engine.rules, engine.state, esa, rule) == rule.cost


def test_all_statuses_agrees_with_status_one_by_one(scenario) -> None:
    from game.core.commands import EndTurn
    from game.core.policies import play_turn

    engine = new_game(scenario, seed=13, humans=["esa"])
    while not engine.is_over:
        for aid in engine.state.agencies:
            one_by_one = {m: engine.status(aid, m) for m in engine.rules.milestones}
            assert engine.statuses(aid) == one_by_one
        play_turn(engine, "esa", "ilrs", engine.apply)
        engine.apply(EndTurn("esa"))
