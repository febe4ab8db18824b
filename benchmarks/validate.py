"""Time to validate a scenario: the shipped one, the largest the limits allow, and the worst
file the size cap lets in, beside the floor (importing the loader). Printed, never asserted;
aim: every one under a second on a school laptop.

    .venv/bin/python benchmarks/validate.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.paths import DEFAULT_SCENARIO
from game.scenario import check_file, limits
from tests.fixtures.largest import write_largest_scenario

ROOT = Path(__file__).resolve().parents[1]

_IMPORT = ("import time; start = time.perf_counter(); import game.scenario.loader; "
           "print(time.perf_counter() - start)")


def import_floor(runs: int) -> float:
    """Median seconds to import the loader in a fresh interpreter (what `validate` pays)."""
    times = [float(subprocess.run([sys.executable, "-c", _IMPORT], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout)
             for _ in range(runs)]
    return statistics.median(times)


def validate_time(path: Path, runs: int) -> tuple[float, int]:
    """Median seconds of check_file on `path`, and how many problems it found."""
    times = []
    problems: list[object] = []
    for _ in range(runs):
        start = time.perf_counter()
        _, problems = check_file(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(problems)


def worst_small_values(path: Path) -> Path:
    """As many values as the limit allows, in the fewest bytes: the most work per byte."""
    path.write_text("a: [" + ",".join(["1"] * (limits.MAX_VALUES - 4)) + "]\n",
                    encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"floor: import game.scenario.loader, median of {args.runs}: "
          f"{import_floor(args.runs) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        cases = [
            ("shipped", Path(DEFAULT_SCENARIO)),
            ("largest the limits allow", write_largest_scenario(Path(folder) / "largest.yaml")),
            ("most values allowed", worst_small_values(Path(folder) / "worst.yaml")),
        ]
        for label, path in cases:
            seconds, problems = validate_time(path, args.runs)
            print(f"{label} ({path.name}, {path.stat().st_size / 1024:.0f} KB): validate, "
                  f"median of {args.runs}: {seconds * 1000:.0f} ms ({problems} problems)")


if __name__ == "__main__":
    main()
