"""The debrief report's "Judging the sources" section: the engine's scores per part and
each answer beside the right one, or one line when the class did not do the activity; and
the report's replay of the command list still matches with the activity's command in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.commands import EndTurn, RecordActivity
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.headless.report import build_report, replay_decisions, write_report
from game.scenario import Scenario

ANSWERS = (("sort", "cnsa_goal", "quoted", "quoted"),
           ("sort", "russia_wants", "framing", "opinion"),
           ("compare", "rogozin_firmness", "report_a", "report_a"),
           ("hard", "dark_side", "nothing", "far_side"))


@pytest.fixture(scope="module")
def finished(scenario: Scenario) -> Engine:
    engine = new_game(scenario, seed=9, humans=["esa"])
    while not engine.state.finished:
        play_turn(engine, "esa", "ilrs", engine.apply)
        engine.apply(EndTurn("esa"))
    return engine


def with_activity(engine: Engine) -> Engine:
    from game.core.save import from_dict, to_dict

    copy = from_dict(engine.rules.scenario, to_dict(engine))
    assert copy.apply(RecordActivity("esa", "judge_the_sources", ANSWERS)).ok
    return copy


def test_the_report_shows_each_parts_score_as_the_engine_recorded_it(finished: Engine,
                                                                      tmp_path: Path) -> None:
    engine = with_activity(finished)
    assert engine.state.activity["scores"] == [["sort", 1, 2], ["compare", 1, 1],
                                               ["hard", 0, 1]]
    html_path, md_path = write_report(engine, tmp_path)
    markdown = md_path.read_text(encoding="utf-8")
    html = html_path.read_text(encoding="utf-8")
    for text in ("Judging the sources", "Sort the statement: 1 of 2 right",
                 "Compare two reports: 1 of 1 right", "Hard cases: 0 of 1 right"):
        assert text in markdown and text in html


def test_each_answer_is_shown_beside_the_right_one_with_its_seed_line(finished: Engine
                                                                      ) -> None:
    section = build_report(with_activity(finished)).activity
    assert section is not None
    rows = {row[1]: row for row in section.rows[1:]}
    assert rows["Seed 004, line 11"][2:] == ["Reporter's framing", "Opinion or comment",
                                             "wrong"]
    assert rows["Seed 003, line 7"][2:] == ["The agencies' own words"] * 2 + ["right"]
    assert rows["Seed 001, line 10"][3] == "That side is not dark: it gets sunlight. Say “far side”"


def test_a_game_without_the_activity_says_so_in_one_line(finished: Engine,
                                                         tmp_path: Path) -> None:
    _, md_path = write_report(finished, tmp_path)
    markdown = md_path.read_text(encoding="utf-8")
    assert "did not do the source-judgement activity" in markdown
    assert "of 2 right" not in markdown


def test_the_report_replay_still_matches_with_the_activity_recorded_after_the_end(
        finished: Engine) -> None:
    engine = with_activity(finished)
    decisions, matches = replay_decisions(engine)
    assert matches
    assert decisions["esa"], "the turn-by-turn decisions are still listed"
