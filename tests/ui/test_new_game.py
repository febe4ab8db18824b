"""New game: scenarios found and checked, agency, seed, teams, Start into play."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from pygame_gui.elements import UIButton, UITextEntryLine

from game import paths
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, layout_problems

BROKEN = "format_version: 1\nscenario: {id: mine}\n"


def open_new_game(app_factory, size=(1280, 720), **kwargs):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.push(TitleScene())
    scene = app.push(NewGameScene(**kwargs))
    drive = Driver(app)
    drive.step(2)
    return app, scene, drive


def button_starting(drive: Driver, prefix: str) -> UIButton:
    for element in drive.app.top.elements:
        if isinstance(element, UIButton) and element.visible and element.text.startswith(prefix):
            return element
    raise LookupError(prefix)


def type_seed(drive: Driver, digits: str) -> None:
    entry = drive.find(UITextEntryLine)
    drive.click(entry)
    drive.key(pygame.K_END)
    for _ in range(len(entry.get_text())):
        drive.key(pygame.K_BACKSPACE)
    drive.type(digits)


def own_scenario(text: str) -> Path:
    folder = paths.user_scenarios_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_choosing_a_scenario_an_agency_and_a_typed_seed_starts_that_game(app_factory):
    app, scene, drive = open_new_game(app_factory)
    drive.press("Moonward 2021: ILRS and Artemis")
    assert scene.current.path.name == "moon_2021.yaml"
    first = scene.agency
    drive.press(">")
    assert scene.agency != first
    chosen = scene.agency
    type_seed(drive, "4242")
    drive.press("Hard")
    drive.press("Start")
    assert app.session is not None
    assert app.session.state.seed == 4242
    assert app.session.agency == chosen
    assert app.session.state.difficulty == "hard"
    assert app.session.scenario_path.name == "moon_2021.yaml"


def test_an_empty_seed_cannot_start(app_factory):
    _app, _scene, drive = open_new_game(app_factory)
    type_seed(drive, "")
    assert not drive.find(UIButton, "Start").is_enabled
    drive.type("7")
    assert drive.find(UIButton, "Start").is_enabled


def test_a_broken_scenario_in_the_user_folder_shows_its_error_and_becomes_playable_after_reload(
        app_factory):
    path = own_scenario(BROKEN)
    app, scene, drive = open_new_game(app_factory)
    broken = button_starting(drive, "mine.yaml: E-")
    drive.click(broken)
    assert not scene.current.ok
    assert not drive.find(UIButton, "Start").is_enabled
    details = next(e for e in app.top.elements if type(e).__name__ == "UITextBox")
    assert "cannot be played" in details.html_text
    assert scene.current.errors[0].code in details.html_text
    path.write_text((paths.SCENARIOS_DIR / "template.yaml").read_text(encoding="utf-8")
                    .replace("id: template ", "id: mine "), encoding="utf-8")
    drive.press("Reload")
    assert scene.current.path == path
    assert scene.current.ok
    drive.press("Start")
    assert app.session is not None and app.session.scenario_path == path


def test_a_broken_scenario_is_never_loaded_half_way(app_factory):
    own_scenario(BROKEN)
    app, scene, drive = open_new_game(app_factory)
    drive.click(button_starting(drive, "mine.yaml: E-"))
    scene.start()  # even called directly, nothing starts
    assert app.session is None


def test_hot_seat_teams_get_distinct_agencies_and_start_the_game(app_factory):
    app, scene, drive = open_new_game(app_factory, preselect=paths.DEFAULT_SCENARIO)
    drive.press("Teams: off")
    assert scene.hot_seat and len(scene.teams) == 2
    drive.press("+")
    assert len(scene.teams) == 3
    assert len({a for _, a in scene.teams}) == 3
    arrows = [e for e in app.top.elements if isinstance(e, UIButton) and e.text == ">"]
    drive.click(arrows[-1])  # the last team's next free agency
    assert len({a for _, a in scene.teams}) == 3
    names = [e for e in app.top.elements if isinstance(e, UITextEntryLine)][:3]
    drive.click(names[0])
    drive.key(pygame.K_END)
    drive.type("s")
    assert scene.teams[0][0] == "Reds"
    drive.press("Start")
    assert app.session is not None
    assert app.session.agency == scene.teams[0][1]
    assert app.session.teams == {n: a for n, a in scene.teams}


def test_two_teams_with_one_name_cannot_start(app_factory):
    app, scene, drive = open_new_game(app_factory)
    drive.press("Teams: off")
    scene.teams[1][0] = scene.teams[0][0]
    drive.press("Start")
    assert app.session is None
    assert type(app.top).__name__ == "MessageScene"


def test_browse_mode_lists_the_scenarios_without_start(app_factory):
    app, _scene, drive = open_new_game(app_factory, browse=True)
    drive.find(UIButton, "Moonward 2021: ILRS and Artemis")
    with pytest.raises(LookupError):
        drive.find(UIButton, "Start")
    drive.press("Back")
    assert isinstance(app.top, TitleScene)


def test_the_cli_preselect_and_seed_are_shown(app_factory):
    _app, scene, drive = open_new_game(app_factory, preselect=paths.DEFAULT_SCENARIO, seed=99)
    assert scene.current.path.name == "moon_2021.yaml"
    assert drive.find(UITextEntryLine).get_text() == "99"


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
@pytest.mark.parametrize("mode", ["single", "teams", "browse", "broken"])
def test_the_screen_fits_every_window_size(app_factory, size, mode):
    if mode == "broken":
        own_scenario(BROKEN)
    app, _scene, drive = open_new_game(app_factory, size, browse=mode == "browse")
    if mode == "teams":
        drive.press("Teams: off")
        drive.press("+")
        drive.press("+")
    if mode == "broken":
        drive.click(button_starting(drive, "mine.yaml: E-"))
    assert layout_problems(app) == []


def test_the_difficulty_says_how_the_rivals_keep_to_their_plans_and_fits_a_small_screen(
        app_factory) -> None:  # type: ignore[no-untyped-def]
    from game.core.rules import Tuning

    app, _scene, drive = open_new_game(app_factory, size=(1024, 600))
    pace = dict(Tuning().rival_pace)
    hard = drive.find(UIButton, "Hard")
    assert f"in {round(pace['hard'] * 100)}% of the time" in (hard.tool_tip_text or "")
    easy = drive.find(UIButton, "Easy")
    assert f"{round((pace['easy'] - 1) * 100)}% longer" in (easy.tool_tip_text or "")
    assert "keep near their plans" in (drive.find(UIButton, "Normal").tool_tip_text or "")
    # The words sit in each button's tooltip, which pygame_gui wraps and keeps on screen;
    # the row of buttons itself still fits the small screen.
    assert layout_problems(app) == []


def test_the_hard_button_states_the_rule_a_hard_game_then_plays(app_factory) -> None:  # type: ignore[no-untyped-def]
    from game.core import funding

    app, _scene, drive = open_new_game(app_factory)
    drive.press("Moonward in one lesson: ILRS or Artemis?")
    tip = drive.find(UIButton, "Hard").tool_tip_text or ""
    drive.press("Hard")
    drive.press("Start")
    engine = app.session.engine
    tuning = engine.rules.tuning
    income, failure = (dict(tuning.difficulty_income)["hard"],
                       dict(tuning.difficulty_failure)["hard"])
    assert f"income x{income:g} and failure chances x{failure:g}" in tip
    # ...and the engine plays that rule: the human's income, and its failure factor
    agency = engine.state.agencies[app.session.agency]
    low, span = tuning.support_income_low, tuning.support_income_span
    base = engine.rules.base_income[agency.id] * (low + span * agency.support / 100)
    assert funding.income(engine.world, agency) == round(base * income)
    assert engine.rules.failure_factor["hard"] == failure
