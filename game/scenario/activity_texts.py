"""Every text of a class activity a pupil reads, by a key made of ids, for its companions.

    title, summary
    parts.sort.title / .intro / .discuss
    parts.sort.items.cnsa_goal.question / .feedback
    parts.sort.items.cnsa_goal.quotes.0.text          (a quote from a seed, by position)
    parts.compare.items.rogozin_firmness.choices.report_a.text

Parts, items and choices are named by their ids, so reordering the activity leaves its
translations in place. Not translated: the reports' titles and outlets (a pupil must find
them in the seed), the lines `cites` names (never shown as words), ids and answer keys.

Pure: no files, no pygame, no translation catalogue.
"""

from __future__ import annotations

from typing import Any

from game.scenario.activity import Activity

_ITEM_TEXTS = ("question", "feedback")
_PART_TEXTS = ("title", "intro", "discuss")


def texts(activity: Activity) -> dict[str, str]:
    """Key -> English text, in the order the activity shows them."""
    found = {"title": activity.title, "summary": activity.summary}
    for part in activity.parts:
        at = f"parts.{part.id}"
        found |= {f"{at}.{name}": getattr(part, name) for name in _PART_TEXTS}
        for item in part.items:
            here = f"{at}.items.{item.id}"
            found[f"{here}.question"] = item.question
            found |= {f"{here}.quotes.{n}.text": q.text for n, q in enumerate(item.quotes)}
            found |= {f"{here}.choices.{c.id}.text": c.text for c in item.choices}
            found[f"{here}.feedback"] = item.feedback
    return found


def with_texts(activity: Activity, replacements: dict[str, str]) -> Activity:
    """The activity with the texts at `replacements`' keys replaced (pydantic's
    ValidationError when one breaks a limit, such as a choice longer than a button).
    Keys that are not texts of this activity are ignored."""
    if not replacements:
        return activity
    known = texts(activity)
    data = activity.model_dump(mode="python")
    for key, text in replacements.items():
        if key in known:
            _set(data, key.split("."), text)
    return Activity.model_validate(data)


def _set(data: Any, path: list[str], text: str) -> None:
    node = data
    for part in path[:-1]:
        if isinstance(node, list):
            node = next((entry for entry in node if entry.get("id") == part), None) \
                if node and "id" in node[0] else node[int(part)]
        else:
            node = node[part]
    node[path[-1]] = text
