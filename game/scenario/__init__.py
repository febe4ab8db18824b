"""Scenario files: YAML in, a typed immutable `Scenario` out, or every error at once.

Public API (other packages import only these names):
    load_scenario(path) -> Scenario
        The typed scenario; raises ScenarioError listing every error (warnings do not stop
        a load).
    check_file(path) -> (Scenario | None, list[Problem])
        Every problem of the file, errors and warnings, sorted by line; the scenario when
        there is no error. What `moonward validate` prints.
    ScenarioError
        `.problems`: sorted list of Problem.
    Problem(path, line, col, code, message, severity)
        One problem; str() gives `path:line:col: CODE: message`; severity is "error" or
        "warning"; codes are listed in docs/scenario-authoring.md.
    Scenario and the other models
        From game.scenario.models (the contract; game values sit under `game:` keys).

Nothing is cached: each call reads the file again, so an edited scenario is seen at once.
"""

from __future__ import annotations

from game.scenario.errors import Problem, ScenarioError
from game.scenario.loader import check_file, load_scenario
from game.scenario.models import Scenario

__all__ = ["Problem", "Scenario", "ScenarioError", "check_file", "load_scenario"]
