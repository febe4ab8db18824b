"""The pydantic models of a teacher preset (game/ui/presets.py reads and writes the file).

A module of their own so that the start-up, which only looks whether a preset file exists,
need not import pydantic: `presets.Preset` and the others are loaded on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from game import files, paths

LockName = Literal["scenario", "seed", "difficulty", "agency", "teams",
                   "ui_scale", "colour_blind", "volume", "fullscreen", "language"]


def _game_language(code: str) -> str:
    from game import i18n  # only a preset that names a language needs the catalogue list

    if i18n.known(code) != code:
        raise ValueError(f"the game has no language {code!r}; choose from: "
                         + ", ".join(i18n.available_languages()))
    return code


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
    language: Annotated[str, AfterValidator(_game_language)] | None = None


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
