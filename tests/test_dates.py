"""game.dates: months and turns in words, chosen when they are shown (the core counts
months; a save holds no date in words)."""

from __future__ import annotations

import datetime as dt
import gettext

import pytest

from game.core.calendar import Calendar, month_index
from game.core.commands import DeclineOffer, EndTurn
from game.core.new_game import new_game
from game.dates import (
    achieved_label,
    before_start,
    date_of,
    day_label,
    moment_label,
    month_label,
    turn_label,
)
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario
from tests.pseudo_language import CLOSE, OPEN, PseudoTranslation, speaking

HALF_YEARS = Calendar("2021-03", "2040", 6)


def test_a_month_is_shown_by_its_short_name_and_year() -> None:
    assert month_label(month_index("2021-03")) == "Mar 2021"
    assert [month_label(month_index(f"2030-{m:02d}")) for m in range(1, 13)] == [
        f"{m} 2030" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                              "Oct", "Nov", "Dec")]


def test_december_and_the_january_after_it_are_in_their_own_years() -> None:
    december = month_index("2029-12")
    assert (month_label(december), month_label(december + 1)) == ("Dec 2029", "Jan 2030")


def test_a_month_s_name_and_its_order_with_the_year_are_both_the_translator_s(
        pseudo: PseudoTranslation) -> None:
    # "{month} {year}" goes through tr too, so a language can put the year first
    assert month_label(month_index("2021-03")) == f"{OPEN}{OPEN}Mar{CLOSE} 2021{CLOSE}"


def test_a_turn_is_shown_by_the_month_it_begins() -> None:
    assert [turn_label(HALF_YEARS, t) for t in (0, 1, 2, 39)] == [
        "Mar 2021", "Sep 2021", "Mar 2022", "Sep 2040"]


def test_turns_of_a_quarter_cross_the_year_in_the_right_month() -> None:
    quarters = Calendar("2021-11", "2023", 3)
    assert [turn_label(quarters, t) for t in range(4)] == [
        "Nov 2021", "Feb 2022", "May 2022", "Aug 2022"]


def test_a_milestone_achieved_in_play_is_dated_by_its_turn() -> None:
    assert achieved_label(HALF_YEARS, 0) == "Mar 2021"
    assert achieved_label(HALF_YEARS, 3) == "Sep 2022"


@pytest.mark.parametrize("turn", [-1, -5])
def test_a_milestone_held_before_play_began_says_so(turn: int) -> None:
    assert achieved_label(HALF_YEARS, turn) == "before Mar 2021" == before_start(HALF_YEARS)


def test_a_milestone_not_achieved_has_no_date() -> None:
    assert achieved_label(HALF_YEARS, None) is None


def test_the_game_s_date_is_the_turn_being_played_or_the_turn_asked_for() -> None:
    engine = new_game(load_scenario(DEFAULT_SCENARIO), seed=1, humans=["esa"])
    assert date_of(engine) == "Mar 2021"
    assert date_of(engine, 4) == "Mar 2025"
    for item in list(engine.pending("esa")):
        assert item.kind == "offer" and engine.apply(DeclineOffer("esa", item.ref)).ok
    assert engine.apply(EndTurn("esa")).ok
    assert date_of(engine) == "Mar 2022"


# --- in the reader's language (Babel's CLDR data) ----------------------------------------

MARCH_2021 = {"en": "Mar 2021", "fr": "mars 2021", "ru": "март 2021", "zh": "2021年3月"}


@pytest.mark.parametrize(("language", "shown"), MARCH_2021.items())
def test_a_month_is_written_in_the_reader_s_language(language: str, shown: str) -> None:
    with speaking(gettext.NullTranslations(), language):
        assert month_label(month_index("2021-03")) == shown


def test_russian_heads_a_month_with_its_standalone_name_and_dates_a_day_in_the_genitive(
        ) -> None:
    with speaking(gettext.NullTranslations(), "ru"):
        assert month_label(month_index("2021-09")) == "сентябрь 2021"
        assert day_label(2021, 9, 9) == "9 сентября 2021"


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "9 Mar 2021"), ("fr", "9 mars 2021"), ("ru", "9 марта 2021"),
    ("zh", "2021年3月9日")])
def test_a_report_s_day_is_written_in_the_reader_s_language(language: str, shown: str) -> None:
    with speaking(gettext.NullTranslations(), language):
        assert day_label(2021, 3, 9) == shown


def test_a_turn_and_a_milestone_before_play_read_in_french() -> None:
    with speaking(gettext.NullTranslations(), "fr"):
        assert [turn_label(HALF_YEARS, t) for t in (0, 1)] == ["mars 2021", "septembre 2021"]
        assert before_start(HALF_YEARS) == "before mars 2021"  # the words: the catalogue's


def test_a_save_s_moment_is_iso_in_english_and_the_language_s_short_form_elsewhere() -> None:
    stamp = dt.datetime(2026, 11, 30, 18, 5)
    assert moment_label(stamp) == "2026-11-30 18:05"
    with speaking(gettext.NullTranslations(), "fr"):
        assert moment_label(stamp) == "30/11/2026 18:05"
    with speaking(gettext.NullTranslations(), "zh"):
        assert moment_label(stamp) == "2026/11/30 18:05"
