"""Shared pieces of the flow tests: a session without reparsing the scenario, a plain scene
to stand for the dashboard, and a way to click through the start-of-turn cards."""

from __future__ import annotations

from functools import cache

import pygame

from game import i18n, paths
from game.core import commands as cmd
from game.scenario import Scenario, load_scenario
from game.ui.app import App
from game.ui.scene import Scene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, visible_elements


def scenario() -> Scenario:
    return _scenario(i18n.language())


@cache
def _scenario(language: str) -> Scenario:
    # one per language: the scenario is read with the language's companion file, so a
    # test that first asked for it in French must not hand French to an English one
    return load_scenario(paths.DEFAULT_SCENARIO)


def session(agency: str = "esa", teams: dict[str, str] | None = None, seed: int = 1) -> Session:
    return Session.new(paths.DEFAULT_SCENARIO, agency=agency, seed=seed, teams=teams,
                       scenario=scenario())


class StandIn(Scene):
    """Stands for the dashboard: the turn screen under the modals."""

    name = "stand_in"

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((200, 40, 40))  # loud, so a leak through a cover would show


def buttons(app: App) -> list[str]:
    from pygame_gui.elements import UIButton

    return [element_text(e) for e in visible_elements(app) if isinstance(e, UIButton)]


def texts(app: App) -> str:
    return "\n".join(element_text(e) for e in visible_elements(app))


def click_through(drive: Driver, until: type[Scene] = StandIn, limit: int = 12) -> list[str]:
    """Answer each modal the simple way until `until` is on top; the scene names met."""
    met: list[str] = []
    app = drive.app
    for _ in range(limit):
        top = app.top
        if top is None or isinstance(top, until):
            return met
        met.append(top.name)
        labels = buttons(app)
        for wanted in ("OK", "Continue", "Close"):
            if wanted in labels:
                drive.press(wanted)
                break
        else:
            choice = next((b for b in labels if b.startswith(("We are", "Stay", "Decline"))),
                          labels[0])
            drive.press(choice)
    raise AssertionError(f"still modals after {limit}: {met}")


def pass_offers(s: Session, agency: str) -> None:
    for item in list(s.engine.pending(agency)):
        if item.kind == "offer":
            s.apply(cmd.DeclineOffer(agency=agency, bloc=item.ref))
