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
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from game import files, paths
from game.core.rules import DIFFICULTIES
from game.i18n import tr
from game.saves.atomic import atomic_write_text

FILE_NAME = "classroom.json"
MAX_BYTES = 64 * 1024  # a preset is a few lines; anything bigger is not one
GAME_FIELDS: tuple[str, ...] = ("scenario", "seed", "difficulty", "agency", "teams")
SETTING_FIELDS: tuple[str, ...] = ("ui_scale", "colour_blind", "volume", "fullscreen")
LOCKABLE: tuple[str, ...] = GAME_FIELDS + SETTING_FIELDS
LockName = Literal["scenario", "seed", "difficulty", "agency", "teams",
                   "ui_scale", "colour_blind", "volume", "fullscreen"]


def _one_line(text: str) -> str:
    """A team name is shown on one line (New game, the handover, the report)."""
    if not files.is_clean_text(text, newlines=False) or "\t" in text:
        raise ValueError("must be one line of text, without control characters")
    return text


class PresetTeam(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, AfterValidator(_one_line)] = Field(min_length=1, max_length=24)
    agency: str = Field(min_length=1, max_length=64)


class PresetSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ui_scale: float | None = Field(default=None, ge=0.75, le=1.5)
    colour_blind: bool | None = None
    volume: float | None = Field(default=None, ge=0.0, le=1.0)
    fullscreen: bool | None = None


class Preset(BaseModel):
    """What the teacher fixed for the class; every field may be left out."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario: str | None = None
    seed: int | None = Field(default=None, ge=0, le=2**63 - 1)
    difficulty: str | None = None
    agency: str | None = None
    teams: list[PresetTeam] = Field(default_factory=list, max_length=4)
    locked: list[LockName] = Field(default_factory=list)
    settings: PresetSettings = Field(default_factory=PresetSettings)

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    def scenario_path(self) -> Path | None:
        """The preset's scenario file: a path, or a file name in one of the scenario folders."""
        if not self.scenario:
            return None
        given = Path(self.scenario)
        if given.is_absolute():
            return given
        for folder in (paths.SCENARIOS_DIR, paths.user_scenarios_dir()):
            if (folder / given).is_file():
                return folder / given
        return paths.SCENARIOS_DIR / given

    def setting_overrides(self) -> dict[str, Any]:
        """Setting values the preset both locks and gives."""
        given = self.settings.model_dump(exclude_none=True)
        return {k: v for k, v in given.items() if k in self.locked}


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
