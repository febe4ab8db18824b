from __future__ import annotations

from game.core.calendar import month_index
from game.core.engine import Engine
from game.core.history import difference, documented, documented_entry
from game.core.new_game import new_game
from game.dates import achieved_label
from game.scenario import Scenario
from game.scenario.models import HistoryEntry


def test_a_milestone_achieved_in_the_game_sits_beside_its_documented_date(engine: Engine) -> None:
    engine.achieve("esa", "lunar_orbiter")
    rows = {row["milestone"]: row for row in engine.history_comparison("esa")}
    assert rows["lunar_orbiter"]["yours"] == 0  # the first turn, which begins in Mar 2021
    assert achieved_label(engine.rules.calendar, rows["lunar_orbiter"]["yours"]) == "Mar 2021"
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
    assert rows["far_side_landing"]["first"] == -1
    assert (achieved_label(engine.rules.calendar, rows["far_side_landing"]["first"])
            == "before Mar 2021")


# --- a vague time is compared through the game's reading of it, and says so -----------

def _entry(**fields: object) -> HistoryEntry:
    base = {"text": "Astronauts land by the mid-2020s.", "status": "planned", "claim": "plan",
            "sources": ["seed_002"], "milestone": "crewed_landing"}
    return HistoryEntry.model_validate({**base, **fields})


MID_2020S = {"when": "by the mid-2020s", "game": {"earliest": "2024", "latest": "2026"}}


def test_a_vague_time_has_no_month_of_its_own_only_the_games_reading() -> None:
    doc = documented_entry(_entry(**MID_2020S))
    assert doc["date"] is None and doc["when"] == "by the mid-2020s"
    assert doc["reading"]["game_value"] is True
    assert (doc["reading"]["earliest"], doc["reading"]["latest"]) == ("2024", "2026")


def test_a_game_date_inside_the_span_differs_by_nothing_and_outside_by_the_months_beyond() -> None:
    doc = documented_entry(_entry(**MID_2020S))
    assert difference(month_index("2025-06"), doc)["position"] == "within"
    assert difference(month_index("2025-06"), doc)["months"] == 0
    after = difference(month_index("2029-12"), doc)
    assert (after["position"], after["months"]) == ("after", 36)
    before = difference(month_index("2023-01"), doc)
    assert (before["position"], before["months"]) == ("before", -12)


def test_an_exact_date_is_compared_month_for_month_and_no_date_not_at_all() -> None:
    dated = documented_entry(_entry(date="2025-03"))
    assert difference(month_index("2026-03"), dated) == {"months": 12, "position": "date",
                                                         "reading": None}
    assert difference(month_index("2026-03"), documented_entry(_entry())) is None


def test_the_comparison_row_says_when_its_difference_rests_on_a_game_reading(
        scenario: Scenario) -> None:
    history = [_entry(**MID_2020S)]
    engine = new_game(scenario.model_copy(update={"history": history}), seed=42,
                        humans=["esa"])
    engine.achieve("esa", "crewed_landing")
    row = next(r for r in engine.history_comparison("esa") if r["milestone"] == "crewed_landing")
    start = engine.rules.calendar.turn_month(0)
    assert row["reading"] is not None and row["reading"]["when"] == "by the mid-2020s"
    assert row["months_vs_documented"] == difference(start, row["documented"][0])["months"]
    assert row["position"] == "before"
