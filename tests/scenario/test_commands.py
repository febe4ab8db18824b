"""validate, facts and schema on the command line: exit codes, output, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.claims import CLAIM_KINDS
from game.cli import main
from game.paths import DEFAULT_SCENARIO
from game.scenario.companions import is_companion
from game.scenario.schema import schema_text
from tests.scenario.conftest import BROKEN, MINIMAL

ROOT = Path(__file__).parents[2]
SCENARIOS = ROOT / "scenarios"
KINDS = {"fact", "claim", "principle", "commitment", "constraint", "achieved", "underway",
         "milestone_note", "event", "choice", "history", "game_value", "assumption",
         "engine_value"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_validate_prints_ok_and_exits_zero_for_valid_files(capsys) -> None:
    code, out, _ = run(capsys, "validate", str(MINIMAL), str(DEFAULT_SCENARIO))
    assert code == 0
    assert out.splitlines() == [f"{MINIMAL}: ok", f"{DEFAULT_SCENARIO}: ok"]


def test_validate_prints_every_problem_and_exits_one(capsys) -> None:
    code, out, _ = run(capsys, "validate", str(MINIMAL), str(BROKEN / "e_ref.yaml"))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{MINIMAL}: ok"
    assert lines[1].startswith(f"{BROKEN / 'e_ref.yaml'}:26:11: E-REF: ")


def test_validate_lists_warnings_after_errors(capsys, variant) -> None:
    path = variant(("sources:\n", "sources:\n  spare:\n    title: Spare\n"),
                   ("      cost: 800\n", "      cost: -800\n"))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert [line.split(": ")[1] for line in out.splitlines()] == ["E-NEGATIVE",
                                                                  "W-UNUSED-SOURCE"]


def test_validate_passes_a_file_with_only_warnings(capsys, variant) -> None:
    path = variant(("sources:\n", "sources:\n  spare:\n    title: Spare\n"))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0
    assert "W-UNUSED-SOURCE" in out
    assert f"{path}: ok" in out


@pytest.mark.parametrize("name", sorted(p.name for p in BROKEN.glob("*.yaml")))
def test_validate_rejects_each_broken_fixture_without_a_traceback(capsys, name: str) -> None:
    code, out, _ = run(capsys, "validate", str(BROKEN / name))
    assert code == 1
    assert out.strip()


def test_validate_rejects_a_folder_in_one_line(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert ": E-FILE: " in out


def test_validate_without_a_path_is_a_usage_error(capsys) -> None:
    code, _, _ = run(capsys, "validate")
    assert code == 2


@pytest.mark.parametrize("path", [MINIMAL, DEFAULT_SCENARIO], ids=lambda p: p.name)
def test_facts_json_lists_sourced_statements_and_game_values(capsys, path: Path) -> None:
    code, out, _ = run(capsys, "facts", "--scenario", str(path), "--json")
    assert code == 0
    rows = json.loads(out)
    assert {row["kind"] for row in rows} <= KINDS
    for row in rows:
        assert {"text", "date", "sources", "seeds", "kind", "where", "fiction",
                "disagreement", "game_value", "claim", "citation"} <= set(row)
        assert row["claim"] in CLAIM_KINDS, row["where"]
        assert row["game_value"] == (row["kind"] in ("game_value", "engine_value"))
        if row["game_value"]:
            assert row["sources"] == [] and row["seeds"] == [] and row["date"] is None
            assert row["text"].startswith("Game value (not from the sources): ")
            assert (row["claim"], row["citation"]) == ("game_value", "")
        elif row["kind"] == "assumption":
            assert (row["claim"], row["sources"], row["citation"]) == ("game_rule", [], "")
        else:
            assert row["sources"] and row["citation"], row["where"]
            # the seed file is for teachers and tools: in `seeds`, never in the citation
            assert not any(seed in row["citation"] for seed in row["seeds"]), row["where"]
        if row["date"] is not None:
            assert len(row["date"]) in (7, 10)
        assert (row["disagreement"] is not None) == (row["kind"] == "claim")


def test_facts_json_names_seed_files_and_labels_budgets_in_millions(capsys) -> None:
    _, out, _ = run(capsys, "facts", "--scenario", str(MINIMAL), "--json")
    rows = {row["where"]: row for row in json.loads(out)}
    assert rows["facts[0]"]["seeds"] == ["000_e01b6f525471cecb.txt"]
    assert rows["facts[0]"]["claim"] == "framing"
    assert rows["facts[0]"]["citation"] == (
        "\u201cRussia and China team up to conquer the moon\u201d, outlet not named, "
        "date not given")
    assert rows["facts[0]"]["date"] == "2021-03-09"
    assert rows["events.signing"]["text"].startswith("Memorandum signed: ")
    assert rows["agencies.cnsa.game.budget_per_year"]["text"] == (
        "Game value (not from the sources): CNSA budget per year = 1000 million")
    assert "milestones.lander.game.steps" in rows


def test_facts_marks_statements_from_fiction_sources(capsys) -> None:
    _, out, _ = run(capsys, "facts", "--scenario", str(SCENARIOS / "whatif_newcomer.yaml"),
                    "--json")
    rows = json.loads(out)
    assert any(row["fiction"] for row in rows)
    assert not any(row["fiction"] for row in rows if row["game_value"])


def test_facts_without_json_groups_by_kind(capsys) -> None:
    code, out, _ = run(capsys, "facts", "--scenario", str(MINIMAL))
    assert code == 0
    assert out.startswith("== fact (1)")
    assert "== game_value" in out


def test_facts_on_a_broken_scenario_prints_the_problems_and_exits_one(capsys) -> None:
    code, out, err = run(capsys, "facts", "--scenario", str(BROKEN / "e_type.yaml"), "--json")
    assert code == 1
    assert ": E-TYPE: " in out + err


def test_schema_prints_draft_2020_12_json(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    assert "format_version" in schema["properties"]


def test_committed_schema_matches_the_models() -> None:
    committed = (SCENARIOS / "scenario.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "scenarios/scenario.schema.json is stale: run make schema"


@pytest.mark.parametrize("path", sorted(p for p in SCENARIOS.glob("*.yaml") if not is_companion(p)),
                         ids=lambda p: p.name)
def test_shipped_scenario_points_editors_at_the_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=scenario.schema.json"


def test_importing_the_scenario_layer_does_not_import_pygame() -> None:
    code = ("import sys, game.scenario, game.scenario.commands; "
            "from game.scenario import load_scenario; "
            f"load_scenario({str(DEFAULT_SCENARIO)!r}); "
            "print('pygame' in sys.modules, 'pygame_gui' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_validate_runs_as_a_program(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "main.py", "validate",
                             str(BROKEN / "e_unsafe.yaml")], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 1
    assert "E-UNSAFE" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_facts_marks_a_statement_that_mixes_a_document_with_invention_as_fiction(capsys) -> None:
    _, out, _ = run(capsys, "facts", "--scenario", str(SCENARIOS / "moon_2021.yaml"), "--json")
    mixed = [row for row in json.loads(out)
             if "moonward" in row["sources"] and len(row["sources"]) > 1]
    assert mixed
    assert all(row["fiction"] for row in mixed)


@pytest.mark.parametrize("argv", [["validate"], ["facts", "--scenario"],
                                  ["autoplay", "--scenario"]],
                         ids=["validate", "facts", "autoplay"])
def test_a_file_nested_too_deeply_is_one_line_and_exit_one_in_every_command(
        capsys, tmp_path: Path, argv: list[str]) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    code, out, err = run(capsys, *argv, str(path))
    assert code == 1
    assert f"{path}:1:23: E-DEPTH: " in out + err


def _facts(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, dict[str, object]]:
    code, out, _ = run(capsys, "facts", "--scenario", str(path), "--json")
    assert code == 0, out
    return {row["where"]: row for row in json.loads(out)}


def test_facts_json_lists_event_amounts_thresholds_and_dates_as_game_values(
        capsys, variant) -> None:
    # The sources give no amount of support, no threshold and no month for an event to
    # fire: all three are the game's choices and must be listed as such.
    path = variant(("      - {condition: member, bloc: ilrs}\n",
                    "      - {condition: support_below, value: 40}\n"
                    "      - {condition: after, date: 2022-01}\n"))
    rows = _facts(capsys, path)
    expected = {"events.signing.effects[0].amount": 5,
                "events.signing.when[0].value": 40,
                "events.signing.when[1].date": "2022-01"}
    for where, value in expected.items():
        row = rows[where]
        assert (row["kind"], row["claim"], row["value"]) == ("game_value", "game_value", value)
        assert row["text"].startswith("Game value (not from the sources): 'Memorandum signed'")


def test_facts_json_lists_the_game_s_reading_of_a_vague_time_as_a_game_value(capsys) -> None:
    rows = _facts(capsys, MINIMAL)
    assert rows["history[1]"]["claim"] == "plan"
    span = rows["history[1].game"]
    assert (span["claim"], span["value"]) == ("game_value", "by 2030")
    assert "the game's reading of 'by 2030'" in span["text"]


def test_facts_json_lists_each_assumption_as_a_game_rule(capsys) -> None:
    row = _facts(capsys, MINIMAL)["assumptions[0]"]
    assert (row["kind"], row["claim"], row["game_value"]) == ("assumption", "game_rule", False)
    assert row["text"] == ("Game rule (a design choice, not from the sources): A bloc shares "
                           "its orbiters: An orbiter one member flies counts for every member "
                           "of the bloc.")


def test_facts_json_lists_every_engine_game_value_in_force_and_whose_it_is(
        capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from game.core.rules import Tuning
    path = tmp_path / "set.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8")
                    + "\ngame:\n  budget_handicap: 0.25\n  weights: {science: 2}\n",
                    encoding="utf-8")
    _, out, _ = run(capsys, "facts", "--scenario", str(path), "--json")
    rows = {row["where"]: row for row in json.loads(out) if row["kind"] == "engine_value"}
    assert list(rows) == [f"game.{f.name}" for f in dataclasses.fields(Tuning)]
    assert all(row["claim"] == "game_value" and row["game_value"] and row["doc"]
               and not row["sources"] for row in rows.values())
    assert rows["game.budget_handicap"]["value"] == 0.25
    assert rows["game.budget_handicap"]["origin"] == "scenario"
    assert rows["game.weights"]["value"]["science"] == 2.0
    assert rows["game.weights"]["value"]["budget_health"] == 0.5
    assert rows["game.carry_over"] == {**rows["game.carry_over"], "origin": "engine",
                                       "value": Tuning().carry_over}


def test_facts_text_lists_the_rules_game_values_under_their_own_heading(capsys) -> None:  # type: ignore[no-untyped-def]
    from game.core.rules import Tuning

    _, out, _ = run(capsys, "facts", "--scenario", str(MINIMAL))
    heading, _, rest = out.partition("== game values of the rules in force (")
    assert heading and f"budget_handicap = {Tuning().budget_handicap}" in rest
    assert "engine default" in rest
    assert f"independent_prestige = {Tuning().independent_prestige}" in rest
