"""Short sound effects synthesised with numpy: no file shipped, no licence owed.

The cues are not made at start-up, where the five took 15-40 ms before the title screen
could show: `prepare()` makes them once the first frame is up, and a cue played before
that is made when it plays (the click in well under a millisecond).

`Sound.play(name)` with name in CUES; the volume setting scales every cue. When the mixer
cannot start (no audio device, SDL_AUDIODRIVER=dummy in tests still works, a browser
without sound), `play` does nothing.
"""

from __future__ import annotations

import numpy as np
import pygame

RATE = 22050
CUES = ("click", "launch", "success", "failure", "event")


def _tone(freqs: list[float], seconds: float, decay: float = 6.0, noise: float = 0.0,
          seed: int = 0) -> np.ndarray:
    t = np.linspace(0.0, seconds, int(RATE * seconds), endpoint=False)
    wave = np.zeros_like(t)
    for i, f in enumerate(freqs):
        # a frequency sweep when several are given: each takes its slice of the time
        part = (t >= i * seconds / len(freqs)) & (t < (i + 1) * seconds / len(freqs))
        wave += np.where(part, np.sin(2 * np.pi * f * t), 0.0)
    if noise:
        # a fixed, local generator: the sound is the same every run and owns no game state
        wave += noise * np.random.default_rng(seed).uniform(-1, 1, t.size)
    envelope = np.exp(-decay * t / seconds) * np.minimum(1.0, t * 400)
    samples: np.ndarray = (wave * envelope * 0.4 * 32767).astype(np.int16)
    return samples


def _samples(name: str) -> np.ndarray:
    if name == "click":
        return _tone([880.0], 0.04, decay=8)
    if name == "launch":
        return _tone([110.0, 140.0, 180.0], 0.9, decay=3, noise=0.8, seed=1)
    if name == "success":
        return _tone([523.0, 659.0, 784.0], 0.5, decay=2)
    if name == "failure":
        return _tone([330.0, 262.0, 196.0], 0.6, decay=2)
    return _tone([660.0, 880.0], 0.25, decay=4)  # "event"


class Sound:
    def __init__(self, volume: float = 0.6, music_volume: float = 0.3) -> None:
        self.volume = volume
        self.music_volume = music_volume
        self.sounds: dict[str, pygame.mixer.Sound] = {}  # the cues played so far
        self.played: list[str] = []  # what was asked for, so tests can check cues
        # (frequency, channels) of the mixer; None when there is no sound to make
        self._format: tuple[int, int] | None = None
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(frequency=RATE, size=-16, channels=1)
            mixer = pygame.mixer.get_init()
        except pygame.error:
            return
        assert mixer is not None  # init() above succeeded or raised
        freq, _size, channels = mixer
        self._format = (freq, channels)
        self.set_volume(volume)

    def prepare(self) -> None:
        """Make every cue now, so that none is made during play (the launch takes ~40 ms)."""
        for name in CUES:
            self._sound(name)

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        sound = self.sounds.get(name)
        if sound is not None or self._format is None or name not in CUES:
            return sound
        freq, channels = self._format
        mono = _samples(name)
        data = mono if channels == 1 else np.repeat(mono[:, None], channels, axis=1)
        if freq != RATE:
            idx = np.linspace(0, len(mono) - 1, int(len(mono) * freq / RATE)).astype(int)
            data = data[idx]
        sound = self.sounds[name] = pygame.sndarray.make_sound(np.ascontiguousarray(data))
        sound.set_volume(self.volume)
        return sound

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))
        for s in self.sounds.values():
            s.set_volume(self.volume)

    def set_music_volume(self, volume: float) -> None:
        self.music_volume = min(1.0, max(0.0, volume))

    def play(self, name: str) -> None:
        self.played.append(name)
        if self.volume > 0 and (sound := self._sound(name)) is not None:
            sound.play()
