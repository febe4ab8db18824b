"""How fast the engine is: one end_turn, one whole autoplayed game, 10,000 simulated games.

Run with `.venv/bin/python benchmarks/engine.py` (or `make bench`); it also times
`main.py simulate --runs 2000 --strategy all` as a user runs it (`--no-command` skips it).
Figures are printed, never asserted, each beside its floor and its aim on a 2-core machine:
a whole game of moon_2021 within 10 ms, 10,000 games under 60 s, and that command under
30 s (simulate spreads games over every core). On a machine shared with other work the
wall times follow the neighbours; the CPU times mostly do not.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# This tree's game, not the installed one (a worktree measures its own code).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.core.commands import AnswerEvent, DeclineOffer, EndTurn
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.headless.batch import run_games, usable_cores
from game.headless.common import play_game
from game.paths import DEFAULT_SCENARIO
from game.scenario import Scenario, load_scenario

ROOT = Path(__file__).resolve().parents[1]


def median_end_turn(scenario: Scenario, games: int) -> float:
    """Median seconds of one EndTurn (the turn's resolution: every rival, spending, scoring,
    events), measured after the player's own moves for that turn."""
    times = []
    for seed in range(games):
        engine = new_game(scenario, seed=seed, humans=["esa"])
        while not engine.is_over:
            play_turn(engine, "esa", "ilrs", engine.apply)
            start = time.perf_counter()
            engine.apply(EndTurn("esa"))
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_game(scenario: Scenario, games: int) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) of one whole autoplayed game."""
    walls, cpus = [], []
    for seed in range(games):
        start, cpu = time.perf_counter(), time.process_time()
        play_game(scenario, seed, "esa", ("bloc:ilrs", "bloc:artemis", "independent")[seed % 3])
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def median_empty_game(scenario: Scenario, games: int) -> float:
    """The floor of a whole game: median CPU seconds of a game whose player funds nothing
    and flies nothing, only answers what waits (first answer, offers declined) and ends its
    turns; the rivals, events, spending and scoring still run every turn."""
    cpus = []
    for seed in range(games):
        cpu = time.process_time()
        engine = new_game(scenario, seed=seed, humans=["esa"])
        while not engine.is_over:
            for item in engine.pending("esa"):
                engine.apply(AnswerEvent("esa", item.ref, 0) if item.kind == "event"
                             else DeclineOffer("esa", item.ref))
            if not engine.apply(EndTurn("esa")).ok:
                raise RuntimeError("the empty game could not end its turn")
        cpus.append(time.process_time() - cpu)
    return statistics.median(cpus)


def simulate_wall(path: str, games: int, jobs: int | None) -> tuple[float, float]:
    """(wall seconds, CPU seconds per game played, workers included). 'random' replays the
    roads' own games, so simulate relabels those instead of playing them (batch.run_games):
    a quarter of the games are not played, and the CPU time is divided by those that are.
    On a shared machine the wall time depends on the neighbours; the CPU time mostly not."""
    roads = ["bloc:ilrs", "bloc:artemis", "independent", "random"]
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    done = sum(len(chunk) for chunk in run_games(path, "esa", roads, games // len(roads), 1,
                                                 jobs))
    assert done == games // len(roads) * len(roads)
    wall = time.perf_counter() - start
    played = done - done // len(roads)
    return wall, (_cpu_seconds() - cpu_before) / played


def _cpu_seconds() -> float:
    """User + system time of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def simulate_command(runs: int, strategy: str = "all") -> float:
    """Wall seconds of `main.py simulate --runs RUNS --strategy STRATEGY`, start-up
    included (one run of one road is the command's floor: start-up and the workers)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "simulate", "--runs", str(runs),
                    "--strategy", strategy], check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=10_000, help="games for the simulate figure")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (all cores)")
    parser.add_argument("--no-command", action="store_true",
                        help="skip timing `main.py simulate --runs 2000 --strategy all`")
    args = parser.parse_args()
    scenario = load_scenario(DEFAULT_SCENARIO)
    print(f"cores: {os.cpu_count()}  scenario: {DEFAULT_SCENARIO.name}")
    print(f"end_turn (median of {40 * 10} turns): {median_end_turn(scenario, 10) * 1000:.2f} ms")
    play_game(scenario, 0, "esa", "ilrs")  # the rules' tables and memos, as in a batch
    wall, cpu = median_game(scenario, 60)
    floor = median_empty_game(scenario, 30)
    print(f"whole autoplayed game (median of 60): {wall * 1000:.1f} ms wall, "
          f"{cpu * 1000:.1f} ms CPU   floor (the player funds nothing, answers, ends turns) "
          f"{floor * 1000:.1f} ms CPU   aim <= 10 ms")
    wall, cpu = simulate_wall(str(DEFAULT_SCENARIO), args.games, args.jobs)
    print(f"simulate {args.games} games on {args.jobs or usable_cores()} workers: {wall:.1f} s "
          f"wall, {cpu * 1000:.1f} ms CPU a game played   aim < 60 s for 10000 on 2 cores")
    if not args.no_command:
        floor = simulate_command(1, "ilrs")
        print(f"main.py simulate --runs 2000 --strategy all: {simulate_command(2000):.1f} s "
              f"wall   floor (--runs 1 --strategy ilrs) {floor:.1f} s   aim < 30 s on 2 cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
