"""A scenario's pictures on screen: the agency's on New game, a milestone's in the
dashboard's detail panel, an event's on its card; scaled to fit, credited, never fatal."""

from __future__ import annotations

import gettext
import shutil
from pathlib import Path
from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIImage

from game import paths
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.event_card import EventCardScene
from game.ui.scenes.new_game import NewGameScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems, visible_elements
from tests.pseudo_language import speaking
from tests.ui.flow_support import StandIn, texts
from tests.ui.test_presets import open_new_game as open_presets_new_game

MEDIA = Path(__file__).parents[1] / "fixtures" / "media"
SIZES = [(1280, 720), (1024, 600)]


def media_folder(into: Path) -> Path:
    """The media fixture (scenario, pictures, French companion) copied to `into`."""
    shutil.copytree(MEDIA, into, dirs_exist_ok=True)
    return into / "media.yaml"


def shown_pictures(app: Any) -> list[UIImage]:
    # the agencies' emblems are the game's drawings, not the scenario's pictures
    return [e for e in visible_elements(app) if isinstance(e, UIImage) and not hasattr(e, "emblem")]


def assert_scaled(widget: UIImage, size: tuple[int, int]) -> None:
    """The widget has the picture's proportions, scaled (not its raw size or stretched)."""
    width, height = widget.rect.size
    assert (width, height) != size
    assert abs(width / height - size[0] / size[1]) < 0.05
    assert widget.image.get_size() == (width, height)


def open_new_game(app_factory: Any, size: tuple[int, int]) -> tuple[Any, NewGameScene, Driver]:
    media_folder(paths.user_scenarios_dir())
    return open_presets_new_game(app_factory, size)  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", SIZES)
def test_the_chosen_agencys_picture_is_on_the_new_game_screen(app_factory: Any,
                                                              size: tuple[int, int]) -> None:
    app, scene, drive = open_new_game(app_factory, size)
    assert shown_pictures(app) == []  # the shipped campaign's agencies have no picture
    # media.fr.yaml beside media.yaml is its translation, never listed as a scenario
    assert [e.path.name for e in scene.entries if e.own] == ["media.yaml"]
    drive.press("Pictures")
    drive.step(2)
    assert scene.current.path.name == "media.yaml" and scene.agency == "cnsa"
    (widget,) = shown_pictures(app)
    assert widget is scene.picture
    assert_scaled(widget, (40, 30))
    assert "A grey Moon (drawn for the game)" in widget.tool_tip_text
    assert layout_problems(app) == []


def test_the_scenario_title_is_shown_in_the_games_language(app_factory: Any) -> None:
    with speaking(gettext.NullTranslations(), "fr"):
        app, scene, drive = open_new_game(app_factory, (1280, 720))
        drive.press("Images")  # the companion's translation of "Pictures"
        drive.step(2)
        assert scene.current.path.name == "media.yaml"
        assert scene.current.scenario is not None
        assert scene.current.scenario.scenario.title == "Images"
        shown = texts(app)
    assert "<b>Images</b>" in shown
    # the stale translation is not used: the English stands in its place
    assert "China National Space Administration" in shown


def media_session(tmp_path: Path) -> Session:
    return Session.new(media_folder(tmp_path / "media"), agency="cnsa", seed=1)


@pytest.mark.parametrize("size", SIZES)
def test_a_milestones_picture_is_in_its_detail_panel(app_factory: Any, tmp_path: Path,
                                                     size: tuple[int, int]) -> None:
    session = media_session(tmp_path)
    app = app_factory(size)
    app.session = session
    scene = app.push(DashboardScene())
    drive = Driver(app)
    drive.step(2)
    drive.click(scene.node_buttons["orbiter"])
    drive.step(2)
    assert scene.selected == "orbiter" and shown_pictures(app) == []
    drive.click(scene.node_buttons["lander"])
    drive.step(2)
    assert scene.selected == "lander"
    (widget,) = shown_pictures(app)
    assert_scaled(widget, (24, 32))
    assert "fiction" in widget.tool_tip_text.lower()
    assert layout_problems(app) == []


@pytest.mark.parametrize("size", SIZES)
def test_an_events_picture_is_on_its_card(app_factory: Any, tmp_path: Path,
                                          size: tuple[int, int]) -> None:
    app = app_factory(size)
    app.session = media_session(tmp_path)
    app.push(StandIn())
    card = app.push(EventCardScene("signing"))
    Driver(app).step(2)
    (widget,) = shown_pictures(app)
    assert widget is card.picture
    assert_scaled(widget, (60, 20))
    assert "Two flags" in widget.tool_tip_text
    assert layout_problems(app) == []


def test_a_picture_gone_bad_after_validation_shows_no_picture_and_no_crash(
        app_factory: Any, tmp_path: Path) -> None:
    session = media_session(tmp_path)
    (tmp_path / "media" / "pictures" / "signing.png").write_bytes(b"no longer a picture")
    app = app_factory((1280, 720))
    app.session = session
    app.push(StandIn())
    card = app.push(EventCardScene("signing"))
    Driver(app).step(2)
    assert card.picture is None and shown_pictures(app) == []
    assert "Memorandum signed" in texts(app)
    pygame.event.clear()
