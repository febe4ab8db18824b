"""Where each milestone sits in the graph, and where each arrow runs.

A layered layout (Sugiyama's): the column (layer) is the longest chain of `requires`
leading to the milestone, so every arrow points right; the band is the track (robotic,
crewed, programme, then any other in scenario order). An arrow spanning several columns
passes through one *waypoint* per column it crosses: an empty cell of the grid, so it runs
between boxes, never through one. The order inside each band and column is found by
barycentre sweeps (left to right, then right to left, several times, keeping the order with
fewest crossings), deterministic: the same scenario always gives the same picture.

`plan` runs once per scenario; `place_boxes` turns the plan into boxes (x, y, w, h) and
arrows (polylines with square bends, each vertical run in its own lane of the gap between
two columns) for an area, cheap enough to call on every resize. `crossings` and
`through_boxes` measure a placed graph (tests and benchmarks/graph_crossings.py hold the
layout to them); `ancestors` is the chain of prerequisites the turn screen highlights.

Pure (no pygame): the turn screen (game/ui/widgets/graph_layout.py wraps the boxes in
pygame Rects) and `moonward graph`'s SVG, written as text, lay the graph out the same way.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from game.scenario.models import Scenario

Box = tuple[int, int, int, int]  # x, y, w, h
Point = tuple[float, float]
Edge = tuple[str, str]  # (prerequisite, milestone needing it)
Slot = tuple[int, str, int]  # a waypoint's cell: column, band, row
# An item of a column: a milestone's id, or a waypoint of an arrow (parent, child, column).
Item = str | tuple[str, str, int]

TRACK_ORDER = ("robotic", "crewed", "programme")
SWEEPS = 8  # down-and-up passes of the crossing reduction; the best order is kept
SEARCH_TRIES = 150  # layouts the local search after the sweeps may try, at most
SEARCH_EDGES = 80  # more arrows than this: no local search (counting crossings is quadratic)
# More waypoints than this (a cell each would squash the boxes, and ordering them would
# take seconds): long arrows run along their band's top edge instead.
DENSE_WAYPOINTS = 120


@dataclass(frozen=True)
class GraphPlan:
    column: dict[str, int]
    band: dict[str, str]
    row: dict[str, int]  # row inside its band
    bands: tuple[str, ...]
    band_rows: dict[str, int]
    columns: int
    requires: dict[str, tuple[str, ...]]
    # every arrow drawn (prerequisite, milestone) -> the cells it passes through on its way
    routes: dict[Edge, tuple[Slot, ...]] = field(default_factory=dict)


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


def ancestors(requires: Mapping[str, Sequence[str]], mid: str) -> frozenset[str]:
    """Every milestone `mid` needs, directly or through others (not `mid` itself)."""
    seen: set[str] = set()
    todo = [p for p in requires.get(mid, ()) if p in requires]
    while todo:
        node = todo.pop()
        if node not in seen and node != mid:
            seen.add(node)
            todo.extend(p for p in requires.get(node, ()) if p in requires)
    return frozenset(seen)


def path_edges(requires: Mapping[str, Sequence[str]], mid: str) -> frozenset[Edge]:
    """The arrows of `mid`'s chain of prerequisites: those ending at it or at an ancestor."""
    chain = ancestors(requires, mid) | {mid}
    return frozenset((p, c) for c in chain for p in requires.get(c, ()) if p in requires)


# --- the plan: columns, bands, order ----------------------------------------------------


def plan(scenario: Scenario) -> GraphPlan:
    requires = {mid: tuple(m.requires) for mid, m in scenario.milestones.items()}
    # plain names, as GraphPlan keeps them: the layout only groups and orders them
    band: dict[str, str] = {mid: m.track for mid, m in scenario.milestones.items()}
    return _plan(tuple((mid, band[mid], requires[mid]) for mid in requires))


@lru_cache(maxsize=8)  # a turn screen per team and the SVG ask for the same scenario's plan
def _plan(spec: tuple[tuple[str, str, tuple[str, ...]], ...]) -> GraphPlan:
    requires = {mid: parents for mid, _, parents in spec}
    band = {mid: track for mid, track, _ in spec}
    column = depths(requires)
    tracks = [t for t in TRACK_ORDER if t in band.values()]
    tracks += [t for t in dict.fromkeys(band.values()) if t not in tracks]
    edges = [(p, c) for c in requires for p in requires[c]
             if p in requires and column[p] < column[c]]  # a cut cycle's arrow is left out
    long = [(p, c) for p, c in edges if column[c] - column[p] > 1]
    layout = _Layout(requires, column, band, tracks, edges)
    # A waypoint first rides in the band of the milestone it leads to (the arrow crosses
    # bands in its first gap and arrives level).
    ride = {e: band[e[1]] for e in long}
    packed = layout.build(ride, layout.order(ride, dense=True), dense=True)
    waypoints = sum(column[c] - column[p] - 1 for p, c in long)
    if waypoints > DENSE_WAYPOINTS:
        return packed
    order = layout.order(ride, dense=False)
    best = layout.build(ride, order, dense=False)
    if len(edges) > SEARCH_EDGES:
        return _unsquashed(best, packed)
    best_score = _score(best)
    # Then a local search on what the sweeps cannot see (square bends, shared lanes): a
    # long arrow's waypoints moved to another band, two neighbours in a cell swapped; a
    # change is kept when the arrows as drawn cross less. Deterministic, and bounded.
    tries = 0
    improved = True
    while improved and tries < SEARCH_TRIES:
        improved = False
        for edge in long:
            for track in _bands_between(tracks, band[edge[0]], band[edge[1]]):
                if track == ride[edge] or tries >= SEARCH_TRIES:
                    continue
                tries += 1
                trial_ride = {**ride, edge: track}
                trial_order = layout.order(trial_ride, dense=False)
                trial = layout.build(trial_ride, trial_order, dense=False)
                score = _score(trial)
                if score < best_score:
                    best, best_score, ride, order = trial, score, trial_ride, trial_order
                    improved = True
        for col, layer in enumerate(order):
            for i in range(len(layer) - 1):
                if tries >= SEARCH_TRIES:
                    break
                if layout.item_band(layer[i], ride) != layout.item_band(layer[i + 1], ride):
                    continue
                tries += 1
                swapped = [*layer[:i], layer[i + 1], layer[i], *layer[i + 2:]]
                trial_order = [*order[:col], swapped, *order[col + 1:]]
                trial = layout.build(ride, trial_order, dense=False)
                score = _score(trial)
                if score < best_score:
                    best, best_score, order = trial, score, trial_order
                    layer = swapped
                    improved = True
    return _unsquashed(best, packed)


def _unsquashed(best: GraphPlan, packed: GraphPlan) -> GraphPlan:
    """`best`, unless its waypoints add so many rows that the boxes would be squashed."""
    rows, packed_rows = sum(best.band_rows.values()), sum(packed.band_rows.values())
    return packed if rows > packed_rows + max(2, packed_rows // 2) else best


def _bands_between(tracks: list[str], first: str, last: str) -> list[str]:
    a, b = sorted((tracks.index(first), tracks.index(last)))
    return tracks[a:b + 1]


def _score(graph: GraphPlan) -> tuple[int, int, int]:
    """Crossings as drawn on a wide and a tall area, then rows (fewer: taller boxes), then
    bends (fewer: straighter arrows)."""
    placed = [place_boxes(graph, area, 22, 6) for area in ((0, 0, 680, 350),
                                                             (0, 0, 1300, 710))]
    return (sum(crossings(p.edges) for p in placed), sum(graph.band_rows.values()),
            sum(len(points) for points in placed[0].edges.values()))


class _Layout:
    """One scenario's columns and arrows; orders and plans for a choice of waypoint bands
    (`ride`: long arrow -> the band its waypoints run in)."""

    def __init__(self, requires: dict[str, tuple[str, ...]], column: dict[str, int],
                 band: dict[str, str], tracks: list[str], edges: list[Edge]) -> None:
        self.requires, self.column, self.band = requires, column, band
        self.tracks, self.edges = tracks, edges
        self.columns = 1 + max(column.values(), default=0)
        self.band_index = {t: i for i, t in enumerate(tracks)}

    def item_band(self, item: Item, ride: dict[Edge, str]) -> str:
        return self.band[item] if isinstance(item, str) else ride[(item[0], item[1])]

    def _graph(self, ride: dict[Edge, str], dense: bool
               ) -> tuple[list[list[Item]], dict[Item, str], dict[Item, list[Item]],
                          dict[Item, list[Item]]]:
        """Each column's items, their bands, and who is linked to whom across one gap.
        `dense`: no waypoints, long arrows link nothing (they ride above the boxes)."""
        column = self.column
        item_band: dict[Item, str] = {mid: track for mid, track in self.band.items()}
        layers: list[list[Item]] = [[] for _ in range(self.columns)]
        for mid in self.requires:
            layers[column[mid]].append(mid)
        ups: dict[Item, list[Item]] = {}  # an item's neighbours one column left
        downs: dict[Item, list[Item]] = {}  # and one column right
        for p, c in self.edges:
            if dense and column[c] - column[p] > 1:
                continue
            chain: list[Item] = [p]
            for col in range(column[p] + 1, column[c]):
                way: Item = (p, c, col)
                item_band[way] = ride[(p, c)]
                layers[col].append(way)
                chain.append(way)
            chain.append(c)
            for a, b in itertools.pairwise(chain):
                downs.setdefault(a, []).append(b)
                ups.setdefault(b, []).append(a)
        return layers, item_band, ups, downs

    def order(self, ride: dict[Edge, str], dense: bool) -> list[list[Item]]:
        layers, item_band, ups, downs = self._graph(ride, dense)
        return _reduce_crossings(layers, item_band, self.band_index, ups, downs)

    def build(self, ride: dict[Edge, str], order: list[list[Item]], dense: bool) -> GraphPlan:
        """The plan for that order. `dense` (too many waypoints for a cell each): long
        arrows run along the top edge of their band instead (row -1), above every box."""
        _, item_band, ups, _ = self._graph(ride, dense)
        row = _rows(order, item_band, ups)
        band_rows = {t: 1 + max((row[i] for i in row if item_band[i] == t), default=0)
                     for t in self.tracks}
        column = self.column
        routes = {(p, c): tuple((col, ride[(p, c)], row.get((p, c, col), -1))
                                for col in range(column[p] + 1, column[c]))
                  for p, c in self.edges}
        return GraphPlan(column=column, band=self.band,
                         row={i: r for i, r in row.items() if isinstance(i, str)},
                         bands=tuple(self.tracks), band_rows=band_rows,
                         columns=self.columns, requires=self.requires, routes=routes)


def _reduce_crossings(layers: list[list[Item]], item_band: dict[Item, str],
                      band_index: dict[str, int], ups: dict[Item, list[Item]],
                      downs: dict[Item, list[Item]]) -> list[list[Item]]:
    """Each column's items in order (bands kept together, in band order): barycentre
    sweeps, the best of them by count of crossing pairs between neighbouring columns."""
    def grouped(layer: Sequence[Item]) -> list[Item]:
        return sorted(layer, key=lambda i: band_index[item_band[i]])  # stable inside a band

    order = [grouped(layer) for layer in layers]
    best, best_count = [list(x) for x in order], _pair_crossings(order, item_band, downs)
    for _ in range(SWEEPS):
        for direction in (1, -1):
            cols = range(1, len(order)) if direction == 1 else range(len(order) - 2, -1, -1)
            for col in cols:
                fixed = order[col - direction]
                where = _positions(fixed, item_band)
                near = ups if direction == 1 else downs
                here = _positions(order[col], item_band)

                def key(item: Item, where: dict[Item, float] = where,
                        here: dict[Item, float] = here, near: dict[Item, list[Item]] = near
                        ) -> tuple[int, float, float]:
                    seen = [where[n] for n in near.get(item, ()) if n in where]
                    bary = sum(seen) / len(seen) if seen else here[item]
                    return band_index[item_band[item]], bary, here[item]

                order[col] = sorted(order[col], key=key)
            count = _pair_crossings(order, item_band, downs)
            if count < best_count:
                best, best_count = [list(x) for x in order], count
    return best


def _positions(layer: Sequence[Item], item_band: dict[Item, str]) -> dict[Item, float]:
    """Where an item sits in its column, bands one after the other: a band's first item is
    at the band's index times a large step, so a neighbour in the band above pulls up."""
    out: dict[Item, float] = {}
    count: dict[str, int] = {}
    bands = list(dict.fromkeys(item_band[i] for i in layer))
    for item in layer:
        b = item_band[item]
        out[item] = bands.index(b) * 1000 + count.get(b, 0)
        count[b] = count.get(b, 0) + 1
    return out


def _pair_crossings(order: list[list[Item]], item_band: dict[Item, str],
                    downs: dict[Item, list[Item]]) -> int:
    total = 0
    for col in range(len(order) - 1):
        left, right = _positions(order[col], item_band), _positions(order[col + 1], item_band)
        links = [(left[a], right[b]) for a in order[col] for b in downs.get(a, ()) if b in right]
        total += sum(1 for i, (a1, b1) in enumerate(links) for a2, b2 in links[i + 1:]
                     if (a1 - a2) * (b1 - b2) < 0)
    return total


def _rows(order: list[list[Item]], item_band: dict[Item, str],
          ups: dict[Item, list[Item]]) -> dict[Item, int]:
    """A row per item inside its band, keeping the order: level with its left neighbours
    (in the same band) when that row is free, so arrows run straight, but never pushed so
    low that the band needs more rows than its fullest column."""
    rows: dict[str, int] = {}
    for layer in order:
        for b in {item_band[i] for i in layer}:
            rows[b] = max(rows.get(b, 0), sum(1 for i in layer if item_band[i] == b))
    row: dict[Item, int] = {}
    for layer in order:
        next_free: dict[str, int] = {}
        left = {b: sum(1 for i in layer if item_band[i] == b) for b in rows}
        for item in layer:
            b = item_band[item]
            same = [row[n] for n in ups.get(item, ()) if n in row and item_band[n] == b]
            wanted = round(sum(same) / len(same)) if same else 0
            row[item] = max(next_free.get(b, 0), min(wanted, rows[b] - left[b]))
            next_free[b] = row[item] + 1
            left[b] -= 1
    return row


# --- boxes and arrows for an area --------------------------------------------------------


@dataclass(frozen=True)
class Boxes:
    nodes: dict[str, Box]
    bands: dict[str, Box]
    gutter: Box  # left strip holding the band names
    # each arrow as a polyline, from its prerequisite's right side to the arrow's tip
    edges: dict[Edge, tuple[Point, ...]] = field(default_factory=dict)
    head: int = 6  # length of the arrow heads the tips leave room for


def place_boxes(graph: GraphPlan, area: Box, gutter_w: int, band_gap: int) -> Boxes:
    """Boxes of the bands and nodes inside `area` (bands share height by row count), and
    the arrows between them."""
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
    # room between columns for the arrows' vertical runs, side by side, and their heads
    h_gap = max(12, round(col_w * 0.17))
    head = max(4, min(8, h_gap // 3))

    def row_y(track: str, row: int) -> int:
        """The middle line of a row, where its boxes' arrows and waypoints run (whole
        pixels, so arrows level with each other are exactly level)."""
        _, band_y, _, band_h = bands[track]
        if row < 0:  # a dense graph's waypoint: the band's top edge, above its boxes
            return band_y + 1
        return round(band_y + (row + 0.5) * band_h / graph.band_rows[track])

    box_w = max(8, round(col_w) - h_gap)
    nodes: dict[str, Box] = {}
    for mid, col in graph.column.items():
        _, _band_y, _, band_h = bands[graph.band[mid]]
        rows = graph.band_rows[graph.band[mid]]
        row_h = band_h / rows
        v_gap = max(4, round(row_h * 0.1))
        x = inner_x + round(col * col_w) + h_gap // 2
        h = max(8, round(row_h) - v_gap)
        # centred on its row's middle line, where the waypoints of that row run
        top = round(row_y(graph.band[mid], graph.row[mid]) - h / 2)
        nodes[mid] = (x, top, box_w, h)

    # Each arrow: out of the prerequisite's right side, a vertical run in the gap before
    # every column it enters (its own lane there), level through each waypoint's cell.
    runs: dict[int, list[tuple[Edge, float, float]]] = {}
    levels: dict[Edge, list[float]] = {}
    for (p, c), slots in graph.routes.items():
        if p not in nodes or c not in nodes:
            continue
        ys: list[float] = [row_y(graph.band[p], graph.row[p])]
        ys += [row_y(band, row) for _, band, row in slots]
        ys.append(row_y(graph.band[c], graph.row[c]))
        levels[(p, c)] = ys
        for step in range(len(ys) - 1):
            runs.setdefault(graph.column[p] + 1 + step, []).append(((p, c), ys[step],
                                                                   ys[step + 1]))
    lane_x: dict[tuple[Edge, int], float] = {}
    for col, here in runs.items():
        # between the previous column's right sides and this one's left sides, leaving
        # room for the heads (a column too narrow for that: the lanes still go right)
        left = inner_x + round((col - 1) * col_w) + h_gap // 2 + box_w + 1
        right = max(left, inner_x + round(col * col_w) + h_gap // 2 - head - 2)
        groups = _lanes(here, graph.column, col)
        for i, group in enumerate(groups):
            lane = left + (right - left) * (i + 1) / (len(groups) + 1)
            for edge in group:
                lane_x[(edge, col)] = round(lane)
    edges: dict[Edge, tuple[Point, ...]] = {}
    for (p, c), ys in levels.items():
        px, _, pw, _ = nodes[p]
        points: list[Point] = [(px + pw, ys[0])]
        for step in range(len(ys) - 1):
            lane = lane_x[((p, c), graph.column[p] + 1 + step)]
            points += [(lane, ys[step]), (lane, ys[step + 1])]
        points.append((nodes[c][0] - 1, ys[-1]))
        edges[(p, c)] = _simplify(points)
    return Boxes(nodes=nodes, bands=bands, gutter=gutter, edges=edges, head=head)


def _lanes(runs: list[tuple[Edge, float, float]], column: dict[str, int],
           gap: int) -> list[list[Edge]]:
    """The vertical runs of one gap, grouped and ordered left to right. Arrows leaving the
    same milestone share a lane (a fork reads as one); the groups are placed one by one
    where they cross the fewest others."""
    groups: dict[object, list[tuple[Edge, float, float]]] = {}
    for edge, y0, y1 in sorted(runs, key=lambda r: (r[1], r[2], r[0])):
        key: object = ("from", edge[0]) if gap == column[edge[0]] + 1 else edge
        groups.setdefault(key, []).append((edge, y0, y1))

    Run = tuple[Edge, float, float]
    # (top, bottom, where its runs leave, where its runs arrive) of a group: what the cost
    # of two groups side by side needs, worked out once per group, not once per comparison
    Summary = tuple[float, float, frozenset[float], frozenset[float]]

    def summary(g: list[Run]) -> Summary:
        ys = [y for _, y0, y1 in g for y in (y0, y1)]
        return min(ys), max(ys), frozenset(y1 for _, _, y1 in g), frozenset(
            y0 for _, y0, _ in g)

    def cost(a: Summary, b: Summary) -> int:
        """Crossings when group a's lane is left of group b's: a's level runs out to the
        right cross b's vertical, b's runs in from the left cross a's vertical."""
        alo, ahi, a_out, _ = a
        blo, bhi, _, b_in = b
        return (sum(1 for y in a_out if blo < y < bhi)
                + sum(1 for y in b_in if alo < y < ahi))

    placed: list[tuple[list[Run], Summary]] = []
    for group in groups.values():
        here = summary(group)
        # the crossings with each placed group when this one goes right of it / left of it
        right_of = [cost(s, here) for _, s in placed]
        left_of = [cost(here, s) for _, s in placed]
        total = sum(left_of)  # first in the gap: left of every placed group
        best_at, best = 0, total
        for at in range(1, len(placed) + 1):
            total += right_of[at - 1] - left_of[at - 1]
            if total < best:
                best_at, best = at, total
        placed.insert(best_at, (group, here))
    return [[edge for edge, _, _ in g] for g, _ in placed]


def _simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and the middle of three in a line (a straight run)."""
    out: list[Point] = []
    for pt in points:
        if out and out[-1] == pt:
            continue
        if len(out) >= 2 and _orientation(out[-2], out[-1], pt) == 0:
            out[-1] = pt
            continue
        out.append(pt)
    return tuple(out)


# --- measures ------------------------------------------------------------------------------


def _orientation(a: Point, b: Point, c: Point) -> int:
    value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return (value > 1e-9) - (value < -1e-9)


def _crossing_point(a: Point, b: Point, c: Point, d: Point) -> Point | None:
    """Where the segments cross at a point inside both, or None: touching ends, a tee or
    a shared stretch of one line is not a crossing."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    if o1 * o2 >= 0 or o3 * o4 >= 0:
        return None
    rx, ry, sx, sy = b[0] - a[0], b[1] - a[1], d[0] - c[0], d[1] - c[1]
    t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / (rx * sy - ry * sx)
    return a[0] + t * rx, a[1] + t * ry


def crossings(edges: Mapping[Edge, Sequence[Point]]) -> int:
    """How many places two arrows cross. Counted as the eye sees them: where arrows share
    a stretch (a fork out of one milestone, arrows meeting at one tip) and another arrow
    crosses it, that is one crossing, not one per arrow sharing it."""
    items = list(edges.values())
    seen: set[tuple[int, int]] = set()
    for i, first in enumerate(items):
        for second in items[i + 1:]:
            for a, b in itertools.pairwise(first):
                for c, d in itertools.pairwise(second):
                    point = _crossing_point(a, b, c, d)
                    if point is not None:
                        seen.add((round(point[0]), round(point[1])))
    return len(seen)


def _segment_enters(a: Point, b: Point, box: Box) -> bool:
    """Does the segment a-b pass through the inside of `box` (its border excluded)?
    Liang-Barsky clipping against the box shrunk by a pixel."""
    x0, y0, w, h = box[0] + 1, box[1] + 1, box[2] - 2, box[3] - 2
    if w <= 0 or h <= 0:
        return False
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x0 + w - a[0]), (-dy, a[1] - y0),
                 (dy, y0 + h - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def through_boxes(edges: Mapping[Edge, Sequence[Point]],
                  nodes: Mapping[str, Box]) -> list[tuple[Edge, str]]:
    """Every (arrow, milestone) where the arrow runs through a box not at either of its
    ends."""
    out = []
    for edge, points in edges.items():
        for mid, box in nodes.items():
            if mid in edge:
                continue
            if any(_segment_enters(a, b, box) for a, b in itertools.pairwise(points)):
                out.append((edge, mid))
    return out

