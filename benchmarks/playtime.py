"""How long a class needs for a scenario: played through the UI, actions counted.

A script cannot time a class of pupils, so this plays each scenario through the real
screens with hot-seat teams (the same clicking player as tests/ui/test_campaign.py),
counts what the teams have to do (read a card or report, decide a funding or a launch,
hand over), and turns the counts into minutes with the seconds per action printed
beside them. Change the seconds to what you see in your class; the counts are measured.

    .venv/bin/python benchmarks/playtime.py [--scenario PATH ...] [--teams N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

# the clicking player lives with the UI tests; run from anywhere, find them at the root
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game import paths
from game.i18n import tr
from game.ui.flow import start_campaign
from game.ui.session import Session
from game.ui.testing import Driver, make_app
from tests.ui.test_campaign import Player, buttons

# Seconds a team of pupils spends per action: assumptions, printed with the result.
SECONDS = {
    "read": 45,  # an event card or a turn report, read aloud in the team and answered
    "decide": 25,  # one funding or launch decision on the turn screen
    "end_turn": 10,  # checking the turn screen once more and ending the turn
    "handover": 15,  # the next team takes the mouse
    "bloc": 120,  # the bloc choice, argued in the team
}
AGENCIES = ["cnsa", "nasa", "esa", "roscosmos"]
# What a class can give each scenario with three teams (issue 14), printed beside that count:
# the one lesson in a class period with time for the debrief, the campaign in two lessons.
AIMS = {"classroom_2021.yaml": (30, 40), "moon_2021.yaml": (0, 120)}


class CountingPlayer(Player):
    """The campaign test's player, counting what a team would have to think about."""

    def __init__(self, drive: Driver) -> None:
        super().__init__(drive)
        self.actions: Counter[str] = Counter()

    def step(self) -> None:
        name = type(self.app.top).__name__
        kind = {"EventCardScene": "read", "TurnReportScene": "read",
                "HandoverScene": "handover", "BlocChoiceScene": "bloc",
                "AttemptScene": "decide"}.get(name)
        if kind:
            self.actions[kind] += 1
        if name == "DashboardScene":
            place = (self.session.state.turn, self.session.agency)
            before = sum(v.allocation > 0 for v in self._views())
            super().step()
            after = sum(v.allocation > 0 for v in self._views())
            self.actions["decide"] += max(0, after - before)
            if (self.session.state.turn, self.session.agency) != place:
                self.actions["end_turn"] += 1
            return
        super().step()

    def on_HandoverScene(self) -> None:
        # The cover has one button by design; its label changes with the moment (", start"
        # during the game, ", show it" before the last report), so it is found by being
        # the only one, never by its text.
        (target,) = buttons(self.app)
        self.drive.click(target)

    def on_BlocChoiceScene(self) -> None:
        # each team stays where it starts, or closes an offer: the choice is counted anyway
        if not self.click(tr("Close"), tr("Decline")):
            super().on_BlocChoiceScene()

    def _views(self):  # type: ignore[no-untyped-def]
        engine, agency = self.session.engine, self.session.agency
        return [engine.milestone_view(agency, m) for m in engine.statuses(agency)]


def play(scenario: Path, teams: int, seed: int) -> tuple[Counter[str], float, int]:
    session_scenario = Session.new(scenario, agency="esa", seed=seed).scenario
    agencies = [a for a in AGENCIES if a in session_scenario.agencies][:teams]
    names = ["Red", "Blue", "Green", "Yellow"]
    team_map = dict(zip(names, agencies, strict=False))
    app = make_app((1280, 720))
    session = Session.new(scenario, agency=agencies[0], seed=seed, teams=team_map)
    start_campaign(app, session)
    drive = Driver(app)
    drive.step(2)
    player = CountingPlayer(drive)
    started = time.perf_counter()
    for _ in range(5000):
        if type(app.top).__name__ == "DebriefScene":
            break
        player.step()
    return player.actions, time.perf_counter() - started, session.state.turn_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", action="append", type=Path)
    parser.add_argument("--teams", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    scenarios = args.scenario or [paths.SCENARIOS_DIR / "classroom_2021.yaml",
                                  paths.SCENARIOS_DIR / "whatif_newcomer.yaml",
                                  paths.SCENARIOS_DIR / "moon_2021.yaml"]
    print("seconds per action (assumed):", ", ".join(f"{k} {v}" for k, v in SECONDS.items()))
    for scenario in scenarios:
        actions, machine, turns = play(scenario, args.teams, args.seed)
        minutes = sum(SECONDS[k] * n for k, n in actions.items()) / 60
        counts = ", ".join(f"{k} {n}" for k, n in sorted(actions.items()))
        low, high = AIMS.get(scenario.name, (0, 0)) if args.teams == 3 else (0, 0)
        aim = ""
        if high:
            met = "met" if low <= round(minutes) <= high else "NOT met"
            aim = f"; aim {low}-{high} min: {met}" if low else f"; aim <= {high} min: {met}"
        print(f"{scenario.name}: {args.teams} teams, {turns} turns; actions: {counts}; "
              f"estimated class time {minutes:.0f} min (machine time {machine:.1f} s){aim}")


if __name__ == "__main__":
    main()
