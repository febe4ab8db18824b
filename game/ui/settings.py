"""The player's settings, kept between runs as JSON in the user config folder.

Read through the guarded door (game/files.py) and checked value by value: a value that is
wrong is replaced by its default, and the player is told which and why, one line each
(`read`). At start, `recover` also keeps a bad file beside the new one (renamed, never
deleted) and writes the repaired settings, so the same lines do not come back every run.
Written atomically like saves (game/saves/atomic.py), so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from game import i18n, paths
from game.files import FileProblem, read_json
from game.i18n import tr
from game.saves.atomic import atomic_write_text, remove_leftover_temp_files

FILE_NAME = "settings.json"
WINDOW_SIZES: tuple[tuple[int, int], ...] = ((1024, 600), (1280, 720), (1600, 900), (1920, 1080))
UI_SCALES: tuple[float, ...] = (0.9, 1.0, 1.15, 1.3)
# Every screen is laid out for 1024x600 at the least; the largest is an 8K screen, far
# beyond what a school laptop offers, and a window larger still cannot even be allocated.
MIN_WINDOW = WINDOW_SIZES[0]
MAX_WINDOW = (7680, 4320)
UI_SCALE_RANGE = (0.75, 1.5)
VOLUME_RANGE = (0, 1)
# A settings file is about 150 bytes; a large one is not ours and is not worth reading.
MAX_SETTINGS_BYTES = 64 * 1024


@dataclass(frozen=True)
class Settings:
    fullscreen: bool = False
    width: int = 1280
    height: int = 720
    ui_scale: float = 1.0
    volume: float = 0.6
    colour_blind: bool = False
    # Music has its own volume: a class may want the launch sounds and no music, or the
    # reverse. Quiet by default, under the effects.
    music_volume: float = 0.3
    # No movement anywhere (title Moon, launches, transitions): each shows its end state.
    reduce_motion: bool = False
    # An attempt plays as a short sequence before its outcome; off: the outcome at once.
    launch_sequences: bool = True
    # "" follows the computer's language (game/i18n.py choose_language); a code is the
    # player's own choice, kept between runs.
    language: str = ""

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)


@dataclass(frozen=True)
class Loaded:
    """Settings as read, and one line for the player per thing that was wrong with them."""

    settings: Settings
    problems: tuple[str, ...] = ()


def settings_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


def load(path: Path | None = None) -> Settings:
    """The settings to use; whatever is wrong in the file is replaced by the default."""
    return read(path).settings


def read(path: Path | None = None) -> Loaded:
    """The settings in the file and what was wrong with them; changes nothing on disk."""
    path = path or settings_path()
    if not os.path.lexists(path):
        return Loaded(Settings())  # the first run: nothing to tell
    try:
        raw = read_json(path, max_bytes=MAX_SETTINGS_BYTES, what=tr("a settings file"))
    except FileProblem as problem:
        where = f"{path.name}:{problem.line}:{problem.col}" if problem.line > 1 or (
            problem.col > 1) else path.name
        return Loaded(Settings(), (tr("{file}: {problem}; using the default settings",
                                      file=where, problem=problem.message),))
    if not isinstance(raw, dict):
        return Loaded(Settings(), (tr("{file}: holds {value}, not a list of settings in "
                                      "{{ }}; using the default settings", file=path.name,
                                      value=_shown(raw)),))
    return _check(path.name, raw)


def _check(file: str, raw: dict[str, Any]) -> Loaded:
    """Each known value checked for its type and range; a missing one is quietly the default
    (an older file), a key the game does not know is left alone (a newer one)."""
    base = Settings()
    kept: dict[str, Any] = {}
    problems: list[str] = []

    def refuse(what: str, value: object, why: str, default: str) -> None:
        problems.append(tr("{file}: {what} was {value}, {why}; using {default}", file=file,
                           what=what, value=value, why=why, default=default))

    for name in ("fullscreen", "colour_blind", "reduce_motion", "launch_sequences"):
        if name in raw:
            if isinstance(raw[name], bool):
                kept[name] = raw[name]
            else:
                refuse(name, _shown(raw[name]), tr("not true or false"),
                       _shown(getattr(base, name)))
    for name, (low, high) in (("volume", VOLUME_RANGE), ("music_volume", VOLUME_RANGE),
                              ("ui_scale", UI_SCALE_RANGE)):
        if name in raw:
            value = raw[name]
            if _is_number(value) and low <= value <= high:
                kept[name] = float(value)
            else:
                refuse(name, _shown(value), tr("not between {low} and {high}", low=_shown(low),
                                               high=_shown(high)),
                       _shown(getattr(base, name)))
    if "language" in raw:
        value = raw["language"]
        if value == "" or (isinstance(value, str) and i18n.known(value) == value):
            kept["language"] = value
        else:
            refuse("language", _shown(value), tr("not one of the game's languages ({langs})",
                                                 langs=", ".join(i18n.available_languages())),
                   tr("the computer's language"))
    if "width" in raw or "height" in raw:
        size, why = _window_size(raw.get("width", base.width), raw.get("height", base.height))
        if why is None:
            kept["width"], kept["height"] = size
        else:
            refuse(tr("the window size"), f"{_shown(raw.get('width', base.width))}x"
                   f"{_shown(raw.get('height', base.height))}", why,
                   f"{base.width}x{base.height}")
    return Loaded(replace(base, **kept), tuple(problems))


def _window_size(width: object, height: object) -> tuple[tuple[int, int], str | None]:
    """The size, or why it cannot be a window: too small for the screens, or larger than
    any screen (a 100000x100000 window would not even fit in memory)."""
    w, h = _whole(width), _whole(height)
    if w is None or h is None:
        return (0, 0), tr("not a size in whole pixels")
    if w < MIN_WINDOW[0] or h < MIN_WINDOW[1]:
        return (w, h), tr("smaller than the smallest window the game fits ({w}x{h})",
                          w=MIN_WINDOW[0], h=MIN_WINDOW[1])
    if w > MAX_WINDOW[0] or h > MAX_WINDOW[1]:
        return (w, h), tr("larger than any screen ({w}x{h} at most)", w=MAX_WINDOW[0],
                          h=MAX_WINDOW[1])
    return (w, h), None


def _whole(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _shown(value: object) -> str:
    """A value as it was written in the file, short enough for a one-line message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 24 else text[:21] + "..."


def recover(path: Path | None = None, now: dt.datetime | None = None) -> Loaded:
    """At start: read the settings; if anything was wrong, keep the bad file under a new
    name beside the old one and write the repaired settings, so nothing the player had is
    lost and the same problem is told once, not every run."""
    path = path or settings_path()
    # The config folder is opened at start: sweep what an interrupted write left there.
    remove_leftover_temp_files(path.parent)
    loaded = read(path)
    if not loaded.problems:
        return loaded
    try:
        kept = _keep_aside(path, now or dt.datetime.now())
    except OSError as error:
        return replace(loaded, problems=(*loaded.problems, tr(
            "{file} could not be set aside ({reason}); it was left as it is",
            file=path.name, reason=error.strerror or type(error).__name__)))
    save(loaded.settings, path)
    return replace(loaded, problems=(*loaded.problems, tr(
        "{file}: the old file was kept as {kept}", file=path.name, kept=kept.name)))


def _keep_aside(path: Path, now: dt.datetime) -> Path:
    """Rename the file to settings-broken-<when>.json (never over another kept one)."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        kept = path.with_name(f"settings-broken-{stamp}{'' if n == 1 else f'-{n}'}.json")
        if not os.path.lexists(kept):
            os.rename(path, kept)
            return kept
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    with contextlib.suppress(OSError):
        # A read-only home must not stop the game; the settings just are not kept.
        atomic_write_text(path, json.dumps(asdict(settings), indent=2) + "\n")
