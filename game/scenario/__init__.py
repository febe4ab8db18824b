"""Scenario files: YAML in, a typed immutable `Scenario` out, or every error at once.

Public API (other packages import only these names):
    load_scenario(path) -> Scenario        raises ScenarioError listing every problem
    ScenarioError                          .problems: list of Problem (path, line, col, code, msg)
    Scenario and the other models          from game.scenario.models
"""

from __future__ import annotations

from game.scenario.errors import Problem, ScenarioError
from game.scenario.loader import load_scenario
from game.scenario.models import Scenario

__all__ = ["Problem", "Scenario", "ScenarioError", "load_scenario"]
