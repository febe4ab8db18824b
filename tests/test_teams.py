from __future__ import annotations

import pytest

from game.teams import Team, TeamsError, parse_teams

AGENCIES = {"cnsa": 1, "nasa": 1, "esa": 1, "jaxa": 1, "csa": 1}


def test_teams_are_read_in_order_with_their_agencies() -> None:
    assert parse_teams("Red:cnsa, Blue:NASA", AGENCIES) == [Team("Red", "cnsa"),
                                                            Team("Blue", "nasa")]


@pytest.mark.parametrize(("text", "says"), [
    ("Red", "Name:agency"),
    ("Red:mars", "no agency 'mars'"),
    ("Red:cnsa,Blue:cnsa", "same agency"),
    ("Red:cnsa,red:nasa", "two teams are called"),
    ("A:cnsa,B:nasa,C:esa,D:jaxa,E:csa", "between 1 and 4"),
    ("", "between 1 and 4"),
])
def test_a_bad_teams_value_says_how_to_fix_it(text: str, says: str) -> None:
    with pytest.raises(TeamsError, match=says):
        parse_teams(text, AGENCIES)


def test_an_agency_that_is_not_playable_is_refused() -> None:
    with pytest.raises(TeamsError, match="not playable"):
        parse_teams("Red:cnsa", AGENCIES, playable={"nasa"})
