"""The milestone graph's layered layout: fewer crossings than the layout before it, no
arrow through a box at any of the window sizes, the same picture every time, and the chain
of prerequisites the turn screen highlights."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from benchmarks.graph_crossings import GRAPH_AREAS, SHIPPED, measure
from game import paths
from game.milestone_layout import (
    ancestors,
    crossings,
    path_edges,
    place_boxes,
    plan,
    through_boxes,
)
from game.scenario import Scenario, load_scenario

GUTTER, BAND_GAP = 22, 6


def _scenario(name: str) -> Scenario:
    return load_scenario(paths.SCENARIOS_DIR / f"{name}.yaml")


@pytest.fixture(scope="module", params=SHIPPED)
def shipped(request: pytest.FixtureRequest) -> Scenario:
    return _scenario(request.param)


@pytest.mark.parametrize("size", list(GRAPH_AREAS))
def test_each_shipped_scenario_crosses_at_most_half_as_often_as_before(
        shipped: Scenario, size: tuple[int, int]) -> None:
    figures = measure(shipped, GRAPH_AREAS[size])
    assert figures["crossings_after"] * 2 <= figures["crossings_before"], figures


def test_the_campaign_had_crossings_and_arrows_through_boxes_to_remove() -> None:
    figures = measure(_scenario("moon_2021"), GRAPH_AREAS[(1280, 720)])
    assert figures["crossings_before"] >= 6 and figures["through_before"] > 0, figures
    assert figures["crossings_after"] <= 3, figures


@pytest.mark.parametrize("size", list(GRAPH_AREAS))
def test_no_arrow_runs_through_a_box_that_is_not_its_end(shipped: Scenario,
                                                         size: tuple[int, int]) -> None:
    placed = place_boxes(plan(shipped), GRAPH_AREAS[size], GUTTER, BAND_GAP)
    assert through_boxes(placed.edges, placed.nodes) == []


def test_every_requirement_is_drawn_as_one_arrow_from_it_to_what_needs_it(
        shipped: Scenario) -> None:
    placed = place_boxes(plan(shipped), GRAPH_AREAS[(1280, 720)], GUTTER, BAND_GAP)
    wanted = {(p, mid) for mid, m in shipped.milestones.items() for p in m.requires}
    assert set(placed.edges) == wanted
    for (parent, child), points in placed.edges.items():
        px, py, pw, ph = placed.nodes[parent]
        cx, cy, _, ch = placed.nodes[child]
        assert points[0][0] == px + pw and py < points[0][1] < py + ph  # out of its right
        assert points[-1][0] == cx - 1 and cy < points[-1][1] < cy + ch  # into the left


def test_arrows_bend_square_and_always_move_right_or_down_a_gap(shipped: Scenario) -> None:
    placed = place_boxes(plan(shipped), GRAPH_AREAS[(1024, 600)], GUTTER, BAND_GAP)
    for points in placed.edges.values():
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            assert x0 == x1 or y0 == y1  # horizontal or vertical pieces only
            assert x1 >= x0  # never back to the left


def test_the_layout_is_the_same_every_time() -> None:
    first = _scenario("moon_2021")
    again = _scenario("moon_2021")
    plan.__globals__["_plan"].cache_clear()  # a fresh computation, not the cached one
    a = place_boxes(plan(first), GRAPH_AREAS[(1280, 720)], GUTTER, BAND_GAP)
    plan.__globals__["_plan"].cache_clear()
    b = place_boxes(plan(again), GRAPH_AREAS[(1280, 720)], GUTTER, BAND_GAP)
    assert a == b


def test_a_milestones_path_is_all_of_its_prerequisites_and_theirs() -> None:
    scenario = _scenario("moon_2021")
    requires = {mid: tuple(m.requires) for mid, m in scenario.milestones.items()}
    assert ancestors(requires, "permanent_base") == {
        "crewed_landing", "robotic_station", "crewed_lunar_orbit", "lunar_lander",
        "sample_return", "heavy_launcher", "lunar_orbiter"}
    assert ancestors(requires, "lunar_orbiter") == frozenset()
    assert path_edges(requires, "robotic_station") == {
        ("sample_return", "robotic_station"), ("lunar_lander", "sample_return"),
        ("lunar_orbiter", "lunar_lander")}


def test_a_cycle_does_not_hang_the_path() -> None:
    assert ancestors({"a": ("b",), "b": ("a",)}, "a") == {"b"}


def test_two_arrows_meeting_at_a_tee_or_sharing_a_stretch_do_not_cross() -> None:
    assert crossings({("a", "b"): ((0, 0), (10, 0)), ("c", "d"): ((5, 0), (5, 10))}) == 0
    assert crossings({("a", "b"): ((0, 0), (10, 0)), ("a", "d"): ((0, 0), (12, 0))}) == 0
    assert crossings({("a", "b"): ((0, 0), (10, 0)), ("c", "d"): ((5, -5), (5, 5))}) == 1


def test_one_arrow_across_a_shared_stretch_is_one_crossing() -> None:
    fork = {("a", "b"): ((0, 0), (10, 0), (10, 5)), ("a", "c"): ((0, 0), (10, 0), (10, -5))}
    assert crossings({**fork, ("x", "y"): ((5, -5), (5, 5))}) == 1


def test_an_arrow_through_a_box_is_found_and_one_along_its_border_is_not() -> None:
    nodes = {"a": (0, 0, 10, 10), "b": (40, 0, 10, 10), "m": (20, 0, 10, 10)}
    assert through_boxes({("a", "b"): ((10, 5), (39, 5))}, nodes) == [(("a", "b"), "m")]
    assert through_boxes({("a", "b"): ((10, 10), (39, 10))}, nodes) == []


def test_a_graph_too_dense_for_a_cell_per_waypoint_still_keeps_arrows_out_of_boxes() -> None:
    """Sixty in a chain, the last needing fifty of them (the largest a file may be): the
    waypoints ride along the bands' top edges instead of adding rows."""
    tracks = ("robotic", "crewed", "programme")
    milestones = {f"m{i}": SimpleNamespace(requires=[f"m{i - 1}"] if i else [],
                                           track=tracks[i // 7 % 3]) for i in range(59)}
    milestones["m59"] = SimpleNamespace(requires=[f"m{j}" for j in range(58, 8, -1)],
                                        track="crewed")
    graph = plan(SimpleNamespace(milestones=milestones))  # type: ignore[arg-type]
    assert sum(graph.band_rows.values()) <= 6
    placed = place_boxes(graph, GRAPH_AREAS[(1024, 600)], GUTTER, BAND_GAP)
    assert len(placed.edges) == 58 + 50
    assert through_boxes(placed.edges, placed.nodes) == []
    for points in placed.edges.values():
        assert all(x1 >= x0 for (x0, _), (x1, _) in itertools.pairwise(points))
