"""An engine refusal that quotes a documented constraint, marked when it is a translation.

The engine refuses a join or a deal with the constraint's own sourced words
(`message("{constraint}", constraint=constraint_ref(...))`, game/core/blocs.py and deals.py).
Shown in French, those words are a translation of an English report, so a screen must say
so and keep the English within reach like any other sourced statement
(game/translation_marks.py). Other refusals are the game's own words: no mark.
"""

from __future__ import annotations

from game.core.records import Message, Ref
from game.messages import render
from game.scenario.models import Constraint, Scenario
from game.translation_marks import mark, original_tip, originals_tip, shown


def constraints_in(reason: Message | None, scenario: Scenario) -> list[Constraint]:
    """The scenario's constraints `reason` quotes (none for the game's own words)."""
    if reason is None:
        return []
    found: list[Constraint] = []
    for arg in reason.args.values():
        for ref in arg if isinstance(arg, tuple) else (arg,):
            if isinstance(ref, Ref) and ref.kind == "constraint":
                aid, _, cid = ref.id.partition("/")
                agency = scenario.agencies.get(aid)
                if agency is not None and cid in agency.constraints:
                    found.append(agency.constraints[cid])
    return found


def reason_words(reason: Message | None, scenario: Scenario, english: bool = False) -> str:
    """The refusal in words: a quoted constraint with its translation mark, or (`english`)
    the English it was translated from, marked as the original."""
    if reason is None:
        return ""
    quoted = constraints_in(reason, scenario)
    if reason.text == "{constraint}" and len(quoted) == 1:
        return shown(quoted[0], english=english)
    words = render(reason, scenario)
    translated = any(original_tip(c) for c in quoted)
    return f"{words} {mark()}" if translated else words


def reason_tip(reason: Message | None, scenario: Scenario) -> str:
    """'Original (English): ...' for each translated constraint the refusal quotes, one
    per line, as tooltip HTML; '' when none is a translation."""
    return originals_tip((c, "text") for c in constraints_in(reason, scenario)) or ""
