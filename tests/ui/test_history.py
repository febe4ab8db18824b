"""The history screen: game dates beside the documented timeline, with sources."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game import paths
from game.core import commands as cmd
from game.ui.scene import Scene
from game.ui.scenes.history import HistoryScene, timeline, years_text
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"


def play(turns: int = 99, agency: str = "esa", seed: int = 7) -> Session:
    """A game where the human funds whatever it can and flies what is ready."""
    session = Session.new(Path(CLASSROOM), agency, seed=seed)
    engine = session.engine
    while not session.is_over and session.state.turn < turns:
        for waiting in engine.pending(agency):
            if waiting.kind == "event":
                session.apply(cmd.AnswerEvent(agency=agency, event=waiting.ref, choice=0))
            else:
                session.apply(cmd.JoinBloc(agency=agency, bloc=waiting.ref))
        for mid in engine.rules.milestones:
            view = engine.milestone_view(agency, mid)
            free = engine.budget_view(agency).free
            if view.status in ("available", "in_progress") and free > 0:
                session.apply(cmd.Allocate(agency=agency, milestone=mid,
                                           amount=min(view.steady_funding, free)))
            elif view.status == "ready":
                session.apply(cmd.Attempt(agency=agency, milestone=mid))
        assert session.apply(cmd.EndTurn(agency=agency)).ok
    return session


class Below(Scene):
    name = "below"


def open_history(app_factory, size=(1280, 720), turns=99):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = play(turns)
    app.push(Below())
    app.push(HistoryScene())
    Driver(app).step(2)
    return app


def texts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [element_text(e) for e in visible_elements(app)]


def test_differences_read_in_years_later_or_earlier() -> None:
    assert years_text(30) == "2.5 years later"
    assert years_text(-12) == "1.0 years earlier"
    assert years_text(0) == "same month"


def test_every_documented_line_finds_a_row_and_planned_is_told_from_done() -> None:
    session = play()
    rows = timeline(session.engine, "esa")
    claims = [c for row in rows for c in row.claims]
    assert len(claims) == len(session.scenario.history)
    statuses = {c.status for c in claims}
    assert {"done", "planned"} <= statuses
    landing = next(r for r in rows if r.milestone == "crewed_landing")
    assert [c.when for c in landing.claims] == ["by Dec 2025", "by Dec 2029"]
    assert rows[-1].milestone is None  # the ILRS memorandum is no game milestone


def test_the_screen_shows_your_dates_the_first_holder_and_the_difference(app_factory) -> None:
    app = open_history(app_factory)
    shown = texts(app)
    assert any(t.startswith("ESA (you): ") and t[-4:].isdigit() for t in shown)
    assert any(t.startswith("First: CNSA, ") for t in shown)
    assert any(t.startswith("Planned: ") for t in shown)
    assert any(t.startswith("Done: ") for t in shown)
    assert any("years later" in t or "years earlier" in t for t in shown)


def test_each_documented_line_names_its_source_in_a_tooltip(app_factory) -> None:
    app = open_history(app_factory)
    sourced = [e for e in visible_elements(app) if element_text(e).startswith("Planned: ")]
    assert sourced
    title = app.session.scenario.sources["seed_002"].title
    tips = [getattr(e, "tool_tip_text", "") or "" for e in sourced]
    assert any(title in tip for tip in tips)


def test_where_sources_disagree_both_claims_are_shown_with_both_sources(app_factory) -> None:
    app = open_history(app_factory, size=(1920, 1080))
    joined = " ".join(texts(app))
    disagreement = app.session.scenario.disagreements["artemis_landing_date"]
    for claim in disagreement.claims:
        assert claim.text[:30] in joined
    assert "Where the sources disagree" in joined


def test_a_game_just_begun_shows_the_timeline_with_nothing_achieved_yet(app_factory) -> None:
    app = open_history(app_factory, turns=0)
    assert "Not a game milestone" in texts(app)
    assert layout_problems(app) == []


def test_esc_closes_the_history(app_factory) -> None:
    app = open_history(app_factory)
    Driver(app).key(pygame.K_ESCAPE)
    assert isinstance(app.top, Below)


def test_the_back_button_closes_the_history(app_factory) -> None:
    app = open_history(app_factory)
    Driver(app).press("Back")
    assert isinstance(app.top, Below)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_history_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app = open_history(app_factory, size=size)
    assert layout_problems(app) == []


def test_a_milestone_done_before_the_game_is_not_dated_to_the_first_turn() -> None:
    session = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=1)
    row = next(r for r in timeline(session.engine, "esa") if r.milestone == "far_side_landing")
    assert row.first_before_game and row.first_month is None
    assert row.first is not None and row.first.startswith("before ")


def test_in_a_hot_seat_game_the_dates_name_the_team_not_you(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720))
    session = play()
    session.teams = {"Green": "esa", "Red": "cnsa"}
    app.session = session
    app.push(Below())
    app.push(HistoryScene())
    Driver(app).step(2)
    shown = texts(app)
    assert any(t.startswith("Green (ESA): ") for t in shown)
    assert not any("(you)" in t or t.startswith("You: ") for t in shown)
    assert any(t.startswith("Green: ") and "years" in t for t in shown)
    assert layout_problems(app) == []


def test_a_long_table_is_paged_between_milestones_never_inside_one() -> None:
    from game.ui.scenes.history import paged

    blocks = [(3, [[("a", "")] * 3, [("b", "")] * 2, [], []]) for _ in range(10)]
    pages = paged(blocks, page_labels=12)
    assert [len(p) for p in pages] == [2, 2, 2, 2, 2]
    assert [b for p in pages for b in p] == blocks
    assert paged([(40, [[("x", "")] * 40, [], [], []])], page_labels=12) == \
        [[(40, [[("x", "")] * 40, [], [], []])]]
