from __future__ import annotations

import pytest

from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, load_scenario


@pytest.fixture(scope="session")
def scenario() -> Scenario:
    return load_scenario(DEFAULT_SCENARIO)
