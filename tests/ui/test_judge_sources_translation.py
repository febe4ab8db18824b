"""The activity in French, driven with real events: a translated quote is marked, its
English is in the tooltip of "Original (English)" and shown in place when it is clicked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
import pytest
from pygame_gui.elements import UIButton, UITextBox

from game import i18n
from game.scenario.activity import load_activity
from game.ui.scenes.judge_sources import JudgeSourcesScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, layout_problems, text_fit_problems, visible_elements
from tests.activity_companion import FRENCH_QUOTE, QUOTE, french_activity


def opened(app_factory: Any, activity: Any) -> tuple[Any, Driver]:
    app = app_factory((1024, 600))
    app.push(TitleScene())
    app.push(JudgeSourcesScene(activity))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def buttons(app: Any) -> list[str]:
    return [e.text for e in visible_elements(app) if isinstance(e, UIButton)]


def prompt(app: Any) -> str:
    return next(e.html_text for e in visible_elements(app) if isinstance(e, UITextBox))




def test_a_translated_quote_is_marked_and_its_english_is_a_hover_away(app_factory: Any,
                                                                      tmp_path: Path) -> None:
    activity = load_activity(french_activity(tmp_path), language="fr")
    app, drive = opened(app_factory, activity)
    text = prompt(app)
    assert "Le but de l'ILRS" in text
    assert "\u201d <i>(translated)</i>" in text
    assert "seed 003, line 7" in text  # the line cited is the English seed's
    button = drive.find(UIButton, "Original (English)")
    tip = drive.hover(button)
    assert tip is not None, "no tooltip after a second's hover"
    assert "Original (English): The goal of the ILRS" in (button.tool_tip_text or "")
    assert app.rect.contains(tip.rect)
    assert not layout_problems(app)


def test_a_click_shows_the_seeds_own_words_and_another_the_translation(
        app_factory: Any, tmp_path: Path) -> None:
    activity = load_activity(french_activity(tmp_path), language="fr")
    app, drive = opened(app_factory, activity)
    drive.press("Original (English)")
    assert "strengthen scientific research exchanges" in prompt(app)
    assert "<i>(original English)</i>" in prompt(app)
    assert FRENCH_QUOTE[:20] not in prompt(app)
    drive.press("Translation")
    assert "(translated)" in prompt(app)
    drive.key(pygame.K_1)  # the answer keys still work, and the feedback follows
    assert "Original (English)" in [e.text for e in visible_elements(app)
                                    if isinstance(e, UIButton)]


def test_in_english_there_is_no_mark_and_no_original_button(app_factory: Any,
                                                            tmp_path: Path) -> None:
    activity = load_activity(french_activity(tmp_path), language="en")
    app, _ = opened(app_factory, activity)
    assert "(translated)" not in prompt(app)
    assert QUOTE[:30] in prompt(app)
    assert "Original (English)" not in [e.text for e in visible_elements(app)
                                        if isinstance(e, UIButton)]


@pytest.mark.parametrize("language", ["fr", "ru", "zh"])
def test_every_item_of_the_shipped_translation_fits_and_offers_its_original(
        app_factory: Any, language: str) -> None:
    i18n.set_language(language)  # the screen in the activity's language, as a class sees it
    activity = load_activity(language=language)
    app, drive = opened(app_factory, activity)
    scene = app.top
    for _, item in activity.items:
        assert item.question in prompt(app).replace("&#x27;", "'")
        assert i18n.tr("Original (English)") in buttons(app), item.id
        assert not layout_problems(app), (language, item.id, layout_problems(app))
        assert not text_fit_problems(app), (language, item.id, text_fit_problems(app))
        drive.key(pygame.K_1)
        assert not layout_problems(app), (language, item.id, "feedback")
        drive.key(pygame.K_RETURN)
    assert scene.finished
