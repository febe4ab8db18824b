"""The milestone graph, drawn with pygame.draw: bands per track, arrows for `requires`
(routed around the boxes by game/milestone_layout.py), rounded nodes coloured by status
with a progress bar, and the selected milestone's chain of prerequisites highlighted.

Drawing 18 nodes with wrapped text costs a few milliseconds, so the picture is kept on a
Surface and redrawn only when its key changes (session version, area, palette, scale).
The highlight is drawn over a copy of it (lines and see-through boxes, no text: well
under a millisecond) when the selection changes, and kept too; a frame costs one blit.
The scene lays transparent buttons over `placement.nodes` for clicks, Tab focus and
tooltips, and draws the selection ring itself each frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game import numbers
from game.charts import Colour
from game.i18n import tr
from game.milestone_layout import Edge, Point, ancestors, path_edges
from game.scenario.models import Scenario
from game.ui.fonts import font
from game.ui.palette import Palette
from game.ui.widgets import text_fit
from game.ui.widgets.graph_layout import GraphPlan, Placement, place, plan
from game.ui.widgets.legend_row import fit_row

if TYPE_CHECKING:
    from game.core.engine import Engine

DONE = ("achieved", "shared")


@dataclass(frozen=True)
class NodeInfo:
    id: str
    name: str
    status: str  # the engine's status for the agency playing
    progress: float
    others: tuple[str, ...]  # short names of other agencies that achieved it
    funded: int = 0  # millions given to it this turn (0: nothing yet)


def node_infos(engine: Engine, agency: str, scenario: Scenario) -> dict[str, NodeInfo]:
    out = {}
    for mid in scenario.milestones:
        view = engine.milestone_view(agency, mid)
        others = tuple(scenario.agencies[a].short for a in view.achieved_by if a != agency)
        progress = 1.0 if view.status in DONE else view.progress
        out[mid] = NodeInfo(mid, view.name, view.status, progress, others, view.allocation)
    return out


def status_name(status: str) -> str:
    return {
        "locked": tr("Locked"),
        "available": tr("Available"),
        "in_progress": tr("In progress"),
        "ready": tr("Ready to fly"),
        "achieved": tr("Achieved"),
        "shared": tr("Shared by a partner"),
    }.get(status, status)


def track_name(track: str) -> str:
    return {"robotic": tr("Robotic"), "crewed": tr("Crewed"),
            "programme": tr("Programme")}.get(track, track.capitalize())


def node_colour(palette: Palette, info: NodeInfo) -> Colour:
    if info.status == "shared":
        return palette.achieved
    return palette.state(info.status)


def text_colour(fill: Colour, palette: Palette) -> Colour:
    r, g, b = fill
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return palette.background if luminance > 120 else palette.text


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


class MilestoneGraph:
    """One scenario's graph: the plan once, the placement per area, the picture cached."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.plan: GraphPlan = plan(scenario)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.graph_area = pygame.Rect(0, 0, 0, 0)
        self.legend_area = pygame.Rect(0, 0, 0, 0)
        self.placement: Placement | None = None
        self._key: tuple[object, ...] | None = None
        self._surface: pygame.Surface | None = None
        self._lit_key: tuple[object, ...] | None = None
        self._lit: pygame.Surface | None = None
        self._infos: dict[str, NodeInfo] = {}  # what the cached picture shows
        self.renders = 0  # how often the picture was redrawn (tests watch the cache)
        # what the picture last drawn highlights: the selection's prerequisites, all of
        # them (not the selection itself, which the scene rings), and the arrows between
        self.highlighted: frozenset[str] = frozenset()
        self.highlighted_edges: frozenset[Edge] = frozenset()

    def layout(self, area: pygame.Rect, scale: float = 1.0) -> Placement:
        self.area = pygame.Rect(area)
        legend_h = max(16, round(min(22, area.h * 0.06) * scale))
        self.legend_area = pygame.Rect(area.x, area.bottom - legend_h, area.w, legend_h)
        self.graph_area = pygame.Rect(area.x, area.y, area.w, max(1, area.h - legend_h - 4))
        gutter = max(18, round(22 * scale))
        self.placement = place(self.plan, self.graph_area, gutter, max(4, round(6 * scale)))
        return self.placement

    def picture(self, key: tuple[object, ...], infos: Callable[[], dict[str, NodeInfo]],
                palette: Palette, selected: str | None = None) -> pygame.Surface:
        """The cached picture, with `selected`'s chain of prerequisites highlighted;
        `infos` is called (to read the engine) only on a redraw."""
        full_key = (key, tuple(self.area), palette.name)
        if self._surface is None or full_key != self._key:
            self._infos = infos()
            self._surface = self._render(self._infos, palette)
            self._key = full_key
            self.renders += 1
        lit_key = (full_key, selected)
        if self._lit is None or lit_key != self._lit_key:
            self._lit = self._highlight(self._surface, selected, palette)
            self._lit_key = lit_key
        return self._lit

    def _highlight(self, base: pygame.Surface, selected: str | None,
                   palette: Palette) -> pygame.Surface:
        """`base` with `selected`'s prerequisites and their arrows in the focus colour,
        drawn thicker, and every other milestone dimmed: the road to it stands out."""
        assert self.placement is not None
        requires = self.plan.requires
        chain = ancestors(requires, selected) if selected in requires else frozenset()
        lit = path_edges(requires, selected) if selected in requires else frozenset()
        self.highlighted, self.highlighted_edges = chain, lit
        if selected not in requires:
            return base
        out = base.copy()
        offset = (-self.area.x, -self.area.y)
        veil = _mix(palette.background, palette.panel, 0.7)
        for mid, rect in self.placement.nodes.items():
            if mid not in chain and mid != selected:
                shade = pygame.Surface(rect.size, pygame.SRCALPHA)
                shade.fill((*veil, 120))
                out.blit(shade, rect.move(offset))
        width = 4 if self.placement.head >= 6 else 3
        for edge in sorted(lit):
            points = self.placement.edges.get(edge)
            if points is not None:
                self._arrow(out, _moved(points, offset), palette.focus, width,
                            self.placement.head + 2)
        for mid in sorted(chain):
            rect = self.placement.nodes[mid].move(offset)
            pygame.draw.rect(out, palette.focus, rect.inflate(4, 4), width=2,
                             border_radius=max(4, min(10, rect.h // 5)) + 2)
            info = self._infos.get(mid)
            if info is not None and info.funded > 0:  # the ring crosses the money tag
                funded_tag(out, info.funded, rect, palette)
        return out

    # --- drawing ----------------------------------------------------------------------

    def _render(self, infos: dict[str, NodeInfo], palette: Palette) -> pygame.Surface:
        assert self.placement is not None
        surface = pygame.Surface(self.area.size)
        surface.fill(palette.background)
        offset = (-self.area.x, -self.area.y)
        placement = self.placement
        for track, rect in placement.bands.items():
            self._band(surface, track, rect.move(offset), placement.gutter.w, palette)
        for (parent, mid), points in placement.edges.items():
            done = infos[parent].status in DONE
            across = self.plan.band[parent] != self.plan.band[mid]
            colour = palette.good if done else palette.muted
            if across:  # arrows between bands are many: keep them quieter
                colour = _mix(colour, palette.background, 0.35)
            self._arrow(surface, _moved(points, offset), colour, 2, placement.head)
        boxes = {mid: self._text_box(rect.move(offset))
                 for mid, rect in placement.nodes.items()}
        size = self._common_size({mid: infos[mid].name for mid in boxes}, boxes)
        for mid, rect in placement.nodes.items():
            self._node(surface, infos[mid], rect.move(offset), boxes[mid], size, palette)
        self._legend(surface, self.legend_area.move(offset), palette)
        return surface

    @staticmethod
    def _text_box(rect: pygame.Rect) -> pygame.Rect:
        pad = max(3, rect.h // 14)
        bar_h = max(3, rect.h // 12)
        box = pygame.Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad,
                          rect.h - 2 * pad - bar_h - 1)
        return box

    @staticmethod
    def _common_size(names: dict[str, str], boxes: dict[str, pygame.Rect]) -> int:
        """The largest font size at which every name fits its node (one look for all):
        first without cutting any word, else allowing hyphens."""
        smallest = min((b.h for b in boxes.values()), default=20)
        sizes = range(max(10, min(22, smallest // 2)), 9, -1)
        for hyphens in (False, True):
            for size in sizes:
                if all(_fits(names[m], box, size, hyphens) for m, box in boxes.items()):
                    return size
        return 10

    def _band(self, surface: pygame.Surface, track: str, rect: pygame.Rect, gutter: int,
              palette: Palette) -> None:
        colour = getattr(palette, track, palette.muted)
        if not isinstance(colour, tuple):
            colour = palette.muted
        pygame.draw.rect(surface, _mix(palette.background, palette.panel, 0.7), rect,
                         border_radius=6)
        stripe = pygame.Rect(rect.x, rect.y, gutter, rect.h)
        pygame.draw.rect(surface, _mix(palette.panel, colour, 0.35), stripe,
                         border_top_left_radius=6, border_bottom_left_radius=6)
        size = max(10, min(16, gutter - 6))
        text = font(size, bold=True).render(track_name(track), True, palette.text)
        text = pygame.transform.rotate(text, 90)
        if text.get_height() > rect.h - 4:  # a very short band: shrink the name to fit
            factor = (rect.h - 4) / text.get_height()
            text = pygame.transform.smoothscale(
                text, (max(1, round(text.get_width() * factor)), max(1, rect.h - 4)))
        surface.blit(text, text.get_rect(center=stripe.center))

    @staticmethod
    def _arrow(surface: pygame.Surface, points: list[pygame.Vector2], colour: Colour,
               width: int, head: int) -> None:
        """A routed arrow: square bends, the head's tip at the last point."""
        if len(points) < 2:
            return
        end = points[-1]
        back = points[-2]
        length = max(1.0, end.distance_to(back))
        shaft = [*points[:-1], end + (back - end) * min(1.0, head * 0.8 / length)]
        pygame.draw.lines(surface, colour, False, shaft, width)
        for corner in points[1:-1]:  # round joins: thick lines leave notches at bends
            pygame.draw.circle(surface, colour, corner, max(1, width // 2))
        angle = math.atan2(end.y - back.y, end.x - back.x)
        left = end - pygame.Vector2(head, 0).rotate_rad(angle - 0.45)
        right = end - pygame.Vector2(head, 0).rotate_rad(angle + 0.45)
        pygame.draw.polygon(surface, colour, [end, left, right])

    def _node(self, surface: pygame.Surface, info: NodeInfo, rect: pygame.Rect,
              box: pygame.Rect, size: int, palette: Palette) -> None:
        fill = node_colour(palette, info)
        radius = max(4, min(10, rect.h // 5))
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        pygame.draw.rect(surface, _mix(fill, palette.text, 0.45), rect, width=1,
                         border_radius=radius)
        ink = text_colour(fill, palette)
        bar_h = max(3, rect.h // 12)
        bar = pygame.Rect(rect.x + radius, rect.bottom - bar_h - max(2, rect.h // 16),
                          rect.w - 2 * radius, bar_h)
        pygame.draw.rect(surface, _mix(fill, palette.background, 0.55), bar, border_radius=2)
        if info.progress > 0:
            done = bar.copy()
            done.w = max(2, round(bar.w * min(1.0, info.progress)))
            pygame.draw.rect(surface, ink, done, border_radius=2)
        if info.others:  # a dot in the corner: someone else got there (count when room)
            d = _badge(rect)
            # on the corner, half outside the node, so it never covers the name
            dot = pygame.Rect(0, 0, d, d)
            dot.center = (rect.right - d // 2 + 4, rect.y + d // 2 - 4)
            pygame.draw.ellipse(surface, palette.achieved_other, dot)
            pygame.draw.ellipse(surface, palette.background, dot, 1)
            if d >= 13:
                n = font(d - 4, bold=True).render(str(len(info.others)), True, palette.text)
                surface.blit(n, n.get_rect(center=dot.center))
        if info.funded > 0:
            funded_tag(surface, info.funded, rect, palette)
        self._name(surface, info.name, box, size, ink)

    @staticmethod
    def _name(surface: pygame.Surface, name: str, box: pygame.Rect, size: int,
              ink: Colour) -> None:
        f = font(size)
        step = _line_step(size)
        lines, _ = text_fit.wrap_within(lambda s: f.size(s)[0], name, box.w,
                                        max(1, box.h // step))
        y = box.centery - step * len(lines) / 2
        for line in lines:
            img = f.render(line, True, ink)
            # Noto's line box is tall; centring each glyph row on its step packs lines closer
            surface.blit(img, img.get_rect(center=(box.centerx, round(y + step / 2))))
            y += step

    def _legend(self, surface: pygame.Surface, rect: pygame.Rect, palette: Palette) -> None:
        items = [(palette.locked, tr("Locked")), (palette.available, tr("Available")),
                 (palette.in_progress, tr("In progress")), (palette.ready, tr("Ready to fly")),
                 (palette.achieved, tr("Yours or shared")),
                 (palette.achieved_other, tr("Also done by others"))]
        row = fit_row([text for _, text in items], rect.w, max(10, rect.h - 6), 9, 8)
        f, sw = row.font, row.size
        x = rect.x + 4 + (rect.w - 8 - row.width) // 2
        for (colour, text), w in zip(items, row.widths, strict=True):
            swatch = pygame.Rect(x, rect.centery - sw // 2, sw, sw)
            if colour == palette.achieved_other:
                pygame.draw.ellipse(surface, colour, swatch)
            else:
                pygame.draw.rect(surface, colour, swatch, border_radius=3)
            img = f.render(text, True, palette.muted)
            surface.blit(img, img.get_rect(midleft=(swatch.right + 4, rect.centery)))
            x += w + row.gap


def funded_tag(surface: pygame.Surface, amount: int, rect: pygame.Rect,
               palette: Palette) -> None:
    """This turn's money on the node's top-left corner: a team that funds three milestones
    sees which three on the graph, not only a total in the top bar. The turn screen draws
    it again over the selection ring."""
    d = _badge(rect)
    f = font(max(8, d - 4), bold=True)
    img = f.render(tr("{n}M", n=numbers.money(amount)), True, palette.background)
    pill = pygame.Rect(0, 0, min(rect.w - 8, img.get_width() + d // 2 + 4), d)
    pill.topleft = (rect.x - 4, rect.y - d // 2)  # half outside, clear of the name
    pygame.draw.rect(surface, palette.text, pill, border_radius=d // 2)
    pygame.draw.rect(surface, palette.background, pill, 1, border_radius=d // 2)
    surface.blit(img, img.get_rect(center=pill.center))


def _moved(points: tuple[Point, ...], offset: tuple[int, int]) -> list[pygame.Vector2]:
    return [pygame.Vector2(x + offset[0], y + offset[1]) for x, y in points]


def _line_step(size: int) -> int:
    return round(size * 1.12)


def _badge(rect: pygame.Rect) -> int:
    return max(8, min(16, rect.h // 4))


def _fits(name: str, box: pygame.Rect, size: int, hyphens: bool) -> bool:
    f = font(size)
    if not hyphens and any(f.size(word)[0] > box.w for word in name.split()):
        return False
    return text_fit.wrap_within(lambda s: f.size(s)[0], name, box.w,
                                max(1, box.h // _line_step(size)))[1]
