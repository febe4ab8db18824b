"""Every label and button shows its whole text, or a shortened one with the rest in a tooltip.

pygame_gui cuts text at the edge of a label or button without a word (a label warns once,
when it is built; a button or a later set_text never does), so an issue found 11 labels
too small for their text, the load screen's damaged-save line by 318 px. The layout test
checks every screen at UI scale 1; here the states it does not reach: larger text on the
smallest window (a projector with "larger text" chosen), the Load screen with damaged
saves listed, and the turn screen of a finished game.
"""

from __future__ import annotations

import json
import warnings

import pytest

from game import paths
from game.i18n import tr
from game.saves.games import save_named_game
from game.saves.slots import SaveSlots
from game.ui import screenshots as ss
from game.ui.settings import UI_SCALES
from game.ui.testing import Driver, text_fit_problems

SIZES = ((1024, 600), (1280, 720))
LARGEST_TEXT = max(UI_SCALES)
LONG_NAME = "A rather long save name for the class of Mrs Example"


def too_small(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if "too small for text" in str(w.message)]


def reach(app_factory, screen: ss.Screen, size: tuple[int, int],  # type: ignore[no-untyped-def]
          scale: float) -> tuple[object, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        app = app_factory(size, ui_scale=scale)
        screen.reach(app)
        Driver(app).step(3)
    return app, too_small(caught)


LARGE_TEXT_CASES = [pytest.param(screen, id=screen.name) for screen in ss.SCREENS]


@pytest.mark.parametrize("screen", LARGE_TEXT_CASES)
def test_with_the_largest_text_on_the_smallest_window_every_text_fits(
        app_factory, screen: ss.Screen) -> None:
    app, cut = reach(app_factory, screen, (1024, 600), LARGEST_TEXT)
    assert text_fit_problems(app) == []  # type: ignore[arg-type]
    assert cut == []


def _damaged_saves() -> None:
    """A good save with a long name, one from a newer game (the longest reason the Load
    screen gives) and one cut short with a long file name."""
    slots = SaveSlots(paths.saves_dir())
    session = ss.new_session()
    save_named_game(slots, LONG_NAME, session.engine, session.scenario_path)
    newer = save_named_game(slots, "Class 4B, newer", session.engine, session.scenario_path)
    document = json.loads(newer.read_text(encoding="utf-8"))
    document["save_version"] = 99
    newer.write_text(json.dumps(document), encoding="utf-8")
    (paths.saves_dir() / "broken-save-with-a-long-file-name.json").write_text(
        "{", encoding="utf-8")


def _load_with_damaged_saves(app) -> None:  # type: ignore[no-untyped-def]
    _damaged_saves()
    ss._title(app)
    ss._show(app, ss.LOAD)


def _finished_game(app) -> None:  # type: ignore[no-untyped-def]
    ss._in_game(ss.finished_game(), app)


EXTRA = (ss.Screen("load_with_damaged_saves", (ss.TITLE, ss.LOAD), _load_with_damaged_saves),
         ss.Screen("turn_screen_after_the_end", (ss.DASHBOARD,), _finished_game))


@pytest.mark.parametrize("scale", [1.0, LARGEST_TEXT], ids=["text_1.0", "text_largest"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("screen", EXTRA, ids=[s.name for s in EXTRA])
def test_damaged_saves_and_a_finished_game_show_every_text_whole_or_with_a_tooltip(
        app_factory, screen: ss.Screen, size: tuple[int, int], scale: float) -> None:
    app, cut = reach(app_factory, screen, size, scale)
    assert text_fit_problems(app) == []  # type: ignore[arg-type]
    assert cut == []


def test_the_damaged_save_line_gives_its_whole_reason_on_the_screen_or_in_its_tooltip(
        app_factory) -> None:
    from pygame_gui.elements import UILabel

    app, _cut = reach(app_factory, EXTRA[0], (1024, 600), 1.0)
    damaged = tr("Damaged: {reason}", reason="")
    reasons = [e for e in app.top.elements  # type: ignore[attr-defined]
               if isinstance(e, UILabel) and e.text.startswith(damaged)
               and "newer" in e.text + str(e.tool_tip_text or "")]
    assert reasons, "the save from a newer game is not listed as damaged"
    for label in reasons:
        assert "update the game" in label.text + " " + str(label.tool_tip_text or "")
