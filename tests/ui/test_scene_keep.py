"""The keep-widgets rule of Scene, alone: widgets hidden under a dialog come back only if
they were built from the state there is now (the stamp is taken at build time, never when
the dialog opens: issue 10 showed last turn's figures after End turn)."""

from __future__ import annotations

from typing import Any

import pygame

from game.ui.scene import Scene
from game.ui.testing import Driver


class Counter(Scene):
    """A screen whose keep_key is a number it is told; it counts its builds."""

    name = "counter"

    def __init__(self) -> None:
        super().__init__()
        self.state = 0
        self.builds = 0
        self.shows: list[int] = []

    def keep_key(self) -> Any:
        return self.state

    def build(self, rect: pygame.Rect) -> None:
        self.builds += 1
        self.shows.append(self.state)
        self.label(pygame.Rect(10, 10, 200, 30), f"state {self.state}")


class Dialog(Scene):
    name = "dialog"


def opened(app_factory: Any) -> tuple[Any, Counter]:
    app = app_factory((800, 500))
    screen = Counter()
    app.push(screen)
    Driver(app).step()
    return app, screen


def test_a_dialog_that_changed_nothing_brings_back_the_same_widgets(app_factory: Any) -> None:
    app, screen = opened(app_factory)
    before = list(screen.elements)
    app.push(Dialog())
    app.pop(app.top)
    assert screen.builds == 1 and screen.elements == before
    assert all(e.visible for e in before)


def test_a_change_made_before_the_dialog_opened_rebuilds_on_close(app_factory: Any) -> None:
    app, screen = opened(app_factory)
    screen.state = 1  # what flow.end_turn does: EndTurn first, then the report on top
    app.push(Dialog())
    app.pop(app.top)
    assert screen.builds == 2 and screen.shows[-1] == 1


def test_a_change_made_under_the_dialog_rebuilds_on_close(app_factory: Any) -> None:
    app, screen = opened(app_factory)
    app.push(Dialog())
    screen.state = 1
    app.pop(app.top)
    assert screen.builds == 2 and screen.shows[-1] == 1


def test_a_screen_marked_stale_rebuilds_even_with_the_same_key(app_factory: Any) -> None:
    app, screen = opened(app_factory)
    screen.mark_stale()  # a live update left some widget behind the state
    app.push(Dialog())
    app.pop(app.top)
    assert screen.builds == 2


def test_two_dialogs_in_a_row_after_a_change_still_rebuild(app_factory: Any) -> None:
    app, screen = opened(app_factory)
    screen.state = 1
    app.push(Dialog())
    app.pop(app.top)  # rebuilt here for state 1 ...
    app.push(Dialog())
    app.pop(app.top)  # ... so the next dialog keeps those widgets
    assert screen.builds == 2 and screen.shows == [0, 1]
