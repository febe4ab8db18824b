"""The timeline picture on screen (game/ui/timeline_view.py): History opens on it, the
debrief has it as a tab; every achievement of the engine is a mark of its agency's colour,
the documented marks tell their texts and sources when hovered."""

from __future__ import annotations

from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIButton

from game.charts import agency_styles
from game.citations import attribution
from game.timeline import Timeline
from game.ui.flow import start_campaign
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.history import HistoryScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from tests.ui.flow_support import click_through
from tests.ui.flow_support import session as hot_seat_session
from tests.ui.test_dashboard import open_dashboard
from tests.ui.test_debrief import Board, finished_game
from tests.ui.test_history import play, play_longer
from tests.ui.test_hot_seat import STATION, red_launches


def history_from_dashboard(app_factory: Any, session: Session,
                           size: tuple[int, int] = (1280, 720)) -> tuple[Any, Driver]:
    app, drive, _ = open_dashboard(app_factory, session, size)
    drive.press("History (H)")
    drive.step(2)
    assert isinstance(app.top, HistoryScene)
    return app, drive


def drawn_marks(scene: Any) -> dict[tuple[str, str], Any]:
    shapes = scene.timeline_view.picture.shapes
    return {(p.row.milestone, m.mark.agency): m for p in shapes.rows for m in p.marks}


def engine_marks(session: Session, viewer: str) -> dict[tuple[str, str], int]:
    engine = session.engine
    return {(mid, aid): turn for aid in engine.state.agencies
            for mid, turn in engine.known_achieved(viewer, aid).items()}


def assert_marks_are_the_engines(app: Any, scene: Any, session: Session) -> None:
    """Every achievement is drawn, at its turn's month, in its agency's colour."""
    view = scene.timeline_view
    tl: Timeline = view.timeline
    shown_rows = {p.row.milestone for p in view.picture.shapes.rows}
    expected = {k: t for k, t in engine_marks(session, session.agency).items()
                if k[0] in shown_rows}
    marks = drawn_marks(scene)
    assert set(marks) == set(expected)
    # a team named after a colour wears it, as on the charts ("Red" is red)
    teams = {agency: team for team, agency in (session.teams or {}).items()}
    styles = agency_styles(list(tl.agencies), teams, app.palette.chart)
    image = view.picture.picture(view.key(scene), app.palette, view.styles, view.names)
    origin = view.picture.area.topleft
    for (mid, aid), placed in marks.items():
        assert placed.mark.turn == expected[(mid, aid)]
        assert placed.mark.month == session.engine.rules.calendar.turn_month(
            max(0, expected[(mid, aid)]))
        if placed.mark.before_start:
            continue  # a triangle left of the start: its point is not its centre
        centre = (round(placed.x) - origin[0], round(placed.y) - origin[1])
        assert tuple(image.get_at(centre))[:3] == styles[aid].colour, (mid, aid)


def test_history_opens_on_the_picture_and_its_marks_are_the_engines(app_factory: Any) -> None:
    session = play(turns=4)
    app, _drive = history_from_dashboard(app_factory, session)
    scene = app.top
    assert scene.view == "picture"
    assert drawn_marks(scene)  # four turns: someone achieved something
    assert_marks_are_the_engines(app, scene, session)
    assert layout_problems(app) == []


def test_the_picture_follows_the_engine_after_more_turns(app_factory: Any) -> None:
    session = play(turns=2)
    app, drive = history_from_dashboard(app_factory, session)
    before = dict(drawn_marks(app.top))
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, DashboardScene)
    for _ in range(3):
        drive.press(next(element_text(e) for e in visible_elements(app)
                         if isinstance(e, UIButton) and element_text(e).startswith("End turn")))
        drive.step(3)
        while not isinstance(app.top, DashboardScene):  # reports, events: closed as a pupil
            drive.key(pygame.K_RETURN)
            drive.step(2)
    drive.press("History (H)")
    drive.step(2)
    after = drawn_marks(app.top)
    assert set(before) <= set(after)
    assert_marks_are_the_engines(app, app.top, session)
    now = app.top.timeline_view.timeline.now
    assert now == session.engine.rules.calendar.turn_month(session.state.turn)


def test_hovering_a_vague_band_shows_its_words_its_reading_and_its_source(
        app_factory: Any) -> None:
    session = play_longer()
    app, drive = history_from_dashboard(app_factory, session)
    view = app.top.timeline_view
    hover, button = next((h, b) for h, b in view.buttons if h.kind == "docs"
                         and any(d.reading for d in h.row.docs))
    tip = drive.hover(button)
    assert tip is not None
    shown = tip.text_block.html_text if hasattr(tip, "text_block") else str(tip)
    band = next(d for d in hover.row.docs if d.reading)
    assert "game's reading" in shown and (band.when or "") in shown.replace("&#x27;", "'")
    assert attribution(session.scenario, band.claim, band.sources) in shown


def test_hovering_the_game_marks_says_who_when_and_ahead_or_behind(app_factory: Any) -> None:
    session = play_longer()
    app, drive = history_from_dashboard(app_factory, session)
    view = app.top.timeline_view
    _hover, button = next((h, b) for h, b in view.buttons if h.kind == "marks"
                         and any(m.versus for m in h.row.marks))
    tip = drive.hover(button)
    assert tip is not None
    shown = tip.text_block.html_text
    assert "in this game" in shown
    assert "behind the documented date" in shown or "ahead of the documented date" in shown


def test_the_table_is_one_button_away_and_the_picture_one_back(app_factory: Any) -> None:
    session = play(turns=3)
    app, drive = history_from_dashboard(app_factory, session)
    drive.press("Table")
    assert app.top.view == "table"
    assert "Documented" in [element_text(e) for e in visible_elements(app)]
    assert not app.top.timeline_view.shown
    drive.press("Picture")
    assert app.top.view == "picture" and app.top.timeline_view.shown


def test_tab_reaches_the_marks(app_factory: Any) -> None:
    session = play(turns=3)
    app, drive = history_from_dashboard(app_factory, session)
    mark_buttons = {id(b) for _, b in app.top.timeline_view.buttons}
    reached = False
    for _ in range(6):
        drive.key(pygame.K_TAB)
        focused = app.top.focus.current if app.top.focus else None
        reached = reached or id(focused) in mark_buttons
    assert reached


@pytest.mark.parametrize("colour_blind", [False, True])
def test_the_debrief_timeline_tab_draws_every_achievement_in_the_agency_colour(
        app_factory: Any, colour_blind: bool) -> None:
    app = app_factory((1024, 600), colour_blind=colour_blind)
    session = finished_game()
    app.session = session
    app.push(Board())
    app.push(DebriefScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Timeline")
    scene = app.top
    assert scene.view == "timeline" and scene.timeline_view.timeline.now is None
    assert_marks_are_the_engines(app, scene, session)
    assert layout_problems(app) == []


def test_the_picture_is_drawn_once_not_every_frame(app_factory: Any) -> None:
    session = play(turns=2)
    app, drive = history_from_dashboard(app_factory, session)
    renders = app.top.timeline_view.picture.renders
    drive.step(10)
    assert app.top.timeline_view.picture.renders == renders


def test_after_a_load_the_picture_is_the_loaded_games(app_factory: Any, tmp_path: Any) -> None:
    session = play(turns=5)
    path = tmp_path / "game.json"
    session.save(path, "before the bell")
    app = app_factory((1280, 720))
    start_campaign(app, Session.load(path))  # as Load and Continue open a save
    drive = Driver(app)
    click_through(drive, until=DashboardScene)
    drive.key(pygame.K_h)
    scene = app.top
    assert isinstance(scene, HistoryScene) and app.session is not session
    assert drawn_marks(scene)
    assert_marks_are_the_engines(app, scene, app.session)
    assert engine_marks(app.session, "esa") == engine_marks(session, "esa")


def test_in_hot_seat_a_team_sees_another_teams_first_only_after_the_turn(
        app_factory: Any) -> None:
    s = hot_seat_session("cnsa", teams={"Red": "cnsa", "Blue": "nasa"})
    app = app_factory((1280, 720))
    start_campaign(app, s)
    drive = Driver(app)
    drive.step(2)
    click_through(drive, until=DashboardScene)
    red_launches(s)
    drive.click(app.top.end_turn_button)
    click_through(drive, until=DashboardScene)  # Blue's cover and cards
    assert s.agency == "nasa"
    drive.key(pygame.K_h)
    assert (STATION, "cnsa") not in drawn_marks(app.top)
    assert_marks_are_the_engines(app, app.top, s)
    drive.key(pygame.K_ESCAPE)
    drive.click(app.top.end_turn_button)  # the turn resolves
    drive.press("We are Blue, start")
    click_through(drive, until=DashboardScene)
    drive.key(pygame.K_h)
    assert (STATION, "cnsa") in drawn_marks(app.top)
    assert_marks_are_the_engines(app, app.top, s)
