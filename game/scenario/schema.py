"""The JSON Schema of scenario files, for editors' autocompletion and for tools."""

from __future__ import annotations

import json
from typing import Any

from game.scenario.models import Scenario


def scenario_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "scenario.schema.json",
        "title": "Moonward scenario",
        "description": (
            "A Moonward scenario file. Statements about the world cite `sources`; numbers "
            "under a `game` key are game values chosen for play, not history."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text() -> str:
    return json.dumps(scenario_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
