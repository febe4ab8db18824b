"""A monkey at the keyboard and mouse: seeded random events across a running game.

`make test` runs a short slice (1,500 events, a few seconds, always the same seed); the
full 20,000 events and a few more seeds are marked `fuzz` and run by `make fuzz` (they took
three to five minutes of a two-core machine, most of the old `make test`).

No exception may escape, and whenever the game changes the engine's invariants still hold
(the same checker the core's property tests use). Quit and F11 would end the run, so the
monkey never presses F11; when it does reach Quit, the window is simply reopened on the
title screen, as a pupil would start the game again.
"""

from __future__ import annotations

import numpy as np
import pygame
import pytest
from pygame_gui.elements import UIButton, UIHorizontalSlider, UITextEntryLine

from game.i18n import tr
from game.paths import SCENARIOS_DIR
from game.ui.app import App
from game.ui.flow import start_campaign
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, visible_elements
from tests.core.test_invariants import check_invariants

EVENTS = 20_000
# The slice `make test` keeps: with this seed it reaches the turn screen, starts several
# games and ends a turn (checked below), so it still walks through a real game.
SHORT_EVENTS = 1_500
SEED = 20210309
# Further seeds for `make fuzz`: other paths through the same screens.
FUZZ_SEEDS = (SEED, 1, 2021, 4242)
CLASSROOM = SCENARIOS_DIR / "classroom_2021.yaml"
# After this many actions without a game, start one directly: the title menu alone is
# not what the monkey is here to test.
IDLE_ACTIONS = 150

KEYS = (pygame.K_TAB, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT,
        pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_F1, pygame.K_BACKSPACE,
        pygame.K_h, pygame.K_PAGEDOWN, pygame.K_PAGEUP, pygame.K_HOME, pygame.K_END)
CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 -"


def _post(kind: int, **attrs: object) -> None:
    pygame.event.post(pygame.event.Event(kind, **attrs))


class Monkey:
    def __init__(self, app: App, rng: np.random.Generator) -> None:
        self.app = app
        self.rng = rng
        self.drive = Driver(app)
        self.events = 0
        self.seen: set[str] = set()
        self.turns = 0
        self.games = 0
        self._mark: tuple[int, int, int] | None = None
        self._idle = 0

    # --- the random inputs ------------------------------------------------------------

    def point(self) -> tuple[int, int]:
        w, h = self.app.size
        return int(self.rng.integers(0, w)), int(self.rng.integers(0, h))

    def move(self, pos: tuple[int, int]) -> None:
        _post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
        self.events += 1

    def click(self, pos: tuple[int, int], button: int = 1) -> None:
        """Move, press and release in one frame: pygame_gui hit-tests each event itself."""
        self.move(pos)
        _post(pygame.MOUSEBUTTONDOWN, pos=pos, button=button, touch=False)
        _post(pygame.MOUSEBUTTONUP, pos=pos, button=button, touch=False)
        self.events += 2

    def targets(self) -> list[object]:
        """Visible widgets worth clicking; Quit is left out (it would end the run)."""
        out = []
        for element in visible_elements(self.app):
            if not isinstance(element, (UIButton, UIHorizontalSlider, UITextEntryLine)):
                continue
            if element_text(element) == tr("Quit"):
                continue
            out.append(element)
        return out

    def key(self, key: int, mod: int = 0, char: str = "") -> None:
        _post(pygame.KEYDOWN, key=key, mod=mod, unicode=char, scancode=0)
        if char:
            _post(pygame.TEXTINPUT, text=char)
        _post(pygame.KEYUP, key=key, mod=mod, unicode=char, scancode=0)
        self.events += 3 if char else 2

    def sweep(self) -> None:
        """A mouse path: a few motion events on the way to a random point, in one frame
        (as the OS delivers them), so hover and tooltips see real paths."""
        x0, y0 = self.point()
        x1, y1 = self.point()
        steps = int(self.rng.integers(1, 7))
        for i in range(1, steps + 1):
            self.move((x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps))

    def act(self) -> None:
        roll = self.rng.random()
        if roll < 0.25:
            self.sweep()
            return  # motion alone needs no frame of its own
        if roll < 0.40:
            self.click(self.point(), button=int(self.rng.choice([1, 1, 1, 3])))
        elif roll < 0.60:
            targets = self.targets()
            if targets:
                target = targets[int(self.rng.integers(len(targets)))]
                self.click(target.rect.center)  # type: ignore[attr-defined]
            else:
                self.click(self.point())
        elif roll < 0.65:
            _post(pygame.MOUSEWHEEL, x=0, y=int(self.rng.choice([-3, -1, 1, 3])),
                  flipped=False, precise_x=0.0, precise_y=0.0, touch=False)
            self.events += 1
        elif roll < 0.85:
            key = int(self.rng.choice(KEYS))
            shift = pygame.KMOD_SHIFT if self.rng.random() < 0.2 else 0
            self.key(key, mod=shift)
        else:
            char = str(self.rng.choice(list(CHARS)))
            self.key(pygame.key.key_code(char) if char != " " else pygame.K_SPACE, char=char)
        if roll >= 0.65 and self.rng.random() < 0.5:
            return  # a fast typist: the next keys land in the same frame
        self.drive.step()

    # --- keeping the run going, and checking it ------------------------------------

    def reopen_if_closed(self) -> None:
        if not self.app.running or self.app.top is None:
            self.app.running = True
            self.app.session = None
            self.app.reset(TitleScene())

    def start_a_game_if_idle(self) -> None:
        session = self.app.session
        if session is not None and not session.is_over:
            self._idle = 0
            return
        self._idle += 1
        if self._idle >= IDLE_ACTIONS:
            self._idle = 0
            seed = int(self.rng.integers(1, 10_000))
            agency = str(self.rng.choice(["esa", "cnsa", "nasa", "jaxa", "roscosmos"]))
            start_campaign(self.app, Session.new(CLASSROOM, agency, "normal", seed))

    def check(self) -> None:
        session = self.app.session
        if session is None:
            return
        mark = (id(session), session.version, session.state.turn)
        if mark == self._mark:
            return
        if self._mark is None or mark[0] != self._mark[0]:
            self.games += 1
        elif mark[2] != self._mark[2]:
            self.turns += 1
        self._mark = mark
        check_invariants(session.engine)

    def run(self, events: int) -> None:
        while self.events < events:
            self.act()
            self.reopen_if_closed()
            self.start_a_game_if_idle()
            self.check()
            self.seen.add(type(self.app.top).__name__)


def run_monkey(app_factory, seed: int, events: int) -> Monkey:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.reset(TitleScene())
    monkey = Monkey(app, np.random.default_rng(seed))
    monkey.run(events)
    assert monkey.events >= events
    assert monkey.games >= 1
    assert monkey.turns >= 1
    assert {"TitleScene", "DashboardScene"} <= monkey.seen
    return monkey


def test_fifteen_hundred_random_events_raise_nothing_and_keep_the_game_consistent(
        app_factory) -> None:
    run_monkey(app_factory, SEED, SHORT_EVENTS)


@pytest.mark.fuzz
@pytest.mark.parametrize("seed", FUZZ_SEEDS)
def test_twenty_thousand_random_events_raise_nothing_and_keep_the_game_consistent(
        app_factory, seed: int) -> None:
    run_monkey(app_factory, seed, EVENTS)
