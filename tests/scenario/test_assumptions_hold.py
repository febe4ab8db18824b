"""What "How this game simplifies history" says of each shipped scenario is what it plays.

The assumptions are read out to a class as the game's rules; a rule the milestone graph or
the calendar does not actually hold would teach something false about the game itself.
"""

from __future__ import annotations

import pytest

from game.paths import SCENARIOS_DIR
from game.scenario import Scenario, load_scenario

SHIPPED = ("moon_2021.yaml", "classroom_2021.yaml", "whatif_newcomer.yaml")
TURN_WORDS = {6: "six months", 12: "a year", 18: "a year and a half"}


@pytest.fixture(params=SHIPPED, scope="module")
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return load_scenario(SCENARIOS_DIR / request.param)


def needs(scenario: Scenario, mid: str) -> set[str]:
    """Every milestone `mid` requires, directly or through others."""
    found: set[str] = set()
    todo = list(scenario.milestones[mid].requires)
    while todo:
        other = todo.pop()
        if other not in found:
            found.add(other)
            todo += scenario.milestones[other].requires
    return found


def titled(scenario: Scenario, title: str) -> bool:
    return any(rule.title == title for rule in scenario.assumptions)


def crewed(scenario: Scenario) -> list[str]:
    return [mid for mid, m in scenario.milestones.items()
            if m.track == "crewed" and mid != "heavy_launcher"]


def test_robotic_before_crewed_holds_for_every_crewed_milestone(scenario: Scenario) -> None:
    assert titled(scenario, "Robotic before crewed, for everyone")
    for mid in crewed(scenario):
        assert "lunar_orbiter" in needs(scenario, mid), mid
    assert "lunar_lander" in needs(scenario, "crewed_landing")


def test_no_crew_flies_before_a_heavy_launcher(scenario: Scenario) -> None:
    assert titled(scenario, "A heavy launcher before crews")
    for mid in crewed(scenario):
        assert "heavy_launcher" in needs(scenario, mid), mid


def test_one_bloc_at_a_time_is_what_the_blocs_say(scenario: Scenario) -> None:
    assert titled(scenario, "One bloc at a time")
    assert set(scenario.blocs["ilrs"].game.exclusive_with) == {"artemis"}
    assert set(scenario.blocs["artemis"].game.exclusive_with) == {"ilrs"}


def test_the_turn_length_named_is_the_scenarios(scenario: Scenario) -> None:
    words = TURN_WORDS[scenario.scenario.turn_months]
    assert titled(scenario, f"Turns of {words}")
