"""The player's settings, kept between runs as JSON in the user config folder.

Written atomically (temp file + os.replace) so a crash never leaves half a file; a missing,
unreadable or malformed file falls back to the defaults field by field, never a crash.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from game import paths

FILE_NAME = "settings.json"
WINDOW_SIZES: tuple[tuple[int, int], ...] = ((1024, 600), (1280, 720), (1600, 900), (1920, 1080))
UI_SCALES: tuple[float, ...] = (0.9, 1.0, 1.15, 1.3)


@dataclass(frozen=True)
class Settings:
    fullscreen: bool = False
    width: int = 1280
    height: int = 720
    ui_scale: float = 1.0
    volume: float = 0.6
    colour_blind: bool = False

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)


def settings_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


def _clean(raw: dict[str, Any]) -> Settings:
    """Keep each field that has the right type and a sane value; default the rest."""
    base = Settings()
    kept: dict[str, Any] = {}
    for f in fields(Settings):
        value = raw.get(f.name)
        default = getattr(base, f.name)
        if isinstance(default, bool):
            ok = isinstance(value, bool)
        elif isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool) and 320 <= value <= 8192
        else:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        if ok:
            kept[f.name] = value
    settings = replace(base, **kept)
    return replace(
        settings,
        volume=min(1.0, max(0.0, float(settings.volume))),
        ui_scale=min(1.5, max(0.75, float(settings.ui_scale))),
    )


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return _clean(raw)


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(settings), out, indent=2)
        os.replace(tmp, path)
    except OSError:
        # A read-only home must not stop the game; the settings just are not kept.
        return
