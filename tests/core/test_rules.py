from __future__ import annotations

import math

from game.core.rules import SCORE_AXES, Rules, Tuning, shared_rules


def test_rules_hold_every_milestone_and_bloc_of_the_scenario(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    assert set(rules.milestones) == set(scenario.milestones)
    assert set(rules.blocs) == set(scenario.blocs)
    assert rules.calendar.turn_count == 20


def test_every_score_axis_has_a_weight() -> None:
    assert set(dict(Tuning().weights)) == set(SCORE_AXES)


def test_the_budget_handicap_favours_the_smaller_agency(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    budgets = {aid: a.game.budget_per_year for aid, a in scenario.agencies.items()}
    small, big = min(budgets, key=budgets.get), max(budgets, key=budgets.get)
    assert rules.budget_factor[small] > 1 > rules.budget_factor[big]


def test_a_milestone_is_worth_more_when_it_unlocks_others(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    orbiter = rules.milestones["lunar_orbiter"]
    assert rules.static_value["lunar_orbiter"] > orbiter.science + orbiter.prestige
    assert all(math.isfinite(v) for v in rules.static_value.values())


def test_historical_events_know_their_turn(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    assert rules.historical_turn["ilrs_memorandum"] == 0


def test_games_of_one_scenario_share_its_rules_but_not_another_tuning_s(scenario) -> None:
    rules = shared_rules(scenario)
    assert shared_rules(scenario) is rules
    other = shared_rules(scenario, Tuning(carry_over=0.5))
    assert other is not rules and other.tuning.carry_over == 0.5


def test_the_precomputed_tables_agree_with_the_rules(scenario) -> None:
    rules = Rules.from_scenario(scenario)
    assert rules.science == {m: r.science for m, r in rules.milestones.items()}
    assert [row[0] for row in rules.status_table] == list(rules.milestones)
    fraction = rules.turn_fraction()
    for aid, agency in scenario.agencies.items():
        assert rules.base_income[aid] == agency.game.budget_per_year * fraction
    for bid, bloc in rules.blocs.items():
        assert rules.dues[bid] == bloc.dues_per_turn


def test_a_yearly_scenario_charges_the_dues_its_file_states() -> None:
    from game.paths import SCENARIOS_DIR
    from game.scenario import load_scenario

    classroom = load_scenario(SCENARIOS_DIR / "classroom_2021.yaml")
    rules = Rules.from_scenario(classroom)
    assert classroom.scenario.turn_months == 18
    assert rules.dues == {bid: b.game.dues_per_turn for bid, b in classroom.blocs.items()}
