"""Where a line of text may break, in every language the game speaks.

Latin and Cyrillic text breaks at spaces. Chinese has none: a line may break between any
two Han characters, except before closing punctuation (，。）」 never start a line) and
after opening punctuation (（「《 never end one), the rule Chinese typesetting calls 禁则.
The game's own wrapping (game/ui/widgets/text_fit.py) and pygame_gui's text boxes (patched
in game/ui/theme_ids.py) both ask here, so a Chinese paragraph wraps the same everywhere.

Pure: no pygame.
"""

from __future__ import annotations

import re

# Han ideographs, kana, CJK punctuation and full-width forms: each may stand alone on a line.
_WIDE = re.compile(r"[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                   r"\uff00-\uffef]")
_NO_START = frozenset("，。、；：？！）」』》〉】〕…—·％,.;:?!)]}%”’")
_NO_END = frozenset("（「『《〈【〔“‘([{")


def breaks(text: str) -> list[int]:
    """The positions i (0 < i < len(text)) where a line may end after text[:i]: after a
    space, and between two characters at least one of which is wide (Han, kana, full-width
    punctuation), unless that would start a line with closing or end one with opening
    punctuation."""
    found: list[int] = []
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if before == " ":
            found.append(i)
        elif after == " ":
            continue
        elif (_WIDE.match(before) or _WIDE.match(after)) and after not in _NO_START and (
                before not in _NO_END):
            found.append(i)
    return found


def units(text: str) -> list[tuple[str, str]]:
    """The text as pieces that never break inside, each with what joins it to the piece
    before on the same line (" " where the text had white space, "" between Han
    characters). `"".join(glue + piece)` over the result is the text with its runs of white
    space made single."""
    out: list[tuple[str, str]] = []
    for match in re.finditer(r"(\s*)(\S+)", text):
        space, word = match.group(1), match.group(2)
        start = 0
        for cut in (*breaks(word), len(word)):
            out.append((word[start:cut], " " if space and start == 0 and out else ""))
            start = cut
    return out


def has_wide(text: str) -> bool:
    return _WIDE.search(text) is not None
