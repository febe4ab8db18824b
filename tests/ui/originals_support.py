"""What the tests of "Original (English)" on each screen share: the shipped campaign in
French and in English, a session on it, and resting the pointer until a tooltip shows."""

from __future__ import annotations

from functools import cache

from game import paths
from game.scenario import check_file
from game.scenario.models import Scenario
from game.ui.session import Session


@cache
def _campaign(language: str) -> Scenario:
    scenario, problems = check_file(paths.DEFAULT_SCENARIO, language=language)
    assert scenario is not None, problems
    return scenario


def campaign(language: str) -> Scenario:
    """The shipped campaign with its `language` companion applied (a fresh copy: a session
    may keep the model, and the tests must not share one)."""
    return _campaign(language).model_copy(deep=True)


def english() -> Scenario:
    return _campaign("en")


def french_session(agency: str = "esa") -> Session:
    return Session.new(paths.DEFAULT_SCENARIO, agency=agency, seed=1,
                       scenario=campaign("fr"))


