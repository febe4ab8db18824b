"""Wrapping and shortening text to a width (node names, labels that must not be cut)."""

from __future__ import annotations

from game.ui.widgets.text_fit import ELLIPSIS, ellipsize, wrap, wrap_within


def width(text: str) -> int:
    return 7 * len(text)  # a monospace stand-in for a font


def test_text_that_fits_is_left_alone() -> None:
    assert ellipsize(width, "Lunar orbiter", 200) == "Lunar orbiter"


def test_long_text_is_shortened_with_an_ellipsis_within_the_width() -> None:
    short = ellipsize(width, "Robotic research station", 70)
    assert short.endswith(ELLIPSIS) and width(short) <= 70


def test_words_wrap_onto_lines_that_fit() -> None:
    assert wrap(width, "Crew around the Moon", 70) == ["Crew", "around the", "Moon"]


def test_a_word_too_wide_for_any_line_is_hyphenated_without_a_stub() -> None:
    lines = wrap(width, "ILRS implementation", 70)
    assert lines[0] == "ILRS" and all(width(line) <= 70 for line in lines)
    assert lines[1].endswith("-") and len(lines[-1]) >= 3


def test_too_many_lines_end_in_an_ellipsis_and_say_so() -> None:
    lines, whole = wrap_within(width, "Robotic research station", 70, 2)
    assert not whole and len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert wrap_within(width, "Robotic research station", 70, 3) == (
        ["Robotic", "research", "station"], True)
