"""The timeline picture as a part of a screen: History and the debrief both show it.

`build` places the picture in an area and lays see-through buttons over each row's name,
its documented marks and its game marks (tooltips with the texts and sources; Tab reaches
them); `draw` blits the cached picture. Long scenarios are shown a page of rows at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game import i18n
from game.charts import LineStyle, agency_styles
from game.timeline import Row, Timeline, build
from game.timeline_words import doc_lines, legend_tip, mark_lines, names, row_lines
from game.ui.widgets import theme_extra
from game.ui.widgets.timeline_picture import HoverArea, TimelinePicture
from game.ui.widgets.tips import esc, lines

if TYPE_CHECKING:
    from pygame_gui.elements import UIButton

    from game.ui.scene import Scene


@dataclass
class TimelineView:
    now: bool  # a "now" line at the turn being played (History during a game)
    # the smallest row height (scaled) before rows go on a next page; 0: all on one page
    # (the debrief has no page buttons: its rows get thinner instead)
    min_row: int = 20
    page: int = 0
    pages: int = 1
    picture: TimelinePicture = field(default_factory=TimelinePicture)
    timeline: Timeline | None = None
    buttons: list[tuple[HoverArea, UIButton]] = field(default_factory=list)
    styles: dict[str, LineStyle] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    shown: bool = False

    def build(self, scene: Scene, area: pygame.Rect) -> None:
        app = scene.app
        session = app.session
        assert session is not None
        theme_extra.ensure(app.manager, app.units.scale)
        teams = {agency: team for team, agency in (session.teams or {}).items()}
        tl = build(session.engine, session.agency, now=self.now)
        self.timeline = tl
        self.styles = agency_styles(list(tl.agencies), teams, app.palette.chart)
        self.names = names(session.scenario, tl, None if teams else session.agency, teams)
        rows = tl.rows
        per_page = max(3, (area.h - round(70 * app.units.scale)) //
                       max(1, round(self.min_row * app.units.scale))) if self.min_row \
            else max(1, len(rows))
        self.pages = max(1, -(-len(rows) // per_page))
        self.page = max(0, min(self.page, self.pages - 1))
        shown = rows[self.page * per_page:(self.page + 1) * per_page]
        self.picture.layout(area, tl, shown, app.units.scale)
        self.buttons = []
        for hover in self.picture.hover_areas():
            button = scene.button(hover.rect, "", lambda: None,
                                  tooltip=self.tooltip(scene, hover), object_id="#graph_node")
            self.buttons.append((hover, button))
        self.shown = True

    def tooltip(self, scene: Scene, hover: HoverArea) -> str:
        session = scene.app.session
        assert session is not None and self.timeline is not None
        scenario = session.scenario
        row: Row = hover.row
        if hover.kind == "row":
            return lines(*(esc(t) for t in row_lines(scenario, row)), esc(legend_tip()))
        if hover.kind == "docs":
            return "<br><br>".join(lines(*(esc(t) for t in doc_lines(scenario, d)))
                                   for d in row.docs)
        return lines(esc(row.name), *(esc(t) for m in row.marks
                                     for t in mark_lines(self.timeline.start, m,
                                                         self.names.get(m.agency, m.agency))))

    def key(self, scene: Scene) -> tuple[object, ...]:
        session = scene.app.session
        return (id(session), getattr(session, "version", 0), self.page, i18n.language())

    def draw(self, scene: Scene, surface: pygame.Surface) -> None:
        if not self.shown or self.picture.shapes is None:
            return
        image = self.picture.picture(self.key(scene), scene.app.palette, self.styles,
                                     self.names)
        surface.blit(image, self.picture.area.topleft)
