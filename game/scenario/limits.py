"""How large a scenario may be: part of the format, checked on loading, stated in
docs/scenario-authoring.md, and chosen so that anything that validates also plays headless
and opens every screen within a second (tests/ui/test_largest_scenario.py holds us to it).

The shipped scenarios use a small part of each limit (moon_2021: 32 KB, 18 milestones,
10 events, 8 agencies, longest description 75 characters).
"""

from __future__ import annotations

MAX_FILE_BYTES = 256 * 1024
# Values (keys, texts, numbers, lists, mappings) in all, aliases counted as written out:
# moon_2021 holds about 2,000, the largest scenario the other limits allow about 5,000. It
# bounds the work of checking a file (about 0.3 s at the limit) and refuses alias bombs.
MAX_VALUES = 50_000
MAX_DEPTH = 20  # nested mappings and lists; the format's deepest place (a fact of an
# event's choice) is 8 levels down, counting the file's own mapping

# How many of each a scenario may hold.
MAX_MILESTONES = 60
MAX_EVENTS = 100
MAX_AGENCIES = 12
MAX_BLOCS = 6
MAX_SOURCES = 100
MAX_HISTORY = 100
MAX_LIST = 50  # facts, steps, requires, choices, effects, conditions... in any one list

# Characters in one text.
MAX_NAME_CHARS = 80  # names, titles, topics
# An agency's or bloc's `short` label ("CNSA", "ESA", "Roscosmos") sits in the turn screen's
# top bar beside the money figures and in every table's columns: an 80-character one pushed
# Income and Allocated off the top bar.
MAX_SHORT_CHARS = 12
MAX_TEXT_CHARS = 1200  # descriptions, event texts, facts, notes

# Time.
MAX_SPAN_YEARS = 40
MAX_TURNS = 160

# Amounts (millions, a game value): a cost is at least 1 so that shares and rates are defined.
MIN_COST = 1
MAX_MONEY = 1_000_000

# Pictures (format 2): a file the screens scale down to fit a panel; larger would only cost
# memory and the wheel's size. The dimensions are read from the file's header.
MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 2048  # pixels, width and height each
# A translation companion (moon_2021.fr.yaml) holds each text twice (English and the
# translation), with keys: twice a scenario's limit is room enough.
MAX_COMPANION_BYTES = 2 * MAX_FILE_BYTES
