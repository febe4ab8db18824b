"""A process killed while writing saves never leaves a slot half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from game.saves import read_save
from game.saves.atomic import atomic_write_text

_WRITER = textwrap.dedent(
    """
    import sys
    from game.saves import ScenarioStamp, write_save
    from game.saves.envelope import make_envelope
    folder, slots = sys.argv[1], int(sys.argv[2])
    stamp = ScenarioStamp(id="s", version="1", sha256="b" * 64, file="s.yaml")
    payload = {"commands": ["x" * 200] * 300}
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        write_save(f"{folder}/slot-{n % slots}.json", make_envelope(f"w{n}", stamp, payload))
    """
)


def test_atomic_write_replaces_the_whole_file(tmp_path):
    path = tmp_path / "f.txt"
    atomic_write_text(path, "old")
    atomic_write_text(path, "new")
    assert path.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_saves_survive_a_writer_killed_at_random_moments(tmp_path):
    rng = np.random.default_rng(2021)
    slots = 3
    for _ in range(25):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path), str(slots)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(float(rng.uniform(0.0, 0.05)))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        for path in tmp_path.glob("slot-*.json"):
            assert read_save(path).game["commands"][0] == "x" * 200
    assert len(list(tmp_path.glob("slot-*.json"))) == slots
