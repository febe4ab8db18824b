from __future__ import annotations

import pytest

from game.saves import ScenarioStamp
from game.saves.envelope import make_envelope


@pytest.fixture
def stamp() -> ScenarioStamp:
    return ScenarioStamp(id="moon_2021", version="1.0.0", sha256="a" * 64, file="moon_2021.yaml")


@pytest.fixture
def envelope(stamp):
    return make_envelope("Class 4B", stamp, {"seed": 7, "commands": [], "turn": 3}, "Mar 2023")
