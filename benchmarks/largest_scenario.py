"""How long the turn screen, History and the debrief take to open (printed, never asserted)
with the shipped moon_2021 and with the largest scenario the limits allow.

    .venv/bin/python benchmarks/largest_scenario.py [--runs N] [--size 1280x720]

Each figure is the median over N openings of building the screen and drawing its first
frame, with the dummy video driver: wall time, and the process's CPU time beside it (on a
shared machine the CPU time is the steadier of the two). The shipped moon_2021, opened in
the same run, is the floor the largest scenario is read against; the aim is one second: the
limits in game/scenario/limits.py are chosen so that anything that validates opens every
screen within it (tests/ui/test_largest_scenario.py checks that every screen opens and fits;
this says how fast).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

AIM = 1.0  # seconds to open any screen


def timed(runs: int, open_screen: Callable[[], None], close: Callable[[], None]
          ) -> tuple[float, float]:
    """Median (wall, CPU) seconds of `open_screen` over `runs`, `close` between them."""
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        open_screen()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
        close()
    return statistics.median(wall), statistics.median(cpu)


def measure(scenario: Path, agency: str, runs: int, size: tuple[int, int]
            ) -> list[tuple[str, float, float]]:
    from game.ui import screenshots
    from game.ui.scenes.dashboard import DashboardScene
    from game.ui.scenes.debrief import DebriefScene
    from game.ui.scenes.history import HistoryScene
    from game.ui.session import Session
    from game.ui.testing import DT, make_app

    app = make_app(size)
    mid = Session.new(scenario, agency, "normal", screenshots.SEED)
    screenshots.play_turns(mid, screenshots.MID_GAME_TURNS)
    screenshots.plan_current_turn(mid)
    done = Session.new(scenario, agency, "normal", screenshots.SEED)
    screenshots.play_turns(done, done.state.turn_count + 1)

    def turn_screen(session: Session) -> Callable[[], None]:
        def open_it() -> None:
            app.session = session
            app.reset(DashboardScene())
            app.frame(DT)
        return open_it

    def over(push: Callable[[], object]) -> Callable[[], None]:
        def open_it() -> None:
            app.push(push())  # type: ignore[arg-type]
            app.frame(DT)
        return open_it

    def pop() -> None:
        app.pop(app.top)  # type: ignore[arg-type]
        app.frame(DT)

    out = [("turn screen", *timed(runs, turn_screen(mid), lambda: None))]
    turn_screen(mid)()
    out.append(("History", *timed(runs, over(HistoryScene), pop)))
    turn_screen(done)()
    out.append(("debrief", *timed(runs, over(lambda: DebriefScene(
        report_time=screenshots.REPORT_TIME)), pop)))
    for scene in list(app.stack):
        scene.clear()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="openings per figure")
    parser.add_argument("--size", default="1280x720", help="window size, like 1024x600")
    args = parser.parse_args()
    width, _, height = args.size.partition("x")
    size = (int(width), int(height))
    warnings.filterwarnings("ignore", category=UserWarning)  # pygame_gui font notices

    from game import paths
    from tests.fixtures.largest import FIRST_AGENCY, write_largest_scenario

    with tempfile.TemporaryDirectory(prefix="moonward-bench-") as scratch:
        # the debrief writes its report: keep it away from the player's own folders
        paths.user_data_dir = lambda: Path(scratch) / "data"  # type: ignore[assignment]
        paths.user_config_dir = lambda: Path(scratch) / "config"  # type: ignore[assignment]
        largest = write_largest_scenario(Path(scratch) / "largest.yaml")
        print(f"opening a screen at {size[0]}x{size[1]}, median of {args.runs} "
              f"(moon_2021 is the floor; aim {AIM:.1f} s):")
        for label, path, agency in (("moon_2021", paths.DEFAULT_SCENARIO, "esa"),
                                    ("largest", largest, FIRST_AGENCY)):
            for screen, wall, cpu in measure(path, agency, args.runs, size):
                verdict = "met" if wall <= AIM else "MISSED"
                print(f"  {label:<10} {screen:<12} {wall:6.3f} s wall  {cpu:6.3f} s CPU   "
                      f"{verdict}")


if __name__ == "__main__":
    main()
