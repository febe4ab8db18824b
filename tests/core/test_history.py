from __future__ import annotations

from game.core.engine import Engine
from game.core.history import documented


def test_a_milestone_achieved_in_the_game_sits_beside_its_documented_date(engine: Engine) -> None:
    engine.achieve("esa", "lunar_orbiter")
    rows = {row["milestone"]: row for row in engine.history_comparison("esa")}
    assert rows["lunar_orbiter"]["yours"] == "Mar 2021"
    assert rows["far_side_landing"]["first_by"] == "cnsa"
    assert rows["far_side_landing"]["yours"] is None


def test_documented_entries_carry_their_sources(engine: Engine) -> None:
    entries = documented(engine.rules, "far_side_landing")
    assert entries and all(e["sources"] for e in entries)
    assert any(e["month"] is not None for e in entries)


def test_milestones_nobody_achieved_are_left_out(engine: Engine) -> None:
    rows = {row["milestone"] for row in engine.history_comparison("esa")}
    assert "permanent_base" not in rows


def test_a_milestone_held_before_the_game_began_says_so(engine: Engine) -> None:
    rows = {row["milestone"]: row for row in engine.history_comparison("esa")}
    assert rows["far_side_landing"]["first"] == "before Mar 2021"
