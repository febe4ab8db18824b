"""The report's standings: raw total, budget adjustment and total side by side, as on the
debrief screen, and why each agency ranked where it did, in the same sentences."""

from __future__ import annotations

from html import escape
from pathlib import Path

from game.core.engine import Engine
from game.core.ranking import explain
from game.headless.common import play_game
from game.headless.report import build_report, render_html, render_markdown
from game.messages import render
from game.paths import SCENARIOS_DIR
from game.ranking_words import shown_factor, shown_points
from game.readings import difference_detail, difference_meaning
from game.scenario import load_scenario


def finished() -> Engine:
    scenario = load_scenario(Path(SCENARIOS_DIR / "moon_2021.yaml"))
    return play_game(scenario, 3, "esa", "ilrs").engine


def test_the_report_shows_raw_total_adjustment_and_total_of_every_agency() -> None:
    engine = finished()
    markdown = render_markdown(build_report(engine), {})
    lines = [line for line in markdown.splitlines() if line.startswith("| ")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    raw, factor, total = (header.index(name) for name in
                          ("Raw total", "Budget adjustment", "Total (budget-adjusted)"))
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines[1:9]]
    for row, place in zip(rows, explain(engine.rules, engine.state), strict=True):
        assert row[0] == str(place.rank)
        assert row[1] == engine.rules.scenario.agencies[place.agency].short
        assert [row[raw], row[factor], row[total]] == [
            shown_points(place.raw_total), shown_factor(place.budget_factor),
            shown_points(round(place.total, 1))]


def test_the_report_says_why_each_agency_ranked_where_it_did() -> None:
    engine = finished()
    report = build_report(engine)
    html, markdown = render_html(report), render_markdown(report, {})
    assert "Why each agency ranked where it did" in html
    assert "Total = raw total × budget adjustment" in markdown
    for place in explain(engine.rules, engine.state):
        for message in place.why[1:]:
            words = render(message, engine.rules.scenario)
            assert f"<li>{escape(words)}</li>" in html
    # this seed: the agency with the most points earned does not win, and the report says so
    assert "only thanks to the budget adjustment" in html


def test_the_report_says_under_the_timeline_what_the_difference_column_counts() -> None:
    report = build_report(finished())
    html, markdown = render_html(report), render_markdown(report, {})
    for text in (difference_meaning(), difference_detail()):
        assert escape(text) in html
    timeline = markdown.index("## Your timeline beside the documented one")
    history = markdown.index("## The documented history")
    assert timeline < markdown.index("Difference: the years between") < history
