"""The debrief at the end of a game: standings, charts, discussion, and the report file."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from game import paths
from game.charts import hex_colour
from game.core import commands as cmd
from game.ui.scene import Scene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.history import HistoryScene
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver, element_text, layout_problems, visible_elements

CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"


def finished_game(agency: str = "esa", seed: int = 11) -> Session:
    """The 8-turn classroom game played to its end: the human only answers and ends turns."""
    session = Session.new(Path(CLASSROOM), agency, seed=seed)
    while not session.is_over:
        for waiting in session.engine.pending(agency):
            if waiting.kind == "event":
                session.apply(cmd.AnswerEvent(agency=agency, event=waiting.ref, choice=0))
            else:
                session.apply(cmd.JoinBloc(agency=agency, bloc=waiting.ref))
        assert session.apply(cmd.EndTurn(agency=agency)).ok
    return session


class Board(Scene):
    name = "board"


def open_debrief(app_factory, size=(1280, 720), session=None):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.session = session or finished_game()
    app.push(Board())
    app.push(DebriefScene())
    Driver(app).step(2)
    return app


def texts(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [element_text(e) for e in visible_elements(app)]


def reports() -> list[Path]:
    return sorted((paths.user_data_dir() / "reports").glob("*/report.html"))


def test_the_standings_show_every_agency_and_mark_the_human(app_factory) -> None:
    app = open_debrief(app_factory)
    shown = texts(app)
    for agency in app.session.scenario.agencies.values():
        assert agency.short in shown or f"{agency.short} (you)" in shown
    assert "ESA (you)" in shown
    assert shown.count("1") >= 1 and "Budget health" in shown


def test_every_number_in_the_standings_says_what_it_is(app_factory) -> None:
    app = open_debrief(app_factory)
    total = f"{app.session.engine.standings()[0].total:g}"
    cell = next(e for e in visible_elements(app) if element_text(e) == total)
    assert "game value" in (cell.tool_tip_text or "")


def test_the_report_is_written_once_under_the_private_home(app_factory) -> None:
    app = open_debrief(app_factory)
    found = reports()
    assert len(found) == 1
    assert found[0].parent.name.startswith("classroom_2021-11-")
    assert (found[0].parent / "report.md").is_file()
    scene = app.top
    assert scene.report_path == found[0]
    app.resize((1024, 600))
    Driver(app).step(2)
    assert reports() == found
    label = next(e for e in visible_elements(app)
                 if element_text(e).startswith("Report written: "))
    assert element_text(label) == f"Report written: {found[0].parent.name}"
    assert str(found[0]) in (label.tool_tip_text or "")


def test_the_debrief_screenshot_names_the_same_report_folder_every_run(app_factory) -> None:
    from game.ui.screenshots import REPORT_TIME, _show

    app = open_debrief(app_factory)
    app.pop(app.top)
    _show(app, DebriefScene, report_time=REPORT_TIME)
    Driver(app).step(2)
    assert app.top.report_path.parent.name.endswith("-20401201-090000")
    assert str(app.top.report_path.parent.parent) not in " ".join(texts(app))


def test_a_report_that_cannot_be_written_is_one_line_not_a_crash(app_factory, monkeypatch
                                                                  ) -> None:
    from game.ui.scenes import debrief

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(debrief, "write_report", broken)
    app = open_debrief(app_factory)
    assert app.top.report_error is not None
    assert any("No space left on device" in t for t in texts(app))
    assert reports() == []


def test_the_charts_show_each_axis_over_time(app_factory) -> None:
    app = open_debrief(app_factory)
    drive = Driver(app)
    drive.press("Charts")
    scene = app.top
    assert scene.view == "charts" and scene._chart_rect.w > 0
    human = app.palette.series[list(app.session.scenario.agencies).index("esa")]
    for axis in ("Total", "Science", "Budget health"):
        drive.press(axis)
        surface = scene.chart_surface(scene.axis, scene._chart_rect.size)
        assert surface.get_size() == scene._chart_rect.size
        width, height = surface.get_size()
        pixels = sum(1 for x in range(0, width, 3) for y in range(0, height, 3)
                     if tuple(surface.get_at((x, y)))[:3] == human)
        assert pixels > 0, axis
    assert scene.axis == "budget_health"
    labels, series = scene.chart_data("science")
    assert len(series) == len(app.session.state.agencies)
    assert labels[0] == "Mar 2021" and len(labels) == app.session.state.turn_count


def test_the_colour_blind_setting_reaches_the_charts(app_factory) -> None:
    app = app_factory((1280, 720), colour_blind=True)
    app.session = finished_game()
    app.push(DebriefScene())
    Driver(app).press("Charts")
    _, series = app.top.chart_data("total")
    assert series[0].colour == app.palette.series[0]
    assert app.palette.name == "okabe_ito"


def test_the_discussion_questions_of_the_scenario_are_shown(app_factory) -> None:
    app = open_debrief(app_factory)
    Driver(app).press("Discussion")
    joined = " ".join(texts(app))
    for question in app.session.scenario.scenario.discussion_questions:
        assert question.split()[0] in joined
    assert "Questions for the class" in joined


def test_history_opens_from_the_debrief(app_factory) -> None:
    app = open_debrief(app_factory)
    Driver(app).press("History")
    assert isinstance(app.top, HistoryScene)
    Driver(app).key(pygame.K_ESCAPE)
    assert isinstance(app.top, DebriefScene)
    assert len(reports()) == 1


def test_title_leaves_for_the_title_screen_and_quit_ends_the_app(app_factory) -> None:
    app = open_debrief(app_factory)
    Driver(app).press("Title")
    assert isinstance(app.top, TitleScene) and len(app.stack) == 1
    app = open_debrief(app_factory)
    Driver(app).press("Quit")
    assert app.running is False


def test_esc_does_not_leave_the_debrief_by_accident(app_factory) -> None:
    app = open_debrief(app_factory)
    Driver(app).key(pygame.K_ESCAPE)
    assert isinstance(app.top, DebriefScene)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_every_view_of_the_debrief_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app = open_debrief(app_factory, size=size)
    drive = Driver(app)
    for view in ("Standings", "Charts", "Discussion"):
        drive.press(view)
        assert layout_problems(app) == [], view


def test_hot_seat_teams_are_named_in_the_standings_and_the_report(app_factory) -> None:
    session = finished_game()
    session.teams = {"Red": "esa"}
    app = open_debrief(app_factory, session=session)
    assert "Red (ESA)" in texts(app)
    assert "Red" in reports()[0].read_text(encoding="utf-8")


def test_a_game_not_over_gets_no_report_and_says_so(app_factory) -> None:
    session = Session.new(Path(CLASSROOM), "esa", seed=3)
    app = open_debrief(app_factory, session=session)
    assert reports() == []
    assert any("not over yet" in t for t in texts(app))


def finished_hot_seat(seed: int = 11) -> Session:
    """The classroom game played to its end by three teams named after colours."""
    teams = {"Red": "cnsa", "Blue": "nasa", "Green": "esa"}
    session = Session.new(Path(CLASSROOM), "cnsa", seed=seed, teams=teams)
    while not session.is_over:
        for agency in teams.values():
            if session.is_over:
                break
            for waiting in session.engine.pending(agency):
                if waiting.kind == "event":
                    session.apply(cmd.AnswerEvent(agency=agency, event=waiting.ref, choice=0))
                else:
                    session.apply(cmd.DeclineOffer(agency=agency, bloc=waiting.ref))
            assert session.apply(cmd.EndTurn(agency=agency)).ok
    return session


@pytest.mark.parametrize("colour_blind", [False, True])
def test_a_team_named_after_a_colour_gets_a_line_of_that_colour(app_factory, colour_blind) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720), colour_blind=colour_blind)
    app.session = finished_hot_seat()
    app.push(Board())
    app.push(DebriefScene())
    Driver(app).press("Charts")
    _, series = app.top.chart_data("total")
    by_name = {s.name: s for s in series}
    palette = app.palette
    for team, short in (("Red", "CNSA"), ("Blue", "NASA"), ("Green", "ESA")):
        assert by_name[f"{team} ({short})"].colour == palette.team_colour(team)
    assert palette.team_colour("Red") != palette.team_colour("Blue")
    rivals = [s.colour for s in series if not s.highlight]
    for team in ("Red", "Blue", "Green"):
        assert palette.team_colour(team) not in rivals  # no computer line wears a team's colour
    assert layout_problems(app) == []


def legend_colours(svg: str) -> dict[str, str]:
    """Legend name -> the colour of its key line, from a report chart."""
    found = re.findall(r'stroke="(#[0-9a-f]{6})" stroke-width[^>]*/><text[^>]*>([^<]*)</text>',
                       svg)
    return {name: colour for colour, name in found}


@pytest.mark.parametrize("colour_blind", [False, True])
def test_each_agency_has_the_same_colour_in_the_charts_tab_and_the_report(
        app_factory, colour_blind) -> None:  # type: ignore[no-untyped-def]
    app = app_factory((1280, 720), colour_blind=colour_blind)
    app.session = finished_hot_seat()
    app.push(Board())
    app.push(DebriefScene())
    Driver(app).press("Charts")
    scene = app.top
    assert scene.report_path is not None
    state = app.session.state
    shorts = [a.short for aid, a in app.session.scenario.agencies.items()
              if aid in state.agencies]
    for axis in ("total", "science"):
        _, series = scene.chart_data(axis)
        svg = (scene.report_path.parent / "charts" / f"{axis}.svg").read_text(encoding="utf-8")
        in_report = legend_colours(svg)
        assert len(in_report) == len(series) == len(shorts)
        for short, line in zip(shorts, series, strict=True):
            assert in_report[short] == hex_colour(line.colour), (axis, line.name)
    assert in_report["CNSA"] == hex_colour(app.palette.team_colour("Red"))
