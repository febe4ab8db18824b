"""The loader: one broken fixture per error code, hostile files, every problem in one run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from game.paths import DEFAULT_SCENARIO
from game.scenario import Problem, Scenario, ScenarioError, check_file, limits, load_scenario
from game.scenario.companions import is_companion
from game.scenario.errors import MAX_PROBLEMS
from tests.scenario.conftest import BROKEN, MINIMAL

SHIPPED = sorted(p for p in Path(DEFAULT_SCENARIO).parent.glob("*.yaml") if not is_companion(p))

# fixture file -> (code, line, col) of the one error it holds
EXPECTED = {
    "e_yaml": ("E-YAML", 7, 13),
    "e_type": ("E-TYPE", 29, 16),
    "e_missing": ("E-MISSING", 23, 5),
    "e_unknown_key": ("E-UNKNOWN-KEY", 52, 5),
    "e_dup_key": ("E-DUP-KEY", 26, 5),
    "e_dup_id": ("E-DUP-ID", 52, 25),
    "e_ref": ("E-REF", 26, 11),
    "e_cycle": ("E-CYCLE", 44, 15),
    "e_date": ("E-DATE", 18, 11),
    "e_date_span": ("E-DATE-SPAN", 63, 11),
    "e_effect": ("E-EFFECT", 69, 18),
    "e_no_source": ("E-NO-SOURCE", 65, 14),
    "e_negative": ("E-NEGATIVE", 54, 13),
    "e_value": ("E-VALUE", 57, 40),
    "e_version": ("E-VERSION", 3, 17),
    "e_file_empty": ("E-FILE", 1, 1),
    "e_unsafe": ("E-UNSAFE", 25, 14),
    "e_alias": ("E-ALIAS", 6, 28),  # the first alias that tips it over
    "e_depth": ("E-DEPTH", 12, 37),  # the first level too deep
    "e_limit": ("E-LIMIT", 54, 13),
    "e_no_claim": ("E-NO-CLAIM", 17, 5),  # the fact that names no kind of claim
    "e_claim": ("E-CLAIM", 64, 12),  # fiction citing only a report
    "e_span": ("E-SPAN", 80, 22),  # the earliest year, after the latest
    "e_image": ("E-IMAGE", 53, 5),  # a text file named .png, at its image: key
    "e_yaml_colon": ("E-YAML", 24, 10),  # where the missing colon goes, not the line after
    "e_date_month": ("E-DATE", 18, 11),  # date: 2021-13
    "e_empty_list": ("E-VALUE", 34, 15),  # founders: []
    "e_id_accent": ("E-VALUE", 59, 3),  # the key lünar_signing
}


def errors_of(path: Path) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    return caught.value.problems


def test_every_broken_fixture_has_an_expectation() -> None:
    assert {p.stem for p in BROKEN.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_fixture_reports_its_code_at_its_line_and_column(name: str) -> None:
    code, line, col = EXPECTED[name]
    problems = errors_of(BROKEN / f"{name}.yaml")
    assert [(p.code, p.line, p.col) for p in problems] == [(code, line, col)]
    assert str(problems[0]).startswith(f"{BROKEN / name}.yaml:{line}:{col}: {code}: ")


def test_minimal_fixture_loads_without_any_problem() -> None:
    scenario, problems = check_file(MINIMAL)
    assert isinstance(scenario, Scenario)
    assert problems == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_scenario_loads_without_errors(path: Path) -> None:
    scenario, problems = check_file(path)
    assert scenario is not None
    assert [p for p in problems if p.severity == "error"] == []


def test_misspelt_key_suggests_the_field_name() -> None:
    (problem,) = errors_of(BROKEN / "e_unknown_key.yaml")
    assert "did you mean 'requires'?" in problem.message


def test_misspelt_reference_suggests_the_id() -> None:
    (problem,) = errors_of(BROKEN / "e_ref.yaml")
    assert "did you mean 'ilrs'?" in problem.message


def test_cycle_is_printed_as_a_path() -> None:
    (problem,) = errors_of(BROKEN / "e_cycle.yaml")
    assert "orbiter -> lander -> orbiter" in problem.message


def test_a_file_with_many_errors_reports_all_of_them_sorted_by_line(variant) -> None:
    path = variant(
        ("format_version: 1\n", "format_version: 1\nformat_version: 1\n"),
        ("      support: 60\n", "      support: lots\n"),
        ("    bloc: ilrs\n    game:\n      budget", "    bloc: ilsr\n    game:\n      budget"),
        ("      cost: 800\n", "      cost: -800\n"),
        ("{effect: support, amount: 5}", "{effect: suport, amount: 5}"),
        ("    requires: [orbiter]\n", "    requires: [orbitr]\n    colour: red\n"),
    )
    problems = errors_of(path)
    codes = [p.code for p in problems]
    assert sorted(codes) == sorted(["E-DUP-KEY", "E-TYPE", "E-REF", "E-NEGATIVE", "E-EFFECT",
                                    "E-REF", "E-UNKNOWN-KEY"])
    assert [p.line for p in problems] == sorted(p.line for p in problems)


def test_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(f'format_version: !!python/object/apply:os.system ["touch {marker}"]\n',
                    encoding="utf-8")
    problems = errors_of(path)
    assert [p.code for p in problems] == ["E-UNSAFE"]
    assert not marker.exists()


def test_python_tag_at_the_root_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "root.yaml"
    path.write_text('!!python/object/apply:os.system ["echo hi"]\n', encoding="utf-8")
    assert [(p.code, p.line, p.col) for p in errors_of(path)] == [("E-UNSAFE", 1, 1)]


def test_any_non_standard_tag_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tagged.yaml"
    path.write_text("format_version: !custom 1\n", encoding="utf-8")
    assert [p.code for p in errors_of(path)] == ["E-UNSAFE"]


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * limits.MAX_FILE_BYTES + b"\n")
    (problem,) = errors_of(path)
    assert (problem.code, problem.line, problem.col) == ("E-FILE", 1, 1)
    assert "256 KB" in problem.message


def test_a_nul_character_is_reported_at_its_own_line_and_column(variant) -> None:
    path = variant(('  title: "Minimal"\n', '  title: "Mini\0mal"\n'))
    (problem,) = errors_of(path)
    assert (problem.code, problem.line, problem.col) == ("E-FILE", 6, 15)
    assert "U+0000" in problem.message


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs or /dev/zero on Windows")
def test_a_link_to_dev_zero_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "zero.yaml"
    path.symlink_to("/dev/zero")
    (problem,) = errors_of(path)
    assert problem.code == "E-FILE"
    assert "not a regular file" in problem.message


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs or /dev/zero on Windows")
def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)  # nobody writes to it: reading it would wait forever
    (problem,) = errors_of(path)
    assert problem.code == "E-FILE"
    assert "not a regular file" in problem.message


def test_non_utf8_file_is_refused_at_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("format_version: 1\nscenario:\n  title: Caf\u00e9\n".encode("latin-1"))
    (problem,) = errors_of(path)
    assert (problem.code, problem.line) == ("E-FILE", 3)
    assert "UTF-8" in problem.message


def test_folder_given_as_a_file_is_refused(tmp_path: Path) -> None:
    (problem,) = errors_of(tmp_path)
    assert problem.code == "E-FILE"
    assert "folder" in problem.message


def test_missing_file_is_refused(tmp_path: Path) -> None:
    (problem,) = errors_of(tmp_path / "nowhere.yaml")
    assert problem.code == "E-FILE"


def test_comment_only_file_counts_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "comments.yaml"
    path.write_text("# nothing here\n", encoding="utf-8")
    assert errors_of(path)[0].code == "E-FILE"


def test_a_list_at_the_top_is_a_type_error(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    assert errors_of(path)[0].code == "E-TYPE"


def test_deeply_nested_file_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ScenarioError):
        load_scenario(path)


# Between PyYAML's recursion and libyaml's own limit of 1000 levels lay a RecursionError.
@pytest.mark.parametrize("text", [
    "a: " + "[" * 600 + "]" * 600 + "\n",
    "a: " + "{b: " * 700 + "1" + "}" * 700 + "\n",
    "".join(" " * i + f"k{i}:\n" for i in range(600)) + " " * 600 + "v: 1\n",
    "a:\n" + "".join(" " * i + "-\n" for i in range(1, 600)) + " " * 600 + "- 1\n",
], ids=["flow lists", "flow mappings", "block mappings", "block lists"])
def test_nesting_deeper_than_the_limit_is_one_error_at_the_level_too_deep(
        tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = errors_of(path)
    # Block style opens one level a line, so the first level too deep is on its own line.
    too_deep = 1 if text.startswith("a: ") else limits.MAX_DEPTH + 1
    assert (problem.code, problem.line) == ("E-DEPTH", too_deep)
    assert f"deeper than {limits.MAX_DEPTH} levels" in problem.message


@pytest.mark.parametrize("text", [
    "a: [" + "1," * limits.MAX_VALUES + "1]\n",
    "a: {" + ", ".join(f"k{i}" for i in range(limits.MAX_VALUES // 2 + 1)) + "}\n",
], ids=["a list", "a mapping of keys alone"])
def test_a_file_of_more_values_than_the_limit_is_refused_before_it_is_built(
        tmp_path: Path, text: str) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = errors_of(path)
    assert (problem.code, problem.line) == ("E-LIMIT", 1)
    assert f"more than {limits.MAX_VALUES:,} values" in problem.message


def test_nesting_at_the_limit_is_not_refused_for_its_depth(tmp_path: Path) -> None:
    depth = limits.MAX_DEPTH - 1  # the file's own mapping is the first level
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    assert "E-DEPTH" not in {p.code for p in errors_of(path)}


def test_aliases_count_as_the_nesting_they_stand_for(tmp_path: Path) -> None:
    half = limits.MAX_DEPTH // 2 + 1
    path = tmp_path / "deep.yaml"
    path.write_text("a: &a " + "[" * half + "]" * half + "\nb: " + "[" * half + "*a"
                    + "]" * half + "\n", encoding="utf-8")
    (problem,) = errors_of(path)
    assert (problem.code, problem.line) == ("E-DEPTH", 2)


def test_an_alias_inside_the_node_it_names_is_refused_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.write_text("a: &x [1, *x]\n", encoding="utf-8")
    assert [(p.code, p.line, p.col) for p in errors_of(path)] == [("E-ALIAS", 1, 11)]


def test_warnings_do_not_stop_a_load(variant) -> None:
    path = variant(("sources:\n", "sources:\n  unused:\n    title: Never cited\n"))
    scenario, problems = check_file(path)
    assert scenario is not None
    assert [(p.code, p.severity) for p in problems] == [("W-UNUSED-SOURCE", "warning")]
    assert load_scenario(path).scenario.id == "minimal"


def test_errors_carry_no_warnings_when_raised(variant) -> None:
    path = variant(("sources:\n", "sources:\n  unused:\n    title: Never cited\n"),
                   ("      support: 60\n", "      support: lots\n"))
    assert [p.code for p in errors_of(path)] == ["E-TYPE"]


def test_problem_prints_as_path_line_col_code_message() -> None:
    problem = Problem("a.yaml", 3, 5, "E-REF", "bloc 'x' is not defined")
    assert str(problem) == "a.yaml:3:5: E-REF: bloc 'x' is not defined"


def test_template_for_teachers_validates_without_any_problem() -> None:
    scenario, problems = check_file(Path(DEFAULT_SCENARIO).parent / "template.yaml")
    assert scenario is not None
    assert problems == []


def test_a_file_of_thousands_of_faults_reports_the_first_hundred_and_says_more_follow(
        tmp_path: Path) -> None:
    path = tmp_path / "faults.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8")
                    + "".join(f"unknown_{i}: 1\n" for i in range(3000)), encoding="utf-8")
    problems = errors_of(path)
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p.code for p in problems[:-1]] == ["E-UNKNOWN-KEY"] * MAX_PROBLEMS
    assert problems[-1].code == "E-MORE"
    assert problems[-1].line == problems[-2].line + 1  # where the next unknown key is


@pytest.mark.parametrize(("value", "code"), [
    ("!!bool maybe", "E-TYPE"),
    ("!!timestamp soon", "E-DATE"),
    ("!!map plain", "E-TYPE"),
    ("1" * 5000, "E-TYPE"),
])
def test_a_value_its_tag_cannot_read_is_one_error_not_a_traceback(
        tmp_path: Path, value: str, code: str) -> None:
    path = tmp_path / "tagged.yaml"
    path.write_text(f"format_version: {value}\n", encoding="utf-8")
    problems = [p for p in errors_of(path) if p.line == 1 and p.col == 17]
    assert [p.code for p in problems] == [code]
    assert len(problems[0].message) < 200
    assert "sys." not in problems[0].message  # Python's advice is no use to a teacher


def test_a_key_that_looks_like_an_impossible_date_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "key.yaml"
    path.write_text("2021-13-45: 1\n", encoding="utf-8")
    assert "E-UNKNOWN-KEY" in {p.code for p in errors_of(path)}


def test_loading_keeps_nothing_of_the_file_once_done() -> None:
    from game.scenario import loader

    check_file(MINIMAL)
    check_file(MINIMAL)
    assert loader._constructor.constructed_objects == {}


def test_a_control_character_made_by_an_escape_is_refused_where_it_is_written(variant) -> None:
    path = variant(('  title: "Minimal"\n', '  title: "Mini\\0mal\\e"\n'))
    (problem,) = errors_of(path)
    assert (problem.code, problem.line, problem.col) == ("E-TYPE", 6, 10)
    assert "U+0000" in problem.message


def test_a_problem_quoting_a_page_long_value_stays_one_readable_line(variant) -> None:
    path = variant(("    requires: [orbiter]\n", f"    requires: [{'o' * 100_000}]\n"),
                   ("    when:\n", f"    to: [{'c' * 100_000}]\n    when:\n"))
    problems = errors_of(path)
    assert {p.code for p in problems} == {"E-LIMIT", "E-REF"}
    assert all(len(p.message) <= 500 for p in problems)
    assert "events.signing.to.0 is 100000 characters long" in str(problems)


def test_a_file_of_many_warnings_and_no_error_still_loads(variant, monkeypatch) -> None:
    from game.scenario import loader

    monkeypatch.setattr(loader, "MAX_PROBLEMS", 10)  # more sources than 100 is an error
    spare = "".join(f"  spare_{i:03d}:\n    title: Spare\n" for i in range(15))
    scenario, problems = check_file(variant(("sources:\n", "sources:\n" + spare)))
    assert scenario is not None
    assert {p.severity for p in problems} == {"warning"}
    assert problems[-1].code == "W-MORE"
