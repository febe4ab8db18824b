"""The Moon map: the near and far side, with every landing the sources report and every
landing made in this game at its site.

Rings are documented landings (the scenario's history), dots this game's, each in its
agency's colour (the score charts' colours, game/charts.py). Each marker has a see-through
button over it: hover shows its tooltip, Tab reaches it, Enter or a click shows its words in
the panel on the right (mission, date, site, claim kind and sources, and "game value" where
the point is the game's). Opened from the turn screen (M) and the debrief; Esc or Back closes.
The picture is drawn once per game version and size (game/ui/moon_map_picture.py).
"""

from __future__ import annotations

from functools import partial

import pygame
from pygame_gui.elements import UIButton

from game.charts import Colour, agency_styles
from game.citations import source_list
from game.i18n import tr, trn
from game.moon_map import SIDES, Marker, markers, unplaced
from game.moon_map_words import legend_words, marker_caption, marker_title, side_names
from game.ui import layout
from game.ui.moon_map_picture import OUTLINE, MapGeometry, draw_marker, geometry, render
from game.ui.scene import Scene
from game.ui.widgets import theme_extra
from game.ui.widgets.labels import fitted_label
from game.ui.widgets.tips import esc, lines


class MoonMapScene(Scene):
    name = "moon_map"

    def __init__(self) -> None:
        super().__init__()
        self.selected: int | None = None
        self.shown: list[Marker] = []
        self.marker_buttons: list[UIButton] = []
        self.colours: dict[str, Colour] = {}
        self.map_rect = pygame.Rect(0, 0, 0, 0)
        self.geo: MapGeometry | None = None
        self.pips: frozenset[str] = frozenset()  # agencies drawn with a dark centre
        self.shapes: list[tuple[pygame.Rect, Marker]] = []  # the legend's ring and dot
        self.swatches: list[tuple[pygame.Rect, str]] = []  # the legend's agency colours
        self._key: tuple[object, ...] | None = None
        self._picture: pygame.Surface | None = None
        self.renders = 0  # how often the picture was drawn (tests watch the cache)

    # --- what is shown -------------------------------------------------------------------

    def read_markers(self) -> list[Marker]:
        """The markers as the agency at the keyboard may know them (hot-seat hides another
        team's landing of the turn being played, as its news does)."""
        session = self.app.session
        assert session is not None
        engine = session.engine
        known = {aid: engine.known_achieved(session.agency, aid)
                 for aid in session.state.agencies}
        return markers(session.scenario, known)

    def agency_colours(self) -> tuple[dict[str, Colour], frozenset[str]]:
        """Each agency's colour as the score charts draw it, and those whose chart line is
        dashed (the colours ran out): their markers get a dark centre instead."""
        session = self.app.session
        assert session is not None
        teams = {agency: team for team, agency in session.teams.items()}
        order = [aid for aid in session.scenario.agencies if aid in session.state.agencies]
        styles = agency_styles(order, teams, self.app.palette.chart)
        return ({aid: style.colour for aid, style in styles.items()},
                frozenset(aid for aid, style in styles.items() if style.dashed))

    # --- layout ----------------------------------------------------------------------------

    def build(self, rect: pygame.Rect) -> None:
        session = self.app.session
        u = self.app.units
        theme_extra.ensure(self.app.manager, u.scale)
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row, u.gap)
        rest, foot = layout.split_bottom(rest, u.button, u.gap)
        fitted_label(self, head, tr("The Moon: where the landings are"), object_id="#heading")
        back_w = min(foot.w // 3, round(200 * u.scale))
        back = self.button(pygame.Rect(foot.right - back_w, foot.y, back_w, foot.h),
                           tr("Back"), lambda: self.dismiss(None),
                           tooltip=tr("Close the map (Esc)"))
        if session is None:
            self.label(rest, tr("No game is being played."))
            self.focus_on(back)
            return
        scenario = session.scenario
        self.shown = self.read_markers()
        self.colours, self.pips = self.agency_colours()
        if self.selected is not None and self.selected >= len(self.shown):
            self.selected = None
        picture_area, side = layout.columns(rest, [2.4, 1], gap=u.gap)
        names_row, self.map_rect = layout.split_top(picture_area, u.row, u.gap // 2)
        self.geo = geometry(self.map_rect.size)
        near_name, far_name = side_names()
        for side_id, text in zip(SIDES, (near_name, far_name), strict=True):
            cx = self.map_rect.x + self.geo.centres[side_id][0]
            w = min(self.geo.radius * 2, names_row.w // 2)
            fitted_label(self, pygame.Rect(cx - w // 2, names_row.y, w, names_row.h), text)
        self.marker_buttons = []
        points = [self.geo.point(m) for m in self.shown]
        for i, m in enumerate(self.shown):
            x, y = points[i]
            hit = self.hit_size(points, i)
            cell = pygame.Rect(0, 0, hit, hit)
            cell.center = (self.map_rect.x + x, self.map_rect.y + y)
            caption = marker_caption(scenario, session.engine.rules.calendar, m)
            tip = lines(f"<b>{esc(caption[0])}</b>", *(esc(line) for line in caption[1:]))
            self.marker_buttons.append(self.button(cell, "", partial(self.select, i),
                                                   tooltip=tip, object_id="#graph_node"))
        self._side_panel(side)
        note = pygame.Rect(foot.x, foot.y, max(1, foot.w - back_w - u.gap), foot.h)
        fitted_label(self, note, tr("Where no report gives coordinates, a marker's exact "
                                    "point is the game's (a game value)."))
        if self.selected is not None:
            self.focus_on(self.marker_buttons[self.selected])
        elif self.marker_buttons:
            self.focus_on(self.marker_buttons[0])
        else:
            self.focus_on(back)

    def hit_size(self, points: list[tuple[int, int]], i: int) -> int:
        """A marker's button: a square a little larger than the marker, but never reaching
        a neighbour's (squares at Chebyshev distance d are apart if each is at most d)."""
        assert self.geo is not None
        size = self.geo.marker * 2 + 6
        x, y = points[i]
        for j, (px, py) in enumerate(points):
            if j != i and self.shown[j].side == self.shown[i].side:
                size = min(size, max(abs(px - x), abs(py - y)))
        return max(2, size)

    def _side_panel(self, area: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        u = self.app.units
        scenario = session.scenario
        # legend rows as low as their font allows (Chinese needs more): the panel below
        # needs the room
        line = self.app.manager.get_theme().get_font(["#small_left"]).get_rect("Ag国").height
        small = max(16, round(u.row * 0.62), line + 8)
        swatch = max(10, small * 2 // 3)
        self.shapes, self.swatches = [], []
        for kind, text in zip(("documented", "played"), legend_words(), strict=True):
            cell, area = layout.split_top(area, small, u.gap // 3)
            shape = Marker(kind, "near", 0, 0, 0, 0, "", "game", "game_value", (),  # type: ignore[arg-type]
                           None, None, "game_value", ())
            self.shapes.append((pygame.Rect(cell.x, cell.centery - swatch // 2, swatch,
                                            swatch), shape))
            fitted_label(self, pygame.Rect(cell.x + swatch + 6, cell.y,
                                           max(1, cell.w - swatch - 6), cell.h), text,
                         object_id="#small_left")
        on_map = list(dict.fromkeys(m.agency for m in self.shown if m.agency))
        for aid in on_map:
            if area.h < small * 2 + u.row * 2:
                break
            cell, area = layout.split_top(area, small, u.gap // 3)
            self.swatches.append((pygame.Rect(cell.x, cell.centery - swatch // 2, swatch,
                                              swatch), aid))
            agency = scenario.agencies[aid]
            name = (tr("{a} (you)", a=agency.short) if aid == session.agency
                    else agency.short)
            fitted_label(self, pygame.Rect(cell.x + swatch + 6, cell.y,
                                           max(1, cell.w - swatch - 6), cell.h), name,
                         tooltip=agency.name, object_id="#small_left")
        missing = unplaced(scenario)
        if missing:
            cell, area = layout.split_top(area, small, u.gap // 3)
            tip = lines(*(esc(f"{e.text} ({source_list(scenario, e.sources)})")
                          for e in missing))
            fitted_label(self, cell, trn("{n} reported landing names no place",
                                         "{n} reported landings name no place",
                                         len(missing), n=len(missing)),
                         tooltip=tip, object_id="#small_left")
        area = pygame.Rect(area.x, area.y + u.gap // 2, area.w, max(1, area.h - u.gap // 2))
        if self.selected is None:
            text = esc(tr("Point at a marker, or press Tab and Enter, to read where it "
                          "comes from."))
        else:
            caption = marker_caption(scenario, session.engine.rules.calendar,
                                     self.shown[self.selected])
            text = lines(f"<b>{esc(caption[0])}</b>", *(esc(line) for line in caption[1:]))
        self.detail = self.textbox(area, text)

    def select(self, index: int) -> None:
        self.selected = index
        self.refresh()

    def selected_title(self) -> str | None:
        session = self.app.session
        if session is None or self.selected is None:
            return None
        return marker_title(session.scenario, self.shown[self.selected])

    # --- drawing -----------------------------------------------------------------------

    def picture(self) -> pygame.Surface:
        session = self.app.session
        assert session is not None and self.geo is not None
        palette = self.app.palette
        key = (id(session), session.version, self.map_rect.size, palette.name,
               tuple(sorted(self.colours.items())), self.pips, tuple(self.shown))
        if self._picture is None or key != self._key:
            self._picture = render(self.map_rect.size, self.shown, self.colours,
                                   palette.background, palette.muted, self.pips)
            self._key = key
            self.renders += 1
        return self._picture

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.app.session is None or self.geo is None:
            return
        surface.blit(self.picture(), self.map_rect.topleft)
        palette = self.app.palette
        for cell, shape in self.shapes:  # the legend's ring and dot, in the text colour
            draw_marker(surface, shape, cell.center, max(3, cell.w // 2 - 2), palette.text)
        for cell, aid in self.swatches:
            pygame.draw.rect(surface, self.colours.get(aid, palette.muted), cell)
            if aid in self.pips:
                pygame.draw.circle(surface, OUTLINE, cell.center, max(2, cell.w // 5))
        if self.selected is not None and self.selected < len(self.shown):
            x, y = self.geo.point(self.shown[self.selected])
            pygame.draw.circle(surface, palette.focus,
                               (self.map_rect.x + x, self.map_rect.y + y),
                               self.geo.marker + 7, 2)
