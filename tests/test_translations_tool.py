"""`make translations` (tools/translations.py): what it finds in the code, and the
catalogues it writes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tools import translations

CODE = b'''
from game.i18n import N_, tr, trn
KINDS = {"a": N_("Historical event")}
heading = f"<b>{esc(tr('Controls'))}</b>"
# TRANSLATORS: the count is of turns
left = trn("{n} turn left", "{n} turns left", 3)
shown = tr(KINDS["a"])
news = message("{a} achieves: {m}", a=1, m=2)
'''


def found() -> list[tuple[int, str, object, list[str]]]:
    return list(translations.extract_syntax_tree(io.BytesIO(CODE), None, None, None))


def test_messages_are_found_inside_f_strings_and_word_tables() -> None:
    texts = [text for _line, _name, text, _comments in found()]
    assert "Controls" in texts and "Historical event" in texts
    assert "{a} achieves: {m}" in texts


def test_a_count_is_found_with_both_its_forms_and_the_translators_note() -> None:
    (plural,) = [f for f in found() if f[1] == "trn"]
    assert plural[2] == ("{n} turn left", "{n} turns left")
    assert plural[3] == ["the count is of turns"]


def test_a_translation_of_a_variable_is_left_to_where_its_words_are_written() -> None:
    assert [f for f in found() if f[1] == "tr" and not isinstance(f[2], str)] == []
    assert len([f for f in found() if f[1] == "tr"]) == 1


def test_a_new_language_starts_with_every_message_and_its_own_plural_forms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(translations, "LOCALE", tmp_path)
    monkeypatch.setattr(translations, "TEMPLATE", tmp_path / "moonward.pot")
    assert translations.main(["--init", "de"]) == 0
    with (tmp_path / "de" / "LC_MESSAGES" / "moonward.po").open("rb") as file:
        german = read_po(file, locale="de")
    with (tmp_path / "moonward.pot").open("rb") as file:
        template = read_po(file)
    assert {m.id for m in german if m.id} == {m.id for m in template if m.id}
    assert german.num_plurals == 2
    assert "de/LC_MESSAGES/moonward.po:" in capsys.readouterr().out
