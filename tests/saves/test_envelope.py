from __future__ import annotations

import json

import pytest

from game.saves import SAVE_VERSION, SaveError, read_save, write_save
from game.saves.envelope import MAX_SAVE_BYTES


def test_a_written_save_reads_back_equal(tmp_path, envelope):
    path = tmp_path / "a.json"
    write_save(path, envelope)
    assert read_save(path) == envelope


def _damaged(tmp_path, content: bytes | str):
    path = tmp_path / "bad.json"
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        ('{"format": "moonward-save", "save_vers', "cut short"),
        ("not json at all", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        ("[1, 2, 3]", "not a Moonward save"),
        ('{"format": "something-else"}', "not a Moonward save"),
        ('{"format": "moonward-save", "save_version": "one"}', "save_version"),
        ('{"format": "moonward-save", "save_version": 1, "name": 3}', "is damaged"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
    ],
)
def test_a_bad_file_gets_a_one_line_reason_and_is_left_untouched(tmp_path, content, reason):
    path = _damaged(tmp_path, content)
    before = path.read_bytes()
    with pytest.raises(SaveError) as caught:
        read_save(path)
    assert reason in caught.value.message
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_a_save_from_a_newer_format_is_refused_with_the_versions(tmp_path, envelope):
    document = envelope.model_dump(mode="json") | {"save_version": SAVE_VERSION + 1}
    path = _damaged(tmp_path, json.dumps(document))
    with pytest.raises(SaveError, match="newer Moonward"):
        read_save(path)


def test_an_older_format_without_a_migration_is_refused_saying_so(tmp_path, envelope,
                                                                  monkeypatch):
    monkeypatch.setattr("game.saves.envelope.SAVE_VERSION", 2)
    path = _damaged(tmp_path, json.dumps(envelope.model_dump(mode="json")))
    with pytest.raises(SaveError, match="old save format 1"):
        read_save(path)


def test_an_older_format_is_migrated_when_a_migration_exists(tmp_path, envelope, monkeypatch):
    monkeypatch.setattr("game.saves.envelope.SAVE_VERSION", 2)
    monkeypatch.setitem(
        __import__("game.saves.envelope", fromlist=["MIGRATIONS"]).MIGRATIONS,
        1,
        lambda document: document | {"name": document["name"] + " (migrated)"},
    )
    path = _damaged(tmp_path, json.dumps(envelope.model_dump(mode="json")))
    assert read_save(path).name == "Class 4B (migrated)"


def test_a_huge_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, no disk used
    assert path.stat().st_size > MAX_SAVE_BYTES
    with pytest.raises(SaveError, match=r"100\.0 MB"):
        read_save(path)


def test_a_folder_or_a_missing_file_is_refused(tmp_path):
    with pytest.raises(SaveError, match="folder"):
        read_save(tmp_path)
    with pytest.raises(SaveError, match="no such file"):
        read_save(tmp_path / "nope.json")


def test_an_integer_of_thousands_of_digits_is_a_one_line_reason_not_a_value_error(
        tmp_path, envelope):
    # Python refuses to parse integers of more than 4,300 digits with a bare ValueError.
    text = json.dumps(envelope.model_dump(mode="json")).replace('"seed": 7', '"seed": '
                                                                 + "9" * 5000)
    path = _damaged(tmp_path, text)
    with pytest.raises(SaveError) as caught:
        read_save(path)
    assert "too long" in caught.value.message and "\n" not in str(caught.value)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_that_is_not_finite_is_refused_on_loading(tmp_path, envelope, number):
    text = json.dumps(envelope.model_dump(mode="json")).replace('"turn": 3', f'"turn": {number}')
    with pytest.raises(SaveError):
        read_save(_damaged(tmp_path, text))


@pytest.mark.parametrize("field", ["name", "turn_label"])
@pytest.mark.parametrize(("bad", "reason"), [
    ("\\u0000", "control character"), ("Class\\ud8004B", "control character"),
    ("Class\\n4B", "one line"), ("x" * 5000, "at most"),
])
def test_a_name_or_turn_label_that_the_load_screen_could_not_show_is_refused(
        tmp_path, envelope, field, bad, reason):
    document = envelope.model_dump(mode="json")
    text = json.dumps(document).replace(json.dumps(document[field]), f'"{bad}"', 1)
    with pytest.raises(SaveError) as caught:
        read_save(_damaged(tmp_path, text))
    assert reason in caught.value.message and "\n" not in str(caught.value)


def test_a_typed_name_is_kept_as_one_clean_line(stamp):
    from game.saves.envelope import MAX_SAVE_NAME_CHARS, make_envelope

    envelope = make_envelope("Class\n4B\x00 \ud800 " + "x" * 500, stamp, {}, "Mar\t2023")
    assert envelope.name.startswith("Class 4B x")
    assert len(envelope.name) == MAX_SAVE_NAME_CHARS
    assert envelope.turn_label == "Mar 2023"


@pytest.mark.parametrize(("game", "reason"), [
    ({"score": float("inf")}, "not finite"),
    ({"score": float("nan")}, "not finite"),
    ({"seed": 10**60}, "read back"),
])
def test_write_save_refuses_what_it_could_not_read_back_and_writes_nothing(
        tmp_path, stamp, game, reason):
    from game.saves.envelope import make_envelope

    path = tmp_path / "a.json"
    with pytest.raises(SaveError) as caught:
        write_save(path, make_envelope("Class 4B", stamp, game))
    assert reason in caught.value.message and "\n" not in str(caught.value)
    assert not path.exists() and not list(tmp_path.iterdir())


def test_write_save_refuses_a_game_larger_than_a_save_may_be(tmp_path, stamp, monkeypatch):
    from game.saves.envelope import make_envelope

    monkeypatch.setattr("game.saves.envelope.MAX_SAVE_BYTES", 1024)
    path = tmp_path / "a.json"
    with pytest.raises(SaveError, match="more than a save may hold"):
        write_save(path, make_envelope("Class 4B", stamp, {"news": ["x" * 2000]}))
    assert not path.exists()
