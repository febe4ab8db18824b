"""Load a game: every save in the saves folder, each with a Load button.

Load asks the controller to open the save (`intents.OpenSave`, the one door to a save file
that the title's Continue and `play --load` use too): a save that cannot be opened shows
its one-line reason in a message and the player stays where they were.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import paths
from game.i18n import tr
from game.saves.slots import SaveSlots, SlotInfo
from game.ui import intents, layout
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import esc, fit_text, saved_at

if TYPE_CHECKING:
    from pygame_gui.core import IContainerLikeInterface


class LoadScene(Scene):
    name = "load"

    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.slots: list[SlotInfo] = []

    def on_enter(self) -> None:
        self.rescan()

    def resume(self) -> None:
        self.rescan()  # a save may have appeared or changed while a message was up

    def rescan(self) -> None:
        self.slots = SaveSlots(self.folder or paths.saves_dir()).list()

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        body = layout.inset(rect, u.margin)
        header, rest = layout.split_top(body, u.row, u.gap)
        rest, footer = layout.split_bottom(rest, u.button, u.gap)
        self.label(header, tr("Load a game"), object_id="#heading")
        back, _ = layout.columns(footer, [1, 4], gap=u.gap)
        self.button(back, tr("Back"), lambda: self.dismiss(None))
        if not self.slots:
            self.textbox(rest, esc(tr("No saved games yet in {folder}. Games save themselves "
                                      "at the end of every turn.",
                                      folder=self.folder or paths.saves_dir())))
            return
        heads, rest = layout.split_top(rest, u.row, u.gap // 2)
        weights = [1.6, 1.6, 1.0, 1.1, 0.7]
        titles = [tr("Name"), tr("Scenario"), tr("Game date"), tr("Saved on"), ""]
        # Rows sit in the scroller 2 px in, 24 px narrower (its scroll bar): the headers are
        # cut from the same strip so each stands exactly over its column.
        inner = pygame.Rect(2, 2, rest.w - 24, u.button)
        strip = pygame.Rect(rest.x + inner.x, heads.y, inner.w, heads.h)
        for cell, text in zip(layout.columns(strip, weights, gap=u.gap), titles, strict=True):
            if text:
                fit_text(self.label(cell, text, object_id="#left"))
        step = u.button + u.gap
        box = self.scroller(rest, len(self.slots) * step)
        for i, slot in enumerate(self.slots):
            row = inner.move(0, i * step)
            self._row(row, weights, slot, box)

    def _row(self, row: pygame.Rect, weights: list[float], slot: SlotInfo,
             box: IContainerLikeInterface) -> None:
        u = self.app.units
        name_r, scen_r, turn_r, date_r, load_r = layout.columns(row, weights, gap=u.gap)
        date_tip = tr("When this file was written, from the save itself")
        file_tip = esc(tr("File: {path}", path=slot.path))
        if slot.envelope is None:
            fit_text(self.label(name_r, slot.path.name, tooltip=file_tip, container=box,
                                object_id="#left"))
            reason = pygame.Rect(scen_r.x, row.y, turn_r.right - scen_r.x, row.h)
            fit_text(self.label(reason, tr("Damaged: {reason}", reason=slot.error or "?"),
                                tooltip=esc(slot.error or ""), container=box,
                                object_id="#error"))
        else:
            env = slot.envelope
            kind = tr("autosave") if slot.kind == "auto" else tr("named save")
            fit_text(self.label(name_r, env.name, container=box, object_id="#left",
                                tooltip=esc(f"{env.name} ({kind}). ") + file_tip))
            fit_text(self.label(scen_r, env.scenario.file, container=box, object_id="#left",
                                tooltip=esc(tr("Scenario {id}, version {v}",
                                               id=env.scenario.id, v=env.scenario.version))))
            fit_text(self.label(turn_r, env.turn_label or "-", container=box, object_id="#left",
                                tooltip=tr("The game's calendar date at the saved turn")))
        fit_text(self.label(date_r, saved_at(slot), tooltip=date_tip, container=box,
                            object_id="#left"))
        self.button(load_r, tr("Load"), partial(self.go, intents.OpenSave(slot.path)),
                    container=box, tooltip=file_tip)
