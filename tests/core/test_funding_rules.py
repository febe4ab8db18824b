"""The money rules a player is told: full speed, the cap, the steady rate's pace, standing
orders. Each is held here to what the engine does, since How to play states them."""

from __future__ import annotations

import pytest

from game.core import funding
from game.core import milestones as ms
from game.core.commands import Allocate, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.state import Project
from game.scenario import Scenario
from tests.core.conftest import clear_pending


def end_turn(engine: Engine, agency: str = "esa") -> None:
    clear_pending(engine, agency)
    assert engine.apply(EndTurn(agency)).ok


@pytest.fixture
def slow_orbiter(scenario: Scenario) -> Engine:
    """The campaign with an orbiter that takes two turns to develop (it takes one in the
    yearly campaign): the standing-order rules need a milestone still in development after
    a turn's funding."""
    orbiter = scenario.milestones["lunar_orbiter"]
    slow = orbiter.model_copy(update={"game": orbiter.game.model_copy(update={"min_turns": 2})})
    return new_game(scenario.model_copy(update={"milestones": {**scenario.milestones,
                                                               "lunar_orbiter": slow}}),
                    seed=42, humans=["esa"])


def rules_and_costs(engine: Engine):  # type: ignore[no-untyped-def]
    for mid, rule in engine.rules.milestones.items():
        yield mid, rule, rule.cost


def test_full_speed_develops_every_milestone_in_its_minimum_turns(engine: Engine) -> None:
    for _mid, rule, cost in rules_and_costs(engine):
        full = ms.full_speed_amount(engine.rules, rule, cost)
        assert ms.turns_to_ready(engine.rules, rule, cost, Project(), full) == rule.min_turns


def test_the_steady_rate_is_slower_than_full_speed_and_costs_half_as_much_a_turn(
        engine: Engine) -> None:
    for _mid, rule, cost in rules_and_costs(engine):
        steady = -(-cost // rule.min_turns)
        full = ms.full_speed_amount(engine.rules, rule, cost)
        assert abs(full - 2 * cost / rule.min_turns) <= 1  # "about twice as much a turn"
        turns = ms.turns_to_ready(engine.rules, rule, cost, Project(), steady)
        assert turns is not None and turns > rule.min_turns


def test_the_finishing_amount_is_the_least_that_completes_development(engine: Engine) -> None:
    rule = engine.rules.milestones["lunar_orbiter"]
    cost = rule.cost
    full = ms.full_speed_amount(engine.rules, rule, cost)
    for progress in (0.0, 0.3, 0.8, 0.95, 0.998):
        finish = ms.finishing_amount(engine.rules, rule, cost, progress)
        if finish < full:
            gain, _ = ms.progress_gain(engine.rules, rule, cost, finish)
            assert progress + gain >= 1 - 1e-9
            less, _ = ms.progress_gain(engine.rules, rule, cost, finish - 1)
            assert progress + less < 1 - 1e-9
    assert ms.finishing_amount(engine.rules, rule, cost, 0.0) == full


def test_money_beyond_full_speed_is_wasted_which_is_why_it_is_capped(engine: Engine) -> None:
    rule = engine.rules.milestones["lunar_orbiter"]
    full = ms.full_speed_amount(engine.rules, rule, rule.cost)
    assert ms.progress_gain(engine.rules, rule, rule.cost, full)[1] == 0
    gain, wasted = ms.progress_gain(engine.rules, rule, rule.cost, full + 50)
    assert wasted == 50 and gain == ms.progress_gain(engine.rules, rule, rule.cost, full)[0]


def test_a_player_s_funding_repeats_next_turn(engine: Engine) -> None:
    clear_pending(engine)
    assert engine.apply(Allocate("esa", "lunar_orbiter", 100)).ok
    end_turn(engine)
    view = engine.milestone_view("esa", "lunar_orbiter")
    assert view.allocation == 100 and view.standing
    end_turn(engine)
    assert engine.state.agencies["esa"].projects["lunar_orbiter"].spent == 200


def test_a_standing_order_ends_when_development_is_done(engine: Engine) -> None:
    clear_pending(engine)
    full = engine.milestone_view("esa", "lunar_orbiter").full_speed
    assert engine.apply(Allocate("esa", "lunar_orbiter", full)).ok
    for _ in range(engine.rules.milestones["lunar_orbiter"].min_turns):
        end_turn(engine)
    assert engine.status("esa", "lunar_orbiter") == ms.READY
    assert engine.milestone_view("esa", "lunar_orbiter").allocation == 0
    assert "lunar_orbiter" in engine.current_report("esa").orders_ended


def test_standing_orders_are_cut_largest_first_when_money_is_short(slow_orbiter: Engine) -> None:
    engine = slow_orbiter
    clear_pending(engine)
    assert engine.apply(Allocate("esa", "lunar_orbiter", 200)).ok
    assert engine.apply(Allocate("esa", "heavy_launcher", 100)).ok
    end_turn(engine)
    agency = engine.state.agencies["esa"]
    renewed = engine.current_report("esa").orders
    assert {o.milestone for o in renewed} == {"lunar_orbiter", "heavy_launcher"}
    # With too little money next turn, the larger order gives way first.
    agency.money = 250
    agency.allocation = {"lunar_orbiter": 200, "heavy_launcher": 100}
    funding.renew_orders(engine.world, agency, dict(agency.allocation))  # the rule on its own
    assert agency.allocation == {"lunar_orbiter": 150, "heavy_launcher": 100}


def test_the_computer_decides_its_funding_afresh_each_turn(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["esa"])
    end_turn(engine)
    for aid, agency in engine.state.agencies.items():
        if aid != "esa":
            assert agency.allocation == {}, aid


@pytest.mark.parametrize("carry", [0.6])
def test_only_the_stated_share_of_unspent_money_carries_over(engine: Engine,
                                                              carry: float) -> None:
    assert engine.rules.tuning.carry_over == carry
    clear_pending(engine)
    money = engine.state.agencies["esa"].money
    end_turn(engine)
    report = engine.last_report("esa")
    assert report.money_left == int(money * carry)


def test_a_save_with_damaged_standing_orders_fails_on_loading(engine: Engine,
                                                               scenario: Scenario) -> None:
    from game.core import save
    from game.core.save import GameFormatError

    clear_pending(engine)
    assert engine.apply(Allocate("esa", "lunar_orbiter", 100)).ok
    end_turn(engine)
    data = save.to_dict(engine)
    assert save.from_dict(scenario, data).milestone_view("esa", "lunar_orbiter").standing
    data["state"]["current"]["esa"]["orders"] = [{"milestone": 3, "amount": "x"}]
    with pytest.raises(GameFormatError):
        save.from_dict(scenario, data)


def test_a_standing_order_asks_no_more_than_finishes_development(slow_orbiter: Engine) -> None:
    engine = slow_orbiter
    clear_pending(engine)
    steady = engine.milestone_view("esa", "lunar_orbiter").steady_funding
    assert engine.apply(Allocate("esa", "lunar_orbiter", steady)).ok
    end_turn(engine)  # 82% of half the work: the next renewal still needs the whole rate
    end_turn(engine)
    view = engine.milestone_view("esa", "lunar_orbiter")
    rule = engine.rules.milestones["lunar_orbiter"]
    finish = ms.finishing_amount(engine.rules, rule, view.cost, view.progress)
    assert view.status == ms.IN_PROGRESS and finish < steady
    assert view.allocation == finish
    end_turn(engine)
    assert engine.status("esa", "lunar_orbiter") == ms.READY


def test_no_money_goes_to_what_a_partner_built_after_it_was_allocated(engine: Engine) -> None:
    clear_pending(engine)
    assert engine.apply(Allocate("esa", "heavy_launcher", 200)).ok
    money = engine.state.agencies["esa"].money
    engine.achieve("nasa", "heavy_launcher")  # as if NASA flew it while the turn resolved
    funding.spend(engine.world, engine.state.agencies["esa"])
    assert engine.state.agencies["esa"].money == money
    assert engine.status("esa", "heavy_launcher") == ms.SHARED
