"""A bloc's road keys: `rules:` by name, and `commercial:` naming a milestone, checked."""

from __future__ import annotations

from game.scenario import check_file


def test_a_misspelt_commercial_milestone_suggests_the_right_one(variant) -> None:
    path = variant(("      dues_per_turn: 10\n",
                    "      dues_per_turn: 10\n      rules: [commercial_services]\n"
                    "      commercial: orbitr\n"))
    (problem,) = check_file(path)[1]
    assert (problem.code, problem.line) == ("E-REF", 41)
    assert "did you mean 'orbiter'?" in problem.message


def test_a_commercial_milestone_without_its_rule_is_a_warning(variant) -> None:
    path = variant(("      dues_per_turn: 10\n",
                    "      dues_per_turn: 10\n      commercial: orbiter\n"))
    (problem,) = check_file(path)[1]
    assert (problem.code, problem.severity) == ("W-RULE", "warning")


def test_commercial_services_without_a_milestone_is_a_warning(variant) -> None:
    path = variant(("      dues_per_turn: 10\n",
                    "      dues_per_turn: 10\n      rules: [commercial_services, crew_seats]\n"))
    (problem,) = check_file(path)[1]
    assert (problem.code, problem.severity) == ("W-RULE", "warning")


def test_an_unknown_rule_name_is_refused(variant) -> None:
    path = variant(("      dues_per_turn: 10\n",
                    "      dues_per_turn: 10\n      rules: [crew_seat]\n"))
    problems = check_file(path)[1]
    assert problems and problems[0].severity == "error"
