"""Format 2 additions of a scenario's world in play: budgets that change over time, a
milestone reserved for some agencies, per-milestone failure costs, the scenario's score
bonuses, and history entries that failed or were cancelled."""

from __future__ import annotations

import json

import pytest

from game.core import commands as cmd
from game.core import history, ranking, timetable
from game.core import milestones as ms
from game.core.calendar import month_index
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.save import from_dict, to_dict
from game.core.state import Project
from game.paths import ROOT
from game.scenario import Scenario, load_scenario
from tests.core.conftest import clear_pending, words

FIXTURE = ROOT / "tests" / "fixtures" / "valid" / "history_budgets_bonuses.yaml"


@pytest.fixture(scope="module")
def world_scenario() -> Scenario:
    return load_scenario(FIXTURE)


def _game(scenario: Scenario, humans: list[str]) -> Engine:
    return new_game(scenario, seed=7, humans=humans)


def _end_turn(engine: Engine) -> None:
    for aid in engine.state.humans:
        clear_pending(engine, aid)
        assert engine.apply(cmd.EndTurn(aid)).ok


def _expected_income(engine: Engine, aid: str, yearly: int) -> int:
    tuning = engine.rules.tuning
    agency = engine.state.agencies[aid]
    factor = tuning.support_income_low + tuning.support_income_span * agency.support / 100
    if aid in engine.state.humans:
        factor *= dict(tuning.difficulty_income)[engine.state.difficulty]
    return round(yearly * engine.rules.turn_fraction() * factor)


# --- budgets over time --------------------------------------------------------------


def test_income_follows_the_budget_in_force_before_and_after_each_change(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["rosc"])
    seen = {}
    while engine.state.turn <= 4:
        turn = engine.state.turn
        seen[turn] = engine.state.agencies["rosc"].income
        yearly = engine.rules.yearly_budget("rosc", turn)
        assert seen[turn] == _expected_income(engine, "rosc", yearly)
        _end_turn(engine)
    # 2021 and 2022 at 600 a year, 2023 and 2024 at 900, from 2025 (June's turn) 300
    assert [engine.rules.yearly_budget("rosc", t) for t in range(5)] == [600, 600, 900, 900,
                                                                          300]
    assert seen[2] > seen[1] and seen[4] < seen[3]


def test_the_player_is_told_a_budget_change_a_turn_before_it_starts(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["rosc"])
    assert engine.budget_view("rosc").next_budget == ("2023", 900)
    _end_turn(engine)  # now 2022: the change of 2023 is next turn's
    news = [words(engine, m) for m in engine.current_report("rosc").news]
    assert "From 2023, ROS's budget becomes 900 million a year (a game value)" in news
    _end_turn(engine)
    news = [words(engine, m) for m in engine.current_report("rosc").news]
    assert any("budget is now 900 million a year" in n for n in news)
    assert engine.budget_view("rosc").next_budget == ("2025-06", 300)


def test_budget_changes_out_of_order_or_outside_the_scenario_are_errors() -> None:
    from game.scenario.loader import check_document, compose

    text = FIXTURE.read_text().replace(
        "- {date: 2025-06, budget_per_year: 300}",
        "- {date: 2022, budget_per_year: 300}\n        - {date: 2022, budget_per_year: 5}\n"
        "        - {date: 2040, budget_per_year: 5}")
    scenario, problems = check_document(compose("x.yaml", text))
    said = " ".join(f"{p.code} {p.message}" for p in problems)
    assert scenario is None
    assert "E-ORDER" in said and "E-DUP-ID" in said and "E-DATE-SPAN" in said


# --- a milestone reserved for some agencies ---------------------------------------------


def test_an_agency_not_named_cannot_fund_a_reserved_milestone_and_is_told_why(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["rosc"])
    engine.achieve("rosc", "orbiter")
    assert engine.status("rosc", "lander") == ms.LOCKED
    result = engine.apply(cmd.Allocate("rosc", "lander", 100))
    assert not result.ok
    said = words(engine, result.reason)
    assert said == "Robotic lander is reserved for CNSA (a game rule of this scenario)"
    assert words(engine, engine.why_locked("rosc", "lander")) == said
    refused = engine.apply(cmd.Attempt("rosc", "lander"))
    assert not refused.ok and words(engine, refused.reason) == said


def test_the_named_agency_may_pursue_a_reserved_milestone(world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    engine.achieve("cnsa", "orbiter")
    assert engine.status("cnsa", "lander") == ms.AVAILABLE
    assert engine.apply(cmd.Allocate("cnsa", "lander", 100)).ok


def test_the_computer_never_funds_a_milestone_reserved_for_another(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    while not engine.is_over:
        _end_turn(engine)
    rosc = engine.state.agencies["rosc"]
    assert "orbiter" in rosc.achieved  # it played: the reserved lander was all it lacked
    assert "lander" not in rosc.achieved and "lander" not in rosc.projects


# --- failure costs of one milestone -------------------------------------------------------


def test_a_milestone_s_own_failure_cost_and_support_win_over_the_game_section_s(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    rules, state = engine.rules, engine.state
    cnsa = state.agencies["cnsa"]
    orbiter = ms.failure_toll(rules, state, cnsa, rules.milestones["orbiter"])
    cost = ms.effective_cost(rules, state, cnsa, rules.milestones["orbiter"])
    assert (orbiter.money, orbiter.support) == (round(cost * 0.5), 9)
    lander = ms.failure_toll(rules, state, cnsa, rules.milestones["lander"])
    cost = ms.effective_cost(rules, state, cnsa, rules.milestones["lander"])
    # the lander sets none: the scenario's game: failure_cost_robotic (0.2) and the default
    assert (lander.money, lander.support) == (round(cost * 0.2),
                                              rules.tuning.failure_support_robotic)


def test_a_failed_launch_charges_the_milestone_s_own_failure_cost(
        world_scenario: Scenario) -> None:
    from tests.core.test_failure_cost import AlwaysFails

    engine = _game(world_scenario, ["cnsa"])
    cnsa = engine.state.agencies["cnsa"]
    project = cnsa.projects.setdefault("orbiter", Project())
    project.progress, project.turns_funded = 1.0, 2
    before_money, before_support = cnsa.money, cnsa.support
    preview = engine.failure_preview("cnsa", "orbiter")
    engine.world.rng = AlwaysFails()  # type: ignore[assignment]
    assert engine.apply(cmd.Attempt("cnsa", "orbiter")).ok
    assert before_money - cnsa.money == preview.taken == preview.cost
    assert before_support - cnsa.support == 9


# --- bonuses ------------------------------------------------------------------------------


def test_a_bonus_is_added_when_the_milestone_is_achieved_and_told_as_a_game_value(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    cnsa = engine.state.agencies["cnsa"]
    science, prestige = cnsa.scores["science"], cnsa.scores["prestige"]
    engine.achieve("cnsa", "orbiter")  # 2021: before 2024, and the first
    assert cnsa.scores["science"] == science + 7
    assert cnsa.scores["prestige"] == prestige + 5
    news = [words(engine, m) for m in engine.current_report("cnsa").news]
    assert "CNSA earns a bonus of this scenario (a game value): +7 science for Lunar " \
           "orbiter" in news
    # in the debrief's explanation too
    placing = next(p for p in ranking.explain(engine.rules, engine.state) if p.agency == "cnsa")
    said = [words(engine, m) for m in placing.why]
    assert "A bonus of this scenario (a game value): +5 prestige for Lunar orbiter" in said


def test_a_first_only_bonus_goes_to_the_first_and_a_dated_one_not_after_its_date(
        world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    engine.achieve("cnsa", "orbiter")
    for _ in range(4):  # to 2025: after the science bonus's "by 2024"
        _end_turn(engine)
    rosc = engine.state.agencies["rosc"]
    rosc.achieved.pop("orbiter", None)
    rosc.bonuses.clear()
    science, prestige = rosc.scores["science"], rosc.scores["prestige"]
    engine.achieve("rosc", "orbiter")
    assert (rosc.scores["science"], rosc.scores["prestige"]) == (science, prestige)
    assert rosc.bonuses == []


def test_earned_bonuses_survive_a_save_and_a_damaged_index_is_refused(
        world_scenario: Scenario) -> None:
    from game.core.save import GameFormatError

    engine = _game(world_scenario, ["cnsa"])
    engine.achieve("cnsa", "orbiter")
    data = json.loads(json.dumps(to_dict(engine)))
    assert from_dict(world_scenario, data).state.agencies["cnsa"].bonuses == [0, 1]
    state = data.get("state", data)
    state["agencies"]["cnsa"]["bonuses"] = [9]
    with pytest.raises(GameFormatError):
        from_dict(world_scenario, data)


# --- failed and cancelled history ---------------------------------------------------------


def test_a_failed_or_cancelled_entry_is_never_a_target_of_the_computer(
        world_scenario: Scenario) -> None:
    rules = _game(world_scenario, ["cnsa"]).rules
    # rosc's history has a failed lander (2023-08) and a cancelled orbiter (2027): the
    # orbiter is aimed at its plan's 2024, and the lander at nothing
    assert timetable.documented_targets(rules, "rosc") == {}
    assert timetable.planned_targets(rules, "rosc") == {"orbiter": month_index("2024")}


def test_the_comparison_skips_failed_and_cancelled_dates(world_scenario: Scenario) -> None:
    engine = _game(world_scenario, ["cnsa"])
    engine.achieve("cnsa", "orbiter")
    engine.achieve("cnsa", "lander")
    rows = {r["milestone"]: r for r in history.compare(engine.rules, engine.state, "cnsa")}
    # orbiter: compared with the done entry of 2022, not the cancelled one of 2027
    assert rows["orbiter"]["months_vs_documented"] == month_index("2021") - month_index("2022")
    # lander: only a failed attempt is documented; nothing to compare an achievement with
    assert rows["lander"]["months_vs_documented"] is None
    assert [d["status"] for d in rows["lander"]["documented"]] == ["failed"]


def test_a_bloc_s_joint_stage_gives_its_bonus_to_contributors_and_first_only_to_the_lead(
        scenario: Scenario) -> None:
    from game.core import station
    from game.core.commands import JoinBloc
    from game.core.state import JointProject
    from game.scenario.models import Bonus

    road_map = "ilrs_planning"
    with_bonus = scenario.model_copy(update={"game": scenario.game.model_copy(update={
        "bonuses": [Bonus(milestone=road_map, axis="cooperation", amount=4),
                    Bonus(milestone=road_map, axis="prestige", amount=6, first_only=True)]})})
    engine = new_game(with_bonus, seed=3, humans=["cnsa", "roscosmos", "esa"])
    state = engine.state
    state.joint["ilrs"] = {road_map: JointProject(progress=1.0, spent=200, turns_funded=1,
                                                  contributions={"cnsa": 150,
                                                                 "roscosmos": 50})}
    assert engine.apply(JoinBloc("esa", "ilrs")).ok
    station.complete(engine.world, "ilrs", road_map)
    assert state.agencies["cnsa"].bonuses == [0, 1]  # the leading contributor
    assert state.agencies["roscosmos"].bonuses == [0]
    assert state.agencies["esa"].bonuses == []  # it paid nothing: the use, not the score
