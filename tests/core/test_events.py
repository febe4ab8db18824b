from __future__ import annotations

from game.core.commands import AnswerEvent, EndTurn
from game.core.engine import Engine
from game.core.events import CONDITIONS, EFFECTS
from game.core.new_game import new_game
from game.scenario.models import CONDITION_NAMES, EFFECT_NAMES


def test_the_effect_registry_covers_exactly_the_scenario_names() -> None:
    assert set(EFFECTS) == set(EFFECT_NAMES)


def test_the_condition_registry_covers_exactly_the_scenario_names() -> None:
    assert set(CONDITIONS) == set(CONDITION_NAMES)


def test_an_event_dated_in_the_first_turn_fires_at_its_start(engine: Engine) -> None:
    assert engine.state.fired.get("ilrs_memorandum") == 1
    titles = [e.event for e in engine.current_report("cnsa").events]
    assert "ilrs_memorandum" in titles


def test_a_historical_offer_waits_for_a_human_answer(engine: Engine) -> None:
    offers = [p for p in engine.pending("esa") if p.kind == "offer"]
    assert [p.ref for p in offers] == ["ilrs"]


def test_a_choice_event_waits_for_the_player_and_applies_the_chosen_effects(scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["cnes"])
    from tests.core.conftest import clear_pending

    for _ in range(3):
        if any(p.ref == "dorn_on_change6" for p in engine.pending("cnes")):
            break
        clear_pending(engine, "cnes")
        engine.apply(EndTurn("cnes"))
    assert any(p.ref == "dorn_on_change6" for p in engine.pending("cnes"))
    assert not engine.apply(EndTurn("cnes")).ok
    science = engine.state.agencies["cnes"].scores["science"]
    assert not engine.apply(AnswerEvent("cnes", "dorn_on_change6", 5)).ok
    assert engine.apply(AnswerEvent("cnes", "dorn_on_change6", 0)).ok
    assert engine.state.agencies["cnes"].scores["science"] == science + 8
    assert not engine.apply(AnswerEvent("cnes", "dorn_on_change6", 0)).ok


def test_a_computer_agency_takes_the_scenario_s_ai_choice(scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["esa"])
    from tests.core.conftest import clear_pending

    clear_pending(engine)
    engine.apply(EndTurn("esa"))
    assert engine.state.fired.get("dorn_on_change6") == 1
    assert engine.state.agencies["cnes"].scores["science"] >= 8  # it delivered DORN
    assert not any(p.agency == "cnes" for p in engine.state.pending)


def test_a_one_off_conditional_event_fires_only_once(scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["esa"])
    from tests.core.conftest import clear_pending

    for _ in range(6):
        clear_pending(engine)
        engine.apply(EndTurn("esa"))
    assert engine.state.fired.get("dorn_on_change6") == 1
