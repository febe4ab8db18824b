"""A scenario's pictures: where the file may be, and whether it is a picture the game can show.

Pure and pygame-free (the scenario layer never imports pygame): the type is judged by the
file's first bytes, never by its extension, and the width and height are read from the PNG
or JPEG header, so `validate` refuses a renamed text file or a huge photograph before any
screen tries to draw it. The file itself is read through the one guarded door (game.files).
"""

from __future__ import annotations

import os
import posixpath
import struct
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from game import files
from game.scenario import limits
from game.scenario.pydantic_errors import suggestion

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8"
# JPEG "start of frame" markers carry the dimensions; C4 (Huffman tables), C8 (reserved)
# and CC (arithmetic coding) share the range but are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


@dataclass(frozen=True)
class ImageInfo:
    kind: str  # "png" or "jpeg"
    width: int
    height: int


class ImageProblem(ValueError):
    """Why a picture cannot be shown, in words a teacher can act on."""


def relative_path(file: str) -> PurePosixPath:
    """The picture's path inside the scenario's folder, or ImageProblem: never absolute,
    never climbing out with `..` (a scenario shared with a class must carry its pictures)."""
    if "\\" in file or PureWindowsPath(file).drive or PurePosixPath(file).is_absolute():
        raise ImageProblem(f"'{file}' must be a path relative to the scenario file, with "
                           "forward slashes (e.g. pictures/lander.png)")
    normal = posixpath.normpath(file)
    if normal == ".." or normal.startswith("../"):
        raise ImageProblem(f"'{file}' leaves the scenario's folder; put the picture beside "
                           "the scenario file or in a folder inside it")
    return PurePosixPath(normal)


def locate(scenario_path: str | Path, file: str) -> Path:
    """Where a picture named in a scenario stands on disk (ImageProblem for a bad path)."""
    return Path(scenario_path).parent / relative_path(file)


def read_info(data: bytes) -> ImageInfo:
    """The kind and size of a PNG or JPEG from its first bytes, or ImageProblem."""
    if data.startswith(PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            raise ImageProblem("is a damaged PNG (no image header)")
        width, height = struct.unpack(">II", data[16:24])
        return ImageInfo("png", width, height)
    if data.startswith(JPEG_SIGNATURE):
        return _jpeg_info(data)
    raise ImageProblem("is not a PNG or JPEG picture (judged by its first bytes, not its "
                       "name): save it as PNG or JPEG")


def _jpeg_info(data: bytes) -> ImageInfo:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            break
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if marker in _JPEG_FRAMES and at + 9 <= len(data):
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return ImageInfo("jpeg", width, height)
        if length < 2:
            break
        at += 2 + length
    raise ImageProblem("is a damaged JPEG (no frame header giving its size)")


def check_picture(scenario_path: str | Path, file: str) -> ImageInfo:
    """The picture's kind and size when the game can show it, else ImageProblem saying why:
    a bad path, no such file (with the nearest file name of its folder), not PNG or JPEG,
    or beyond the limits of game/scenario/limits.py."""
    path = locate(scenario_path, file)
    if not path.exists():
        raise ImageProblem(f"the picture '{file}' is not in {path.parent}"
                           + _nearest(path))
    try:
        data = files.read_bytes(path, max_bytes=limits.MAX_IMAGE_BYTES, what="a picture")
    except files.FileProblem as problem:
        raise ImageProblem(f"the picture '{file}' {problem.message}") from None
    try:
        info = read_info(data)
    except ImageProblem as problem:
        raise ImageProblem(f"the picture '{file}' {problem}") from None
    side = limits.MAX_IMAGE_SIDE
    if info.width > side or info.height > side:
        raise ImageProblem(f"the picture '{file}' is {info.width}x{info.height} pixels, "
                           f"larger than a picture may be ({side}x{side}): make it smaller")
    if info.width == 0 or info.height == 0:
        raise ImageProblem(f"the picture '{file}' has no pixels (0 wide or high)")
    return info


def _nearest(path: Path) -> str:
    try:
        names = [entry.name for entry in os.scandir(path.parent) if entry.is_file()]
    except OSError:
        return ""
    return suggestion(path.name, names[:1000])
