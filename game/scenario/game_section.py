"""A scenario's top-level `game:` section: any of the engine's game values (`Tuning`), set by
name, so a teacher can change a weight, a bonus or the budget handicap without code.

The accepted keys are read from `dataclasses.fields(Tuning)` when this module is imported:
a field added to Tuning is settable here at once, with its type kept. Numbers are at least
0 (a share at most 1); a table such as `weights` is written as a mapping whose keys are
the default's (`weights: {science: 2.0}`), and a key left out keeps its default.
"""

from __future__ import annotations

import dataclasses
import typing
from functools import cache
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, create_model

from game.core.rules import Tuning
from game.core.tuning_docs import SHARES, tuning_doc
from game.scenario import limits

MAX_FACTOR = 1000.0  # no weight, rate or multiplier the rules use comes near it
Table = tuple[tuple[str, float], ...]


@cache
def tuning_fields() -> tuple[dataclasses.Field[Any], ...]:
    return tuple(dataclasses.fields(Tuning))


@cache
def tuning_names() -> frozenset[str]:
    return frozenset(f.name for f in tuning_fields())


@cache
def tuning_types() -> dict[str, Any]:
    return typing.get_type_hints(Tuning)


def is_table(name: str) -> bool:
    """Whether a Tuning field is a table of (key, number) pairs, written as a mapping."""
    return bool(tuning_types().get(name) == Table)


def default_of(name: str) -> Any:
    return getattr(Tuning(), name)


def table_keys(name: str) -> tuple[str, ...]:
    return tuple(key for key, _ in default_of(name))


def _no_bool(value: object) -> object:
    # YAML reads yes/no/on/off as true/false, which pydantic would take for 1 and 0.
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false (YAML reads yes, no, on and off "
                         "as true/false)")
    return value


def _number(name: str, kind: type) -> Any:
    if kind is float:
        most = 1.0 if name in SHARES else MAX_FACTOR
        # The bounds before the validator: after it, pydantic writes them into the JSON
        # Schema as unknown `ge`/`le` words instead of `minimum`/`maximum`.
        return Annotated[float, Field(ge=0, le=most, allow_inf_nan=False),
                         BeforeValidator(_no_bool)]
    return Annotated[int, Field(ge=0, le=1 if name in SHARES else limits.MAX_MONEY),
                     BeforeValidator(_no_bool)]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


class GameValues:
    """What `Scenario.game` offers the engine, whatever fields Tuning has today."""

    def overrides(self) -> dict[str, Any]:
        """Field -> value in Tuning's own form, for every game value the scenario sets."""
        out: dict[str, Any] = {}
        for name in self.model_fields_set:  # type: ignore[attr-defined]
            if name not in tuning_names():  # a game rule of its own (`victory`)
                continue
            value = getattr(self, name)
            if value is None:
                continue
            if is_table(name):
                given = {key: number for key, number in value if number is not None}
                value = tuple((key, float(given.get(key, number)))
                              for key, number in default_of(name))
            out[name] = value
        return out


def _table_model(name: str, base: type) -> type:
    fields: dict[str, Any] = {
        key: (_number(name, float),
              Field(default=None, description=f"default {number}",
                    json_schema_extra={"default": number}))
        for key, number in default_of(name)
    }
    model: type = create_model(f"Game{_camel(name)}", __base__=base, **fields)
    return model


def build_section(base: type, extra: dict[str, Any] | None = None) -> type:
    """The pydantic model of the `game:` section, one optional key per Tuning field, and the
    `extra` fields (name -> (type, Field)): game rules that are not Tuning numbers, such as
    `victory`, which `GameValues.overrides` leaves out."""
    fields: dict[str, Any] = dict(extra or {})
    for f in tuning_fields():
        hint = tuning_types()[f.name]
        doc = tuning_doc(f)
        default = default_of(f.name)
        shown_default: Any = default
        if is_table(f.name):
            kind: Any = _table_model(f.name, base)
            shown_default = dict(default)
            shown = ", ".join(f"{key}: {number}" for key, number in default)
            description = f"{doc} (default {{{shown}}}; a key left out keeps its default)"
        elif hint is bool:
            kind, description = bool, f"{doc} (default {default})"
        elif hint in (int, float):
            kind, description = _number(f.name, hint), f"{doc} (default {default})"
        else:  # a kind of value nobody has needed yet: pydantic checks it as declared
            kind, description = hint, f"{doc} (default {default!r})"
            shown_default = None
        # Default None, outside the type: the schema offers no `null`, and a key left out
        # is told from one set by `model_fields_set`. The schema shows the engine's default
        # instead, which an editor offers when the key is typed.
        extra = {"default": shown_default} if shown_default is not None else None
        fields[f.name] = (kind, Field(default=None, description=description.strip(),
                                      json_schema_extra=extra))
    bases: Any = (base, GameValues)
    model: type = create_model("ScenarioGame", __base__=bases, **fields)
    model.__doc__ = ("Game values of the engine's rules (weights, bonuses, handicaps) this "
                     "scenario sets; every key left out keeps the engine's default.")
    return model
