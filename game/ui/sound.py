"""Short sound effects synthesised with numpy: no file shipped, no licence owed.

The cues are not made at start-up, where the five took 15-40 ms before the title screen
could show: `prepare()` makes them once the first frame is up, and a cue played before
that is made when it plays (the click in well under a millisecond).

`Sound.play(name)` with name in CUES; the volume setting scales every cue. When the mixer
cannot start (no audio device, SDL_AUDIODRIVER=dummy in tests still works, a browser
without sound), `play` does nothing.

The ambient music is made the same way: a ~24 s loop of slow pad chords and a breath of
filtered noise (`music_samples`), every part a whole number of cycles over the loop so it
joins itself without a click. The app starts it after the first frame (`start_music`, made
on a thread so no frame waits); it plays on channel 0, reserved for it, at its own volume
(Settings' music_volume, `set_music_volume`; 0 stops it), apart from the cues' volume.
"""

from __future__ import annotations

import threading
import time
from functools import lru_cache

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


# --- the ambient music -----------------------------------------------------------------

# The loop's length in samples: 2**19, about 23.8 s at RATE; a power of two keeps its
# inverse FFTs quick.
MUSIC_SAMPLES = 1 << 19
# Four slow chords (Hz): A minor, F major, C major, G major, low and soft.
_CHORDS: tuple[tuple[float, ...], ...] = (
    (110.0, 164.81, 220.0, 261.63),
    (87.31, 130.81, 174.61, 220.0),
    (130.81, 196.0, 261.63, 329.63),
    (98.0, 146.83, 196.0, 246.94),
)
MUSIC_LEVEL = 0.12  # the loop's peak, as a share of full scale: quiet under the cues' 0.4


def _periodic(partials: list[tuple[float, float, float]], n: int) -> np.ndarray:
    """The sum of (frequency, amplitude, phase) sines over `n` samples, each rounded to a
    whole number of cycles over the loop so its end meets its start: made as one inverse
    FFT of a spectrum with a line per partial, ten times quicker than the sines one by one."""
    spectrum = np.zeros(n // 2 + 1, complex)
    for freq, amplitude, phase in partials:
        cycles = max(1, round(freq * n / RATE))
        spectrum[cycles] += amplitude * n / 2 * np.exp(1j * phase)
    wave: np.ndarray = np.fft.irfft(spectrum, n).astype(np.float32)
    return wave


def music_samples(n: int = MUSIC_SAMPLES) -> np.ndarray:
    """The ambient loop, mono int16 at RATE: slow pad chords that swell in and out, and a
    breath of filtered noise. Every part repeats exactly over the loop, so played with
    loops=-1 it has no click where it starts again."""
    t = np.arange(n, dtype=np.float32) / n  # 0..1 over the loop
    # each chord swells in and out over its quarter, overlapping the next (a raised cosine
    # that wraps): a soft attack and no step between chords; the others are this one moved
    count = len(_CHORDS)
    distance = (t - 0.5 / count + 0.5) % 1.0 - 0.5
    swell = np.clip(np.cos(np.pi * distance * count / 1.6), 0, None) ** 2
    pad = np.zeros(n, np.float32)
    for c, chord in enumerate(_CHORDS):
        # each note with a slightly sharp twin (the slow beating makes a pad of a sine)
        # and a faint octave; the higher notes softer
        partials = [(freq * ratio, level / (1.0 + v * 0.4), v * phase)
                    for v, freq in enumerate(chord)
                    for ratio, level, phase in ((1.0, 1.0, 1.0), (1.004, 0.5, 2.0),
                                                (2.0, 0.15, 0.0))]
        pad += np.roll(swell, c * n // count) * _periodic(partials, n)
    # noise made in the frequency domain, a band about 400 Hz only: periodic too
    rng = np.random.default_rng(11)  # a fixed, local generator: the same loop every run
    spectrum = np.zeros(n // 2 + 1, complex)
    hz = np.fft.rfftfreq(n, 1 / RATE)
    band = np.flatnonzero(np.abs(hz - 400.0) < 700.0)
    spectrum[band] = ((rng.standard_normal(band.size) + 1j * rng.standard_normal(band.size))
                      * np.exp(-(((hz[band] - 400.0) / 250.0) ** 2)))
    breath = np.fft.irfft(spectrum, n).astype(np.float32)
    breath *= 0.6 + 0.4 * np.cos(2 * np.pi * 2 * t)  # it rises and falls twice a loop
    wave = pad / np.abs(pad).max() + 0.25 * breath / np.abs(breath).max()
    samples: np.ndarray = (wave * (MUSIC_LEVEL * 32767 / np.abs(wave).max())).astype(np.int16)
    return samples


@lru_cache(maxsize=1)
def _music() -> np.ndarray:
    """The loop's samples, made once a process: a new window (a test, a restart after a
    failed load) plays the same loop without making it again (1.4 MB kept)."""
    return music_samples()


class Sound:
    def __init__(self, volume: float = 0.6, music_volume: float = 0.3) -> None:
        self.volume = volume
        self.music_volume = music_volume
        self.sounds: dict[str, pygame.mixer.Sound] = {}  # the cues played so far
        self.music: pygame.mixer.Sound | None = None  # the loop, once made
        self.music_channel: pygame.mixer.Channel | None = None  # its own, reserved
        self.music_seconds = 0.0  # how long making the loop took (benchmarks print it)
        self._making: threading.Thread | None = None  # the thread making the loop
        self._samples: np.ndarray | None = None  # what it made
        self._wanted = False  # start_music() was called: play the loop once it is made
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
        # channel 0 is the music's alone: a cue never takes it, nor cuts the music off
        pygame.mixer.set_reserved(1)
        self.set_volume(volume)

    def prepare(self) -> None:
        """Make every cue now, so that none is made during play (the launch takes ~40 ms)."""
        for name in CUES:
            self._sound(name)

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        sound = self.sounds.get(name)
        if sound is not None or self._format is None or name not in CUES:
            return sound
        sound = self.sounds[name] = self._make(_samples(name))
        sound.set_volume(self.volume)
        return sound

    def _make(self, mono: np.ndarray) -> pygame.mixer.Sound:
        assert self._format is not None
        freq, channels = self._format
        data = mono if channels == 1 else np.repeat(mono[:, None], channels, axis=1)
        if freq != RATE:
            idx = np.linspace(0, len(mono) - 1, int(len(mono) * freq / RATE)).astype(int)
            data = data[idx]
        return pygame.sndarray.make_sound(np.ascontiguousarray(data))

    def set_volume(self, volume: float) -> None:
        self.volume = min(1.0, max(0.0, volume))
        for s in self.sounds.values():
            s.set_volume(self.volume)

    def set_music_volume(self, volume: float) -> None:
        """The music's own volume; 0 stops it, and a volume above 0 starts it again once
        it has been started (`start_music`)."""
        self.music_volume = min(1.0, max(0.0, volume))
        channel = self.music_channel
        if channel is None:
            return
        if self.music_volume <= 0:
            channel.stop()
        elif not channel.get_busy() and self.music is not None:
            channel.play(self.music, loops=-1)
        channel.set_volume(self.music_volume)

    def start_music(self) -> None:
        """Play the loop on its own channel, looping; called once the first frame is up,
        never at start-up. The first time, the loop (~0.1 s of numpy, which lets go of the
        interpreter while it works) is made on a thread of its own, so no frame waits for
        it: `update()` starts it when it is ready. Nothing when there is no mixer."""
        if self._format is None or self._making is not None:
            return
        self._wanted = True
        if self.music is not None:
            self._play_music()
            return
        self._making = threading.Thread(target=self._make_music, name="moonward-music",
                                        daemon=True)
        self._making.start()

    def _make_music(self) -> None:
        start = time.perf_counter()
        self._samples = _music()
        self.music_seconds = time.perf_counter() - start

    def wait_for_music(self) -> None:
        """Until the loop is made and playing (tests, benchmarks)."""
        if self._making is not None:
            self._making.join()
        self.update()

    def update(self) -> None:
        """Once a frame: start the music when its thread has made it."""
        making = self._making
        if making is None or making.is_alive():
            return
        self._making = None
        if self._samples is not None and self.music is None:
            self.music = self._make(self._samples)
        if self._wanted:
            self._play_music()

    def _play_music(self) -> None:
        if self.music is None:
            return
        if self.music_channel is None:
            self.music_channel = pygame.mixer.Channel(0)
        self.music_channel.set_volume(self.music_volume)
        if self.music_volume > 0 and not self.music_channel.get_busy():
            self.music_channel.play(self.music, loops=-1)

    @property
    def music_playing(self) -> bool:
        return self.music_channel is not None and bool(self.music_channel.get_busy())

    def play(self, name: str) -> None:
        self.played.append(name)
        if self.volume > 0 and (sound := self._sound(name)) is not None:
            sound.play()
