"""A short message with an OK button (errors a player must read, e.g. a save that fails)."""

from __future__ import annotations

import pygame

from game.i18n import tr
from game.ui import layout
from game.ui.scene import Scene


class MessageScene(Scene):
    transparent = True
    name = "message"

    def __init__(self, text: str, title: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.title = title

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        box = layout.centered(rect, 640, 320)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        head, rest = layout.split_top(inner, u.row, u.gap)
        body, foot = layout.split_bottom(rest, u.button, u.gap)
        self.label(head, self.title or tr("Moonward"))
        self.textbox(body, self.text)
        ok = self.button(layout.centered(foot, 200, u.button), tr("OK"), lambda: self.dismiss(True))
        self.focus_on(ok)
