"""What a language other than English costs, beside English as the floor (printed, never
asserted): compiling its catalogue on first use, loading the campaign with its companion,
and opening the title screen in its fonts (Chinese loads Noto Sans SC). Each figure is
measured in a fresh process, so nothing is already cached.

    .venv/bin/python benchmarks/languages.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "fr", "ru", "zh")

# One fresh process per measure: the timings it prints as JSON.
_PROBE = r"""
import json, os, resource, sys, time
os.environ["SDL_VIDEODRIVER"] = "dummy"; os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, sys.argv[2])
from game import i18n, paths
start = time.perf_counter(); i18n.set_language(sys.argv[1]); catalogue = time.perf_counter() - start
from game.scenario.loader import load_scenario
start = time.perf_counter(); load_scenario(paths.DEFAULT_SCENARIO)
scenario = time.perf_counter() - start
from game.ui.scenes.title import TitleScene
from game.ui.testing import make_app
start = time.perf_counter()
app = make_app((1280, 720)); app.push(TitleScene()); app.frame(0.016)
title = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"catalogue": catalogue, "scenario": scenario, "title": title, "peak": peak}))
"""


def probe(language: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", _PROBE, language, str(ROOT)], check=True,
                          capture_output=True, text=True, env={**os.environ,
                                                                "MOONWARD_LANG": language})
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"median of {args.runs} fresh processes each; en is the floor")
    print(f"{'':4}{'catalogue':>12}{'campaign':>12}{'title frame':>14}{'peak memory':>14}")
    for language in LANGUAGES:
        runs = [probe(language) for _ in range(args.runs)]

        def median(key: str, runs: list[dict[str, float]] = runs) -> float:
            return statistics.median(r[key] for r in runs)

        print(f"{language:4}{median('catalogue') * 1000:>9.0f} ms"
              f"{median('scenario') * 1000:>9.0f} ms{median('title') * 1000:>11.0f} ms"
              f"{median('peak'):>11.0f} MB")


if __name__ == "__main__":
    main()
