"""The bilateral deals screen: opened from the bloc screen's independent column; placing an
instrument with a real click shows the money and the deal list the engine then holds."""

from __future__ import annotations

from typing import Any

import pytest
from pygame_gui.elements import UIButton, UILabel, UITextBox

from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.scenes.deals import DealsScene
from game.ui.testing import Driver, element_text, layout_problems, visible_elements
from tests.ui.flow_support import StandIn, session, texts


def open_deals(app_factory: Any, agency: str = "cnes",
               size: tuple[int, int] = (1280, 720)) -> tuple[Any, Driver, DealsScene]:
    app = app_factory(size)
    app.session = session(agency)
    app.push(StandIn())
    app.push(BlocChoiceScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Bilateral deals")
    deals = app.top
    assert isinstance(deals, DealsScene)
    return app, drive, deals


def money_shown(app: Any) -> int:
    label = next(element_text(e) for e in visible_elements(app) if isinstance(e, UILabel)
                 and element_text(e).startswith("Money not allocated:"))
    return int(label.removeprefix("Money not allocated: ").removesuffix("M"))


def deals_shown(app: Any) -> str:
    boxes = [e for e in visible_elements(app) if isinstance(e, UITextBox)]
    return boxes[-1].html_text


def test_placing_an_instrument_shows_the_money_and_the_deal_the_engine_holds(
        app_factory: Any) -> None:
    app, drive, deals = open_deals(app_factory)
    engine = app.session.engine
    assert money_shown(app) == engine.budget_view("cnes").free
    assert "None yet." in deals_shown(app)
    host, mid = next((o.host, o.milestone) for o in engine.deal_options("cnes")
                     if o.reason is None)
    button = deals.place_buttons[(host, mid)]
    assert isinstance(button, UIButton) and button.is_enabled
    before = engine.budget_view("cnes").free
    drive.click(button)
    drive.step(2)
    assert [(d.host, d.milestone) for d in engine.open_deals("cnes")] == [(host, mid)]
    assert engine.budget_view("cnes").free == before - engine.rules.tuning.instrument_cost
    assert money_shown(app) == engine.budget_view("cnes").free
    scenario = app.session.scenario
    line = f"{scenario.agencies[host].short}: {scenario.milestones[mid].name}"
    assert line in deals_shown(app)
    assert "Open deals: 1 of" in texts(app)
    # a second instrument on the same mission: no longer open, and it says why
    again = deals.place_buttons[(host, mid)]
    assert isinstance(again, UIButton) and not again.is_enabled
    assert "already has an instrument" in (again.tool_tip_text or "")
    drive.click(again)
    assert len(engine.open_deals("cnes")) == 1


def test_an_agency_in_a_bloc_sees_why_no_deal_is_open_and_places_none(
        app_factory: Any) -> None:
    app, drive, deals = open_deals(app_factory, agency="esa")
    assert deals.place_buttons
    assert all(isinstance(b, UIButton) and not b.is_enabled
               for b in deals.place_buttons.values())
    assert "bilateral deals are the independent road's" in texts(app)
    drive.click(next(iter(deals.place_buttons.values())))  # type: ignore[arg-type]
    assert app.session.state.deals == []


def test_the_2011_bar_is_shown_in_its_own_words_on_nasas_rows_for_china(
        app_factory: Any) -> None:
    app = app_factory((1280, 720))
    app.session = session("nasa")
    app.session.state.agencies["nasa"].bloc = None  # on its own road, still barred
    app.push(StandIn())
    deals = DealsScene()
    app.push(deals)
    Driver(app).step(2)
    button = deals.place_buttons[next(k for k in deals.place_buttons if k[0] == "cnsa")]
    assert isinstance(button, UIButton) and not button.is_enabled
    assert "Since 2011" in (button.tool_tip_text or "")


def test_close_goes_back_to_the_roads(app_factory: Any) -> None:
    app, drive, _deals = open_deals(app_factory)
    drive.press("Close")
    assert isinstance(app.top, BlocChoiceScene)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_deals_screen_fits(app_factory: Any, size: tuple[int, int]) -> None:
    app, drive, deals = open_deals(app_factory, size=size)
    assert layout_problems(app) == []
    host, mid = next(k for k, b in deals.place_buttons.items()
                     if isinstance(b, UIButton) and b.is_enabled)
    drive.click(deals.place_buttons[(host, mid)])  # type: ignore[arg-type]
    assert layout_problems(app) == []
    # The refusal the placing brings ("already has an instrument on ...") reads whole.
    said = app.session.words(next(o.reason for o in app.session.engine.deal_options("cnes")
                                  if (o.host, o.milestone) == (host, mid)))
    shown = [e.text for e in visible_elements(app) if isinstance(e, UILabel)]
    assert said[:1].upper() + said[1:] in shown


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_bloc_screen_with_the_deals_button_fits(app_factory: Any,
                                                    size: tuple[int, int]) -> None:
    app = app_factory(size)
    app.session = session("cnes")
    app.push(StandIn())
    app.push(BlocChoiceScene())
    Driver(app).step(2)
    assert layout_problems(app) == []
