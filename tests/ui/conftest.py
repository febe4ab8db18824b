"""Headless UI tests: dummy video and audio, and a home folder of their own."""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import sys

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator
from pathlib import Path

import pytest

from game import i18n, paths
from game.ui import fonts


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saves, settings and user scenarios go under tmp_path, never the real home."""
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "config")
    return tmp_path


def _give_back_freed_memory() -> None:
    """glibc keeps the freed font tables in its heap, scattered, so each Chinese screen
    after the first asked for fresh memory and the run's peak grew with their number
    (1.2 GB for the layout test in Chinese); trimming gives them back."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


@pytest.fixture(autouse=True, scope="module")
def memory_back_after_each_module() -> Iterator[None]:
    """Screens leave fonts and surfaces in reference cycles and glibc keeps what they
    freed scattered: without this a run's memory grew module by module (0.8 GB by the
    end, 1.45 GB for two workers together)."""
    yield
    gc.collect()
    _give_back_freed_memory()


@pytest.fixture
def app_factory() -> Iterator[object]:
    from game.ui.testing import make_app

    made = []
    chinese: list[bool] = []  # an app was made while the game spoke Chinese

    def make(size: tuple[int, int] = (1280, 720), **settings: object):  # type: ignore[no-untyped-def]
        app = make_app(size, **settings)
        made.append(app)
        if fonts.face_for(i18n.language()) == fonts.HAN:
            chinese.append(True)
        return app

    yield make
    for app in made:
        for scene in list(app.stack):
            scene.clear()
    if chinese or fonts.face_for(i18n.language()) == fonts.HAN:
        # A screen in Chinese holds Noto Sans SC at several sizes, about 100 MB of font
        # tables, in reference cycles: free them now, not when the collector next runs.
        made.clear()
        gc.collect()
        _give_back_freed_memory()
