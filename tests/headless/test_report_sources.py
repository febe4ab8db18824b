"""The report cites as the screens do: kinds of claim and human citations, never source ids;
vague times in the source's words; every disagreement; how the game simplifies history."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from game import paths, simplifies
from game.citations import attribution, citation
from game.claims import claim_label
from game.core.new_game import new_game
from game.headless.report import md_text, write_report
from game.readings import GAME_VALUE_MARK
from game.scenario import Scenario, load_scenario
from game.scenario.models import Assumption, HistoryEntry

RULES = [Assumption(title="Development in turns", text="Milestones are paid for over turns."),
         Assumption(title="One bloc at a time", text="An agency is in one bloc at most.")]
MID_2020S = HistoryEntry.model_validate({
    "text": "Artemis astronauts land on the Moon by the mid-2020s.", "status": "planned",
    "claim": "plan", "sources": ["seed_002"], "milestone": "lunar_orbiter",
    "when": "by the mid-2020s", "game": {"earliest": "2024", "latest": "2026"}})


def scenario_with(assumptions: list[Assumption], extra_history: bool = False) -> Scenario:
    base = load_scenario(paths.DEFAULT_SCENARIO)
    history = [*base.history, MID_2020S] if extra_history else list(base.history)
    return base.model_copy(update={"assumptions": assumptions, "history": history})


def written(tmp_path: Path, scenario: Scenario) -> tuple[str, str]:
    engine = new_game(scenario, seed=11, humans=["esa"])
    engine.achieve("esa", "lunar_orbiter")  # in March 2021: before the mid-2020s reading
    html_path, md_path = write_report(engine, tmp_path)
    return html_path.read_text(encoding="utf-8"), md_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Scenario, str, str]:
    scenario = scenario_with(RULES, extra_history=True)
    html, md = written(tmp_path_factory.mktemp("report"), scenario)
    return scenario, html, md


def test_every_disagreement_claim_is_in_both_reports_with_its_kind_and_citation(
        report: tuple[Scenario, str, str]) -> None:
    scenario, html, md = report
    assert scenario.disagreements
    assert "Sources disagree" in html and "Sources disagree" in md
    for item in scenario.disagreements.values():
        assert md_text(item.note) in md
        for claim in item.claims:
            assert md_text(claim.text) in md
            assert md_text(attribution(scenario, claim.claim, claim.sources)) in md
            assert escape(claim_label(claim.claim)) in html


def test_each_assumption_title_and_the_engine_rules_are_in_both_reports(
        report: tuple[Scenario, str, str]) -> None:
    scenario, html, md = report
    for text in (html, md):
        assert simplifies.heading() in text
        for rule in RULES:
            assert rule.title in text
        for title, _ in simplifies.engine_rules(scenario.scenario.turn_months):
            assert title in text


def test_a_scenario_without_assumptions_says_its_author_listed_none(tmp_path: Path) -> None:
    html, md = written(tmp_path, scenario_with([]))
    assert escape(simplifies.none_listed()) in html and md_text(simplifies.none_listed()) in md


def test_no_source_id_or_seed_wording_reaches_a_pupil(report: tuple[Scenario, str, str]) -> None:
    scenario, html, md = report
    for text in (html, md):
        assert "[seed_" not in text and "seed file" not in text
        for sid in scenario.sources:
            assert sid not in text.replace("\\_", "_")


def test_the_sources_list_cites_each_report_and_names_its_file_only_for_teachers(
        report: tuple[Scenario, str, str]) -> None:
    scenario, html, md = report
    for source in scenario.sources.values():
        if source.kind == "fiction":
            continue
        assert md_text(citation(source)) in md
        if source.seed:
            assert f'<small class="teacher">(for teachers: the text is in scenarios/seeds/' \
                   f'{source.seed})</small>' in html


def test_a_vague_time_is_in_the_sources_words_and_its_difference_marked_as_a_reading(
        report: tuple[Scenario, str, str]) -> None:
    _scenario, html, md = report
    assert "by the mid-2020s" in md and "Dec 2026" not in md
    assert "before the start of that span" in md and GAME_VALUE_MARK in md
    assert "a game value: the game" in html
