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

from game import files
from game.scenario import activity_texts, limits
from game.scenario.activity import Activity
from game.scenario.companions import (
    LANGUAGE_CODE,
    Companion,
    check_texts,
    companion_name,
    localised_by,
)
from game.scenario.errors import Problem, ScenarioError
from game.scenario.loader import compose
from game.scenario.pydantic_errors import suggestion

_TOP_KEYS = ("language", "translates", "texts")


def is_activity_companion(path: str | Path) -> bool:
    """A companion beside an activity: activities live in an `activities` folder."""
    named = companion_name(path)
    return named is not None and Path(path).parent.name == "activities" and \
        (Path(path).parent / named[0]).is_file()


def check_activity_companion(path: str | Path, english: Activity | None = None) -> Companion:
    """Every problem of an activity's companion, and the translations the game may show."""
    from game.scenario.activity import load_activity

    path = Path(path)
    named = companion_name(path)
    activity_path = path.parent / (named[0] if named else path.name)
    companion = Companion(path, named[1] if named else "", activity_path)
    out = companion.problems
    try:
        doc = compose(str(path), files.read_text(path, max_bytes=limits.MAX_COMPANION_BYTES,
                                                 what="a translation file"))
    except files.FileProblem as problem:
        out.append(Problem(str(path), problem.line, problem.col, "E-FILE", problem.message))
        return companion
    except ScenarioError as error:
        out.extend(error.problems)
        return companion
    out.extend(doc.read_problems)
    data = doc.data if isinstance(doc.data, dict) else {}
    for key in data:
        if key not in _TOP_KEYS:
            out.append(doc.problem((key,), "E-UNKNOWN-KEY", f"unknown key '{key}'; a "
                                   "translation file has language, translates and texts"
                                   + suggestion(key, _TOP_KEYS), key=True))
    language = data.get("language")
    if not isinstance(language, str) or not LANGUAGE_CODE.match(language) \
            or language == "en" or named is None or named[1] != language:
        out.append(doc.problem(("language",), "E-LANG", f"language must be the code the file "
                               f"is named with, such as fr in {activity_path.stem}.fr.yaml "
                               f"(not en), got {language!r}"))
        return companion
    companion.language = language
    if data.get("translates") != activity_path.name:
        out.append(doc.problem(("translates",), "E-TRANSLATES", f"translates must name the "
                               f"activity beside it, {activity_path.name}, got "
                               f"{data.get('translates')!r}"))
        return companion
    if english is None:
        try:
            english = load_activity(activity_path, language="en")
        except ScenarioError as error:
            out.append(doc.problem(("translates",), "E-TRANSLATES", f"{activity_path.name} "
                                   f"has errors; fix it first ({error.problems[0]})"))
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
