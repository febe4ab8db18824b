"""Median time to load and validate the 2021 scenario (printed, never asserted; aim < 50 ms).

    .venv/bin/python benchmarks/scenario_load.py [PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.paths import DEFAULT_SCENARIO
from game.scenario import check_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_SCENARIO))
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        scenario, problems = check_file(args.path)
        times.append(time.perf_counter() - start)
    if scenario is None:
        print(f"{args.path}: does not load ({len(problems)} problems)")
    median = statistics.median(times) * 1000
    print(f"{args.path}: load and validate, median of {args.runs} runs: {median:.1f} ms "
          f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}; aim under 50 ms)")


if __name__ == "__main__":
    main()
