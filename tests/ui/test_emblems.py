"""The agencies' emblems on the screens: each drawn in its agency's colour, the one
game/emblems.py describes for the scenario's agency, on New game, the turn screen's rivals
and the debrief's standings."""

from __future__ import annotations

from typing import Any

import numpy as np
import pygame
import pytest
from pygame_gui.elements import UIImage

from game import paths
from game.charts import DEFAULT_CHART, OKABE_ITO_CHART
from game.core import ranking
from game.core.commands import EndTurn
from game.emblems import Emblem, agency_emblems, emblem
from game.scenario import load_scenario
from game.ui.emblems import emblem_surface
from game.ui.session import Session
from game.ui.testing import layout_problems, visible_elements
from tests.ui.test_dashboard import new_session, open_dashboard
from tests.ui.test_debrief_ranking import to_debrief
from tests.ui.test_final_reports import answer
from tests.ui.test_new_game import open_new_game


def shown_emblems(app: Any) -> list[tuple[Emblem, UIImage]]:
    return [(e.emblem, e) for e in visible_elements(app)
            if isinstance(e, UIImage) and hasattr(e, "emblem")]


def wears(widget: UIImage, colour: tuple[int, int, int]) -> bool:
    """Whether the picture the widget shows has pixels of `colour` (give or take the
    smoothing at its edges)."""
    pixels = pygame.surfarray.pixels3d(widget.image).reshape(-1, 3).astype(int)
    return bool((np.abs(pixels - np.array(colour)).sum(axis=1) < 12).any())


@pytest.mark.parametrize("colour_blind, chart", [(False, DEFAULT_CHART),
                                                 (True, OKABE_ITO_CHART)])
def test_new_game_shows_the_chosen_agencys_emblem_and_the_next_one_after_a_click(
        app_factory: Any, colour_blind: bool, chart: Any) -> None:
    app, scene, drive = open_new_game(app_factory)
    if app.settings.colour_blind != colour_blind:
        app.apply_settings(type(app.settings)(**{**app.settings.__dict__,
                                                 "colour_blind": colour_blind}))
        drive.step(1)
    drive.press("Moonward 2021: ILRS and Artemis")
    expected = agency_emblems(list(load_scenario(scene.current.path).agencies), {}, chart)
    for _ in range(2):
        [(badge, widget)] = shown_emblems(app)
        assert badge == expected[scene.agency]
        assert wears(widget, expected[scene.agency].colour)
        before = scene.agency
        drive.press(">")
        assert scene.agency != before
    assert shown_emblems(app)[0][0] == expected[scene.agency]


def test_every_rival_on_the_turn_screen_wears_its_emblem(app_factory: Any) -> None:
    session = new_session()
    app, _drive, _scene = open_dashboard(app_factory, session)
    shown = {badge.agency: (badge, widget) for badge, widget in shown_emblems(app)}
    agencies = [a for a in session.scenario.agencies if a in session.state.agencies]
    expected = agency_emblems(agencies, {}, DEFAULT_CHART)
    assert set(shown) == set(session.state.agencies) - {"esa"}
    drawn = 0
    for aid, (badge, widget) in shown.items():
        assert badge == expected[aid]
        # the rows the list is scrolled past are not drawn: look at the ones in view
        if pygame.surfarray.pixels_alpha(widget.image).any():
            drawn += 1
            assert wears(widget, expected[aid].colour)
    assert drawn >= 4


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_the_rivals_with_their_emblems_fit_the_window(app_factory: Any,
                                                      size: tuple[int, int]) -> None:
    app, _drive, _scene = open_dashboard(app_factory, new_session(), size)
    assert layout_problems(app) == []


def test_a_team_called_red_sees_a_red_emblem_beside_its_agency(app_factory: Any) -> None:
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1,
                          teams={"Red": "cnsa", "Blue": "esa"})
    app, _drive, _scene = open_dashboard(app_factory, session)
    shown = {badge.agency: widget for badge, widget in shown_emblems(app)}
    # whichever team plays, the other's rival row shows the team's colour
    other = next(a for a in ("cnsa", "esa") if a in shown)
    colour = DEFAULT_CHART.team_colour("Red" if other == "cnsa" else "Blue")
    assert colour is not None and wears(shown[other], colour)


def test_an_emblem_surface_is_made_once_per_emblem_and_size() -> None:
    pygame.init()
    badge = emblem("esa", 0, (200, 40, 40))
    assert emblem_surface(badge, 24) is emblem_surface(badge, 24)
    assert emblem_surface(badge, 24).get_size() == (24, 24)


@pytest.fixture
def campaign() -> Session:
    """The 8-agency campaign played by ESA to its last turn, answering what comes."""
    session = Session.new(paths.DEFAULT_SCENARIO, "esa", seed=5)
    while session.state.turn < session.state.turn_count - 1:
        answer(session, "esa")
        assert session.apply(EndTurn(agency="esa")).ok
    answer(session, "esa")
    return session


def test_each_row_of_the_debrief_standings_shows_its_agencys_emblem_in_rank_order(
        app_factory: Any, campaign: Session) -> None:
    app = to_debrief(app_factory, campaign, (1280, 720))
    engine = app.session.engine
    placings = ranking.explain(engine.rules, engine.state)
    agencies = [a for a in campaign.scenario.agencies if a in campaign.state.agencies]
    expected = agency_emblems(agencies, {}, DEFAULT_CHART)
    # top to bottom, the emblems are the ranked agencies'
    shown = sorted(shown_emblems(app), key=lambda pair: pair[1].rect.y)
    assert [badge for badge, _ in shown] == [expected[p.agency] for p in placings]
    assert layout_problems(app) == []
