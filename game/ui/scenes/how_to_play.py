"""The five steps of the game, once, when a new game reaches its first turn screen.

The same steps stand at the top of Help (F1) and of the first turn's news; this card is the
one a class cannot miss on a projector.
"""

from __future__ import annotations

import pygame

from game.i18n import tr
from game.ui import layout
from game.ui.scene import Scene
from game.ui.widgets.turn_text import how_to_play_html


class HowToPlayScene(Scene):
    transparent = True
    name = "how_to_play"

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        width = min(rect.w - 2 * u.margin, round(820 * u.scale))
        height = min(rect.h - 2 * u.margin, round(470 * u.scale))  # all five steps, unscrolled
        box = layout.centered(rect, width, height)
        self.panel(box)
        inner = layout.inset(box, u.margin)
        body, foot = layout.split_bottom(inner, u.button, u.gap)
        self.textbox(body, how_to_play_html() + "<br>" + tr(
            "Rest the pointer on any number to see what it means and where it comes from."))
        start = self.button(layout.centered(foot, min(foot.w, round(260 * u.scale)), foot.h),
                            tr("Let's play"), lambda: self.dismiss(True),
                            tooltip=tr("F1 shows these steps again, with every key"))
        self.focus_on(start)
