from __future__ import annotations

import json

from game.core.engine import Engine
from game.core.records import NewsItem, TurnReport
from game.core.save import load_state


def test_the_state_round_trips_through_json(engine: Engine) -> None:
    engine.achieve("esa", "lunar_orbiter")  # news, and a report line: typed records
    data = json.loads(json.dumps(engine.state.to_dict()))
    again = load_state(data)  # the door saves come in by
    assert again == engine.state
    assert isinstance(again.news[0], NewsItem) and isinstance(again.current["esa"], TurnReport)


def test_every_agency_starts_with_its_scenario_bloc_and_achievements(engine: Engine,
                                                                      scenario) -> None:
    for aid, spec in scenario.agencies.items():
        agency = engine.state.agencies[aid]
        assert agency.bloc == spec.bloc
        assert all(agency.achieved[a.milestone] == -1 for a in spec.achieved)
        assert agency.money > 0
