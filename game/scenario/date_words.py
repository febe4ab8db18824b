"""Why a date in a scenario file is not one, in words a teacher can act on.

Python says "month must be in 1..12"; a teacher who wrote `2021-13` needs to hear that
month 13 does not exist, and one who wrote `2021-02-30` how many days February has.
"""

from __future__ import annotations

import calendar
import re

_SHAPE = re.compile(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$")
_FORMS = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021, 2021-03 or 2021-03-09"


def date_fault(value: object) -> str:
    """What is wrong with `value` as a scenario date (a year, YYYY-MM or YYYY-MM-DD)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"year {value} is not one the game can show: years run from 1 to 9999"
    text = str(value).strip()
    match = _SHAPE.match(text)
    if match is None:
        return f"{text!r} is not a date: {_FORMS}"
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None  # the pattern always has it
    if year == 0:
        return f"{text} is not a calendar date: there is no year 0 (years run 1-9999)"
    if month is not None and not 1 <= month <= 12:
        return f"{text} is not a calendar date: month {month} (months run 1-12)"
    if month is not None and day is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            return (f"{text} is not a calendar date: {calendar.month_name[month]} {year} has "
                    f"{days} days")
    if (month is not None and len(match[2]) != 2) or (day is not None and len(match[3]) != 2):
        return f"{text!r} is not a date: months and days take two digits; {_FORMS}"
    return f"{text!r} is not a date: {_FORMS}"
