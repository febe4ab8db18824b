"""Headless UI tests: dummy video and audio, and a home folder of their own."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator
from pathlib import Path

import pytest

from game import paths


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saves, settings and user scenarios go under tmp_path, never the real home."""
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "config")
    return tmp_path


@pytest.fixture
def app_factory() -> Iterator[object]:
    from game.ui.testing import make_app

    made = []

    def make(size: tuple[int, int] = (1280, 720), **settings: object):  # type: ignore[no-untyped-def]
        app = make_app(size, **settings)
        made.append(app)
        return app

    yield make
    for app in made:
        for scene in list(app.stack):
            scene.clear()
