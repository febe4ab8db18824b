"""The app's scene stack and keyboard focus, driven by real key events."""

from __future__ import annotations

import pygame

from game.ui.scenes.message import MessageScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver


def test_enter_on_a_new_title_screen_opens_new_game_without_a_tab_first(app_factory) -> None:
    app = app_factory()
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    drive.key(pygame.K_RETURN)
    drive.step(2)
    assert type(app.top).__name__ == "NewGameScene"


def test_closing_a_dialog_returns_focus_to_the_same_button(app_factory) -> None:
    app = app_factory()
    title = app.push(TitleScene())
    drive = Driver(app)
    drive.key(pygame.K_TAB)
    drive.key(pygame.K_TAB)
    place = title.focus.index
    app.push(MessageScene("hello"))
    drive.step(2)
    drive.key(pygame.K_RETURN)
    assert app.top is title
    assert title.focus.index == place


def test_an_overlay_draws_over_the_dimmed_screen_below(app_factory) -> None:
    app = app_factory()
    title = app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    # a point on the Moon, right of where the message box will sit
    point = (title._moon_rect.right - 80, title._moon_rect.centery)
    before = app.window.get_at(point)
    app.push(MessageScene("hello"))
    drive.step(2)
    after = app.window.get_at(point)
    assert sum(after[:3]) < sum(before[:3])  # dimmed by the veil
    assert tuple(after[:3]) != tuple(app.palette.background)  # not wiped blank


def test_a_new_window_after_pygame_quit_draws_with_fresh_fonts(app_factory) -> None:
    from game.ui.widgets.labels import text_width

    app_factory()
    assert text_width("Moon", 14) > 0
    pygame.quit()
    app_factory()
    assert text_width("Moon", 14) > 0  # an old font would raise "font module quit"
