from __future__ import annotations

from game.core.calendar import Calendar, iso_month, month_index
from game.dates import turn_label


def test_the_2021_to_2040_campaign_has_forty_half_year_turns() -> None:
    calendar = Calendar("2021-03", "2040", 6)
    assert calendar.turn_count == 40
    assert turn_label(calendar, 0) == "Mar 2021"
    assert turn_label(calendar, 1) == "Sep 2021"
    assert calendar.iso(39) == "2040-09"


def test_a_date_maps_to_the_turn_whose_window_holds_it() -> None:
    calendar = Calendar("2021-03", "2040", 6)
    assert calendar.turn_of("2021-03-09") == 0
    assert calendar.turn_of("2021-08") == 0
    assert calendar.turn_of("2021-09") == 1
    assert calendar.turn_of("2019-01") == 0  # before the start: the first turn


def test_a_year_only_date_closing_a_period_means_december() -> None:
    assert iso_month(month_index("2030", end_of_period=True)) == "2030-12"
    assert iso_month(month_index("2030")) == "2030-01"
