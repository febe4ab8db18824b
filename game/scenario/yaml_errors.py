"""The YAML parser's errors, placed where the teacher's mistake is and said in plain words.

libyaml notices a missing colon only when it reaches the next line (`could not find
expected ':'`, or `mapping values are not allowed in this context` when the next line holds
a key): the line to fix is the one before, and the fix is one character. Other parser
errors keep the parser's own words, at the parser's place.
"""

from __future__ import annotations

import re

import yaml

from game.scenario.errors import Problem

_KEY_ON_LINE = re.compile(r"^\s*(?:-\s+)?[^\s#'\"][^#]*?:(\s|$)")
_CONTENT = re.compile(r"^\s*(?:-\s+)?(?P<word>[^\s:#]+)(?P<rest>[ \t]+[^#]*?)?\s*(?:#.*)?$")


def yaml_problem(path: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    """One E-YAML problem for a parser error: at the line a colon is missing from, with the
    line as it should be written, or else in the parser's words at its place."""
    lines = text.splitlines()
    problem = error.problem or ""
    if "could not find expected ':'" in problem and error.context_mark is not None:
        found = _missing_colon(path, lines, error.context_mark.line)
        if found is not None:
            return found
    if "mapping values are not allowed" in problem and error.problem_mark is not None:
        found = _colon_too_many(path, lines, error.problem_mark)
        if found is not None:
            return found
    mark = error.problem_mark or error.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message = ": ".join(filter(None, [error.context, problem])) or "not valid YAML"
    return Problem(path, line, col, "E-YAML", message)


def _missing_colon(path: str, lines: list[str], index: int) -> Problem | None:
    """The line `index` (0-based) as a key with no colon: `short CNSA` -> `short: CNSA`."""
    if not 0 <= index < len(lines):
        return None
    raw = lines[index]
    match = _CONTENT.match(raw)
    if match is None or ":" in raw.split("#", 1)[0]:
        return None
    word, rest = match["word"], (match["rest"] or "").strip()
    fixed = f"{word}: {rest}" if rest else f"{word}:"
    col = match.start("word") + len(word) + 1  # where the colon belongs
    why = ("a key, a colon and a space, then its value" if rest else
           "a key and a colon open the lines indented below it")
    return Problem(path, index + 1, col, "E-YAML",
                   f"a colon is missing after '{word}': write '{fixed}' ({why})")


def _colon_too_many(path: str, lines: list[str], mark: yaml.Mark) -> Problem | None:
    """A colon where YAML allows none: either inside a value on the same line, or on a key
    line read as the rest of the line before, which lacks its own colon."""
    if not 0 <= mark.line < len(lines):
        return None
    before = lines[mark.line][:mark.column]
    if _KEY_ON_LINE.match(before):
        key = before.split(":", 1)[0].strip().lstrip("- ").strip()
        value = lines[mark.line][len(before.split(":", 1)[0]) + 1:].strip()
        return Problem(path, mark.line + 1, mark.column + 1, "E-YAML",
                       f"the value of '{key}' holds a colon followed by a space, which YAML "
                       f"reads as a second key: put the value in quotes, "
                       f"{key}: \"{value}\"")
    previous = mark.line - 1
    while previous >= 0 and (not lines[previous].strip()
                             or lines[previous].lstrip().startswith("#")):
        previous -= 1
    if previous < 0:
        return None
    found = _missing_colon(path, lines, previous)
    if found is not None:
        return found
    indent = len(lines[mark.line]) - len(lines[mark.line].lstrip())
    return Problem(path, mark.line + 1, indent + 1, "E-YAML",
                   f"line {mark.line + 1} is indented further than line {previous + 1}, so "
                   "YAML reads it as the rest of that line's value: line it up with the keys "
                   "around it")
