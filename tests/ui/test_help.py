"""Help: F1 from anywhere, the controls, and a glossary whose every line names its source."""

from __future__ import annotations

import pygame
import pytest
from pygame_gui.elements import UIButton, UITextBox

from game import paths
from game.scenario import load_scenario
from game.ui.scenes.help import HelpScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements


def open_help(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    drive.key(pygame.K_F1)
    return app, drive


def boxes(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.html_text for e in app.top.elements if isinstance(e, UITextBox)]


def whole_glossary(app) -> str:  # type: ignore[no-untyped-def]
    """Every page of the glossary as a reader sees it, turned with Next page."""
    drive = Driver(app)
    shown = [boxes(app)[1]]
    while any(element_text(e) == "Next page" and e.is_enabled
              for e in visible_elements(app) if isinstance(e, UIButton)):
        drive.press("Next page")
        shown.append(boxes(app)[1])
    return "".join(shown)


def test_f1_opens_help_and_esc_closes_it(app_factory):
    app, drive = open_help(app_factory)
    assert isinstance(app.top, HelpScene)
    drive.key(pygame.K_F1)  # a second F1 does not stack another help
    assert sum(isinstance(s, HelpScene) for s in app.stack) == 1
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScene)


def test_the_controls_list_every_key(app_factory):
    app, _drive = open_help(app_factory)
    controls = boxes(app)[0]
    for key in ("Tab / Shift-Tab", "Arrow keys", "Enter", "Esc", "F1", "F11", "<b>H</b>"):
        assert key in controls


def test_the_glossary_names_blocs_principles_stages_and_agencies_with_their_sources(
        app_factory):
    app, _drive = open_help(app_factory)
    glossary = whole_glossary(app)
    scenario = load_scenario(paths.DEFAULT_SCENARIO)
    ilrs = scenario.blocs["ilrs"]
    assert ilrs.name in glossary
    principle = ilrs.principles[0]
    assert principle.text in glossary
    assert scenario.sources[principle.sources[0]].title in glossary
    assert scenario.milestones["ilrs_planning"].name in glossary
    assert scenario.agencies["cnsa"].name in glossary
    for term in ("Budget", "Public support", "Reliability", "Progress", "Trust", "Prestige",
                 "Cooperation", "Science", "Firsts", "Game value"):
        assert f"<b>{term}</b>" in glossary
    assert glossary.count("game rule") >= 10


def test_during_a_game_the_glossary_comes_from_the_scenario_played(app_factory):
    app = app_factory()
    app.push(TitleScene())
    whatif = paths.SCENARIOS_DIR / "whatif_newcomer.yaml"
    app.session = Session.new(whatif, "meridian", "normal", 3)
    app.push(HelpScene())
    Driver(app).step(2)
    glossary = whole_glossary(app)
    assert "Meridian" in glossary and "fiction" in glossary


def test_the_glossary_scrolls(app_factory):
    app, _drive = open_help(app_factory, (1024, 600))
    glossary = [e for e in app.top.elements if isinstance(e, UITextBox)][1]
    assert glossary.scroll_bar is not None


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_screen_fits_every_window_size(app_factory, size):
    app, _drive = open_help(app_factory, size)
    assert layout_problems(app) == []


def test_help_starts_with_how_to_play(app_factory) -> None:  # type: ignore[no-untyped-def]
    from pygame_gui.elements import UITextBox

    from game.ui.scenes.help import HelpScene
    from game.ui.testing import Driver, element_text, visible_elements

    app = app_factory()
    app.push(HelpScene())
    Driver(app).step(2)
    boxes = [element_text(e) for e in visible_elements(app) if isinstance(e, UITextBox)]
    assert boxes[0].startswith("<b>How to play</b>")


def test_a_long_glossary_is_shown_in_pages_cut_between_entries(app_factory):
    app, drive = open_help(app_factory)
    scene = app.top
    assert len(scene.pages) > 1 and scene.page == 0
    drive.press("Next page")
    assert app.top is scene and scene.page == 1 and boxes(app)[1] == scene.pages[1]
    assert not layout_problems(app)
    drive.press("Previous page")
    assert scene.page == 0
