"""Whole games in and out of save files: the envelope around the engine's own payload."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.core.engine import Engine
from game.core.save import GameFormatError, from_dict, to_dict
from game.dates import date_of
from game.files import is_clean_text
from game.i18n import tr
from game.paths import SCENARIOS_DIR, user_scenarios_dir
from game.saves.envelope import (
    SaveEnvelope,
    ScenarioStamp,
    make_envelope,
    read_save,
    scenario_digest,
    write_save,
)
from game.saves.errors import SaveError
from game.saves.slots import SaveSlots
from game.scenario import Scenario, ScenarioError, load_scenario

# Teams are named in at most 24 characters (game.teams, New game); the handover screen,
# the debrief and the report show the name on one line.
MAX_TEAM_NAME_CHARS = 40

@dataclass(frozen=True)
class LoadedGame:
    engine: Engine
    scenario: Scenario
    scenario_path: Path
    envelope: SaveEnvelope
    teams: dict[str, str] = field(default_factory=dict)  # hot-seat: name -> agency, in order


def stamp_for(scenario: Scenario, scenario_path: Path) -> ScenarioStamp:
    return ScenarioStamp(
        id=scenario.scenario.id,
        version=scenario.scenario.version,
        sha256=scenario_digest(scenario_path),
        file=scenario_path.name,
    )


def save_game(path: Path, engine: Engine, scenario_path: Path, name: str,
              teams: dict[str, str] | None = None) -> SaveEnvelope:
    envelope = make_envelope(name, stamp_for(engine.rules.scenario, scenario_path),
                             _payload(engine, teams), _when(engine))
    write_save(path, envelope)
    return envelope


def scenario_folders() -> list[Path]:
    return [SCENARIOS_DIR, user_scenarios_dir()]


def find_scenario(stamp: ScenarioStamp, save_path: Path,
                  folders: list[Path] | None = None) -> Path:
    """The scenario file a save was made with, unchanged, or SaveError saying why not."""
    changed: Path | None = None
    for folder in folders or scenario_folders():
        candidate = folder / stamp.file
        if candidate.is_file():
            if scenario_digest(candidate) == stamp.sha256:
                return candidate
            # `moonward migrate FILE --out FILE` keeps the old file as FILE.v1.bak: a game
            # saved with the old file plays on with it, exactly (it loads as it always did).
            backup = candidate.with_name(f"{candidate.name}.v1.bak")
            if backup.is_file() and scenario_digest(backup) == stamp.sha256:
                return backup
            changed = candidate
    if changed is not None:
        raise SaveError(save_path, tr(
            "its scenario '{id}' ({file}) has changed since the game was saved, so the game "
            "cannot continue exactly; restore the old file or start a new game",
            id=stamp.id, file=changed))
    raise SaveError(save_path, tr(
        "its scenario '{id}' ({file}) is not installed: put the file in scenarios/ or in "
        "your scenarios folder ({user})", id=stamp.id, file=stamp.file,
        user=user_scenarios_dir()))


def load_game(path: Path, folders: list[Path] | None = None) -> LoadedGame:
    envelope = read_save(path)
    scenario_path = find_scenario(envelope.scenario, path, folders)
    try:
        scenario = load_scenario(scenario_path)
    except ScenarioError as error:
        raise SaveError(path, tr("its scenario no longer loads: {first}",
                                 first=error.problems[0])) from None
    try:
        # Every field of the saved state is checked for its type there (the file boundary).
        engine = from_dict(scenario, envelope.game)
    except GameFormatError as error:
        raise SaveError(path, tr("is damaged: {reason}", reason=str(error))) from None
    teams = saved_teams(path, envelope.game.get("teams"), engine.state.humans)
    return LoadedGame(engine, scenario, scenario_path, envelope, teams)


def saved_teams(path: Path, raw: object, humans: list[str]) -> dict[str, str]:
    """The hot-seat teams of a save, name -> agency in the class's playing order, or a
    SaveError saying in one line what is damaged. Reads the list of [name, agency] pairs
    saves are written with, and the object older saves held."""
    if raw is None:
        return {}
    if isinstance(raw, dict):
        # Older saves: an object, written with sorted keys, so its order is alphabetical.
        # The engine's list of humans was made from the teams in the class's order, so it
        # gives that order back (an unknown agency sorts last and is refused below).
        order = {aid: i for i, aid in enumerate(humans)}
        pairs: list[object] = [[name, aid] for name, aid in sorted(
            raw.items(), key=lambda item: order.get(str(item[1]), len(order)))]
    elif isinstance(raw, list):
        pairs = raw
    else:
        raise SaveError(path, tr("is damaged: teams: not a list of [name, agency] pairs"))
    teams: dict[str, str] = {}
    for pair in pairs:
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(part, str) and part for part in pair)):
            raise SaveError(path, tr("is damaged: teams: each team must be a [name, agency] "
                                     "pair"))
        name, aid = pair
        if len(name) > MAX_TEAM_NAME_CHARS or not is_clean_text(name, newlines=False):
            raise SaveError(path, tr("is damaged: teams: a team's name is not one short line "
                                     "of text"))
        if aid not in humans:
            raise SaveError(path, tr("is damaged: teams: {team} plays '{a}', which is not a "
                                     "player of this game", team=_one_line(name),
                                     a=_one_line(aid)))
        if name in teams:
            raise SaveError(path, tr("is damaged: teams: two teams are called {team}",
                                     team=_one_line(name)))
        teams[name] = aid
    if teams and sorted(teams.values()) != sorted(humans):
        raise SaveError(path, tr("is damaged: teams: the teams do not match the game's "
                                 "players"))
    return teams


def _one_line(text: str) -> str:
    """A name from a damaged file, safe inside a one-line message."""
    return " ".join(text.split())[:40]


def _when(engine: Engine) -> str:
    """The game date a save is listed under; a finished game has no next turn to name."""
    if engine.is_over:
        return tr("game over ({date})", date=date_of(engine, engine.state.turn_count - 1))
    return date_of(engine)


def autosave_game(slots: SaveSlots, engine: Engine, scenario_path: Path,
                  teams: dict[str, str] | None = None) -> Path:
    """The save made at every turn; the slots keep the last five."""
    envelope = make_envelope(tr("Autosave"), stamp_for(engine.rules.scenario, scenario_path),
                             _payload(engine, teams), _when(engine))
    return slots.autosave(envelope)


def save_named_game(slots: SaveSlots, name: str, engine: Engine, scenario_path: Path,
                    teams: dict[str, str] | None = None) -> Path:
    envelope = make_envelope(name, stamp_for(engine.rules.scenario, scenario_path),
                             _payload(engine, teams), _when(engine))
    return slots.save_named(name, envelope)


def _payload(engine: Engine, teams: dict[str, str] | None) -> dict[str, object]:
    payload: dict[str, object] = to_dict(engine)
    if teams:
        # Pairs in a list, not an object: the envelope is written with sorted keys, and an
        # object came back in alphabetical order, so after Continue the teams no longer
        # played in the order the class chose.
        payload["teams"] = [[name, aid] for name, aid in teams.items()]
    return payload
