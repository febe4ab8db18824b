from __future__ import annotations

from game.saves import SaveSlots
from game.saves.slots import AUTOSAVES_KEPT, slot_file_name


def test_autosave_keeps_only_the_last_five(tmp_path, envelope):
    slots = SaveSlots(tmp_path)
    for _ in range(AUTOSAVES_KEPT + 3):
        slots.autosave(envelope)
    autos = [info for info in slots.list() if info.kind == "auto"]
    assert len(autos) == AUTOSAVES_KEPT
    assert sorted(p.name for p in tmp_path.iterdir())[0] == "autosave-000004.json"


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


def test_slot_names_become_safe_file_names():
    assert slot_file_name("Class 4B / Tuesday!") == "slot-class-4b-tuesday.json"
    assert slot_file_name("...") == "slot-save.json"


def test_a_missing_folder_has_no_saves(tmp_path):
    assert SaveSlots(tmp_path / "none").list() == []
    assert SaveSlots(tmp_path / "none").newest() is None
