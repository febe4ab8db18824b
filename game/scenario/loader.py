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

from game import files, i18n
from game.i18n import tr
from game.scenario import limits, migrate
from game.scenario.checks import check_references
from game.scenario.date_words import date_fault
from game.scenario.errors import MAX_PROBLEMS, Problem, ScenarioError
from game.scenario.models import Scenario
from game.scenario.pydantic_errors import problems_from_validation
from game.scenario.yaml_errors import yaml_problem

MAX_MESSAGE_CHARS = 500  # one problem, one readable line, whatever value it quotes
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
    # The format_version the file was written in, when the data was migrated to the current
    # one (game/scenario/migrate.py); None: the file is of the current version.
    migrated_from: int | None = None

    def migrate(self) -> None:
        """Bring the data to the current format in memory, keeping every position at its
        place in the file: a key the migration moved is found at its new path."""
        if not (migrate.needs_migration(self.data) or migrate.written_as_v1(self.data)):
            return
        if migrate.needs_migration(self.data):
            self.migrated_from = self.data["format_version"]
        self.data, moves = migrate.migrate_with_moves(self.data)
        for table in (self.values, self.keys):
            moved = {migrate.forward_path(path, moves): at for path, at in table.items()}
            table.clear()
            table.update(moved)
        for move in moves:
            # A mapping the migration made (a bloc's game: that was not written) stands
            # where the moved key stood in the file.
            for end in range(1, len(move.new)):
                parent = move.new[:end]
                if parent not in self.values:
                    self.values[parent] = self.keys.get(move.new, self.values[move.new])

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
        if len(message) > MAX_MESSAGE_CHARS:  # it quotes a value a whole page long
            message = message[:MAX_MESSAGE_CHARS - 3] + "..."
        return Problem(self.path, line, col, code, message, severity)


def read_text(path: Path) -> str:
    """The file's text, or ScenarioError saying in one line why it cannot be read.

    Read through the guarded door (game.files): a FIFO or a link to /dev/zero is refused at
    once, never read, and a control character is reported at its own line and column.
    """
    name = str(path)
    try:
        text = files.read_text(path, max_bytes=limits.MAX_FILE_BYTES, what=tr("a scenario file"))
    except files.FileProblem as problem:
        raise ScenarioError([Problem(name, problem.line, problem.col, "E-FILE",
                                     problem.message)]) from None
    if not text.strip():
        raise ScenarioError([Problem(name, 1, 1, "E-FILE", "is empty: a scenario needs at "
                                     "least format_version and scenario")])
    return text


def compose(path: str, text: str) -> Document:
    _scan(path, text)  # before composing: the composers recurse, once per level of nesting
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise ScenarioError([yaml_problem(path, error, text)]) from None
    except yaml.YAMLError as error:
        raise ScenarioError([Problem(path, 1, 1, "E-YAML", str(error).splitlines()[0])]
                            ) from None
    except RecursionError:  # the scan should have refused it; never a traceback all the same
        raise ScenarioError([Problem(path, 1, 1, "E-DEPTH", _DEPTH_FIX)]) from None
    if root is None:
        raise ScenarioError([Problem(path, 1, 1, "E-FILE", "holds no YAML document")])
    document = Document(path, None)
    try:
        document.data = _build(document, root, (), document.read_problems)
    except RecursionError:
        raise ScenarioError([Problem(path, 1, 1, "E-DEPTH", _DEPTH_FIX)]) from None
    return document


_DEPTH_FIX = (f"nested deeper than {limits.MAX_DEPTH} levels of mappings and lists: a "
              "scenario never needs that many; close the brackets or indent less")


@dataclass
class _Open:
    """A mapping or list being scanned: what its contents add up to so far."""

    anchor: str | None
    nodes: int = 1  # itself and everything inside, aliases counted as expanded
    height: int = 1  # levels of nesting from itself down, aliases counted as expanded


def _scan(path: str, text: str) -> None:
    """Refuse deep nesting and alias bombs from the parser's events, before composing.

    One flat pass with an explicit stack, so no nesting can exhaust Python's. An alias counts
    as the node it names, so `[*a, *a]` is as deep and as large as writing `a` out twice; an
    alias to a node that is still open would make a loop and is refused.
    """
    stack: list[_Open] = []
    done: dict[str, tuple[int, int]] = {}  # anchor -> (nodes, height)
    total = 0
    aliased = False  # whether an alias has stood for more than one value

    def fail(mark: Any, code: str, message: str) -> ScenarioError:
        return ScenarioError([Problem(path, mark.line + 1, mark.column + 1, code, message)])

    def add(nodes: int, height: int, mark: Any) -> None:
        nonlocal total
        total += nodes
        if total > limits.MAX_VALUES and aliased:
            raise fail(mark, "E-ALIAS", "aliases expand to far too much data (an alias "
                       "bomb?); write the content out or use fewer nested aliases")
        if total > limits.MAX_VALUES:
            raise fail(mark, "E-LIMIT", f"the file holds more than {limits.MAX_VALUES:,} "
                       "values (keys, texts, numbers, lists); a scenario needs far fewer: "
                       "remove what the game does not use, or split the scenario in two")
        if len(stack) + height > limits.MAX_DEPTH:
            raise fail(mark, "E-DEPTH", _DEPTH_FIX)
        if stack:
            stack[-1].nodes += nodes
            stack[-1].height = max(stack[-1].height, height + 1)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= limits.MAX_DEPTH:
                    raise fail(event.start_mark, "E-DEPTH", _DEPTH_FIX)
                stack.append(_Open(event.anchor))
            elif isinstance(event, yaml.CollectionEndEvent):
                node = stack.pop()
                if node.anchor is not None:
                    done[node.anchor] = (node.nodes, node.height)
                # Its own size was counted in `total` as its contents arrived.
                total -= node.nodes - 1
                add(node.nodes, node.height, event.start_mark)
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor is not None:
                    done[event.anchor] = (1, 0)
                add(1, 0, event.start_mark)
            elif isinstance(event, yaml.AliasEvent):
                if any(node.anchor == event.anchor for node in stack):
                    raise fail(event.start_mark, "E-ALIAS",
                               f"the alias *{event.anchor} points to the list or mapping that "
                               "holds it, a loop without end; write the content out")
                # undefined: compose says so
                nodes, height = done.get(event.anchor or "", (1, 0))
                aliased = aliased or nodes > 1
                add(nodes, height, event.start_mark)
    except yaml.MarkedYAMLError as error:
        raise ScenarioError([yaml_problem(path, error, text)]) from None


_constructor = SafeConstructor()
# Called directly, not through construct_object, which keeps every node it ever built in
# the shared constructor (a leak of each file loaded) and is slower for a plain value.
_SCALAR_CONSTRUCTORS = {
    tag: SafeConstructor.yaml_constructors[tag]
    for tag in _STANDARD_TAGS if not tag.endswith(("map", "seq"))
}


class _Unreadable(ValueError):
    """A scalar its tag cannot make a value of (`!!bool maybe`, `!!timestamp soon`...)."""


def _scalar(node: yaml.Node) -> Any:
    construct = _SCALAR_CONSTRUCTORS.get(node.tag)
    if construct is None or not isinstance(node, yaml.ScalarNode):
        raise _Unreadable(f"not a {node.tag.rsplit(':', 1)[-1]}")
    if node.tag.endswith(("int", "float")) and len(node.value) > files.MAX_NUMBER_CHARS:
        raise _Unreadable(f"a number of {len(node.value)} characters is far too long (amounts "
                          f"are at most {limits.MAX_MONEY:,})")
    try:
        return construct(_constructor, node)
    except ValueError:  # int('12x'), a date out of the calendar: their words are good
        raise
    except (ConstructorError, LookupError, AttributeError, TypeError, OverflowError):
        # An explicit tag on a value that does not fit it: !!bool foo, !!timestamp foo.
        raise _Unreadable(f"not a {node.tag.rsplit(':', 1)[-1]}") from None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


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
        value = _scalar(node)
        # The file's text holds no control character (game.files saw to that), but a double-
        # quoted escape ("\0", "\e") can make one, which no screen can draw.
        if isinstance(node, yaml.ScalarNode) and node.style == '"' and isinstance(
                value, str) and (
                bad := files.first_control_character(value)) is not None:
            raise _Unreadable(f"it holds the control character U+{ord(value[bad]):04X} (an "
                              "escape such as \\0 or \\e), which is not text: delete it")
        return value
    except ValueError as error:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if "timestamp" in node.tag:  # 2021-13-09 unquoted: YAML's date, out of the calendar
            where = ".".join(str(part) for part in at)
            problems.append(Problem(doc.path, line, col, "E-DATE",
                                    f"{where}: {date_fault(node.value)}"))
            return None
        reason = str(error).splitlines()[0][:200] if str(error) else "not readable"
        problems.append(Problem(doc.path, line, col, "E-TYPE",
                                f"cannot read {_shown(node.value)}: {reason}"))
        return None


def _build_scalar_key(doc: Document, node: yaml.Node, at: Path_,
                      problems: list[Problem]) -> Any:
    if not isinstance(node, yaml.ScalarNode) or node.tag not in _STANDARD_TAGS:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        problems.append(Problem(doc.path, line, col, "E-TYPE",
                                "a key must be a plain word, not a list, mapping or tag"))
        return None
    # A key is its text, never constructed: ids such as 2021 or yes would otherwise become
    # numbers or booleans, and 2021-13-45 a date that does not exist.
    return node.value


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
    doc.migrate()
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
    unique = _at_most(sorted(set(problems)))
    if any(p.severity == "error" for p in unique):
        scenario = None
    return scenario, unique


def _at_most(problems: list[Problem]) -> list[Problem]:
    """The first MAX_PROBLEMS problems by line, and one more line, where the next problem
    is, saying that more follow: an error if any problem is, else a warning."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    following = problems[MAX_PROBLEMS]
    failed = any(p.severity == "error" for p in problems)
    return [*problems[:MAX_PROBLEMS],
            Problem(following.path, following.line, following.col,
                    "E-MORE" if failed else "W-MORE",
                    f"more problems follow from here; only the first {MAX_PROBLEMS} are "
                    "shown: fix these and validate again", "error" if failed else "warning")]


def check_file_in_english(path: str | Path) -> tuple[Scenario | None, list[Problem]]:
    """Every problem of a file (errors and warnings) and the scenario, as written, when
    there is no error."""
    scenario, problems, _ = _check_as_written(path)
    return scenario, problems


def _check_as_written(path: str | Path) -> tuple[Scenario | None, list[Problem], int | None]:
    try:
        doc = load_document(path)
    except ScenarioError as error:
        return None, error.problems, None
    scenario, problems = check_document(doc)
    return scenario, problems, doc.migrated_from


def check_file_version(path: str | Path, *, language: str | None = None
                       ) -> tuple[Scenario | None, list[Problem], int | None]:
    """`check_file`, and the older format_version the file was migrated from (None: the
    file is of the current version, or could not be read)."""
    scenario, problems, older = _check_as_written(path)
    chosen = language or i18n.language()
    if scenario is not None and chosen != i18n.SOURCE_LANGUAGE:
        from game.scenario.companions import localised  # it reads scenarios with this module

        scenario = localised(scenario, path, chosen)
    return scenario, problems, older


def check_file(path: str | Path, *, language: str | None = None
               ) -> tuple[Scenario | None, list[Problem]]:
    """Every problem of a file (errors and warnings) and the scenario when there is no error,
    its texts in `language` (the game's, by default) where a translation companion beside
    it gives them (game/scenario/companions.py), else as written."""
    scenario, problems, _ = check_file_version(path, language=language)
    return scenario, problems


def load_scenario(path: str | Path) -> Scenario:
    """The typed scenario, or ScenarioError listing every error (warnings do not stop it)."""
    scenario, problems = check_file(path)
    if scenario is None:
        raise ScenarioError([p for p in problems if p.severity == "error"])
    return scenario
