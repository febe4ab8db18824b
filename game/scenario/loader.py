"""PROVISIONAL loader: parses and validates without line marks. Being replaced by the
full loader (line and column for every node, every error at once, hostile-file guards)."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from game.scenario.errors import Problem, ScenarioError
from game.scenario.models import Scenario


def load_scenario(path: str | Path) -> Scenario:
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        return Scenario.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError, UnicodeDecodeError) as error:
        raise ScenarioError([Problem(str(path), 1, 1, "E-FILE", str(error))]) from None
