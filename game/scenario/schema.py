"""The JSON Schema of scenario files, for editors' autocompletion and for tools.

Made from the pydantic models, with the places where pydantic's own JSON Schema would say
something other than what the loader does put right, so an editor's YAML plug-in accepts
exactly the files `main.py validate` accepts as to their shape (tests/scenario/test_schema.py
holds the two together):

- a date (`PartialDate`) is read by `normalise_date` before pydantic sees it: the file may
  give a bare year (`2030`, a YAML integer) or text `YYYY`, `YYYY-MM`, `YYYY-MM-DD` that is a
  real calendar date; an unquoted `2021-03-09` reaches an editor as text (YAML plug-ins and
  check-jsonschema load timestamps as strings), which the same pattern judges;
- an id used as a key (`sources: {seed_000: ...}`) must match the id pattern: pydantic
  writes that as `patternProperties`, which lets any other key through unchecked, so here
  it is `propertyNames` with `additionalProperties` for the values;
- text the loader needs non-empty is trimmed first (`str_strip_whitespace`), so `"  "` is
  empty: the schema asks for a character that is not a space;
- `default: null` is left out where null is not allowed (the `game:` section's keys), since
  an editor would offer it and the loader then refuse it.

What no JSON Schema can say (cross-references, spans of dates, the rules of checks.py) is
listed in docs/scenario-authoring.md and left to `main.py validate`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from game.scenario.models import Scenario, normalise_date

_YEAR = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"  # 0001-9999
# A month, then a day that month can have (29 February is let through for every year: the
# one calendar date a pattern does not judge, left to the loader).
_MONTH_DAY = ("((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?"
              "|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?"
              "|02(-(0[1-9]|1[0-9]|2[0-9]))?)")
DATE_PATTERN = f"^{_YEAR}(-{_MONTH_DAY})?$"
DATE_SCHEMA: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": 9999,
         "description": "A year on its own (2030)."},
        {"type": "string", "pattern": DATE_PATTERN,
         "description": "YYYY, YYYY-MM or YYYY-MM-DD (2021, 2021-03, 2021-03-09)."},
    ],
}
# With whitespace stripped first, "at least one character" means one that is not a space.
_NOT_BLANK = r"\S"


class ScenarioSchema(GenerateJsonSchema):
    """pydantic's generator, saying what the scenario loader accepts where the two differ."""

    def function_before_schema(self,
                               schema: core_schema.BeforeValidatorFunctionSchema
                               ) -> JsonSchemaValue:
        if schema["function"].get("function") is normalise_date:
            return copy.deepcopy(DATE_SCHEMA)  # a copy: pydantic adds to it
        return super().function_before_schema(schema)

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        json_schema = super().dict_schema(schema)
        patterns = json_schema.pop("patternProperties", None)
        if patterns:
            ((pattern, values),) = patterns.items()
            json_schema["propertyNames"] = {**json_schema.get("propertyNames", {}),
                                            "pattern": pattern}
            json_schema["additionalProperties"] = values
        return json_schema

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        json_schema = super().str_schema(schema)
        if json_schema.get("minLength") == 1 and "pattern" not in json_schema and (
                schema.get("strip_whitespace") or self._config.str_strip_whitespace):
            json_schema["pattern"] = _NOT_BLANK
        return json_schema

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        json_schema = super().default_schema(schema)
        if "default" in json_schema and json_schema["default"] is None \
                and not _accepts_null(json_schema):
            del json_schema["default"]
        return json_schema


def _accepts_null(json_schema: JsonSchemaValue) -> bool:
    if json_schema.get("type") == "null":
        return True
    return any(_accepts_null(branch) for branch in json_schema.get("anyOf", []))


def scenario_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema(schema_generator=ScenarioSchema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "scenario.schema.json",
        "title": "Moonward scenario",
        "description": (
            "A Moonward scenario file. Statements about the world cite `sources`; numbers "
            "under a `game` key are game values chosen for play, not history. This schema "
            "checks a file's shape; `main.py validate` also checks what it cannot: that ids "
            "named exist, that dates and spans make sense, and the rules of sourcing."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text() -> str:
    return json.dumps(scenario_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
