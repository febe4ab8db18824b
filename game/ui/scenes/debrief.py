"""The end of a game: standings, each score axis over time, discussion, and the report file.

Four views behind tab buttons (a 1024x600 projector has no room for all at once):
standings of every agency, one chart per score axis, the timeline picture (each agency's
milestones beside the documented dates, game/ui/timeline_view.py), and the scenario's
learning goals and discussion questions. The history comparison is one button away (HistoryScene).

On entering, the debrief writes the report (report.html + report.md) once into
user_data_dir()/reports/<scenario>-<seed>-<time>/ and shows where; a write failure is a
one-line message on the screen, never a crash.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from html import escape
from pathlib import Path

import pygame

from game import paths
from game.charts import agency_styles
from game.core import ranking
from game.core.rules import SCORE_AXES
from game.core.scoring import Standing
from game.dates import date_of
from game.headless.report import end_reason, write_report
from game.i18n import tr
from game.ranking_words import budget_rule, reasons, shown_change, shown_factor, shown_points
from game.readings import difficulty_word
from game.score_axes import CHART_AXES, axis_name
from game.ui import intents, layout
from game.ui.charts import Series, line_chart
from game.ui.emblems import emblem_image, session_emblems
from game.ui.scene import Scene
from game.ui.timeline_view import TimelineView
from game.ui.widgets.labels import short_if_cut
from game.ui.widgets.text_fit import TextFont
from game.ui.widgets.text_fit import fit_line as _fit
from game.ui.widgets.text_height import text_box_height

AXES: tuple[str, ...] = CHART_AXES
VIEWS: tuple[str, ...] = ("standings", "charts", "timeline", "discussion")


def axis_meaning(axis: str) -> str:
    """What an axis counts, and that its numbers are the game's own (not history)."""
    return {
        "total": tr("The ranking score: the four axes weighted, then evened out for the size "
                    "of each agency's budget (a game rule; a game value, not history)"),
        "science": tr("Points each turn for the science of every milestone achieved "
                      "(a game value)"),
        "prestige": tr("Points for each milestone achieved, more for being first "
                       "(a game value)"),
        "cooperation": tr("Points each turn in a bloc, more with partners' trust "
                          "(a game value)"),
        "budget_health": tr("0-100: how little money was wasted or lost, averaged over the "
                            "turns (a game value)"),
    }.get(axis, tr("A game value"))


def report_folder(scenario_id: str, seed: int, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return paths.user_data_dir() / "reports" / f"{scenario_id}-{seed}-{stamp}"


class DebriefScene(Scene):
    name = "debrief"

    def __init__(self, report_time: dt.datetime | None = None) -> None:
        super().__init__()
        # the report folder's time stamp; screenshots pass a fixed one so the PNG is stable
        self.report_time = report_time
        self.view = "standings"
        self.axis = "total"
        self.report_path: Path | None = None
        self.report_folder: Path | None = None
        self.report_error: str | None = None
        self._charts: dict[tuple[object, ...], pygame.Surface] = {}
        self._chart_rect = pygame.Rect(0, 0, 0, 0)
        # the game's dates beside the documented ones, drawn (no "now": the game is over)
        self.timeline_view = TimelineView(now=False, min_row=0)

    # --- lifecycle -------------------------------------------------------------------

    def on_enter(self) -> None:
        self.write_report()

    def write_report(self) -> None:
        """Write report.html and report.md once; remember the path or the one-line reason."""
        session = self.app.session
        if session is None or self.report_path is not None:
            return
        if not session.is_over:
            self.report_error = tr("The game is not over yet, so no report was written.")
            return
        state = session.state
        # Written again after the activity: into the folder of the first write.
        folder = self.report_folder or report_folder(state.scenario_id, state.seed,
                                                     self.report_time)
        self.report_folder = folder
        try:
            # in this window's chart colours, so each team's line matches the Charts tab
            html_path, _ = write_report(session.engine, folder, self._report_teams(),
                                        self.app.palette.chart)
        except Exception as error:  # any failure is a one-line message, never a crash
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            self.report_error = tr("The report could not be written: {reason}", reason=first)
            return
        self.report_path = html_path
        self.report_error = None

    def _report_teams(self) -> dict[str, str] | None:
        teams = getattr(self.app.session, "teams", None) or {}
        return {agency: team for team, agency in teams.items()} or None

    def build(self, rect: pygame.Rect) -> None:
        u = self.app.units
        self._chart_rect = pygame.Rect(0, 0, 0, 0)
        self.timeline_view.shown = False
        body = layout.inset(rect, u.margin)
        head, rest = layout.split_top(body, u.row * 2, u.gap)
        tabs, rest = layout.split_top(rest, u.button, u.gap)
        content, foot = layout.split_bottom(rest, u.button, u.gap)
        session = self.app.session
        if session is None:
            self.label(head, tr("No game to debrief."))
            self._footer(foot)
            return
        self._header(head)
        self._tabs(tabs)
        if self.view == "standings":
            self._standings(content)
        elif self.view == "charts":
            self._chart_view(content)
        elif self.view == "timeline":
            self.timeline_view.build(self, content)
        else:
            self._discussion(content)
        self._footer(foot)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.app.palette.background)
        if self.view == "charts" and self._chart_rect.w > 0:
            surface.blit(self.chart_surface(self.axis, self._chart_rect.size), self._chart_rect)
        if self.view == "timeline":
            self.timeline_view.draw(self, surface)

    def back(self) -> None:
        pass  # the game is over: leaving is a choice among the buttons, not a stray Esc

    # --- parts -----------------------------------------------------------------------

    def _header(self, head: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        state = session.state
        title, sub = layout.rows(head, 2)
        font = self.app.manager.get_theme().get_font(["#heading"])
        text = tr("Debrief: {t}", t=session.scenario.scenario.title)
        self.label(title, _fit(text, font, title.w - 8), object_id="#heading", tooltip=text)
        sub_text = tr("Seed {seed}, {diff} difficulty, {n} turns; {why}", seed=state.seed,
                      diff=difficulty_word(state.difficulty), n=state.turn_count,
                      why=end_reason(state.end_reason))
        small = self.app.manager.get_theme().get_font(["label"])
        self.label(sub, _fit(sub_text, small, sub.w - 8), object_id="#left", tooltip=tr(
            "The seed replays this game exactly: the same seed and the same choices give the "
            "same game"))

    def _tabs(self, area: pygame.Rect) -> None:
        names = {"standings": tr("Standings"), "charts": tr("Charts"),
                 "timeline": tr("Timeline"), "discussion": tr("Discussion")}
        tips = {"standings": tr("Every agency's final score, axis by axis"),
                "charts": tr("Each score axis over the turns of the game"),
                "timeline": tr("Each agency's milestones on a time axis beside the "
                               "documented dates: ahead of history or behind"),
                "discussion": tr("Learning goals and questions for the class")}
        u = self.app.units
        gap, count = u.gap, len(VIEWS)
        tab_w, map_w, judge_w = (round(w * u.scale) for w in (200, 110, 200))
        if tab_w * count + map_w + judge_w + gap * (count + 1) <= area.w:
            # the views from the left, the map and the judge button at the far end
            strip = pygame.Rect(area.x, area.y, tab_w * count + gap * (count - 1), area.h)
            tabs = layout.columns(strip, count, gap)
            moon = pygame.Rect(area.right - judge_w - gap - map_w, area.y, map_w, area.h)
            judge = pygame.Rect(area.right - judge_w, area.y, judge_w, area.h)
        else:  # a small window or large text: every button keeps its share of the row
            *tabs, moon, judge = layout.columns(area, [tab_w] * count + [map_w, judge_w], gap)
        for view, cell in zip(VIEWS, tabs, strict=True):
            b = self.button(cell, names[view], partial(self.show, view), tooltip=tips[view])
            if view == self.view:
                b.select()
        self.button(moon, tr("Map"), self.open_moon_map, enabled=self.app.session is not None,
                    tooltip=tr("The Moon's near and far side, with every landing at its site"))
        button = self.button(judge, tr("Judge the sources"), self.judge_sources,
                             tooltip=tr("Judge the sources: the class activity on the news "
                                        "reports; its results are added to this game's "
                                        "report"))
        short_if_cut(button, tr("Sources"))  # larger text on the smallest window

    def _standings(self, area: pygame.Rect) -> None:
        """One row per agency (raw total, budget adjustment, total, the axes, firsts), and
        under it, in words, why it ranked there. The budget rule is said on the screen, not
        only in a tooltip: it is what most often surprises a class."""
        session = self.app.session
        assert session is not None
        u = self.app.units
        # Columns are as wide as their texts; on a small window with larger text they
        # cannot all be, and a text cut short ends in an ellipsis, whole in its tooltip.
        font = self.app.manager.get_theme().get_font(["label"])
        teams = self._report_teams() or {}
        placings = ranking.explain(session.engine.rules, session.state)
        headers = [
            (tr("Rank"), tr("Place by total score")),
            (tr("Agency"), tr("Each agency of the scenario; yours is marked")),
            (tr("Raw total"), tr("The four axes weighted, before the budget adjustment "
                                 "(game values)")),
            (tr("Budget adjustment"), tr("What the raw total is multiplied by for the size "
                                         "of the agency's budget (a game rule)")),
            (tr("Total"), axis_meaning("total")),
            *[(axis_name(a), axis_meaning(a)) for a in SCORE_AXES],
            (tr("Firsts"), tr("Milestones this agency achieved before anyone else in the game")),
        ]
        line_h = u.row
        width = max(100, area.w - 24)
        rule_html = escape(budget_rule(session.engine.rules))
        rule_h = text_box_height(self.app.manager, rule_html, width)
        why_html = [self._why_html(p) for p in placings]
        why_h = [text_box_height(self.app.manager, html, width) for html in why_html]
        standings = {s.agency: s for s in session.engine.standings()}
        height = rule_h + line_h + sum(line_h + h + u.gap for h in why_h) + u.gap
        box = self.scroller(area, height)
        self.textbox(pygame.Rect(0, 0, width, rule_h), rule_html, container=box)
        y = rule_h + u.gap
        rows = [headers, *(self._standing_cells(place, standings[place.agency], teams,
                                               len(placings)) for place in placings)]
        weights = _column_weights(rows, font)
        weights[1] += line_h  # room for the emblem before each agency's name
        cols = layout.columns(pygame.Rect(0, y, width, line_h), weights, u.gap)
        badges = session_emblems(self.app)
        for col, (text, tip) in zip(cols, headers, strict=True):
            self.label(col, _fit(text, font, col.w - 8), tooltip=f"{text}: {tip}",
                       container=box, object_id="#left")
        y += line_h
        for place, values, html, h in zip(placings, rows[1:], why_html, why_h, strict=True):
            for k, (col, (text, tip)) in enumerate(zip(cols, values, strict=True)):
                cell = col.move(0, y - cols[0].y)
                if k == 1 and place.agency in badges:
                    # the agency's emblem in its chart colour, then its name
                    badge, cell = layout.columns(cell, [line_h, max(1, cell.w - line_h)])
                    emblem_image(self, badge.inflate(-4, -4), badges[place.agency],
                                 container=box)
                self.label(cell, _fit(text, font, cell.w - 8),
                           tooltip=tip, container=box, object_id="#left")
            y += line_h
            self.textbox(pygame.Rect(0, y, width, h), html, container=box)
            y += h + u.gap

    def _standing_cells(self, place: ranking.Placing, s: Standing, teams: dict[str, str],
                        count: int) -> list[tuple[str, str]]:
        """(text, tooltip) of each cell of one agency's row."""
        name = s.name
        if s.human:
            team = teams.get(s.agency)
            name = tr("{team} ({a})", team=team, a=s.name) if team else \
                tr("{a} (you)", a=s.name)
        return [
            (str(place.rank), tr("Place {r} of {n} by total score", r=place.rank, n=count)),
            (name, tr("Played by a team in this room") if s.human
             else tr("Played by the computer")),
            (shown_points(place.raw_total), tr("Points earned: the axes weighted")),
            (shown_factor(place.budget_factor),
             tr("The budget adjustment: {d} points", d=shown_change(place.adjustment))),
            (shown_points(place.total), axis_meaning("total")),
            *[(shown_points(s.axes[a]), axis_meaning(a)) for a in SCORE_AXES],
            (str(len(place.firsts)), tr("Milestones first achieved in the game by {a}",
                                        a=s.name)),
        ]

    def _why_html(self, place: ranking.Placing) -> str:
        session = self.app.session
        assert session is not None
        return "<br>".join(escape(line) for line in reasons(place, session.engine.rules))

    def _chart_view(self, area: pygame.Rect) -> None:
        u = self.app.units
        picker, rest = layout.split_top(area, u.button, u.gap)
        width = min((picker.w - u.gap * (len(AXES) - 1)) // len(AXES), round(180 * u.scale))
        strip = pygame.Rect(picker.x, picker.y, width * len(AXES) + u.gap * (len(AXES) - 1),
                            picker.h)
        for axis, cell in zip(AXES, layout.columns(strip, len(AXES), u.gap), strict=True):
            b = self.button(cell, axis_name(axis), partial(self.pick_axis, axis),
                            tooltip=axis_meaning(axis))
            if axis == self.axis:
                b.select()
        chart, note = layout.split_bottom(rest, u.row, u.gap)
        self._chart_rect = chart
        font = self.app.manager.get_theme().get_font(["label"])
        text = tr("{axis}: {meaning}", axis=axis_name(self.axis),
                  meaning=axis_meaning(self.axis))
        self.label(note, _fit(text, font, note.w - 8), tooltip=text, object_id="#left")

    def _discussion(self, area: pygame.Rect) -> None:
        session = self.app.session
        assert session is not None
        info = session.scenario.scenario
        parts = []
        if info.fiction:
            parts.append(f"<b>{escape(tr('What is invented here'))}</b><br>"
                         f"{escape(info.fiction)}<br><br>")
        if info.discussion_questions:
            parts.append(f"<b>{escape(tr('Questions for the class'))}</b><br>")
            parts += [f"{n}. {escape(q)}<br>" for n, q in
                      enumerate(info.discussion_questions, start=1)]
            parts.append("<br>")
        if info.learning_goals:
            parts.append(f"<b>{escape(tr('What this scenario teaches'))}</b><br>")
            parts += [f"\u2022 {escape(g)}<br>" for g in info.learning_goals]
        if not parts:
            parts.append(escape(tr("This scenario has no discussion questions.")))
        self.textbox(area, "".join(parts))

    def _footer(self, foot: pygame.Rect) -> None:
        u = self.app.units
        width = min(round(150 * u.scale), foot.w // 5)
        buttons_w = width * 3 + u.gap * 2
        note = pygame.Rect(foot.x, foot.y, max(0, foot.w - buttons_w - u.gap), foot.h)
        buttons = pygame.Rect(foot.right - buttons_w, foot.y, buttons_w, foot.h)
        history, title, quit_ = layout.columns(buttons, 3, u.gap)
        font = self.app.manager.get_theme().get_font(["label"])
        if self.report_path is not None:
            # The folder's name says which game it is; the whole path is in the tooltip.
            lead = tr("Report written: {folder}", folder="")
            folder = _fit_left(self.report_path.parent.name, font,
                               note.w - 8 - font.size(lead)[0])
            tip = tr("{path}: open report.html in a browser; it works offline",
                     path=self.report_path)
            self.label(note, tr("Report written: {folder}", folder=folder), tooltip=tip,
                       object_id="#left")
        elif self.report_error:
            self.label(note, _fit(self.report_error, font, note.w - 8),
                       tooltip=self.report_error, object_id="#error")
        # A second Enter from the last turn report lands here: it must open something
        # harmless (the history), never leave the debrief before the class has read it.
        first = self.button(history, tr("History"), self.open_history,
                            tooltip=tr("Your dates beside the documented timeline"),
                            enabled=self.app.session is not None)
        self.button(title, tr("Title"), self.to_title,
                    tooltip=tr("Back to the title screen; the report stays on disk"))
        self.button(quit_, tr("Quit"), self.app.quit, tooltip=tr("Close Moonward"))
        self.focus_on(first)

    # --- actions ---------------------------------------------------------------------

    def show(self, view: str) -> None:
        self.view = view
        self.refresh()

    def pick_axis(self, axis: str) -> None:
        self.axis = axis
        self.refresh()

    def open_history(self) -> None:
        self.go(intents.History())

    def open_moon_map(self) -> None:
        self.go(intents.MoonMap())

    def judge_sources(self) -> None:
        self.go(intents.JudgeSources(), on_result=lambda _: self.rewrite_report())

    def rewrite_report(self) -> None:
        """Write the report again, into the same folder, so it holds the activity's results."""
        if self.report_path is None:
            return
        self.report_path = None
        self.write_report()
        self.refresh()

    def to_title(self) -> None:
        self.go(intents.Title())

    # --- charts ----------------------------------------------------------------------

    def chart_surface(self, axis: str, size: tuple[int, int]) -> pygame.Surface:
        """The chart for one axis at one size, drawn once and kept (draw runs every frame)."""
        palette = self.app.palette
        font_size = max(10, round(14 * self.app.units.scale))
        key = (axis, size, palette.name, font_size)
        cached = self._charts.get(key)
        if cached is None:
            if len(self._charts) >= len(AXES) * 2:
                self._charts.clear()  # only the current window size is worth keeping
            labels, series = self.chart_data(axis)
            cached = line_chart(size, labels, series, palette, font_size)
            self._charts[key] = cached
        return cached

    def chart_data(self, axis: str) -> tuple[list[str], list[Series]]:
        session = self.app.session
        assert session is not None
        engine, state = session.engine, session.state
        teams = self._report_teams() or {}
        shown = [(aid, agency) for aid, agency in session.scenario.agencies.items()
                 if aid in state.agencies]
        # A team called Red gets a red line (when the palette has one): the class looks
        # for its own colour first. The report's charts ask the same, in the same order.
        styles = agency_styles([aid for aid, _ in shown], teams, self.app.palette.chart)
        series = []
        for aid, agency in shown:
            colour, dashed = styles[aid].colour, styles[aid].dashed
            values = tuple(state.history.get(aid, {}).get(axis, []))
            human = aid in state.humans
            name = agency.short
            if human:
                team = teams.get(aid)
                name = tr("{team} ({a})", team=team, a=agency.short) if team else \
                    tr("{a} (you)", a=agency.short)
            series.append(Series(name, values, colour, highlight=human, dashed=dashed))
        turns = max((len(s.values) for s in series), default=0)
        labels = [date_of(engine, t) for t in range(turns)]
        return labels, series


def _column_weights(rows: list[list[tuple[str, str]]], font: TextFont) -> list[float]:
    """Each column as wide as its widest text (header or cell), with a little room: the
    header "Budget adjustment" is long, a rank is one digit."""
    return [max(font.size(row[i][0])[0] for row in rows) + 16.0 for i in range(len(rows[0]))]


def _fit_left(text: str, font: TextFont, width: int) -> str:
    """Like _fit, but keeps the end (a path's folder name matters more than its start)."""
    if font.size(text)[0] <= width:
        return text
    while len(text) > 1 and font.size("\u2026" + text)[0] > width:
        text = text[1:]
    return "\u2026" + text

