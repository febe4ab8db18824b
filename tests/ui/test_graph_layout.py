"""Where milestones sit in the graph: depth gives the column, the track the band."""

from __future__ import annotations

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
