"""Teacher presets: one small JSON file that pre-fills New game for a whole class.

    {"scenario": "moon_2021.yaml", "seed": 42, "difficulty": "normal", "agency": "esa",
     "teams": [{"name": "Red", "agency": "cnsa"}], "locked": ["seed", "difficulty"],
     "settings": {"ui_scale": 1.2}}

It lives in the user config folder as `classroom.json`, or wherever `moonward play --preset
PATH` points for one run. Locked fields are shown but cannot be changed; a locked setting
(ui_scale, colour_blind, volume, fullscreen) takes the preset's value when the preset holds one.
A corrupt file is reported in one line and ignored: a typo by the teacher must never stop
a lesson.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game import files, paths
from game.i18n import tr
from game.saves.atomic import atomic_write_text

if TYPE_CHECKING:
    # re-exported for the type checker; at run time __getattr__ below hands them out
    from game.ui.preset_models import LockName as LockName
    from game.ui.preset_models import Preset as Preset
    from game.ui.preset_models import PresetSettings as PresetSettings
    from game.ui.preset_models import PresetTeam as PresetTeam

FILE_NAME = "classroom.json"
MAX_BYTES = 64 * 1024  # a preset is a few lines; anything bigger is not one
GAME_FIELDS: tuple[str, ...] = ("scenario", "seed", "difficulty", "agency", "teams")
SETTING_FIELDS: tuple[str, ...] = ("ui_scale", "colour_blind", "volume", "fullscreen", "language")
LOCKABLE: tuple[str, ...] = GAME_FIELDS + SETTING_FIELDS
# The models live in game/ui/preset_models.py and are imported on first use: every start
# asks for the preset, but only a start that finds a file needs pydantic to read it.
_MODELS = ("LockName", "Preset", "PresetSettings", "PresetTeam")


def __getattr__(name: str) -> Any:
    if name not in _MODELS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # on first use: the models bring pydantic, which the first title frame need not wait for
    from game.ui import preset_models

    return getattr(preset_models, name)


class PresetError(ValueError):
    """A preset file that cannot be used; str() is one line naming the file and the reason."""


@dataclass
class _Choice:
    """Which preset file this run uses (`--preset PATH` sets it); None means the default."""

    path: Path | None = None


_choice = _Choice()


def default_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


def use_file(path: Path | None) -> None:
    """Use `path` as the preset for this run (None: back to the default classroom.json)."""
    _choice.path = Path(path) if path is not None else None


def active_path() -> Path:
    return _choice.path or default_path()


def read(path: Path) -> Preset | None:
    """The preset in `path`, None when there is no file, PresetError when it is unusable."""
    if not path.exists():
        return None

    def fail(reason: str) -> PresetError:
        return PresetError(tr("class preset {path}: {reason}; it is ignored",
                              path=path, reason=reason))

    try:
        raw = files.read_json(path, max_bytes=MAX_BYTES, what=tr("a class preset"))
    except files.FileProblem as problem:
        # The door says 1:1 when it knows no better place; only a real place is worth naming.
        where = ("" if (problem.line, problem.col) == (1, 1)
                 else tr(" (line {line}, column {col})", line=problem.line, col=problem.col))
        raise fail(problem.message + where) from None
    if not isinstance(raw, dict):
        raise fail(tr("must be a JSON object"))
    from pydantic import ValidationError

    from game.core.rules import DIFFICULTIES  # brings the scenario models: only with a file

    # (the models bring pydantic: only read when a preset file is given)
    from game.ui.preset_models import Preset

    try:
        preset = Preset.model_validate(raw)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or tr("the top level")
        raise fail(f"{where}: {first['msg']}") from None
    if preset.difficulty is not None and preset.difficulty not in DIFFICULTIES:
        raise fail(tr("difficulty must be one of {choices}", choices=", ".join(DIFFICULTIES)))
    return preset


def load() -> tuple[Preset | None, str | None]:
    """The active preset and, when its file is unusable, the one-line reason (never raises)."""
    try:
        return read(active_path()), None
    except PresetError as error:
        return None, str(error)


def write(preset: Preset, path: Path | None = None) -> Path:
    """Save the preset atomically (a crash never leaves half a file)."""
    path = path or active_path()
    text = json.dumps(preset.model_dump(mode="json", exclude_defaults=True), indent=2)
    atomic_write_text(path, text + "\n")
    return path


def clear() -> None:
    """Stop using the preset: a `--preset` file is left alone, classroom.json is removed."""
    if _choice.path is not None:
        _choice.path = None
        return
    with contextlib.suppress(FileNotFoundError):
        default_path().unlink()


def scenario_name(path: Path) -> str:
    """How a preset names a scenario: the file name when it sits in a scenario folder."""
    path = Path(path)
    for folder in (paths.SCENARIOS_DIR, paths.user_scenarios_dir()):
        if path.parent.resolve() == Path(folder).resolve():
            return path.name
    return str(path.resolve())


def locked_tooltip() -> str:
    return tr("Locked by the class preset")
