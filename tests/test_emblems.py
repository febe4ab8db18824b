"""Each agency's emblem: the game's own geometric badge, one of a kind in its scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.charts import DEFAULT_CHART, OKABE_ITO_CHART, LineStyle
from game.emblems import MOTIFS, SHAPES, Circle, Polygon, agency_emblems, emblem, emblems, svg
from game.scenario import load_scenario

SCENARIOS = sorted(p for p in (Path(__file__).resolve().parents[1] / "scenarios").glob("*.yaml")
                   if p.name.count(".") == 1)  # the scenario files, not their companions


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
@pytest.mark.parametrize("colours", [DEFAULT_CHART, OKABE_ITO_CHART], ids=lambda c: c.name)
def test_every_agency_of_a_shipped_scenario_has_an_emblem_of_its_own(path, colours):
    agencies = list(load_scenario(path).agencies)
    badges = agency_emblems(agencies, {}, colours)
    assert set(badges) == set(agencies)
    assert len({b.key for b in badges.values()}) == len(agencies)
    # and no two look the same, colour included
    assert len({(b.key, b.colour) for b in badges.values()}) == len(agencies)


def test_thirty_six_places_give_thirty_six_different_emblems():
    keys = {emblem(f"agency{k}", k, (1, 2, 3)).key for k in range(len(SHAPES) * len(MOTIFS))}
    assert len(keys) == 36


def test_an_emblem_is_the_same_every_time_it_is_asked_for():
    assert emblem("esa", 2, (10, 20, 30)) == emblem("esa", 2, (10, 20, 30))


def test_the_id_turns_the_motif_so_another_agency_in_the_same_place_differs_a_little():
    a, b = emblem("esa", 0, (10, 20, 30)), emblem("nasa", 0, (10, 20, 30))
    assert a.key == b.key
    assert a.primitives != b.primitives


def test_an_emblem_wears_its_agency_line_colour_and_stays_in_its_box():
    styles = {"a": LineStyle((200, 10, 10)), "b": LineStyle((10, 200, 10), dashed=True)}
    badges = emblems(["a", "b"], styles)
    for aid, badge in badges.items():
        assert badge.colour == styles[aid].colour
        assert any(p.colour == styles[aid].colour for p in badge.primitives)
        for p in badge.primitives:
            if isinstance(p, Circle):
                assert p.x - p.r >= 0 and p.x + p.r <= 1 and p.y - p.r >= 0 and p.y + p.r <= 1
            else:
                assert isinstance(p, Polygon)
                assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in p.points)


def test_a_team_named_red_gets_a_red_emblem_as_it_gets_a_red_line():
    badges = agency_emblems(["nasa", "cnsa"], {"cnsa": "Red"}, DEFAULT_CHART)
    assert badges["cnsa"].colour == DEFAULT_CHART.team_colour("Red")


def test_the_svg_draws_every_primitive_in_its_colour():
    badge = emblem("cnsa", 1, (230, 159, 0))
    text = svg(badge, 20)
    assert text.count("<circle") + text.count("<polygon") == len(badge.primitives)
    assert "#e69f00" in text and f'data-emblem="{badge.key}"' in text
