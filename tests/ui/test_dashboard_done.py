"""The turn screen's side panel for a milestone already built, and the bloc box's names."""

from __future__ import annotations

from typing import Any

import pytest

from game import paths
from game.core import commands as cmd
from game.dates import date_of
from game.ui.session import Session
from game.ui.testing import element_text, layout_problems, visible_elements
from tests.ui.test_dashboard import open_dashboard

TEAMS = {"Red": "cnsa", "Blue": "nasa"}


def open_on(app_factory: Any, session: Session, mid: str,
            size: tuple[int, int] = (1280, 720)) -> Any:
    app, drive, scene = open_dashboard(app_factory, session, size)
    drive.click(scene.node_buttons[mid])
    return app


def shown(app: Any) -> list[str]:
    return [element_text(e) for e in visible_elements(app)]


def test_an_achieved_milestone_says_done_and_by_whom_not_a_chance(app_factory) -> None:  # type: ignore[no-untyped-def]
    session = Session.new(paths.DEFAULT_SCENARIO, agency="cnsa", seed=1, teams=TEAMS)
    app = open_on(app_factory, session, "lunar_orbiter")
    texts = shown(app)
    assert app.top.selected == "lunar_orbiter"
    assert "Done: before the game" in texts
    assert any(t.startswith("By you") for t in texts), "|".join(texts)
    assert not any(t.startswith(("Chance", "Cost left")) or "/turn" in t for t in texts)


def test_a_milestone_built_in_the_game_names_its_half_year(app_factory) -> None:  # type: ignore[no-untyped-def]
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1)
    session.apply(cmd.DeclineOffer(agency="esa", bloc="ilrs"))
    for _ in range(4):
        if "artemis_commercial" in session.state.agencies["esa"].achieved:
            break
        for item in session.engine.pending("esa"):
            if item.kind == "event":
                session.apply(cmd.AnswerEvent(agency="esa", event=item.ref, choice=0))
        session.apply(cmd.Allocate(agency="esa", milestone="artemis_commercial", amount=150))
        assert session.apply(cmd.EndTurn(agency="esa")).ok
    turn = session.state.agencies["esa"].achieved["artemis_commercial"]
    app = open_on(app_factory, session, "artemis_commercial")
    texts = shown(app)
    assert f"Done: {date_of(session.engine, turn)}" in texts
    assert any(t.startswith("You spent ") for t in texts)


def test_the_bloc_box_gives_a_partner_its_whole_name(app_factory) -> None:  # type: ignore[no-untyped-def]
    session = Session.new(paths.DEFAULT_SCENARIO, agency="cnsa", seed=1, teams=TEAMS)
    for size in ((1024, 600), (1280, 720)):
        app = open_on(app_factory, session, "lunar_orbiter", size)
        assert "Roscosmos" in shown(app)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_done_panel_fits_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    session = Session.new(paths.DEFAULT_SCENARIO, agency="cnsa", seed=1, teams=TEAMS)
    app = open_on(app_factory, session, "lunar_orbiter", size)
    assert layout_problems(app) == []
