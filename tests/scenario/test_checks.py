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


def test_a_plan_for_an_unknown_milestone_is_a_reference_error(variant) -> None:
    path = variant(("      support: 60\n", "      support: 60\n      plan: {landr: 2025-06}\n"))
    (problem,) = messages(path)
    assert problem.code == "E-REF"
    assert "did you mean 'lander'?" in problem.message


def test_a_plan_dated_outside_the_scenario_is_an_error(variant) -> None:
    path = variant(("      support: 60\n", "      support: 60\n      plan: {lander: 1999-06}\n"))
    assert [c for c, _, _ in problems(path)] == ["E-DATE-SPAN"]


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


# --- claims, vague times and assumptions ----------------------------------------------

_INVENTED = ("sources:\n", "sources:\n  invented:\n    title: Invented\n    kind: fiction\n")
_FACT_CITES = "    claim: framing\n    sources: [seed_000]\nagencies"


def test_a_statement_without_a_claim_is_reported_at_the_statement_with_the_kinds(
        variant) -> None:
    path = variant(("    agency: cnsa\n    claim: framing\n", "    agency: cnsa\n"))
    (problem,) = messages(path)
    assert (problem.code, problem.line, problem.col) == ("E-NO-CLAIM", 71, 5)
    assert "quoted, framing, second_hand, opinion, plan, game_rule, game_value, fiction" \
        in problem.message


def test_a_world_claim_citing_the_game_s_invention_is_a_claim_error(variant) -> None:
    path = variant(_INVENTED, (_FACT_CITES, _FACT_CITES.replace("seed_000", "seed_000, invented")))
    (problem,) = messages(path)
    assert (problem.code, problem.line) == ("E-CLAIM", 22)
    assert "'invented'" in problem.message and "claim: fiction" in problem.message


def test_a_world_claim_citing_only_the_game_s_invention_is_a_claim_error(variant) -> None:
    path = variant(_INVENTED, (_FACT_CITES, _FACT_CITES.replace("seed_000", "invented")))
    assert problems(path) == [("E-CLAIM", 22, 12)]


def test_fiction_citing_only_reports_is_a_claim_error(variant) -> None:
    path = variant(("    date: 2021-03\n    claim: framing\n",
                    "    date: 2021-03\n    claim: fiction\n"))
    (problem,) = messages(path)
    assert problem.code == "E-CLAIM"
    assert "kind: fiction" in problem.message


def test_fiction_citing_a_report_and_the_invention_is_accepted(variant) -> None:
    path = variant(_INVENTED, (_FACT_CITES, _FACT_CITES.replace(
        "framing\n    sources: [seed_000]", "fiction\n    sources: [seed_000, invented]")))
    assert problems(path) == []


def test_a_span_without_the_source_s_words_is_a_span_error(variant) -> None:
    path = variant(('    when: "by 2030"\n', ""))
    (problem,) = messages(path)
    assert (problem.code, problem.line) == ("E-SPAN", 79)
    assert "add when:" in problem.message


def test_a_span_whose_earliest_year_is_after_its_latest_is_a_span_error(variant) -> None:
    path = variant(("game: {latest: 2030}", "game: {earliest: 2031, latest: 2030}"))
    (problem,) = messages(path)
    assert (problem.code, problem.line, problem.col) == ("E-SPAN", 80, 22)
    assert "earliest 2031 is after latest 2030" in problem.message


def test_a_span_within_one_year_is_accepted(variant) -> None:
    path = variant(("game: {latest: 2030}", "game: {earliest: 2030-01, latest: 2030}"))
    assert problems(path) == []


def test_by_on_a_history_entry_is_an_unknown_key_that_says_what_replaced_it(variant) -> None:
    path = variant(('    when: "by 2030"\n    game: {latest: 2030}\n', "    by: 2030\n"))
    (problem,) = messages(path)
    assert (problem.code, problem.line) == ("E-UNKNOWN-KEY", 79)
    assert "when:" in problem.message and "game: {latest: 2030}" in problem.message
    assert "did you mean 'by'" not in problem.message


def test_an_assumption_may_be_about_a_milestone_a_bloc_or_an_agency(variant) -> None:
    path = variant(("about: [ilrs, orbiter]", "about: [ilrs, orbiter, cnsa]"))
    assert problems(path) == []


def test_an_assumption_about_an_unknown_id_is_a_reference_error_with_a_suggestion(
        variant) -> None:
    path = variant(("about: [ilrs, orbiter]", "about: [ilsr, orbiter, cnas]"))
    found = messages(path)
    assert [(p.code, p.line) for p in found] == [("E-REF", 86), ("E-REF", 86)]
    assert "did you mean 'ilrs'?" in found[0].message
    assert "did you mean 'cnsa'?" in found[1].message
    assert "milestone, bloc or agency" in found[0].message


def test_the_new_conditions_and_who_values_validate(variant) -> None:
    path = variant(
        ("    name: \"Robotic lander\"\n",
         "    name: \"Robotic lander\"\n    first: \"First lander\"\n"),
        ("      - {condition: member, bloc: ilrs}\n",
         "      - {condition: member, bloc: ilrs}\n"
         "      - {condition: first, milestone: lander, by: rival}\n"
         "      - {condition: achieved, milestone: orbiter, by: partner}\n"
         "      - {condition: not_achieved, milestone: orbiter, by: rival}\n"
         "      - {condition: in_bloc, agency: cnsa}\n"))
    assert problems(path) == []


def test_a_first_condition_on_a_milestone_without_a_first_is_an_error(variant) -> None:
    path = variant(("{condition: member, bloc: ilrs}", "{condition: first, milestone: lander}"))
    (problem,) = messages(path)
    assert problem.code == "E-VALUE"
    assert "awards no first" in problem.message


def test_an_unknown_who_is_refused_with_the_kinds_that_exist(variant) -> None:
    path = variant(("{condition: member, bloc: ilrs}",
                    "{condition: achieved, milestone: lander, by: partnr}"))
    (problem,) = messages(path)
    assert problem.code == "E-VALUE"
    assert "partner" in problem.message


def test_repeat_limits_on_a_one_off_event_are_a_warning(variant) -> None:
    path = variant(("    effects:\n      - {effect: support, amount: 5}\n",
                    "    effects:\n      - {effect: support, amount: 5}\n"
                    "    game: {max_times: 2, gap_turns: 3}\n"))
    found = messages(path)
    assert [p.code for p in found] == ["W-NO-EFFECT", "W-NO-EFFECT"]
    assert all(p.severity == "warning" for p in found)


def test_repeat_limits_on_a_repeatable_random_event_are_accepted(variant) -> None:
    path = variant(("    kind: historical\n    date: 2021-03\n", "    kind: random\n"),
                   ("    effects:\n      - {effect: support, amount: 5}\n",
                    "    effects:\n      - {effect: support, amount: 5}\n"
                    "    game: {repeat: true, max_times: 2, gap_turns: 3, together: true}\n"))
    assert problems(path) == []
