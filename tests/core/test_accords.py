"""The Artemis road's own rules (game/core/accords.py): crew seats, commercial services,
released data and emergency assistance, as the moon_2021 scenario gives them."""

from __future__ import annotations

import json

import pytest

from game.core import accords
from game.core import milestones as ms
from game.core.commands import Allocate, EndTurn, JoinBloc, LeaveBloc
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import Seat
from game.core.save import from_dict, to_dict
from game.scenario import Scenario
from tests.core.conftest import clear_pending, words


def _score(engine: Engine, aid: str, axis: str) -> float:
    return engine.state.agencies[aid].scores[axis]


def test_the_scenario_gives_artemis_its_four_rules(engine: Engine) -> None:
    artemis = engine.rules.blocs["artemis"]
    assert artemis.road_rules == accords.RULES
    assert artemis.commercial == "artemis_commercial"
    assert not engine.rules.blocs["ilrs"].road_rules & accords.RULES


# --- crew seats ---------------------------------------------------------------------------


def test_a_partner_with_enough_credit_flies_on_the_leads_crewed_mission(engine: Engine) -> None:
    need = engine.rules.tuning.seat_contribution
    esa, jaxa = engine.state.agencies["esa"], engine.state.agencies["jaxa"]
    esa.seat_credit["artemis"] = need + 10
    jaxa.seat_credit["artemis"] = need - 1
    before = {aid: (_score(engine, aid, "prestige"), _score(engine, aid, "science"),
                    engine.state.agencies[aid].trust["nasa"]) for aid in ("esa", "jaxa")}
    engine.achieve("nasa", "crewed_lunar_orbit")
    tuning = engine.rules.tuning
    assert _score(engine, "esa", "prestige") == before["esa"][0] + tuning.seat_prestige
    assert _score(engine, "esa", "science") == before["esa"][1] + tuning.seat_science
    assert esa.trust["nasa"] == before["esa"][2] + tuning.seat_trust
    assert esa.seat_credit["artemis"] == 10  # the seat is paid for out of the credit
    assert engine.state.current["esa"].seats == [
        Seat("crewed_lunar_orbit", "nasa", tuning.seat_prestige, tuning.seat_science)]
    # One short of a seat: nothing changes.
    assert (_score(engine, "jaxa", "prestige"), _score(engine, "jaxa", "science"),
            jaxa.trust["nasa"]) == before["jaxa"]
    assert jaxa.seat_credit["artemis"] == need - 1
    assert engine.state.current["jaxa"].seats == []
    news = [words(engine, n.message) for n in engine.state.news]
    assert "An astronaut of ESA flies on NASA's Crew around the Moon" in news


def test_no_seat_on_an_uncrewed_test_flight(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    esa.seat_credit["artemis"] = 10 * engine.rules.tuning.seat_contribution
    assert not accords.is_seat_flight(engine.rules, engine.rules.milestones["heavy_launcher"])
    engine.achieve("nasa", "heavy_launcher")
    assert engine.state.current["esa"].seats == []


def test_only_the_leads_crewed_flights_carry_partners(engine: Engine) -> None:
    jaxa = engine.state.agencies["jaxa"]
    jaxa.seat_credit["artemis"] = engine.rules.tuning.seat_contribution
    engine.achieve("esa", "crewed_lunar_orbit")
    assert engine.state.current["jaxa"].seats == []
    assert jaxa.seat_credit["artemis"] == engine.rules.tuning.seat_contribution


def test_dues_and_bloc_priced_spending_count_toward_a_seat(engine: Engine) -> None:
    dues = engine.rules.dues["artemis"]
    esa = engine.state.agencies["esa"]
    assert esa.seat_credit == {"artemis": dues}  # the first turn's dues are paid
    assert "nasa" not in engine.state.agencies["nasa"].seat_credit  # the lead flies its own
    assert engine.apply(Allocate("esa", "artemis_commercial", 100)).ok
    assert engine.apply(Allocate("esa", "lunar_orbiter", 100)).ok  # not bloc-priced
    clear_pending(engine)
    assert engine.apply(EndTurn("esa")).ok
    assert esa.seat_credit["artemis"] == dues + 100 + dues


def test_an_independent_agency_earns_no_seat_credit(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["esa"])
    assert engine.apply(LeaveBloc("esa")).ok
    clear_pending(engine)
    assert engine.apply(EndTurn("esa")).ok
    assert engine.state.agencies["esa"].seat_credit == {"artemis": engine.rules.dues["artemis"]}


# --- commercial services ------------------------------------------------------------------


def _cost(engine: Engine, aid: str, mid: str) -> int:
    agency = engine.state.agencies[aid]
    return ms.effective_cost(engine.rules, engine.state, agency, engine.rules.milestones[mid])


def test_robotic_missions_cost_less_only_once_the_commercial_milestone_is_achieved(
        engine: Engine) -> None:
    rules = engine.rules
    lander = rules.milestones["lunar_lander"]
    before = {mid: _cost(engine, "esa", mid)
              for mid in ("lunar_lander", "crewed_landing", "heavy_launcher", "ilrs_planning")}
    assert before["lunar_lander"] == lander.cost
    assert not accords.commercial_open(rules, engine.state, "artemis")
    engine.achieve("jaxa", "artemis_commercial")
    assert accords.commercial_open(rules, engine.state, "artemis")
    off = 1 - rules.tuning.commercial_discount
    assert _cost(engine, "esa", "lunar_lander") == round(lander.cost * off)
    # Crewed missions, programmes and what the bloc already prices are as they were.
    for mid in ("crewed_landing", "heavy_launcher", "ilrs_planning"):
        assert _cost(engine, "esa", mid) == before[mid]
    # A rival outside the bloc pays full price.
    assert _cost(engine, "cnsa", "lunar_lander") == lander.cost
    # The chance and a failure's price follow the new cost.
    assert engine.milestone_view("esa", "lunar_lander").cost == round(lander.cost * off)


def test_the_bloc_view_says_whether_the_discount_is_in_force(engine: Engine) -> None:
    def lines() -> list[str]:
        return [words(engine, m) for m in engine.bloc_view("esa", "artemis").road_status]

    off = round(engine.rules.tuning.commercial_discount * 100)
    assert f"Members' robotic missions will cost {off}% less once a member achieves " \
           "Commercial partnerships" in lines()
    engine.achieve("nasa", "artemis_commercial")
    assert f"Commercial services in force: members' robotic missions cost {off}% less" in lines()


# --- released data ------------------------------------------------------------------------


def test_a_members_robotic_mission_gives_the_other_members_science(engine: Engine) -> None:
    before = {aid: _score(engine, aid, "science") for aid in engine.state.agencies}
    engine.achieve("jaxa", "lunar_lander")
    share = engine.rules.tuning.released_data_share * engine.rules.milestones[
        "lunar_lander"].science
    for aid in ("esa", "nasa"):
        assert _score(engine, aid, "science") == pytest.approx(before[aid] + share)
    assert _score(engine, "cnsa", "science") == before["cnsa"]  # not a member
    assert any("releases the data" in words(engine, m)
               for m in engine.state.current["esa"].news)


def test_crewed_missions_release_no_data(engine: Engine) -> None:
    before = _score(engine, "esa", "science")
    engine.achieve("jaxa", "crewed_lunar_orbit")
    assert _score(engine, "esa", "science") == before


# --- emergency assistance -----------------------------------------------------------------


def test_a_member_with_partners_gets_the_crew_safe_bonus(engine: Engine) -> None:
    rules, state = engine.rules, engine.state
    assert accords.crew_safe_bonus(rules, state, "esa") == rules.tuning.assistance_safe_bonus
    assert accords.crew_safe_bonus(rules, state, "cnsa") == 0.0  # the ILRS lacks the rule
    assert engine.apply(LeaveBloc("esa")).ok
    assert accords.crew_safe_bonus(rules, state, "esa") == 0.0


def test_no_crew_safe_bonus_without_a_partner_to_help(engine: Engine) -> None:
    for aid, agency in engine.state.agencies.items():
        if agency.bloc == "artemis" and aid != "nasa":
            agency.bloc = None
    assert accords.crew_safe_bonus(engine.rules, engine.state, "nasa") == 0.0


# --- saves --------------------------------------------------------------------------------


def test_seat_credit_and_seats_survive_save_and_load(engine: Engine, scenario: Scenario) -> None:
    engine.state.agencies["esa"].seat_credit["artemis"] = 1000
    engine.achieve("nasa", "crewed_lunar_orbit")
    data = json.loads(json.dumps(to_dict(engine)))
    loaded = from_dict(scenario, data)
    assert loaded.state.agencies["esa"].seat_credit == engine.state.agencies["esa"].seat_credit
    assert loaded.state.current["esa"].seats == engine.state.current["esa"].seats
    assert loaded.state.current["esa"].seats


def test_a_save_from_before_seat_credit_still_loads(engine: Engine, scenario: Scenario) -> None:
    data = json.loads(json.dumps(to_dict(engine)))
    for agency in data["state"]["agencies"].values():
        del agency["seat_credit"]
    for report in data["state"]["current"].values():
        del report["seats"]
    loaded = from_dict(scenario, data)
    assert loaded.state.agencies["esa"].seat_credit == {}


def test_a_save_with_credit_in_an_unknown_bloc_is_refused(engine: Engine,
                                                          scenario: Scenario) -> None:
    from game.core.save import GameFormatError

    data = json.loads(json.dumps(to_dict(engine)))
    data["state"]["agencies"]["esa"]["seat_credit"] = {"nowhere": 10}
    with pytest.raises(GameFormatError, match="seat credit"):
        from_dict(scenario, data)


# --- switching road -----------------------------------------------------------------------


def test_an_agency_joining_artemis_sees_its_seat_credit_grow_within_three_turns(
        scenario: Scenario) -> None:
    engine = new_game(scenario, seed=5, humans=["cnes"])
    assert engine.state.agencies["cnes"].bloc != "artemis"
    outside = [words(engine, m) for m in engine.bloc_view("cnes", "artemis").road_status]
    assert any("Members earn a seat on NASA's crewed flights" in line for line in outside)
    assert engine.apply(JoinBloc("cnes", "artemis")).ok
    need = engine.rules.tuning.seat_contribution
    credits = []
    for _ in range(3):
        clear_pending(engine, "cnes")
        assert engine.apply(EndTurn("cnes")).ok
        credit = engine.state.agencies["cnes"].seat_credit["artemis"]
        credits.append(credit)
        lines = [words(engine, m) for m in engine.bloc_view("cnes", "artemis").road_status]
        assert f"{credit} of {need} million toward a seat on NASA's next crewed flight" in lines
    assert credits == sorted(credits) and credits[0] > 0 and credits[-1] > credits[0]


def test_released_data_waits_for_the_turn_to_resolve_in_hot_seat(scenario: Scenario) -> None:
    from game.core import missions

    engine = new_game(scenario, seed=2, humans=["esa", "jaxa"])
    engine.world.actor = "esa"  # ESA's own launch, while JAXA's team has not yet ended its turn
    missions.achieve(engine.world, "esa", "lunar_lander")
    engine.world.actor = None
    jaxa = engine.state.current["jaxa"]
    assert not any("releases the data" in words(engine, m) for m in jaxa.news)
    assert any("releases the data" in words(engine, h.message) for h in jaxa.held_news)
