"""The pause menu over the turn screen (Esc), and its small "save as" dialog.

Resume, Save (a name, then a named slot), Load, Settings, Help, Quit to title. The game
was autosaved when this turn began, so quitting to the title loses at most this turn's
choices; Save keeps those too. Esc resumes. A name that another save already has asks
Replace / Cancel first: two classes sharing a laptop must not overwrite each other unseen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.elements import UITextEntryLine

from game import paths
from game.dates import date_of
from game.i18n import tr
from game.saves.errors import SaveError
from game.saves.games import save_named_game
from game.saves.slots import SaveSlots, SlotInfo
from game.ui import intents, layout
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import esc, saved_at
from game.ui.widgets.text_fit import fit_line

if TYPE_CHECKING:
    from game.ui.session import Session


def default_save_name(session: Session) -> str:
    """"<agency> <turn label>", e.g. "ESA Mar 2024": what most players would type anyway."""
    agency = session.scenario.agencies[session.agency].short
    return tr("{agency} {turn}", agency=agency, turn=date_of(session.engine))


def save_game_named(session: Session, name: str) -> Path:
    """Save into the named slot; raises SaveError or OSError with a one-line reason."""
    saver = getattr(session, "save_named", None)
    if callable(saver):
        return Path(saver(name))
    teams = getattr(session, "teams", None) or None
    return save_named_game(SaveSlots(paths.saves_dir()), name, session.engine,
                           session.scenario_path, teams)


def save_to_be_replaced(name: str) -> SlotInfo | None:
    """The save that saving under `name` would overwrite, or None."""
    try:
        return SaveSlots(paths.saves_dir()).existing(name)
    except OSError:
        return None  # an unreadable folder: the save itself then says why it fails


def failure_reason(error: BaseException) -> str:
    """The one line a player reads when a save fails."""
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return str(message).splitlines()[0]


class PauseScene(Scene):
    transparent = True
    name = "pause"

    def __init__(self) -> None:
        super().__init__()
        self.status = ""
        self.status_is_error = False

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        count = 7
        height = u.row * 2 + count * u.button + (count + 2) * u.gap + u.margin * 2
        box = layout.centered(rect, round(400 * u.scale), height)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        rest, status = layout.split_bottom(rest, u.row, u.gap)
        self.label(head, tr("Paused"), object_id="#heading")
        slots = layout.stack(rest, count, u.button, u.gap)
        playing = self.app.session is not None and not self.app.session.is_over
        first = self.button(slots[0], tr("Resume"), lambda: self.dismiss(None),
                            tooltip=tr("Back to the turn (Esc)"))
        self.button(slots[1], tr("Save"), self.save, enabled=playing,
                    tooltip=tr("Save this game under a name of your choice in {folder}",
                               folder=paths.saves_dir()))
        self.button(slots[2], tr("Load"), self.load,
                    tooltip=tr("Open a saved game instead of this one"))
        self.button(slots[3], tr("Settings"), self.settings,
                    tooltip=tr("Window size, text size, colours and sound"))
        self.button(slots[4], tr("Help"), self.help, tooltip=tr("How to play (F1)"))
        self.button(slots[5], tr("Judge the sources"), self.judge_sources, tooltip=tr(
            "The class activity on the news reports; the results are saved with this game"))
        self.button(slots[6], tr("Quit to title"), self.to_title, tooltip=tr(
            "Back to the title screen. The game was saved automatically when this turn "
            "began (Continue on the title screen finds it); Save first to keep this "
            "turn's choices too"))
        font = self.app.manager.get_theme().get_font(["label"])
        line = self.status or self._where()
        self.label(status, fit_line(line, font, status.w - 8), tooltip=line,
                   object_id="#error" if self.status_is_error else "#left")
        self.focus_on(first)

    def _where(self) -> str:
        session = self.app.session
        if session is None:
            return tr("No game is being played")
        return tr("{agency}, turn of {turn}", agency=session.scenario.agencies[
            session.agency].short, turn=date_of(session.engine))

    # --- actions ---------------------------------------------------------------------

    def save(self) -> None:
        if self.app.session is None:
            return
        self.app.push(SaveDialogScene(default_save_name(self.app.session)),
                      on_result=self._saved)

    def _saved(self, result: Path | None) -> None:  # what SaveDialogScene dismisses with
        if isinstance(result, Path):
            self.status = tr("Saved as {file}", file=result.name)
            self.status_is_error = False
            self.refresh()

    def load(self) -> None:
        self.go(intents.Load())

    def settings(self) -> None:
        self.go(intents.Settings())

    def help(self) -> None:
        self.go(intents.Help())

    def judge_sources(self) -> None:
        self.go(intents.JudgeSources())

    def to_title(self) -> None:
        self.go(intents.Title())


class SaveDialogScene(Scene):
    """Type a name, then Save: dismisses with the saved file's Path, or None on Cancel."""

    transparent = True
    name = "save_dialog"

    def __init__(self, default_name: str) -> None:
        super().__init__()
        self.text = default_name
        self.error = ""
        self._entry: UITextEntryLine | None = None

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        height = u.row * 2 + u.button * 2 + u.gap * 3 + u.margin * 2
        box = layout.centered(rect, round(480 * u.scale), height)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        field_rect, rest = layout.split_top(rest, u.button, u.gap)
        message, rest = layout.split_top(rest, u.row, u.gap)
        foot = layout.split_top(rest, u.button)[0]
        self.label(head, tr("Save the game as"), object_id="#heading",
                   tooltip=tr("Saved in {folder}", folder=paths.saves_dir()))
        self._entry = self.entry(field_rect, self.text, on_change=self._typed,
                                 tooltip=tr("A name for this save; Enter saves"))
        font = self.app.manager.get_theme().get_font(["label"])
        where = tr("Saves go to {folder}", folder=paths.saves_dir())
        line = self.error or where
        self.label(message, fit_line(line, font, message.w - 8), tooltip=line,
                   object_id="#error" if self.error else "#left")
        save_rect, cancel_rect = layout.columns(foot, 2, u.gap)
        self.button(save_rect, tr("Save"), self.save, tooltip=tr("Write the save now"))
        self.button(cancel_rect, tr("Cancel"), lambda: self.dismiss(None),
                    tooltip=tr("Close without saving (Esc)"))
        self.focus_on(self._entry)

    def _typed(self, text: str) -> None:
        self.text = text

    def process_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED and event.ui_element is self._entry:
            self.text = event.text
            self.save()
            return True
        return super().process_event(event)

    def save(self) -> None:
        name = self.text.strip()
        if not name:
            self.error = tr("Type a name for the save first.")
            self.refresh()
            return
        existing = save_to_be_replaced(name)
        if existing is not None:
            self.app.push(ReplaceSaveScene(name, existing),
                          on_result=lambda replace: self._answered(name, replace))
            return
        self._write(name)

    def _answered(self, name: str, replace: object) -> None:
        if replace is True:
            self._write(name)
        # Cancel: the dialog stays, with the name, so another can be typed

    def _write(self, name: str) -> None:
        session = self.app.session
        assert session is not None  # PauseScene.save opens this dialog only over a game
        try:
            path = save_game_named(session, name)
        except (SaveError, OSError, ValueError) as error:
            self.error = tr("Not saved: {why}", why=failure_reason(error))
            self.refresh()
            return
        self.dismiss(path)


class ReplaceSaveScene(Scene):
    """"A save called ... already exists. Replace it?": dismisses True on Replace, None on
    Cancel or Esc. Cancel has the focus, so a hasty Enter loses nothing."""

    transparent = True
    name = "replace_save"

    def __init__(self, name: str, existing: SlotInfo) -> None:
        super().__init__()
        self.save_name = name
        self.existing = existing

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        height = u.row + u.row * 3 + u.button + u.gap * 2 + u.margin * 2
        box = layout.centered(rect, round(520 * u.scale), height)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        body, foot = layout.split_bottom(rest, u.button, u.gap)
        self.label(head, tr("Replace a save?"), object_id="#heading")
        # When it was written, in real time: "last Tuesday's save" is what a teacher knows.
        self.textbox(body, esc(tr(
            "A save called \"{name}\" already exists (saved on {when}). Replace it with "
            "this game? The old one is then gone.", name=self.save_name,
            when=saved_at(self.existing))))
        replace_rect, cancel_rect = layout.columns(foot, 2, u.gap)
        self.button(replace_rect, tr("Replace"), lambda: self.dismiss(True),
                    tooltip=tr("Overwrite {file} with this game",
                               file=self.existing.path.name))
        cancel = self.button(cancel_rect, tr("Cancel"), lambda: self.dismiss(None),
                             tooltip=tr("Keep the old save and choose another name (Esc)"))
        self.focus_on(cancel)
