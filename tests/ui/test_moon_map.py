"""The Moon map, driven as a player would: opened by key and by click, its markers held to
the engine's landings, its tooltips to the sources."""

from __future__ import annotations

import pygame
import pytest
from pygame_gui.elements import UIButton, UITextBox

from game import i18n, paths
from game.charts import agency_styles
from game.citations import source_list
from game.core import commands as cmd
from game.dates import achieved_label, month_label
from game.i18n import tr
from game.ui import flow
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.moon_map import MoonMapScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems
from tests.ui.flow_support import click_through
from tests.ui.flow_support import session as hot_seat_session
from tests.ui.test_dashboard import open_dashboard
from tests.ui.test_debrief import finished_game
from tests.ui.test_history import play
from tests.ui.test_hot_seat import STATION, red_launches


def landings_in_engine(session: Session) -> set[tuple[str, str, int]]:
    """What the map must show as played: every agency's achieved milestones that have a
    site, achieved during the game (turn 0 on), read straight from the engine's state."""
    return {(aid, mid, turn) for aid, agency in session.state.agencies.items()
            for mid, turn in agency.achieved.items()
            if turn >= 0 and session.scenario.milestones[mid].site is not None}


def shown_landings(scene: MoonMapScene) -> set[tuple[str, str, int]]:
    return {(m.agency or "", m.milestone or "", m.turn or 0) for m in scene.shown
            if m.kind == "played"}


def campaign() -> Session:
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1)
    session.apply(cmd.DeclineOffer(agency="esa", bloc="ilrs"))
    return session


def test_m_opens_the_map_from_the_turn_screen_and_esc_closes_it(app_factory) -> None:
    app, drive, _ = open_dashboard(app_factory, campaign())
    drive.key(pygame.K_m)
    assert isinstance(app.top, MoonMapScene)
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, DashboardScene)


def test_the_map_button_of_the_turn_screen_opens_it(app_factory) -> None:
    app, drive, _ = open_dashboard(app_factory, campaign(), size=(1024, 600))
    button = next(e for e in app.top.elements
                  if isinstance(e, UIButton) and e.text.startswith("Map"))
    drive.click(button)
    assert isinstance(app.top, MoonMapScene)


def test_a_landing_made_this_turn_appears_at_its_site_with_its_date(app_factory) -> None:
    session = play(turns=4, seed=1)  # the lesson: ESA's lander is ready in turn 4
    assert "lunar_lander" not in session.state.agencies["esa"].achieved
    app, drive, _ = open_dashboard(app_factory, session)
    drive.key(pygame.K_m)
    scene = app.top
    assert shown_landings(scene) == landings_in_engine(session)
    assert not any(m.agency == "esa" for m in scene.shown)
    drive.key(pygame.K_ESCAPE)

    assert session.apply(cmd.Attempt(agency="esa", milestone="lunar_lander")).ok
    assert session.state.agencies["esa"].achieved.get("lunar_lander") == 4
    drive.key(pygame.K_m)
    scene = app.top
    assert shown_landings(scene) == landings_in_engine(session)
    (ours,) = [m for m in scene.shown if m.agency == "esa"]
    site = session.scenario.milestones["lunar_lander"].site
    assert (ours.lat, ours.lon, ours.side) == (site.lat, site.lon, "near")
    # one button a marker, and the ESA dot's tooltip names mission, date and source
    button = scene.marker_buttons[scene.shown.index(ours)]
    tip = button.tool_tip_text
    date = achieved_label(session.engine.rules.calendar, 4)
    assert "ESA" in tip and "Robotic lander" in tip and date in tip
    assert source_list(session.scenario, site.sources) in tip
    assert "Game value" in tip and "no coordinates" in tip
    assert len(scene.marker_buttons) == len(scene.shown)


def test_hovering_the_far_side_ring_names_chang_e_4_its_date_and_its_report(
        app_factory) -> None:
    session = campaign()
    app, drive, _ = open_dashboard(app_factory, session)
    drive.key(pygame.K_m)
    scene = app.top
    (ring,) = [m for m in scene.shown if m.kind == "documented" and m.side == "far"]
    entry = next(e for e in session.scenario.history if e.milestone == "far_side_landing")
    tip = drive.hover(scene.marker_buttons[scene.shown.index(ring)])
    assert tip is not None
    words = scene.marker_buttons[scene.shown.index(ring)].tool_tip_text
    assert "Chang&#x27;e 4" in words or "Chang'e 4" in words
    assert month_label(2019 * 12) in words  # January 2019, as the report says
    assert source_list(session.scenario, entry.sources) in words
    assert "Reporter&#x27;s framing" in words or "Reporter's framing" in words
    assert "far side" in words


def test_tab_and_enter_show_a_markers_words_in_the_panel(app_factory) -> None:
    session = campaign()
    app, drive, _ = open_dashboard(app_factory, session)
    drive.key(pygame.K_m)
    scene = app.top
    assert scene.focus.current is scene.marker_buttons[0]
    drive.key(pygame.K_TAB)
    assert scene.focus.current is scene.marker_buttons[1]
    drive.key(pygame.K_RETURN)
    scene = app.top
    assert scene.selected == 1
    panel = next(e for e in scene.elements if isinstance(e, UITextBox))
    title = scene.selected_title()
    assert title is not None and title.split(":")[0] in panel.html_text
    assert "Source" in panel.html_text


def test_the_map_opens_from_the_debrief_and_shows_the_games_landings(app_factory) -> None:
    app = app_factory((1280, 720))
    app.session = finished_game()
    app.push(DebriefScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Map")
    assert isinstance(app.top, MoonMapScene)
    assert shown_landings(app.top) == landings_in_engine(app.session)
    assert layout_problems(app) == []


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("size, scale", [((1024, 600), 1.5), ((1024, 600), 1.0),
                                         ((1920, 1080), 1.0)])
def test_the_debrief_keeps_its_map_button_on_every_window_and_text_size(
        app_factory, language: str, size: tuple[int, int], scale: float) -> None:
    """It once vanished when the row had no room left (Russian at 1024x600)."""
    i18n.set_language(language)
    app = app_factory(size, ui_scale=scale)
    app.session = finished_game()
    app.push(DebriefScene())
    drive = Driver(app)
    drive.step(2)
    drive.click(drive.find(UIButton, tr("Map")))
    assert isinstance(app.top, MoonMapScene)


def test_the_colour_blind_palette_colours_the_markers_as_the_charts(app_factory) -> None:
    app = app_factory((1280, 720), colour_blind=True)
    session = finished_game()
    app.session = session
    app.push(MoonMapScene())
    drive = Driver(app)
    drive.step(2)
    scene = app.top
    order = list(session.scenario.agencies)
    styles = agency_styles(order, {}, app.palette.chart)
    assert app.palette.name == "okabe_ito"
    assert scene.colours == {aid: s.colour for aid, s in styles.items()}
    dot = next(m for m in scene.shown if m.kind == "played" and m.agency not in scene.pips)
    x, y = scene.geo.point(dot)
    assert tuple(scene.picture().get_at((x, y)))[:3] == styles[dot.agency].colour


def test_the_picture_is_drawn_once_and_then_only_blitted(app_factory) -> None:
    app = app_factory((1280, 720))
    app.session = campaign()
    app.push(MoonMapScene())
    drive = Driver(app)
    drive.step(10)
    assert app.top.renders == 1


def test_a_site_without_coordinates_from_a_report_says_so_on_screen(app_factory) -> None:
    app = app_factory((1024, 600))
    app.session = campaign()
    app.push(MoonMapScene())
    Driver(app).step(2)
    texts = " ".join(getattr(e, "text", "") or "" for e in app.top.elements)
    assert "game value" in texts


def played_by(scene: MoonMapScene, agency: str) -> set[str]:
    return {m.milestone or "" for m in scene.shown if m.kind == "played" and m.agency == agency}


def test_after_a_load_the_map_shows_the_loaded_games_landings(app_factory, tmp_path) -> None:
    session = play(turns=6, seed=1)  # ESA flies its lander in turn 4
    assert "lunar_lander" in session.state.agencies["esa"].achieved
    path = tmp_path / "game.json"
    session.save(path, "before the bell")
    app = app_factory((1280, 720))
    flow.start_campaign(app, Session.load(path))  # as Load and Continue open a save
    drive = Driver(app)
    click_through(drive, until=DashboardScene)
    drive.key(pygame.K_m)
    assert isinstance(app.top, MoonMapScene)
    assert app.session is not session
    assert shown_landings(app.top) == landings_in_engine(app.session) == landings_in_engine(
        session)
    assert "lunar_lander" in played_by(app.top, "esa")


def test_in_hot_seat_a_team_sees_another_teams_landing_only_after_the_turn(
        app_factory) -> None:
    s = hot_seat_session("cnsa", teams={"Red": "cnsa", "Blue": "nasa"})
    app = app_factory((1280, 720))
    flow.start_campaign(app, s)
    drive = Driver(app)
    drive.step(2)
    click_through(drive, until=DashboardScene)
    red_launches(s)  # Red lands its robotic station at the south pole this turn
    drive.key(pygame.K_m)
    assert STATION in played_by(app.top, "cnsa")  # Red sees its own landing at once
    drive.key(pygame.K_ESCAPE)
    drive.click(app.top.end_turn_button)
    assert isinstance(app.top, HandoverScene) and app.top.team_name == "Blue"
    click_through(drive, until=DashboardScene)
    assert s.agency == "nasa"
    drive.key(pygame.K_m)
    assert STATION not in played_by(app.top, "cnsa")  # not Blue's to know before the turn
    drive.key(pygame.K_ESCAPE)

    drive.click(app.top.end_turn_button)  # the turn resolves: the news reaches everyone
    drive.press("We are Blue, start")
    click_through(drive, until=DashboardScene)
    drive.key(pygame.K_m)
    assert STATION in played_by(app.top, "cnsa")
