"""The scenario's `game:` section: every engine game value (Tuning) settable by name."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from game.core.new_game import new_game
from game.core.rules import Rules, Tuning, shared_rules
from game.core.tuning_docs import tuning_doc
from game.scenario import check_file, load_scenario
from game.scenario.models import SECTION_EXTRAS, ScenarioGame
from tests.scenario.conftest import MINIMAL


def with_game(tmp_path: Path, section: str) -> Path:
    path = tmp_path / "game.yaml"
    path.write_text(MINIMAL.read_text(encoding="utf-8") + "\ngame:\n" + section,
                    encoding="utf-8")
    return path


def only_error(path: Path) -> str:
    scenario, problems = check_file(path)
    errors = [p for p in problems if p.severity == "error"]
    assert scenario is None and len(errors) == 1, problems
    return str(errors[0])


def test_every_tuning_field_is_a_key_of_the_game_section() -> None:
    # Every Tuning field, after the game rules that are not Tuning numbers (victory, bonuses).
    assert list(ScenarioGame.model_fields) == [*SECTION_EXTRAS,
                                              *(f.name for f in dataclasses.fields(Tuning))]


def test_every_tuning_field_says_what_it_is() -> None:
    undocumented = [f.name for f in dataclasses.fields(Tuning) if not tuning_doc(f)]
    assert undocumented == [], "describe them in game/core/tuning_docs.py"


def test_a_scenario_without_a_game_section_plays_by_the_engine_defaults() -> None:
    scenario = load_scenario(MINIMAL)
    assert scenario.game.overrides() == {}
    assert Rules.from_scenario(scenario).tuning == Tuning()


def test_a_scenario_sets_a_number_and_part_of_a_table(tmp_path: Path) -> None:
    scenario = load_scenario(with_game(
        tmp_path, "  budget_handicap: 0\n  independent_prestige: 1\n"
                  "  deliver_trust: 9\n  weights: {science: 2}\n"))
    tuning = Rules.from_scenario(scenario).tuning
    assert tuning.budget_handicap == 0.0 and tuning.independent_prestige == 1.0
    assert tuning.deliver_trust == 9 and isinstance(tuning.deliver_trust, int)
    # the keys left out of the table keep their defaults, in the default's order
    assert tuning.weights == (("science", 2.0), *Tuning().weights[1:])
    assert tuning.carry_over == Tuning().carry_over


def test_a_budget_handicap_of_zero_leaves_every_total_unadjusted(tmp_path: Path) -> None:
    rules = Rules.from_scenario(load_scenario(with_game(tmp_path, "  budget_handicap: 0\n")))
    assert set(rules.budget_factor.values()) == {1.0}


def test_an_explicit_tuning_wins_over_the_scenario(tmp_path: Path) -> None:
    scenario = load_scenario(with_game(tmp_path, "  budget_handicap: 0\n"))
    assert Rules.from_scenario(scenario, Tuning()).tuning == Tuning()


def test_new_games_of_the_scenario_play_by_its_game_values(tmp_path: Path) -> None:
    scenario = load_scenario(with_game(tmp_path, "  weights: {prestige: 3}\n"))
    engine = new_game(scenario, seed=1, humans=["cnsa"])
    assert engine.rules.weights["prestige"] == 3.0
    assert shared_rules(scenario) is engine.rules


@pytest.mark.parametrize(("section", "code", "words"), [
    ("  budget_handicapp: 0.2\n", "E-UNKNOWN-KEY", "did you mean 'budget_handicap'?"),
    ("  weights: {sciense: 2}\n", "E-UNKNOWN-KEY", "did you mean 'science'?"),
    ("  weights: {xyz: 2}\n", "E-UNKNOWN-KEY", "the keys are: science, prestige"),
    ("  weights: {science: -1}\n", "E-NEGATIVE", "game.weights.science is -1"),
    ("  deliver_trust: -2\n", "E-NEGATIVE", "cannot be negative"),
    ("  carry_over: 1.5\n", "E-VALUE", "game.carry_over is 1.5, but it must be at most 1 "),
    ("  science_yield: .inf\n", "E-VALUE", "game.science_yield"),
    ("  success_support: 2.5\n", "E-VALUE", "integer"),
    ("  fail_trust: yes\n", "E-VALUE", "not true/false"),
    ("  weights: 3\n", "E-TYPE", "must be a mapping"),
])
def test_a_wrong_game_value_is_reported_at_its_line_and_column(
        tmp_path: Path, section: str, code: str, words: str) -> None:
    path = with_game(tmp_path, section)
    line = len(MINIMAL.read_text(encoding="utf-8").splitlines()) + 3
    error = only_error(path)
    assert f"{path}:{line}:" in error and code in error and words in error


def test_the_authoring_guide_lists_every_game_value_with_its_default() -> None:
    guide = (Path(__file__).parents[2] / "docs" / "scenario-authoring.md").read_text(
        encoding="utf-8")
    for f in dataclasses.fields(Tuning):
        value = getattr(Tuning(), f.name)
        shown = ("{" + ", ".join(f"{k}: {n}" for k, n in value) + "}"
                 if isinstance(value, tuple) else str(value))
        assert f"| `{f.name}` | `{shown}` |" in guide, f"add {f.name} to the game: table"


def test_the_guide_s_table_of_game_values_is_the_one_tuning_gives() -> None:
    from tools.game_values import GUIDE, rewritten

    text = GUIDE.read_text(encoding="utf-8")
    assert rewritten(text) == text, "run: python -m tools.game_values --write"


def test_the_template_example_of_game_values_validates_once_uncommented(tmp_path: Path) -> None:
    template = (Path(__file__).parents[2] / "scenarios" / "template.yaml").read_text(
        encoding="utf-8")
    head, example = template.split("# game:\n")
    lines = [line.removeprefix("# ") for line in example.splitlines() if line.startswith("#")]
    path = tmp_path / "t.yaml"
    path.write_text(head + "game:\n" + "\n".join(lines) + "\n", encoding="utf-8")
    scenario = load_scenario(path)
    assert set(scenario.game.overrides()) == {"budget_handicap", "independent_prestige",
                                              "weights"}
