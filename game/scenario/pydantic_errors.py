"""Pydantic's validation errors, turned into positioned problems a teacher can act on."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from game.claims import CLAIM_KINDS
from game.scenario import game_section, limits, models
from game.scenario.date_words import date_fault
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
        if isinstance(part, str) and part.startswith(("list[", "literal[")) and not (
                isinstance(node, dict) and part in node):
            continue  # a union's branch ("list[constrained-str]" for `to:`), not in the file
        out.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(out)


def _branch(loc: Any) -> str | None:
    """The union branch pydantic names at the end of `loc` (`to.literal['all']`), when the
    value itself matched no branch; None for an error inside one (`to.list[...].1`)."""
    last = loc[-1] if loc else None
    if isinstance(last, str) and last.startswith(("list[", "literal[")):
        return last
    return None


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
        branch = _branch(item["loc"])
        if branch is not None and not isinstance(given, list):
            # `to: everyone`: one problem, not one per branch of `'all' | [ids]`
            if branch.startswith("literal["):
                options = " or ".join(re.findall(r"'([^']*)'", branch))
                problems.append(doc.problem(loc, "E-VALUE",
                                            f"{where} is {given!r}, but it must be {options} "
                                            "or a list of agency ids, e.g. [cnsa, esa]"))
            continue
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
        elif kind == "too_short" and field == "sources" and len(loc) > 1:
            problems.append(doc.problem(loc, "E-NO-SOURCE",
                                        f"{_describe(loc[:-1])} has an empty source list: "
                                        "name at least one source id, the id of a document "
                                        "listed under sources: at the top of the file, e.g. "
                                        "sources: [seed_000]"))
        elif kind in ("too_short", "string_too_short"):
            problems.append(doc.problem(loc, "E-VALUE", _empty(where, field, kind, item)))
        elif kind == "string_pattern_mismatch" and item.get("ctx", {}).get(
                "pattern") == models.ID_PATTERN:
            if loc and loc[-1] == "[key]":
                loc = loc[:-1]
                where = _describe(loc[:-1])
            problems.append(doc.problem(loc, "E-VALUE", f"{where}: {id_fault(given)}",
                                        key=bool(item["loc"]) and item["loc"][-1] == "[key]"))
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
        elif kind == "value_error" and any(words in item["msg"] for words in _DATE_FAULTS):
            problems.append(doc.problem(loc, "E-DATE", f"{where}: {date_fault(given)}"))
        elif kind.endswith(("_type", "_parsing")):
            wanted = _TYPE_WORDS.get(kind.split("_")[0], kind.split("_")[0])
            hint = ""
            if isinstance(given, bool) and kind.startswith("string"):
                hint = " (YAML reads yes, no, on and off as true/false: put the text in quotes)"
            problems.append(doc.problem(loc, "E-TYPE",
                                        f"{where} must be {wanted}, not {given!r}"[:300] + hint))
        else:
            problems.append(doc.problem(loc, "E-VALUE",
                                        f"{where}{_plain(kind, given, item)}"[:300]))
    return problems


# What normalise_date says (models.py) of a value that is not a date.
_DATE_FAULTS = ("expected a year", "expected a date", "not a calendar date")
# What goes in a list or mapping that must not be empty, for the message saying so.
_WHAT_GOES_THERE = {
    "founders": "the ids of the agencies that found the bloc, e.g. founders: [cnsa]",
    "claims": "two or more facts that disagree, each with text:, claim: and sources:",
    "sources": "the documents the scenario cites, each under an id of its own, with at "
               "least a title:",
    "agencies": "the agencies of the scenario, each under its id, with name:, short:, "
                "country: and game:",
    "milestones": "the milestones agencies can fund, each under its id, with name:, track: "
                  "and game:",
}


def _empty(where: str, field: str, kind: str, item: Any) -> str:
    if kind == "string_too_short":
        return f"{where} is empty: write the text"
    least = item.get("ctx", {}).get("min_length", 1)
    items = "one item" if least == 1 else f"{least} items"
    goes = _WHAT_GOES_THERE.get(field)
    return f"{where} is empty, but it needs at least {items}" + (f": {goes}" if goes else "")


def id_fault(given: object) -> str:
    """Why `given` is not an id, naming the first character at fault, and the id it might
    have meant."""
    text = str(given)
    if not text:
        return "an id cannot be empty: ids use small letters a-z, digits and _"
    rule = "ids use only small letters a-z, digits and _, and start with a letter"
    bad = next((c for c in text if c not in _ID_CHARACTERS), None)
    if bad is not None:
        shown = "a space" if bad == " " else f"'{bad}'"
        fault = f"{shown} is not one of them"
    else:
        fault = f"'{text[0]}' is not a letter"
    fixed = id_like(text)
    hint = f": write '{fixed}'" if fixed and fixed != text else ""
    return f"'{text}' is not an id: {rule}; {fault}{hint}"


_ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def id_like(text: str) -> str:
    """`text` made into an id: accents dropped, capitals made small, anything else _."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"[^a-z0-9_]+", "_", plain).strip("_")
    if plain and not plain[0].isalpha():
        plain = "y" + plain if plain[0].isdigit() else plain.lstrip("_0123456789")
    return plain


def _plain(kind: str, given: Any, item: Any) -> str:
    """The tail of an E-VALUE message, in words rather than pydantic's."""
    ctx = item.get("ctx", {})
    bounds = {"less_than_equal": ("at most", "le"), "greater_than_equal": ("at least", "ge"),
              "less_than": ("below", "lt"), "greater_than": ("above", "gt")}
    if kind in bounds:
        words, key = bounds[kind]
        limit = ctx.get(key)
        limit = f"{limit:g}" if isinstance(limit, float) else limit
        share = " (a chance or a share, from 0 to 1)" if str(limit) in ("0", "1") and \
            isinstance(given, float) else ""
        return f" is {given!r}, but it must be {words} {limit}{share}"
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return (f" is {given!r}, but it must be one of: {', '.join(options)}"
                + suggestion(str(given), options))
    if kind == "int_from_float":
        return f" is {given!r}, but it must be a whole number (an integer such as 2 or 3)"
    if kind == "finite_number":
        return f" is {given!r}, but it must be an ordinary number"
    message = str(item["msg"]).removeprefix("Value error, ")
    return f": {message}"


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
