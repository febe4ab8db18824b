"""A failure costs what the attempt dialog says: the money rule, the cuts, and the report."""

from __future__ import annotations

from typing import Any

import pytest

from game.core import changes, save
from game.core import commands as cmd
from game.core.budget import Cut, change_money, trim_allocation
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import AllocationCut
from game.scenario import Scenario
from tests.core.conftest import clear_pending

# --- the pure rule ------------------------------------------------------------------------


def test_a_loss_cuts_the_largest_allocations_first_and_never_below_zero() -> None:
    trim = trim_allocation({"a": 100, "b": 300, "c": 50}, 120)
    # 450 allocated, 120 left: b goes entirely (300), then a loses 30 of its 100
    assert trim.cuts == (Cut("b", 300, 0), Cut("a", 100, 70))
    assert trim.allocation == {"a": 70, "c": 50}
    assert sum(trim.allocation.values()) == 120


def test_money_that_still_covers_the_allocations_cuts_nothing() -> None:
    trim = trim_allocation({"a": 100, "b": 300}, 400)
    assert trim.cuts == () and trim.allocation == {"a": 100, "b": 300}


def test_equal_allocations_are_cut_in_milestone_order_whatever_order_they_were_made() -> None:
    assert trim_allocation({"z": 100, "m": 100}, 150).cuts == (Cut("m", 100, 50),)
    assert trim_allocation({"m": 100, "z": 100}, 150).cuts == (Cut("m", 100, 50),)


def test_a_loss_larger_than_the_money_takes_all_and_cancels_every_allocation() -> None:
    change = change_money(288, {"a": 200, "b": 80}, -800)
    assert change.after == 0 and change.moved == -288
    assert change.trim.allocation == {}
    assert all(c.cancelled for c in change.trim.cuts)
    assert {c.milestone: c.amount for c in change.trim.cuts} == {"a": 200, "b": 80}


def test_a_gain_cuts_nothing() -> None:
    change = change_money(100, {"a": 100}, 50)
    assert change.after == 150 and change.trim.cuts == ()


# --- the engine: a failure costs exactly what failure_preview said --------------------------


class AlwaysFails:
    """A generator whose every draw fails a step (no chance reaches 0.9999)."""

    def random(self, size: int | None = None) -> Any:
        return 0.9999 if size is None else [0.9999] * size


def unshared_launcher(scenario: Scenario) -> Scenario:
    """The scenario with Artemis not sharing the heavy launcher, so ESA can still fund it
    once NASA has built one (what the cuts under test need: two allocations of ESA's own
    besides the orbiter)."""
    artemis = scenario.blocs["artemis"]
    shares = [m for m in artemis.game.shares if m != "heavy_launcher"]
    game = artemis.game.model_copy(update={"shares": shares})
    blocs = {**scenario.blocs, "artemis": artemis.model_copy(update={"game": game})}
    return scenario.model_copy(update={"blocs": blocs})


def ready_orbiter(scenario: Scenario, seed: int) -> Engine:
    engine = new_game(unshared_launcher(scenario), seed=seed, humans=["esa"])
    for _ in range(2):
        clear_pending(engine)
        assert engine.apply(cmd.Allocate("esa", "lunar_orbiter", 300)).ok
        assert engine.apply(cmd.EndTurn("esa")).ok
    clear_pending(engine)
    assert engine.status("esa", "lunar_orbiter") == "ready"
    return engine


# (money the agency has, allocations made this turn): plenty; enough for the cost but not
# for the allocations as well; less than the cost itself
STATES = [
    (800, {"heavy_launcher": 200}),
    (260, {"heavy_launcher": 200, "artemis_commercial": 60}),
    (30, {"heavy_launcher": 20, "artemis_commercial": 10}),
]


@pytest.mark.parametrize("seed", [1, 7, 42])
@pytest.mark.parametrize("money,allocation", STATES)
def test_a_failure_costs_exactly_what_failure_preview_said(
        scenario: Scenario, seed: int, money: int, allocation: dict[str, int]) -> None:
    engine = ready_orbiter(scenario, seed)
    agency = engine.state.agencies["esa"]
    agency.money = money  # the state under test: how much is left when the launch is tried
    for mid, amount in allocation.items():
        assert engine.apply(cmd.Allocate("esa", mid, amount)).ok
    preview = engine.failure_preview("esa", "lunar_orbiter")
    report = engine.current_report("esa")
    assert report is not None
    costs_before, support_before = report.failure_costs, agency.support
    engine.world.rng = AlwaysFails()  # type: ignore[assignment]
    result = engine.apply(cmd.Attempt("esa", "lunar_orbiter"))
    assert result.ok and not result.launch.success

    assert preview.taken == min(preview.cost, money) == money - agency.money
    assert report.failure_costs - costs_before == -preview.taken
    assert preview.short == (money < preview.cost)
    expected = dict(allocation)
    for cut in preview.cuts:
        expected[cut.milestone] = cut.after
    assert agency.allocation == {m: a for m, a in expected.items() if a}
    assert sum(agency.allocation.values()) <= agency.money
    assert report.allocation_cuts == [
        AllocationCut(c.milestone, c.before, c.after, "failure", "lunar_orbiter")
        for c in preview.cuts]
    assert agency.support == max(0, support_before - preview.support)


def test_money_short_of_the_cost_is_taken_whole_and_every_allocation_cancelled(
        scenario: Scenario) -> None:
    engine = ready_orbiter(scenario, 1)
    engine.state.agencies["esa"].money = 30
    assert engine.apply(cmd.Allocate("esa", "heavy_launcher", 25)).ok
    preview = engine.failure_preview("esa", "lunar_orbiter")
    assert preview.cost > 30 and preview.short and preview.taken == 30
    assert preview.cuts == (Cut("heavy_launcher", 25, 0),)


def test_a_money_event_records_the_allocations_it_cut_with_its_cause(engine: Engine) -> None:
    money = engine.state.agencies["esa"].money = 200  # under the orbiter's full speed
    assert engine.apply(cmd.Allocate("esa", "lunar_orbiter", money)).ok
    changes.change_money(engine.world, "esa", -100)  # what a money effect of an event does
    report = engine.current_report("esa")
    assert report is not None
    assert report.allocation_cuts == [AllocationCut("lunar_orbiter", money, money - 100,
                                                    "event", "")]


# --- saves ------------------------------------------------------------------------------


def test_a_save_keeps_the_cuts_and_one_from_before_them_still_loads(engine: Engine,
                                                                     scenario: Scenario) -> None:
    money = engine.state.agencies["esa"].money = 200  # under the orbiter's full speed
    assert engine.apply(cmd.Allocate("esa", "lunar_orbiter", money)).ok
    changes.change_money(engine.world, "esa", -100)
    data = save.to_dict(engine)
    loaded = save.from_dict(scenario, data)
    assert loaded.current_report("esa").allocation_cuts[0].after == money - 100
    for report in data["state"]["current"].values():
        report.pop("allocation_cuts", None)  # as an older game wrote it
    assert save.from_dict(scenario, data).current_report("esa").allocation_cuts == []


def test_a_save_with_a_damaged_cut_is_refused(engine: Engine, scenario: Scenario) -> None:
    data = save.to_dict(engine)
    data["state"]["current"]["esa"]["allocation_cuts"] = [{"milestone": "x", "before": "a"}]
    with pytest.raises(save.GameFormatError):
        save.from_dict(scenario, data)
