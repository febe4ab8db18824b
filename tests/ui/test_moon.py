"""The title's Moon turns slowly about its axis, and stands still with reduce motion on."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest

from game.ui.moon import BANDS, DEGREES_PER_SECOND, TurningMoon, moon_map
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver


def moon_on_screen(app: Any) -> np.ndarray:
    scene = app.top
    assert isinstance(scene, TitleScene)
    return pygame.surfarray.array3d(app.window.subsurface(scene._moon_rect)).copy()


def open_title(app_factory: Any, **settings: Any) -> tuple[Any, Driver]:
    app = app_factory((1280, 720), **settings)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_the_moon_on_the_title_turns_over_the_frames(app_factory: Any) -> None:
    app, drive = open_title(app_factory)
    before, angle = moon_on_screen(app), app.top._moon.degrees
    drive.step(90)  # a second and a half
    after = moon_on_screen(app)
    assert (before != after).any(axis=2).mean() > 0.05
    assert app.top._moon.degrees - angle == pytest.approx(90 / 60 * DEGREES_PER_SECOND)


def test_with_reduce_motion_the_moon_stands_still(app_factory: Any) -> None:
    app, drive = open_title(app_factory, reduce_motion=True)
    before, angle = moon_on_screen(app), app.top._moon.degrees
    drive.step(90)
    app.dirty = True
    drive.step(1)
    assert (moon_on_screen(app) == before).all()
    assert app.top._moon.degrees == angle


def test_the_map_wraps_so_the_seam_does_not_show() -> None:
    surface = moon_map(120).astype(int)
    seam = np.abs(surface[:, 0] - surface[:, -1]).mean()
    inside = np.abs(np.diff(surface, axis=1)).mean()
    assert seam < 3 * inside + 2


def test_a_turn_redraws_one_band_a_frame_and_ends_on_the_new_angle() -> None:
    pygame.init()
    moon = TurningMoon(80)
    start = pygame.surfarray.array3d(moon.surface)
    # 3 s: a few map columns; the eight bands are then redrawn at that angle, one a frame
    changed = [moon.turn(3.0)] + [moon.turn(0.0) for _ in range(BANDS - 1)]
    assert all(changed) and moon.shown == round(3 * DEGREES_PER_SECOND / 360 * moon.cols)
    assert (pygame.surfarray.array3d(moon.surface) != start).any()
    assert moon.turn(0.0) is False  # the picture shows its angle: nothing more to draw
