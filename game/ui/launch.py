"""`moonward play` flags turned into an open window on the right screen.

    --load PATH                      open a save (a bad save: one line, exit 1)
    --teams "Red:cnsa,Blue:nasa"     start a hot-seat game at once (with --scenario, --seed)
    --scenario PATH [--seed N]       open New game on that scenario
    --scenario PATH --turn N         open the turn screen at turn N after a scripted opening
    --preset PATH                    use this class preset for this run

Everything a flag can get wrong is checked before the window opens, so a mistake is one
line on stderr and exit 2 (a file that does not load: exit 1), never a window that closes.
The first screen is the title; what the flags open on top of it, the controller opens
(`app.navigate`), as it would for a click.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game import i18n, paths
from game.i18n import tr
from game.saves.errors import SaveError
from game.teams import Team, TeamsError, parse_teams
from game.ui import intents, presets
from game.ui import settings as settings_mod
from game.ui.app import FPS, App, _size
from game.ui.scenes.settings import apply_preset_settings
from game.ui.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.scenario import Scenario
    from game.ui.session import Session

EXIT_PROBLEM, EXIT_USAGE = 1, 2


def _fail(message: str, code: int) -> int:
    prefix = "moonward play: error: " if code == EXIT_USAGE else "moonward play: "
    sys.stderr.write(prefix + message.splitlines()[0] + "\n")
    return code


def _preset(args: argparse.Namespace) -> presets.Preset | int | None:
    """The class preset for this run; an unusable one is reported and ignored."""
    given = getattr(args, "preset", None)
    if given:
        path = Path(given)
        if not path.is_file():
            return _fail(tr("--preset: no such file: {path}", path=path), EXIT_USAGE)
        presets.use_file(path)
    preset, problem = presets.load()
    if problem:
        sys.stderr.write(f"moonward play: {problem}\n")
        if given:
            presets.use_file(None)
    return preset


def _hot_seat(args: argparse.Namespace, preset: presets.Preset | None
              ) -> tuple[Path, Scenario, list[Team]] | int:
    # only for --teams: the scenario models bring pydantic, which the title need not wait for
    from game.scenario import ScenarioError, load_scenario

    scenario_path = Path(args.scenario) if getattr(args, "scenario", None) else (
        (preset.scenario_path() if preset is not None else None) or paths.DEFAULT_SCENARIO)
    try:
        scenario = load_scenario(scenario_path)
    except ScenarioError as error:
        return _fail(str(error.problems[0]), EXIT_PROBLEM)
    playable = {aid for aid, a in scenario.agencies.items() if a.playable}
    try:
        teams = parse_teams(args.teams, dict(scenario.agencies), playable)
    except TeamsError as error:
        return _fail(str(error), EXIT_USAGE)
    return scenario_path, scenario, teams


def _choose_language(args: argparse.Namespace, preset: presets.Preset | None) -> int | None:
    """Settle the language before any scenario is read (its texts come in that language):
    --lang, $MOONWARD_LANG, the language a preset locks, the player's setting, the
    computer's. The exit code when a language given is not the game's."""
    locked = (preset.settings.language if preset is not None and preset.is_locked("language")
              else None)
    flag = getattr(args, "lang", None)
    try:
        i18n.set_language(i18n.choose_language(flag, locked, settings_mod.read().settings.language))
    except i18n.UnknownLanguage as unknown:
        return _fail(str(unknown), EXIT_USAGE)
    return None


def open_from_cli(args: argparse.Namespace) -> App | int:
    """The app with its first screens pushed, or the exit code of a flag that is wrong."""
    try:
        size = _size(getattr(args, "size", None))
    except ValueError as error:
        return _fail(str(error), EXIT_USAGE)
    load = getattr(args, "load", None)
    teams_text = getattr(args, "teams", None)
    if load and teams_text:
        return _fail(tr("--teams starts a new game; it cannot be used with --load"),
                     EXIT_USAGE)
    turn = getattr(args, "turn", None)
    if turn is not None and (load or teams_text):
        return _fail(tr("--turn opens a new game of --scenario; it cannot be used with "
                        "--load or --teams"), EXIT_USAGE)
    preset = _preset(args)
    if isinstance(preset, int):
        return preset
    failed = _choose_language(args, preset)
    if failed is not None:
        return failed
    plan = _hot_seat(args, preset) if teams_text else None
    if isinstance(plan, int):
        return plan
    session = _load(Path(load)) if load else _at_turn(args, turn) if turn else None
    if isinstance(session, int):
        return session

    os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
    app = App(size=size, windowed=bool(getattr(args, "windowed", False)))
    app.language_forced = bool(getattr(args, "lang", None) or os.environ.get(i18n.ENV_VARIABLE))
    for line in app.notices:  # the title shows them too; this is for a teacher's log
        sys.stderr.write(f"moonward play: {line}\n")
    apply_preset_settings(app, preset)
    app.push(TitleScene())
    seed = getattr(args, "seed", None)
    if session is not None:
        session.sound = app.sound
        app.navigate(intents.Play(session))
        return app
    if plan is not None:
        scenario_path, scenario, teams = plan
        from game.ui.session import fresh_seed  # only now: it brings the engine and models

        if seed is None:
            seed = preset.seed if preset is not None and preset.seed is not None else fresh_seed()
        difficulty = (preset.difficulty if preset is not None and preset.difficulty
                      else "normal")
        app.navigate(intents.StartGame(scenario_path, scenario, teams[0].agency, difficulty,
                                       seed, {t.name: t.agency for t in teams}))
    elif getattr(args, "scenario", None):
        app.navigate(intents.NewGame(preselect=Path(args.scenario), seed=seed))
    return app


def _at_turn(args: argparse.Namespace, turn: int) -> Session | int:
    from game.ui.opening import OpeningError, session_at_turn  # brings the engine

    path = Path(args.scenario) if getattr(args, "scenario", None) else paths.DEFAULT_SCENARIO
    try:
        return session_at_turn(path, turn, getattr(args, "seed", None))
    except OpeningError as error:
        return _fail(str(error), error.code)


def _load(path: Path) -> Session | int:
    from game.ui.session import Session  # only now: it brings the engine and the models

    try:
        return Session.load(path)
    except (SaveError, OSError) as error:
        return _fail(str(error), EXIT_PROBLEM)


def run_from_cli(args: argparse.Namespace) -> int:
    """`moonward play`: open the window on the title screen (or straight into a game)."""
    app = open_from_cli(args)
    if isinstance(app, int):
        return app
    # The loop's first frame, drawn before the work the first screen does not need: the
    # sound cues, and asyncio itself. The loop goes on from the second frame.
    app.frame(app.clock.tick(FPS) / 1000.0)
    app.sound.prepare()
    import asyncio  # here, not at the top: 45 ms the first title frame need not wait for

    asyncio.run(app.run())
    return 0
