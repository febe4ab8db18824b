"""A broken YAML line is reported where the teacher must type, with the line as it should be."""

from __future__ import annotations

import pytest

from game.scenario import ScenarioError
from game.scenario.loader import compose
from tests.scenario.conftest import BROKEN
from tests.scenario.test_loader import errors_of


def yaml_error(text: str) -> str:
    with pytest.raises(ScenarioError) as caught:
        compose("f.yaml", text)
    (problem,) = caught.value.problems
    return str(problem)


def test_missing_colon_fixture_points_at_the_line_that_lacks_it_and_rewrites_it() -> None:
    (problem,) = errors_of(BROKEN / "e_yaml_colon.yaml")
    assert (problem.code, problem.line, problem.col) == ("E-YAML", 24, 10)
    assert problem.message == ("a colon is missing after 'short': write 'short: CNSA' (a key, "
                               "a colon and a space, then its value)")


@pytest.mark.parametrize(("text", "shown"), [
    # libyaml's "could not find expected ':'", found on the next line
    ("a: 1\nb:\n  name: x\n  short CNSA\n  country: China\n",
     "f.yaml:4:8: E-YAML: a colon is missing after 'short': write 'short: CNSA'"),
    ("a:\n  b: 1\n  c 2\n\n# a comment\nd: 3\n",
     "f.yaml:3:4: E-YAML: a colon is missing after 'c': write 'c: 2'"),
    ("a:\n  - text: x\n    claim framing\n    sources: [s]\n",
     "f.yaml:3:10: E-YAML: a colon is missing after 'claim': write 'claim: framing'"),
    # libyaml's "mapping values are not allowed in this context", a line late
    ("a: 1\nagencies:\n  cnsa\n    name: x\n",
     "f.yaml:3:7: E-YAML: a colon is missing after 'cnsa': write 'cnsa:' (a key and a colon "
     "open the lines indented below it)"),
    ("a:\n  - text x\n    claim: framing\n",
     "f.yaml:2:9: E-YAML: a colon is missing after 'text': write 'text: x'"),
])
def test_a_missing_colon_is_reported_at_its_own_line(text: str, shown: str) -> None:
    assert yaml_error(text).startswith(shown)


def test_a_colon_inside_a_value_asks_for_quotes() -> None:
    assert yaml_error("a:\n  title: Moon: the race\n") == (
        "f.yaml:2:14: E-YAML: the value of 'title' holds a colon followed by a space, which "
        "YAML reads as a second key: put the value in quotes, title: \"Moon: the race\"")


def test_a_key_indented_too_far_is_told_to_line_up() -> None:
    assert yaml_error("a:\n  b: x\n    c: 2\n") == (
        "f.yaml:3:5: E-YAML: line 3 is indented further than line 2, so YAML reads it as the "
        "rest of that line's value: line it up with the keys around it")


def test_other_yaml_errors_keep_the_parsers_words_at_its_place() -> None:
    (problem,) = errors_of(BROKEN / "e_yaml.yaml")
    assert (problem.line, problem.col) == (7, 13)
    assert "did not find expected key" in problem.message
