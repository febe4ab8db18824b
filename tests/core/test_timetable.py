from __future__ import annotations

from typing import Any

from game.core.calendar import month_index
from game.core.rules import Rules
from game.core.timetable import game_targets, planned_targets, timetable
from game.scenario import Scenario
from game.scenario.models import HistoryEntry


def _entry(**fields: Any) -> HistoryEntry:
    base: dict[str, Any] = {"text": "A plan.", "status": "planned", "claim": "plan",
                            "sources": ["seed_000"], "agency": "nasa",
                            "milestone": "crewed_landing"}
    return HistoryEntry.model_validate({**base, **fields})


def _with(scenario: Scenario, history: list[HistoryEntry] | None = None,
          plans: dict[str, dict[str, str]] | None = None) -> Rules:
    agencies = dict(scenario.agencies)
    for aid, plan in (plans or {}).items():
        agency = agencies[aid]
        agencies[aid] = agency.model_copy(
            update={"game": agency.game.model_copy(update={"plan": plan})})
    update: dict[str, Any] = {"agencies": agencies}
    if history is not None:
        update["history"] = history
    return Rules.from_scenario(scenario.model_copy(update=update))


def test_a_dated_claim_is_the_target_month(scenario: Scenario) -> None:
    rules = _with(scenario, history=[_entry(date="2027-05")])
    assert planned_targets(rules, "nasa")["crewed_landing"] == month_index("2027-05")


def test_a_vague_time_aims_at_the_middle_of_the_game_s_reading(scenario: Scenario) -> None:
    rules = Rules.from_scenario(scenario)
    # "by the mid-2020s" read as 2024-2026 and "during this decade" as 2021-2029: both allow
    # 2024-01 to 2026-12, whose middle is mid-2025.
    target = planned_targets(rules, "nasa")["crewed_landing"]
    assert target == (month_index("2024") + month_index("2026", end_of_period=True)) // 2


def test_a_span_open_at_its_start_begins_after_its_prerequisites(scenario: Scenario) -> None:
    rules = Rules.from_scenario(scenario)
    targets = planned_targets(rules, "nasa")
    # "by the end of the 2020s": not before the crewed landing it needs, nor after 2029
    assert targets["crewed_landing"] < targets["permanent_base"] <= month_index(
        "2029", end_of_period=True)


def test_the_plan_gives_the_dates_the_history_does_not(scenario: Scenario) -> None:
    rules = _with(scenario, plans={"cnsa": {"crewed_landing": "2031-06"},
                                   "nasa": {"crewed_landing": "2035-06"}})
    assert planned_targets(rules, "cnsa")["crewed_landing"] == month_index("2031-06")
    # where the history gives a time, the plan's date is not used
    assert planned_targets(rules, "nasa")["crewed_landing"] < month_index("2027")


def test_prerequisites_get_targets_that_leave_time_to_build_what_needs_them(
        scenario: Scenario) -> None:
    rules = Rules.from_scenario(scenario)
    for agency in ("cnsa", "nasa", "roscosmos"):
        targets = timetable(rules, agency)
        for mid, target in targets.items():
            for req in rules.milestones[mid].requires:
                assert targets[req] < target, (agency, mid, req)


def test_an_agency_with_neither_history_nor_plan_has_no_timetable(scenario: Scenario) -> None:
    rules = _with(scenario, plans={"brazil": {}})
    assert timetable(rules, "brazil") == {}
    assert game_targets(rules, 1, "normal", "brazil") == {}


def test_each_game_moves_the_targets_a_little_and_the_same_way_every_time(
        scenario: Scenario) -> None:
    rules = Rules.from_scenario(scenario)
    base = planned_targets(rules, "cnsa")
    one, again = game_targets(rules, 1, "normal", "cnsa"), game_targets(rules, 1, "normal", "cnsa")
    other = game_targets(rules, 2, "normal", "cnsa")
    assert one == again and one != other
    cap = rules.tuning.rival_spread_cap
    assert all(abs(one["crewed_landing"] - base["crewed_landing"]) <= cap for one in (one, other))


def test_hard_brings_targets_earlier_and_easy_later(scenario: Scenario) -> None:
    rules = Rules.from_scenario(scenario)
    seeds = range(1, 21)

    def mean(difficulty: str) -> float:
        return sum(game_targets(rules, s, difficulty, "cnsa")["crewed_landing"]
                   for s in seeds) / len(seeds)

    assert mean("hard") < mean("normal") < mean("easy")
