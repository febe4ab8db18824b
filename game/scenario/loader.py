"""Scenario files in, typed `Scenario` out, or every problem of the file at once.

The YAML is composed into nodes (never constructed as arbitrary objects), so positions are
kept for every key and value, unsafe tags and alias bombs are refused before anything is
built, and duplicate keys (which PyYAML would silently merge) are reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.constructor import ConstructorError, SafeConstructor

from game.scenario.checks import check_references
from game.scenario.errors import Problem, ScenarioError
from game.scenario.models import Scenario
from game.scenario.pydantic_errors import problems_from_validation

MAX_BYTES = 2 * 1024 * 1024
MAX_NODES = 200_000  # after alias expansion; the shipped scenario has about 3,000
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}

Path_ = tuple[Any, ...]


@dataclass
class Document:
    """Plain data from the file, with where each key and value stands (1-based)."""

    path: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # Found while reading (duplicate keys, unsafe tags); reported with the rest.
    read_problems: list[Problem] = field(default_factory=list)

    def where(self, location: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of `location`, or of the nearest enclosing node that exists."""
        table = self.keys if key else self.values
        probe = tuple(location)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def problem(self, location: Path_, code: str, message: str, *, key: bool = False,
                severity: str = "error") -> Problem:
        line, col = self.where(location, key=key)
        return Problem(self.path, line, col, code, message, severity)


def read_text(path: Path) -> str:
    """The file's text, or ScenarioError saying in one line why it cannot be read."""
    name = str(path)

    def fail(message: str) -> ScenarioError:
        return ScenarioError([Problem(name, 1, 1, "E-FILE", message)])

    if not path.exists():
        raise fail("no such file")
    if path.is_dir():
        raise fail("is a folder, not a scenario file: give the path of a .yaml file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail(f"is {size / 1048576:.1f} MB; a scenario file may be at most 2 MB")
        raw = path.read_bytes()
    except OSError as error:
        raise fail(f"cannot be read: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ScenarioError([Problem(name, line, 1, "E-FILE",
                                     "is not UTF-8 text: save it as UTF-8 in your editor")]
                            ) from None
    if not text.strip():
        raise fail("is empty: a scenario needs at least format_version and scenario")
    return text.removeprefix("\ufeff")


def compose(path: str, text: str) -> Document:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = ": ".join(filter(None, [error.context, error.problem])) or "not valid YAML"
        raise ScenarioError([Problem(path, line, col, "E-YAML", message)]) from None
    except yaml.YAMLError as error:
        raise ScenarioError([Problem(path, 1, 1, "E-YAML", str(error).splitlines()[0])]
                            ) from None
    if root is None:
        raise ScenarioError([Problem(path, 1, 1, "E-FILE", "holds no YAML document")])
    _refuse_bombs(path, root)
    document = Document(path, None)
    document.data = _build(document, root, (), document.read_problems)
    return document


def _refuse_bombs(path: str, root: yaml.Node) -> None:
    """Count nodes as if aliases were expanded, without expanding them."""
    sizes: dict[int, int] = {}
    order: list[yaml.Node] = []
    stack = [root]
    seen: set[int] = set()
    while stack:  # post-order without recursion, so deep nesting cannot crash us
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        stack.extend(_children(node))
    for node in reversed(order):
        sizes[id(node)] = 1 + sum(sizes.get(id(child), 1) for child in _children(node))
        if sizes[id(node)] > MAX_NODES:
            mark = node.start_mark
            raise ScenarioError([Problem(
                path, mark.line + 1, mark.column + 1, "E-ALIAS",
                "aliases expand to far too much data (an alias bomb?); write the content out "
                "or use fewer nested aliases")])


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


_constructor = SafeConstructor()


class _Unremembered(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing. SafeConstructor remembers every node it has built in
    `constructed_objects`, and this constructor is shared by every load, so each scalar of
    every scenario ever read stayed alive: about 90 MB per thousand scenarios (the fuzz
    tests, a long classroom session). Only scalars are built with it, so no memo is needed."""

    def __setitem__(self, key: object, value: object) -> None:
        return None


_constructor.constructed_objects = _Unremembered()


def _build(doc: Document, node: yaml.Node, at: Path_, problems: list[Problem]) -> Any:
    doc.values.setdefault(at, (node.start_mark.line + 1, node.start_mark.column + 1))
    if node.tag not in _STANDARD_TAGS:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        problems.append(Problem(doc.path, line, col, "E-UNSAFE",
                                f"the tag {node.tag!r} is not allowed: scenario files hold "
                                "plain data only; remove the tag"))
        return None
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _build_scalar_key(doc, key_node, at, problems)
            if key is None:
                continue
            here = (*at, key)
            if key in result:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                first = doc.keys[here]
                problems.append(Problem(doc.path, line, col, "E-DUP-KEY",
                                        f"key '{key}' appears twice in this mapping (first at "
                                        f"line {first[0]}); keep one"))
                continue
            doc.keys[here] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _build(doc, value_node, here, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(doc, item, (*at, i), problems) for i, item in enumerate(node.value)]
    try:
        return _constructor.construct_object(node)
    except (ConstructorError, ValueError) as error:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        problems.append(Problem(doc.path, line, col, "E-DATE" if "timestamp" in node.tag
                                else "E-TYPE", f"cannot read {node.value!r}: {error}"))
        return None


def _build_scalar_key(doc: Document, node: yaml.Node, at: Path_,
                      problems: list[Problem]) -> Any:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in _STANDARD_TAGS:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        problems.append(Problem(doc.path, line, col, "E-TYPE",
                                "a key must be a plain word, not a list, mapping or tag"))
        return None
    key = _constructor.construct_object(node)
    # Ids such as 2021 or yes would otherwise become numbers or booleans.
    return node.value if not isinstance(key, str) else key


def load_document(path: str | Path) -> Document:
    path = Path(path)
    return compose(str(path), read_text(path))


def check_document(doc: Document) -> tuple[Scenario | None, list[Problem]]:
    """Validate the data: every problem (errors and warnings), and the model if no errors."""
    unsafe = [p for p in doc.read_problems if p.code == "E-UNSAFE"]
    if unsafe:
        # A file with a python tag is hostile or badly mistaken: say that alone, in as few
        # lines as there are tags, rather than bury it under what the tag's removal broke.
        return None, sorted(unsafe)
    problems = doc.read_problems + check_references(doc)
    scenario: Scenario | None = None
    try:
        scenario = Scenario.model_validate(doc.data)
    except ValidationError as error:
        # A value refused while reading (unsafe tag, bad timestamp) is None by now; pydantic's
        # "must be text, not None" at the same place would only repeat the problem.
        refused = {(p.line, p.col) for p in doc.read_problems}
        problems += [p for p in problems_from_validation(doc, error)
                     if (p.line, p.col) not in refused]
        if not any(p.severity == "error" for p in problems):
            # Never a failed file with nothing to show: fall back on pydantic's own words.
            problems += problems_from_validation(doc, error, everything=True)
    unique = sorted(set(problems))
    if any(p.severity == "error" for p in unique):
        scenario = None
    return scenario, unique


def check_file(path: str | Path) -> tuple[Scenario | None, list[Problem]]:
    """Every problem of a file (errors and warnings) and the scenario when there is no error."""
    try:
        doc = load_document(path)
    except ScenarioError as error:
        return None, error.problems
    return check_document(doc)


def load_scenario(path: str | Path) -> Scenario:
    """The typed scenario, or ScenarioError listing every error (warnings do not stop it)."""
    scenario, problems = check_file(path)
    if scenario is None:
        raise ScenarioError([p for p in problems if p.severity == "error"])
    return scenario
