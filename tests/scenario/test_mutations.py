"""Random damage to the shipped scenario: it loads, or fails with ScenarioError, nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, ScenarioError, load_scenario

LINES = Path(DEFAULT_SCENARIO).read_text(encoding="utf-8").splitlines(keepends=True)
KEY_LINES = [i for i, line in enumerate(LINES)
             if ":" in line and not line.lstrip().startswith(("#", "- "))]
ID_LINES = [i for i, line in enumerate(LINES)
            if line.startswith("  ") and not line.startswith("   ") and line.rstrip().endswith(":")]
SCALARS = ["[1, 2]", "{a: 1}", "yes", "~", "-3", "3.5", "'text'", "2021-13-01", "!!binary aGk=",
           "*nowhere", "&anchor x", '"unclosed', "1e999", "0x1F"]
JUNK = st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>#'\"\t \n%@`?,0")), max_size=30)
FOLDER = Path(tempfile.mkdtemp(prefix="moonward-mutations-"))


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:  # truncated to nothing
            break
        action = draw(st.sampled_from(["delete", "retype", "rename", "duplicate", "junk",
                                       "truncate"]))
        if action == "delete":
            del lines[draw(st.sampled_from(KEY_LINES)) % len(lines)]
        elif action == "retype":
            i = draw(st.sampled_from(KEY_LINES)) % len(lines)
            head = lines[i].split(":", 1)[0]
            lines[i] = f"{head}: {draw(st.sampled_from(SCALARS))}\n"
        elif action == "rename":
            i = draw(st.sampled_from(ID_LINES)) % len(lines)
            lines[i] = "  " + draw(st.from_regex(r"[a-z_]{1,8}", fullmatch=True)) + ":\n"
        elif action == "duplicate":
            i = draw(st.sampled_from(KEY_LINES)) % len(lines)
            lines.insert(i, lines[i])
        elif action == "junk":
            lines.insert(draw(st.integers(0, len(lines))), draw(JUNK) + "\n")
        else:
            text = "".join(lines)
            lines = [text[: draw(st.integers(0, len(text)))]]
    return "".join(lines)


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_damaged_scenario_loads_or_fails_with_scenario_error_only(text: str) -> None:
    path = FOLDER / "case.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        assert isinstance(load_scenario(path), Scenario)
    except ScenarioError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.code.startswith("E-")
            assert problem.line >= 1 and problem.col >= 1
            assert str(problem).startswith(f"{path}:{problem.line}:{problem.col}: E-")
