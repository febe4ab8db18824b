"""Crossing arrows and arrows through boxes in the milestone graph, before and after the
layered layout of issue 17 (printed, never asserted; tests/test_milestone_layout.py holds
the aims: at most half the crossings of before, no arrow through a box).

    .venv/bin/python benchmarks/graph_crossings.py [--size WxH]

"Before" is the layout the game drew until then, kept below as `legacy_*` for this
comparison only: rows picked column by column from the prerequisites' mean row, arrows as
cubic curves straight from box to box (measured as the 16-piece polyline the turn screen
drew). Both are laid out in the turn screen's graph area at the window size given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game import paths
from game.milestone_layout import (
    TRACK_ORDER,
    Box,
    Edge,
    GraphPlan,
    Point,
    crossings,
    depths,
    place_boxes,
    plan,
    through_boxes,
)
from game.scenario import load_scenario
from game.scenario.models import Scenario

SHIPPED = ("moon_2021", "classroom_2021", "whatif_newcomer", "template")
# The turn screen's graph area (x, y, w, h) at each window size, as dashboard.py lays it
# out at scale 1; its gutter and band gap are 22 and 6 pixels at every size.
GRAPH_AREAS: dict[tuple[int, int], Box] = {
    (1024, 600): (16, 58, 680, 350),
    (1280, 720): (16, 58, 858, 438),
    (1920, 1080): (16, 58, 1304, 712),
}
GUTTER, BAND_GAP = 22, 6


# --- the layout before issue 17, for the comparison only ---------------------------------


def legacy_plan(scenario: Scenario) -> GraphPlan:
    requires = {mid: tuple(m.requires) for mid, m in scenario.milestones.items()}
    column = depths(requires)
    band = {mid: m.track for mid, m in scenario.milestones.items()}
    tracks = [t for t in TRACK_ORDER if t in band.values()]
    tracks += [t for t in dict.fromkeys(band.values()) if t not in tracks]
    order = {mid: i for i, mid in enumerate(scenario.milestones)}
    cells: dict[tuple[str, int], list[str]] = {}
    for mid in order:
        cells.setdefault((band[mid], column[mid]), []).append(mid)
    row: dict[str, int] = {}
    band_rows: dict[str, int] = {}

    def parent_row(mid: str, track: str) -> float:
        rows = [row[p] for p in requires[mid] if band.get(p) == track and p in row]
        return sum(rows) / len(rows) if rows else 1e6

    for track in tracks:
        members = [m for m in order if band[m] == track]
        for col in sorted({column[m] for m in members}):
            here = list(cells[(track, col)])
            here.sort(key=lambda m: (parent_row(m, track), order[m]))
            next_free = 0
            for mid in here:
                wanted = parent_row(mid, track)
                row[mid] = max(next_free, round(wanted) if wanted < 1e6 else 0)
                next_free = row[mid] + 1
        band_rows[track] = 1 + max((row[m] for m in members), default=0)
    return GraphPlan(column=column, band=band, row=row, bands=tuple(tracks),
                     band_rows=band_rows, columns=1 + max(column.values(), default=0),
                     requires=requires)


def legacy_place(graph: GraphPlan, area: Box
                 ) -> tuple[dict[str, Box], dict[Edge, tuple[Point, ...]]]:
    """The boxes as they were placed (arrow gap 16% of a column) and the curved arrows."""
    ax, ay, aw, ah = area
    inner_x, inner_w = ax + GUTTER, max(1, aw - GUTTER)
    total_rows = sum(graph.band_rows.values()) or 1
    free_h = max(1, ah - BAND_GAP * (len(graph.bands) - 1))
    bands: dict[str, Box] = {}
    y = ay
    for i, track in enumerate(graph.bands):
        h = ay + ah - y if i == len(graph.bands) - 1 else \
            free_h * graph.band_rows[track] // total_rows
        bands[track] = (ax, y, aw, h)
        y += h + BAND_GAP
    col_w = inner_w / max(1, graph.columns)
    h_gap = max(10, round(col_w * 0.16))
    nodes: dict[str, Box] = {}
    for mid, col in graph.column.items():
        _, band_y, _, band_h = bands[graph.band[mid]]
        row_h = band_h / graph.band_rows[graph.band[mid]]
        v_gap = max(6, round(row_h * 0.16))
        nodes[mid] = (inner_x + round(col * col_w) + h_gap // 2,
                      band_y + round(graph.row[mid] * row_h) + v_gap // 2,
                      max(8, round(col_w) - h_gap), max(8, round(row_h) - v_gap))
    edges = {(p, c): legacy_curve(nodes[p], nodes[c])
             for c, parents in graph.requires.items() for p in parents
             if p in nodes and c in nodes}
    return nodes, edges


def legacy_curve(src: Box, dst: Box) -> tuple[Point, ...]:
    sx, sy = src[0] + src[2], src[1] + src[3] / 2
    ex, ey = dst[0] - 2, dst[1] + dst[3] / 2
    bend = max(12.0, (ex - sx) / 2)
    c1, c2 = (sx + bend, sy), (ex - bend, ey)
    points = []
    for i in range(17):
        t = i / 16
        u = 1 - t
        points.append((u ** 3 * sx + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * ex,
                       u ** 3 * sy + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * ey))
    return tuple(points)


# --- the comparison ------------------------------------------------------------------------


def measure(scenario: Scenario, area: Box) -> dict[str, int]:
    """Crossings and arrows through boxes, before and after."""
    old_nodes, old_edges = legacy_place(legacy_plan(scenario), area)
    new = place_boxes(plan(scenario), area, GUTTER, BAND_GAP)
    return {"crossings_before": crossings(old_edges), "crossings_after": crossings(new.edges),
            "through_before": len(through_boxes(old_edges, old_nodes)),
            "through_after": len(through_boxes(new.edges, new.nodes))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x720", choices=[f"{w}x{h}" for w, h in
                                                               GRAPH_AREAS])
    args = parser.parse_args()
    w, h = (int(n) for n in args.size.split("x"))
    area = GRAPH_AREAS[(w, h)]
    print(f"milestone graph at {args.size} (graph area {area[2]}x{area[3]})")
    print(f"{'scenario':<18}{'crossings before':>18}{'after':>8}{'through boxes before':>22}"
          f"{'after':>8}")
    for name in SHIPPED:
        figures = measure(load_scenario(paths.SCENARIOS_DIR / f"{name}.yaml"), area)
        print(f"{name:<18}{figures['crossings_before']:>18}{figures['crossings_after']:>8}"
              f"{figures['through_before']:>22}{figures['through_after']:>8}")


if __name__ == "__main__":
    main()
