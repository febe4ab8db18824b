"""The glossary in another language marks its translated statements, and its "Original
(English)" button shows them in the English of the reports (and back), by real clicks."""

from __future__ import annotations

from typing import Any

import pygame
from pygame_gui.elements import UIButton, UITextBox

from game.ui.scenes.help import HelpScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems, visible_elements
from tests.translated_fixture import QUOTES, quotes
from tests.ui.flow_support import StandIn


def open_help(app_factory: Any, language: str) -> tuple[Any, Driver]:
    app = app_factory((1024, 600))
    app.session = Session.new(QUOTES, agency="cnsa", scenario=quotes(language))
    app.push(StandIn())
    drive = Driver(app)
    drive.step(2)
    drive.key(pygame.K_F1)
    assert isinstance(app.top, HelpScene)
    return app, drive


def glossary(app: Any) -> str:
    return [e.html_text for e in app.top.elements if isinstance(e, UITextBox)][1]


def buttons(app: Any) -> list[str]:
    return [e.text for e in visible_elements(app) if isinstance(e, UIButton)]


def test_a_translated_fact_is_marked_and_a_click_shows_its_english(app_factory: Any) -> None:
    app, drive = open_help(app_factory, "fr")
    assert "La CNSA a signé le protocole" in glossary(app)
    assert "avec Roscosmos. (translated)" in glossary(app)
    assert not layout_problems(app)
    drive.press("Original (English)")
    assert "CNSA signed the memorandum with Roscosmos. (original English)" in glossary(app)
    drive.press("Translation")
    assert "(translated)" in glossary(app)


def test_the_glossary_in_english_has_no_mark_and_no_button(app_factory: Any) -> None:
    app, _ = open_help(app_factory, "en")
    assert "(translated)" not in glossary(app)
    assert "Original (English)" not in buttons(app)
