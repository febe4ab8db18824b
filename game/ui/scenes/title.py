"""The title screen: the menu beside a Moon the game draws itself (game/ui/moon.py),
turning slowly about its axis; with Settings' reduce motion on, it stands still.

The first title of a run also shows what was wrong with the settings file (app.notices),
above a smaller Moon, until the player presses OK.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import paths
from game.i18n import tr
from game.ui import intents, layout
from game.ui.moon import TurningMoon, turning_moon
from game.ui.scene import Scene

if TYPE_CHECKING:  # the save reader brings pydantic, which the first title frame waits for
    from game.saves.slots import SlotInfo


def newest_save() -> SlotInfo | None:
    """The newest save slot, or None (no saves, or the saves package cannot read them)."""
    try:
        folder = paths.saves_dir()
        # No save file at all (every first start): say so without importing the save
        # reader, whose pydantic models would hold up the first title frame.
        if not any(path.is_file() for path in folder.glob("*.json")):
            return None
        from game.saves.slots import SaveSlots

        return SaveSlots(folder).newest()
    except (ImportError, OSError):
        return None


class TitleScene(Scene):
    name = "title"

    def __init__(self) -> None:
        super().__init__()
        self._moon: TurningMoon | None = None
        self._moon_rect = pygame.Rect(0, 0, 0, 0)
        self._stars: list[tuple[int, int, int]] = []
        self.notices: list[str] = []

    def on_enter(self) -> None:
        # Told once: a later title (Quit to title) does not repeat them.
        self.notices, self.app.notices = list(self.app.notices), []

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        body = layout.inset(rect, u.margin * 2)
        # The menu column takes enough width for the subtitle at the largest text on the
        # smallest window (1024x600), which cut it by 13 px at [1, 1.3].
        menu_area, moon_area = layout.columns(body, [1.1, 1.2], gap=u.margin)
        head, rest = layout.split_top(menu_area, u.title * 2, u.margin)
        title, subtitle = layout.rows(head, [1.3, 1])
        self.label(title, tr("MOONWARD"), object_id="#title")
        self.label(subtitle, tr("The race back to the Moon, from 2021"), object_id="#subtitle")
        menu = layout.centered(rest, min(rest.w, round(360 * u.scale)), rest.h)
        menu.top = rest.top
        slots = layout.stack(menu, 7, u.button, u.gap)
        save = newest_save()
        first = self.button(slots[0], tr("New game"), self.new_game,
                            tooltip=tr("Choose a scenario, an agency, a difficulty and a seed"))
        self.button(slots[1], tr("Continue"), self.continue_game, enabled=save is not None,
                    tooltip=tr("Open your newest save") if save is not None
                    else tr("No saved game yet"))
        self.button(slots[2], tr("Load"), self.load,
                    tooltip=tr("Pick a saved game from {folder}", folder=paths.saves_dir()))
        self.button(slots[3], tr("Scenarios"), self.scenarios,
                    tooltip=tr("Every scenario file found, and any problem in it"))
        self.button(slots[4], tr("Judge the sources"), self.judge_sources,
                    tooltip=tr("A ten-minute class activity on the news reports behind the "
                               "game; the results go into the next game's report"))
        self.button(slots[5], tr("Settings"), self.settings)
        self.button(slots[6], tr("Quit"), self.app.quit)
        self.focus_on(first)
        if self.notices:
            moon_area = self._notices(moon_area)
        d = min(moon_area.w, moon_area.h) * 9 // 10
        if self._moon is None or self._moon.diameter != d:
            self._moon = turning_moon(d)
        self._moon_rect = self._moon.surface.get_rect(center=moon_area.center)
        # stars from a fixed local generator: the same sky every time, no game randomness
        import numpy as np

        rng = np.random.default_rng(3)
        w, h = rect.size
        self._stars = [(int(x * w), int(y * h), int(b))
                       for x, y, b in zip(rng.random(160), rng.random(160),
                                          rng.integers(90, 255, 160), strict=True)]

    def _notices(self, area: pygame.Rect) -> pygame.Rect:
        """The settings notes at the top of `area`, with OK; returns what is left for the Moon."""
        # Here, not at the top: only a title with settings notes needs it (~10 ms the first
        # frame does not wait for).
        from game.ui.scenes.menu_parts import esc

        u = self.app.units
        box, rest = layout.split_top(area, area.h * 45 // 100, u.margin)
        text, foot = layout.split_bottom(box, u.button, u.gap)
        # A bullet each, so a line the box wraps is not taken for the next one.
        lines = "<br>".join(f"\u2022 {esc(line)}" for line in self.notices)
        self.textbox(text, f"<b>{esc(tr('Some settings could not be used'))}</b><br>{lines}")
        ok = layout.columns(foot, [2, 1], gap=u.gap)[1]
        self.button(ok, tr("OK"), self.dismiss_notices, tooltip=tr("Hide this note"))
        return rest

    def dismiss_notices(self) -> None:
        self.notices = []
        self.refresh()

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.app.palette.background)
        for x, y, b in self._stars:
            surface.set_at((x, y), (b, b, b))
        if self._moon is not None:
            surface.blit(self._moon.surface, self._moon_rect)

    def update(self, dt: float) -> None:
        # The Moon turns while the title shows, unless the player asked for no motion: then
        # it stands where it is. The screen is drawn again only when the picture moved (a
        # few frames a second), not every frame.
        moon = self._moon
        if moon is not None and not self.app.settings.reduce_motion and moon.turn(dt):
            self.app.dirty = True

    def back(self) -> None:
        pass  # Esc on the title does nothing: Quit is one Tab away, no accidental exits

    # --- actions ---------------------------------------------------------------------

    def new_game(self) -> None:
        self.go(intents.NewGame())

    def scenarios(self) -> None:
        self.go(intents.NewGame(browse=True))

    def continue_game(self) -> None:
        save = newest_save()
        if save is not None:
            self.go(intents.OpenSave(save.path))

    def load(self) -> None:
        self.go(intents.Load())

    def judge_sources(self) -> None:
        self.go(intents.JudgeSources())

    def settings(self) -> None:
        self.go(intents.Settings())
