"""Class presets: written atomically, pre-fill New game, lock what the teacher fixed."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pygame_gui.elements import UIButton, UITextEntryLine

from game import paths
from game.ui import presets
from game.ui.scenes.menu_parts import LockedButton
from game.ui.scenes.message import MessageScene
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, layout_problems

CLASS = presets.Preset(
    scenario="moon_2021.yaml", seed=2024, difficulty="hard",
    teams=[presets.PresetTeam(name="Red", agency="cnsa"),
           presets.PresetTeam(name="Blue", agency="nasa")],
    locked=["scenario", "seed", "difficulty", "teams"],
)


@pytest.fixture(autouse=True)
def default_preset_file() -> Iterator[None]:
    presets.use_file(None)
    yield
    presets.use_file(None)


def open_new_game(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.push(TitleScene())
    scene = app.push(NewGameScene())
    drive = Driver(app)
    drive.step(2)
    return app, scene, drive


def test_a_preset_is_written_and_read_back_unchanged():
    path = presets.write(CLASS)
    assert path == paths.user_config_dir() / "classroom.json"
    assert presets.read(path) == CLASS
    assert not list(path.parent.glob("*.tmp"))  # the atomic write left no temporary file


@pytest.mark.parametrize("text", [
    "", "{", "[1, 2]", '{"seed": "soon"}', '{"difficulty": "brutal"}', '{"locked": ["moon"]}',
    '{"colour": 1}', '{"seed": -1}', "\xff\xfe", "[" * 5000,
    # Through the guarded door: none of these may escape as a ValueError or reach New game.
    '{"seed": ' + "9" * 5000 + "}", '{"settings": {"volume": NaN}}', '{"seed": 1e400}',
    '{"teams": [{"name": "Red\\u0000", "agency": "esa"}]}',
    '{"teams": [{"name": "Red\\ud800", "agency": "esa"}]}',
    '{"teams": [{"name": "Red\\nBlue", "agency": "esa"}]}',
])
def test_a_corrupt_preset_is_one_line_and_ignored(text):
    presets.default_path().parent.mkdir(parents=True, exist_ok=True)
    presets.default_path().write_text(text, encoding="latin-1")
    preset, problem = presets.load()
    assert preset is None
    assert problem and "\n" not in problem and "classroom.json" in problem


def test_new_game_starts_prefilled_with_the_preset_and_its_locked_fields_disabled(app_factory):
    presets.write(CLASS)
    app, scene, drive = open_new_game(app_factory)
    assert scene.current.path.name == "moon_2021.yaml"
    assert scene.seed_text == "2024" and scene.difficulty == "hard"
    assert scene.hot_seat and scene.teams == [["Red", "cnsa"], ["Blue", "nasa"]]
    seed = drive.find(LockedButton, "2024")
    assert not seed.is_enabled and seed.tool_tip_text == "Locked by the class preset"
    assert not drive.find(UIButton, "Easy").is_enabled
    assert not drive.find(UIButton, "What if: a newcomer chooses the Moon").is_enabled
    assert not [e for e in app.top.elements if isinstance(e, UITextEntryLine)]
    drive.click(drive.find(UIButton, "Easy"))
    assert scene.difficulty == "hard"
    drive.press("Start")
    assert app.session is not None
    assert app.session.state.seed == 2024 and app.session.state.difficulty == "hard"
    assert app.session.agency == "cnsa"


def test_save_as_class_preset_writes_the_choices_and_the_next_new_game_uses_them(app_factory):
    app, scene, drive = open_new_game(app_factory)
    drive.press("Moonward 2021: ILRS and Artemis")
    drive.press("Easy")
    scene.set_seed("777")
    drive.press("Save as class preset")
    saved = json.loads(presets.default_path().read_text(encoding="utf-8"))
    assert saved["scenario"] == "moon_2021.yaml"
    assert saved["seed"] == 777 and saved["difficulty"] == "easy"
    assert set(saved["locked"]) == {"scenario", "seed", "difficulty", "language"}
    assert saved["settings"]["language"] == "en"  # the language the teacher set it up in
    drive.press("Back")
    app.push(NewGameScene())
    drive.step(2)
    again = app.top
    assert again.seed_text == "777" and again.difficulty == "easy"
    assert drive.find(LockedButton, "777")


def test_a_preset_saved_in_russian_opens_the_next_run_in_russian(app_factory, monkeypatch):
    """The teacher chooses Russian in Settings and saves a locked preset; a pupil's computer
    in English opens the game in Russian, without --lang or $MOONWARD_LANG."""
    import argparse

    from game import i18n
    from game.ui.launch import open_from_cli

    i18n.set_language("ru")
    _app, scene, _drive = open_new_game(app_factory)
    scene.save_preset()
    i18n.set_language("en")
    monkeypatch.delenv("MOONWARD_LANG")
    args = argparse.Namespace(lang=None, size="1024x600", windowed=True, scenario=None,
                              seed=None, load=None, teams=None, turn=None, preset=None)
    pupil = open_from_cli(args)
    assert not isinstance(pupil, int)
    assert i18n.language() == "ru"
    for each in list(pupil.stack):
        each.clear()


def test_clear_preset_asks_once_more_then_removes_it_and_unlocks_the_screen(app_factory):
    presets.write(CLASS)
    _app, scene, drive = open_new_game(app_factory)
    drive.press("Clear preset")
    assert presets.default_path().exists() and scene.preset is not None  # a stray click
    drive.press("Really clear?")
    assert not presets.default_path().exists()
    assert scene.preset is None
    drive.find(UITextEntryLine)  # the seed can be typed again
    assert drive.find(UIButton, "Easy").is_enabled


def test_a_corrupt_preset_shows_one_line_and_new_game_still_works(app_factory):
    presets.default_path().parent.mkdir(parents=True, exist_ok=True)
    presets.default_path().write_text("{not json", encoding="utf-8")
    app, scene, drive = open_new_game(app_factory)
    assert isinstance(app.top, MessageScene)
    assert "\n" not in app.top.text and "ignored" in app.top.text
    drive.press("OK")
    assert app.top is scene and scene.preset is None
    drive.press("Start")
    assert app.session is not None


def test_a_preset_file_given_for_the_run_is_used_and_clear_leaves_it_on_disk(app_factory,
                                                                            tmp_path):
    path = tmp_path / "lesson.json"
    presets.write(CLASS, path)
    presets.use_file(path)
    _app, scene, drive = open_new_game(app_factory)
    assert scene.seed_text == "2024"
    drive.press("Clear preset")
    drive.press("Really clear?")
    assert path.exists() and scene.preset is None


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_new_game_with_a_locked_preset_fits_every_window_size(app_factory, size):
    presets.write(CLASS.model_copy(update={"locked": [*CLASS.locked, "agency"]}))
    app, _scene, _drive = open_new_game(app_factory, size)
    assert layout_problems(app) == []
