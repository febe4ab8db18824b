"""Cross-reference and value checks: each rule reports the right code at the right place."""

from __future__ import annotations

from pathlib import Path

from game.scenario import Problem, check_file


def problems(path: Path) -> list[tuple[str, int, int]]:
    _, found = check_file(path)
    return [(p.code, p.line, p.col) for p in found]


def messages(path: Path) -> list[Problem]:
    return check_file(path)[1]


def test_start_after_end_is_a_date_span_error(variant) -> None:
    path = variant(("  end: 2030-12\n", "  end: 2020-12\n"))
    assert ("E-DATE-SPAN", 9, 8) in problems(path)


def test_condition_date_outside_the_span_is_reported(variant) -> None:
    path = variant(("{condition: member, bloc: ilrs}", "{condition: after, date: 2040}"))
    assert problems(path) == [("E-DATE-SPAN", 67, 34)]


def test_history_may_lie_outside_the_span_and_have_no_date(variant) -> None:
    path = variant(("    date: 2021-03-09\n    agency",
                    "    when: \"by 2040\"\n    game: {latest: 2040}\n    agency"))
    assert problems(path) == []


def test_unknown_condition_suggests_the_right_one(variant) -> None:
    path = variant(("{condition: member, bloc: ilrs}", "{condition: membr, bloc: ilrs}"))
    (problem,) = messages(path)
    assert (problem.code, problem.line, problem.col) == ("E-EFFECT", 67, 21)
    assert "did you mean 'member'?" in problem.message


def test_effect_without_its_discriminator_is_missing_it(variant) -> None:
    path = variant(("{effect: support, amount: 5}", "{amount: 5}"))
    assert [c for c, _, _ in problems(path)] == ["E-MISSING"]


def test_self_is_a_valid_agency_in_effects(variant) -> None:
    path = variant(("{effect: support, amount: 5}", "{effect: support, agency: self, amount: 5}"))
    assert problems(path) == []


def test_effect_naming_an_unknown_agency_is_a_reference_error(variant) -> None:
    path = variant(("{effect: support, amount: 5}", "{effect: support, agency: nasa, amount: 5}"))
    assert [c for c, _, _ in problems(path)] == ["E-REF"]


def test_lifting_a_constraint_the_agency_lacks_is_a_reference_error(variant) -> None:
    path = variant(("{effect: support, amount: 5}",
                    "{effect: lift_constraint, agency: cnsa, constraint: no_artemis}"))
    (problem,) = messages(path)
    assert problem.code == "E-REF"
    assert "no_artemis" in problem.message


def test_unknown_source_is_a_reference_error_with_a_suggestion(variant) -> None:
    path = variant(("    date: 2021-03-09\n    claim: framing\n    sources: [seed_000]",
                    "    date: 2021-03-09\n    claim: framing\n    sources: [seed_00]"))
    (problem,) = messages(path)
    assert (problem.code, problem.line) == ("E-REF", 20)
    assert "did you mean 'seed_000'?" in problem.message


def test_fact_without_sources_points_at_the_fact(variant) -> None:
    path = variant(("    date: 2021-03-09\n    claim: framing\n    sources: [seed_000]\n",
                    "    date: 2021-03-09\n    claim: framing\n"))
    assert problems(path) == [("E-NO-SOURCE", 17, 5)]


def test_missing_field_points_at_the_parent_mapping(variant) -> None:
    path = variant(("      min_turns: 2\n", ""))
    assert problems(path) == [("E-MISSING", 45, 7)]


def test_missing_format_version_is_a_version_error(variant) -> None:
    path = variant(("format_version: 1\n", ""))
    assert [c for c, _, _ in problems(path)] == ["E-VERSION"]


def test_id_with_capitals_is_a_value_error(variant) -> None:
    path = variant(("  id: minimal\n", "  id: Minimal\n"))
    assert problems(path) == [("E-VALUE", 5, 7)]


def test_robotic_milestone_without_steps_is_a_value_error(variant) -> None:
    path = variant(("      steps:\n        - {name: launch, reliability: 0.95}\n", ""))
    assert [c for c, _, _ in problems(path)] == ["E-VALUE"]


def test_programme_milestone_with_steps_is_a_value_error(variant) -> None:
    path = variant(("    name: \"Lunar orbiter\"\n    track: robotic\n",
                    "    name: \"Lunar orbiter\"\n    track: programme\n"))
    assert [c for c, _, _ in problems(path)] == ["E-VALUE"]


def test_milestone_achieved_twice_is_a_duplicate_id(variant) -> None:
    entry = ("      - {milestone: orbiter, text: Flown, claim: framing, sources: [seed_000]}\n")
    path = variant(("    bloc: ilrs\n    game:\n      budget",
                    "    bloc: ilrs\n    achieved:\n" + entry * 2 + "    game:\n      budget"))
    assert problems(path) == [("E-DUP-ID", 29, 21)]


def test_duplicate_id_key_is_a_duplicate_key(variant) -> None:
    path = variant(("  lander:\n", "  orbiter:\n"))
    assert [c for c, _, _ in problems(path)] == ["E-DUP-KEY"]


def test_progress_on_an_unknown_milestone_is_a_reference_error(variant) -> None:
    path = variant(("      support: 60\n", "      support: 60\n      progress: {landr: 0.5}\n"))
    (problem,) = messages(path)
    assert problem.code == "E-REF"
    assert "did you mean 'lander'?" in problem.message


def test_bloc_founder_and_lead_must_be_agencies(variant) -> None:
    path = variant(("    founders: [cnsa]\n    lead: cnsa\n",
                    "    founders: [cnsa, roscosmos]\n    lead: roscosmos\n"))
    assert [c for c, _, _ in problems(path)] == ["E-REF", "E-REF"]


def test_event_addressed_to_an_unknown_agency_is_a_reference_error(variant) -> None:
    path = variant(("    kind: historical\n", "    kind: historical\n    to: [cnsa, esa]\n"))
    assert [c for c, _, _ in problems(path)] == ["E-REF"]


def test_chance_above_one_is_a_value_error(variant) -> None:
    path = variant(("      - {effect: support, amount: 5}\n",
                    "      - {effect: support, amount: 5}\n    game: {chance: 1.5}\n"))
    assert [c for c, _, _ in problems(path)] == ["E-VALUE"]


def test_negative_budget_is_a_negative_error(variant) -> None:
    path = variant(("      budget_per_year: 1000\n", "      budget_per_year: -1000\n"))
    assert problems(path) == [("E-NEGATIVE", 28, 24)]


def test_negative_support_amount_is_allowed(variant) -> None:
    path = variant(("{effect: support, amount: 5}", "{effect: support, amount: -5}"))
    assert problems(path) == []


def test_uncited_source_is_a_warning(variant) -> None:
    path = variant(("sources:\n", "sources:\n  spare:\n    title: Spare\n"))
    (problem,) = messages(path)
    assert (problem.code, problem.severity, problem.line) == ("W-UNUSED-SOURCE", "warning", 13)


def test_missing_seed_file_is_a_warning_when_the_seeds_folder_exists(variant) -> None:
    from game.paths import SEEDS_DIR

    path = variant(("    seed: 000_e01b6f525471cecb.txt\n", "    seed: 000_e01b6f525471cecc.txt\n"))
    found = messages(path)
    if SEEDS_DIR.is_dir():
        assert [(p.code, p.severity) for p in found] == [("W-SEED", "warning")]
        assert "did you mean '000_e01b6f525471cecb.txt'?" in found[0].message
    else:
        assert found == []


def test_milestone_needing_two_exclusive_blocs_is_unreachable(variant) -> None:
    path = variant(
        ("      dues_per_turn: 10\n",
         "      dues_per_turn: 10\n    exclusive_with: [artemis]\n"
         "  artemis:\n    name: Artemis\n    short: A\n    founders: [cnsa]\n    lead: cnsa\n"
         "    open_to_all: true\n    exclusive_with: [ilrs]\n"
         "    game: {cost_share: 0.3, dues_per_turn: 10}\n"),
        ("    track: robotic\n    game:\n      cost: 500",
         "    track: robotic\n    bloc: ilrs\n    game:\n      cost: 500"),
        ("    requires: [orbiter]\n", "    requires: [orbiter]\n    bloc: artemis\n"),
    )
    found = messages(path)
    assert [(p.code, p.severity) for p in found] == [("W-UNREACHABLE", "warning")]
    assert "'lander'" in found[0].message
