"""Bilateral deals: an instrument on another agency's mission (the independent road)."""

from __future__ import annotations

from typing import Any

from game.core import commands as cmd
from game.core import save
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import Ref
from game.core.state import Deal, Project
from game.scenario import Scenario
from tests.core.conftest import words


class Draws:
    """A generator whose every draw is `value` (0.0: every step flies; 0.9999: it fails)."""

    def __init__(self, value: float) -> None:
        self.value = value

    def random(self, size: int | None = None) -> Any:
        return self.value if size is None else [self.value] * size


def cnes_game(scenario: Scenario) -> Engine:
    """CNES, in no bloc at the start, played by the class."""
    engine = new_game(scenario, seed=3, humans=["cnes"])
    engine.state.agencies["cnes"].money = 500
    return engine


def ready(engine: Engine, aid: str, mid: str) -> None:
    rule = engine.rules.milestones[mid]
    engine.state.agencies[aid].projects[mid] = Project(progress=1.0, turns_funded=rule.min_turns)
    assert engine.status(aid, mid) == "ready"


def test_placing_an_instrument_pays_now_and_opens_a_deal(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    cost = engine.rules.tuning.instrument_cost
    result = engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station"))
    assert result.ok
    assert engine.state.agencies["cnes"].money == 500 - cost
    assert engine.open_deals("cnes") == [Deal("cnes", "cnsa", "robotic_station", 0)]
    report = engine.current_report("cnes")
    assert report is not None and report.deals_paid == -cost


def test_the_hosts_success_gives_the_owner_science_and_both_cooperation(
        scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    assert engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station")).ok
    tuning = engine.rules.tuning
    cnes, cnsa = engine.state.agencies["cnes"], engine.state.agencies["cnsa"]
    science, cooperation, host_coop = (cnes.scores["science"], cnes.scores["cooperation"],
                                       cnsa.scores["cooperation"])
    ready(engine, "cnsa", "robotic_station")
    engine.world.rng = Draws(0.0)  # type: ignore[assignment]
    result = engine.apply(cmd.Attempt("cnsa", "robotic_station"))
    assert result.ok and result.launch is not None and result.launch.success
    assert cnes.scores["science"] == science + tuning.instrument_science
    assert cnes.scores["cooperation"] == cooperation + tuning.instrument_cooperation
    assert cnsa.scores["cooperation"] >= host_coop + tuning.instrument_cooperation
    assert engine.open_deals("cnes") == []
    assert any("instrument flew" in words(engine, n.message) for n in engine.state.news)


def test_the_hosts_failure_loses_the_instrument(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    assert engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station")).ok
    science = engine.state.agencies["cnes"].scores["science"]
    ready(engine, "cnsa", "robotic_station")
    engine.world.rng = Draws(0.9999)  # type: ignore[assignment]
    result = engine.apply(cmd.Attempt("cnsa", "robotic_station"))
    assert result.ok and result.launch is not None and not result.launch.success
    assert engine.open_deals("cnes") == []
    assert engine.state.agencies["cnes"].scores["science"] == science
    assert any("instrument was lost" in words(engine, n.message) for n in engine.state.news)


def test_the_2011_restriction_bars_a_deal_between_nasa_and_cnsa_either_way(
        scenario: Scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["nasa"])
    engine.state.agencies["nasa"].bloc = None  # on its own road, and still barred
    engine.state.agencies["cnsa"].bloc = None
    engine.state.agencies["nasa"].money = engine.state.agencies["cnsa"].money = 900
    for owner, host in (("nasa", "cnsa"), ("cnsa", "nasa")):
        mid = next(o.milestone for o in engine.deal_options(owner) if o.host == host)
        result = engine.apply(cmd.PlaceInstrument(owner, host, mid))
        assert not result.ok and result.reason is not None
        assert "2011" in words(engine, result.reason)
        assert isinstance(result.reason.args["constraint"], Ref)
        option = next(o for o in engine.deal_options(owner)
                      if o.host == host and o.milestone == mid)
        assert option.reason == result.reason and "seed_000" in option.sources
    assert engine.state.deals == []


def test_an_agency_in_a_bloc_makes_no_bilateral_deals(scenario: Scenario) -> None:
    engine = new_game(scenario, seed=3, humans=["esa"])
    result = engine.apply(cmd.PlaceInstrument("esa", "cnes", "lunar_orbiter"))
    assert not result.ok and "independent road" in words(engine, result.reason)
    assert all(o.reason is not None for o in engine.deal_options("esa"))


def test_one_instrument_per_mission_and_no_more_open_deals_than_the_slots(
        scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    engine.state.agencies["cnes"].money = 5000
    assert engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station")).ok
    again = engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station"))
    assert not again.ok and "already has an instrument" in words(engine, again.reason)
    slots = engine.rules.tuning.instrument_slots
    hosts = [o for o in engine.deal_options("cnes") if o.reason is None]
    for option in hosts[:slots - 1]:
        assert engine.apply(cmd.PlaceInstrument("cnes", option.host, option.milestone)).ok
    assert len(engine.open_deals("cnes")) == slots
    extra = next(o for o in engine.deal_options("cnes")
                 if not any(d.host == o.host and d.milestone == o.milestone
                            for d in engine.open_deals("cnes")))
    full = engine.apply(cmd.PlaceInstrument("cnes", extra.host, extra.milestone))
    assert not full.ok and "open deals" in words(engine, full.reason)


def test_no_deal_on_a_crewed_mission_an_achieved_one_or_ones_own(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    for host, mid in (("nasa", "heavy_launcher"), ("cnsa", "lunar_lander"),
                      ("cnes", "lunar_orbiter")):
        assert not engine.apply(cmd.PlaceInstrument("cnes", host, mid)).ok
    assert engine.state.deals == []


def test_a_deal_beyond_the_free_money_is_refused(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    engine.state.agencies["cnes"].money = engine.rules.tuning.instrument_cost - 1
    result = engine.apply(cmd.PlaceInstrument("cnes", "cnsa", "robotic_station"))
    assert not result.ok and "not allocated" in words(engine, result.reason)


def test_open_deals_survive_save_and_load_and_the_command_replays(scenario: Scenario) -> None:
    # money set by hand is not in the command list: a game as it starts, which replays
    replayable = new_game(scenario, seed=3, humans=["cnes"])
    options = [o for o in replayable.deal_options("cnes") if o.reason is None]
    assert options
    assert replayable.apply(cmd.PlaceInstrument("cnes", options[0].host,
                                                options[0].milestone)).ok
    data = save.to_dict(replayable)
    loaded = save.from_dict(scenario, data)
    assert loaded.state.deals == replayable.state.deals != []
    assert save.canonical_json(save.replay(scenario, data)) == save.canonical_json(replayable)


def test_a_save_from_before_deals_loads_with_none_open(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    data = save.to_dict(engine)
    del data["state"]["deals"]
    for agency in data["state"]["agencies"].values():
        del agency["crew_grounded_until"]
    loaded = save.from_dict(scenario, data)
    assert loaded.state.deals == []
    assert all(a.crew_grounded_until == 0 for a in loaded.state.agencies.values())


def test_a_damaged_deal_fails_on_loading(scenario: Scenario) -> None:
    engine = cnes_game(scenario)
    data = save.to_dict(engine)
    data["state"]["deals"] = [{"owner": "cnes", "host": "mars", "milestone": "lunar_orbiter",
                               "turn": 0}]
    try:
        save.from_dict(scenario, data)
    except save.GameFormatError as error:
        assert "deal" in str(error)
    else:
        raise AssertionError("a deal with an unknown host loaded")
