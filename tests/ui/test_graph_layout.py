"""Where milestones sit in the graph: depth gives the column, the track the band."""

from __future__ import annotations

from types import SimpleNamespace

import pygame
import pytest

from game import paths
from game.scenario import load_scenario
from game.ui.widgets.graph_layout import depths, place, plan


@pytest.fixture(scope="module")
def scenario():  # type: ignore[no-untyped-def]
    return load_scenario(paths.DEFAULT_SCENARIO)


def test_every_arrow_points_right(scenario) -> None:  # type: ignore[no-untyped-def]
    graph = plan(scenario)
    for mid, parents in graph.requires.items():
        for parent in parents:
            assert graph.column[parent] < graph.column[mid], (parent, mid)


def test_a_column_is_the_longest_chain_of_prerequisites() -> None:
    requires = {"a": (), "b": ("a",), "c": ("a", "b"), "d": ()}
    assert depths(requires) == {"a": 0, "b": 1, "c": 2, "d": 0}


def test_a_cycle_does_not_hang_the_layout() -> None:
    assert set(depths({"a": ("b",), "b": ("a",)})) == {"a", "b"}


def test_tracks_become_bands_in_reading_order(scenario) -> None:  # type: ignore[no-untyped-def]
    graph = plan(scenario)
    assert graph.bands == ("robotic", "crewed", "programme")
    assert all(graph.band[m] == spec.track for m, spec in scenario.milestones.items())


@pytest.mark.parametrize("area", [pygame.Rect(16, 58, 660, 320), pygame.Rect(16, 58, 860, 420),
                                  pygame.Rect(16, 58, 1300, 700)])
def test_nodes_fit_their_band_and_never_overlap(scenario, area: pygame.Rect) -> None:  # type: ignore[no-untyped-def]
    graph = plan(scenario)
    placed = place(graph, area, gutter_w=22, band_gap=6)
    rects = list(placed.nodes.items())
    for mid, rect in rects:
        assert placed.bands[graph.band[mid]].contains(rect), mid
        assert rect.left >= placed.gutter.right
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            assert not ra.colliderect(rb), (a, b)


def _reverse_chain(n: int) -> dict[str, tuple[str, ...]]:
    """m0 <- m1 <- ... <- m(n-1), written from the far end as a scenario file may be."""
    return {f"m{i}": ((f"m{i - 1}",) if i else ()) for i in reversed(range(n))}


def test_a_chain_of_500_written_in_reverse_gets_its_columns_without_recursing() -> None:
    column = depths(_reverse_chain(500))
    assert column == {f"m{i}": i for i in range(500)}


def test_a_chain_of_500_is_planned_and_placed_with_every_arrow_pointing_right() -> None:
    tracks = ("robotic", "crewed", "programme")
    scenario = SimpleNamespace(milestones={
        mid: SimpleNamespace(requires=list(parents), track=tracks[int(mid[1:]) // 7 % 3])
        for mid, parents in _reverse_chain(500).items()})
    graph = plan(scenario)  # type: ignore[arg-type]
    assert graph.columns == 500
    placed = place(graph, pygame.Rect(16, 58, 860, 420), gutter_w=22, band_gap=6)
    assert len(placed.nodes) == 500
    for i in range(1, 500):
        assert placed.nodes[f"m{i - 1}"].x < placed.nodes[f"m{i}"].x
