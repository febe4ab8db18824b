"""Where each milestone sits in the graph: a column for its depth, a band for its track.

Column = the longest chain of `requires` leading to the milestone, so every arrow points
right. Band = the track (robotic, crewed, programme, then any other in scenario order);
inside a band, milestones sharing a column stack in rows, ordered by where their
prerequisites sit so arrows cross less. `plan` runs once per scenario; `place_boxes` turns
the plan into boxes (x, y, w, h) for an area and is cheap enough to call on every resize.

Pure (no pygame): the turn screen (game/ui/widgets/graph_layout.py wraps the boxes in
pygame Rects) and `moonward graph`'s SVG, written as text, lay the graph out the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.scenario.models import Scenario

Box = tuple[int, int, int, int]  # x, y, w, h

TRACK_ORDER = ("robotic", "crewed", "programme")


@dataclass(frozen=True)
class GraphPlan:
    column: dict[str, int]
    band: dict[str, str]
    row: dict[str, int]  # row inside its band
    bands: tuple[str, ...]
    band_rows: dict[str, int]
    columns: int
    requires: dict[str, tuple[str, ...]]


def depths(requires: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Longest path from a root for every node (a cycle, which the loader refuses, is cut).

    Walked with a stack of its own, not by recursion: a chain of prerequisites written from
    its far end is as deep as the scenario is long, and 500 of them once ended the turn
    screen with a RecursionError."""
    out: dict[str, int] = {}

    def parents(node: str) -> tuple[str, ...]:
        return tuple(p for p in requires.get(node, ()) if p in requires)

    for root in requires:
        if root in out:
            continue
        stack = [(root, iter(parents(root)))]
        on_path = {root}
        while stack:
            node, todo = stack[-1]
            for parent in todo:
                if parent not in out and parent not in on_path:  # on_path: a cycle, cut
                    stack.append((parent, iter(parents(parent))))
                    on_path.add(parent)
                    break
            else:  # every parent has its depth: so has this node
                stack.pop()
                on_path.discard(node)
                out[node] = 1 + max((out[p] for p in parents(node) if p in out), default=-1)
    return out


def plan(scenario: Scenario) -> GraphPlan:
    requires = {mid: tuple(m.requires) for mid, m in scenario.milestones.items()}
    column = depths(requires)
    # plain names, as GraphPlan keeps them: the layout only groups and orders them
    band: dict[str, str] = {mid: m.track for mid, m in scenario.milestones.items()}
    tracks = [t for t in TRACK_ORDER if t in band.values()]
    tracks += [t for t in dict.fromkeys(band.values()) if t not in tracks]
    order = {mid: i for i, mid in enumerate(scenario.milestones)}
    # Grouped once, so a long chain (a column per milestone) costs no scan per column.
    cells: dict[tuple[str, int], list[str]] = {}
    for mid in order:
        cells.setdefault((band[mid], column[mid]), []).append(mid)
    row: dict[str, int] = {}
    band_rows: dict[str, int] = {}
    for track in tracks:
        members = [m for m in order if band[m] == track]
        for col in sorted({column[m] for m in members}):
            here = list(cells[(track, col)])
            here.sort(key=lambda m: (_parent_row(m, requires, band, row, track), order[m]))
            next_free = 0
            for mid in here:
                # Sit level with the prerequisites when that row is free: straighter arrows.
                wanted = _parent_row(mid, requires, band, row, track)
                row[mid] = max(next_free, round(wanted) if wanted < 1e6 else 0)
                next_free = row[mid] + 1
        band_rows[track] = 1 + max((row[m] for m in members), default=0)
    return GraphPlan(column=column, band=band, row=row, bands=tuple(tracks),
                     band_rows=band_rows, columns=1 + max(column.values(), default=0),
                     requires=requires)


def _parent_row(mid: str, requires: dict[str, tuple[str, ...]], band: dict[str, str],
                row: dict[str, int], track: str) -> float:
    rows = [row[p] for p in requires[mid] if band.get(p) == track and p in row]
    return sum(rows) / len(rows) if rows else 1e6


@dataclass(frozen=True)
class Boxes:
    nodes: dict[str, Box]
    bands: dict[str, Box]
    gutter: Box  # left strip holding the band names


def place_boxes(graph: GraphPlan, area: Box, gutter_w: int, band_gap: int) -> Boxes:
    """Boxes of the bands and nodes inside `area` (bands share height by row count)."""
    ax, ay, aw, ah = area
    gutter = (ax, ay, gutter_w, ah)
    inner_x, inner_w = ax + gutter_w, max(1, aw - gutter_w)
    total_rows = sum(graph.band_rows.values()) or 1
    free_h = max(1, ah - band_gap * (len(graph.bands) - 1))
    bands: dict[str, Box] = {}
    y = ay
    for i, track in enumerate(graph.bands):
        last = i == len(graph.bands) - 1
        h = ay + ah - y if last else free_h * graph.band_rows[track] // total_rows
        bands[track] = (ax, y, aw, h)
        y += h + band_gap
    col_w = inner_w / max(1, graph.columns)
    h_gap = max(10, round(col_w * 0.16))  # room for the arrow heads between columns
    nodes: dict[str, Box] = {}
    for mid, col in graph.column.items():
        _, band_y, _, band_h = bands[graph.band[mid]]
        rows = graph.band_rows[graph.band[mid]]
        row_h = band_h / rows
        v_gap = max(6, round(row_h * 0.16))
        x = inner_x + round(col * col_w) + h_gap // 2
        top = band_y + round(graph.row[mid] * row_h) + v_gap // 2
        nodes[mid] = (x, top, max(8, round(col_w) - h_gap), max(8, round(row_h) - v_gap))
    return Boxes(nodes=nodes, bands=bands, gutter=gutter)
