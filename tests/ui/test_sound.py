"""The ambient music: a quiet, seamless loop made after the first frame, on its own channel
at its own volume, which the Settings slider sets (0 silences it)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest
from pygame_gui.elements import UIHorizontalSlider

from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.sound import CUES, MUSIC_SAMPLES, RATE, _samples, music_samples
from game.ui.testing import Driver, visible_elements


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(float) ** 2)))


def test_the_loop_joins_its_start_without_a_click() -> None:
    music = music_samples().astype(int)
    steps = np.abs(np.diff(music))
    join = abs(music[0] - music[-1])
    # the step from the last sample back to the first is an ordinary step, not a jump
    assert join <= np.percentile(steps, 99)
    assert 20 <= MUSIC_SAMPLES / RATE <= 40


def test_the_music_is_quieter_than_every_sound_effect() -> None:
    level = rms(music_samples())
    assert level > 0
    assert all(level < rms(_samples(cue)) for cue in CUES if cue != "click")
    assert np.abs(music_samples()).max() < np.abs(_samples("launch")).max()


def test_the_music_starts_after_the_first_frame_on_its_own_channel(app_factory: Any) -> None:
    app = app_factory((1024, 600), music_volume=0.3)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(1)  # the first frame: nothing waits for the music
    assert app.frames_drawn == 1 and not app.sound.music_playing
    drive.step(1)
    app.sound.wait_for_music()
    assert app.sound.music_playing
    channel = app.sound.music_channel
    assert channel.get_sound().get_length() == pytest.approx(MUSIC_SAMPLES / RATE, rel=0.01)
    assert channel.get_volume() == pytest.approx(0.3, abs=0.01)


def test_the_effects_volume_leaves_the_music_alone(app_factory: Any) -> None:
    app = app_factory((1024, 600), music_volume=0.4, volume=0.8)
    app.push(TitleScene())
    Driver(app).step(2)
    app.sound.wait_for_music()
    app.sound.set_volume(0.1)
    assert app.sound.music_channel.get_volume() == pytest.approx(0.4, abs=0.01)
    app.sound.play("click")  # a cue does not take the music's channel
    playing = app.sound.music_channel.get_sound()
    assert playing.get_length() == pytest.approx(MUSIC_SAMPLES / RATE, rel=0.01)


def test_the_music_slider_sets_the_channel_volume_and_zero_silences_it(
        app_factory: Any) -> None:
    app = app_factory((1280, 720), music_volume=0.1)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    app.sound.wait_for_music()
    app.push(SettingsScene())
    drive.step(2)
    music = [e for e in visible_elements(app) if isinstance(e, UIHorizontalSlider)][1]
    app.top.focus.focus(music)
    drive.key(pygame.K_LEFT)
    drive.key(pygame.K_LEFT)
    assert app.sound.music_volume == 0
    assert not app.sound.music_playing
    drive.key(pygame.K_RIGHT)
    assert app.sound.music_playing
    assert app.sound.music_channel.get_volume() == pytest.approx(0.05, abs=0.01)
    drive.step(40)  # the slider rests and the setting is kept
    assert app.settings.music_volume == pytest.approx(0.05)


def test_without_a_mixer_the_music_does_nothing() -> None:
    from game.ui.sound import Sound

    pygame.init()
    sound = Sound(music_volume=0.5)
    sound._format = None  # as when the mixer could not start (no audio device)
    sound.start_music()
    sound.update()
    sound.set_music_volume(0.8)
    assert sound.music is None and not sound.music_playing
