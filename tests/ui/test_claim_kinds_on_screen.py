"""Wherever a statement is shown with its source, its kind of claim is named beside the
human citation, in the one wording game.citations.attribution gives, and no seed file name
reaches the screen."""

from __future__ import annotations

from html import escape

import pygame
from pygame_gui.elements import UILabel, UITextBox

from game import paths
from game.citations import attribution
from game.claims import claim_label
from game.ui.scenes.help import glossary_html
from game.ui.scenes.menu_parts import kinds_summary
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, visible_elements
from game.ui.widgets.tips import sourced
from game.ui.widgets.turn_text import details_html


def session() -> Session:
    return Session.new(paths.DEFAULT_SCENARIO, "esa", seed=2)


def no_seed_files(text: str, scenario) -> None:  # type: ignore[no-untyped-def]
    assert "seed file" not in text
    for source in scenario.sources.values():
        if source.seed:
            assert source.seed not in text


def test_a_sourced_tooltip_names_the_kind_of_claim_then_the_citation() -> None:
    s = session()
    done = next(d for a in s.scenario.agencies.values() for d in a.achieved)
    tip = sourced(s.scenario, "Achieved", done.sources, done.claim)
    assert escape(attribution(s.scenario, done.claim, done.sources), quote=False) in tip
    assert claim_label(done.claim) in tip.replace("&#x27;", "'")
    no_seed_files(tip, s.scenario)


def test_a_milestones_details_name_the_kind_of_each_fact_and_achievement() -> None:
    s = session()
    scenario = s.scenario
    mid, milestone = next((m, spec) for m, spec in scenario.milestones.items() if spec.facts)
    html = details_html(scenario, s.engine, "esa", s.engine.milestone_view("esa", mid))
    for fact in milestone.facts:
        assert escape(attribution(scenario, fact.claim, fact.sources), quote=False) in html
    no_seed_files(html, scenario)


def test_the_help_glossary_names_the_kind_of_each_fact() -> None:
    scenario = session().scenario
    html = glossary_html(scenario)
    for bloc in scenario.blocs.values():
        for fact in (*bloc.facts, *bloc.principles):
            assert escape(attribution(scenario, fact.claim, fact.sources), quote=False) in html
    no_seed_files(html, scenario)


def test_new_games_bloc_and_agency_tooltips_name_kinds_and_citations(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    app.push(TitleScene())
    app.push(NewGameScene())
    Driver(app).step(2)
    scene = app.top
    scenario = scene.current.scenario
    agency = scenario.agencies[scene.agency]
    tips = " ".join(getattr(e, "tool_tip_text", "") or "" for e in visible_elements(app)
                    if isinstance(e, UILabel | UITextBox))
    assert agency.bloc, "the default agency starts in a bloc, whose tooltip is checked"
    facts = scenario.blocs[agency.bloc].facts
    # a tooltip names the kinds; the statements with their citations are in the glossary
    assert escape(kinds_summary(facts), quote=False) in tips
    assert claim_label(facts[0].claim) in tips.replace("&#x27;", "'")
    no_seed_files(tips, scenario)
    pygame.event.get()  # read, not clear(): clear() leaks the posted events (and their UI elements)
