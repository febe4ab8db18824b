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

The names are looked up on first use (PEP 562), so importing a submodule (`limits`,
`errors`) does not build the pydantic models and the checks: the title screen needs
none of them, and they cost about 0.1 s of start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game import lazy

if TYPE_CHECKING:
    from game.scenario.errors import Problem, ScenarioError
    from game.scenario.loader import check_file, load_scenario
    from game.scenario.models import Scenario

# public name -> the submodule that defines it
_HOMES = {
    "Problem": "errors",
    "Scenario": "models",
    "ScenarioError": "errors",
    "check_file": "loader",
    "load_scenario": "loader",
}

__all__ = ["Problem", "Scenario", "ScenarioError", "check_file", "load_scenario"]


__getattr__, __dir__ = lazy.exports(__name__, _HOMES)
