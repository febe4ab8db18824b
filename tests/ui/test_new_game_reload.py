"""New game's Reload: an author edits a scenario file and sees the edit without restarting;
a file that now fails validation shows its errors, cannot be started, and keeps the choices
made on it for when it is fixed. Real clicks; the layout fits at both window sizes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pygame_gui.elements import UIButton

from game import paths
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, element_text, layout_problems, visible_elements

ACCORDS = Path(__file__).resolve().parents[1] / "fixtures" / "valid" / "accords.yaml"


def own_file(text: str) -> Path:
    folder = paths.user_scenarios_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def shown(app: Any) -> str:
    return "\n".join(element_text(e) for e in visible_elements(app))


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)])
def test_reload_shows_an_edit_then_an_error_and_keeps_the_choices(app_factory,
                                                                    size) -> None:
    original = ACCORDS.read_text(encoding="utf-8")
    path = own_file(original)
    app = app_factory(size)
    app.push(TitleScene())
    scene = app.push(NewGameScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Accords test")
    drive.press(">")  # an agency other than the default: a choice Reload must keep
    chosen = scene.agency
    assert chosen not in (None, "esa")

    path.write_text(original.replace('title: "Accords test"', 'title: "Accords draft two"'),
                    encoding="utf-8")
    drive.press("Reload")
    drive.step(2)
    assert drive.find(UIButton, "Accords draft two").visible
    assert "Accords draft two" in shown(app) and scene.current.path == path
    assert scene.current.scenario is not None
    assert scene.current.scenario.scenario.title == "Accords draft two"
    assert layout_problems(app) == []

    path.write_text(original.replace("requires: [orbiter]\n    game:\n      cost: 800",
                                     "requires: [orbiterr]\n    game:\n      cost: 800"),
                    encoding="utf-8")
    drive.press("Reload")
    drive.step(2)
    assert scene.current.path == path and not scene.current.ok
    details = next(e for e in visible_elements(app) if type(e).__name__ == "UITextBox")
    assert "cannot be played" in details.html_text and "orbiterr" in details.html_text
    assert "cannot be started" in shown(app)
    assert not drive.find(UIButton, "Start").is_enabled
    assert scene.agency == chosen
    assert layout_problems(app) == []

    path.write_text(original, encoding="utf-8")
    drive.press("Reload")
    drive.step(2)
    assert scene.current.ok and scene.agency == chosen
    drive.press("Start")
    assert app.session is not None and app.session.agency == chosen
    assert app.session.scenario_path == path
