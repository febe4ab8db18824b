"""Load: every save listed; a bad save says why in one line and nothing is lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pygame_gui.elements import UIButton

from game import paths
from game.ui.flow import open_save
from game.ui.scenes.load import LoadScene
from game.ui.scenes.message import MessageScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems


def saves() -> Path:
    folder = paths.saves_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def good_save(name: str = "Class 4B", scenario: Path = paths.DEFAULT_SCENARIO) -> Path:
    session = Session.new(scenario, "esa", "normal", 7)
    path = saves() / f"slot-{name.lower().replace(' ', '-')}.json"
    session.save(path, name)
    return path


def copied_scenario() -> Path:
    folder = paths.user_scenarios_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(paths.DEFAULT_SCENARIO, folder / "copy_2021.yaml"))


def open_load(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.push(TitleScene())
    app.push(LoadScene())
    drive = Driver(app)
    drive.step(2)
    return app, drive


def load_buttons(app) -> list[UIButton]:  # type: ignore[no-untyped-def]
    return [e for e in app.top.elements if isinstance(e, UIButton) and e.text == "Load"]


def test_every_save_is_listed_with_name_scenario_turn_and_date(app_factory):
    good_save("Class 4B")
    (saves() / "broken.json").write_text("{", encoding="utf-8")
    app, _drive = open_load(app_factory)
    texts = [getattr(e, "text", "") for e in app.top.elements]
    assert "Class 4B" in texts
    assert "moon_2021.yaml" in texts
    assert "broken.json" in texts
    assert any(t.startswith("Damaged:") for t in texts)
    assert len(load_buttons(app)) == 2


def test_load_opens_the_save_into_play(app_factory):
    good_save("Class 4B")
    app, drive = open_load(app_factory)
    drive.click(load_buttons(app)[0])
    assert app.session is not None
    assert app.session.state.seed == 7
    assert app.session.agency == "esa"


def test_an_empty_folder_says_so(app_factory):
    app, drive = open_load(app_factory)
    assert not load_buttons(app)
    drive.press("Back")
    assert isinstance(app.top, TitleScene)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _not_json(path: Path) -> None:
    path.write_text("this is not a save at all", encoding="utf-8")


def _wrong_shape(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["game"] = {"state": {"turn": "soon"}}
    path.write_text(json.dumps(document), encoding="utf-8")


def _newer(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["save_version"] = 99
    path.write_text(json.dumps(document), encoding="utf-8")


def _huge(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: no disk is really used


BREAKERS = {"empty": _empty, "truncated": _truncated, "not json": _not_json,
            "wrong shape": _wrong_shape, "newer format": _newer, "100 MB": _huge}


@pytest.mark.parametrize("kind", [*BREAKERS, "changed scenario", "missing scenario"])
def test_a_bad_save_shows_one_line_and_leaves_the_file_and_the_screen_as_they_were(
        app_factory, kind):
    if kind.endswith("scenario"):
        scenario = copied_scenario()
        path = good_save("Bad", scenario)
        if kind == "changed scenario":
            scenario.write_text(scenario.read_text(encoding="utf-8") + "\n# edited\n",
                                encoding="utf-8")
        else:
            scenario.unlink()
    else:
        path = good_save("Bad")
        BREAKERS[kind](path)
    before = path.read_bytes()
    app, drive = open_load(app_factory)
    drive.click(load_buttons(app)[0])
    assert app.session is None
    assert isinstance(app.top, MessageScene)
    assert "\n" not in app.top.text and path.name in app.top.text
    assert isinstance(app.stack[-2], LoadScene)
    assert path.read_bytes() == before
    drive.press("OK")
    assert isinstance(app.top, LoadScene)
    assert load_buttons(app)  # still a working screen


def test_open_save_on_a_missing_file_stays_on_the_title(app_factory):
    app = app_factory()
    app.push(TitleScene())
    assert open_save(app, saves() / "nothing-here.json") is False
    assert isinstance(app.top, MessageScene) and isinstance(app.stack[0], TitleScene)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_screen_fits_every_window_size(app_factory, size):
    good_save("A rather long save name for the class of Mrs Example")
    (saves() / "broken-save-with-a-long-file-name.json").write_text("{", encoding="utf-8")
    app, _drive = open_load(app_factory, size)
    assert layout_problems(app) == []


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_each_column_header_stands_exactly_over_its_values(app_factory, size):
    from pygame_gui.elements import UILabel

    good_save("Class 4B")
    app, _drive = open_load(app_factory, size)
    labels = {getattr(e, "text", ""): e for e in app.top.elements if isinstance(e, UILabel)}
    for header, value in [("Name", "Class 4B"), ("Scenario", "moon_2021.yaml"),
                          ("Game date", "Mar 2021")]:
        assert labels[header].rect.x == labels[value].rect.x, header
        assert labels[header].rect.w == labels[value].rect.w, header


def _with_name(text: str):  # type: ignore[no-untyped-def]
    def damage(path: Path) -> None:
        document = json.loads(path.read_text(encoding="utf-8"))
        raw = json.dumps(document)
        assert '"name": "Bad"' in raw
        path.write_text(raw.replace('"name": "Bad"', f'"name": "{text}"', 1), encoding="utf-8")
    return damage


def _with_turn_label(text: str):  # type: ignore[no-untyped-def]
    def damage(path: Path) -> None:
        raw = path.read_text(encoding="utf-8")
        assert '"turn_label":"Mar 2021"' in raw
        path.write_text(raw.replace('"turn_label":"Mar 2021"', f'"turn_label":"{text}"', 1),
                        encoding="utf-8")
    return damage


def _huge_integer(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert '"seed":7,' in raw
    path.write_text(raw.replace('"seed":7', '"seed":' + "7" * 5000, 1), encoding="utf-8")


UNSHOWABLE = {"NUL in the name": _with_name("Class\\u00004B"),
              "lone surrogate in the name": _with_name("Class \\udc80"),
              "NUL in the turn label": _with_turn_label("Mar\\u00002021"),
              "lone surrogate in the turn label": _with_turn_label("\\ud800"),
              "5,000-digit integer": _huge_integer}


@pytest.mark.parametrize("kind", UNSHOWABLE)
def test_a_save_the_screen_could_not_show_is_listed_as_damaged_beside_a_good_one(
        app_factory, kind):
    good_save("Class 4B")
    path = good_save("Bad")
    UNSHOWABLE[kind](path)
    before = path.read_bytes()
    app, drive = open_load(app_factory)
    texts = [getattr(e, "text", "") for e in app.top.elements]
    assert "Class 4B" in texts and path.name in texts
    assert any(t.startswith("Damaged:") for t in texts)
    drive.click(load_buttons(app)[0 if texts.index(path.name) < texts.index("Class 4B") else 1])
    assert isinstance(app.top, MessageScene) and "\n" not in app.top.text
    assert path.read_bytes() == before
