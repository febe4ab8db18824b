"""Funding from the player's seat: a typed amount, Full speed, the cap, standing orders and
a progress figure that never claims more than the engine has."""

from __future__ import annotations

from typing import Any

import pygame
from pygame_gui.elements import UITextEntryLine

from game.core import commands as cmd
from game.core import funding
from tests.ui.test_dashboard import allocation, new_session, open_dashboard, two_turn_orbiter


def select_orbiter(drive: Any, scene: Any) -> None:
    drive.click(scene.node_buttons["lunar_orbiter"])


def test_a_typed_amount_and_enter_set_the_funding(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    entry = scene.amount_entry
    assert isinstance(entry, UITextEntryLine)
    drive.click(entry)
    entry.set_text("")
    drive.type("170")
    drive.key(pygame.K_RETURN)
    assert allocation(session, "lunar_orbiter") == 170
    assert scene._live["funding"].text.endswith("170M")
    assert scene.amount_entry.get_text() == "170"


def test_more_than_full_speed_is_capped_and_the_box_says_so(app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    full = session.engine.milestone_view("esa", "lunar_orbiter").full_speed
    drive.click(scene.amount_entry)
    scene.amount_entry.set_text("")
    drive.type("800")
    drive.key(pygame.K_RETURN)
    assert allocation(session, "lunar_orbiter") == full
    assert any(f"Capped at {full}M" in str(getattr(e, "text", "")) for e in scene.elements
               if e.alive() and e.visible)


def test_the_full_speed_button_funds_what_finishes_in_the_fewest_turns(app_factory: Any) -> None:
    session = new_session(two_turn_orbiter())
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    drive.press("Full speed")
    view = session.engine.milestone_view("esa", "lunar_orbiter")
    assert view.allocation == view.full_speed
    assert scene._live["ready"].text == f"Ready in {view.min_turns} turns"


def test_funding_shows_as_every_turn_and_is_still_there_after_end_turn(app_factory: Any) -> None:
    session = new_session(two_turn_orbiter())
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    drive.press("Steady rate")
    steady = allocation(session, "lunar_orbiter")
    assert scene._live["funding"].text == f"Every turn {steady}M"
    assert session.apply(cmd.EndTurn(agency="esa")).ok
    scene.refresh()
    drive.step(2)
    assert allocation(session, "lunar_orbiter") == steady
    assert scene._live["funding"].text == f"Every turn {steady}M"


def test_development_short_of_done_never_reads_100_percent(app_factory: Any) -> None:
    session = new_session()
    project = session.engine.state.agencies["esa"].projects
    from game.core.state import Project

    project["lunar_orbiter"] = Project(progress=0.998, spent=299, turns_funded=1)
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    assert scene._live["progress"].text == "Developed 99%"
    assert scene._live["cost"].text == "Cost left 1M"
    view = session.engine.milestone_view("esa", "lunar_orbiter")
    assert view.steady_funding < 20  # the steady rate asks only what finishes it


def test_the_news_says_when_a_standing_order_is_more_than_a_turn_can_use() -> None:
    from game.ui.widgets.turn_text import news_html

    session = new_session(two_turn_orbiter())
    engine = session.engine
    full = engine.milestone_view("esa", "lunar_orbiter").full_speed
    assert session.apply(cmd.Allocate(agency="esa", milestone="lunar_orbiter", amount=full)).ok
    assert session.apply(cmd.EndTurn(agency="esa")).ok
    agency = engine.state.agencies["esa"]
    # an order above today's full speed (a bloc's cost share can lower it) is cut to it
    funding.renew_orders(engine.world, agency, {"lunar_orbiter": full + 100})
    now = engine.milestone_view("esa", "lunar_orbiter").allocation
    assert now <= full
    assert f"Lunar orbiter: {now}M this turn instead of {full + 100}M, all it can use" \
        in news_html(engine, "esa", "")


def test_an_extra_enter_after_the_turn_report_changes_no_funding(app_factory: Any) -> None:
    from game.ui.scenes.dashboard import DashboardScene

    session = new_session(two_turn_orbiter())
    _app, drive, scene = open_dashboard(app_factory, session)
    select_orbiter(drive, scene)
    drive.click(scene.amount_entry)
    scene.amount_entry.set_text("")
    drive.type("250")
    drive.key(pygame.K_RETURN)  # sets the amount; the focus moves on to "Steady rate"
    assert allocation(session, "lunar_orbiter") == 250
    drive.click(scene.end_turn_button)
    for _ in range(8):  # the report and any cards, closed by Enter as a class would
        if isinstance(drive.app.top, DashboardScene):
            break
        drive.key(pygame.K_RETURN)
    assert drive.app.top is scene and session.state.turn == 1
    assert scene.focus.current is scene.node_buttons["lunar_orbiter"]
    drive.key(pygame.K_RETURN)  # one Enter too many
    assert allocation(session, "lunar_orbiter") == 250


def test_full_speed_with_too_little_money_funds_all_that_is_free_and_says_so(
        app_factory: Any) -> None:
    session = new_session()
    _app, drive, scene = open_dashboard(app_factory, session)
    drive.click(scene.node_buttons["heavy_launcher"])
    budget = session.engine.budget_view("esa")
    assert session.engine.milestone_view("esa", "heavy_launcher").full_speed > budget.free
    drive.press("Full speed")
    assert allocation(session, "heavy_launcher") == budget.free
    assert session.engine.budget_view("esa").free == 0
    assert any(f"Only {budget.free}M free" in str(getattr(e, "text", ""))
               for e in scene.elements if e.alive() and e.visible)


def test_the_news_says_a_developed_mission_s_funding_stopped_and_why() -> None:
    from game.ui.widgets.turn_text import news_html

    session = new_session(two_turn_orbiter())
    full = session.engine.milestone_view("esa", "lunar_orbiter").full_speed
    assert session.apply(cmd.Allocate(agency="esa", milestone="lunar_orbiter", amount=full)).ok
    for _ in range(2):
        for item in session.engine.pending("esa"):
            kind = cmd.AnswerEvent(agency="esa", event=item.ref, choice=0) \
                if item.kind == "event" else cmd.DeclineOffer(agency="esa", bloc=item.ref)
            session.apply(kind)
        assert session.apply(cmd.EndTurn(agency="esa")).ok
    assert session.engine.status("esa", "lunar_orbiter") == "ready"
    assert allocation(session, "lunar_orbiter") == 0
    assert "Lunar orbiter is developed and ready to fly, so its funding stopped" in news_html(
        session.engine, "esa", "")
