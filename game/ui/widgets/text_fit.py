"""Make text fit a width: wrap by words into lines, or shorten with an ellipsis.

Works with any `measure(text) -> width in pixels` so it serves pygame fonts (the graph)
and pygame_gui label fonts alike. Shortening is the last resort: callers put the full
text in a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from game.text_breaks import units

Measure = Callable[[str], int]


class TextFont(Protocol):
    """What fit_line and the screens' word wrap need of a font: pygame's own Font or a
    pygame_gui theme font (IGUIFontInterface) both measure a line with size()."""

    def size(self, text: str, /) -> tuple[int, int]: ...

ELLIPSIS = "\u2026"


def ellipsize(measure: Measure, text: str, width: int) -> str:
    """`text`, or its longest prefix + '…' that fits `width` (at least the ellipsis)."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # binary search for the longest prefix that still fits
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def split_word(measure: Measure, word: str, width: int) -> list[str]:
    """A word wider than `width` cut into hyphenated pieces that fit ("implemen-", "tation")."""
    pieces: list[str] = []
    while measure(word) > width and len(word) > 1:
        # the longest prefix that fits with its hyphen: searched by halves, since a long
        # word in a narrow graph node took a measure per letter per piece
        low, high = 1, max(1, len(word) - 1)
        while low < high:
            mid = (low + high + 1) // 2
            if measure(word[:mid] + "-") <= width:
                low = mid
            else:
                high = mid - 1
        cut = low
        if len(word) - cut < 3 < cut:  # never leave a stub like "-on" alone on a line
            cut = len(word) - 3
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    pieces.append(word)
    return pieces


def wrap(measure: Measure, text: str, width: int) -> list[str]:
    """Greedy word wrap; a word wider than `width` is hyphenated across lines. Chinese
    breaks between characters (game/text_breaks.py)."""
    out: list[str] = []
    line = ""
    for word, glue in units(text):
        for piece in split_word(measure, word, width):
            trial = f"{line}{glue}{piece}" if line else piece
            glue = ""  # the pieces of a hyphenated word follow each other
            if not line or measure(trial) <= width:
                line = trial
            else:
                out.append(line)
                line = piece
            if line.endswith("-") and measure(line) <= width and piece.endswith("-"):
                out.append(line)  # a hyphenated piece ends its line
                line = ""
    if line:
        out.append(line)
    return out


def fits(measure: Measure, lines: list[str], width: int) -> bool:
    return all(measure(line) <= width for line in lines)


def wrap_within(measure: Measure, text: str, width: int, max_lines: int) -> tuple[list[str], bool]:
    """(lines, whole): wrapped into at most `max_lines`; whole is False when shortened."""
    lines = wrap(measure, text, width)
    if len(lines) <= max_lines and fits(measure, lines, width):
        return lines, True
    kept = lines[:max_lines]
    if len(lines) > max_lines:
        kept[-1] = ellipsize(measure, " ".join(lines[max_lines - 1:]), width)
    return [ellipsize(measure, line, width) for line in kept], False


def fit_line(text: str, font: TextFont, width: int) -> str:
    """One line of text in a pygame font, shortened with an ellipsis at the end if it would
    not fit (a label's own font: the screens that show one line of status use it)."""
    if font.size(text)[0] <= width:
        return text
    while len(text) > 1 and font.size(text + "\u2026")[0] > width:
        text = text[:-1]
    return text + "\u2026"
