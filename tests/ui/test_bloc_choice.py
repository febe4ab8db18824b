"""The bloc choice: joining, a documented refusal, declining an invitation, leaving."""

from __future__ import annotations

from html import escape, unescape

import pytest
from pygame_gui.elements import UIButton, UITextBox

from game.citations import citation
from game.claims import claim_label
from game.ui.road_rules import rule_texts, rule_titles
from game.ui.scenes.bloc_choice import BlocChoiceScene
from game.ui.testing import Driver, layout_problems
from game.ui.widgets.tips import sentence
from tests.ui.flow_support import StandIn, session


def open_choice(app_factory, agency="esa", offer=None, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = session(agency)
    app.push(StandIn())
    app.push(BlocChoiceScene(offer=offer))
    drive = Driver(app)
    drive.step(2)
    return app, drive


def test_accepting_the_ilrs_invitation_puts_esa_in_the_ilrs(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory, offer="ilrs")
    drive.press("Accept: join ILRS")
    assert app.session.state.agencies["esa"].bloc == "ilrs"
    assert not app.session.engine.pending("esa")
    assert isinstance(app.top, StandIn)


def test_a_refused_join_shows_the_documented_reason_and_changes_nothing(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory, agency="nasa")
    join = drive.find(UIButton, "Join ILRS")
    assert not join.is_enabled
    assert "Since 2011" in (join.tool_tip_text or "")
    shown = " ".join(box.html_text for box in app.top.elements if isinstance(box, UITextBox))
    scenario = app.session.scenario
    refusal = next(c for c in scenario.agencies["nasa"].constraints.values()
                   if "Since 2011" in c.text)
    assert "Since 2011" in shown
    assert all(citation(scenario.sources[sid]) in unescape(shown) for sid in refusal.sources)
    assert "seed file" not in shown and ".txt" not in shown
    drive.click(join)
    assert app.session.state.agencies["nasa"].bloc == "artemis"
    assert isinstance(app.top, BlocChoiceScene)


def test_declining_the_invitation_records_it_and_keeps_the_bloc(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory, offer="ilrs")
    drive.press("Decline the ILRS invitation")
    esa = app.session.state.agencies["esa"]
    assert esa.bloc == "artemis" and "ilrs" in esa.declined
    assert not app.session.engine.pending("esa")


def test_staying_in_a_bloc_answers_an_open_invitation(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory, offer="ilrs")
    drive.press("Stay in Artemis")
    assert app.session.state.agencies["esa"].bloc == "artemis"
    assert not app.session.engine.pending("esa")


def test_going_independent_leaves_the_bloc(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory)
    drive.press("Go independent")
    assert app.session.state.agencies["esa"].bloc is None
    assert isinstance(app.top, StandIn)


def test_every_game_number_in_a_column_is_labelled_a_game_value(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_choice(app_factory)
    scene = app.top
    html = scene.bloc_html(app.session.engine.bloc_view("esa", "ilrs"))
    assert "35% of the cost" in html and "Dues: 80 million per turn (game value)" in html
    assert "[1]" in html and "seed file" not in html
    bloc = app.session.scenario.blocs["ilrs"]
    for fact in (*bloc.principles, *bloc.commitments):
        # each statement names its kind of claim in the words every screen uses
        assert f"{escape(fact.text)} <i>({escape(claim_label(fact.claim))})</i>" in html


def test_the_independent_column_offers_deals_at_the_engine_s_price(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_choice(app_factory)
    tuning = app.session.engine.rules.tuning
    html = app.top.independent_html()
    assert f"{tuning.instrument_cost} million, +{tuning.instrument_science:g} science" in html
    assert f"x{tuning.independent_science:g}" in html


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_bloc_choice_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_choice(app_factory, offer="ilrs", size=size)
    assert layout_problems(app) == []
    app, _ = open_choice(app_factory, agency="nasa", size=size)
    assert layout_problems(app) == []


def _shown(app) -> str:  # type: ignore[no-untyped-def]
    return " ".join(box.html_text for box in app.top.elements if isinstance(box, UITextBox))


def test_each_bloc_column_explains_its_rules_and_where_the_player_stands(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, drive = open_choice(app_factory)
    engine, scenario = app.session.engine, app.session.scenario
    titles, texts = rule_titles(), rule_texts()
    shown = _shown(app)
    for bid, bloc in scenario.blocs.items():
        for name in bloc.game.rules:  # every rule the scenario gives the bloc, as the engine has it
            assert name in engine.rules.blocs[bid].road_rules
            assert f"<b>{escape(titles[name])}</b>: {escape(texts[name])}" in shown
    assert set(scenario.blocs["ilrs"].game.rules) == {"joint_construction", "shared_benefits",
                                                      "founders_lead"}
    outside = engine.bloc_view("esa", "ilrs").road_status
    assert outside
    for line in outside:
        assert escape(sentence(app.session.words(line))) in shown
    # Join with a real click, open the screen again: the lines now say ESA's own part.
    drive.press("Join ILRS")
    assert app.session.state.agencies["esa"].bloc == "ilrs"
    app.push(BlocChoiceScene())
    drive.step(2)
    inside = engine.bloc_view("esa", "ilrs").road_status
    assert len(inside) > len(outside)
    shown = _shown(app)
    for line in inside:
        assert escape(sentence(app.session.words(line))) in shown
    assert "ESA has paid 0% of all that ILRS has built together" in unescape(shown)
    assert layout_problems(app) == []


def test_what_a_bloc_shares_is_shown_as_the_engine_s_list_and_labelled_a_game_rule(
        app_factory) -> None:  # type: ignore[no-untyped-def]
    app, _ = open_choice(app_factory)
    view = app.session.engine.bloc_view("esa", "ilrs")
    names = ", ".join(app.session.scenario.milestones[m].name for m in view.shares)
    assert view.shares == tuple(sorted(app.session.scenario.blocs["ilrs"].game.shares))
    html = app.top.bloc_html(view)
    assert escape(f"Hardware one member builds serves all: {names} (game rule)") in html
