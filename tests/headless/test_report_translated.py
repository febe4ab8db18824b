"""A report of a game played in another language marks each translated statement and gives
the English of the report: in HTML one click away (<details>), in Markdown after it."""

from __future__ import annotations

from pathlib import Path

from game.core.new_game import new_game
from game.headless.report import write_report
from tests.translated_fixture import quotes


def written(tmp_path: Path, language: str) -> tuple[str, str]:
    engine = new_game(quotes(language), seed=3, humans=["cnsa"])
    html_path, md_path = write_report(engine, tmp_path)
    return html_path.read_text(encoding="utf-8"), md_path.read_text(encoding="utf-8")


def test_the_html_report_gives_each_translated_statement_its_english_in_details(
        tmp_path: Path) -> None:
    html, _ = written(tmp_path, "fr")
    assert ("Protocole signé. <details class=\"original\" title=\"Original (English): "
            "Memorandum signed.\"><summary>(translated)</summary>Original (English): "
            "Memorandum signed.</details>") in html
    assert "Original (English): The memorandum was signed this week." in html
    assert "Original (English): One report gives a day, the other only a week." in html
    # the untranslated claim and the source titles stand as they are, unmarked
    assert "The memorandum was signed on 9 March 2021.<br>" in html
    assert "Russia and China team up to conquer the moon" in html


def test_the_markdown_report_gives_the_english_after_the_translation(tmp_path: Path) -> None:
    _, md = written(tmp_path, "fr")
    assert "Protocole signé. (translated) (original: “Memorandum signed.”)" in md
    assert ("Le protocole a été signé cette semaine. (translated) (original: “The memorandum "
            "was signed this week.”)") in md


def test_a_report_in_english_marks_nothing(tmp_path: Path) -> None:
    html, md = written(tmp_path, "en")
    assert "(translated)" not in html and "(translated)" not in md
    assert "<details" not in html
