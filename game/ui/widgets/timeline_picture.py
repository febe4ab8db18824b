"""The timeline picture drawn with pygame: one row per milestone, the documented marks in a
neutral colour above, each agency's achievements in its chart colour below, year ticks,
the game's calendar shaded, a "now" line during play, and a key.

Drawn once per key (session version, area, palette, language, page) on a Surface: a frame
costs one blit. The scene lays see-through buttons over `hover_areas` (a row's name, its
documented lane, its game lane) for tooltips and Tab, as the turn screen does over nodes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from game.charts import Box, Colour, LineStyle
from game.i18n import tr
from game.timeline import PlacedDoc, PlacedMark, Row, Shapes, Timeline, extent, place
from game.timeline_words import legend_items
from game.ui.fonts import font
from game.ui.palette import Palette
from game.ui.widgets.legend_row import fit_row
from game.ui.widgets.text_fit import fit_line


@dataclass(frozen=True)
class HoverArea:
    rect: pygame.Rect  # in screen coordinates
    kind: str  # "row" (the name), "docs" or "marks"
    row: Row


def mix(a: Colour, b: Colour, t: float) -> Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def _rect(box: Box) -> pygame.Rect:
    return pygame.Rect(round(box.x), round(box.y), max(1, round(box.w)), max(1, round(box.h)))


class TimelinePicture:
    """One timeline's picture for one area; `renders` counts redraws (tests watch it)."""

    def __init__(self) -> None:
        self.area = pygame.Rect(0, 0, 0, 0)
        self.shapes: Shapes | None = None
        self.timeline: Timeline | None = None
        self.key_h = 0
        self.text_size = 12
        self._key: tuple[object, ...] | None = None
        self._surface: pygame.Surface | None = None
        self.renders = 0

    def layout(self, area: pygame.Rect, tl: Timeline, rows: tuple[Row, ...],
               scale: float) -> Shapes:
        """Place `rows` of `tl` in `area` (screen coordinates)."""
        self.area = pygame.Rect(area)
        self.timeline = tl
        self.text_size = max(10, min(round(15 * scale), round(area.h / max(1, len(rows)) * 0.5)))
        line = font(self.text_size).get_linesize()
        self.key_h = 2 * line + 4
        axis_h = line + 6
        label_w = max(60, min(area.w * 0.24, round(220 * scale)))
        self.shapes = place(tl, Box(area.x, area.y, area.w, area.h - self.key_h), label_w,
                            axis_h, min_tick_gap=font(self.text_size).size("2030")[0] * 1.8,
                            rows=rows)
        return self.shapes

    def hover_areas(self) -> list[HoverArea]:
        """See-through buttons' places: never overlapping (the layout test checks it)."""
        assert self.shapes is not None
        out = []
        sh = self.shapes
        for placed in sh.rows:
            if placed.h < 6:
                continue  # too thin to point at: the table says it
            out.append(HoverArea(_rect(Box(sh.label_x, placed.y + 1, sh.label_w - 4,
                                           placed.h - 2)), "row", placed.row))
            pad = max(5.0, placed.h * 0.25)
            docs = extent([x for d in placed.docs for x in (d.x0, d.x1)], placed.doc_lane, pad)
            if docs is not None:
                out.append(HoverArea(_rect(docs), "docs", placed.row))
            marks = extent([m.x for m in placed.marks], placed.game_lane, pad)
            if marks is not None:
                out.append(HoverArea(_rect(marks), "marks", placed.row))
        return out

    def picture(self, key: tuple[object, ...], palette: Palette,
                styles: Mapping[str, LineStyle], names: Mapping[str, str]) -> pygame.Surface:
        full = (key, tuple(self.area), palette.name, self.text_size)
        if self._surface is None or full != self._key:
            self._surface = self._render(palette, styles, names)
            self._key = full
            self.renders += 1
        return self._surface

    # --- drawing ----------------------------------------------------------------------

    def _render(self, palette: Palette, styles: Mapping[str, LineStyle],
                names: Mapping[str, str]) -> pygame.Surface:
        assert self.shapes is not None and self.timeline is not None
        sh = self.shapes
        surface = pygame.Surface(self.area.size)
        surface.fill(palette.background)
        ox, oy = -self.area.x, -self.area.y
        plot = _rect(sh.plot).move(ox, oy)
        f = font(self.text_size)
        neutral = palette.text
        # the game's own calendar, faintly: marks outside it are history, not play
        game = pygame.Rect(round(sh.start_x) + ox, plot.y, round(sh.game_end_x - sh.start_x),
                           plot.h)
        pygame.draw.rect(surface, mix(palette.background, palette.panel, 0.8), game)
        for n, placed in enumerate(sh.rows):
            if n % 2:
                stripe = pygame.Rect(plot.x, round(placed.y) + oy, plot.w, round(placed.h))
                surface.fill(mix(palette.background, palette.text, 0.04), stripe,
                             special_flags=0)
        for x, year in sh.ticks:
            px = round(x) + ox
            pygame.draw.line(surface, mix(palette.background, palette.muted, 0.45),
                             (px, plot.y), (px, plot.bottom))
            img = f.render(str(year), True, palette.muted)
            spot = img.get_rect(midtop=(px, plot.bottom + 3))
            spot.clamp_ip(surface.get_rect())
            surface.blit(img, spot)
        pygame.draw.line(surface, palette.muted, plot.bottomleft, plot.bottomright)
        for placed in sh.rows:
            name = fit_line(placed.row.name, f, round(sh.label_w) - 8)
            img = f.render(name, True, palette.text)
            surface.blit(img, img.get_rect(midleft=(round(sh.label_x) + ox + 4,
                                                    round(placed.y + placed.h / 2) + oy)))
            for doc in placed.docs:
                self._doc(surface, doc, (ox, oy), neutral, palette)
            for mark in placed.marks:
                self._mark(surface, mark, (ox, oy), styles, palette, sh.start_x)
        if sh.now_x is not None:
            px = round(sh.now_x) + ox
            pygame.draw.line(surface, palette.focus, (px, plot.y), (px, plot.bottom), 2)
            img = font(max(9, self.text_size - 2), bold=True).render(tr("now"), True,
                                                                    palette.focus)
            spot = img.get_rect(topleft=(px + 3, plot.y + 1))
            spot.clamp_ip(plot)
            surface.blit(img, spot)
        self._key_rows(surface, pygame.Rect(0, surface.get_height() - self.key_h,
                                            surface.get_width(), self.key_h),
                       palette, styles, names)
        return surface

    def _doc(self, surface: pygame.Surface, placed: PlacedDoc, offset: tuple[int, int],
             neutral: Colour, palette: Palette) -> None:
        doc = placed.doc
        ox, oy = offset
        cy = round(placed.y) + oy
        h = max(4, round(placed.h))
        hollow = doc.status in ("planned", "announced", "cancelled")
        if doc.shape == "band":
            rect = pygame.Rect(round(placed.x0) + ox, cy - h // 2,
                               max(3, round(placed.x1 - placed.x0)), h)
            fill = mix(palette.background, neutral, 0.18 if hollow else 0.45)
            pygame.draw.rect(surface, fill, rect)
            if doc.reading:  # hatched: the game's reading of words, not a source's date
                clip = surface.get_clip()
                surface.set_clip(rect)
                for x in range(rect.x - rect.h, rect.right, 6):
                    pygame.draw.line(surface, mix(fill, neutral, 0.5), (x, rect.bottom),
                                     (x + rect.h, rect.y))
                surface.set_clip(clip)
            _outline(surface, neutral, rect, dashed=hollow, open_left=doc.first is None)
        else:
            _diamond(surface, neutral, (round(placed.x0) + ox, cy), max(4, h // 2 + 1),
                     hollow=hollow, background=palette.background)
        if doc.status in ("failed", "cancelled"):
            x = round((placed.x0 + placed.x1) / 2) + ox
            d = max(3, h // 2)
            pygame.draw.line(surface, palette.bad, (x - d, cy - d), (x + d, cy + d), 2)
            pygame.draw.line(surface, palette.bad, (x - d, cy + d), (x + d, cy - d), 2)

    def _mark(self, surface: pygame.Surface, placed: PlacedMark, offset: tuple[int, int],
              styles: Mapping[str, LineStyle], palette: Palette, start_x: float) -> None:
        mark = placed.mark
        style = styles.get(mark.agency, LineStyle(palette.muted))
        r = max(2, round(placed.r))
        centre = (round(placed.x) + offset[0], round(placed.y) + offset[1])
        if mark.before_start:  # done before the game: a triangle pointing back in time
            x, y = centre
            points = [(x - 2 * r, y), (x, y - r), (x, y + r)]
            pygame.draw.polygon(surface, style.colour, points)
            pygame.draw.polygon(surface, palette.background, points, 1)
            return
        if style.dashed:  # a repeated colour: a square tells it from the circle
            rect = pygame.Rect(0, 0, 2 * r, 2 * r)
            rect.center = centre
            pygame.draw.rect(surface, style.colour, rect)
            pygame.draw.rect(surface, palette.background, rect, 1)
        else:
            pygame.draw.circle(surface, style.colour, centre, r)
            pygame.draw.circle(surface, palette.background, centre, r, 1)
        if mark.human:
            pygame.draw.circle(surface, palette.text, centre, r + 2, 1)

    def _key_rows(self, surface: pygame.Surface, rect: pygame.Rect, palette: Palette,
                  styles: Mapping[str, LineStyle], names: Mapping[str, str]) -> None:
        """Two lines: what each shape means, then each agency's colour."""
        top, bottom = (pygame.Rect(rect.x, rect.y + k * rect.h // 2, rect.w, rect.h // 2)
                       for k in range(2))
        shapes = legend_items()
        agencies = [(aid, names.get(aid, aid)) for aid in styles]
        for line, items in ((top, [(s, t) for s, t in shapes]),
                            (bottom, [(a, t) for a, t in agencies])):
            row = fit_row([t for _, t in items], line.w, self.text_size, 8, 6)
            f, sw = row.font, row.size
            x = line.x + 4
            for (what, text), w in zip(items, row.widths, strict=True):
                swatch = pygame.Rect(x, line.centery - sw // 2, sw, sw)
                self._swatch(surface, what, swatch, palette, styles)
                img = f.render(fit_line(text, f, max(1, line.right - swatch.right - 8)), True,
                               palette.muted)
                surface.blit(img, img.get_rect(midleft=(swatch.right + 4, line.centery)))
                x += w + row.gap

    @staticmethod
    def _swatch(surface: pygame.Surface, what: str, rect: pygame.Rect, palette: Palette,
                styles: Mapping[str, LineStyle]) -> None:
        neutral = palette.text
        if what in styles:
            style = styles[what]
            if style.dashed:
                pygame.draw.rect(surface, style.colour, rect.inflate(-4, -4))
            else:
                pygame.draw.circle(surface, style.colour, rect.center, rect.w // 2 - 1)
        elif what == "point":
            _diamond(surface, neutral, rect.center, rect.w // 2 - 1, False, palette.background)
        elif what == "band":
            band = rect.inflate(0, -rect.h // 2)
            pygame.draw.rect(surface, mix(palette.background, neutral, 0.45), band)
            _outline(surface, neutral, band, dashed=False, open_left=False)
        elif what == "planned":
            _diamond(surface, neutral, rect.center, rect.w // 2 - 1, True, palette.background)
        elif what == "failed":
            d = rect.w // 2 - 2
            x, y = rect.center
            pygame.draw.line(surface, palette.bad, (x - d, y - d), (x + d, y + d), 2)
            pygame.draw.line(surface, palette.bad, (x - d, y + d), (x + d, y - d), 2)
        else:  # achieved
            pygame.draw.circle(surface, palette.achieved, rect.center, rect.w // 2 - 1)


def _diamond(surface: pygame.Surface, colour: Colour, centre: tuple[int, int], r: int,
             hollow: bool, background: Colour) -> None:
    x, y = centre
    points = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    if hollow:
        pygame.draw.polygon(surface, background, points)
        pygame.draw.polygon(surface, colour, points, 2)
    else:
        pygame.draw.polygon(surface, colour, points)


def _outline(surface: pygame.Surface, colour: Colour, rect: pygame.Rect, dashed: bool,
             open_left: bool) -> None:
    """A band's border: dashed for a plan, without its left side when the reading has no
    start (the words set only a latest date)."""
    sides = [((rect.x, rect.y), (rect.right - 1, rect.y)),
             ((rect.right - 1, rect.y), (rect.right - 1, rect.bottom - 1)),
             ((rect.x, rect.bottom - 1), (rect.right - 1, rect.bottom - 1))]
    if not open_left:
        sides.append(((rect.x, rect.y), (rect.x, rect.bottom - 1)))
    for a, b in sides:
        if not dashed:
            pygame.draw.line(surface, colour, a, b)
            continue
        length = max(abs(b[0] - a[0]), abs(b[1] - a[1]))
        for s in range(0, length + 1, 6):
            e = min(length, s + 3)
            t0, t1 = s / max(1, length), e / max(1, length)
            pygame.draw.line(surface, colour,
                             (round(a[0] + (b[0] - a[0]) * t0), round(a[1] + (b[1] - a[1]) * t0)),
                             (round(a[0] + (b[0] - a[0]) * t1), round(a[1] + (b[1] - a[1]) * t1)))
