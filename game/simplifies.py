"""How this game simplifies history: the scenario's own assumptions, then the few rules the
engine imposes on every scenario that are design, not source.

The Help page and the report both list them from here, so a class reads the same list in
the game and in the debrief. Each engine rule stated here is held to the engine by
tests/ui/test_simplifies_page.py: a sentence that drifted from the engine would teach the
class something false.
"""

from __future__ import annotations

from game.i18n import tr
from game.scenario.models import Scenario


def heading() -> str:
    return tr("How this game simplifies history")


def introduction() -> str:
    return tr("A game has to turn history into rules. These are the places where this game "
              "decides instead of the sources: read them before you trust a result.")


def scenario_heading() -> str:
    return tr("Choices made by this scenario's author")


def none_listed() -> str:
    return tr("The scenario's author listed none.")


def engine_heading() -> str:
    return tr("Rules the game applies to every scenario")


def assumptions(scenario: Scenario) -> list[tuple[str, str]]:
    """(title, text) of each assumption the scenario lists, in its order."""
    return [(rule.title, rule.text) for rule in scenario.assumptions]


def engine_rules(turn_months: int) -> list[tuple[str, str]]:
    """(title, text) of each design rule of the engine, worded for a pupil."""
    return [
        (tr("Missions are rolled"),
         tr("Each step of a mission (launch, landing...) succeeds or fails on a random roll "
            "against a reliability the game chose (a game value). Funding and earlier "
            "attempts raise the chance; the same plan can work in one game and fail in "
            "another.")),
        (tr("Money by the turn"),
         tr("Each agency's yearly budget (a game value) is paid out in equal shares every "
            "turn, more when public support is high and less when it is low.")),
        (tr("Time in turns"),
         tr("Time passes in turns of {n} months; anything done in a turn is dated to the "
            "turn's first month.", n=turn_months)),
    ]
