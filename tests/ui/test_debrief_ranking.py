"""The debrief's standings, reached by playing a real game of the 8-agency campaign: the raw
total, budget adjustment and total of every agency, and why it ranked there, in words."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pytest
from pygame_gui.elements import UILabel, UITextBox

from game import paths
from game.core import ranking
from game.core.commands import EndTurn
from game.core.scoring import standings
from game.ranking_words import shown_factor, shown_points
from game.ui.session import Session
from game.ui.testing import layout_problems, visible_elements
from tests.ui.test_dashboard import open_dashboard
from tests.ui.test_final_reports import answer

CAMPAIGN = paths.SCENARIOS_DIR / "moon_2021.yaml"
HEADERS = ["Rank", "Agency", "Raw total", "Budget adjustment", "Total", "Science",
           "Prestige", "Cooperation", "Budget health", "Firsts"]


@pytest.fixture
def campaign() -> Session:
    """moon_2021 (8 agencies) played by ESA to its last turn, answering what comes."""
    session = Session.new(Path(CAMPAIGN), "esa", seed=5)
    while session.state.turn < session.state.turn_count - 1:
        answer(session, "esa")
        assert session.apply(EndTurn(agency="esa")).ok
    answer(session, "esa")
    return session


def to_debrief(app_factory: Any, session: Session, size: tuple[int, int]) -> Any:
    """End the last turn on the dashboard with a click, then Continue past the last report."""
    app, drive, dashboard = open_dashboard(app_factory, session, size)
    drive.click(dashboard.end_turn_button)
    assert app.top.name == "turn_report"
    drive.press("Continue")
    assert app.top.name == "debrief" and app.session.is_over
    drive.step(2)
    return app


def table_rows(app: Any) -> list[list[str]]:
    """The standings' labels, row by row (top to bottom), cells left to right."""
    labels = [e for e in visible_elements(app) if isinstance(e, UILabel)]
    rows: dict[int, list[UILabel]] = {}
    for label in labels:
        rows.setdefault(label.rect.y, []).append(label)
    found = [[str(cell.text) for cell in sorted(row, key=lambda e: e.rect.x)]
             for _, row in sorted(rows.items())]
    start = next(i for i, row in enumerate(found) if row == HEADERS)
    return [row for row in found[start + 1:] if len(row) == len(HEADERS)]


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_agency_s_raw_total_adjustment_total_and_rank_are_the_engine_s(
        app_factory: Any, campaign: Session, size: tuple[int, int]) -> None:
    app = to_debrief(app_factory, campaign, size)
    engine = app.session.engine
    placings = ranking.explain(engine.rules, engine.state)
    listed = standings(engine.rules, engine.state)
    rows = table_rows(app)
    assert len(rows) == len(placings) == 8
    for row, place, standing in zip(rows, placings, listed, strict=True):
        name = standing.name + (" (you)" if standing.human else "")
        assert row[:5] == [str(standing.rank), name, shown_points(place.raw_total),
                           shown_factor(place.budget_factor), shown_points(standing.total)]
        assert place.agency == standing.agency
        assert row[5:9] == [shown_points(standing.axes[a]) for a in
                            ("science", "prestige", "cooperation", "budget_health")]
        assert row[9] == str(standing.firsts)
    assert layout_problems(app) == []


def test_under_each_agency_the_debrief_says_why_it_ranked_there(
        app_factory: Any, campaign: Session) -> None:
    app = to_debrief(app_factory, campaign, (1280, 720))
    engine = app.session.engine
    boxes = [str(e.html_text) for e in visible_elements(app) if isinstance(e, UITextBox)]
    rule = boxes[0]
    assert "Total = raw total × budget adjustment" in rule
    assert f"power {engine.rules.tuning.budget_handicap:g}" in rule
    for place in ranking.explain(engine.rules, engine.state):
        said = [escape(app.session.words(m)) for m in place.why[1:]]
        assert "<br>".join(said) in boxes, place.agency
    # this seed's campaign: an agency that earned more ranks lower, and is told why
    assert any("only thanks to the budget adjustment" in box for box in boxes)


@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_first_to_reach_winner_with_the_lower_total_is_shown_first_with_the_rule(
        app_factory: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """The lesson with `victory: {milestone: lunar_orbiter, winner: first}` under game:.
    Brazil achieves the orbiter in the first turn while NASA holds far more points; the
    click that ends the turn ends the game (the engine's victory), and the debrief lists
    Brazil first, NASA second, and says the scenario's rule in the engine's words."""
    text = paths.SCENARIOS_DIR.joinpath("classroom_2021.yaml").read_text(encoding="utf-8")
    assert text.count("\ngame:\n") == 1
    text = text.replace("\ngame:\n", "\ngame:\n  victory: {milestone: lunar_orbiter, "
                                     "winner: first}\n")
    scenario = tmp_path / "lesson_first.yaml"
    scenario.write_text(text, encoding="utf-8")
    session = Session.new(scenario, "esa", seed=5)
    state = session.state
    for agency in state.agencies.values():
        agency.achieved.pop("lunar_orbiter", None)
    state.firsts.pop("lunar_orbiter", None)
    state.agencies["nasa"].scores["science"] += 500.0
    state.agencies["brazil"].achieved["lunar_orbiter"] = 0
    answer(session, "esa")
    app = to_debrief(app_factory, session, size)
    engine = app.session.engine
    assert engine.state.end_reason == "victory"
    listed = standings(engine.rules, engine.state)
    rows = table_rows(app)
    assert [row[1] for row in rows[:2]] == ["Brazil", "NASA"]
    assert [row[1] for row in rows] == [s.name + (" (you)" if s.human else "") for s in listed]
    brazil, nasa = listed[0], listed[1]
    assert brazil.total < nasa.total
    assert rows[0][4] == shown_points(brazil.total) and rows[1][4] == shown_points(nasa.total)
    boxes = [str(e.html_text) for e in visible_elements(app) if isinstance(e, UITextBox)]
    first = ranking.explain(engine.rules, engine.state)[0]
    said = [escape(app.session.words(m)) for m in first.why[1:]]
    assert "<br>".join(said) in boxes
    assert any("This scenario&#x27;s rule (a game rule): the first agency to achieve" in box
               or "This scenario's rule (a game rule): the first agency to achieve" in box
               for box in boxes)
    assert layout_problems(app) == []
