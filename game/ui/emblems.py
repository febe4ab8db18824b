"""The agencies' emblems drawn with pygame: game/emblems.py describes them, this draws one
onto a small Surface, made once per emblem and size and kept.

Drawn three times larger and scaled down, so the edges are smooth at the 20-40 px the
screens show them at.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage

from game.emblems import Circle, Emblem, agency_emblems

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scene import Container, Scene

_OVERSAMPLE = 3


@lru_cache(maxsize=128)
def emblem_surface(badge: Emblem, size: int) -> pygame.Surface:
    """The emblem `size` pixels square, transparent around it; the same object for the
    same emblem and size, so callers blit it and never draw on it."""
    size = max(4, size)
    big = size * _OVERSAMPLE
    canvas = pygame.Surface((big, big), pygame.SRCALPHA)
    for p in badge.primitives:
        if isinstance(p, Circle):
            width = max(1, round(p.width * big)) if p.width else 0
            pygame.draw.circle(canvas, p.colour, (p.x * big, p.y * big), p.r * big, width)
        else:
            pygame.draw.polygon(canvas, p.colour, [(x * big, y * big) for x, y in p.points])
    return pygame.transform.smoothscale(canvas, (size, size))


def session_emblems(app: App) -> dict[str, Emblem]:
    """The emblems of the game being played, as its debrief charts colour the agencies:
    the agencies in the scenario's order, the teams in the room, the window's palette."""
    session = app.session
    if session is None:
        return {}
    shown = [aid for aid in session.scenario.agencies if aid in session.state.agencies]
    teams = {agency: team for team, agency in session.teams.items()}
    return agency_emblems(shown, teams, app.palette.chart)


def emblem_image(scene: Scene, rect: pygame.Rect, badge: Emblem,
                 container: Container = None) -> UIImage:
    """The emblem as a widget, square and centred in `rect`; the widget keeps the emblem it
    shows (`.emblem`) so a test can hold it to game/emblems.py."""
    side = max(4, min(rect.w, rect.h))
    box = pygame.Rect(0, 0, side, side)
    box.center = rect.center
    widget = UIImage(box, emblem_surface(badge, side), manager=scene.app.manager,
                     container=container)
    widget.emblem = badge  # type: ignore[attr-defined]
    scene.track(widget)
    return widget
