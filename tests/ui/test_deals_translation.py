"""The deals screen in French: a deal the 2011 bar forbids gives the bar in translation,
marked, with its English in the tooltip of the refusal and of the greyed Place button."""

from __future__ import annotations

from html import escape
from typing import Any

from pygame_gui.elements import UIButton, UILabel

from game.ui.scenes.deals import DealsScene
from game.ui.testing import Driver, layout_problems, visible_elements
from tests.ui.flow_support import StandIn, session, texts
from tests.ui.originals_support import english, french_session


def open_deals(app_factory: Any, french: bool = True) -> tuple[Any, Driver, DealsScene]:
    app = app_factory((1024, 600))
    app.session = french_session("nasa") if french else session("nasa")
    app.session.state.agencies["nasa"].bloc = None  # on its own road, still barred
    app.push(StandIn())
    deals = DealsScene()
    app.push(deals)
    drive = Driver(app)
    drive.step(2)
    return app, drive, deals


def test_the_translated_bar_is_marked_and_its_english_a_hover_away(app_factory: Any) -> None:
    app, drive, deals = open_deals(app_factory)
    bar = app.session.scenario.agencies["nasa"].constraints["no_china"].text
    refusal = next(e for e in visible_elements(app) if isinstance(e, UILabel)
                   and (e.tool_tip_text or "").startswith(escape(bar[:30], quote=False)))
    english_bar = english().agencies["nasa"].constraints["no_china"].text
    original = escape(f"Original (English): {english_bar}", quote=False)
    assert "(translated)" in (refusal.tool_tip_text or "")
    assert drive.hover(refusal) is not None, "no tooltip after a second's hover"
    assert original in (refusal.tool_tip_text or "")
    place = deals.place_buttons[next(k for k in deals.place_buttons if k[0] == "cnsa")]
    assert isinstance(place, UIButton) and not place.is_enabled
    assert original in (place.tool_tip_text or "")
    assert layout_problems(app) == []


def test_in_english_the_bar_has_no_mark_and_no_original(app_factory: Any) -> None:
    app, _, deals = open_deals(app_factory, french=False)
    place = deals.place_buttons[next(k for k in deals.place_buttons if k[0] == "cnsa")]
    assert "Since 2011" in (place.tool_tip_text or "")
    assert "(translated)" not in (place.tool_tip_text or "") + texts(app)
    assert "Original (English)" not in (place.tool_tip_text or "")
