"""Hot-seat teams on the new-game screen: picking an agency another team holds swaps them."""

from __future__ import annotations

import pytest
from pygame_gui.elements import UIButton

from game import paths
from game.ui.scenes.new_game import NewGameScene
from game.ui.scenes.title import TitleScene
from game.ui.testing import Driver, layout_problems


def three_teams(app_factory, size=(1280, 720)):  # type: ignore[no-untyped-def]
    app = app_factory(size)
    app.push(TitleScene())
    scene = NewGameScene(preselect=paths.DEFAULT_SCENARIO)
    app.push(scene)
    drive = Driver(app)
    drive.step(2)
    drive.press("Teams: off")
    drive.press("+")
    assert len(scene.teams) == 3
    return app, scene, drive


def arrows(app, text: str) -> list[UIButton]:  # type: ignore[no-untyped-def]
    return [e for e in app.top.elements if isinstance(e, UIButton) and e.text == text]


def test_a_team_can_take_the_agency_another_team_holds_and_they_swap(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, scene, drive = three_teams(app_factory)
    wanted = scene.teams[2][1]
    for _ in range(len(scene.playable())):
        if scene.teams[1][1] == wanted:
            break
        before = scene.teams[1][1]
        drive.click(arrows(app, ">")[1])  # team 2's next agency
        assert len({a for _, a in scene.teams}) == 3  # never two teams on one agency
    assert scene.teams[1][1] == wanted
    assert scene.teams[2][1] == before  # team 3 took team 2's old agency


def test_stepping_to_a_free_agency_changes_only_that_team(app_factory) -> None:  # type: ignore[no-untyped-def]
    app, scene, drive = three_teams(app_factory)
    choices = scene.playable()
    held = [a for _, a in scene.teams]
    at = choices.index(held[0])
    drive.click(arrows(app, "<")[0])
    assert scene.teams[0][1] == choices[(at - 1) % len(choices)]
    if choices[(at - 1) % len(choices)] not in held:
        assert [a for _, a in scene.teams][1:] == held[1:]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_three_teams_fit_the_window(app_factory, size) -> None:  # type: ignore[no-untyped-def]
    app, _scene, _drive = three_teams(app_factory, size)
    assert layout_problems(app) == []
