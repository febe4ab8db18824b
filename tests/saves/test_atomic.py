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
from game.saves.atomic import atomic_write_text, remove_leftover_temp_files

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


def test_only_old_hidden_temporary_files_are_swept_never_links_or_young_ones(tmp_path):
    old = time.time() - 3600
    target = tmp_path / "precious.json"
    target.write_text("keep")
    left = tmp_path / ".precious.json.k1ll3d.tmp"
    left.write_text("half a sa")
    young = tmp_path / ".precious.json.busy.tmp"
    young.write_text("being written")
    link = tmp_path / ".link.tmp"
    link.symlink_to(target)
    for path in (target, left):
        os.utime(path, (old, old))
    os.utime(link, (old, old), follow_symlinks=False)
    assert remove_leftover_temp_files(tmp_path) == [left]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".link.tmp", ".precious.json.busy.tmp", "precious.json"]
    assert remove_leftover_temp_files(tmp_path / "missing") == []


def test_only_hidden_tmp_files_are_swept_never_saves_other_tmp_names_or_folders(tmp_path):
    stale = [tmp_path / ".slot-x.json.abc123.tmp", tmp_path / ".autosave-000001.json.q.tmp"]
    fresh = tmp_path / ".slot-y.json.def456.tmp"
    kept = [tmp_path / "slot-x.json", tmp_path / "notes.tmp", tmp_path / ".hidden"]
    for path in [*stale, fresh, *kept]:
        path.write_text("x")
    an_hour_ago = time.time() - 3600
    for path in [*stale, *kept]:
        os.utime(path, (an_hour_ago, an_hour_ago))
    (tmp_path / ".a-folder.tmp").mkdir()
    remove_leftover_temp_files(tmp_path)
    assert not any(path.exists() for path in stale)
    assert fresh.exists() and all(path.exists() for path in kept)
    assert (tmp_path / ".a-folder.tmp").is_dir()
