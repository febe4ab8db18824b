"""The scenario of tests/fixtures/translated, in English or with its French companion."""

from __future__ import annotations

from pathlib import Path

from game.scenario import check_file
from game.scenario.models import Scenario

QUOTES = Path(__file__).parent / "fixtures" / "translated" / "quotes.yaml"


def quotes(language: str = "fr") -> Scenario:
    scenario, problems = check_file(QUOTES, language=language)
    assert scenario is not None, problems
    return scenario
