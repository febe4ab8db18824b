"""Settings: each change is used at once and kept; what the class preset locks stays put."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest
from pygame_gui.elements import UIButton, UIHorizontalSlider

from game import paths
from game.cli import build_parser
from game.ui import presets
from game.ui import settings as settings_mod
from game.ui.app import App
from game.ui.launch import open_from_cli
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, element_text, layout_problems, visible_elements


def open_settings(app_factory, size=(1280, 720), **settings):  # type: ignore[no-untyped-def]
    app = app_factory(size, **settings)
    app.persist = True  # these tests check what is kept between runs
    app.push(TitleScene())
    app.push(SettingsScene())
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_the_colour_blind_palette_is_used_and_saved_for_the_next_run(app_factory):
    app, drive = open_settings(app_factory)
    drive.press("Colour-blind-safe palette: off")
    assert app.settings.colour_blind
    assert app.palette.name == "okabe_ito"
    assert settings_mod.load().colour_blind
    drive.find(UIButton, "Colour-blind-safe palette: on")


def test_a_window_size_resizes_the_window_and_is_kept(app_factory):
    app, drive = open_settings(app_factory)
    drive.press("1024x600")
    assert app.size == (1024, 600)
    assert settings_mod.load().size == (1024, 600)


def test_larger_text_raises_the_ui_scale_and_is_kept(app_factory):
    app, drive = open_settings(app_factory)
    drive.press("Larger")
    assert app.settings.ui_scale == pytest.approx(1.1)
    assert app.units.scale == pytest.approx(1.1)
    assert settings_mod.load().ui_scale == pytest.approx(1.1)
    drive.press("Smaller")
    drive.press("Smaller")
    assert settings_mod.load().ui_scale == pytest.approx(0.9)


def test_the_volume_slider_clicks_at_the_new_volume_and_keeps_it(app_factory):
    app, drive = open_settings(app_factory, volume=0.6)
    slider = drive.find(UIHorizontalSlider)
    app.top.focus.focus(slider)
    app.sound.played.clear()
    drive.key(pygame.K_RIGHT)
    assert app.sound.played == ["click"]
    assert app.sound.volume == pytest.approx(0.65)
    drive.step(40)  # the slider rests, then the value is applied and saved
    assert app.settings.volume == pytest.approx(0.65)
    assert settings_mod.load().volume == pytest.approx(0.65)


def test_the_music_slider_sets_the_music_volume_alone_and_keeps_it(app_factory):
    app, drive = open_settings(app_factory, volume=0.6, music_volume=0.3)
    music = [e for e in visible_elements(app) if isinstance(e, UIHorizontalSlider)][1]
    app.top.focus.focus(music)
    app.sound.played.clear()
    drive.key(pygame.K_LEFT)
    assert app.sound.music_volume == pytest.approx(0.25)
    assert app.sound.played == []  # the music is its own level: no effect click
    drive.step(40)
    assert app.settings.music_volume == pytest.approx(0.25)
    assert app.settings.volume == pytest.approx(0.6)
    assert settings_mod.load().music_volume == pytest.approx(0.25)


@pytest.mark.parametrize("off, on, setting", [
    ("Reduce motion: off", "Reduce motion: on", "reduce_motion"),
    ("Launch sequences: on", "Launch sequences: off", "launch_sequences"),
])
def test_each_motion_toggle_flips_its_setting_and_keeps_it(app_factory, off, on, setting):
    app, drive = open_settings(app_factory)
    before = getattr(app.settings, setting)
    drive.press(off)
    assert getattr(app.settings, setting) is not before
    assert getattr(settings_mod.load(), setting) is not before
    drive.find(UIButton, on)


def test_done_keeps_a_volume_changed_just_before(app_factory):
    app, drive = open_settings(app_factory, volume=0.6)
    app.top.set_volume("volume", 30)
    drive.press("Done")
    assert isinstance(app.top, TitleScene)
    assert settings_mod.load().volume == pytest.approx(0.3)


def test_fullscreen_can_be_switched_on_and_off(app_factory):
    app, drive = open_settings(app_factory)
    drive.press("Fullscreen: off")
    assert app.fullscreen and settings_mod.load().fullscreen
    drive.press("Fullscreen: on")
    assert not app.fullscreen and not settings_mod.load().fullscreen


def test_settings_locked_by_the_class_preset_are_greyed_and_cannot_change(app_factory):
    presets.write(presets.Preset(locked=["colour_blind", "ui_scale", "volume"],
                                 settings=presets.PresetSettings(ui_scale=1.2)))
    app, drive = open_settings(app_factory)
    assert app.settings.ui_scale == pytest.approx(1.2)  # the preset's value is used...
    assert settings_mod.load().ui_scale == pytest.approx(1.0)  # ...but not kept
    palette = drive.find(UIButton, "Colour-blind-safe palette: off")
    assert not palette.is_enabled
    assert palette.tool_tip_text == "Locked by the class preset"
    drive.click(palette)
    assert not app.settings.colour_blind
    assert not drive.find(UIButton, "Larger").is_enabled
    with pytest.raises(LookupError):
        drive.find(UIHorizontalSlider)
    app.top.set_volume("volume", 10)
    assert app.settings.volume == pytest.approx(0.6)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_screen_fits_every_window_size(app_factory, size):
    presets.write(presets.Preset(locked=["volume"]))
    app, _drive = open_settings(app_factory, size)
    assert layout_problems(app) == []


# --- a damaged settings file: the game starts, says what was wrong, loses nothing ------

def damaged_settings(text: str) -> Path:
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def shown_text(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(element_text(e) for e in visible_elements(app))


@pytest.fixture
def opened() -> Iterator[list[App]]:
    apps: list[App] = []
    yield apps
    for app in apps:
        for scene in list(app.stack):
            scene.clear()


@pytest.mark.parametrize("text, told", [
    ('{"volume": 1' + "0" * 400 + "}", "settings.json: holds a number of 401 digits"),
    ('{"volume": ' + "[" * 900 + "]" * 900 + "}", "settings.json: is nested"),
    ('{"volume": 7}', "settings.json: volume was 7, not between 0 and 1; using 0.6"),
    ('{"width": 10, "height": 10}', "settings.json: the window size was 10x10"),
    ('{"width": 100000, "height": 100000}', "settings.json: the window size was "
                                            "100000x100000"),
])
def test_play_starts_with_a_bad_settings_file_tells_why_on_the_title_and_keeps_it(
        opened, capsys, text, told):
    damaged_settings(text)
    presets.use_file(None)
    app = open_from_cli(build_parser().parse_args(["play", "--windowed"]))
    assert isinstance(app, App)
    opened.append(app)
    Driver(app).step(2)
    assert isinstance(app.top, TitleScene)
    assert told in shown_text(app)
    assert told in capsys.readouterr().err
    assert app.settings == settings_mod.Settings()
    assert app.size == (1280, 720)
    kept = list(paths.user_config_dir().glob("settings-broken-*.json"))
    assert [p.read_text(encoding="utf-8") for p in kept] == [text]
    assert "was kept as " + kept[0].name in shown_text(app)
    assert settings_mod.read() == settings_mod.Loaded(settings_mod.Settings(), ())


def test_ok_hides_the_settings_note_and_the_next_title_does_not_repeat_it(opened):
    damaged_settings('{"fullscreen": "yes"}')
    app = App(windowed=True)
    opened.append(app)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    assert 'fullscreen was "yes"' in shown_text(app)
    drive.press("OK")
    assert 'fullscreen was "yes"' not in shown_text(app)
    app.reset(TitleScene())
    drive.step(2)
    assert 'fullscreen was "yes"' not in shown_text(app)
    with pytest.raises(LookupError):
        drive.find(UIButton, "OK")


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_title_with_settings_notes_fits_the_window(app_factory, size):
    app = app_factory(size)
    app.notices = [
        "settings.json: volume was 7, not between 0 and 1; using 0.6",
        "settings.json: the window size was 100000x100000, larger than any screen "
        "(7680x4320 at most); using 1280x720",
        "settings.json: the old file was kept as settings-broken-20250304-050607.json",
    ]
    app.push(TitleScene())
    Driver(app).step(2)
    assert "volume was 7" in shown_text(app)
    assert layout_problems(app) == []


def test_starting_the_game_sweeps_what_a_killed_save_left_in_the_saves_folder(opened):
    folder = paths.saves_dir()
    folder.mkdir(parents=True)
    left = folder / ".slot-x.json.k1ll3d.tmp"
    left.write_text("half a sa")
    an_hour_ago = time.time() - 3600
    os.utime(left, (an_hour_ago, an_hour_ago))
    opened.append(App(windowed=True))
    assert not left.exists()
