"""The turn screen, Help and the bloc choice say only what is true for the game played:
no date of a turn that will never come, no offer a scenario cannot make, no year of
another scenario, no screen that is not there (issue 10, item 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
from pygame_gui.elements import UIButton, UITextBox

from game import paths
from game.core import commands as cmd
from game.ui import flow
from game.ui.scene import Scene
from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.history import HistoryScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, visible_elements
from tests.ui.flow_support import click_through, pass_offers
from tests.ui.test_dashboard import open_dashboard

NO_BLOCS = Path(__file__).parents[1] / "fixtures" / "valid" / "no_blocs.yaml"


def no_blocs_session() -> Session:
    return Session.new(NO_BLOCS, agency="esa", seed=1)


# --- 1. the last turn ------------------------------------------------------------------


def test_on_the_last_turn_end_turn_names_no_next_date_and_points_to_the_debrief(
        app_factory: Any) -> None:
    session = no_blocs_session()
    while session.state.turn < session.state.turn_count - 1:
        assert session.apply(cmd.EndTurn(agency="esa")).ok
    _app, drive, scene = open_dashboard(app_factory, session)
    button = scene.end_turn_button
    assert button is not None and button.is_enabled
    assert "next" not in button.text and "last" in button.text
    assert "debrief" in button.tool_tip_text
    drive.click(button)
    assert session.is_over


def test_before_the_last_turn_end_turn_still_names_the_next_date(app_factory: Any) -> None:
    session = no_blocs_session()
    _app, _drive, scene = open_dashboard(app_factory, session)
    assert scene.end_turn_button is not None
    assert scene.end_turn_button.text == "End turn (next: Jul 2024)"



# --- 2. no bloc choice and no offer promised where the scenario has none ------------------


def partners_text(app: Any) -> str:
    scene = app.top
    assert isinstance(scene, DashboardScene)
    body = [e for e in scene.elements if isinstance(e, UITextBox) and e is not scene.news_box]
    return " ".join(e.html_text for e in body if "bloc" in e.html_text.lower())


def test_a_scenario_without_blocs_opens_with_no_bloc_choice_and_promises_no_offer(
        app_factory: Any) -> None:
    app, drive, scene = open_dashboard(app_factory, no_blocs_session())
    flow.start_play(app)
    drive.step(2)
    assert click_through(drive, until=DashboardScene) == ["how_to_play"]
    assert app.top is scene
    text = partners_text(app)
    assert "offer" not in text and "No blocs in this scenario" in text


def test_when_no_invitation_can_come_the_turn_screen_and_bloc_choice_promise_none(
        app_factory: Any) -> None:
    # CNES starts independent; both invitations of moon_2021 are dated March 2021 and
    # fire once, on the first turn.
    session = Session.new(paths.DEFAULT_SCENARIO, agency="cnes", seed=1)
    pass_offers(session, "cnes")
    for item in session.engine.pending("cnes"):
        session.apply(cmd.AnswerEvent(agency="cnes", event=item.ref, choice=0))
    assert session.apply(cmd.EndTurn(agency="cnes")).ok
    pass_offers(session, "cnes")
    app, drive, _scene = open_dashboard(app_factory, session)
    text = partners_text(app)
    assert "an offer may come" not in text and "no more invitations" in text
    choice = app.push(BlocChoiceScene())
    drive.step(2)
    independent = [e.html_text for e in choice.elements if isinstance(e, UITextBox)][-1]
    assert "accept an invitation later" not in independent
    assert "No invitation comes later" in independent


def test_where_an_invitation_can_still_come_the_turn_screen_says_so(app_factory: Any) -> None:
    # whatif_newcomer's envoys invite an independent Meridian from March 2022 on
    whatif = paths.SCENARIOS_DIR / "whatif_newcomer.yaml"
    session = Session.new(whatif, agency="meridian", seed=1)
    pass_offers(session, "meridian")
    app, _drive, _scene = open_dashboard(app_factory, session)
    assert "an offer may come" in partners_text(app)


# --- 3. Help names no other scenario's year ----------------------------------------------


def test_help_during_a_game_from_2024_speaks_of_no_plans_of_2021(app_factory: Any) -> None:
    app, drive, _scene = open_dashboard(app_factory, no_blocs_session())
    drive.key(pygame.K_F1)
    assert isinstance(app.top, HelpScene)
    how_and_keys = next(e for e in app.top.elements if isinstance(e, UITextBox)).html_text
    assert "2021" not in how_and_keys
    assert "documented timeline" in how_and_keys


# --- 4. the History button promises what History shows ---------------------------------------


def test_the_history_tooltip_promises_only_what_the_history_screen_shows(
        app_factory: Any) -> None:
    app, drive, _scene = open_dashboard(app_factory, no_blocs_session())
    button = drive.find(UIButton, "History (H)")
    tip = button.tool_tip_text
    assert "score" not in tip.lower() and "2021" not in tip
    assert "documented timeline" in tip and "difference" in tip
    drive.click(button)
    assert isinstance(app.top, HistoryScene)
    drive.press("Table")  # History opens on its picture; the table is one button away
    headings = {element_text(e) for e in visible_elements(app)}
    assert {"Documented", "Difference"} <= headings


# --- 5. an empty news box mid-game ---------------------------------------------------------


def test_after_a_quiet_turn_the_news_box_says_nothing_is_new_not_no_news_yet(
        app_factory: Any) -> None:
    session = no_blocs_session()
    assert session.apply(cmd.EndTurn(agency="esa")).ok  # a turn with nothing funded
    _app, _drive, scene = open_dashboard(app_factory, session)
    assert scene.news_box is not None
    news = scene.news_box.html_text
    assert "No news yet" not in news
    assert news == "Nothing new this turn."



# --- 6. H right after Help ---------------------------------------------------------------------


def test_the_first_h_after_closing_help_with_esc_opens_the_history(app_factory: Any) -> None:
    app, drive, scene = open_dashboard(app_factory, no_blocs_session())
    drive.key(pygame.K_F1)
    assert isinstance(app.top, HelpScene)
    glossary = [e for e in app.top.elements if isinstance(e, UITextBox)][-1]
    drive.click(glossary)  # a text box clicked in Help holds pygame_gui's keyboard focus
    drive.key(pygame.K_ESCAPE)
    assert app.top is scene
    drive.key(pygame.K_h, unicode="h")
    assert isinstance(app.top, HistoryScene)


# --- 7. the keyboard starts on a button it can press -----------------------------------------


def test_the_bloc_choice_of_an_agency_barred_from_the_first_bloc_starts_on_an_enabled_button(
        app_factory: Any) -> None:
    app = app_factory((1280, 720))
    app.session = Session.new(paths.DEFAULT_SCENARIO, agency="nasa", seed=1)
    app.push(DashboardScene())
    choice = app.push(BlocChoiceScene())
    drive = Driver(app)
    drive.step(2)
    assert not drive.find(UIButton, "Join ILRS").is_enabled  # the Wolf amendment bars NASA
    focused = choice.focus.current
    assert focused is not None and focused.is_enabled
    assert focused.text == "Stay in Artemis"
    drive.key(pygame.K_RETURN)
    assert isinstance(app.top, DashboardScene)
    assert app.session.state.agencies["nasa"].bloc == "artemis"


def test_the_focus_ring_never_rests_on_a_disabled_button(app_factory: Any) -> None:
    app = app_factory((1280, 720))
    scene = app.push(Scene())
    pressed: list[str] = []
    off = scene.button(pygame.Rect(10, 10, 120, 40), "Off", lambda: pressed.append("off"),
                       enabled=False)
    scene.button(pygame.Rect(10, 60, 120, 40), "On", lambda: pressed.append("on"))
    scene.focus.focus(off)
    drive = Driver(app)
    drive.key(pygame.K_RETURN)
    assert pressed == ["on"]
