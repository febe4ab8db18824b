"""Translation companions of a class activity: `judge_the_sources.fr.yaml` beside it.

The same format as a scenario's (companions.py), keyed by activity_texts.py:

    language: fr
    translates: judge_the_sources.yaml
    texts:
      parts.sort.items.cnsa_goal.question: {en: "What kind of claim is this?", fr: "..."}

The quotes stay checked against the English seeds (E-QUOTE, activity.py) before any
translation is applied; a translated quote is shown marked as a translation, with the
English a hover or click away (game/scenario/originals.py). Missing and stale entries show
the English; `validate` lists them, as it does for a scenario.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from game.scenario import activity_texts
from game.scenario.activity import Activity
from game.scenario.companions import (
    Companion,
    check_texts,
    companion_name,
    localised_by,
    open_companion,
)
from game.scenario.errors import ScenarioError

_TOP_KEYS = ("language", "translates", "texts")


def is_activity_companion(path: str | Path) -> bool:
    """A companion beside an activity: activities live in an `activities` folder."""
    named = companion_name(path)
    return named is not None and Path(path).parent.name == "activities" and \
        (Path(path).parent / named[0]).is_file()


def check_activity_companion(path: str | Path, english: Activity | None = None) -> Companion:
    """Every problem of an activity's companion, and the translations the game may show."""
    from game.scenario.activity import load_activity

    companion, doc = open_companion(path, "activity")
    if doc is None:
        return companion
    activity_path = companion.scenario_path
    if english is None:
        try:
            english = load_activity(activity_path, language="en")
        except ScenarioError as error:
            companion.problems.append(doc.problem(
                ("translates",), "E-TRANSLATES",
                f"{activity_path.name} has errors; fix it first ({error.problems[0]})"))
            return companion
    check_texts(doc, companion, activity_texts.texts(english))
    _drop_unfitting(doc, companion, english)
    return companion


def _drop_unfitting(doc: object, companion: Companion, english: Activity) -> None:
    """A translation must fit where the English stood (a choice on one button line...)."""
    try:
        activity_texts.with_texts(english, companion.current)
        return
    except ValidationError:
        pass
    for key, text in list(companion.current.items()):
        try:
            activity_texts.with_texts(english, {key: text})
        except ValidationError as error:
            del companion.current[key]
            companion.problems.append(doc.problem(  # type: ignore[attr-defined]
                ("texts", key, companion.language), "E-VALUE", f"'{key}': the translation "
                f"does not fit: {error.errors()[0]['msg']}"))


def localised(activity: Activity, activity_path: str | Path, language: str) -> Activity:
    """The activity in `language` where its companion translates it, the English elsewhere;
    each translated text keeps its English (originals.py). Never raises for a bad
    companion: `validate` is where a teacher hears of it."""
    return localised_by(activity, activity_path, language, check_activity_companion,
                        activity_texts.with_texts, activity_texts.texts, ids=True)
