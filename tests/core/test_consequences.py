"""Conditions that say what a teacher means, and answers with consequences: any/all/not,
money, trust and past answers; effects that land turns later, follow-up events, an
achievement history decides, a budget changed for good (tests/fixtures/valid/consequences.yaml)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from game.core import events, save
from game.core.commands import AnswerEvent, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.scenario import Scenario, load_scenario
from game.scenario.models import Condition
from tests.core.conftest import words

FIXTURE = Path(__file__).parents[1] / "fixtures" / "valid" / "consequences.yaml"
_CONDITION: TypeAdapter[Any] = TypeAdapter(Condition)


@pytest.fixture(scope="module")
def consequences() -> Scenario:
    return load_scenario(FIXTURE)


@pytest.fixture
def game(consequences: Scenario) -> Engine:
    return new_game(consequences, seed=7, humans=["esa"])


def holds(engine: Engine, aid: str, spec: dict[str, Any]) -> bool:
    return events.holds(engine.world, aid, _CONDITION.validate_python(spec))


def end_turn(engine: Engine) -> None:
    assert engine.apply(EndTurn("esa")).ok


def answer(engine: Engine, choice: int) -> None:
    assert engine.apply(AnswerEvent("esa", "partnership", choice)).ok


# --- conditions -----------------------------------------------------------------------


def test_money_below_and_above_read_the_treasury_now(game: Engine) -> None:
    money = game.state.agencies["esa"].money
    assert holds(game, "esa", {"condition": "money_below", "value": money + 1})
    assert not holds(game, "esa", {"condition": "money_below", "value": money})
    assert holds(game, "esa", {"condition": "money_above", "value": money - 1})
    assert not holds(game, "esa", {"condition": "money_above", "value": money})
    assert holds(game, "esa", {"condition": "money_above", "value": 0, "agency": "cnsa"})


def test_trust_reads_the_bloc_average_or_one_partner(game: Engine) -> None:
    cnsa = game.state.agencies["cnsa"]
    cnsa.trust["roscosmos"] = 30
    assert holds(game, "cnsa", {"condition": "trust_below", "value": 31})
    assert not holds(game, "cnsa", {"condition": "trust_above", "value": 30})
    assert holds(game, "cnsa", {"condition": "trust_above", "value": 29,
                                "partner": "roscosmos"})
    # CNSA's trust toward the addressee (partner: self), never set: the 50 changes start from
    assert holds(game, "esa", {"condition": "trust_above", "value": 49, "agency": "cnsa",
                               "partner": "self"})


def test_trust_in_a_bloc_does_not_hold_for_an_agency_without_one(game: Engine) -> None:
    assert not holds(game, "esa", {"condition": "trust_below", "value": 100})
    assert not holds(game, "esa", {"condition": "trust_above", "value": 0})


def test_any_all_and_not_combine_conditions_and_nest(game: Engine) -> None:
    member = {"condition": "member", "bloc": "ilrs"}
    alone = {"condition": "independent"}
    assert holds(game, "esa", {"condition": "any", "of": [member, alone]})
    assert not holds(game, "esa", {"condition": "all", "of": [member, alone]})
    assert holds(game, "esa", {"condition": "not", "of": [member]})
    assert not holds(game, "esa", {"condition": "not", "of": [member, alone]})
    nested = {"condition": "all", "of": [
        {"condition": "not", "of": [{"condition": "in_bloc"}]},
        {"condition": "any", "of": [{"condition": "achieved", "milestone": "orbiter"},
                                    {"condition": "before", "date": "2022"}]}]}
    assert holds(game, "esa", nested)
    assert not holds(game, "cnsa", nested)


def test_every_leaf_condition_works_inside_a_group(game: Engine) -> None:
    leaves = [{"condition": "member", "bloc": "ilrs"}, {"condition": "in_bloc"},
              {"condition": "first", "milestone": "orbiter"},
              {"condition": "achieved", "milestone": "orbiter"},
              {"condition": "after", "date": "2030"}]
    for leaf in leaves:
        alone = holds(game, "esa", leaf)
        assert holds(game, "esa", {"condition": "any", "of": [leaf]}) == alone
        assert holds(game, "esa", {"condition": "not", "of": [leaf]}) == (not alone)


def test_conditions_nest_only_so_deep() -> None:
    spec: dict[str, Any] = {"condition": "in_bloc"}
    for _ in range(4):
        spec = {"condition": "not", "of": [spec]}
    _CONDITION.validate_python(spec)
    with pytest.raises(ValidationError, match="nest at most"):
        _CONDITION.validate_python({"condition": "any", "of": [spec]})


def test_chose_holds_once_the_agency_took_that_answer(game: Engine) -> None:
    chose = {"condition": "chose", "event": "partnership", "choice": "accept"}
    assert not holds(game, "esa", chose)
    answer(game, 0)
    assert holds(game, "esa", chose)
    assert not holds(game, "esa", {**chose, "choice": "refuse"})
    assert game.state.choices == {"esa": {"partnership": [0]}}


# --- consequences ---------------------------------------------------------------------


def test_a_background_event_dated_before_the_start_fires_on_the_first_turn(
        game: Engine) -> None:
    assert game.state.fired.get("memorandum") == 1
    assert "memorandum" in [e.event for e in game.current_report("cnsa").events]
    assert game.state.agencies["cnsa"].support == 63


def test_a_delayed_effect_lands_on_its_turn_and_says_so(game: Engine) -> None:
    answer(game, 0)
    support = game.state.agencies["esa"].support
    end_turn(game)  # turn 1: not yet
    assert game.state.agencies["esa"].support == support
    end_turn(game)  # turn 2: it lands, with the news naming the event it was decided in
    assert game.state.agencies["esa"].support == support + 5
    said = [words(game, m) for m in game.current_report("esa").news]
    assert "As decided in A partnership offer: Public support +5 (game value)" in said
    assert not game.state.scheduled


def test_a_delayed_effect_survives_a_save_and_load_in_mid_delay(
        game: Engine, consequences: Scenario) -> None:
    answer(game, 0)
    end_turn(game)
    data = json.loads(json.dumps(save.to_dict(game)))
    loaded = save.from_dict(consequences, data)
    assert loaded.state.scheduled == game.state.scheduled
    assert loaded.state.choices == game.state.choices
    support = loaded.state.agencies["esa"].support
    assert loaded.apply(EndTurn("esa")).ok
    assert loaded.state.agencies["esa"].support == support + 5


def test_a_save_from_before_consequences_still_loads(game: Engine,
                                                     consequences: Scenario) -> None:
    data = json.loads(json.dumps(save.to_dict(game)))
    for key in ("choices", "scheduled"):
        del data["state"][key]
    for agency in data["state"]["agencies"].values():
        del agency["budget_change"]
    loaded = save.from_dict(consequences, data)
    assert loaded.state.scheduled == [] and loaded.state.choices == {}


def test_a_damaged_delayed_effect_fails_on_loading(game: Engine,
                                                  consequences: Scenario) -> None:
    answer(game, 0)
    data = json.loads(json.dumps(save.to_dict(game)))
    data["state"]["scheduled"][0]["effect"] = 9
    with pytest.raises(save.GameFormatError, match="delayed effect"):
        save.from_dict(consequences, data)


def test_a_follow_up_event_reaches_the_agency_next_turn(game: Engine) -> None:
    answer(game, 0)
    assert "payoff" not in game.state.fired
    science = game.state.agencies["esa"].scores["science"]
    end_turn(game)
    assert game.state.fired.get("payoff") == 1
    assert "payoff" in [e.event for e in game.current_report("esa").events]
    assert game.state.agencies["esa"].scores["science"] == science + 7
    assert "payoff" not in [e.event for e in game.current_report("cnsa").events]


def test_a_follow_up_event_never_fires_on_its_own(game: Engine) -> None:
    answer(game, 1)
    for _ in range(3):
        end_turn(game)
    assert "payoff" not in game.state.fired


def test_an_achieve_effect_achieves_without_a_launch_and_takes_the_first(
        game: Engine) -> None:
    cnsa = game.state.agencies["cnsa"]
    answer(game, 1)
    assert "orbiter" not in cnsa.achieved
    science, prestige = cnsa.scores["science"], cnsa.scores["prestige"]
    end_turn(game)  # turn 1, from 2021-09 to 2022-02, holds the event's date
    assert cnsa.achieved["orbiter"] == 1
    assert game.state.firsts["orbiter"] == ("cnsa", 1)
    assert cnsa.scores["science"] == science + 10
    assert cnsa.scores["prestige"] == prestige + 4 + 6
    assert not game.current_report("cnsa").launches


def test_a_budget_effect_changes_every_later_turn_s_income(game: Engine) -> None:
    esa = game.state.agencies["esa"]
    support = esa.support
    answer(game, 1)  # refuse: the budget falls by 200 a year
    assert esa.budget_change == -200
    end_turn(game)
    assert esa.support == support  # income depends on support: keep the comparison fair
    tuning = game.rules.tuning
    factor = tuning.support_income_low + tuning.support_income_span * support / 100
    factor *= dict(tuning.difficulty_income)[game.state.difficulty]
    assert esa.income == round((800 - 200) * 0.5 * factor)


def test_a_budget_never_falls_below_zero(game: Engine) -> None:
    from game.scenario.models import BudgetEffect

    cut = BudgetEffect(effect="budget", amount=-5000)
    events.EFFECTS["budget"](game.world, "esa", cut)
    assert game.state.agencies["esa"].budget_change == -800
    answer(game, 0)
    end_turn(game)
    assert game.state.agencies["esa"].income == 0


def test_a_follow_up_naming_an_agency_reaches_that_agency(tmp_path: Path) -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "{effect: follow_up, event: payoff}", "{effect: follow_up, event: payoff, agency: cnsa}")
    text = text.replace("      - {condition: chose, event: partnership, choice: accept}\n", "")
    text = text.replace("    when:\n    effects:\n      - {effect: science, amount: 7}",
                        "    effects:\n      - {effect: science, amount: 7}")
    path = tmp_path / "named.yaml"
    path.write_text(text, encoding="utf-8")
    engine = new_game(load_scenario(path), seed=7, humans=["esa"])
    answer(engine, 0)
    end_turn(engine)
    assert "payoff" in [e.event for e in engine.current_report("cnsa").events]
    assert "payoff" not in [e.event for e in engine.current_report("esa").events]
