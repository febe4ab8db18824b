"""`play --scenario FILE --turn N`: the turn screen of turn N after a scripted opening, so an
author sees their text in place; an N outside the scenario's turns is one line, exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game import paths
from game.cli import build_parser
from game.dates import date_of
from game.ui import intents
from game.ui.launch import open_from_cli
from game.ui.opening import session_at_turn
from game.ui.scenes.dashboard import DashboardScene
from game.ui.testing import Driver, element_text

ACCORDS = Path(__file__).resolve().parents[1] / "fixtures" / "valid" / "accords.yaml"
CLASSROOM = paths.SCENARIOS_DIR / "classroom_2021.yaml"


def _turn_screen(app: Any) -> DashboardScene:
    screens = [s for s in app.stack if isinstance(s, DashboardScene)]
    assert len(screens) == 1
    return screens[0]


@pytest.mark.parametrize(("scenario", "turn"), [(CLASSROOM, 3), (ACCORDS, 4), (ACCORDS, 1)])
def test_the_turn_screen_opens_at_turn_n_with_the_engine_s_date(app_factory, scenario: Path,
                                                                 turn: int) -> None:
    app = app_factory()
    session = session_at_turn(scenario, turn, seed=5)
    app.navigate(intents.Play(session))
    Driver(app).step(3)
    engine = app.session.engine
    assert app.session is session and engine.state.turn == turn - 1
    shown = element_text(_turn_screen(app)._live["date"])
    assert shown == date_of(engine) == date_of(engine, turn - 1)


def test_the_opening_is_played_through_the_session_and_repeats_from_its_seed() -> None:
    one, two = session_at_turn(CLASSROOM, 3, seed=5), session_at_turn(CLASSROOM, 3, seed=5)
    assert one.version > 0  # commands went through session.apply, as clicks do
    assert one.state.agencies == two.state.agencies and one.state.turn == two.state.turn == 2


def test_play_turn_from_the_command_line_opens_that_turn(app_factory) -> None:
    app = open_from_cli(build_parser().parse_args(
        ["play", "--windowed", "--scenario", str(ACCORDS), "--turn", "3", "--seed", "2"]))
    assert not isinstance(app, int)
    try:
        Driver(app).step(2)
        assert app.session is not None and app.session.state.turn == 2
        assert element_text(_turn_screen(app)._live["date"]) == date_of(app.session.engine)
    finally:
        for scene in list(app.stack):
            scene.clear()


def test_a_turn_after_the_scenario_s_last_is_one_line_and_exit_2(capsys) -> None:
    from game.cli import main

    # the accords fixture has six yearly turns (2021 to 2026)
    assert main(["play", "--windowed", "--scenario", str(ACCORDS), "--turn", "7"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--turn 7: this scenario has turns 1 to 6" in err


def test_a_turn_below_one_is_refused_by_the_parser_in_one_line(capsys) -> None:
    from game.cli import main

    with pytest.raises(SystemExit) as leaving:
        main(["play", "--windowed", "--scenario", str(ACCORDS), "--turn", "0"])
    assert leaving.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_turn_with_a_save_is_a_usage_error(capsys, tmp_path: Path) -> None:
    from game.cli import main

    assert main(["play", "--windowed", "--turn", "2", "--load", str(tmp_path / "x.json")]) == 2
    assert "--turn" in capsys.readouterr().err
