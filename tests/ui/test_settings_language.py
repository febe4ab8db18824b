"""The language is chosen in Settings and used at once: the game's words, the scenario's
(its companion file) and the fonts change with no restart, the choice is kept for the next
run, a class preset can fix it, and the game itself does not change."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pygame_gui.elements import UIButton, UILabel

from game import i18n, paths
from game.scenario.loader import load_scenario
from game.ui import presets
from game.ui import settings as settings_mod
from game.ui.scenes.dashboard import DashboardScene
from game.ui.scenes.settings import SettingsScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def game_with_settings_open(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.persist = True  # the choice is kept between runs
    app.session = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=3)
    app.push(DashboardScene())
    app.push(SettingsScene())
    drive = Driver(app)
    drive.step(2)
    return app, drive


def texts(app) -> set[str]:  # type: ignore[no-untyped-def]
    return {element_text(e) for e in visible_elements(app)}


def test_choosing_french_shows_the_settings_in_french_at_once_and_keeps_it(app_factory):
    app, drive = game_with_settings_open(app_factory)
    drive.press("Français")
    assert i18n.language() == "fr"
    assert app.settings.language == "fr"
    assert settings_mod.load().language == "fr"
    assert "Réglages" in texts(app)
    selected = drive.find(UIButton, "Français")
    assert selected.is_selected


def test_the_turn_screen_under_settings_reads_the_scenario_in_the_new_language(app_factory):
    app, drive = game_with_settings_open(app_factory)
    before = app.session.engine.state
    drive.press("Русский")
    app.pop()  # back to the turn screen
    drive.step(2)
    russian = load_scenario(paths.DEFAULT_SCENARIO)  # read now, in Russian
    assert app.session.scenario.milestones["lunar_orbiter"].name == (
        russian.milestones["lunar_orbiter"].name) != "Lunar orbiter"
    assert app.session.engine.rules.scenario is app.session.scenario
    shown = " ".join(texts(app))
    steps = russian.milestones["lunar_orbiter"].game.steps
    assert steps[0].name != "Launch" and steps[0].name in shown  # the selected milestone
    assert app.session.engine.state is before  # the same game, only retold
    assert layout_problems(app) == []


def test_chinese_switches_the_font_so_no_character_is_a_box(app_factory):
    app, drive = game_with_settings_open(app_factory, (1024, 600))
    drive.press("中文（简体）")
    app.pop()
    drive.step(2)
    assert i18n.language() == "zh"
    assert any(any("\u4e00" <= c <= "\u9fff" for c in text) for text in texts(app))
    assert layout_problems(app) == []  # holds the missing-glyph check too


def test_every_language_is_named_in_its_own_words_whatever_is_shown(app_factory):
    app, drive = game_with_settings_open(app_factory)
    drive.press("中文（简体）")
    for name in ("English", "Français", "Русский", "中文（简体）"):
        drive.find(UIButton, name)
    assert layout_problems(app) == []
    drive.press("English")
    assert "Settings" in texts(app)


def test_a_preset_that_locks_the_language_fixes_it_for_the_class(app_factory):
    presets.write(presets.Preset(locked=["language"], settings=presets.PresetSettings(
        language="ru")))
    app, drive = game_with_settings_open(app_factory)
    assert i18n.language() == "ru"
    assert settings_mod.load().language == ""  # the teacher's choice is not the pupil's
    french = drive.find(UIButton, "Français")
    assert not french.is_enabled
    drive.click(french)
    assert i18n.language() == "ru"
    assert any(isinstance(e, UILabel) and "preset" not in element_text(e)
               for e in visible_elements(app))


def test_a_preset_naming_a_language_the_game_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="no language 'de'"):
        presets.PresetSettings(language="de")


def test_a_game_saved_in_french_is_read_in_russian_when_loaded_in_russian(tmp_path) -> None:
    from game.core.commands import EndTurn
    from game.core.save import canonical_json

    i18n.set_language("fr")
    french = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=4)
    french.engine.apply(EndTurn("esa"))
    french.save(tmp_path / "game.json", "cours")
    i18n.set_language("en")
    english = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=4)
    english.engine.apply(EndTurn("esa"))
    assert canonical_json(english.engine) == canonical_json(french.engine)  # no words saved
    i18n.set_language("ru")
    loaded = Session.load(tmp_path / "game.json")
    assert canonical_json(loaded.engine) == canonical_json(french.engine)
    russian = load_scenario(paths.DEFAULT_SCENARIO)
    assert loaded.scenario.milestones["lunar_orbiter"].name == (
        russian.milestones["lunar_orbiter"].name)
    assert loaded.engine.rules.milestones["lunar_orbiter"].name == (
        russian.milestones["lunar_orbiter"].name) != "Orbiteur lunaire"
