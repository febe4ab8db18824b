"""The shipped activity copied with a small French companion of the tests' own, so tests
of translated activities do not hang on the shipped translations' wording."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.scenario.activity import JUDGE_THE_SOURCES

FIRST = "parts.sort.items.cnsa_goal"
QUOTE = ('The goal of the ILRS is to "strengthen scientific research exchanges, and promote '
         'humanity\'s exploration and use of outer space for peaceful purpose" the CNSA said '
         'in a statement.')
FRENCH_QUOTE = ("Le but de l'ILRS est de « renforcer les échanges de recherche scientifique et "
                "de promouvoir l'exploration et l'utilisation pacifiques de l'espace par "
                "l'humanité », a déclaré la CNSA dans un communiqué.")


def _entry(key: str, en: str, fr: str) -> str:
    def quote(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"
    return f"  {key}:\n    en: {quote(en)}\n    fr: {quote(fr)}\n"


def french_activity(folder: Path, *, stale: bool = False, extra: str = "") -> Path:
    """folder/activities/judge_the_sources.yaml and its .fr.yaml; the activity's path."""
    home = folder / "activities"
    home.mkdir(parents=True, exist_ok=True)
    path = home / JUDGE_THE_SOURCES.name
    shutil.copy2(JUDGE_THE_SOURCES, path)
    text = ("language: fr\ntranslates: judge_the_sources.yaml\ntexts:\n"
            + _entry("title", "Judge the sources", "Juger les sources")
            + _entry(f"{FIRST}.question", "What kind of claim is this?",
                     "Quel genre d'affirmation est-ce ?")
            + _entry(f"{FIRST}.quotes.0.text", QUOTE + (" (old)" if stale else ""),
                     FRENCH_QUOTE)
            + _entry("parts.compare.items.rogozin_firmness.choices.report_a.text",
                     "A: \u201cwill not join\u201d", "A : « ne rejoindra pas »")
            + extra)
    (home / "judge_the_sources.fr.yaml").write_text(text, encoding="utf-8")
    return path
