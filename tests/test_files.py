"""The guarded door: what it lets in and how it says no."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from game.files import FileProblem, parse_json, read_bytes, read_json, read_text


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b'{"a": 1}')
    assert read_json(path, max_bytes=100, what="a test file") == {"a": 1}


def test_a_file_over_the_cap_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(FileProblem, match="larger than a test file may be"):
        read_bytes(path, max_bytes=1024, what="a test file")


def test_a_missing_file_and_a_folder_are_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="no such file"):
        read_bytes(tmp_path / "nope", max_bytes=10, what="a test file")
    with pytest.raises(FileProblem, match="is a folder"):
        read_bytes(tmp_path, max_bytes=10, what="a test file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_at_once(tmp_path: Path) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileProblem, match="not a regular file"):
        read_bytes(link, max_bytes=1024, what="a scenario file")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            read_bytes(fifo, max_bytes=1024, what="a save")
        except FileProblem as error:
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "reading a FIFO blocked"
    assert outcome and "not a regular file" in str(outcome[0])


def test_a_control_character_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"a: 1\nb: 2\nc: x\x00y\n")
    with pytest.raises(FileProblem) as caught:
        read_text(path, max_bytes=1000, what="a scenario file")
    assert (caught.value.line, caught.value.col) == (3, 5)
    assert "U+0000" in caught.value.message


def test_bad_utf8_is_reported_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(b"a: 1\nb: \xff\n")
    with pytest.raises(FileProblem) as caught:
        read_text(path, max_bytes=1000, what="a scenario file")
    assert caught.value.line == 2


def test_a_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes("\ufeff[1]".encode())
    assert read_json(path, max_bytes=100, what="a test file") == [1]


@pytest.mark.parametrize("text", [
    "1" * 5000,
    "[" + "9" * 401 + "]",
    "1e400",
    "NaN",
    "[Infinity]",
    "-Infinity",
])
def test_numbers_too_long_or_not_finite_are_refused(text: str) -> None:
    with pytest.raises(FileProblem):
        parse_json("x.json", text)


def test_deep_nesting_is_refused_in_one_line() -> None:
    with pytest.raises(FileProblem, match="nested"):
        parse_json("x.json", "[" * 100 + "]" * 100)
    with pytest.raises(FileProblem, match="nested"):
        parse_json("x.json", "[" * 100_000 + "]" * 100_000)


@pytest.mark.parametrize("text", ['"a\\u0000b"', '{"n": "\\ud800"}', '{"\\u0007": 1}'])
def test_control_characters_and_lone_surrogates_in_strings_are_refused(text: str) -> None:
    with pytest.raises(FileProblem, match="control character"):
        parse_json("x.json", text)


def test_ordinary_text_in_any_script_passes() -> None:
    expected = {"n": "Класс 4А 月球 🚀\nline"}
    assert parse_json("x.json", '{"n": "Класс 4А 月球 🚀\\nline"}') == expected
