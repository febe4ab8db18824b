"""A failed crewed flight: an abort with the crew safe, or the loss of a crew."""

from __future__ import annotations

from typing import Any

import pytest

from game.core import commands as cmd
from game.core import save
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.state import Project
from game.scenario import Scenario
from tests.core.conftest import Draws, words

MISSION = "crewed_lunar_orbit"


def crew_ready(scenario: Scenario) -> Engine:
    engine = new_game(scenario, seed=5, humans=["esa"])
    agency = engine.state.agencies["esa"]
    agency.achieved.update({"heavy_launcher": -1, "lunar_orbiter": -1})
    agency.projects[MISSION] = Project(progress=1.0, turns_funded=9)
    assert engine.status("esa", MISSION) == "ready"
    return engine


def fly(engine: Engine, *draws: float) -> Any:
    engine.world.rng = Draws(*draws)  # type: ignore[assignment]
    result = engine.apply(cmd.Attempt("esa", MISSION))
    assert result.ok and result.launch is not None
    return result.launch


def test_the_preview_gives_both_outcomes_of_a_crewed_failure(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    tuning = engine.rules.tuning
    preview = engine.failure_preview("esa", MISSION)
    # ESA is in Artemis, whose emergency assistance makes a safe abort likelier
    assert preview.crewed and preview.safe_chance == pytest.approx(
        tuning.crew_safe_chance + tuning.assistance_safe_bonus)
    assert preview.loss_support == tuning.crew_loss_support
    assert preview.stand_down == tuning.crew_loss_stand_down
    robotic = engine.failure_preview("esa", "lunar_lander")
    assert not robotic.crewed and robotic.safe_chance == 0.0


def test_a_launchers_test_flight_carries_no_crew(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["esa"])
    assert not engine.rules.milestones["heavy_launcher"].carries_crew
    assert engine.rules.milestones[MISSION].carries_crew
    assert not engine.failure_preview("esa", "heavy_launcher").crewed


def test_an_abort_costs_what_a_failure_costs_and_the_crew_is_safe(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    agency = engine.state.agencies["esa"]
    preview = engine.failure_preview("esa", MISSION)
    support = agency.support
    # the first step fails (0.9999), then the abort draw falls inside the safe chance
    launch = fly(engine, 0.9999, preview.safe_chance - 0.01)
    assert not launch.success and launch.crew == "safe"
    assert agency.support == max(0, support - preview.support)
    assert agency.crew_grounded_until <= engine.state.turn
    assert any("came home safe" in words(engine, m) for m in engine.current_report("esa").news)


def test_a_loss_of_crew_costs_more_support_and_grounds_the_crewed_programme(
        scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    agency = engine.state.agencies["esa"]
    agency.support = 80
    preview = engine.failure_preview("esa", MISSION)
    launch = fly(engine, 0.9999, preview.safe_chance + 0.01)
    assert not launch.success and launch.crew == "lost"
    assert agency.support == 80 - preview.support - preview.loss_support
    turn = engine.state.turn
    assert agency.crew_grounded_until == turn + preview.stand_down
    assert any("crew was lost" in words(engine, m) for m in engine.current_report("esa").news)


def test_the_stand_down_refuses_crewed_attempts_saying_until_when(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    preview = engine.failure_preview("esa", MISSION)
    fly(engine, 0.9999, 0.9999)
    agency = engine.state.agencies["esa"]
    agency.projects[MISSION] = Project(progress=1.0, turns_funded=9)
    agency.projects[MISSION].attempted_turn = -1  # not the once-a-turn rule: the stand-down
    result = engine.apply(cmd.Attempt("esa", MISSION))
    assert not result.ok
    text = words(engine, result.reason)
    assert "stand down" in text and f"turn {engine.state.turn + preview.stand_down + 1}" in text
    # a robotic flight is not grounded
    agency.projects["lunar_lander"] = Project(progress=1.0, turns_funded=9)
    assert engine.apply(cmd.Attempt("esa", "lunar_lander")).ok
    # and once the stand-down is over, a crew flies again
    engine.state.turn = agency.crew_grounded_until
    assert engine.apply(cmd.Attempt("esa", MISSION)).ok


def test_a_success_tells_no_crew(scenario: Scenario) -> None:
    launch = fly(crew_ready(scenario), 0.0)
    assert launch.success and launch.crew is None


def test_a_robotic_failure_tells_no_crew(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    engine.state.agencies["esa"].projects["lunar_lander"] = Project(progress=1.0, turns_funded=9)
    engine.world.rng = Draws(0.9999)  # type: ignore[assignment]
    result = engine.apply(cmd.Attempt("esa", "lunar_lander"))
    assert result.launch is not None and not result.launch.success and result.launch.crew is None


def test_a_save_with_launches_from_before_crews_loads(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    generator = engine.world.rng
    fly(engine, 0.9999, 0.9999)
    engine.world.rng = generator
    data = save.to_dict(engine)
    launches = data["state"]["current"]["esa"]["launches"]
    assert launches[0]["crew"] == "lost"
    del launches[0]["crew"]
    loaded = save.from_dict(scenario, data)
    assert loaded.state.current["esa"].launches[0].crew is None
    data["state"]["current"]["esa"]["launches"][0]["crew"] = "eaten"
    with pytest.raises(save.GameFormatError):
        save.from_dict(scenario, data)


def test_an_agency_on_its_own_has_no_emergency_assistance(scenario: Scenario) -> None:
    engine = crew_ready(scenario)
    assert engine.apply(cmd.LeaveBloc("esa")).ok
    preview = engine.failure_preview("esa", MISSION)
    assert preview.safe_chance == engine.rules.tuning.crew_safe_chance
