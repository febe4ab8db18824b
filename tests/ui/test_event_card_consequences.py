"""The event card says what an answer leads to, in a pupil's words, and the engine then does
it: an effect turns later, a follow-up event, a budget changed for good, an achievement
without a launch; an invented answer is marked by itself, not the whole reported event
(tests/fixtures/valid/consequences.yaml)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest

from game.core import commands as cmd
from game.ui.session import Session
from game.ui.testing import layout_problems
from tests.ui.flow_support import StandIn, texts
from tests.ui.test_event_card import open_card

CONSEQUENCES = Path(__file__).parents[1] / "fixtures" / "valid" / "consequences.yaml"
ACCEPT, REFUSE = "Accept", "Refuse and cut the budget"


def esa_session() -> Session:
    session = Session.new(CONSEQUENCES, agency="esa", seed=1)
    assert any(p.ref == "partnership" for p in session.engine.pending("esa"))
    return session


def end_turn(session: Session) -> None:
    assert session.apply(cmd.EndTurn(agency="esa")).ok


def test_a_delay_and_a_follow_up_are_shown_and_then_happen(app_factory: Any) -> None:
    session = esa_session()
    app, drive = open_card(app_factory, session, "partnership")
    shown = texts(app)
    assert "In 2 turns: Public support +5 (game value)" in shown
    assert "Leads to: The partnership pays off, next turn" in shown
    esa = session.state.agencies["esa"]
    drive.press(ACCEPT)
    assert isinstance(app.top, StandIn)
    support, science = esa.support, esa.scores["science"]
    end_turn(session)  # next turn: the follow-up, as the card said; the support not yet
    assert "payoff" in [e.event for e in session.engine.current_report("esa").events]
    assert esa.scores["science"] == science + 7
    assert esa.support == support
    end_turn(session)  # in 2 turns: +5 support
    assert esa.support == support + 5


def test_a_budget_change_is_shown_a_year_and_then_paid_each_turn(app_factory: Any) -> None:
    session = esa_session()
    app, drive = open_card(app_factory, session, "partnership")
    assert "Budget -200 million a year from now on (game value)" in texts(app)
    esa = session.state.agencies["esa"]
    drive.press(REFUSE)
    assert esa.budget_change == -200
    end_turn(session)
    rules = session.engine.rules
    factor = rules.tuning.support_income_low + rules.tuning.support_income_span * esa.support / 100
    factor *= dict(rules.tuning.difficulty_income)[session.state.difficulty]
    assert esa.income == round((800 - 200) * rules.turn_fraction() * factor)


def test_an_invented_answer_is_marked_but_the_reported_event_is_not(app_factory: Any) -> None:
    app, _ = open_card(app_factory, esa_session(), "partnership")
    shown = texts(app)
    assert "Invented by the game (fiction): Budget -200 million a year" in shown
    assert "Invented by the game (fiction): Money -50" not in shown
    assert "FICTION" not in shown
    assert "the game invents this event" not in shown
    assert escape("Fiction: the answers marked 'Invented by the game' are not history") in shown


def test_an_achievement_history_decides_is_shown_and_then_recorded(app_factory: Any) -> None:
    session = esa_session()
    app, drive = open_card(app_factory, session, "orbiter_arrives")
    assert "Achieves Lunar orbiter (CNSA), without a launch" not in texts(app)  # to: cnsa
    assert "Achieves Lunar orbiter, without a launch" in texts(app)
    drive.press("OK")
    assert session.apply(cmd.AnswerEvent(agency="esa", event="partnership", choice=0)).ok
    end_turn(session)
    cnsa = session.state.agencies["cnsa"]
    assert cnsa.achieved["orbiter"] == session.state.turn
    assert session.state.firsts["orbiter"][0] == "cnsa"


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_card_with_consequences_fits_the_window(app_factory: Any,
                                                    size: tuple[int, int]) -> None:
    app, _ = open_card(app_factory, esa_session(), "partnership", size)
    assert layout_problems(app) == []
