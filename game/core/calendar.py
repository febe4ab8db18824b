"""Turns and calendar dates. A turn is an index; this is the one place that maps it to a
month. Months are counted here; their words are chosen where they are shown (game/dates.py)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)  # events' date conditions ask again every turn
def month_index(date: str, *, end_of_period: bool = False) -> int:
    """Months since year 0 for a partial ISO date ('2021', '2021-03', '2021-03-09').

    A year-only date means January, or December when it closes a period ("by 2030").
    """
    parts = date.split("-")
    year = int(parts[0])
    default_month = 12 if end_of_period else 1
    month = int(parts[1]) if len(parts) >= 2 else default_month
    return year * 12 + month - 1


def iso_month(index: int) -> str:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


class Calendar:
    """The scenario's span cut into turns of `turn_months` months."""

    def __init__(self, start: str, end: str, turn_months: int) -> None:
        self.start = month_index(start)
        self.end = month_index(end, end_of_period=True)
        self.turn_months = turn_months
        self.turn_count = (self.end - self.start) // turn_months + 1

    def turn_of(self, date: str) -> int:
        """The turn whose months hold `date` (dates before the start map to turn 0)."""
        return max(0, (month_index(date) - self.start) // self.turn_months)

    def turn_month(self, turn: int) -> int:
        return self.start + turn * self.turn_months

    def iso(self, turn: int) -> str:
        return iso_month(self.turn_month(turn))

    def turns_left(self, turn: int) -> int:
        return max(0, self.turn_count - turn)
