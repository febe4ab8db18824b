"""The history screen: game dates beside the documented timeline, with sources."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game import paths
from game.citations import attribution
from game.core import commands as cmd
from game.core.calendar import month_index
from game.dates import month_label
from game.readings import GAME_VALUE_MARK, legend
from game.scenario import Scenario, load_scenario
from game.scenario.models import HistoryEntry
from game.ui.scene import Scene
from game.ui.scenes.history import HistoryScene, timeline, years_text
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"


def play(turns: int = 99, agency: str = "esa", seed: int = 7,
         scenario: Scenario | None = None) -> Session:
    """A game where the human funds whatever it can and flies what is ready."""
    session = Session.new(Path(CLASSROOM), agency, seed=seed, scenario=scenario)
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


def longer_lesson() -> Scenario:
    """The lesson run on to 2035 (ten turns): its six turns end in 2029, before anyone
    can fly the two milestones it gives documented dates for (a sample return, a crewed
    landing), so only a longer game puts a difference in years on the screen."""
    base = load_scenario(CLASSROOM)
    return base.model_copy(update={"scenario": base.scenario.model_copy(
        update={"end": "2035-12"})})


def play_longer() -> Session:
    """ESA lands a sample return (Mar 2030) in the longer lesson: a date to compare."""
    session = play(seed=1, scenario=longer_lesson())
    assert "sample_return" in session.state.agencies["esa"].achieved
    return session


class Below(Scene):
    name = "below"


def open_history(app_factory, size=(1280, 720), turns=99, session=None, view="table"):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = session or play(turns)
    app.push(Below())
    app.push(HistoryScene())
    Driver(app).step(2)
    if view == "table":  # History opens on its picture: the Table button, as a pupil would
        Driver(app).press("Table")
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
    documented = [e for e in session.scenario.history if e.milestone == "crewed_landing"]
    assert [c.when for c in landing.claims] == [e.date or e.when for e in documented]
    assert rows[-1].milestone is None  # the ILRS memorandum is no game milestone


def test_the_screen_shows_your_dates_the_first_holder_and_the_difference(app_factory) -> None:
    app = open_history(app_factory, session=play_longer())
    shown = texts(app)
    assert any(t.startswith("ESA (you): ") and t[-4:].isdigit() for t in shown)
    assert any(t.startswith("First: CNSA, ") for t in shown)
    assert any(t.startswith("Planned: ") for t in shown)
    assert any(t.startswith("Done: ") for t in shown)
    assert any(t.startswith(("You: ", "First: ")) and "years" in t for t in shown)


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
    session = play_longer()
    session.teams = {"Green": "esa", "Red": "cnsa"}
    app.session = session
    app.push(Below())
    app.push(HistoryScene())
    Driver(app).step(2)
    assert app.top.timeline_view.names["esa"] == "Green (ESA)"  # the picture's key too
    Driver(app).press("Table")
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


# --- vague times, claim kinds and every disagreement -----------------------------------

MID_2020S = {"text": "Artemis astronauts land on the Moon by the mid-2020s.",
             "status": "planned", "claim": "plan", "sources": ["seed_002"],
             "milestone": "crewed_landing", "when": "by the mid-2020s",
             "game": {"earliest": "2024", "latest": "2026"}}
UNDATED = {"text": "Landers are to be built one day.", "status": "planned",
           "claim": "second_hand", "sources": ["seed_001"], "milestone": "crewed_landing"}


def open_with_history(app_factory, entries, size=(1280, 720)):  # type: ignore[no-untyped-def]
    """The history screen for a game whose scenario's history is `entries`, with the
    crewed landing achieved by everyone in the first turn (so a difference is shown)."""
    base = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=7).scenario
    history = [HistoryEntry.model_validate(e) for e in entries]
    scenario = base.model_copy(update={"history": history})
    session = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=7, scenario=scenario)
    session.engine.achieve("esa", "crewed_landing")
    app = app_factory(size)
    app.session = session
    app.push(Below())
    app.push(HistoryScene())
    Driver(app).step(2)
    Driver(app).press("Table")  # History opens on its picture
    return app


def test_a_vague_time_is_shown_in_the_sources_words_and_never_as_a_month(app_factory) -> None:
    app = open_with_history(app_factory, [MID_2020S])
    shown = texts(app)
    assert "Planned: by the mid-2020s" in shown
    documented = [t for t in shown if t.startswith("Planned: ")]
    months = {month_label(m) for m in range(month_index("2024"), month_index("2027"))}
    assert not any(label in t for t in documented for label in months)


def test_a_difference_from_a_vague_time_is_marked_as_a_game_reading_with_a_legend(
        app_factory) -> None:
    app = open_with_history(app_factory, [MID_2020S])
    joined = " ".join(texts(app))  # wrapped lines joined again
    # the game date (March 2021) is before the game's reading of 'by the mid-2020s'
    assert "You: 2.8 years before the start of that span" in joined
    assert "2024\u20132026" in joined and GAME_VALUE_MARK in joined
    assert legend() in texts(app)
    assert layout_problems(app) == []


def test_an_entry_with_no_date_says_there_is_no_date_to_compare(app_factory) -> None:
    app = open_with_history(app_factory, [UNDATED])
    assert "no date to compare" in texts(app)
    assert legend() not in texts(app)  # no reading on show, so no legend to explain it


def test_each_documented_line_says_what_kind_of_claim_it_is_beside_its_citation(
        app_factory) -> None:
    app = open_with_history(app_factory, [MID_2020S, UNDATED], size=(1920, 1080))
    scenario = app.session.scenario
    joined = " ".join(texts(app))
    for entry in scenario.history:
        assert attribution(scenario, entry.claim, entry.sources) in joined
    assert "seed_0" not in joined and ".txt" not in joined


def test_every_disagreement_claim_is_shown_with_its_kind_across_all_pages(
        app_factory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.ui.scenes import history

    monkeypatch.setattr(history, "PAGE_LABELS", 20)  # a few rows a page: paging must hold
    app = open_history(app_factory, size=(1920, 1080))
    scene = app.top
    assert scene.pages > 1
    seen: list[str] = []
    for _ in range(scene.pages):
        seen += texts(app)
        if scene.page < scene.pages - 1:
            Driver(app).press("Next page")
    joined = " ".join(seen)
    scenario = app.session.scenario
    assert scenario.disagreements
    for item in scenario.disagreements.values():
        assert item.topic in joined
        assert item.note in joined
        for claim in item.claims:
            assert claim.text in joined
            assert attribution(scenario, claim.claim, claim.sources) in joined
