"""Format 2 additions of a scenario's world on screen, held to the engine: a milestone
reserved for another agency, a budget that changes, why a chance is not the written
reliability, and failed and cancelled history on the History screen."""

from __future__ import annotations

from html import escape
from typing import Any

import pytest
from pygame_gui.elements import UIButton, UITextBox

from game.core import commands as cmd
from game.paths import ROOT
from game.readings import difference_meaning
from game.scenario import load_scenario
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.history import HistoryScene
from game.ui.session import Session
from game.ui.testing import (
    Driver,
    element_text,
    layout_problems,
    text_fit_problems,
    visible_elements,
)
from game.ui.widgets.tips import money
from game.ui.widgets.turn_text import odds_reasons_text
from tests.ui.test_dashboard import open_dashboard

FIXTURE = ROOT / "tests" / "fixtures" / "valid" / "history_budgets_bonuses.yaml"


def new_session(agency: str = "rosc", difficulty: str = "normal") -> Session:
    return Session.new(FIXTURE, agency, difficulty=difficulty, seed=3,
                       scenario=load_scenario(FIXTURE))


def shown_html(scene: DashboardScene) -> str:
    return " ".join(box.html_text for box in scene.elements if isinstance(box, UITextBox))


def texts(app: Any) -> list[str]:
    return [element_text(e) for e in visible_elements(app)]


def end_turn(session: Session) -> None:
    for item in session.engine.pending(session.agency):
        session.apply(cmd.AnswerEvent(agency=session.agency, event=item.ref, choice=0))
    assert session.apply(cmd.EndTurn(agency=session.agency)).ok


def test_a_milestone_reserved_for_another_agency_is_locked_with_the_engine_s_reason(
        app_factory: Any) -> None:
    session = new_session()
    session.engine.achieve("rosc", "orbiter")
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["lander"])
    assert scene.selected == "lander"
    assert not drive.find(UIButton, "+").is_enabled
    reason = session.engine.why_locked("rosc", "lander")
    assert reason is not None
    said = session.words(reason)
    assert "reserved for CNSA" in said
    assert escape(said[:1].upper() + said[1:], quote=False) in shown_html(scene)


def test_the_coming_budget_change_is_announced_and_the_income_shown_is_the_engine_s(
        app_factory: Any) -> None:
    session = new_session()
    end_turn(session)  # 2022: the budget of 2023 is next turn's
    app, _drive, scene = open_dashboard(app_factory, session)
    told = session.words(session.engine.current_report("rosc").news[0])
    assert told == "From 2023, ROS's budget becomes 900 million a year (a game value)"
    assert escape(told, quote=False) in scene.news_box.html_text
    before = session.engine.budget_view("rosc").income
    assert f"Income {money(before)}" in texts(app)
    app.pop()
    end_turn(session)  # 2023: the new budget
    app, _drive, scene = open_dashboard(app_factory, session)
    after = session.engine.budget_view("rosc").income
    assert session.engine.rules.yearly_budget("rosc", session.state.turn) == 900
    assert after > before
    assert f"Income {money(after)}" in texts(app)
    assert "budget is now 900 million a year" in scene.news_box.html_text


def test_a_chance_that_differs_from_the_written_reliability_says_why(
        app_factory: Any) -> None:
    session = new_session(difficulty="hard")
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["orbiter"])
    reasons = session.engine.odds_reasons("rosc", "orbiter")
    assert reasons.differs and reasons.difficulty > 1
    chance = session.engine.odds("rosc", "orbiter").steps[0][1]
    assert chance < 0.95  # the written reliability, raised failure on hard
    shown = shown_html(scene)
    assert escape(odds_reasons_text(reasons), quote=False) in shown
    assert "Written reliability: launch 95%" in shown


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_failed_and_cancelled_history_read_as_such_and_the_difference_is_explained(
        app_factory: Any, size: tuple[int, int]) -> None:
    session = new_session()
    session.engine.achieve("rosc", "orbiter")
    session.engine.achieve("cnsa", "lander")
    app = app_factory(size)
    app.session = session
    app.push(HistoryScene())
    Driver(app).step(2)
    Driver(app).press("Table")  # the words are the table's; the picture is the default
    shown = texts(app)
    assert any(t.startswith("Failed: Aug 2023") for t in shown)
    assert any(t.startswith("Cancelled: 2027") for t in shown)
    joined = " ".join(shown)  # a cell's text wraps over several labels
    assert "cancelled: nothing to compare" in joined
    assert "vs a failed attempt: First:" in joined
    assert difference_meaning() in shown
    assert not layout_problems(app)
    assert not text_fit_problems(app)
