"""Pydantic's validation errors, turned into positioned problems a teacher can act on."""

from __future__ import annotations

import difflib
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from game.claims import CLAIM_KINDS
from game.scenario import game_section, limits, models
from game.scenario.errors import MAX_PROBLEMS, Problem

if TYPE_CHECKING:
    from game.scenario.loader import Document

_TYPE_WORDS = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "string": "text",
    "list": "a list",
    "dict": "a mapping (key: value lines)",
    "model": "a mapping (key: value lines)",
}
_NEGATIVE_FIELDS = {"cost", "budget_per_year", "dues_per_turn"}
# Codes the reference checks already report better (with did-you-mean); skip pydantic's.
# Too many entries: pydantic says so only once every entry is valid, checks.py always does.
_LEFT_TO_CHECKS = {"union_tag_invalid", "too_long"}
_LIMIT_KINDS = {"string_too_long", "less_than_equal", "greater_than_equal"}


# Keys an older format accepted, with what replaced them: a teacher's old file should be
# told what to write instead, not offered a look-alike key.
_RETIRED: dict[tuple[Any, str], str] = {
    ("history", "by"): "history entries no longer take by:, write the source's words as "
                       "when: (e.g. when: \"by 2030\") and the game's reading of them as "
                       "game: {latest: 2030}",
    # Keys format 2 moved under a `game:` (game/scenario/migrate.py), in a version 2 file.
    ("scenario", "victory_milestone"): "in format_version 2 it is written under the top-level "
                                       "game: as victory: {milestone: ...}",
    **{("blocs", key): f"in format_version 2 a bloc's {key} is written under its game:"
       for key in ("open_to_all", "exclusive_with", "shares")},
}


@cache
def field_vocabulary() -> tuple[str, ...]:
    """Every key any scenario model accepts, for did-you-mean on unknown keys."""
    names: set[str] = set()
    for value in vars(models).values():
        # The `game:` section's keys are Tuning's, suggested there only (game_keys).
        if isinstance(value, type) and issubclass(value, BaseModel) and not issubclass(
                value, models.GameSection):
            names.update(value.model_fields)
    return tuple(sorted(names))


def game_keys(loc: tuple[Any, ...]) -> tuple[str, ...] | None:
    """The keys the top-level `game:` section (or one of its tables) accepts at `loc`, the
    place of an unknown key; None elsewhere."""
    if len(loc) == 2 and loc[0] == "game":
        return tuple(models.ScenarioGame.model_fields)
    if len(loc) == 3 and loc[0] == "game" and game_section.is_table(str(loc[1])):
        return game_section.table_keys(str(loc[1]))
    return None


def suggestion(word: str, candidates: Any) -> str:
    close = difflib.get_close_matches(str(word), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def data_path(doc: Document, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Pydantic puts a tagged union's tag in `loc`; the file does not have it."""
    out: list[Any] = []
    node = doc.data
    for part in loc:
        if isinstance(node, dict) and part not in node and (
            node.get("effect") == part or node.get("condition") == part
        ):
            continue
        if isinstance(node, list) and isinstance(part, str):
            continue  # a union's branch ("list[constrained-str]" for `to:`), not in the file
        out.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(out)


def _describe(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc) or "the file"


def problems_from_validation(doc: Document, error: ValidationError, *,
                             everything: bool = False,
                             limit: int = MAX_PROBLEMS + 1) -> list[Problem]:
    """At most `limit` problems: a file of thousands of faults is described by its first."""
    problems: list[Problem] = []
    for item in error.errors(include_url=False):
        if len(problems) >= limit:
            break
        if isinstance(item["input"], list) and any(
                str(part).startswith("literal[") for part in item["loc"]):
            continue  # `to: [...]` is a list: that it is not the word 'all' goes unsaid
        kind = item["type"]
        if kind in _LEFT_TO_CHECKS and not everything:
            continue
        loc = data_path(doc, tuple(item["loc"]))
        field = str(loc[-1]) if loc else ""
        where = _describe(loc)
        given = item.get("input")
        if kind == "missing":
            if field == "sources" and len(loc) > 1:
                problems.append(doc.problem(loc[:-1], "E-NO-SOURCE",
                                            f"{_describe(loc[:-1])} has no sources: name the "
                                            "source ids it comes from, e.g. sources: [seed_000]"))
            elif field == "claim" and len(loc) > 1:
                problems.append(doc.problem(loc[:-1], "E-NO-CLAIM",
                                            f"{_describe(loc[:-1])} does not say what kind of "
                                            "claim it is: add claim: with one of "
                                            + ", ".join(CLAIM_KINDS)))
            elif field == "format_version":
                problems.append(doc.problem((), "E-VERSION",
                                            "format_version is missing: add 'format_version: 2' "
                                            "at the top"))
            else:
                problems.append(doc.problem(loc[:-1], "E-MISSING",
                                            f"{_describe(loc[:-1])} is missing '{field}'"))
        elif kind == "extra_forbidden":
            retired = _RETIRED.get((loc[0] if loc else None, field))
            # A key some other model accepts ('by' on a condition) is no typo of itself.
            keys = game_keys(loc)
            hint = f": {retired}" if retired else suggestion(
                field, [name for name in (keys or field_vocabulary()) if name != field])
            if keys is not None and not hint:
                hint = "; the keys are: " + ", ".join(keys)
            problems.append(doc.problem(loc, "E-UNKNOWN-KEY",
                                        f"unknown key '{field}' in {_describe(loc[:-1])}"
                                        + hint, key=True))
        elif kind == "too_short" and field == "sources":
            problems.append(doc.problem(loc, "E-NO-SOURCE",
                                        f"{_describe(loc[:-1])} has an empty source list: "
                                        "name at least one source id"))
        elif field == "format_version" and kind == "literal_error":
            problems.append(doc.problem(loc, "E-VERSION",
                                        f"format_version {given!r} is not supported: this "
                                        f"game reads format_version {models.FORMAT_VERSION} "
                                        "(and 1, which it migrates)"))
        elif kind in _LIMIT_KINDS and (
                over := _limit_problem(doc, loc, where, kind, given, item)) is not None:
            problems.append(over)
        elif kind in ("greater_than_equal", "greater_than") and isinstance(given, int | float) \
                and given < 0 and (field in _NEGATIVE_FIELDS or "amount" not in field):
            problems.append(doc.problem(loc, "E-NEGATIVE",
                                        f"{where} is {given}, but it cannot be negative"))
        elif kind == "union_tag_not_found":
            tag = item.get("ctx", {}).get("discriminator", "").strip("'")
            problems.append(doc.problem(loc, "E-MISSING", f"{where} needs a '{tag}:' key"))
        elif kind == "value_error" and "date" in item["msg"]:
            problems.append(doc.problem(loc, "E-DATE",
                                        f"{where}: {given!r} is not a date "
                                        "(write YYYY, YYYY-MM or YYYY-MM-DD)"))
        elif kind.endswith(("_type", "_parsing")):
            wanted = _TYPE_WORDS.get(kind.split("_")[0], kind.split("_")[0])
            hint = ""
            if isinstance(given, bool) and kind.startswith("string"):
                hint = " (YAML reads yes, no, on and off as true/false: put the text in quotes)"
            problems.append(doc.problem(loc, "E-TYPE",
                                        f"{where} must be {wanted}, not {given!r}"[:300] + hint))
        else:
            problems.append(doc.problem(loc, "E-VALUE", f"{where}: {item['msg']}"[:300]))
    return problems


def _limit_problem(doc: Document, loc: tuple[Any, ...], where: str, kind: str, given: Any,
                   item: Any) -> Problem | None:
    """E-LIMIT for a value over one of the format's limits (game/scenario/limits.py), naming
    the limit and the fix; None for an ordinary range (support 0-100...), left to E-VALUE."""
    ctx = item.get("ctx", {})
    if kind == "string_too_long" and isinstance(given, str):
        most = ctx.get("max_length")
        what = {limits.MAX_NAME_CHARS: "a name or title",
                limits.MAX_SHORT_CHARS: "a short label",
                limits.MAX_TEXT_CHARS: "a text"}.get(most, "an id")
        return doc.problem(loc, "E-LIMIT",
                           f"{where} is {len(given)} characters long, but {what} may have at "
                           f"most {most}: shorten it")
    if kind == "less_than_equal" and ctx.get("le") == limits.MAX_MONEY:
        return doc.problem(loc, "E-LIMIT",
                           f"{where} is {given}, more than the largest amount a scenario may "
                           f"use ({limits.MAX_MONEY:,} million): use a smaller number")
    if kind == "greater_than_equal" and ctx.get("ge") == -limits.MAX_MONEY:
        return doc.problem(loc, "E-LIMIT",
                           f"{where} is {given}, below the smallest amount a scenario may use "
                           f"(-{limits.MAX_MONEY:,} million): use a smaller loss")
    if kind == "greater_than_equal" and ctx.get("ge") == limits.MIN_COST \
            and isinstance(given, int | float) and 0 <= given < limits.MIN_COST:
        return doc.problem(loc, "E-LIMIT",
                           f"{where} is {given}, but a cost is at least {limits.MIN_COST} "
                           "(million): a free milestone cannot be funded; write 1 or more")
    return None
