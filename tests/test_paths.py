"""The game finds its own scenarios and assets in a source checkout and in an installed
wheel alike (the wheel itself is built and run in tests/test_package.py)."""

from __future__ import annotations

from pathlib import Path

from game import paths


def _tree(root: Path, *folders: str) -> Path:
    for folder in folders:
        (root / folder).mkdir(parents=True)
    return root / "game"


def test_a_source_checkout_reads_the_folders_at_the_top_of_the_tree(tmp_path: Path) -> None:
    package = _tree(tmp_path, "game", "scenarios", "assets")
    assert paths.shipped_dir("scenarios", package) == tmp_path / "scenarios"
    assert paths.shipped_dir("assets", package) == tmp_path / "assets"


def test_an_installed_wheel_reads_the_folders_inside_the_package(tmp_path: Path) -> None:
    package = _tree(tmp_path, "game/scenarios", "game/assets")
    assert paths.shipped_dir("scenarios", package) == package / "scenarios"
    assert paths.shipped_dir("assets", package) == package / "assets"


def test_the_package_copy_wins_over_a_stray_folder_beside_it(tmp_path: Path) -> None:
    package = _tree(tmp_path, "game/scenarios", "scenarios")
    assert paths.shipped_dir("scenarios", package) == package / "scenarios"


def test_with_neither_the_path_named_is_the_one_inside_the_package(tmp_path: Path) -> None:
    package = _tree(tmp_path, "game")
    assert paths.shipped_dir("assets", package) == package / "assets"


def test_this_checkout_finds_the_shipped_scenarios_and_the_theme() -> None:
    assert paths.DEFAULT_SCENARIO.is_file()
    assert (paths.ASSETS_DIR / "theme.json").is_file()
    assert paths.DEFAULT_SCENARIO.parent == paths.SCENARIOS_DIR
