"""Settings: fullscreen, window size, UI scale, sound and music volume, colour-blind-safe
palette, reduced motion, launch sequences, language.

Every change goes through `app.apply_settings`, which uses it at once and keeps it for the
next run (game/ui/settings.py). A setting the class preset locks is shown greyed with the
reason on hover, and cannot be changed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

import pygame
import pygame_gui

from game import i18n
from game.i18n import tr
from game.ui import layout, presets
from game.ui import settings as settings_mod
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import fit_text, locked_button

if TYPE_CHECKING:
    from game.ui.app import App

UI_SCALE_STEPS: tuple[float, ...] = (0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5)
VOLUME_STEP = 5  # percent per arrow key
# Apply the volume once the slider has been still this long: applying rebuilds the screen,
# which would drop a slider in the middle of a drag.
VOLUME_SETTLE = 0.4


def apply_preset_settings(app: App, preset: presets.Preset | None) -> None:
    """Use the values of the settings a preset locks, for this run only (not saved)."""
    if preset is None:
        return
    overrides = preset.setting_overrides()
    if app.language_forced:  # --lang or $MOONWARD_LANG, given for this run, come first
        overrides.pop("language", None)
    if not overrides:
        return
    wanted = replace(app.settings, **overrides)
    if wanted == app.settings:
        return
    keep, app.persist = app.persist, False  # the teacher's value must not outlive the preset
    try:
        app.apply_settings(wanted)
    finally:
        app.persist = keep


def nearest_scale(value: float) -> int:
    return min(range(len(UI_SCALE_STEPS)), key=lambda i: abs(UI_SCALE_STEPS[i] - value))



class SettingsChange(TypedDict, total=False):
    """The fields of settings_mod.Settings a button here may change, with their types."""

    fullscreen: bool
    width: int
    height: int
    ui_scale: float
    volume: float
    colour_blind: bool
    language: str
    music_volume: float
    reduce_motion: bool
    launch_sequences: bool


VolumeName = Literal["volume", "music_volume"]

class SettingsScene(Scene):
    name = "settings"

    def __init__(self) -> None:
        super().__init__()
        self.preset: presets.Preset | None = None
        # a slider's value while it moves, kept once it has been still VOLUME_SETTLE
        self.pending: dict[VolumeName, float] = {}
        self.volume_labels: dict[VolumeName, pygame_gui.elements.UILabel] = {}
        self._still = 0.0

    def on_enter(self) -> None:
        self.preset, _problem = presets.load()
        apply_preset_settings(self.app, self.preset)

    def locked(self, name: str) -> bool:
        if name == "music_volume":
            name = "volume"  # a teacher who fixes the sound means all of it
        return self.preset is not None and self.preset.is_locked(name)

    # --- layout ----------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        s = self.app.settings
        box = layout.centered(layout.inset(rect, u.margin), round(900 * u.scale), rect.h)
        header, rest = layout.split_top(box, u.row, u.gap)
        rest, footer = layout.split_bottom(rest, u.button, u.gap)
        self.label(header, tr("Settings"), object_id="#heading")
        rows = layout.stack(rest, 9, u.button, u.gap)
        cells = [layout.columns(row, [1, 2.6], gap=u.margin) for row in rows]

        self._name(cells[0][0], tr("Display"))
        text = tr("Fullscreen: on") if self.app.fullscreen else tr("Fullscreen: off")
        self._toggle(cells[0][1], text, "fullscreen", self.toggle_fullscreen,
                     tr("Fill the whole screen (F11 toggles it anywhere)"))

        self._name(cells[1][0], tr("Window size"))
        sizes = settings_mod.WINDOW_SIZES
        for cell, size in zip(layout.columns(cells[1][1], len(sizes), gap=u.gap // 2), sizes,
                              strict=True):
            label = f"{size[0]}x{size[1]}"
            selected = size == s.size
            if self.app.fullscreen:
                locked_button(self, cell, label, selected=selected,
                              tooltip=tr("Leave fullscreen to choose a window size"))
                continue
            b = self.button(cell, label, partial(self.set_size, size),
                            tooltip=tr("Window size in pixels when not fullscreen"))
            fit_text(b)  # before select(): a selected button keeps the text it was drawn with
            if selected:
                b.select()

        self._name(cells[2][0], tr("Text and button size"))
        minus, value, plus = layout.columns(cells[2][1], [1, 1.4, 1], gap=u.gap)
        at = nearest_scale(s.ui_scale)
        scale_tip = tr("UI scale: how large text and buttons are (80% to 150%)")
        if self.locked("ui_scale"):
            locked_button(self, minus, tr("Smaller"))
            locked_button(self, plus, tr("Larger"))
        else:
            self.button(minus, tr("Smaller"), lambda: self.set_scale(at - 1), enabled=at > 0,
                        tooltip=scale_tip)
            self.button(plus, tr("Larger"), lambda: self.set_scale(at + 1),
                        enabled=at < len(UI_SCALE_STEPS) - 1, tooltip=scale_tip)
        self.label(value, f"{round(s.ui_scale * 100)} %", tooltip=scale_tip)

        self._name(cells[3][0], tr("Volume"))
        self._volume(cells[3][1], "volume", tr("Sound volume, 0 to 100 % (Left/Right arrows "
                                               "move it by 5)"))
        self._name(cells[4][0], tr("Music"))
        self._volume(cells[4][1], "music_volume", tr("Music volume, 0 to 100 % (Left/Right "
                                                     "arrows move it by 5)"))

        self._name(cells[5][0], tr("Colours"))
        text = (tr("Colour-blind-safe palette: on") if s.colour_blind
                else tr("Colour-blind-safe palette: off"))
        self._toggle(cells[5][1], text, "colour_blind", self.toggle_colour_blind,
                     tr("The Okabe-Ito colours, which stay distinct under the common "
                        "colour-vision deficiencies"))

        self._name(cells[6][0], tr("Motion"))
        calm, launches = layout.columns(cells[6][1], 2, gap=u.gap)
        text = tr("Reduce motion: on") if s.reduce_motion else tr("Reduce motion: off")
        self._toggle(calm, text, "reduce_motion", partial(self.flip, "reduce_motion"),
                     tr("Nothing moves: the title's Moon stands still and every animation "
                        "shows its end at once"))
        text = tr("Launch sequences: on") if s.launch_sequences else tr(
            "Launch sequences: off")
        self._toggle(launches, text, "launch_sequences", partial(self.flip, "launch_sequences"),
                     tr("Watch each launch rise and its steps succeed or fail, a second or "
                        "two (any key skips); off: the outcome at once"))

        self._name(cells[7][0], tr("Language"))
        self._languages(cells[7][1])

        if self.preset is not None and any(self.locked(n) for n in presets.SETTING_FIELDS):
            fit_text(self.label(rows[8], tr("Some settings are locked by the class preset"),
                                object_id="#left"))

        back, _ = layout.columns(footer, [1, 3], gap=u.gap)
        self.button(back, tr("Done"), self.done)

    def _volume(self, rect: pygame.Rect, setting: VolumeName, tip: str) -> None:
        """A slider and its percent; the change is kept once the slider is still."""
        slider_r, value_r = layout.columns(rect, [3.4, 1], gap=self.app.units.gap)
        volume = self.pending.get(setting, getattr(self.app.settings, setting))
        if self.locked(setting):
            locked_button(self, slider_r, tr("Volume locked"))
        else:
            self.slider(slider_r, round(volume * 100), 0, 100,
                        partial(self.set_volume, setting), tooltip=tip, step=VOLUME_STEP)
        self.volume_labels[setting] = self.label(value_r, f"{round(volume * 100)} %",
                                                 tooltip=tip)

    def _languages(self, rect: pygame.Rect) -> None:
        """One button per language, each named in its own words (a player who cannot read
        the language shown must still find theirs), in a face that writes them all."""
        shown = i18n.language()
        languages = i18n.available_languages()
        cells = layout.columns(rect, len(languages), gap=self.app.units.gap // 2)
        for cell, code in zip(cells, languages, strict=True):
            name = i18n.NATIVE_NAMES.get(code, code)
            if self.locked("language"):
                locked_button(self, cell, name, selected=code == shown)
                continue
            b = self.button(cell, name, partial(self.set_language, code),
                            tooltip=tr("Show the game in this language (now, and at the next "
                                       "start)"), object_id="#language_choice")
            fit_text(b)
            if code == shown:
                b.select()

    def _name(self, rect: pygame.Rect, text: str) -> None:
        fit_text(self.label(rect, text, object_id="#left"))

    def _toggle(self, rect: pygame.Rect, text: str, setting: str,
                on_click: Callable[[], None], tooltip: str) -> None:
        if self.locked(setting):
            locked_button(self, rect, text)
        else:
            fit_text(self.button(rect, text, on_click, tooltip=tooltip))

    # --- actions ---------------------------------------------------------------------

    def change(self, **values: Unpack[SettingsChange]) -> None:
        self.commit_volume()
        self.app.apply_settings(replace(self.app.settings, **values))

    def toggle_fullscreen(self) -> None:
        if not self.locked("fullscreen"):
            self.commit_volume()
            self.app.toggle_fullscreen()

    def set_size(self, size: tuple[int, int]) -> None:
        self.change(width=size[0], height=size[1])

    def set_scale(self, index: int) -> None:
        if not self.locked("ui_scale") and 0 <= index < len(UI_SCALE_STEPS):
            self.change(ui_scale=UI_SCALE_STEPS[index])

    def set_language(self, code: str) -> None:
        if not self.locked("language") and code != i18n.language():
            self.change(language=code)

    def toggle_colour_blind(self) -> None:
        if not self.locked("colour_blind"):
            self.change(colour_blind=not self.app.settings.colour_blind)

    def flip(self, setting: Literal["reduce_motion", "launch_sequences"]) -> None:
        if not self.locked(setting):
            if setting == "reduce_motion":
                self.change(reduce_motion=not self.app.settings.reduce_motion)
            else:
                self.change(launch_sequences=not self.app.settings.launch_sequences)

    def set_volume(self, setting: VolumeName, value: float) -> None:
        if self.locked(setting):
            return
        volume = self.pending[setting] = min(1.0, max(0.0, round(value) / 100))
        self._still = 0.0
        if setting == "volume":
            self.app.sound.set_volume(volume)
            self.app.sound.play("click")  # so the player hears the new level at once
        else:
            self.app.sound.set_music_volume(volume)
        self.volume_labels[setting].set_text(f"{round(volume * 100)} %")

    def commit_volume(self) -> None:
        if not self.pending:
            return
        values, self.pending = self.pending, {}
        old = self.app.settings
        new = replace(old, volume=values.get("volume", old.volume),
                      music_volume=values.get("music_volume", old.music_volume))
        if new != old:
            self.app.apply_settings(new)

    def update(self, dt: float) -> None:
        if self.pending:
            self._still += dt
            if self._still >= VOLUME_SETTLE:
                self.commit_volume()

    def pause(self) -> None:
        self.commit_volume()
        super().pause()

    def done(self) -> None:
        self.commit_volume()
        self.dismiss(None)

    def back(self) -> None:
        self.done()
