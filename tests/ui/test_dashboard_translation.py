"""The turn screen in French: the selected milestone's translated facts and documented
achievements are marked; "Original (English)" beside its state gives their English in its
tooltip, and in the panel when clicked. A milestone with nothing translated has no button."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any

import pytest
from pygame_gui.elements import UIButton, UITextBox

from game import i18n
from game.ui.scenes.dashboard import DashboardScene
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from tests.ui.flow_support import session, texts
from tests.ui.originals_support import english, french_session


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def open_dashboard(app_factory: Any, french: bool = True, milestone: str = "lunar_orbiter",
                   size: tuple[int, int] = (1024, 600)) -> tuple[Any, Driver]:
    app = app_factory(size)
    app.session = french_session() if french else session()
    app.push(DashboardScene())
    drive = Driver(app)
    drive.step(2)
    drive.click(app.top.node_buttons[milestone])  # a real click on the graph's node
    drive.step()
    assert app.top.selected == milestone
    return app, drive


def panel(app: Any) -> str:
    return " ".join(e.html_text for e in visible_elements(app) if isinstance(e, UITextBox))


def test_the_milestone_s_translated_fact_and_achievement_are_marked(app_factory: Any) -> None:
    app, _ = open_dashboard(app_factory)
    scenario = app.session.scenario
    fact = scenario.milestones["lunar_orbiter"].facts[0]
    done = next(a for a in scenario.agencies["cnsa"].achieved if a.milestone == "lunar_orbiter")
    shown = panel(app)
    assert escape(fact.text, quote=False) + " (translated)" in shown
    assert escape(done.text, quote=False) + " (translated)" in shown


def test_hovering_original_gives_the_english_of_each(app_factory: Any) -> None:
    app, drive = open_dashboard(app_factory)
    button = drive.find(UIButton, "Original (English)")
    tip = drive.hover(button)
    assert tip is not None, "no tooltip after a second's hover"
    assert app.rect.contains(tip.rect)
    source = english()
    fact = source.milestones["lunar_orbiter"].facts[0].text
    done = next(a for a in source.agencies["cnsa"].achieved
                if a.milestone == "lunar_orbiter").text
    for text in (fact, done):
        assert escape(f"Original (English): {text}", quote=False) in (button.tool_tip_text or "")


def test_a_click_shows_the_english_in_the_panel_and_another_the_translation(
        app_factory: Any) -> None:
    app, drive = open_dashboard(app_factory)
    fact = english().milestones["lunar_orbiter"].facts[0].text
    drive.press("Original (English)")
    assert escape(fact, quote=False) + " (original English)" in panel(app)
    assert "(translated)" not in panel(app)
    assert not layout_problems(app)
    drive.press("Translation")
    french = app.session.scenario.milestones["lunar_orbiter"].facts[0].text
    assert escape(french, quote=False) + " (translated)" in panel(app)


def test_the_english_stays_while_another_milestone_is_chosen(app_factory: Any) -> None:
    app, drive = open_dashboard(app_factory)
    drive.press("Original (English)")
    drive.click(app.top.node_buttons["crewed_landing"])
    drive.step()
    fact = english().milestones["crewed_landing"].facts[0].text
    assert escape(fact, quote=False) + " (original English)" in panel(app)
    assert drive.find(UIButton, "Translation") is not None


def test_in_english_the_panel_has_no_mark_and_no_original(app_factory: Any) -> None:
    app, _ = open_dashboard(app_factory, french=False)
    assert "(translated)" not in texts(app)
    assert "Original (English)" not in texts(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_panel_in_french_fits_with_its_original_button(app_factory: Any,
                                                           size: tuple[int, int]) -> None:
    i18n.set_language("fr")
    app, drive = open_dashboard(app_factory, size=size)
    button = drive.find(UIButton, i18n.tr("Original (English)"))
    assert element_text(button)
    assert layout_problems(app) == []
    drive.press(i18n.tr("Original (English)"))
    assert layout_problems(app) == []
