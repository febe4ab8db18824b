from __future__ import annotations

import json

from game.core.engine import Engine
from game.core.state import GameState


def test_the_state_round_trips_through_json(engine: Engine) -> None:
    engine.achieve("esa", "lunar_orbiter")
    data = json.loads(json.dumps(engine.state.to_dict()))
    again = GameState.from_dict(data)
    assert again == engine.state


def test_every_agency_starts_with_its_scenario_bloc_and_achievements(engine: Engine,
                                                                      scenario) -> None:
    for aid, spec in scenario.agencies.items():
        agency = engine.state.agencies[aid]
        assert agency.bloc == spec.bloc
        assert all(agency.achieved[a.milestone] == -1 for a in spec.achieved)
        assert agency.money > 0
