"""Clicking a milestone on the turn screen lights up its whole chain of prerequisites: the
set drawn is the one the scenario's rules give, and the picture changes with the selection.
Held for both palettes (the colour-blind one draws the path in its own focus colour)."""

from __future__ import annotations

from typing import Any

import pytest

from game import paths
from game.core import commands as cmd
from game.ui.scenes.dashboard import DashboardScene
from game.ui.session import Session
from game.ui.testing import Driver


def _session() -> Session:
    session = Session.new(paths.DEFAULT_SCENARIO, agency="esa", seed=1)
    session.apply(cmd.DeclineOffer(agency="esa", bloc="ilrs"))
    return session


def _rules_ancestors(session: Session, mid: str) -> set[str]:
    """Written out here from the engine's rules, not with the layout's own function."""
    rules = session.engine.rules.milestones
    out: set[str] = set()
    todo = list(rules[mid].requires)
    while todo:
        node = todo.pop()
        if node not in out:
            out.add(node)
            todo.extend(rules[node].requires)
    return out


def _open(app_factory: Any, size: tuple[int, int], colour_blind: bool = False
          ) -> tuple[Any, Driver, DashboardScene, Session]:
    app = app_factory(size, colour_blind=colour_blind)
    session = _session()
    app.session = session
    scene = DashboardScene()
    app.push(scene)
    drive = Driver(app)
    drive.step(2)
    return app, drive, scene, session


@pytest.mark.parametrize("colour_blind", [False, True])
def test_clicking_a_node_highlights_exactly_its_prerequisites(app_factory: Any,
                                                              colour_blind: bool) -> None:
    app, drive, scene, session = _open(app_factory, (1280, 720), colour_blind)
    graph = scene.graph
    assert graph is not None and graph.placement is not None
    for mid in ("permanent_base", "ilrs_operation", "lunar_orbiter", "mars_staging_post"):
        drive.click(scene.node_buttons[mid])
        drive.step(2)
        assert scene.selected == mid
        assert set(graph.highlighted) == _rules_ancestors(session, mid)
        rules = session.engine.rules.milestones
        chain = _rules_ancestors(session, mid) | {mid}
        assert set(graph.highlighted_edges) == {(p, c) for c in chain
                                                for p in rules[c].requires}
        # on screen: each highlighted box is ringed in the focus colour, the others not
        focus = tuple(app.palette.focus)
        for other, rect in graph.placement.nodes.items():
            ring = tuple(app.window.get_at((rect.centerx, rect.top - 2)))[:3]
            if other in graph.highlighted:
                assert ring == focus, (mid, other)
            elif other != mid:
                assert ring != focus, (mid, other)


def test_the_picture_changes_with_the_selection_without_redrawing_the_nodes(
        app_factory: Any) -> None:
    app, drive, scene, _ = _open(app_factory, (1024, 600))
    graph = scene.graph
    assert graph is not None
    area = graph.area.copy()
    drive.click(scene.node_buttons["lunar_orbiter"])
    drive.step(2)
    first = app.window.subsurface(area).copy()
    renders = graph.renders
    drive.click(scene.node_buttons["permanent_base"])
    drive.step(2)
    second = app.window.subsurface(area).copy()
    assert graph.highlighted  # the base needs seven others
    changed = sum(1 for x in range(0, area.w, 4) for y in range(0, area.h, 4)
                  if first.get_at((x, y)) != second.get_at((x, y)))
    assert changed > 50
    assert graph.renders == renders  # only the highlight was drawn again


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_no_arrow_on_the_turn_screen_runs_through_a_box(app_factory: Any,
                                                        size: tuple[int, int]) -> None:
    from game.milestone_layout import through_boxes

    _app, _drive, scene, _ = _open(app_factory, size)
    assert scene.graph is not None and scene.graph.placement is not None
    placement = scene.graph.placement
    nodes = {mid: (r.x, r.y, r.w, r.h) for mid, r in placement.nodes.items()}
    scenario = scene.session.scenario
    assert len(placement.edges) == sum(len(m.requires) for m in scenario.milestones.values())
    assert through_boxes(placement.edges, nodes) == []
