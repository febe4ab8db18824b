"""All-or-nothing file writes: a crash mid-write leaves the old file, never half a new one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename.

    The rename is atomic on POSIX and on Windows (os.replace), so a reader sees either
    the old content or the new, whatever moment the process dies at.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temp_name, 0o666 & ~_umask())  # mkstemp makes 0600; keep the usual mode
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(path.parent)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable after a power cut; folders cannot be opened on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A write takes milliseconds; a temporary file this old was left by a process that was
# killed (or lost power) between creating it and the rename, and nobody will finish it.
LEFTOVER_AGE = 60.0


def remove_leftover_temp_files(folder: str | Path, *, older_than: float = LEFTOVER_AGE,
                               now: float | None = None) -> list[Path]:
    """Delete the temporary files an interrupted write left in `folder`; the ones removed.

    Only hidden regular files ending in ".tmp" (what atomic_write_text and older settings
    writes create) and older than `older_than` seconds: a younger one may belong to a
    write going on right now in another copy of the game. Links and folders stay.
    """
    folder = Path(folder)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # no folder yet, or unreadable: nothing of ours to clean
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue  # someone else removed it, or we may not: it is only litter
        removed.append(Path(entry.path))
    return removed
