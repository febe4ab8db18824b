"""What the tests of "Original (English)" on each screen share: the shipped campaign in
French and in English, a session on it, and resting the pointer until a tooltip shows."""

from __future__ import annotations

from functools import cache
from typing import Any

import pygame

from game import paths
from game.scenario import check_file
from game.scenario.models import Scenario
from game.ui.session import Session
from game.ui.testing import Driver


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


def hover(drive: Driver, element: Any) -> Any:
    """Rest the pointer on `element` until its tooltip shows (pygame_gui waits a second)."""
    pos = element.rect.center
    pygame.mouse.set_pos(pos)
    for _ in range(90):
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                             buttons=(0, 0, 0), touch=False))
        drive.step()
        if element.tool_tip is not None:
            return element.tool_tip
    return None
