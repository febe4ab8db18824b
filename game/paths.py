"""Where the game finds its own files and keeps the player's."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "Moonward"
PACKAGE_DIR = Path(__file__).resolve().parent
# The source checkout (also what an editable install runs); in an installed wheel this is
# site-packages, where nothing of ours sits beside the package.
ROOT = PACKAGE_DIR.parent


def shipped_dir(name: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """Where the game's own `scenarios` or `assets` are.

    An installed wheel carries them inside the package (game/scenarios, see pyproject.toml);
    a source checkout and an editable install keep them at the top of the tree, beside
    game/. The package copy wins, so an installed game never reads a stray folder of that
    name next to site-packages; when neither exists, the package path is returned so that
    any message names where the files should have been.
    """
    inside, beside = package_dir / name, package_dir.parent / name
    if inside.is_dir() or not beside.is_dir():
        return inside
    return beside


ASSETS_DIR = shipped_dir("assets")
SCENARIOS_DIR = shipped_dir("scenarios")
DEFAULT_SCENARIO = SCENARIOS_DIR / "moon_2021.yaml"
# The seed documents (the news reports the scenarios cite) ship with the game, so a pupil
# can read the report behind a citation offline and the tests can hold statements to them.
SEEDS_DIR = SCENARIOS_DIR / "seeds"


def user_data_dir() -> Path:
    """Saves and the player's own scenarios live here (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def saves_dir() -> Path:
    return user_data_dir() / "saves"


def user_scenarios_dir() -> Path:
    return user_data_dir() / "scenarios"
