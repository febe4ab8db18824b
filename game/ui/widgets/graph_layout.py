"""The milestone graph's layout (game/milestone_layout.py, pure) as pygame Rects."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.milestone_layout import TRACK_ORDER, Edge, GraphPlan, Point, depths, place_boxes, plan

__all__ = ["TRACK_ORDER", "GraphPlan", "Placement", "depths", "place", "plan"]


@dataclass(frozen=True)
class Placement:
    nodes: dict[str, pygame.Rect]
    bands: dict[str, pygame.Rect]
    gutter: pygame.Rect  # left strip holding the band names
    edges: dict[Edge, tuple[Point, ...]]  # each arrow's polyline, to the tip of its head
    head: int  # length of an arrow head


def place(graph: GraphPlan, area: pygame.Rect, gutter_w: int, band_gap: int) -> Placement:
    """Rectangles of the bands and nodes inside `area` (bands share height by row count)."""
    boxes = place_boxes(graph, (area.x, area.y, area.w, area.h), gutter_w, band_gap)
    return Placement(nodes={mid: pygame.Rect(box) for mid, box in boxes.nodes.items()},
                     bands={track: pygame.Rect(box) for track, box in boxes.bands.items()},
                     gutter=pygame.Rect(boxes.gutter), edges=boxes.edges, head=boxes.head)
