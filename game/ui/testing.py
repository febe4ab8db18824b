"""Drive the game headless like a player: real pygame events, frames stepped by hand.

    app = make_app((1280, 720))            # dummy video/audio drivers, settings not saved
    drive = Driver(app)
    drive.click(button)                    # MOUSEMOTION, MOUSEBUTTONDOWN, MOUSEBUTTONUP
    drive.key(pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    drive.type("42")                       # TEXTINPUT events into the focused entry
    drive.step(3)                          # run three frames
    drive.find(UIButton, "New game")       # a visible widget of the top scene by its text
    drive.press("New game")                # find, then click

Events go through pygame.event.post and the app's own frame(), so the path is the one a
player's mouse and keyboard take. Each action steps enough frames for pygame_gui's events
(button pressed, slider moved) to reach the scene.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
from pygame_gui.core import UIElement

from game.ui import settings as settings_mod
from game.ui.app import App

DT = 1 / 60


def make_app(size: tuple[int, int] = (1280, 720), **settings: Any) -> App:
    base = settings_mod.Settings(width=size[0], height=size[1], **settings)
    return App(settings=base, size=size, windowed=True, persist=False)


def visible_elements(app: App) -> list[UIElement]:
    scene = app.top
    if scene is None:
        return []
    return [e for e in scene.elements if e.alive() and e.visible]


def element_text(element: UIElement) -> str:
    return str(getattr(element, "text", "") or getattr(element, "html_text", "") or "")


class Driver:
    def __init__(self, app: App) -> None:
        self.app = app

    def step(self, frames: int = 1) -> None:
        for _ in range(frames):
            self.app.frame(DT)

    def _pos(self, target: UIElement | tuple[int, int]) -> tuple[int, int]:
        if isinstance(target, tuple):
            return target
        return target.rect.center

    def click(self, target: UIElement | tuple[int, int], button: int = 1) -> None:
        pos = self._pos(target)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                             buttons=(0, 0, 0), touch=False))
        self.step()
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button,
                                             touch=False))
        self.step()
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button,
                                             touch=False))
        self.step(2)

    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod,
                                             unicode=unicode, scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod,
                                             unicode=unicode, scancode=0))
        self.step(2)

    def type(self, text: str) -> None:
        for ch in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
        self.step(2)

    def find(self, kind: type[UIElement] | None = None, text: str | None = None) -> UIElement:
        for element in visible_elements(self.app):
            if kind is not None and not isinstance(element, kind):
                continue
            if text is not None and element_text(element) != text:
                continue
            return element
        raise LookupError(f"no {kind.__name__ if kind else 'element'} {text!r} in "
                          f"{type(self.app.top).__name__}")

    def press(self, text: str) -> None:
        from pygame_gui.elements import UIButton

        self.click(self.find(UIButton, text))
