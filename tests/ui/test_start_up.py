"""Start-up: the title screen comes without the scenario models, and still knows the saves.

The first title frame must come within 0.6 s of a bare `import pygame, numpy, yaml`
(benchmarks/ui.py prints both). Most of what once stood between them was pydantic and the
models and engine it carries, which the title does not use; a fresh process holds that
they stay out until New game, Load or Continue asks for them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pygame_gui.elements import UIButton

from game import paths
from game.i18n import tr
from game.ui.scenes.title import TitleScene
from game.ui.session import Session
from game.ui.testing import Driver

REPO = Path(__file__).resolve().parents[2]

# Run `moonward play` to the first drawn frame, then report what the process had loaded.
FIRST_FRAME = """
import json, sys
from pathlib import Path
from game import paths
home = Path(sys.argv[1])
paths.user_data_dir = lambda: home / "data"
paths.user_config_dir = lambda: home / "config"
from game.ui import app as app_mod

class FirstFrame(Exception):
    pass

def frame(self, dt, _frame=app_mod.App.frame):
    drew = _frame(self, dt)
    if drew:
        print(json.dumps({"top": type(self.top).__name__, "frames": self.frames_drawn,
                          "loaded": sorted(sys.modules)}))
        raise FirstFrame
    return drew

app_mod.App.frame = frame
from game.cli import main
try:
    main(["--windowed", "--size", "1280x720"])
except FirstFrame:
    pass
"""

# What the title does without: pydantic and what is built on it.
NOT_BEFORE_THE_TITLE = ("pydantic", "game.scenario.models", "game.saves.envelope",
                        "game.core.engine", "game.ui.session")


def first_frame(home: Path) -> dict[str, object]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    env.pop("MOONWARD_LANG", None)
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(home)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_frame_is_the_title_without_pydantic(tmp_path: Path) -> None:
    seen = first_frame(tmp_path)
    assert seen["top"] == "TitleScene" and seen["frames"] == 1
    loaded = set(seen["loaded"])  # type: ignore[arg-type]
    assert not loaded & set(NOT_BEFORE_THE_TITLE), sorted(loaded & set(NOT_BEFORE_THE_TITLE))


def continue_button(app) -> UIButton:  # type: ignore[no-untyped-def]
    return next(e for e in app.top.elements
                if isinstance(e, UIButton) and e.text == tr("Continue"))


def test_continue_is_off_with_no_save_or_only_a_broken_one(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory()
    app.push(TitleScene())
    Driver(app).step(1)
    assert not continue_button(app).is_enabled
    folder = paths.saves_dir()
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / "a-folder.json").mkdir()  # not a file: never taken for a save
    app.reset(TitleScene())
    Driver(app).step(1)
    assert not continue_button(app).is_enabled


def test_continue_is_on_once_a_readable_save_exists(app_factory) -> None:  # type: ignore[no-untyped-def]
    folder = paths.saves_dir()
    folder.mkdir(parents=True)
    Session.new(paths.DEFAULT_SCENARIO, "esa", "normal", 7).save(folder / "slot-a.json", "A")
    app = app_factory()
    app.push(TitleScene())
    Driver(app).step(1)
    assert continue_button(app).is_enabled
