"""`moonward migrate FILE` (game/scenario/migrate_file.py): the version 2 file it writes
loads as the version 1 file did, keeps the teacher's comments, never overwrites a file
unasked, and a bad input is one line, never a traceback."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.scenario import load_scenario
from game.scenario.companions import is_companion
from game.scenario.migrate import BLOC_RULES, migrated
from game.scenario.migrate_file import round_trip
from tests.scenario.conftest import FIXTURES, MINIMAL
from tests.scenario.test_commands import SCENARIOS, run

V1_CAMPAIGN = FIXTURES / "valid" / "format_1_moon_2021.yaml"
SHIPPED = sorted(p for p in SCENARIOS.glob("*.yaml") if not is_companion(p))

COMMENTED = """\
# The teacher's own header: kept.
format_version: 1   # the version
scenario:
  id: commented
  victory_milestone: orbiter   # the game ends here
blocs:
  ilrs:
    name: ILRS
    # a comment on a line of its own, above a moved key
    open_to_all: true          # may any agency join?
    shares: []                 # what members share
    game:
      cost_share: 0.3          # a share of the cost
"""


def as_version_1(path: Path) -> str:
    """A shipped version 2 file written back as version 1 (ruamel, comments kept): the
    inverse of the migration, to test the migration on every shipped scenario."""
    yaml_rt = round_trip()
    data: Any = yaml_rt.load(path.read_text(encoding="utf-8"))
    data["format_version"] = 1
    for bloc in data.get("blocs", {}).values():
        position = list(bloc).index("game")
        for key in BLOC_RULES:
            if key in bloc["game"]:
                bloc.insert(position, key, bloc["game"].pop(key))
                position += 1
    victory = data.get("game", {}).pop("victory", None)
    if victory is not None:
        data["scenario"]["victory_milestone"] = victory["milestone"]
    out = io.StringIO()
    yaml_rt.dump(data, out)
    return out.getvalue()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_shipped_scenario_s_version_1_form_migrates_to_the_same_scenario(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, path: Path) -> None:
    old = tmp_path / path.name
    old.write_text(as_version_1(path), encoding="utf-8")
    code, out, _ = run(capsys, "migrate", str(old))
    assert code == 0 and "written as format_version 2" in out
    new = old.with_name(old.stem + ".v2.yaml")
    assert load_scenario(new) == load_scenario(path) == load_scenario(old)
    assert yaml.safe_load(new.read_text(encoding="utf-8")) == migrated(
        yaml.safe_load(old.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", [V1_CAMPAIGN, MINIMAL], ids=lambda p: p.name)
def test_a_version_1_fixture_migrates_to_what_the_loader_reads_in_memory(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, path: Path) -> None:
    out_path = tmp_path / "out.yaml"
    assert run(capsys, "migrate", str(path), "--out", str(out_path))[0] == 0
    assert load_scenario(out_path) == load_scenario(path)
    assert yaml.safe_load(out_path.read_text(encoding="utf-8")) == migrated(
        yaml.safe_load(path.read_text(encoding="utf-8")))


def test_comments_on_kept_and_moved_lines_survive(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    old = tmp_path / "mine.yaml"
    old.write_text(COMMENTED, encoding="utf-8")
    code, out, _ = run(capsys, "migrate", str(old), "--out", "-")
    assert code == 0
    for kept in ("# The teacher's own header: kept.", "format_version: 2   # the version",
                 "# a comment on a line of its own, above a moved key",
                 "cost_share: 0.3          # a share of the cost"):
        assert kept in out, kept
    # a comment on a line of its own belongs to the line above it: it stays there
    assert ("    name: ILRS\n    # a comment on a line of its own, above a moved key\n"
            "    game:\n") in out
    # a comment at the end of a moved key's line moves with the key
    assert "      open_to_all: true        # may any agency join?" in out
    assert "      shares: []               # what members share" in out
    assert "    milestone: orbiter         # the game ends here" in out
    assert yaml.safe_load(out) == migrated(yaml.safe_load(COMMENTED))


def test_a_flow_mapping_written_over_several_lines_is_joined_on_one(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """What docs/scenario-authoring.md says: ruamel writes `{...}` on one line."""
    old = tmp_path / "flow.yaml"
    old.write_text("format_version: 1\nscenario: {id: a,\n           title: b}\n",
                   encoding="utf-8")
    code, out, _ = run(capsys, "migrate", str(old), "--out", "-")
    assert code == 0 and "scenario: {id: a, title: b}" in out


def test_the_default_output_is_a_new_file_and_never_one_that_exists(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = tmp_path / "lesson.yaml"
    old.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    assert run(capsys, "migrate", str(old))[0] == 0
    new = tmp_path / "lesson.v2.yaml"
    assert new.exists() and old.read_text(encoding="utf-8") == MINIMAL.read_text(
        encoding="utf-8")
    new.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "migrate", str(old))
    assert code == 1 and "already exists" in err and len(err.splitlines()) == 1
    assert new.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.v2.yaml", "lesson.yaml"]


def test_migrating_in_place_keeps_the_version_1_file_as_a_backup(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old = tmp_path / "lesson.yaml"
    old.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run(capsys, "migrate", str(old), "--out", str(old))
    assert code == 0 and "lesson.yaml.v1.bak" in out
    backup = tmp_path / "lesson.yaml.v1.bak"
    assert backup.read_text(encoding="utf-8") == MINIMAL.read_text(encoding="utf-8")
    assert load_scenario(old) == load_scenario(MINIMAL)
    assert "format_version: 2" in old.read_text(encoding="utf-8")
    # no temporary file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lesson.yaml", "lesson.yaml.v1.bak"]


def test_a_version_2_file_is_already_migrated(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "migrate", str(SCENARIOS / "moon_2021.yaml"), "--out", "-")
    assert code == 1 and out == ""
    assert "is already format_version 2" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("text", ["format_version: 1\nscenario: [unclosed\n", "",
                                  "format_version: 1\na: !!python/name:os.system x\n",
                                  "format_version: 7\n"],
                         ids=["bad_yaml", "empty", "unsafe_tag", "unknown_version"])
def test_a_bad_input_is_one_line_and_exit_one(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "migrate", str(path))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [path]


def test_a_missing_file_or_folder_is_one_line(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    code, _, err = run(capsys, "migrate", str(tmp_path / "nope.yaml"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "migrate", str(MINIMAL), "--out",
                       str(tmp_path / "no" / "such" / "out.yaml"))
    assert code == 1 and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_validate_notes_a_version_1_file_and_passes_it(capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    code, out, err = run(capsys, "validate", str(MINIMAL))
    assert code == 0 and out.splitlines() == [f"{MINIMAL}: ok"]
    assert err.splitlines() == [
        f"{MINIMAL}: note: written in format_version 1, which this game migrates as it "
        f"reads; 'moonward migrate {MINIMAL}' writes it as version 2"]
    code, _, err = run(capsys, "validate", str(SCENARIOS / "moon_2021.yaml"))
    assert code == 0 and err == ""
