"""RecordActivity: the class's answers reach the game through the engine, are scored per
part, survive a save and a replay, and a damaged record is refused on loading."""

from __future__ import annotations

import copy
import json

import pytest

from game.core.commands import (
    CommandFormatError,
    EndTurn,
    RecordActivity,
    command_from_dict,
)
from game.core.engine import Engine
from game.core.save import GameFormatError, canonical_json, from_dict, replay, to_dict

ANSWERS = (("sort", "cnsa_goal", "quoted", "quoted"),
           ("sort", "russia_wants", "framing", "opinion"),
           ("hard", "dark_side", "far_side", "far_side"))


def recorded(engine: Engine, answers: tuple[tuple[str, str, str, str], ...] = ANSWERS
             ) -> Engine:
    assert engine.apply(RecordActivity("esa", "judge_the_sources", answers)).ok
    return engine


def test_the_engine_records_right_and_asked_per_part_in_the_order_answered(
        engine: Engine) -> None:
    record = recorded(engine).state.activity
    assert record["activity"] == "judge_the_sources"
    assert record["scores"] == [["sort", 1, 2], ["hard", 1, 1]]
    assert record["answers"][1] == ["sort", "russia_wants", "framing", "opinion"]


def test_a_second_run_replaces_the_first(engine: Engine) -> None:
    recorded(engine)
    recorded(engine, (("compare", "who_builds", "own_statement", "own_statement"),))
    assert engine.state.activity["scores"] == [["compare", 1, 1]]


def test_the_activity_is_recorded_after_the_game_is_over_but_no_play_is(engine: Engine
                                                                         ) -> None:
    while not engine.state.finished:
        for item in list(engine.pending("esa")):
            engine.apply(command_from_dict({"command": "decline_offer", "agency": "esa",
                                            "bloc": item.ref}) if item.kind == "offer" else
                         command_from_dict({"command": "answer_event", "agency": "esa",
                                            "event": item.ref, "choice": 0}))
        engine.apply(EndTurn("esa"))
    assert not engine.apply(EndTurn("esa")).ok
    assert recorded(engine).state.activity["scores"][0] == ["sort", 1, 2]


def test_the_command_round_trips_through_json_as_the_save_holds_it() -> None:
    command = RecordActivity("esa", "judge_the_sources", ANSWERS)
    raw = json.loads(json.dumps(command.to_dict()))
    assert raw == command.to_dict()
    assert command_from_dict(raw) == command


@pytest.mark.parametrize("answers", [
    [],
    [["sort", "a", "quoted"]],
    [["sort", "a", "quoted", 3]],
    [["sort", "a", "quoted", "quoted"], ["sort", "a", "plan", "quoted"]],
    "sort,a,quoted,quoted",
])
def test_malformed_answers_are_refused(answers: object) -> None:
    with pytest.raises(CommandFormatError):
        command_from_dict({"command": "record_activity", "agency": "esa",
                           "activity": "judge_the_sources", "answers": answers})


def test_a_saved_game_keeps_the_record_and_its_replay_reaches_the_same_state(
        engine: Engine) -> None:
    engine.apply(EndTurn("esa"))
    recorded(engine)
    data = json.loads(json.dumps(to_dict(engine)))
    assert from_dict(engine.rules.scenario, data).state.activity == engine.state.activity
    assert canonical_json(replay(engine.rules.scenario, data)) == canonical_json(engine)


def test_a_save_whose_scores_its_answers_do_not_give_is_refused(engine: Engine) -> None:
    data = json.loads(json.dumps(to_dict(recorded(engine))))
    for damage in ({"scores": [["sort", 2, 2], ["hard", 1, 1]]},
                   {"answers": [["sort", "x", "quoted"]]},
                   {"extra": 1}):
        broken = copy.deepcopy(data)
        broken["state"]["activity"].update(damage)
        with pytest.raises(GameFormatError):
            from_dict(engine.rules.scenario, broken)


def test_a_save_from_before_the_activity_loads_with_no_record(engine: Engine) -> None:
    data = json.loads(json.dumps(to_dict(engine)))
    del data["state"]["activity"]
    assert from_dict(engine.rules.scenario, data).state.activity == {}
