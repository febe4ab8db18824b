"""Event cards: answering a choice changes the game, effects are spelled out, fiction shows."""

from __future__ import annotations

from html import escape

import pygame
import pytest

from game.citations import attribution
from game.core import commands as cmd
from game.effects_text import describe_effect
from game.scenario.models import MoneyEffect, TrustEffect
from game.ui.scenes.event_card import EventCardScene
from game.ui.testing import Driver, layout_problems
from tests.ui.flow_support import StandIn, buttons, pass_offers, scenario, session, texts

DELIVER = "Deliver DORN to CNSA (costs money, earns science and CNSA's trust)"


def cnes_at_dorn():  # type: ignore[no-untyped-def]
    """CNES one turn in, when the DORN question (after Sep 2021) waits for its answer."""
    s = session("cnes")
    pass_offers(s, "cnes")
    assert s.apply(cmd.EndTurn(agency="cnes")).ok
    assert any(p.ref == "dorn_on_change6" for p in s.engine.pending("cnes"))
    return s


def open_card(app_factory, s, event, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = s
    app.push(StandIn())
    app.push(EventCardScene(event))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_answering_a_choice_applies_its_effects(app_factory) -> None:  # type: ignore[no-untyped-def]
    s = cnes_at_dorn()
    cnes = s.state.agencies["cnes"]
    money, science = cnes.money, cnes.scores["science"]
    app, drive = open_card(app_factory, s, "dorn_on_change6")
    drive.press(DELIVER)
    assert cnes.money == money - 60
    assert cnes.scores["science"] == science + 8
    assert not s.engine.pending("cnes")
    assert isinstance(app.top, StandIn)


def test_each_choice_spells_out_its_effects_as_game_values(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_card(app_factory, cnes_at_dorn(), "dorn_on_change6")
    shown = texts(app)
    assert "Money -60 million (game value)" in shown
    assert "Trust with CNSA +10 (game value)" in shown
    # the card cites its source by title, outlet and date with the kind of claim, and
    # never by a seed file name
    event = app.session.scenario.events["dorn_on_change6"]
    assert escape(attribution(app.session.scenario, event.claim, event.sources)) in shown
    assert "seed file" not in shown and ".txt" not in shown


def test_escape_does_not_skip_a_question(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_card(app_factory, cnes_at_dorn(), "dorn_on_change6")
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, EventCardScene)


def test_an_event_without_choices_has_one_ok_button(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_card(app_factory, session("esa"), "ilrs_memorandum")
    assert buttons(app) == ["OK"]
    assert "Historical event" in texts(app)
    drive.press("OK")
    assert isinstance(app.top, StandIn)


def test_a_fiction_event_says_so(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_card(app_factory, session("esa"), "budget_squeeze")
    shown = texts(app)
    assert "FICTION" in shown and "fiction: invented by the game" in shown


def test_effects_read_as_words() -> None:
    s = scenario()
    money = MoneyEffect(effect="money", amount=-150)
    assert describe_effect(money, s) == "Money -150 million (game value)"
    trust = TrustEffect(effect="trust", amount=5)
    assert describe_effect(trust, s) == "Trust with all bloc partners +5 (game value)"
    join = s.events["brazil_accords"].choices[0].effects[0]
    assert describe_effect(join, s) == "Joins Artemis"


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_event_card_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_card(app_factory, cnes_at_dorn(), "dorn_on_change6", size)
    assert layout_problems(app) == []
    app, _ = open_card(app_factory, session("esa"), "ilrs_invitation", size)
    assert layout_problems(app) == []


def test_an_event_card_rings_the_event_cue(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _drive = open_card(app_factory, cnes_at_dorn(), "dorn_on_change6")
    assert "event" in app.sound.played
