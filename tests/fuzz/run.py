"""`make fuzz`: the suite's fuzz tests again and again, with new seeds, for a set time.

Prints how many cases ran and how many failed; exits 1 if any did.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ("test_scenario_loader_fuzz.py", "test_save_loader_fuzz.py")
PER_ROUND = 4000  # cases per test file per round (split over its two fuzz tests)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args()
    stop = time.monotonic() + args.minutes * 60
    cases = failed_rounds = rounds = 0
    env = {**os.environ, "MOONWARD_FUZZ_EXAMPLES": str(PER_ROUND)}
    while time.monotonic() < stop:
        rounds += 1
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             f"--hypothesis-seed={rounds}", *(f"tests/fuzz/{t}" for t in TESTS)],
            cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        )
        cases += PER_ROUND * len(TESTS)
        if run.returncode != 0:
            failed_rounds += 1
            print(run.stdout[-3000:], file=sys.stderr)
        print(f"round {rounds}: {cases} cases so far, {failed_rounds} failing rounds",
              file=sys.stderr)
    print(f"fuzz: {cases} cases ran, {failed_rounds} rounds failed "
          f"({'see the failures above' if failed_rounds else 'no failures'})")
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    sys.exit(main())
