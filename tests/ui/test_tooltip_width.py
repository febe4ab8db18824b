"""A long tooltip (a quoted statement and its English original) grows wider, not taller
than the window; a short one keeps the theme's width."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UILabel

from game.ui.testing import Driver
from game.ui.tooltip_width import width_for


def test_a_short_tooltip_keeps_the_theme_width() -> None:
    assert width_for("Funding a turn", 1024, 1.0) is None
    assert width_for("<b>" + "x" * 200 + "</b>", 1024, 1.0) is None  # tags are not text


def test_a_paragraph_takes_up_to_half_the_window_and_two_nearly_all_of_it() -> None:
    assert width_for("x" * 300, 1024, 1.0) == 512
    assert width_for("x" * 300, 1920, 1.0) == 520
    assert width_for("x" * 1100, 1024, 1.0) == 880
    assert width_for("x" * 1100, 1024, 1.3) == 1024 - 48
    assert width_for("x" * 1100, 1920, 1.2) == 1056


def test_a_tooltip_of_two_paragraphs_fits_the_smallest_window(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1024, 600))
    # about as long as the longest the game shows: a documented constraint in Russian and
    # its English original (the deals screen's refusal, 1,097 characters)
    words = ("The two agencies said the station would be open to all interested partners, "
             "as one report quotes them. ") * 10
    label = UILabel(pygame.Rect(20, 280, 400, 30), "hover me", manager=app.manager)
    label.set_tooltip(words)
    tip = Driver(app).hover(label)  # warnings are errors here: "Unable to fit" would fail
    assert tip is not None
    assert app.rect.contains(tip.rect)
