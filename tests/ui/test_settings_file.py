"""The settings file: a wrong value is replaced and named, a bad file is kept, never lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest

from game import paths
from game.ui import settings as settings_mod
from game.ui.settings import Settings

DEFAULTS = Settings()


def write(text: str) -> None:
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("text, told", [
    ('{"volume": 7}', "settings.json: volume was 7, not between 0 and 1; using 0.6"),
    ('{"volume": 1' + "0" * 400 + "}", "settings.json: holds a number of 401 digits"),
    ("[" * 1000 + "]" * 1000, "settings.json: is nested"),
    ('{"width": 10, "height": 10}', "settings.json: the window size was 10x10, smaller "
                                    "than the smallest window the game fits (1024x600); "
                                    "using 1280x720"),
    ('{"width": 100000, "height": 100000}', "settings.json: the window size was "
                                            "100000x100000, larger than any screen"),
    ('{"width": 1280.5}', "settings.json: the window size was 1280.5x720, not a size in "
                          "whole pixels"),
    ('{"fullscreen": "yes"}', 'settings.json: fullscreen was "yes", not true or false; '
                              "using false"),
    ('{"reduce_motion": 1}', "settings.json: reduce_motion was 1, not true or false; "
                             "using false"),
    ('{"launch_sequences": "no"}', 'settings.json: launch_sequences was "no", not true or '
                                   "false; using true"),
    ('{"music_volume": 2}', "settings.json: music_volume was 2, not between 0 and 1; "
                            "using 0.3"),
    ('{"ui_scale": 40}', "settings.json: ui_scale was 40, not between 0.75 and 1.5"),
    ("[1, 2]", "settings.json: holds [1, 2], not a list of settings"),
    ('{"volume": 0.5,', "settings.json:1:16: is not valid JSON"),
    ('{"volume": 0.5}\n\x00', "settings.json:2:1: holds the control character U+0000"),
])
def test_a_bad_value_or_file_is_replaced_by_the_default_and_named(text, told):
    write(text)
    loaded = settings_mod.read()
    assert loaded.settings == DEFAULTS
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith(told)
    assert "\n" not in loaded.problems[0]


def test_each_bad_value_is_told_and_the_good_ones_are_kept():
    write(json.dumps({"volume": -1, "colour_blind": True, "ui_scale": 1.3,
                      "fullscreen": 1, "width": 1600, "height": 900}))
    loaded = settings_mod.read()
    assert loaded.settings == Settings(colour_blind=True, ui_scale=1.3, width=1600,
                                       height=900)
    assert [line.split(" was ")[0] for line in loaded.problems] == [
        "settings.json: fullscreen", "settings.json: volume"]


def test_a_missing_file_or_missing_values_are_the_defaults_without_a_word():
    assert settings_mod.read() == settings_mod.Loaded(DEFAULTS, ())
    write('{"volume": 0.25, "a_setting_from_a_newer_version": 3}')
    assert settings_mod.read() == settings_mod.Loaded(Settings(volume=0.25), ())


def test_recover_keeps_the_bad_file_beside_a_fresh_one():
    write('{"volume": 7, "colour_blind": true}')
    when = dt.datetime(2025, 3, 4, 5, 6, 7)
    loaded = settings_mod.recover(now=when)
    kept = paths.user_config_dir() / "settings-broken-20250304-050607.json"
    assert kept.read_text(encoding="utf-8") == '{"volume": 7, "colour_blind": true}'
    assert settings_mod.read() == settings_mod.Loaded(Settings(colour_blind=True), ())
    assert loaded.problems[-1] == ("settings.json: the old file was kept as "
                                   "settings-broken-20250304-050607.json")
    write("not json")
    settings_mod.recover(now=when)  # a second bad file the same second: both kept
    assert (kept.parent / "settings-broken-20250304-050607-2.json").read_text() == "not json"
    assert kept.exists()


def test_good_settings_are_left_exactly_as_they_are():
    write('{"volume": 0.25}')
    assert settings_mod.recover().problems == ()
    assert settings_mod.settings_path().read_text() == '{"volume": 0.25}'
    assert sorted(p.name for p in paths.user_config_dir().iterdir()) == ["settings.json"]


def test_settings_are_written_through_the_atomic_writer_and_a_failure_is_not_a_crash(
        monkeypatch):
    written = []
    monkeypatch.setattr(settings_mod, "atomic_write_text",
                        lambda path, text: written.append((path, json.loads(text))))
    settings_mod.save(Settings(volume=0.3))
    assert written == [(settings_mod.settings_path(), {**DEFAULTS.__dict__, "volume": 0.3})]

    def refuse(path, text):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings_mod, "atomic_write_text", refuse)
    settings_mod.save(Settings())  # a read-only home: not kept, but the game goes on


def test_temporary_files_a_killed_settings_write_left_are_swept_at_start():
    folder = paths.user_config_dir()
    folder.mkdir(parents=True)
    stale = [folder / ".settings-abc.tmp", folder / ".settings.json.xyz.tmp"]
    for path in stale:
        path.write_text("{")
        os.utime(path, (time.time() - 3600,) * 2)
    settings_mod.recover()
    assert list(folder.iterdir()) == []
