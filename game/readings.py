"""How the game words a vague time and the difference from it: one wording everywhere.

A source may give a time only in words ('by the mid-2020s'). The screens show those words
as written, never as a month; to compare a game date with them the game reads the words as
a span of years (`game:` in the scenario), and that reading is a game value. Every figure
that rests on a reading carries GAME_VALUE_MARK, and the legend says what it means, so a
pupil can tell the game's arithmetic from what the source said. The History screen and the
report both word it through here; the figures come from game.core.history.difference.
"""

from __future__ import annotations

from typing import Any

from game import numbers
from game.core.calendar import month_index
from game.dates import month_label
from game.i18n import tr

# A dagger, the footnote mark a pupil knows from books; the UI font draws it (a diamond
# came out as an empty box).
GAME_VALUE_MARK = "\u2020"


def difficulty_word(key: str) -> str:
    """A difficulty as a sentence names it ("normal difficulty"); buttons capitalise."""
    return {"easy": tr("easy"), "normal": tr("normal"), "hard": tr("hard")}.get(key, key)


def legend() -> str:
    return tr("{mark} a game value: the game's reading of a vague time in a source, not the "
              "source's words", mark=GAME_VALUE_MARK)


def _point(date: str, *, end: bool) -> str:
    """'2024' for a year, 'Dec 2025' for a month: as precise as the scenario wrote it."""
    if len(date) <= 4:
        return date
    return month_label(month_index(date, end_of_period=end))


def span_text(read: dict[str, Any]) -> str:
    """'2024-2026', or 'up to Mar 2021' when the reading has no start."""
    latest = _point(str(read["latest"]), end=True)
    if not read.get("earliest"):
        return tr("up to {latest}", latest=latest)
    earliest = _point(str(read["earliest"]), end=False)
    if earliest == latest:
        return earliest
    return tr("{earliest}\u2013{latest}", earliest=earliest, latest=latest)


def reading_text(read: dict[str, Any]) -> str:
    """'the game reads "by the mid-2020s" as 2024-2026 (a game value) †'."""
    return tr("the game reads \u2018{when}\u2019 as {span} (a game value) {mark}",
              when=read["when"], span=span_text(read), mark=GAME_VALUE_MARK)


def years(months: int) -> str:
    return numbers.decimal(abs(months) / 12, 1)


def years_text(months: int) -> str:
    """A difference from an exact date: '2.5 years later', '1.0 years earlier'."""
    if months == 0:
        return tr("same month")
    if months > 0:
        return tr("{y} years later", y=years(months))
    return tr("{y} years earlier", y=years(months))


def difference_text(diff: dict[str, Any] | None) -> str:
    """A result of game.core.history.difference in words, the reading marked as the game's."""
    if diff is None:
        return tr("no date to compare")
    read = diff["reading"]
    if read is None:
        return years_text(diff["months"])
    if diff["position"] == "within":
        return tr("within the span the game reads \u2018{when}\u2019 as ({span}, a game value) "
                  "{mark}", when=read["when"], span=span_text(read), mark=GAME_VALUE_MARK)
    if diff["position"] == "after":
        return tr("{y} years after the end of that span (game reading: {span}) {mark}",
                  y=years(diff["months"]), span=span_text(read), mark=GAME_VALUE_MARK)
    return tr("{y} years before the start of that span (game reading: {span}) {mark}",
              y=years(diff["months"]), span=span_text(read), mark=GAME_VALUE_MARK)


# A history entry's status as the History screen and the report word it (tr at use).
STATUS_WORDS = {"done": "Done", "announced": "Announced", "planned": "Planned",
                "failed": "Failed", "cancelled": "Cancelled"}


def status_word(status: str) -> str:
    return tr(STATUS_WORDS.get(status, status))


def difference_meaning() -> str:
    """What the Difference column counts, said under the table on screen and in the report."""
    return tr("Difference: the years between the game's date and the documented date, "
              "later or earlier")


def difference_detail() -> str:
    return tr("A plan is compared as a target, not as something that happened; a failed "
              "attempt is compared as the date of a try, not of an achievement; a cancelled "
              "plan is not compared.")
