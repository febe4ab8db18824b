"""A date that is not one is explained: which month or day does not exist, or the forms."""

from __future__ import annotations

import pytest

from game.scenario.date_words import date_fault
from tests.scenario.conftest import BROKEN
from tests.scenario.test_loader import errors_of


@pytest.mark.parametrize(("value", "words"), [
    ("2021-13", "2021-13 is not a calendar date: month 13 (months run 1-12)"),
    ("2021-00-05", "2021-00-05 is not a calendar date: month 0 (months run 1-12)"),
    ("2021-02-30", "2021-02-30 is not a calendar date: February 2021 has 28 days"),
    ("2024-04-31", "2024-04-31 is not a calendar date: April 2024 has 30 days"),
    ("0000", "0000 is not a calendar date: there is no year 0 (years run 1-9999)"),
    (0, "year 0 is not one the game can show: years run from 1 to 9999"),
    ("2021-3", "'2021-3' is not a date: months and days take two digits"),
    ("March 2021", "'March 2021' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021"),
])
def test_date_fault_says_what_is_wrong(value: object, words: str) -> None:
    assert date_fault(value).startswith(words)


def test_month_13_fixture_says_the_month_does_not_exist_at_its_line() -> None:
    (problem,) = errors_of(BROKEN / "e_date_month.yaml")
    assert (problem.code, problem.line, problem.col) == ("E-DATE", 18, 11)
    assert problem.message == ("facts.0.date: 2021-13 is not a calendar date: month 13 "
                               "(months run 1-12)")


def test_an_unquoted_date_out_of_the_calendar_reads_the_same() -> None:
    (problem,) = errors_of(BROKEN / "e_date.yaml")
    assert (problem.code, problem.line, problem.col) == ("E-DATE", 18, 11)
    assert problem.message == ("facts.0.date: 2021-13-09 is not a calendar date: month 13 "
                               "(months run 1-12)")
