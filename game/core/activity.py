"""Scores of the source-judgement activity, from the answers a class gave.

Pure: the engine records them (RecordActivity) and the save loader checks a saved record
with the same function, so a hand-edited score that its answers do not give is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# (part id, item id, chosen answer, right answer): the key travels with the answers, so a
# saved game reports what the class was marked against even if the activity file changes.
Answer = tuple[str, str, str, str]
MAX_ANSWERS = 40  # as many as an activity file may hold (game/scenario/activity.py)
MAX_ID_CHARS = 64  # ids in the activity file are scenario ids (game/scenario/models.Id)


def part_scores(answers: Iterable[Sequence[str]]) -> list[list[object]]:
    """[part, right, asked] for each part, in the order the parts were first answered."""
    scores: dict[str, list[int]] = {}
    for part, _item, chosen, right in answers:
        tally = scores.setdefault(part, [0, 0])
        tally[0] += chosen == right
        tally[1] += 1
    return [[part, right, asked] for part, (right, asked) in scores.items()]


def answers_problem(answers: Sequence[Sequence[object]]) -> str | None:
    """Why these answers cannot be a record, or None: at most MAX_ANSWERS of four short
    texts each, every item answered once."""
    if not 1 <= len(answers) <= MAX_ANSWERS:
        return f"1 to {MAX_ANSWERS} answers are needed, not {len(answers)}"
    for answer in answers:
        if len(answer) != 4 or not all(isinstance(v, str) and 0 < len(v) <= MAX_ID_CHARS
                                       for v in answer):
            return "an answer is not four short texts (part, item, chosen, right)"
    items = [answer[1] for answer in answers]
    if len(set(items)) != len(items):
        return "an item is answered twice"
    return None
