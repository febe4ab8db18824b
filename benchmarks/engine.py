"""How fast the engine is: one end_turn, one whole autoplayed game, 10,000 simulated games.

Run with `.venv/bin/python benchmarks/engine.py` (or `make bench`). Figures are printed, never
asserted: the aims on a 2-core machine are a whole game under 25 ms and 10,000 games under
60 s (simulate spreads games over every core).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time

from game.core.commands import EndTurn
from game.core.new_game import new_game
from game.core.policies import play_turn
from game.headless.batch import run_games, usable_cores
from game.headless.common import play_game
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario


def median_end_turn(scenario: object, games: int) -> float:
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


def median_game(scenario: object, games: int) -> float:
    times = []
    for seed in range(games):
        start = time.perf_counter()
        play_game(scenario, seed, "esa", ("ilrs", "artemis", "independent")[seed % 3])
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def simulate_wall(path: str, games: int, jobs: int | None) -> tuple[float, float]:
    """(wall seconds, CPU seconds per game in the workers). On a shared machine the wall time
    depends on the neighbours; the CPU time per game mostly does not."""
    roads = ["ilrs", "artemis", "independent", "random"]
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    done = sum(len(chunk) for chunk in run_games(path, "esa", roads, games // len(roads), 1,
                                                 jobs))
    assert done == games // len(roads) * len(roads)
    wall = time.perf_counter() - start
    return wall, (_cpu_seconds() - cpu_before) / done


def _cpu_seconds() -> float:
    """User + system time of this process and of its finished worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=10_000, help="games for the simulate figure")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (all cores)")
    args = parser.parse_args()
    scenario = load_scenario(DEFAULT_SCENARIO)
    print(f"cores: {os.cpu_count()}  scenario: {DEFAULT_SCENARIO.name}")
    print(f"end_turn (median of {40 * 10} turns): {median_end_turn(scenario, 10) * 1000:.2f} ms")
    print(f"whole autoplayed game (median of 60): {median_game(scenario, 60) * 1000:.1f} ms"
          "   aim < 25 ms")
    wall, cpu = simulate_wall(str(DEFAULT_SCENARIO), args.games, args.jobs)
    print(f"simulate {args.games} games on {args.jobs or usable_cores()} workers: {wall:.1f} s "
          f"wall, {cpu * 1000:.1f} ms CPU a game   aim < 60 s for 10000 on 2 cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
