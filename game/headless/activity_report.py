"""The debrief report's "Judging the sources" section, from the game's activity record.

The record (GameState.activity, written by the engine from RecordActivity) holds each
answer with the key it was marked against, so the section needs no file to be right; the
activity file, when it loads, only gives the items their words (a choice's text, the seed
line an item quotes). Kept apart from report.py so the report gains one call per format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from game.i18n import tr
from game.judging import answer_label, citations, item_of, part_title, score_line
from game.scenario import ScenarioError
from game.scenario.activity import Activity, load_activity


@dataclass(frozen=True)
class ActivitySection:
    scores: list[str]  # "Sort the statement: 5 of 7 right", one per part
    rows: list[list[str]]  # header, then one row per answer


def _activity(activity_id: str) -> Activity | None:
    try:
        activity = load_activity()
    except (ScenarioError, OSError):
        return None  # the record alone still gives every score and answer id
    return activity if activity.id == activity_id else None


def activity_section(record: dict[str, Any]) -> ActivitySection | None:
    """The section for a game's activity record, or None when the class did not do it."""
    if not record:
        return None
    activity = _activity(record["activity"])
    scores = [score_line(part_title(activity, part), right, asked)
              for part, right, asked in record["scores"]]
    rows = [[tr("Part"), tr("Item"), tr("Your answer"), tr("Right answer"), tr("Result")]]
    for part, item_id, chosen, right in record["answers"]:
        item = item_of(activity, item_id)
        where = citations(item.quotes) if item is not None else item_id
        rows.append([part_title(activity, part), where, answer_label(item, chosen),
                     answer_label(item, right), tr("right") if chosen == right else tr("wrong")])
    return ActivitySection(scores, rows)


def heading() -> str:
    return tr("Judging the sources")


def not_played() -> str:
    return tr("The class did not do the source-judgement activity in this game.")


def html_lines(section: ActivitySection | None,
               table: Callable[[list[list[str]]], str]) -> list[str]:
    """The section as HTML; `table` is report.py's own table maker, so it looks the same."""
    out = [f"<h2>{escape(heading())}</h2>"]
    if section is None:
        return [*out, f"<p>{escape(not_played())}</p>"]
    out.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in section.scores) + "</ul>")
    return [*out, table(section.rows)]


def markdown_lines(section: ActivitySection | None, text: Callable[[str], str],
                   table: Callable[[list[list[str]]], list[str]]) -> list[str]:
    out = [f"## {text(heading())}", ""]
    if section is None:
        return [*out, text(not_played()), ""]
    return [*out, *(f"- {text(s)}" for s in section.scores), "", *table(section.rows), ""]
