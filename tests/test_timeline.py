"""The timeline picture's layout (game/timeline.py): documented marks and each agency's
achievements on one time axis, compared as the History table compares them."""

from __future__ import annotations

from game.charts import Box
from game.core.calendar import month_index
from game.scenario.models import HistoryEntry, HistorySpan
from game.timeline import ahead_or_behind, build, doc_mark, place
from tests.ui.test_history import play, play_longer


def entry(**fields: object) -> HistoryEntry:
    base: dict[str, object] = {"text": "x", "status": "planned", "claim": "plan",
                               "sources": ["seed_000"]}
    return HistoryEntry.model_validate({**base, **fields})


def test_a_vague_span_becomes_a_band_between_its_earliest_and_latest_reading() -> None:
    mark = doc_mark(entry(when="by the mid-2020s", game=HistorySpan(earliest="2024",
                                                                     latest="2026")))
    assert mark is not None and mark.shape == "band" and mark.reading
    assert (mark.first, mark.last) == (month_index("2024"), month_index("2026-12"))


def test_a_reading_with_no_earliest_date_is_a_band_open_on_the_left() -> None:
    mark = doc_mark(entry(when="recently", game=HistorySpan(latest="2021-03")))
    assert mark is not None and mark.first is None and mark.last == month_index("2021-03")


def test_a_precise_date_is_a_point_at_its_month() -> None:
    mark = doc_mark(entry(date="2019-01", status="done"))
    assert mark is not None and mark.shape == "point"
    assert mark.first == mark.last == month_index("2019-01")


def test_a_year_alone_is_a_band_over_that_year_not_a_reading() -> None:
    mark = doc_mark(entry(date="2027", status="cancelled"))
    assert mark is not None and mark.shape == "band" and not mark.reading
    assert (mark.first, mark.last) == (month_index("2027"), month_index("2027-12"))


def test_an_entry_without_any_time_is_not_placed_but_counted_on_its_row() -> None:
    assert doc_mark(entry(when="in recent years")) is None
    session = play(turns=1)
    row = next(r for r in build(session.engine, "esa").rows if r.milestone == "lunar_orbiter")
    assert len(row.undated) == 2 and not row.docs


def test_each_achievement_of_the_engine_appears_at_its_turns_date() -> None:
    session = play_longer()
    engine = session.engine
    tl = build(engine, "esa")
    shown = {(r.milestone, m.agency): m for r in tl.rows for m in r.marks}
    expected = {(mid, aid): turn for aid, a in engine.state.agencies.items()
                for mid, turn in a.achieved.items()}
    assert set(shown) == set(expected)
    for key, turn in expected.items():
        assert shown[key].turn == turn
        assert shown[key].month == engine.rules.calendar.turn_month(max(turn, 0))
        assert shown[key].human == (key[1] == "esa")


def test_ahead_or_behind_is_the_history_tables_comparison() -> None:
    session = play_longer()
    tl = build(session.engine, "esa")
    compared = {row["milestone"]: row for row in session.engine.history_comparison("esa")}
    checked = 0
    for row in tl.rows:
        for mark in row.marks:
            if mark.agency != "esa" or mark.versus is None:
                continue
            table = compared[row.milestone]
            assert mark.versus["months"] == table["months_vs_documented"]
            assert mark.versus["position"] == table["position"]
            months = table["months_vs_documented"]
            assert ahead_or_behind(mark) == ("behind" if months > 0 else
                                             "ahead" if months < 0 else "level")
            checked += 1
    assert checked >= 1


def test_places_put_marks_at_their_months_and_bands_between_their_ends() -> None:
    session = play_longer()
    tl = build(session.engine, "esa")
    shapes = place(tl, Box(0, 0, 1000, 400), 200, 20, 40)
    plot = shapes.plot

    def x(month: float) -> float:
        return plot.x + plot.w * (month - tl.first) / (tl.end - tl.first)

    for placed in shapes.rows:
        assert plot.y <= placed.y < plot.bottom
        for mark in placed.marks:
            # fanned out sideways only among agencies of the same month
            assert abs(mark.x - x(mark.mark.month)) <= mark.r * 1.7 * len(placed.marks)
        for doc in placed.docs:
            if doc.doc.shape == "band":
                right = x(doc.doc.last + 1)
                assert doc.x1 == right and doc.x0 <= doc.x1
    years = [year for _, year in shapes.ticks]
    assert years[0] == tl.first // 12 and years == sorted(years)


def test_the_now_line_is_the_turn_being_played_and_gone_once_the_game_is_over() -> None:
    session = play(turns=2)
    tl = build(session.engine, "esa")
    assert tl.now == session.engine.rules.calendar.turn_month(2)
    over = play()
    assert build(over.engine, "esa").now is None
