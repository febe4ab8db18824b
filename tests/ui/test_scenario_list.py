"""The scenario list behind New game: every file checked, none able to crash the list."""

from __future__ import annotations

from game import paths
from game.ui.scenes.scenario_list import scan


def test_a_file_nested_too_deeply_in_the_user_folder_is_listed_with_its_error() -> None:
    folder = paths.user_scenarios_dir()
    folder.mkdir(parents=True)
    (folder / "deep.yaml").write_text("a: " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    entries = {entry.path.name: entry for entry in scan()}
    assert not entries["deep.yaml"].ok
    assert entries["deep.yaml"].errors[0].code == "E-DEPTH"
    assert entries["moon_2021.yaml"].ok
