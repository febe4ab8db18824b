"""Translation companions: `moon_2021.fr.yaml` beside `moon_2021.yaml` holds its texts in French.

    language: fr
    translates: moon_2021.yaml
    texts:
      scenario.title: {en: "Back to the Moon", fr: "Retour vers la Lune"}

Each entry repeats the English it was translated from (`en:`), so when the scenario's
English changes the entry is *stale*: the game then shows the English, and `validate` lists
it. Keys are those of game/scenario/texts.py. What `validate` says of a companion:
    E-LANG          the language code is not a code, is `en`, or differs from the file name's
    E-TRANSLATES    `translates:` is not the scenario beside it, or that scenario has errors
    E-TEXT-KEY      a key that is no text of the scenario (did-you-mean)
    E-TYPE          an entry that is not {en: ..., <lang>: ...}
    E-VALUE         a translation longer than the format allows there
    W-STALE         the English changed since it was translated (or `stale: true`)
    W-UNTRANSLATED  a text of the scenario with no translation yet (English is shown)
Missing and stale texts are warnings, not errors: the English stands in their place, so a
half-translated scenario still plays, and a teacher can translate a little at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from game import files
from game.scenario import limits, texts
from game.scenario.errors import Problem, ScenarioError
from game.scenario.models import Scenario
from game.scenario.originals import stamp
from game.scenario.pydantic_errors import suggestion

_M = TypeVar("_M", bound=BaseModel)
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
_COMPANION_NAME = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2,3}(?:_[A-Z]{2})?)\.ya?ml$")
_TOP_KEYS = ("language", "translates", "texts")
_ENTRY_EXTRA = ("stale", "was")  # written by `translate`: a stale mark and the old English


@dataclass
class Companion:
    """What a companion file holds that the game can use: key -> current translation."""

    path: Path
    language: str
    scenario_path: Path
    current: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def companion_name(path: str | Path) -> tuple[str, str] | None:
    """(scenario file name, language) when `path` is named like a companion, else None."""
    match = _COMPANION_NAME.match(Path(path).name)
    if match is None:
        return None
    return f"{match['stem']}{Path(path).suffix}", match["lang"]


def is_companion(path: str | Path) -> bool:
    """A file named NAME.LANG.yaml beside a NAME.yaml: a translation, never a scenario."""
    named = companion_name(path)
    return named is not None and (Path(path).parent / named[0]).is_file()


def companion_path(scenario_path: str | Path, language: str) -> Path:
    path = Path(scenario_path)
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def check_companion(path: str | Path, english: Scenario | None = None) -> Companion:
    """Every problem of a companion file, and the translations the game may show from it."""
    from game.scenario.loader import check_file_in_english

    companion, doc = open_companion(path, "scenario")
    if doc is None:
        return companion
    if english is None:
        english, problems = check_file_in_english(companion.scenario_path)
        if english is None:
            first = next((p for p in problems if p.severity == "error"), None)
            companion.problems.append(doc.problem(
                ("translates",), "E-TRANSLATES",
                f"{companion.scenario_path.name} has errors; fix it first ({first})"))
            return companion
    _check_texts(doc, companion, texts.texts(english))
    _check_limits(doc, companion, english)
    return companion


def open_companion(path: str | Path, kind: str) -> tuple[Companion, Any | None]:
    """A companion's head read and checked (the file, its keys, `language`, `translates`,
    which must name the `kind` of file beside it): the companion, and its document when the
    texts can be checked next, else None (the problems say why)."""
    from game.scenario.loader import compose

    path = Path(path)
    name = str(path)
    named = companion_name(path)
    english_path = path.parent / (named[0] if named else path.name)
    companion = Companion(path, named[1] if named else "", english_path)
    out = companion.problems
    try:
        doc = compose(name, files.read_text(path, max_bytes=limits.MAX_COMPANION_BYTES,
                                            what="a translation file"))
    except files.FileProblem as problem:
        out.append(Problem(name, problem.line, problem.col, "E-FILE", problem.message))
        return companion, None
    except ScenarioError as error:
        out.extend(error.problems)
        return companion, None
    out.extend(doc.read_problems)
    data = doc.data if isinstance(doc.data, dict) else {}
    for key in data:
        if key not in _TOP_KEYS:
            out.append(doc.problem((key,), "E-UNKNOWN-KEY", f"unknown key '{key}'; a "
                                   "translation file has language, translates and texts"
                                   + suggestion(key, _TOP_KEYS), key=True))
    language = data.get("language")
    if not isinstance(language, str) or not LANGUAGE_CODE.match(language) or language == "en":
        out.append(doc.problem(("language",), "E-LANG", f"language must be a code such as "
                               f"fr, de or pt_BR (not en), got {language!r}"))
        return companion, None
    if named is None or named[1] != language:
        out.append(doc.problem(("language",), "E-LANG", f"the file says language {language} "
                               f"but its name does not end in .{language}.yaml: name it "
                               f"{english_path.stem}.{language}.yaml"))
        return companion, None
    companion.language = language
    translates = data.get("translates")
    if translates != english_path.name:
        out.append(doc.problem(("translates",), "E-TRANSLATES", f"translates must name the "
                               f"{kind} beside it, {english_path.name}, got {translates!r}"))
        return companion, None
    return companion, doc


def _check_texts(doc: Any, companion: Companion, english: dict[str, str]) -> None:
    out = companion.problems
    lang = companion.language
    entries = doc.data.get("texts")
    if entries is None:
        entries = {}
    if not isinstance(entries, dict):
        out.append(doc.problem(("texts",), "E-TYPE", "texts must be a mapping of keys such as "
                               "scenario.title to {en: ..., " + lang + ": ...}"))
        return
    for key, entry in entries.items():
        at = ("texts", key)
        if key not in english:
            out.append(doc.problem(at, "E-TEXT-KEY", f"'{key}' is no text of "
                                   f"{companion.scenario_path.name}"
                                   + suggestion(key, english), key=True))
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("en"), str) or not \
                isinstance(entry.get(lang, ""), str | None):
            out.append(doc.problem(at, "E-TYPE", f"an entry is {{en: \"the English\", {lang}: "
                                   "\"its translation\"}"))
            continue
        extra = [k for k in entry if k not in ("en", lang, *_ENTRY_EXTRA)]
        if extra:
            out.append(doc.problem((*at, extra[0]), "E-UNKNOWN-KEY", f"unknown key "
                                   f"'{extra[0]}' in an entry; it holds en and {lang}"
                                   + suggestion(extra[0], ("en", lang)), key=True))
            continue
        translation = (entry.get(lang) or "").strip()
        if not translation:
            continue  # listed below with the texts that have no translation
        if entry["en"].strip() != english[key] or entry.get("stale") is True:
            out.append(doc.problem(at, "W-STALE", f"'{key}': the English has changed since "
                                   "it was translated; the English is shown until the "
                                   "translation and its en: are brought up to date",
                                   key=True, severity="warning"))
            continue
        if not files.is_clean_text(translation):
            out.append(doc.problem((*at, lang), "E-TYPE", "the translation holds a control "
                                   "character, which is not text"))
            continue
        companion.current[key] = translation
    missing = [key for key in english
               if not (isinstance(entries.get(key), dict)
                       and (entries[key].get(lang) or "").strip())]
    for key in missing:
        out.append(doc.problem(("texts", key) if key in entries else ("texts",),
                               "W-UNTRANSLATED", f"'{key}' has no translation "
                               "yet; the English is shown", key=True, severity="warning"))


check_texts = _check_texts  # an activity's companion is checked the same way


def _check_limits(doc: Any, companion: Companion, english: Scenario) -> None:
    """A translation must fit where the English stood (a name at most 80 characters...)."""
    for _ in range(3):  # a bad entry dropped may only reveal another
        try:
            texts.with_texts(english, companion.current)
            return
        except ValidationError as error:
            for detail in error.errors():
                key = ".".join(str(part) for part in detail["loc"])
                if companion.current.pop(key, None) is not None:
                    companion.problems.append(doc.problem(
                        ("texts", key, companion.language), "E-VALUE",
                        f"'{key}': the translation does not fit: {detail['msg']}"))
    companion.current.clear()


def localised(scenario: Scenario, scenario_path: str | Path, language: str) -> Scenario:
    """The scenario with its companion's current translations for `language`, where one
    exists beside it; the English wherever a text is missing, stale or unusable. Never
    raises for a bad companion: `validate` is where a teacher hears of it."""
    return localised_by(scenario, scenario_path, language, check_companion, texts.with_texts,
                        texts.texts)


def localised_by(model: _M, path: str | Path, language: str,
                 check: Callable[[Path, _M], Companion],
                 with_texts: Callable[[_M, dict[str, str]], _M],
                 texts_of: Callable[[_M], dict[str, str]], ids: bool = False) -> _M:
    """`model` (a scenario, an activity) translated by the companion beside `path` in
    `language` (or its language without the region), the English where there is none."""
    if language == "en":
        return model
    for code in dict.fromkeys((language, language.split("_")[0])):
        companion_file = companion_path(path, code)
        if companion_file.is_file():
            companion = check(companion_file, model)
            try:
                translated = with_texts(model, companion.current)
            except ValidationError:
                return model
            # Each translated text keeps its English: a statement from a report must say
            # it is a translation and show the original (game/scenario/originals.py).
            stamp(translated, texts_of(model), companion.current, ids=ids)
            return translated
    return model
