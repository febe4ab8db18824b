"""Pictures in a scenario: where the file may be, its type by its first bytes, its size from
its header, each problem at the `image:` line; and a picture is credited like a statement."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from game.scenario import check_file
from game.scenario.facts import statements
from game.scenario.images import ImageProblem, check_picture, read_info, relative_path

MEDIA = Path(__file__).parents[1] / "fixtures" / "media" / "media.yaml"


def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


def test_png_and_jpeg_sizes_are_read_from_their_headers() -> None:
    assert (read_info(png(40, 30)).kind, read_info(png(40, 30)).width) == ("png", 40)
    info = read_info(jpeg(640, 480))
    assert (info.kind, info.width, info.height) == ("jpeg", 640, 480)


def test_a_file_is_judged_by_its_first_bytes_not_its_name() -> None:
    with pytest.raises(ImageProblem, match="not a PNG or JPEG"):
        read_info(b"GIF89a....")


@pytest.mark.parametrize("file", ["/etc/passwd.png", "../outside.png", "a/../../b.png",
                                  "C:/pictures/x.png", "pictures\\x.png"])
def test_a_picture_must_stay_inside_the_scenario_folder(file: str) -> None:
    with pytest.raises(ImageProblem):
        relative_path(file)


def test_a_subfolder_inside_the_scenario_folder_is_fine() -> None:
    assert str(relative_path("pictures/./lander.png")) == "pictures/lander.png"


def test_a_missing_picture_names_the_nearest_file(tmp_path: Path) -> None:
    (tmp_path / "lander.png").write_bytes(png(4, 4))
    with pytest.raises(ImageProblem, match=r"did you mean 'lander\.png'"):
        check_picture(tmp_path / "s.yaml", "landr.png")


def test_a_picture_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.png").write_bytes(png(4000, 10))
    with pytest.raises(ImageProblem, match="4000x10 pixels"):
        check_picture(tmp_path / "s.yaml", "big.png")


def test_the_media_fixture_validates_and_its_pictures_are_loaded() -> None:
    scenario, problems = check_file(MEDIA)
    assert problems == [] and scenario is not None
    assert scenario.agencies["cnsa"].image is not None
    assert scenario.agencies["cnsa"].image.file == "moon.png"
    assert scenario.milestones["lander"].image is not None
    assert scenario.events["signing"].image is not None


def test_each_picture_is_a_credited_row_of_the_facts() -> None:
    scenario, _ = check_file(MEDIA)
    assert scenario is not None
    rows = [row for row in statements(scenario) if row["kind"] == "picture"]
    assert {row["where"] for row in rows} == {
        "agencies.cnsa.image", "milestones.lander.image", "events.signing.image"}
    assert all(row["sources"] == ["drawn"] and row["fiction"] for row in rows)


def test_a_picture_errors_stand_at_its_image_line(variant) -> None:  # type: ignore[no-untyped-def]
    path = variant(("    requires: [orbiter]\n",
                    "    requires: [orbiter]\n"
                    "    image: {file: nowhere.png, claim: framing, sources: [seed_00]}\n"))
    _, problems = check_file(path)
    assert sorted((p.code, p.line) for p in problems) == [("E-IMAGE", 53), ("E-REF", 53)]
