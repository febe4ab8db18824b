"""The hot-seat cover: opaque, names the team and agency, only its button lets play on."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.handover import HandoverScene
from game.ui.testing import Driver, layout_problems
from tests.ui.flow_support import StandIn, session, texts

TEAMS = {"Red": "cnsa", "Blue": "nasa"}


def open_cover(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = session("cnsa", teams=TEAMS)
    app.push(StandIn())
    results: list[object] = []
    app.push(HandoverScene("Blue", "nasa"), on_result=results.append)
    drive = Driver(app)
    drive.step(2)
    return app, drive, results


def test_the_cover_names_the_team_and_its_agency(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _, _ = open_cover(app_factory)
    shown = texts(app)
    assert "Turn of Blue" in shown
    assert "National Aeronautics and Space Administration" in shown
    assert "Mar 2021" in shown


def test_nothing_of_the_screen_below_shows_through(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive, _ = open_cover(app_factory)
    assert not app.top.transparent
    drive.step(2)
    assert app.window.get_at((2, 2))[:3] != (200, 40, 40)


def test_escape_keeps_the_cover_and_the_button_lifts_it(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive, results = open_cover(app_factory)
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, HandoverScene)
    drive.press("We are Blue, start")
    assert isinstance(app.top, StandIn) and results == [True]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_cover_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _, _ = open_cover(app_factory, size)
    assert layout_problems(app) == []
