"""The ILRS road (game/core/station.py): one station its members build together."""

from __future__ import annotations

import json

import pytest

from game.core import milestones as ms
from game.core import save, station
from game.core.commands import Allocate, EndTurn, JoinBloc
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.records import agency_ref
from game.core.state import JointProject
from game.scenario import Scenario
from tests.core.conftest import clear_pending, words

ROAD_MAP = "ilrs_planning"
DEMO = "ilrs_demonstration"


def end_turn(engine: Engine) -> None:
    for aid in engine.state.humans:
        clear_pending(engine, aid)
        assert engine.apply(EndTurn(aid)).ok


@pytest.fixture
def founders(scenario: Scenario) -> Engine:
    """CNSA and Roscosmos both played by people, so no rival's plan funds the stages."""
    return new_game(scenario, seed=3, humans=["cnsa", "roscosmos", "esa"])


def test_two_members_fund_one_stage_and_it_completes_for_both(founders: Engine) -> None:
    assert founders.apply(Allocate("cnsa", ROAD_MAP, 120)).ok
    assert founders.apply(Allocate("roscosmos", ROAD_MAP, 80)).ok
    end_turn(founders)
    project = founders.state.joint["ilrs"][ROAD_MAP]
    assert project.contributions == {"cnsa": 120, "roscosmos": 80}
    assert project.spent == 200 and ms.is_developed(project.progress)
    for aid in ("cnsa", "roscosmos"):
        assert founders.state.agencies[aid].achieved[ROAD_MAP] == 0
        assert founders.status(aid, ROAD_MAP) == ms.ACHIEVED
        assert founders.state.agencies[aid].projects.get(ROAD_MAP) is None  # no copy each
    news = [words(founders, n.message) for n in founders.state.news]
    assert "ILRS completes together: ILRS road map" in news


def test_a_partner_cannot_overfund_a_stage_already_funded_to_completion(
        founders: Engine) -> None:
    need = founders.milestone_view("cnsa", ROAD_MAP).full_speed
    assert founders.apply(Allocate("cnsa", ROAD_MAP, need)).ok
    refused = founders.apply(Allocate("roscosmos", ROAD_MAP, 50))
    assert not refused.ok
    assert "already fund all that ILRS road map needs" in words(founders, refused.reason)
    assert founders.milestone_view("roscosmos", ROAD_MAP).full_speed == 0


def test_each_contributor_scores_its_share_and_gains_cooperation(founders: Engine) -> None:
    world, state = founders.world, founders.state
    state.joint["ilrs"] = {ROAD_MAP: JointProject(progress=1.0, spent=200, turns_funded=1,
                                                  contributions={"cnsa": 150,
                                                                 "roscosmos": 50})}
    assert founders.apply(JoinBloc("esa", "ilrs")).ok
    before = {aid: dict(state.agencies[aid].scores) for aid in ("cnsa", "roscosmos", "esa")}
    station.complete(world, "ilrs", ROAD_MAP)
    rule = founders.rules.milestones[ROAD_MAP]
    gain = {aid: {axis: state.agencies[aid].scores[axis] - before[aid][axis]
                  for axis in ("science", "prestige", "cooperation")} for aid in before}
    cooperation = founders.rules.tuning.joint_cooperation
    value = founders.rules.tuning.joint_value  # a share of the money counts this many times
    assert gain["cnsa"] == pytest.approx({"science": rule.science * min(1.0, 0.75 * value),
                                          "prestige": rule.prestige * min(1.0, 0.75 * value),
                                          "cooperation": cooperation})
    assert gain["roscosmos"] == pytest.approx({"science": rule.science * 0.25 * value,
                                               "prestige": rule.prestige * 0.25 * value,
                                               "cooperation": cooperation})
    # ESA put nothing in: it has the stage's use, not its score.
    assert ROAD_MAP in state.agencies["esa"].achieved
    assert gain["esa"] == {"science": 0, "prestige": 0, "cooperation": 0}
    # ...and the science the stage yields each turn follows the same shares.
    assert station.science_held_back(founders.rules, state, state.agencies["cnsa"]) == \
        pytest.approx(rule.science * (1 - min(1.0, 0.75 * value)))
    assert station.science_held_back(founders.rules, state, state.agencies["esa"]) == \
        pytest.approx(rule.science)


def test_a_later_joiner_has_the_completed_stages(founders: Engine) -> None:
    assert founders.apply(Allocate("cnsa", ROAD_MAP, 200)).ok
    end_turn(founders)
    assert ROAD_MAP not in founders.state.agencies["esa"].achieved  # still in Artemis
    assert founders.apply(JoinBloc("esa", "ilrs")).ok
    assert founders.status("esa", ROAD_MAP) == ms.ACHIEVED
    view = founders.milestone_view("esa", ROAD_MAP)
    assert view.joint and view.contributed == 0 and view.progress == 1.0


def test_a_non_founder_is_refused_the_road_map_with_the_founders_names(
        founders: Engine) -> None:
    assert founders.apply(JoinBloc("esa", "ilrs")).ok
    assert founders.status("esa", ROAD_MAP) == ms.LOCKED
    refused = founders.apply(Allocate("esa", ROAD_MAP, 50))
    assert not refused.ok and refused.reason is not None
    assert refused.reason.args["f"] == (agency_ref("cnsa"), agency_ref("roscosmos"))
    said = words(founders, refused.reason)
    assert "CNSA" in said and "Roscosmos" in said and "first stage" in said
    assert ROAD_MAP not in ms.open_statuses(founders.rules, founders.state,
                                            founders.state.agencies["esa"])


def test_a_stage_opens_only_after_a_founder_contributed_to_the_one_before(
        founders: Engine) -> None:
    state = founders.state
    assert founders.apply(JoinBloc("esa", "ilrs")).ok
    esa = state.agencies["esa"]
    esa.achieved["lunar_lander"] = -1  # what the demonstration needs besides the road map
    # A road map built (by the rules it cannot be) with no founder's money in it:
    state.joint["ilrs"] = {ROAD_MAP: JointProject(progress=1.0, spent=200, turns_funded=1,
                                                  contributions={"esa": 200})}
    for aid in ("cnsa", "roscosmos", "esa"):
        state.agencies[aid].achieved[ROAD_MAP] = 0
    assert founders.status("esa", DEMO) == ms.LOCKED
    refused = founders.apply(Allocate("esa", DEMO, 100))
    assert not refused.ok
    assert "opens once one of ILRS's founders (CNSA, Roscosmos) has contributed" in words(
        founders, refused.reason)
    # A founder opens the stage by funding it; then every member may.
    assert founders.apply(Allocate("cnsa", DEMO, 100)).ok
    end_turn(founders)
    assert founders.status("esa", DEMO) == ms.IN_PROGRESS
    assert founders.apply(Allocate("esa", DEMO, 100)).ok


def test_the_joint_state_survives_a_save_and_an_older_save_loads(
        scenario: Scenario, founders: Engine) -> None:
    assert founders.apply(Allocate("cnsa", ROAD_MAP, 120)).ok
    assert founders.apply(Allocate("roscosmos", ROAD_MAP, 80)).ok
    end_turn(founders)
    data = json.loads(json.dumps(save.to_dict(founders)))
    loaded = save.from_dict(scenario, data)
    assert loaded.state.joint == founders.state.joint
    assert isinstance(loaded.state.joint["ilrs"][ROAD_MAP], JointProject)
    del data["state"]["joint"]  # a game saved before joint construction
    assert save.from_dict(scenario, data).state.joint == {}
    data["state"]["joint"] = {"ilrs": {"nowhere": {}}}
    with pytest.raises(save.GameFormatError):
        save.from_dict(scenario, data)


def test_esa_switching_to_the_ilrs_feels_the_difference_within_three_turns(
        scenario: Scenario) -> None:
    engine = new_game(scenario, seed=7, humans=["esa"])
    assert engine.apply(JoinBloc("esa", "ilrs")).ok  # leaves Artemis on the way
    lines = [words(engine, m) for m in engine.bloc_view("esa", "ilrs").road_status]
    assert any("founders (CNSA, Roscosmos)" in line for line in lines)
    for _ in range(3):
        end_turn(engine)
        if engine.state.joint.get("ilrs", {}).get(ROAD_MAP):
            break
    project = engine.state.joint["ilrs"][ROAD_MAP]
    # The road map ESA now holds was paid for by the founders, not by ESA.
    assert set(project.contributions) <= {"cnsa", "roscosmos"} and project.contributions
    assert engine.status("esa", ROAD_MAP) == ms.ACHIEVED
    view = engine.milestone_view("esa", ROAD_MAP)
    assert view.joint and view.progress == project.progress and view.contributed == 0
    lines = [words(engine, m) for m in engine.bloc_view("esa", "ilrs").road_status]
    assert "ESA has paid 0% of all that ILRS has built together" in lines
    assert any(line.startswith("ILRS stages built together: 1 of 6") for line in lines)


def test_a_member_paying_a_third_of_a_stage_has_all_its_science(founders: Engine) -> None:
    # What the scenarios' "The ILRS road's rules" says of the default joint_value
    state = founders.state
    assert founders.rules.tuning.joint_value == 3.0
    state.joint["ilrs"] = {ROAD_MAP: JointProject(progress=1.0, spent=300, turns_funded=1,
                                                  contributions={"cnsa": 200,
                                                                 "roscosmos": 100})}
    before = state.agencies["roscosmos"].scores["science"]
    station.complete(founders.world, "ilrs", ROAD_MAP)
    rule = founders.rules.milestones[ROAD_MAP]
    assert state.agencies["roscosmos"].scores["science"] - before == pytest.approx(rule.science)
