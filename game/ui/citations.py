"""How a screen names its sources: one wording everywhere, so a pupil learns to read it.

A document source is its title and the seed file that holds its text; the game's own
inventions say so. Every screen, tooltip and report line that cites goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from game.i18n import tr
from game.scenario.models import Scenario


def source_name(scenario: Scenario, sid: str, seed_file: bool = True) -> str:
    """'Title (seed file 001_x.txt)', or 'Title (fiction: invented by the game)'."""
    source = scenario.sources.get(sid)
    if source is None:
        return sid
    if source.kind == "fiction":
        return tr("{title} (fiction: invented by the game)", title=source.title)
    if source.seed and seed_file:
        return tr("{title} (seed file {seed})", title=source.title, seed=source.seed)
    return source.title


def source_names(scenario: Scenario, ids: Iterable[str], seed_files: bool = True) -> list[str]:
    """Each source once, in the order cited."""
    return [source_name(scenario, sid, seed_files) for sid in dict.fromkeys(ids)]


def source_list(scenario: Scenario, ids: Iterable[str], seed_files: bool = True) -> str:
    """All the sources behind a statement, separated by semicolons."""
    return "; ".join(source_names(scenario, ids, seed_files))
