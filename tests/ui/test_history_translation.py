"""The History screen in another language: a translated documented line or disagreeing
claim is marked, and resting the pointer on it gives its English in the tooltip."""

from __future__ import annotations

from typing import Any

from game.ui.scenes.history import HistoryScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, visible_elements
from tests.translated_fixture import QUOTES, quotes
from tests.ui.flow_support import StandIn


def open_history(app_factory: Any, language: str) -> tuple[Any, Driver]:
    app = app_factory((1280, 720))
    app.session = Session.new(QUOTES, agency="cnsa", scenario=quotes(language))
    app.push(StandIn())
    app.push(HistoryScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Table")  # the translated lines are read in the table
    return app, drive




def line(app: Any, start: str) -> Any:
    return next(e for e in visible_elements(app) if element_text(e).startswith(start))


def test_a_translated_documented_line_is_marked_and_its_english_a_hover_away(
        app_factory: Any) -> None:
    app, drive = open_history(app_factory, "fr")
    label = line(app, "Protocole signé.")
    assert element_text(label) == "Protocole signé. (translated)"
    assert drive.hover(label) is not None, "no tooltip after a second's hover"
    assert "Original (English): Memorandum signed." in label.tool_tip_text
    assert "Russia and China team up to conquer the moon" in label.tool_tip_text


def test_a_translated_disagreeing_claim_keeps_its_english_in_its_tooltip(
        app_factory: Any) -> None:
    app, _ = open_history(app_factory, "fr")
    label = line(app, "\u2022 Le protocole a été signé cette semaine.")
    assert "(translated)" in element_text(label)
    assert "Original (English): The memorandum was signed this week." in label.tool_tip_text


def test_in_english_nothing_is_marked(app_factory: Any) -> None:
    app, _ = open_history(app_factory, "en")
    assert not any("(translated)" in element_text(e) for e in visible_elements(app))
