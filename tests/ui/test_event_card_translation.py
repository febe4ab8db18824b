"""An event card in another language marks its translated statements; its "Original
(English)" button gives their English in its tooltip, and in the card when clicked."""

from __future__ import annotations

import html

from pygame_gui.elements import UIButton, UITextBox

from game.ui.scenes.event_card import EventCardScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems, visible_elements
from tests.translated_fixture import QUOTES, quotes
from tests.ui.flow_support import StandIn, texts


def open_card(app_factory, language: str):  # type: ignore[no-untyped-def]
    app = app_factory((1024, 600))
    app.session = Session.new(QUOTES, agency="cnsa", scenario=quotes(language))
    app.push(StandIn())
    app.push(EventCardScene("signing", answer=False))
    drive = Driver(app)
    drive.step(2)
    return app, drive




def body(app) -> UITextBox:  # type: ignore[no-untyped-def]
    return next(e for e in visible_elements(app) if isinstance(e, UITextBox)
                and "Roscosmos" in e.html_text)


def test_a_translated_event_is_marked_and_its_english_is_a_hover_away(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_card(app_factory, "fr")
    event = app.session.scenario.events["signing"]
    box = body(app)
    assert html.escape(event.text) + " (translated)" in box.html_text
    assert "Saluer le protocole. (translated)" in box.html_text
    assert "Say nothing. (translated)" not in box.html_text  # the same words: no mark
    button = drive.find(UIButton, "Original (English)")
    tip = drive.hover(button)
    assert tip is not None, "no tooltip after a second's hover"
    shown = button.tool_tip_text or ""
    assert "Original (English): CNSA and Roscosmos sign a memorandum." in shown
    assert "Original (English): Welcome the memorandum." in shown
    assert app.rect.contains(tip.rect)  # type: ignore[attr-defined]
    assert not layout_problems(app)


def test_a_click_on_original_shows_the_english_and_another_the_translation(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_card(app_factory, "fr")
    drive.press("Original (English)")
    assert "CNSA and Roscosmos sign a memorandum. (original English)" in body(app).html_text
    assert "Welcome the memorandum. (original English)" in body(app).html_text
    drive.press("Translation")
    assert "signent un protocole" in body(app).html_text


def test_the_card_in_english_has_no_mark_and_no_original(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_card(app_factory, "en")
    assert "(translated)" not in texts(app)
    assert "Original (English)" not in texts(app)
