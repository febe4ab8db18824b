"""The pause menu and its save-as dialog, driven with real events."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest
from pygame_gui.elements import UITextEntryLine

from game import paths
from game.core import commands as cmd
from game.saves.games import load_game, save_named_game
from game.saves.slots import SaveSlots, slot_file_name
from game.ui.scene import Scene
from game.ui.scenes.pause import (
    PauseScene,
    ReplaceSaveScene,
    SaveDialogScene,
    default_save_name,
)
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"


def game_under_way(turns: int = 3) -> Session:
    session = Session.new(Path(CLASSROOM), "esa", seed=5)
    while session.state.turn < turns:
        for waiting in session.engine.pending("esa"):
            if waiting.kind == "event":
                session.apply(cmd.AnswerEvent(agency="esa", event=waiting.ref, choice=0))
            else:
                session.apply(cmd.DeclineOffer(agency="esa", bloc=waiting.ref))
        assert session.apply(cmd.EndTurn(agency="esa")).ok
    return session


class Board(Scene):
    """Stands in for the turn screen: Esc opens the pause menu, as the dashboard's does."""

    name = "board"

    def back(self) -> None:
        self.app.push(PauseScene())


def paused(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = game_under_way()
    app.push(Board())
    Driver(app).key(pygame.K_ESCAPE)
    assert isinstance(app.top, PauseScene)
    return app


def type_name(drive: Driver, name: str) -> None:
    entry = drive.find(UITextEntryLine)
    drive.click(entry)
    drive.key(pygame.K_a, mod=pygame.KMOD_CTRL)
    drive.key(pygame.K_BACKSPACE)
    drive.type(name)
    assert entry.get_text() == name


def test_esc_on_the_turn_screen_pauses_and_esc_again_resumes(app_factory) -> None:
    app = paused(app_factory)
    assert app.top.transparent
    Driver(app).key(pygame.K_ESCAPE)
    assert isinstance(app.top, Board)


def test_resume_goes_back_to_the_turn(app_factory) -> None:
    app = paused(app_factory)
    Driver(app).press("Resume")
    assert isinstance(app.top, Board)


def test_the_save_name_offered_is_the_agency_and_the_turn(app_factory) -> None:
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    assert isinstance(app.top, SaveDialogScene)
    assert drive.find(UITextEntryLine).get_text() == "ESA Sep 2025"
    assert default_save_name(app.session) == "ESA Sep 2025"


def test_save_writes_a_game_that_loads_back_the_same(app_factory) -> None:
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    type_name(drive, "Class 4B")
    drive.press("Save")
    assert isinstance(app.top, PauseScene)
    saved = sorted(paths.saves_dir().glob("*.json"))
    assert len(saved) == 1
    loaded = load_game(saved[0])
    assert loaded.envelope.name == "Class 4B"
    assert loaded.engine.state.to_dict() == app.session.state.to_dict()
    assert any(element_text(e).startswith("Saved as ") for e in visible_elements(app))


def test_a_save_that_fails_says_why_in_one_line_and_stays_open(app_factory, monkeypatch,
                                                                tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the saves folder should be")
    monkeypatch.setattr(paths, "saves_dir", lambda: blocker)
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    drive.press("Save")
    assert isinstance(app.top, SaveDialogScene)
    errors = [element_text(e) for e in visible_elements(app)
              if element_text(e).startswith("Not saved: ")]
    assert len(errors) == 1 and "\n" not in errors[0]
    assert blocker.read_text() == "a file where the saves folder should be"


def test_an_empty_name_is_refused_before_anything_is_written(app_factory) -> None:
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    type_name(drive, "   ")
    drive.press("Save")
    assert isinstance(app.top, SaveDialogScene)
    assert not paths.saves_dir().exists() or not list(paths.saves_dir().glob("*.json"))


def test_cancel_closes_the_dialog_without_saving(app_factory) -> None:
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    drive.press("Cancel")
    assert isinstance(app.top, PauseScene)
    assert not paths.saves_dir().exists() or not list(paths.saves_dir().glob("*.json"))


def test_quit_to_title_says_the_turn_was_autosaved_and_goes_to_the_title(app_factory) -> None:
    app = paused(app_factory)
    drive = Driver(app)
    button = drive.find(text="Quit to title")
    assert "saved automatically" in button.tool_tip_text
    drive.click(button)
    assert isinstance(app.top, TitleScene) and len(app.stack) == 1


def test_the_help_button_opens_help_or_says_it_is_missing(app_factory) -> None:
    app = paused(app_factory)
    Driver(app).press("Help")
    assert type(app.top).__name__ in ("HelpScene", "MessageScene")


def an_earlier_save(name: str) -> Path:
    """A save called `name` of the same game one turn in, as the class made it last week."""
    earlier = game_under_way(turns=1)
    return save_named_game(SaveSlots(paths.saves_dir()), name, earlier.engine,
                           earlier.scenario_path)


def saved_turn(path: Path) -> int:
    return load_game(path).engine.state.turn


def save_as(app_factory, name: str, *, enter: bool = False):  # type: ignore[no-untyped-def]
    """Pause the game, open Save, type `name` and confirm (with the button, or Enter)."""
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    type_name(drive, name)
    if enter:
        drive.key(pygame.K_RETURN)
    else:
        drive.press("Save")
    return app, drive


def test_saving_under_a_name_already_used_asks_and_cancel_keeps_the_old_save(
        app_factory) -> None:
    old = an_earlier_save("Class 4B")
    app, drive = save_as(app_factory, "Class 4B")
    assert isinstance(app.top, ReplaceSaveScene)
    question = " ".join(element_text(e) for e in visible_elements(app))
    assert 'A save called "Class 4B" already exists' in question
    drive.press("Cancel")
    assert isinstance(app.top, SaveDialogScene)
    assert drive.find(UITextEntryLine).get_text() == "Class 4B"
    assert saved_turn(old) == 1
    assert list(paths.saves_dir().glob("*.json")) == [old]


def test_replace_overwrites_the_save_of_that_name_and_only_that_one(app_factory) -> None:
    old = an_earlier_save("Class 4B")
    other = an_earlier_save("Класс 4Б")
    app, drive = save_as(app_factory, "Class 4B", enter=True)  # Enter must ask just the same
    assert isinstance(app.top, ReplaceSaveScene)
    drive.press("Replace")
    assert isinstance(app.top, PauseScene)
    assert saved_turn(old) == app.session.state.turn == 3
    assert saved_turn(other) == 1
    assert len(list(paths.saves_dir().glob("*.json"))) == 2


def test_a_name_that_only_looks_alike_saves_beside_the_other_without_asking(
        app_factory) -> None:
    old = an_earlier_save("Класс 4А")
    app, _ = save_as(app_factory, "Класс 4Б")
    assert isinstance(app.top, PauseScene)
    names = sorted(load_game(p).envelope.name for p in paths.saves_dir().glob("*.json"))
    assert names == ["Класс 4А", "Класс 4Б"]
    assert saved_turn(old) == 1


def test_esc_on_the_replace_question_keeps_the_old_save(app_factory) -> None:
    old = an_earlier_save("Class 4B")
    app, drive = save_as(app_factory, "Class 4B")
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, SaveDialogScene)
    assert saved_turn(old) == 1


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_pause_menu_and_save_dialog_fit_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app = paused(app_factory, size)
    assert layout_problems(app) == []
    Driver(app).press("Save")
    assert layout_problems(app) == []
    an_earlier_save("ESA Sep 2025")
    Driver(app).press("Save")
    assert isinstance(app.top, ReplaceSaveScene)
    assert layout_problems(app) == []


def test_save_works_through_the_save_slots_when_the_session_has_no_named_save(
        app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delattr(Session, "save_named", raising=False)
    app = paused(app_factory)
    drive = Driver(app)
    drive.press("Save")
    drive.press("Save")
    saved = sorted(paths.saves_dir().glob("*.json"))
    assert [p.name for p in saved] == [slot_file_name("ESA Sep 2025")]
    assert load_game(saved[0]).engine.state.to_dict() == app.session.state.to_dict()


class Painted(Board):
    """A turn screen that paints its own backdrop, as the dashboard paints its graph."""

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((200, 120, 40))


def test_a_dialog_over_the_pause_menu_still_shows_the_game_behind_its_veil(
        app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.session = game_under_way()
    app.push(Painted())
    drive = Driver(app)
    drive.key(pygame.K_ESCAPE)
    app.draw()
    behind_pause = app.window.get_at((5, 5))
    app.push(SaveDialogScene("Class 4B"))
    app.draw()
    # The corner is outside every dialog: it shows the veiled game, not a black screen.
    assert app.window.get_at((5, 5)) == behind_pause
    assert behind_pause != pygame.Color(0, 0, 0)
