"""Help's page "How this game simplifies history": the scenario's assumptions as its author
wrote them, and the engine's own design rules, each rule held here to what the engine does.
A sentence that drifted from the engine would teach the class something false."""

from __future__ import annotations

import pygame
import pytest
from pygame_gui.elements import UITextBox

from game import paths, simplifies
from game.core import milestones as ms
from game.core import missions
from game.core.engine import Engine
from game.core.new_game import new_game
from game.dates import achieved_label, month_label, turn_label
from game.scenario import Scenario, load_scenario
from game.scenario.models import Assumption
from game.ui.scenes.help import HelpScene, simplifies_html
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems

RULES = [
    Assumption(title="Development in turns", text="Milestones are paid for over turns.",
               about=["crewed_landing"]),
    Assumption(title="One bloc at a time", text="An agency belongs to at most one bloc."),
]


def scenario_with(assumptions: list[Assumption]) -> Scenario:
    return load_scenario(paths.DEFAULT_SCENARIO).model_copy(update={"assumptions": assumptions})


def open_simplifies(app_factory, scenario: Scenario, size=(1280, 720), keys: bool = False):  # type: ignore[no-untyped-def]
    """Help over a game of `scenario`, switched to the simplifies page by a click, or by
    Tab and Enter alone when `keys`."""
    app = app_factory(size)
    app.session = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=3, scenario=scenario)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    drive.key(pygame.K_F1)
    if keys:
        for _ in range(12):
            current = app.top.focus.current
            if current is not None and element_text(current) == "How it simplifies":
                break
            drive.key(pygame.K_TAB)
        drive.key(pygame.K_RETURN)
    else:
        drive.press("How it simplifies")
    return app


def page_text(app) -> str:  # type: ignore[no-untyped-def]
    return [e.html_text for e in app.top.elements if isinstance(e, UITextBox)][1]


@pytest.mark.parametrize("keys", [False, True])
def test_the_page_lists_every_assumption_title_and_text_of_the_loaded_scenario(
        app_factory, keys: bool) -> None:  # type: ignore[no-untyped-def]
    app = open_simplifies(app_factory, scenario_with(RULES), keys=keys)
    assert isinstance(app.top, HelpScene) and app.top.topic == HelpScene.SIMPLIFIES
    shown = page_text(app)
    assert simplifies.heading() in shown
    for rule in RULES:
        assert rule.title in shown and rule.text in shown
    assert simplifies.none_listed() not in shown


def test_a_scenario_without_assumptions_says_its_author_listed_none(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = open_simplifies(app_factory, scenario_with([]))
    assert simplifies.none_listed() in page_text(app)


def test_the_glossary_button_goes_back_and_esc_closes_help(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = open_simplifies(app_factory, scenario_with(RULES))
    drive = Driver(app)
    drive.press("Glossary")
    assert app.top.topic == HelpScene.GLOSSARY and "Glossary" in page_text(app)
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScene)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_simplifies_page_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app = open_simplifies(app_factory, scenario_with(RULES), size=size)
    assert layout_problems(app) == []


def test_every_engine_rule_is_on_the_page() -> None:
    scenario = scenario_with([])
    shown = simplifies_html(scenario)
    for title, _text in simplifies.engine_rules(scenario.scenario.turn_months):
        assert title in shown


# --- each engine rule the page states, held to the engine -----------------------------


class FixedRoll:
    """A generator stand-in whose every roll is `value`."""

    def __init__(self, value: float) -> None:
        self.value = value

    def random(self, *_: object) -> float:
        return self.value


def ready_engine() -> tuple[Engine, str]:
    engine = new_game(load_scenario(paths.DEFAULT_SCENARIO), seed=4, humans=["esa"])
    mid = next(m for m, rule in engine.rules.milestones.items()
               if rule.steps and not engine.milestone_view("esa", m).missing)
    project = engine.state.agencies["esa"].projects.setdefault(mid, ms.Project())
    project.progress = 1.0
    project.turns_funded = engine.rules.milestones[mid].min_turns
    project.spent = engine.milestone_view("esa", mid).cost
    return engine, mid


def test_missions_are_rolled_against_the_scenarios_game_value_reliabilities() -> None:
    text = dict(simplifies.engine_rules(3))["Missions are rolled"]
    assert "random roll" in text and "game value" in text
    engine, mid = ready_engine()
    chances = engine.odds("esa", mid).steps
    written = engine.rules.scenario.milestones[mid].game.steps
    # a fresh project on normal difficulty: each step's chance is the scenario's reliability
    assert [name for name, _ in chances] == [s.name for s in written]
    assert all(abs(c - min(0.995, max(0.01, s.reliability))) < 1e-9
               for (_, c), s in zip(chances, written, strict=True))
    for roll, success in ((0.0, True), (0.999, False)):
        engine, mid = ready_engine()
        engine.world.rng = FixedRoll(roll)  # type: ignore[assignment]
        assert missions.fly(engine.world, engine.state.agencies["esa"], mid).success is success


def test_money_comes_each_turn_as_a_share_of_the_yearly_budget_raised_by_support() -> None:
    assert "equal shares every turn" in dict(simplifies.engine_rules(3))["Money by the turn"]
    engine = new_game(load_scenario(paths.DEFAULT_SCENARIO), seed=4, humans=["esa"])
    agency = engine.state.agencies["esa"]
    yearly = engine.rules.scenario.agencies["esa"].game.budget_per_year
    months = engine.rules.calendar.turn_months
    tuning = engine.rules.tuning
    for support in (0, 50, 100):
        agency.support = support
        factor = tuning.support_income_low + tuning.support_income_span * support / 100
        assert engine.income(agency) == round(yearly * months / 12 * factor)
    agency.support = 20
    low = engine.income(agency)
    agency.support = 80
    assert engine.income(agency) > low


def test_time_passes_in_the_scenarios_turns_and_a_deed_is_dated_to_its_turns_first_month(
        ) -> None:
    scenario = load_scenario(paths.DEFAULT_SCENARIO)
    months = scenario.scenario.turn_months
    assert f"turns of {months} months" in dict(simplifies.engine_rules(months))["Time in turns"]
    engine = new_game(scenario, seed=4, humans=["esa"])
    calendar = engine.rules.calendar
    assert calendar.turn_months == months
    for turn in (0, 1, 5):
        assert turn_label(calendar, turn) == month_label(calendar.start + turn * months)
    engine.achieve("esa", "lunar_orbiter")
    row = next(r for r in engine.history_comparison("esa") if r["milestone"] == "lunar_orbiter")
    assert row["yours"] == engine.state.turn
    assert achieved_label(calendar, row["yours"]) == turn_label(calendar, engine.state.turn)
