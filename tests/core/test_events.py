from __future__ import annotations

from game.core.commands import AnswerEvent, EndTurn
from game.core.engine import Engine
from game.core.events import CONDITIONS, EFFECTS
from game.core.new_game import new_game
from game.scenario import Scenario
from game.scenario.models import CONDITION_NAMES, EFFECT_NAMES, Event


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


# --- conditions that know blocs, partners and firsts -----------------------------------


def _land_first(engine: Engine, aid: str, mid: str = "crewed_landing") -> None:
    """`aid` achieved `mid` last turn, taking its first (as missions.achieve records it)."""
    state = engine.state
    state.agencies[aid].achieved[mid] = state.turn
    state.firsts[mid] = (aid, state.turn)


def _next_turn(engine: Engine, *humans: str) -> None:
    from tests.core.conftest import clear_pending

    for aid in humans or tuple(engine.state.humans):
        clear_pending(engine, aid)
        assert engine.apply(EndTurn(aid)).ok


def _events_of(engine: Engine, aid: str) -> list[str]:
    return [e.event for e in engine.current_report(aid).events]


def test_landing_pressure_spares_an_agency_whose_partner_landed_first(scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["esa"])
    assert engine.state.agencies["esa"].bloc == engine.state.agencies["nasa"].bloc == "artemis"
    _land_first(engine, "nasa")
    _next_turn(engine)
    assert "rival_landing_pressure" not in _events_of(engine, "esa")
    assert "partner_landing_pride" in _events_of(engine, "esa")
    assert "rival_landing_pressure" in _events_of(engine, "cnsa")  # NASA is CNSA's rival
    assert "partner_landing_pride" not in _events_of(engine, "cnsa")
    assert "rival_landing_pressure" not in _events_of(engine, "nasa")  # it landed


def test_landing_pressure_reaches_an_agency_when_a_rival_landed_first(scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["esa"])
    _land_first(engine, "cnsa")
    _next_turn(engine)
    assert "rival_landing_pressure" in _events_of(engine, "esa")
    assert any(p.ref == "rival_landing_pressure" for p in engine.pending("esa"))
    assert "partner_landing_pride" in _events_of(engine, "roscosmos")


def _holds(engine: Engine, aid: str, **spec: object) -> bool:
    from pydantic import TypeAdapter

    from game.scenario.models import Condition

    parsed = TypeAdapter(Condition).validate_python(spec)
    return CONDITIONS[parsed.condition](engine.world, aid, parsed)


def test_achieved_by_partner_rival_and_other_read_the_blocs_of_now(engine: Engine) -> None:
    # CNSA starts with a lunar lander; ESA (Artemis) has none.
    assert "lunar_lander" in engine.state.agencies["cnsa"].achieved
    assert _holds(engine, "esa", condition="achieved", milestone="lunar_lander", by="rival")
    assert _holds(engine, "esa", condition="achieved", milestone="lunar_lander", by="other")
    assert _holds(engine, "roscosmos", condition="achieved", milestone="lunar_lander",
                  by="partner")
    assert not _holds(engine, "esa", condition="achieved", milestone="lunar_lander",
                      by="partner")  # no Artemis member has landed a robot at the start
    assert _holds(engine, "esa", condition="achieved", milestone="lunar_orbiter",
                  by="partner")  # NASA has an orbiter
    assert _holds(engine, "cnsa", condition="not_achieved", milestone="permanent_base",
                  by="partner")
    engine.state.agencies["esa"].bloc = "ilrs"  # partners are whoever shares the bloc now
    assert _holds(engine, "esa", condition="achieved", milestone="lunar_lander", by="partner")
    assert not _holds(engine, "esa", condition="not_achieved", milestone="lunar_lander",
                      by="partner")


def test_an_independent_agency_has_only_rivals(engine: Engine) -> None:
    assert engine.state.agencies["brazil"].bloc is None
    assert _holds(engine, "brazil", condition="achieved", milestone="lunar_lander", by="rival")
    assert not _holds(engine, "brazil", condition="achieved", milestone="lunar_lander",
                      by="partner")


def test_first_names_who_took_a_milestone_s_first(engine: Engine) -> None:
    assert not _holds(engine, "esa", condition="first", milestone="crewed_landing")
    _land_first(engine, "jaxa")
    assert _holds(engine, "esa", condition="first", milestone="crewed_landing")
    assert _holds(engine, "esa", condition="first", milestone="crewed_landing", by="partner")
    assert not _holds(engine, "esa", condition="first", milestone="crewed_landing", by="rival")
    assert _holds(engine, "jaxa", condition="first", milestone="crewed_landing", by="self")
    assert _holds(engine, "cnsa", condition="first", milestone="crewed_landing", by="rival")
    assert _holds(engine, "cnsa", condition="first", milestone="crewed_landing", by="partner",
                  agency="esa")  # read from ESA's side


def test_in_bloc_and_member_may_name_another_agency(engine: Engine) -> None:
    assert _holds(engine, "esa", condition="in_bloc")
    assert not _holds(engine, "brazil", condition="in_bloc")
    assert _holds(engine, "cnes", condition="in_bloc", agency="esa")
    assert _holds(engine, "cnes", condition="member", bloc="artemis", agency="esa")
    assert not _holds(engine, "cnes", condition="member", bloc="ilrs", agency="esa")


def test_europe_divided_reaches_cnes_in_the_ilrs_while_esa_is_in_artemis(scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["cnes"])
    engine.state.agencies["cnes"].bloc = "ilrs"
    _next_turn(engine)
    assert "europe_divided" in _events_of(engine, "cnes")
    assert any(p.ref == "europe_divided" for p in engine.pending("cnes"))


# --- repeats and hot-seat limits -------------------------------------------------------


def _only_event(scenario, **game: object) -> Scenario:
    """The scenario with one random event, addressed to all, whose game values are `game`."""
    event = Event.model_validate({
        "title": "Test", "text": "A test event. (A game event, not history.)",
        "kind": "random", "claim": "fiction", "sources": ["moonward"],
        "effects": [{"effect": "support", "amount": 0}], "game": game})
    return scenario.model_copy(update={"events": {"test_event": event}})


def _reached(engine: Engine) -> list[str]:
    return [aid for aid in engine.state.agencies if "test_event" in _events_of(engine, aid)]


def test_a_one_off_random_event_fires_once_even_when_it_reaches_several(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0), seed=1, humans=["esa"])
    assert len(_reached(engine)) == len(engine.state.agencies)  # one human and every AI
    for _ in range(3):
        _next_turn(engine)
        assert _reached(engine) == []
    assert engine.state.fired["test_event"] == 1
    assert engine.state.fired_turn["test_event"] == 0


def test_a_repeat_event_keeps_its_gap_and_its_most_times(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0, repeat=True, max_times=3, gap_turns=2),
                      seed=1, humans=["esa"])
    fired_on = [engine.state.turn] if _reached(engine) else []
    for _ in range(9):
        _next_turn(engine)
        if _reached(engine):
            fired_on.append(engine.state.turn)
    assert fired_on == [0, 2, 4]
    assert engine.state.fired["test_event"] == 3


def test_a_repeat_event_without_a_gap_takes_the_game_s_default(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0, repeat=True), seed=1, humans=["esa"])
    gap = engine.rules.tuning.event_gap_turns
    fired_on = [0]
    for _ in range(2 * gap):
        _next_turn(engine)
        if _reached(engine):
            fired_on.append(engine.state.turn)
    assert fired_on == [0, gap, 2 * gap]


def test_a_random_event_reaches_one_hot_seat_team_a_turn(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0, repeat=True, gap_turns=1),
                      seed=1, humans=["esa", "cnes"])
    for _ in range(4):
        humans = [aid for aid in _reached(engine) if aid in engine.state.humans]
        assert len(humans) == 1
        computers = [aid for aid in _reached(engine) if aid not in engine.state.humans]
        assert len(computers) == len(engine.state.agencies) - 2  # computers are not limited
        _next_turn(engine)


def test_the_team_a_shared_random_event_reaches_takes_turns(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0, repeat=True, gap_turns=1),
                      seed=1, humans=["esa", "cnes"])
    reached = []
    for _ in range(4):
        reached += [aid for aid in _reached(engine) if aid in engine.state.humans]
        _next_turn(engine)
    assert reached == ["esa", "cnes", "esa", "cnes"]


def test_a_random_event_marked_together_reaches_every_team(scenario) -> None:
    engine = new_game(_only_event(scenario, chance=1.0, together=True), seed=1,
                      humans=["esa", "cnes"])
    assert {"esa", "cnes"} <= set(_reached(engine))


def test_no_agency_meets_more_random_events_a_turn_than_the_game_allows(scenario) -> None:
    events = {f"test_{i}": Event.model_validate({
        "title": "Test", "text": "A test. (A game event, not history.)", "kind": "random",
        "claim": "fiction", "sources": ["moonward"], "game": {"chance": 1.0, "together": True},
    }) for i in range(3)}
    engine = new_game(scenario.model_copy(update={"events": events}), seed=1,
                      humans=["esa", "cnes"])
    most = engine.rules.tuning.random_events_per_agency_turn
    counts = {aid: len(_events_of(engine, aid)) for aid in engine.state.agencies}
    assert set(counts.values()) == {most}
    assert engine.state.fired == {"test_0": 1}  # the others found nobody left to reach
