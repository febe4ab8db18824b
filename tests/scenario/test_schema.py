"""The committed JSON Schema and the loader agree on what a well-formed scenario file is.

The schema is judged by an independent validator (`jsonschema`, the draft the schema
declares), reading the YAML as an editor's plug-in does: check-jsonschema reads YAML with
ruamel.yaml and loads timestamps as strings (JSON has no dates), and the YAML language
server's parser (YAML 1.2 core) never makes dates at all; so an unquoted `2021-03-09`
reaches the schema as the text "2021-03-09". `editor_data` reads the same way.
(That the committed file is what `main.py schema` prints is held by test_commands.py.)
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import ruamel.yaml
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from game.paths import DEFAULT_SCENARIO
from game.scenario.companions import is_companion
from game.scenario.loader import compose
from game.scenario.migrate import migrated
from game.scenario.models import SECTION_EXTRAS, Scenario
from tests.scenario.conftest import BROKEN, FIXTURES, MINIMAL

SCENARIOS = Path(DEFAULT_SCENARIO).parent
SCHEMA = json.loads((SCENARIOS / "scenario.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)
VALID = (sorted(p for p in SCENARIOS.glob("*.yaml") if not is_companion(p))
         + sorted((FIXTURES / "valid").glob("*.yaml")))

# Broken fixtures whose fault no JSON Schema can see: the file's shape is right and only
# `main.py validate` (checks.py) finds what is wrong. A new broken fixture is refused by
# the schema (or by the editor's YAML parser), or is listed here with the reason.
BEYOND_SCHEMA = {
    "e_claim": "which claims a fiction source may carry: a rule across source and statement",
    "e_cycle": "milestones requiring each other in a loop: a cross-reference",
    "e_date_span": "a date outside the scenario's start and end: a span between fields",
    "e_dup_id": "the same id in two sections: a cross-reference",
    "e_ref": "an id naming nothing: a cross-reference",
    "e_image": "a picture that is not a PNG or JPEG: the file's bytes, beside the YAML",
    "e_span": "a span whose earliest year is after its latest: a comparison of two fields",
}
# Broken fixtures the editor's YAML parser itself refuses, before any schema is applied.
YAML_REFUSES = {"e_dup_key", "e_unsafe", "e_yaml", "e_yaml_colon"}
# Broken fixtures not given to the schema at all, with the reason.
NOT_READ = {
    "e_alias": "an alias bomb: a YAML parser expands it into billions of values (the game "
               "refuses it unexpanded, E-ALIAS, tests/scenario/test_loader.py)",
}


def _editor_yaml() -> ruamel.yaml.YAML:
    reader = ruamel.yaml.YAML(typ="safe", pure=True)
    constructors = reader.constructor.yaml_constructors
    constructors["tag:yaml.org,2002:timestamp"] = constructors["tag:yaml.org,2002:str"]
    return reader


def editor_data(text: str) -> Any:
    """The file as an editor's YAML plug-in hands it to the schema: JSON has only text keys,
    so `2021:` is the key "2021" (check-jsonschema turns keys into text, and so does a
    JavaScript object in the YAML language server).

    The schema is of format version 2. A version-1 file (minimal.yaml and the broken
    fixtures made from it keep version 1, to exercise the migration) is judged as the game
    reads it, after the migration; in an editor its `format_version` is what is marked
    wrong, with `moonward migrate` as the fix (test_a_version_1_file_is_told_its_version)."""
    return migrated(_json_keys(_editor_yaml().load(io.StringIO(text))))


def _json_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(key): _json_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_json_keys(value) for value in node]
    return node


def schema_errors(data: Any) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}"
            for error in VALIDATOR.iter_errors(data)]


def loader_accepts(text: str) -> bool:
    """Whether the loader finds the file well formed (pydantic's models; checks.py's
    cross-references are beyond any schema and left out)."""
    try:
        Scenario.model_validate(migrated(compose("case.yaml", text).data))
    except ValidationError:
        return False
    return True


def test_a_version_1_file_is_told_its_version() -> None:
    raw = _json_keys(_editor_yaml().load(io.StringIO(MINIMAL.read_text(encoding="utf-8"))))
    assert raw["format_version"] == 1
    assert any(error.startswith("['format_version']") for error in schema_errors(raw))
    assert schema_errors(migrated(raw)) == []


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_every_valid_file_validates_against_the_committed_schema(path: Path) -> None:
    assert schema_errors(editor_data(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", sorted(p for p in BROKEN.glob("*.yaml")
                                         if p.stem not in NOT_READ), ids=lambda p: p.stem)
def test_a_broken_fixture_is_refused_by_the_schema_unless_listed_as_beyond_it(
        path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.stem in YAML_REFUSES:
        with pytest.raises(ruamel.yaml.YAMLError):
            editor_data(text)
        return
    errors = schema_errors(editor_data(text))
    if path.stem in BEYOND_SCHEMA:
        assert errors == [], f"{path.stem} is listed as beyond the schema, which refuses it"
    else:
        assert errors, (f"the schema accepts {path.name}: list it in BEYOND_SCHEMA with the "
                        "reason, or make the schema refuse it")


def test_every_listed_fixture_exists() -> None:
    names = {p.stem for p in BROKEN.glob("*.yaml")}
    assert set(BEYOND_SCHEMA) | YAML_REFUSES | set(NOT_READ) <= names


@pytest.mark.parametrize(("date", "valid"), [
    (2030, True), ("2030", True), ("2021-03", True), ("2021-03-09", True), ("2024-02-29", True),
    ("2021-13", False), ("2021-00", False), ("2021-04-31", False), ("2021-02-30", False),
    ("0000", False), (0, False), (10000, False), ("21", False), ("2021-3", False),
    ("March 2021", False), (True, False),
])
def test_a_date_is_accepted_by_the_schema_exactly_when_the_loader_takes_it(
        date: object, valid: bool) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("  start: 2021-03\n",
                                                      f"  start: {json.dumps(date)}\n")
    assert loader_accepts(text) is valid
    assert (schema_errors(editor_data(text)) == []) is valid


def test_an_unquoted_date_reaches_the_schema_as_text_and_validates() -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    assert "    date: 2021-03-09\n" in text
    assert editor_data(text)["facts"][0]["date"] == "2021-03-09"
    assert schema_errors(editor_data(text)) == []


def test_an_id_key_the_loader_refuses_is_refused_by_the_schema() -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("  seed_000:\n", "  Seed-000:\n")
    assert not loader_accepts(text)
    assert any("Seed-000" in error for error in schema_errors(editor_data(text)))


def test_a_number_as_an_id_key_is_refused_by_both() -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("  signing:\n", "  2021:\n")
    assert not loader_accepts(text)
    assert any("'2021'" in error for error in schema_errors(editor_data(text)))


def test_a_blank_fact_text_is_refused_by_both() -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        '  - text: "A memorandum was signed on 9 March 2021."', '  - text: "   "')
    assert not loader_accepts(text)
    assert schema_errors(editor_data(text))


def test_the_game_section_offers_the_engines_defaults_never_null() -> None:
    # The game rules that are not Tuning numbers may be left out (victory: none; null is
    # accepted there, so offering it is honest).
    keys = {name: spec for name, spec in SCHEMA["$defs"]["ScenarioGame"]["properties"].items()
            if name not in SECTION_EXTRAS}
    assert keys and all(spec.get("default") is not None for spec in keys.values())


# --- random damage: the loader's models and the schema agree ---------------------------

# The minimal fixture, and the template with its game: section, conditions and effects.
BASES = [yaml.safe_load(path.read_text(encoding="utf-8"))
         for path in (MINIMAL, SCENARIOS / "template.yaml")]
# What a value may be replaced by: other types, out-of-range numbers, dates good and bad.
REPLACEMENTS: list[Any] = ["text", "", "   ", "lünar_orbiter", 7, -3, 0, 2.5, 1.5e9, True,
                           None, [], ["a"], {}, {"colour": 1}, 2030, "2030", "2021-13",
                           "2021-02-30", "2021-06-15", "all", "self", "seed_000"]


def _paths(node: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*at, i))


PATHS = [[path for path in _paths(base) if path] for base in BASES]


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def _lax_coercion(old: Any, new: Any) -> bool:
    """pydantic's lax mode reads true as 1 and the text "2030" as 2030 in a number, and 0/1
    as false/true in a yes-no field; the schema, like every JSON Schema validator, keeps
    booleans, numbers and text apart. The loader's leniency, never advertised to an editor
    (docs/scenario-authoring.md, "Checking a file in your editor")."""
    number = isinstance(old, int | float) and not isinstance(old, bool)
    numeric_text = isinstance(new, str) and new.strip().lstrip("-").isdigit()
    return (number and (isinstance(new, bool) or numeric_text)) or (
        isinstance(old, bool) and not isinstance(new, bool) and new in (0, 1))


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bool]:
    which = draw(st.sampled_from(range(len(BASES))))
    data = copy.deepcopy(BASES[which])
    path = draw(st.sampled_from(PATHS[which]))
    parent, last = _parent(data, path), path[-1]
    action = draw(st.sampled_from(["drop", "replace", "rename", "add"]))
    lenient = False
    if action == "drop":
        del parent[last]
    elif action == "replace":
        new = draw(st.sampled_from(REPLACEMENTS))
        lenient = _lax_coercion(parent[last], new)
        parent[last] = new
    elif action == "rename" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["lünar_orbiter", "colour", "2021", "Seed"]))] = (
            parent.pop(last))
    elif isinstance(parent, dict):
        parent["colour"] = draw(st.sampled_from(REPLACEMENTS))
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True), lenient


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_file_is_accepted_by_the_schema_exactly_when_the_loader_accepts_it(
        case: tuple[str, bool]) -> None:
    text, lenient = case
    by_loader = loader_accepts(text)
    errors = schema_errors(editor_data(text))
    if lenient:  # the schema is the stricter: what it accepts, the loader does
        assert by_loader or errors
    else:
        assert by_loader == (errors == []), f"loader: {by_loader}, schema: {errors}\n{text}"
