"""The bloc choice in French marks the blocs' translated principles and commitments and a
translated constraint that keeps the player out; "Original (English)" gives their English
in its tooltip, and in the columns when clicked."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any

import pytest
from pygame_gui.elements import UIButton, UITextBox

from game import i18n
from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.testing import Driver, layout_problems, visible_elements
from tests.ui.flow_support import StandIn, session, texts
from tests.ui.originals_support import english, french_session


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def open_choice(app_factory: Any, agency: str = "nasa", french: bool = True,
                size: tuple[int, int] = (1024, 600)) -> tuple[Any, Driver]:
    app = app_factory(size)
    app.session = french_session(agency) if french else session(agency)
    app.push(StandIn())
    app.push(BlocChoiceScene())
    drive = Driver(app)
    drive.step(2)
    return app, drive


def columns(app: Any) -> str:
    return " ".join(e.html_text for e in visible_elements(app) if isinstance(e, UITextBox))


def test_translated_commitments_and_the_refusal_are_marked(app_factory: Any) -> None:
    app, _ = open_choice(app_factory)
    scenario = app.session.scenario
    commitment = scenario.blocs["artemis"].commitments[0]
    refusal = scenario.agencies["nasa"].constraints["no_china"]
    shown = columns(app)
    assert escape(commitment.text) + " (translated)" in shown
    assert escape(refusal.text) + " (translated)" in shown


def test_hovering_original_lists_the_english_of_the_blocs_and_the_refusal(
        app_factory: Any) -> None:
    app, drive = open_choice(app_factory)
    button = drive.find(UIButton, "Original (English)")
    tip = drive.hover(button)
    assert tip is not None, "no tooltip after a second's hover"
    assert app.rect.contains(tip.rect)
    words = button.tool_tip_text or ""
    source = english()
    refusal = source.agencies["nasa"].constraints["no_china"].text
    assert escape(f"Original (English): {refusal}", quote=False) in words
    # as many as the tooltip holds whole, in the columns' order; it counts the rest
    facts = [f.text for b in source.blocs.values() for f in (*b.principles, *b.commitments)]
    held = [f for f in facts if escape(f"Original (English): {f}", quote=False) in words]
    assert held == facts[:len(held)] and len(held) >= 3
    if len(held) < len(facts):
        assert f"{len(facts) - len(held)} more: click to read every original in place." in words


def test_the_disabled_join_button_gives_the_refusal_and_its_english(app_factory: Any) -> None:
    _app, drive = open_choice(app_factory)
    join = drive.find(UIButton, "Join ILRS")
    refusal = english().agencies["nasa"].constraints["no_china"].text
    assert "(translated)" in (join.tool_tip_text or "")
    assert escape(f"Original (English): {refusal}", quote=False) in (join.tool_tip_text or "")


def test_a_click_shows_the_english_in_the_columns_and_another_the_translation(
        app_factory: Any) -> None:
    app, drive = open_choice(app_factory)
    source = english()
    commitment = source.blocs["artemis"].commitments[0].text
    refusal = source.agencies["nasa"].constraints["no_china"].text
    drive.press("Original (English)")
    shown = columns(app)
    assert escape(commitment) + " (original English)" in shown
    assert escape(refusal) + " (original English)" in shown
    assert "(translated)" not in shown
    assert not layout_problems(app)
    drive.press("Translation")
    french = app.session.scenario.blocs["artemis"].commitments[0].text
    assert escape(french) + " (translated)" in columns(app)


def test_in_english_the_choice_has_no_mark_and_no_original(app_factory: Any) -> None:
    app, _ = open_choice(app_factory, french=False)
    assert "(translated)" not in texts(app)
    assert "Original (English)" not in texts(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_choice_in_french_fits_with_its_original_button(app_factory: Any,
                                                            size: tuple[int, int]) -> None:
    i18n.set_language("fr")
    app, drive = open_choice(app_factory, size=size)
    assert drive.find(UIButton, i18n.tr("Original (English)")) is not None
    assert layout_problems(app) == []
    drive.press(i18n.tr("Original (English)"))
    assert layout_problems(app) == []
