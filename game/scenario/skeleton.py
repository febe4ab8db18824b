"""`moonward translate FILE --lang fr`: write or bring up to date a translation companion.

Every text of the scenario gets an entry, in the scenario's order, holding the English
(`en:`) and the translation (`fr:`, empty until the teacher writes it). Translations already
written are kept; an entry whose English has changed since is marked `stale: true`, its
old English kept as `was:` so the teacher sees what changed. Entries for texts the scenario
no longer has are dropped and named in the report. The teacher's comments are kept
(ruamel.yaml round trip), and the file is written through a temporary file and a rename,
so a crash never leaves half a translation.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from game import files
from game.saves.atomic import atomic_write_text
from game.scenario import limits, texts
from game.scenario.companions import companion_path
from game.scenario.errors import ScenarioError
from game.scenario.loader import check_file_in_english, compose


class SkeletonError(Exception):
    """Why no companion could be written, in one line."""


def _safe_first(path: Path, text: str) -> None:
    """Read the translation file with the game's guarded safe loader before ruamel sees it,
    as migrate does: an unsafe tag, a duplicate key or an alias bomb is refused here."""
    try:
        document = compose(str(path), text)
    except ScenarioError as error:
        raise SkeletonError(str(error.problems[0])) from None
    refused = [p for p in document.read_problems if p.code in ("E-UNSAFE", "E-DUP-KEY")]
    if refused:
        raise SkeletonError(f"{refused[0]} (fix it first: the file cannot be updated as is)")


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments and order kept
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def update_companion(scenario_path: str | Path, language: str) -> str:
    """Write the companion of `scenario_path` for `language`; a one-paragraph report."""
    scenario_path = Path(scenario_path)
    scenario, problems = check_file_in_english(scenario_path)
    if scenario is None:
        first = next(p for p in problems if p.severity == "error")
        raise SkeletonError(f"{scenario_path} has errors; fix them first: {first}")
    english = texts.texts(scenario)
    path = companion_path(scenario_path, language)
    yaml = _yaml()
    document: Any = CommentedMap()
    if path.exists():
        try:
            text = files.read_text(path, max_bytes=limits.MAX_COMPANION_BYTES,
                                   what="a translation file")
            _safe_first(path, text)
            # Round trip (comments kept), on text the safe loader has just accepted: it
            # builds only plain maps, lists and scalars, never an object.
            document = yaml.load(text)
        except files.FileProblem as problem:
            raise SkeletonError(str(problem)) from None
        except SkeletonError:
            raise
        except Exception as error:  # ruamel's parse errors have no common base worth naming
            raise SkeletonError(f"{path}: cannot be read as YAML ({type(error).__name__}); "
                                "fix it or move it away") from None
        if not isinstance(document, dict):
            raise SkeletonError(f"{path}: is not a mapping of language, translates and texts")
    old = document.get("texts")
    old = old if isinstance(old, dict) else {}
    document["language"] = language
    document["translates"] = scenario_path.name
    entries = CommentedMap()
    added = stale = 0
    for key, text in english.items():
        before = old.get(key)
        entry = before if isinstance(before, CommentedMap) else CommentedMap()
        translation = entry.get(language) if isinstance(entry.get(language), str) else ""
        was = entry.get("en")
        if not isinstance(before, dict):
            added += 1
        elif isinstance(was, str) and was.strip() != text and translation:
            entry["was"] = was
            entry["stale"] = True
            stale += 1
        entry["en"] = text
        entry[language] = translation or ""
        entries[key] = entry
    document["texts"] = entries
    dropped = [key for key in old if key not in english]
    out = io.StringIO()
    yaml.dump(document, out)
    atomic_write_text(path, out.getvalue())
    report = (f"{path}: {len(english)} texts, {added} added, {stale} marked stale, "
              f"{len(dropped)} dropped")
    if dropped:
        report += " (" + ", ".join(str(key) for key in dropped[:10]) + \
            (", ..." if len(dropped) > 10 else "") + ")"
    return report
