from __future__ import annotations

import pytest

from game.saves import SaveSlots
from game.saves.envelope import write_save
from game.saves.errors import SaveError
from game.saves.slots import AUTOSAVES_KEPT, slot_file_name


def test_autosave_keeps_only_the_last_five(tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    for _ in range(AUTOSAVES_KEPT + 3):
        slots.autosave(envelope)
    autos = [info for info in slots.list() if info.kind == "auto"]
    assert len(autos) == AUTOSAVES_KEPT
    assert sorted(p.name for p in tmp_path.iterdir())[0] == "autosave-000004.json"


def test_a_folder_named_like_an_autosave_neither_stops_autosaving_nor_pruning(
        tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    for _ in range(3):
        slots.autosave(envelope)
    (tmp_path / "autosave-000004.json").mkdir()
    (tmp_path / "autosave-000001.json").unlink()
    (tmp_path / "autosave-000001.json").mkdir()
    for _ in range(AUTOSAVES_KEPT + 2):
        newest = slots.autosave(envelope)
        assert newest.is_file()
    autos = sorted(info.path.name for info in slots.list() if info.kind == "auto")
    assert len(autos) == AUTOSAVES_KEPT
    assert autos[-1] == newest.name
    # the folders are the player's: left as they were
    assert (tmp_path / "autosave-000001.json").is_dir()
    assert (tmp_path / "autosave-000004.json").is_dir()


def test_newest_skips_a_broken_file(tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    good = slots.save_named("Monday", envelope)
    broken = tmp_path / "slot-broken.json"
    broken.write_text("{")
    assert slots.newest().path in {good}
    assert {info.path.name: info.error is None for info in slots.list()} == {
        good.name: True,
        broken.name: False,
    }


def test_newest_is_the_first_readable_save_of_the_list_and_reads_no_further(
        tmp_path, envelope, monkeypatch):
    """newest() stops at the first save that loads (the title asks at every start), yet
    picks the same one as the whole list: by time, ties as the folder lists them."""
    import os

    from game.saves import slots as slots_mod

    slots = SaveSlots(tmp_path)
    times = {"a": 100, "b": 300, "c": 300, "d": 200, "e": 400}
    for name, when in times.items():
        path = slots.save_named(name, envelope)
        os.utime(path, (when, when))
    newer_broken = tmp_path / "slot-broken.json"
    newer_broken.write_text("{")
    os.utime(newer_broken, (500, 500))
    os.utime(slots.path_for("e"), (0, 0))  # the oldest now
    expected = next(info for info in slots.list() if info.envelope is not None)
    read = []
    real = slots_mod.read_save
    monkeypatch.setattr(slots_mod, "read_save", lambda path: read.append(path) or real(path))
    assert slots.newest().path == expected.path
    assert read == [newer_broken, expected.path]
    assert SaveSlots(tmp_path / "none").newest() is None


def test_slot_names_become_safe_file_names():
    assert slot_file_name("Class 4B / Tuesday!").startswith("slot-class-4b-tuesday-")
    assert slot_file_name("...").startswith("slot-save-")
    for name in ["a/b\\c:d*e?f\"g<h>i|j", "CON", "..", " . ", "x" * 500, "🚀" * 100]:
        file = slot_file_name(name)
        assert file.startswith("slot-") and file.endswith(".json")
        assert not set('/\\:*?"<>|') & set(file)
        assert len(file.encode("utf-8")) < 200


@pytest.mark.parametrize("first, second", [
    ("Класс 4А", "Класс 4Б"),
    ("🚀", "🌕"),
    ("四年级", "五年级"),
    ("Τάξη Α", "Τάξη Β"),
    ("🚀", "四年级"),
    ("Class 4B", "class-4b"),
    ("Class 4B", "class 4b"),
    ("Class 4B", "Class 4B!"),
])
def test_different_names_never_share_a_file(first, second):
    assert slot_file_name(first) != slot_file_name(second)


def test_a_name_keeps_its_own_letters_in_the_file_name():
    assert slot_file_name("Класс 4А").startswith("slot-класс-4а-")
    assert slot_file_name("四年级").startswith("slot-四年级-")


def test_the_same_name_always_gives_the_same_file():
    composed, decomposed = "Caf\u00e9", "Cafe\u0301"
    assert slot_file_name(composed) == slot_file_name(decomposed)
    assert slot_file_name("Class 4B") == slot_file_name("Class 4B")


def test_two_classes_saving_under_similar_names_keep_both_saves(tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    names = ["Класс 4А", "Класс 4Б", "🚀", "四年级", "Class 4B", "class-4b"]
    for name in names:
        slots.save_named(name, envelope.model_copy(update={"name": name}))
    assert sorted(info.envelope.name for info in slots.list()) == sorted(names)


def test_saving_under_an_existing_name_reports_the_save_it_would_replace(tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    assert slots.existing("Class 4B") is None
    path = slots.save_named("Class 4B", envelope)
    assert slots.existing("Class 4B").path == path
    assert slots.existing("class 4b") is None
    assert slots.save_named("Class 4B", envelope) == path
    assert len(list(tmp_path.iterdir())) == 1


def test_a_save_written_under_the_old_file_names_is_still_listed_found_and_replaced(
        tmp_path, envelope):
    old = tmp_path / "slot-class-4b.json"
    write_save(old, envelope)  # envelope.name is "Class 4B"
    slots = SaveSlots(tmp_path)
    assert [info.path for info in slots.list()] == [old]
    assert slots.existing("Class 4B").path == old
    assert slots.save_named("Class 4B", envelope) == old
    assert [p.name for p in tmp_path.iterdir()] == ["slot-class-4b.json"]


def test_a_name_with_a_control_character_is_refused_before_anything_is_written(
        tmp_path, envelope):
    with pytest.raises(SaveError, match="control character"):
        SaveSlots(tmp_path).save_named("Class\x004B", envelope)
    assert not tmp_path.exists() or not list(tmp_path.iterdir())


def test_a_missing_folder_has_no_saves(tmp_path):
    assert SaveSlots(tmp_path / "none").list() == []
    assert SaveSlots(tmp_path / "none").newest() is None
