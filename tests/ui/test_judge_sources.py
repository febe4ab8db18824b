"""Judge the sources, driven like a class at the projector: real clicks and key presses,
and what the screen shows compared with the activity file, the engine's record and the
debrief report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pygame
from pygame_gui.elements import UIButton, UITextBox

from game.claims import claim_label
from game.judging import citations, score_line
from game.scenario.activity import load_activity
from game.ui.flow import start_campaign
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.judge_sources import JudgeSourcesScene
from game.ui.scenes.pause import PauseScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, visible_elements
from tests.ui.test_debrief import CLASSROOM, Board, finished_game

ACTIVITY = load_activity()
ITEMS = [item for _, item in ACTIVITY.items]


def boxes(app: Any) -> list[str]:
    return [e.html_text for e in visible_elements(app) if isinstance(e, UITextBox)]


def shown(app: Any) -> str:
    return " ".join([element_text(e) for e in visible_elements(app)] + boxes(app))


def from_title(app_factory: Any, size: tuple[int, int] = (1024, 600)) -> tuple[Any, Driver]:
    app = app_factory(size)
    app.push(TitleScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Judge the sources")
    assert isinstance(app.top, JudgeSourcesScene)
    return app, drive


def answer_button(drive: Driver, label: str) -> UIButton:
    return next(e for e in visible_elements(drive.app) if isinstance(e, UIButton)
                and element_text(e).endswith(f".  {label}"))


def answer_everything(drive: Driver, key: int = pygame.K_1) -> list[str]:
    """Press `key` on every item and Enter after it; the answers given, in order."""
    given = []
    for item in ITEMS:
        drive.key(key)
        given.append(item.options[key - pygame.K_1])
        drive.key(pygame.K_RETURN)
    return given


def expected_scores(given: list[str]) -> list[list[object]]:
    scores: dict[str, list[int]] = {}
    for (part, item), chosen in zip(ACTIVITY.items, given, strict=True):
        tally = scores.setdefault(part.id, [0, 0])
        tally[0] += chosen == item.answer
        tally[1] += 1
    return [[part, right, asked] for part, (right, asked) in scores.items()]


def score_lines(scores: list[list[object]]) -> list[str]:
    titles = {p.id: p.title for p in ACTIVITY.parts}
    return [score_line(titles[str(p)], int(r), int(n)) for p, r, n in scores]  # type: ignore[call-overload]


def test_the_first_item_shows_its_quote_its_report_and_the_five_kinds(app_factory) -> None:
    app, _ = from_title(app_factory)
    first = ITEMS[0]
    text = shown(app)
    assert f"\u201c{first.quotes[0].text}\u201d" in text
    assert "Russia and China reveal lunar research station plans" in text
    assert "outlet not named" in text and "seed 003, line 7" in text
    assert "Item 1 of 15" in text and "Part 1 of 3: Sort the statement" in text
    for kind in first.options:
        assert answer_button(Driver(app), claim_label(kind))


def test_a_right_answer_clicked_says_right_and_cites_the_seed_line(app_factory) -> None:
    app, drive = from_title(app_factory)
    drive.click(answer_button(drive, claim_label("quoted")))
    feedback = boxes(app)[-1]
    assert "Right: The agencies' own words." in feedback
    assert "the CNSA said in a statement" in feedback
    assert feedback.rstrip().endswith("<i>Seed 003, line 7</i>")


def test_a_wrong_answer_shows_the_right_kind_and_the_seed_line(app_factory) -> None:
    app, drive = from_title(app_factory)
    drive.key(pygame.K_2)  # Reporter's framing: wrong for the CNSA's own statement
    feedback = boxes(app)[-1]
    assert (f"Not quite. You chose: {claim_label('framing')}. The answer: "
            f"{claim_label('quoted')}.") in feedback
    assert f"<i>{citations(ITEMS[0].citations)}</i>" in feedback
    assert not any(element_text(e).startswith("1.") for e in visible_elements(app))


def test_enter_goes_to_the_next_item_and_the_progress_line_follows(app_factory) -> None:
    app, drive = from_title(app_factory)
    drive.key(pygame.K_RETURN)  # before an answer, Enter answers nothing
    assert "Item 1 of 15" in shown(app) and not app.top.answers
    drive.key(pygame.K_1)
    drive.key(pygame.K_RETURN)
    assert "Item 2 of 15" in shown(app)
    assert ITEMS[1].quotes[0].text in shown(app)


def test_a_number_key_beyond_the_choices_answers_nothing(app_factory) -> None:
    app, drive = from_title(app_factory)
    scene = app.top
    scene.index = next(n for n, item in enumerate(ITEMS) if len(item.options) == 3)
    app.rebuild(scene)
    drive.key(pygame.K_5)
    assert scene.answers == {}
    drive.key(pygame.K_3)
    assert scene.answers == {ITEMS[scene.index].id: ITEMS[scene.index].options[2]}


def test_the_summary_scores_equal_what_the_engine_recorded_and_the_report_holds_them(
        app_factory) -> None:
    app = app_factory((1280, 720))
    app.session = finished_game()
    app.push(Board())
    debrief = app.push(DebriefScene())
    drive = Driver(app)
    drive.step(2)
    first_report = debrief.report_path
    assert first_report is not None
    assert "did not do the source-judgement" in first_report.with_name("report.md").read_text(
        encoding="utf-8")
    drive.press("Judge the sources")
    given = answer_everything(drive)
    recorded = app.session.state.activity["scores"]
    assert recorded == expected_scores(given)
    summary = boxes(app)[0]
    for line in score_lines(recorded):
        assert line in summary
    drive.press("Done (Esc)")
    assert app.top is debrief and debrief.report_path == first_report
    markdown = first_report.with_name("report.md").read_text(encoding="utf-8")
    assert "## Judging the sources" in markdown
    for line in score_lines(recorded):
        assert line in markdown


def test_answers_given_on_the_title_go_into_the_next_game_started(app_factory) -> None:
    app, drive = from_title(app_factory)
    given = answer_everything(drive, pygame.K_2)
    assert "Kept for the next game started" in boxes(app)[0]
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, TitleScene)
    session = Session.new(Path(CLASSROOM), "esa", seed=3)
    assert session.state.activity == {}
    start_campaign(app, session)
    assert session.state.activity["scores"] == expected_scores(given)
    assert app.activity_answers is None
    assert session.engine.commands[0]["command"] == "record_activity"


def test_leaving_half_way_from_the_pause_menu_records_nothing(app_factory) -> None:
    app = app_factory((1024, 600))
    app.session = Session.new(Path(CLASSROOM), "esa", seed=3)
    app.push(Board())
    app.push(PauseScene())
    drive = Driver(app)
    drive.step(2)
    drive.press("Judge the sources")
    drive.key(pygame.K_1)
    drive.key(pygame.K_RETURN)
    drive.key(pygame.K_ESCAPE)
    assert isinstance(app.top, PauseScene)
    assert app.session.state.activity == {} and app.session.engine.commands == []


def test_every_item_fits_the_smallest_window_with_nothing_cut_or_overlapping(
        app_factory) -> None:
    from game.ui.testing import layout_problems

    app, drive = from_title(app_factory, (1024, 600))
    for item in ITEMS:
        assert layout_problems(app) == [], item.id
        drive.key(pygame.K_1)
        assert layout_problems(app) == [], item.id
        drive.key(pygame.K_RETURN)
    assert layout_problems(app) == []
