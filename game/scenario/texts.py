"""Every player-facing text of a scenario, by a key derived from where it stands in the model.

A translation companion (`moon_2021.fr.yaml`, see companions.py) names the texts it
translates by these keys: `scenario.title`, `agencies.esa.name`, `events.memorandum.text`,
`events.memorandum.choices.0.facts.1.text`. Ids of agencies, milestones and events are
their own ids; entries of lists are their positions. Only the fields below are text a player
reads: ids, claim kinds, sources, dates and game values are never translated (a pupil must
be able to check a citation against the original document).

Pure: no files, no pygame, no translation catalogue.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from game.scenario import models

# Model -> its fields that hold text a player reads (a text, or a list of texts). Every
# other field is walked for nested models (an agency's facts, an event's choices).
TEXT_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {
    models.ScenarioInfo: ("title", "summary", "learning_goals", "discussion_questions",
                          "fiction"),
    models.Fact: ("text",),
    models.Disagreement: ("topic", "note"),
    models.Agency: ("name", "short", "country"),
    models.Achieved: ("text",),
    models.Underway: ("text",),
    models.Constraint: ("text",),
    models.Picture: ("caption",),
    models.Bloc: ("name", "short"),
    models.Milestone: ("name", "first", "description"),
    models.Step: ("name",),
    models.Event: ("title", "text"),
    models.Choice: ("text",),
    models.HistoryEntry: ("text", "when"),
    models.Assumption: ("title", "text"),
    models.Site: ("region",),
}
# Walked for nothing: sources are cited as the documents give them, in their own language.
_NOT_WALKED = frozenset({"sources", "game"})
_WALKED_GAME = (models.MilestoneGame,)  # a milestone's steps have names players read


def texts(scenario: models.Scenario) -> dict[str, str]:
    """Key -> English text, for every translatable text the scenario has, in file order."""
    found: dict[str, str] = {}
    _walk(scenario, (), found)
    return found


def _walk(value: Any, at: tuple[str, ...], found: dict[str, str]) -> None:
    if isinstance(value, BaseModel):
        own = TEXT_FIELDS.get(type(value), ())
        for name in type(value).model_fields:
            item = getattr(value, name)
            here = (*at, name)
            if name in own:
                if isinstance(item, str) and item:
                    found[".".join(here)] = item
                elif isinstance(item, list):
                    for i, text in enumerate(item):
                        if isinstance(text, str) and text:
                            found[".".join((*here, str(i)))] = text
            elif name not in _NOT_WALKED or (name == "game" and isinstance(item, _WALKED_GAME)):
                _walk(item, here, found)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, (*at, str(i)), found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, (*at, str(key)), found)


def with_texts(scenario: models.Scenario, replacements: dict[str, str]) -> models.Scenario:
    """The scenario with the texts at `replacements`' keys replaced (pydantic ValidationError
    when one breaks a limit of the format, such as a name longer than 80 characters).

    Keys that are not texts of this scenario are ignored; check them with `texts` first."""
    if not replacements:
        return scenario
    known = texts(scenario)
    data = scenario.model_dump(mode="python", exclude_unset=True)
    for key, text in replacements.items():
        if key in known:
            _set(data, key.split("."), text)
    return models.Scenario.model_validate(data)


def _set(data: Any, path: list[str], text: str) -> None:
    node = data
    for part in path[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = path[-1]
    if isinstance(node, list):
        node[int(last)] = text
    else:
        node[last] = text
