"""Where the game finds its own files and keeps the player's."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Moonward"
ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = ROOT / "assets"
SCENARIOS_DIR = ROOT / "scenarios"
DEFAULT_SCENARIO = SCENARIOS_DIR / "moon_2021.yaml"
# The seed documents sit beside the project in the workplace; a clone elsewhere may lack them,
# so nothing at run time depends on this path: it only lets tools check a seed file name.
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


def user_data_dir() -> Path:
    """Saves and the player's own scenarios live here (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def saves_dir() -> Path:
    return user_data_dir() / "saves"


def user_scenarios_dir() -> Path:
    return user_data_dir() / "scenarios"
