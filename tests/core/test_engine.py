from __future__ import annotations

import json

from game.core.commands import Allocate, Attempt, DeclineOffer, EndTurn, JoinBloc, LeaveBloc
from game.core.engine import Engine
from game.core.save import canonical_json
from tests.core.conftest import clear_pending, words


def end_turn(engine: Engine, agency: str = "esa") -> None:
    clear_pending(engine, agency)
    result = engine.apply(EndTurn(agency))
    assert result.ok, result.reason


def test_a_basic_turn_allocates_spends_and_moves_on(engine: Engine) -> None:
    before = engine.state.agencies["esa"].money
    assert engine.apply(Allocate("esa", "lunar_orbiter", 100)).ok
    assert engine.budget_view("esa").allocated == 100
    assert engine.budget_view("esa").free == before - 100
    end_turn(engine)
    assert engine.state.turn == 1
    project = engine.state.agencies["esa"].projects["lunar_orbiter"]
    assert project.spent == 100 and project.progress > 0
    report = engine.last_report("esa")
    assert report is not None and report.progress[0].milestone == "lunar_orbiter"


def test_an_overspending_allocation_is_refused_and_changes_nothing(engine: Engine) -> None:
    agency = engine.state.agencies["esa"]
    agency.money = 200  # less than the orbiter's full speed, so the money is what refuses
    before = canonical_json(engine)
    result = engine.apply(Allocate("esa", "lunar_orbiter", 201))
    assert not result.ok and "available" in words(engine, result.reason)
    assert canonical_json(engine) == before


def test_funding_beyond_full_speed_is_capped_and_the_result_says_so(engine: Engine) -> None:
    cap = engine.milestone_view("esa", "lunar_orbiter").full_speed
    result = engine.apply(Allocate("esa", "lunar_orbiter", cap + 500))
    assert result.ok and result.capped == cap
    assert engine.budget_view("esa").allocated == cap


def test_a_second_allocation_replaces_the_first(engine: Engine) -> None:
    engine.apply(Allocate("esa", "lunar_orbiter", 100))
    engine.apply(Allocate("esa", "lunar_orbiter", 40))
    assert engine.budget_view("esa").allocated == 40


def test_funding_a_locked_milestone_is_refused_with_what_it_needs(engine: Engine) -> None:
    result = engine.apply(Allocate("esa", "lunar_lander", 10))
    assert not result.ok and "needs first" in words(engine, result.reason)


def test_attempting_an_unfinished_mission_is_refused(engine: Engine) -> None:
    result = engine.apply(Attempt("esa", "lunar_orbiter"))
    assert not result.ok and "not ready" in words(engine, result.reason)


def test_end_turn_waits_for_an_answer_to_a_pending_offer(engine: Engine) -> None:
    assert engine.pending("esa"), "the ILRS invitation reaches ESA in March 2021"
    result = engine.apply(EndTurn("esa"))
    assert not result.ok and engine.state.turn == 0
    assert engine.apply(DeclineOffer("esa", "ilrs")).ok
    assert engine.apply(EndTurn("esa")).ok and engine.state.turn == 1


def test_the_computer_s_agencies_cannot_be_ended_by_a_player(engine: Engine) -> None:
    assert not engine.apply(EndTurn("nasa")).ok


def test_unknown_agencies_and_milestones_are_refused(engine: Engine) -> None:
    assert not engine.apply(Allocate("mars_inc", "lunar_orbiter", 1)).ok
    assert not engine.apply(Allocate("esa", "warp_drive", 1)).ok
    assert not engine.apply(Allocate("esa", "lunar_orbiter", -5)).ok


def test_the_game_lasts_its_turn_count_then_refuses_commands(engine: Engine) -> None:
    turns = 0
    while not engine.is_over:
        end_turn(engine)
        turns += 1
    assert turns == engine.state.turn_count == 20
    assert engine.state.end_reason == "end_date"
    assert not engine.apply(Allocate("esa", "lunar_orbiter", 1)).ok
    assert len(engine.standings()) == len(engine.state.agencies)


def test_income_rises_with_public_support(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    low = engine.income(esa)
    esa.support += 30
    assert engine.income(esa) > low


def test_part_of_unspent_money_carries_over(engine: Engine) -> None:
    money = engine.state.agencies["esa"].money
    end_turn(engine)
    esa = engine.state.agencies["esa"]
    dues = engine.bloc_view("esa", "artemis").dues_per_turn
    carried = esa.money - esa.income + dues
    assert 0 < carried < money


def test_leaving_a_bloc_then_joining_the_other_switches_sides(engine: Engine) -> None:
    assert engine.state.agencies["esa"].bloc == "artemis"
    assert engine.apply(LeaveBloc("esa")).ok
    assert engine.state.agencies["esa"].bloc is None
    assert not engine.apply(LeaveBloc("esa")).ok
    assert engine.apply(JoinBloc("esa", "ilrs")).ok
    assert engine.state.agencies["esa"].bloc == "ilrs"


def test_refused_commands_are_not_logged(engine: Engine) -> None:
    engine.apply(Allocate("esa", "lunar_lander", 10))
    assert engine.commands == []
    engine.apply(Allocate("esa", "lunar_orbiter", 10))
    assert len(engine.commands) == 1


def test_the_state_is_json_serialisable_every_turn(engine: Engine) -> None:
    for _ in range(5):
        json.dumps(engine.state.to_dict())
        end_turn(engine)


def test_a_game_retold_in_another_language_plays_on_exactly_as_before() -> None:
    """Settings changes the language mid-game: the engine takes the scenario read in French
    and the game goes on as it would have in English, draw for draw."""
    from game import i18n, paths
    from game.core.commands import EndTurn as End
    from game.core.new_game import new_game
    from game.core.policies import play_turn
    from game.scenario.loader import load_scenario

    english = load_scenario(paths.DEFAULT_SCENARIO)
    try:
        i18n.set_language("fr")
        french = load_scenario(paths.DEFAULT_SCENARIO)
    finally:
        i18n.set_language("en")
    assert french.milestones["lunar_orbiter"].name != english.milestones["lunar_orbiter"].name
    games = [new_game(english, 11, humans=["esa"]) for _ in range(2)]
    for turn in range(6):
        if turn == 2:
            games[1].retell(french)
        for game in games:
            play_turn(game, "esa", "best", game.apply)
            game.apply(End("esa"))
    assert games[1].rules.milestones["lunar_orbiter"].name == "Orbiteur lunaire"
    assert canonical_json(games[0]) == canonical_json(games[1])
