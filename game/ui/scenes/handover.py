"""The hot-seat cover: the next team takes the mouse without seeing the last team's plans.

Opaque on purpose (`transparent = False`): the dashboard under it is not drawn at all.
"""

from __future__ import annotations

import pygame
from pygame_gui.elements import UILabel

from game.dates import date_of
from game.i18n import tr
from game.ui import layout
from game.ui.scene import Scene
from game.ui.scenes.menu_parts import fit_text


class HandoverScene(Scene):
    name = "handover"
    transparent = False

    def __init__(self, team_name: str, agency: str) -> None:
        super().__init__()
        self.team_name = team_name
        self.agency = agency

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        session = self.app.session
        assert session is not None
        agency_name = session.agency_name(self.agency)
        date = date_of(session.engine)
        box = layout.centered(rect, round(760 * u.scale), u.title * 2 + u.row * 4 + u.button * 2
                              + u.gap * 7)
        rows = layout.rows(box, [1, 1.6, 1, 1, 1, 1, 0.3, 1.6], gap=u.gap)
        when, who, agency_line, hint, order_line, rotates, _, start = rows
        turn = session.state.turn + 1
        over = session.is_over  # the cover before a team's last report, not a new turn
        # over, the calendar already points past the end: name the last turn played
        last = date_of(session.engine, session.state.turn_count - 1)
        when_text = tr("The game is over after {date}", date=last) if over else tr(
            "{date} (turn {n} of {total})", date=date, n=turn, total=session.state.turn_count)
        self.label(when, when_text,
                   tooltip=tr("The game calendar: each turn is {m} months from {start} "
                              "(the scenario's start date)",
                              m=session.scenario.scenario.turn_months,
                              start=session.scenario.scenario.start))
        title = self.label(who, tr("Last report of {team}", team=self.team_name) if over
                           else tr("Turn of {team}", team=self.team_name), object_id="#title")
        _centre_text(title, who)
        self.label(agency_line, agency_name)
        self.label(hint, tr("Pass the mouse to {team}. The other teams look away.",
                            team=self.team_name))
        if not over:
            self._order(order_line, rotates, session.turn_order())
        width = min(start.w, round(420 * u.scale))
        go = self.button(layout.centered(start, width, start.h),
                         tr("We are {team}, show it", team=self.team_name) if over
                         else tr("We are {team}, start", team=self.team_name),
                         lambda: self.dismiss(True),
                         tooltip=tr("Show {team}'s last turn report; the debrief follows "
                                    "the last team's", team=self.team_name) if over
                         else tr("Show {team}'s screen", team=self.team_name))
        self.focus_on(go)

    def _order(self, order_line: pygame.Rect, rotates: pygame.Rect, order: list[str]) -> None:
        """This turn's playing order, and why it changes: the class sees that the team
        launching first (and so winning a race for a 'first') is not always the same."""
        names = ", ".join(tr("{n}. {team}", n=i, team=team)
                              for i, team in enumerate(order, 1))
        fit_text(self.label(order_line, tr("Order this turn: {teams}", teams=names)))
        fit_text(self.label(rotates, tr("The order moves on by one team every turn, so no "
                                        "team always launches first."),
                            tooltip=tr("Turn 1 starts with the first team, turn 2 with the "
                                       "second, and so on round the class.")))

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.app.palette.background)

    def back(self) -> None:
        pass  # Esc must not reveal the dashboard: only the start button does


def _centre_text(label: UILabel, row: pygame.Rect) -> None:
    """The #title style aligns left; the cover wants its big line centred, so shrink the
    label to its text and centre it in the row."""
    font = label.font
    if font is None:  # no font to measure with: leave the label as it is
        return
    try:
        width = font.get_rect(label.text).width
    except (AttributeError, TypeError, pygame.error):
        return
    width = min(row.w, width + 24)
    label.set_dimensions((width, row.h))
    label.set_position((row.centerx - width // 2, row.y))
