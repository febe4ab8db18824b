"""`moonward play` flags: --teams starts hot-seat at once, --preset, bad flags in one line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from game import paths
from game.cli import build_parser, main
from game.ui import presets
from game.ui.launch import open_from_cli
from game.ui.scenes.new_game import NewGameScene
from game.ui.session import Session


@pytest.fixture(autouse=True)
def default_preset_file() -> Iterator[None]:
    presets.use_file(None)
    yield
    presets.use_file(None)


@pytest.fixture
def opened() -> Iterator[list[object]]:
    apps: list[object] = []
    yield apps
    for app in apps:
        for scene in list(app.stack):  # type: ignore[attr-defined]
            scene.clear()


def launch(opened, *flags: str):  # type: ignore[no-untyped-def]
    result = open_from_cli(build_parser().parse_args(["play", "--windowed", *flags]))
    if not isinstance(result, int):
        opened.append(result)
    return result


def test_teams_start_a_hot_seat_game_with_the_scenario_and_seed_given(opened):
    whatif = str(paths.SCENARIOS_DIR / "whatif_newcomer.yaml")
    app = launch(opened, "--teams", "Red:meridian,Blue:nasa", "--scenario", whatif,
                 "--seed", "12")
    assert app.session is not None
    assert app.session.scenario_path.name == "whatif_newcomer.yaml"
    assert app.session.state.seed == 12
    assert app.session.agency == "meridian"
    assert app.session.teams == {"Red": "meridian", "Blue": "nasa"}


@pytest.mark.parametrize("flags", [
    ["--teams", "Red:cnsa,Blue:cnsa"],
    ["--teams", "Red:atlantis"],
    ["--teams", "just-a-name"],
    ["--teams", "A:cnsa,B:nasa,C:esa,D:jaxa,E:csa"],
    ["--teams", "Red:cnsa", "--load", "x.json"],
    ["--preset", "/no/such/preset.json"],
    ["--size", "huge"],
])
def test_a_bad_flag_is_one_line_and_exit_2(opened, capsys, flags):
    assert launch(opened, *flags) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("moonward play: error:")


def test_teams_with_a_scenario_that_does_not_load_is_one_line_and_exit_1(opened, capsys,
                                                                          tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\n", encoding="utf-8")
    assert launch(opened, "--teams", "Red:cnsa", "--scenario", str(bad)) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_a_bad_save_given_with_load_is_one_line_and_exit_1(capsys, tmp_path):
    save = tmp_path / "save.json"
    save.write_text("{", encoding="utf-8")
    assert main(["play", "--windowed", "--load", str(save)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert save.read_text(encoding="utf-8") == "{"


def test_load_opens_a_good_save_straight_into_play(opened, tmp_path):
    save = tmp_path / "good.json"
    Session.new(paths.DEFAULT_SCENARIO, "jaxa", "normal", 5).save(save, "Lesson 2")
    app = launch(opened, "--load", str(save))
    assert app.session is not None and app.session.agency == "jaxa"


def test_a_scenario_flag_opens_new_game_on_it(opened):
    app = launch(opened, "--scenario", str(paths.SCENARIOS_DIR / "classroom_2021.yaml"),
                 "--seed", "31")
    scene = app.top
    assert isinstance(scene, NewGameScene)
    assert scene.current.path.name == "classroom_2021.yaml" and scene.seed_text == "31"


def test_a_preset_flag_prefills_new_game_and_applies_its_locked_settings(opened, tmp_path):
    path = tmp_path / "lesson.json"
    presets.write(presets.Preset(seed=808, locked=["seed", "colour_blind"],
                                 settings=presets.PresetSettings(colour_blind=True)), path)
    app = launch(opened, "--preset", str(path), "--scenario", str(paths.DEFAULT_SCENARIO))
    assert app.settings.colour_blind
    assert app.top.seed_text == "808" and app.top.locked("seed")


def test_a_corrupt_preset_flag_is_reported_and_ignored(opened, capsys, tmp_path):
    path = tmp_path / "lesson.json"
    path.write_text("{oops", encoding="utf-8")
    app = launch(opened, "--scenario", str(paths.DEFAULT_SCENARIO), "--preset", str(path))
    assert not isinstance(app, int)
    assert "ignored" in capsys.readouterr().err
    assert app.top.preset is None
