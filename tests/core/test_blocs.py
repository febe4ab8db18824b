from __future__ import annotations

from game.core import changes, funding, missions
from game.core.commands import JoinBloc, LeaveBloc
from game.core.engine import Engine
from game.core.new_game import new_game
from tests.core.conftest import words


def test_cnsa_cannot_join_artemis_while_nasa_is_there(engine: Engine) -> None:
    view = engine.bloc_view("cnsa", "artemis")
    assert not view.can_join
    assert view.sources, "the refusal cites the scenario's sources"


def test_a_documented_refusal_blocks_joining_that_bloc(scenario) -> None:
    engine = new_game(scenario, seed=1, humans=["roscosmos"])
    assert engine.apply(LeaveBloc("roscosmos")).ok
    result = engine.apply(JoinBloc("roscosmos", "artemis"))
    assert not result.ok
    documented = scenario.agencies["roscosmos"].constraints["refuses_artemis"].text
    assert words(engine, result.reason) == documented  # the refusal says what the source says


def test_lifting_a_constraint_opens_the_door(scenario) -> None:
    engine = new_game(scenario, seed=1, humans=["cnsa"])
    assert not engine.bloc_view("cnsa", "artemis").can_join
    for aid, agency in engine.state.agencies.items():
        for cid in list(agency.constraints):
            changes.lift_constraint(engine.world, aid, cid)
    assert engine.bloc_view("cnsa", "artemis").can_join


def test_no_agency_is_ever_in_two_blocs(engine: Engine) -> None:
    assert engine.apply(JoinBloc("esa", "ilrs")).ok
    assert engine.state.agencies["esa"].bloc == "ilrs"
    assert "esa" not in engine.bloc_view("nasa", "artemis").members


def test_leaving_a_bloc_drops_its_partners_trust(engine: Engine) -> None:
    assert engine.state.agencies["esa"].trust
    assert engine.apply(LeaveBloc("esa")).ok
    assert engine.state.agencies["esa"].trust == {}
    assert "esa" not in engine.state.agencies["nasa"].trust


def test_delivering_a_bloc_milestone_raises_partners_trust(engine: Engine) -> None:
    before = dict(engine.state.agencies["esa"].trust)
    shared = sorted(engine.rules.blocs["artemis"].shares)[0]
    engine.achieve("esa", shared)
    after = engine.state.agencies["esa"].trust
    assert all(after[p] > before[p] for p in before)


def test_the_bloc_view_names_dues_and_members(engine: Engine) -> None:
    view = engine.bloc_view("esa", "ilrs")
    assert view.can_join and not view.member
    assert set(view.members) == {"cnsa", "roscosmos"}
    assert view.dues_per_turn > 0
    assert engine.bloc_view("esa", "artemis").member


def test_failing_a_bloc_mission_costs_partners_trust(engine: Engine) -> None:
    from game.core.state import Project

    esa = engine.state.agencies["esa"]
    shared = next(m for m in sorted(engine.rules.blocs["artemis"].shares)
                  if engine.rules.milestones[m].is_mission)
    esa.projects[shared] = Project(progress=1.0)
    before = dict(esa.trust)
    missions._failure(engine.world, esa, engine.rules.milestones[shared], esa.projects[shared],
                      engine.failure_preview("esa", shared))
    assert all(esa.trust[p] < before[p] for p in before)


def test_unpaid_dues_cost_partners_trust(engine: Engine) -> None:
    esa = engine.state.agencies["esa"]
    before = dict(esa.trust)
    esa.money = 0
    funding.pay_dues(engine.world, esa)
    assert all(esa.trust[p] < before[p] for p in before)
