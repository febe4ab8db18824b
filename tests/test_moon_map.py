"""The Moon map's geometry: projection onto the two discs and which landings are drawn."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from game.moon_map import SPREAD, documented, markers, played, project, unplaced
from game.scenario import load_scenario

CAMPAIGN = Path("scenarios/moon_2021.yaml")


@pytest.fixture(scope="module")
def campaign():
    return load_scenario(CAMPAIGN)


def test_the_near_side_centre_is_the_near_disc_centre() -> None:
    assert project(0, 0) == ("near", 0.0, 0.0)


def test_east_is_to_the_right_and_north_up_on_both_discs() -> None:
    side, x, y = project(30, 60)
    assert side == "near" and x > 0 and y == pytest.approx(0.5)
    side, x, _ = project(0, 150)  # east of the far side's centre (180)
    assert side == "far" and x < 0
    side, x, _ = project(0, -150)
    assert side == "far" and x > 0


def test_the_far_side_centre_is_the_far_disc_centre() -> None:
    side, x, y = project(0, 180)
    assert side == "far" and x == pytest.approx(0) and y == pytest.approx(0)


def test_every_point_lands_inside_its_disc() -> None:
    for lat in range(-90, 91, 15):
        for lon in range(-180, 181, 20):
            _, x, y = project(lat, lon)
            assert math.hypot(x, y) <= 1 + 1e-9


def test_the_documented_far_side_landing_is_drawn_on_the_far_disc(campaign) -> None:
    found = documented(campaign)
    far = [m for m in found if m.milestone == "far_side_landing"]
    assert [m.side for m in far] == ["far"] and far[0].agency == "cnsa"
    assert far[0].date == "2019-01" and far[0].sources == ("seed_001",)
    assert far[0].placed == "game"  # the report names the region, not the point


def test_only_done_entries_with_a_site_are_documented_markers(campaign) -> None:
    expected = [e for e in campaign.history if e.site is not None and e.status == "done"]
    assert [m.text for m in documented(campaign)] == [e.text for e in expected]


def test_a_done_landing_without_a_site_is_listed_not_drawn(campaign) -> None:
    names = [e.milestone for e in unplaced(campaign)]
    assert "lunar_lander" in names  # "several missions on the Moon's surface", no place
    assert all(e.site is None for e in unplaced(campaign))


def test_played_landings_are_milestones_with_a_site_achieved_in_this_game(campaign) -> None:
    achieved = {"esa": {"lunar_orbiter": 1, "lunar_lander": 2, "crewed_landing": 5},
                "cnsa": {"lunar_lander": -1, "far_side_landing": 3}}
    found = played(campaign, achieved)
    # an orbiter has no site; a landing before play began is not this game's
    assert [(m.agency, m.milestone, m.turn) for m in found] == [
        ("cnsa", "far_side_landing", 3), ("esa", "lunar_lander", 2),
        ("esa", "crewed_landing", 5)]
    assert all(m.kind == "played" and m.site_claim.startswith("game_") for m in found)
    assert next(m for m in found if m.milestone == "far_side_landing").side == "far"


def test_markers_at_one_site_are_fanned_out_apart(campaign) -> None:
    achieved = {"esa": {"lunar_lander": 1}, "nasa": {"lunar_lander": 2},
                "jaxa": {"lunar_lander": 3}}
    points = [(m.x, m.y) for m in markers(campaign, achieved) if m.kind == "played"]
    assert len(points) == 3
    for i, a in enumerate(points):
        for b in points[i + 1:]:
            assert math.dist(a, b) > SPREAD
