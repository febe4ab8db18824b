"""The turn report in French quotes the answer chosen as the card showed it: a translation
marked, its English a hover on "Original (English)" away and in place after a click."""

from __future__ import annotations

from typing import Any

import pytest
from pygame_gui.elements import UIButton

from game.core.records import FiredEvent, TurnReport
from game.ui.scenes.turn_report import TurnReportScene
from game.ui.session import Session
from game.ui.testing import Driver, layout_problems
from tests.translated_fixture import QUOTES, quotes
from tests.ui.flow_support import StandIn, texts


def open_report(app_factory: Any, language: str, choice: int = 0,
                size: tuple[int, int] = (1024, 600)) -> tuple[Any, Driver]:
    app = app_factory(size)
    app.session = Session.new(QUOTES, agency="cnsa", scenario=quotes(language))
    report = TurnReport(turn=0, scores_before={}, money_start=0,
                        events=[FiredEvent("signing", choice)])
    app.push(StandIn())
    app.push(TurnReportScene(report))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_the_translated_answer_is_marked_and_its_english_a_hover_away(app_factory: Any) -> None:
    app, drive = open_report(app_factory, "fr")
    assert "you chose \u201cSaluer le protocole.\u201d (translated)" in texts(app)
    button = drive.find(UIButton, "Original (English)")
    assert drive.hover(button) is not None, "no tooltip after a second's hover"
    assert "Original (English): Welcome the memorandum." in (button.tool_tip_text or "")
    assert layout_problems(app) == []


def test_a_click_shows_the_english_answer_and_another_the_translation(app_factory: Any) -> None:
    app, drive = open_report(app_factory, "fr")
    drive.press("Original (English)")
    assert "you chose \u201cWelcome the memorandum.\u201d (original English)" in texts(app)
    drive.press("Translation")
    assert "you chose \u201cSaluer le protocole.\u201d (translated)" in texts(app)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_answer_in_the_english_words_has_no_mark_and_no_original(app_factory: Any,
                                                                    language: str) -> None:
    # in French, the second answer's translation keeps the English words: nothing to mark
    app, _ = open_report(app_factory, language, choice=1 if language == "fr" else 0)
    assert "(translated)" not in texts(app)
    assert "Original (English)" not in texts(app)
