from __future__ import annotations

import pytest

from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import plan_turn, play_turn


@pytest.mark.parametrize("road", ["ilrs", "artemis", "independent"])
def test_each_road_takes_its_agency_where_it_says(scenario, road: str) -> None:
    engine = new_game(scenario, seed=2, humans=["esa"])
    play_turn(engine, "esa", road, engine.apply)
    assert engine.state.agencies["esa"].bloc == (None if road == "independent" else road)
    assert engine.apply(EndTurn("esa")).ok


def test_a_policy_s_commands_are_all_accepted_by_the_engine(scenario) -> None:
    engine = new_game(scenario, seed=4, humans=["esa"])
    refusals = []

    def apply(command):
        result = engine.apply(command)
        if not result.ok:
            refusals.append((command, result.reason))
        return result

    while not engine.is_over:
        play_turn(engine, "esa", "artemis", apply)
        engine.apply(EndTurn("esa"))
    assert refusals == []


def test_planning_does_not_change_the_state(engine: Engine) -> None:
    from game.core.save import canonical_json

    before = canonical_json(engine)
    plan_turn(engine, "esa", "ilrs")
    assert canonical_json(engine) == before


def test_rivals_achieve_milestones_on_their_own(scenario) -> None:
    engine = new_game(scenario, seed=9, humans=["esa"])
    while not engine.is_over:
        from tests.core.conftest import clear_pending

        clear_pending(engine)
        engine.apply(EndTurn("esa"))
    rivals = [a for a in engine.state.agencies.values() if a.id != "esa"]
    assert any(t >= 0 for a in rivals for t in a.achieved.values())


def test_a_milestone_costing_nothing_does_not_stop_the_computer_players(scenario) -> None:
    # The loader refuses cost 0 (E-LIMIT); a scenario built in code could still hold it.
    free = {mid: m.model_copy(update={"game": m.game.model_copy(update={"cost": 0})})
            for mid, m in scenario.milestones.items()}
    engine = new_game(scenario.model_copy(update={"milestones": free}), seed=3,
                        humans=["esa"])
    for _ in range(3):
        play_turn(engine, "esa", "ilrs", engine.apply)
        assert engine.apply(EndTurn("esa")).ok


def _rivals_only_game(scenario, seed: int, difficulty: str = "normal") -> Engine:
    """A whole game in which the human (ESA) does nothing: only the rivals' policy plays."""
    from tests.core.conftest import clear_pending

    engine = new_game(scenario, seed=seed, humans=["esa"], difficulty=difficulty)
    while not engine.is_over:
        clear_pending(engine)
        assert engine.apply(EndTurn("esa")).ok
    return engine


def _months(engines: list[Engine], agency: str, milestone: str) -> list[int]:
    return sorted(e.rules.calendar.turn_month(e.state.agencies[agency].achieved[milestone])
                  for e in engines if milestone in e.state.agencies[agency].achieved)


def test_a_rival_does_not_start_what_its_plan_puts_years_away(scenario) -> None:
    from game.core.timetable import game_targets, steady_turns
    from tests.core.conftest import clear_pending

    engine = new_game(scenario, seed=5, humans=["esa"])
    rules = engine.rules
    targets = game_targets(rules, 5, "normal", "cnsa")
    start = rules.calendar.turn_month(0)

    def years_away(mid: str) -> bool:
        """Further off than steady funding from nothing needs plus the margin (a robotic
        mission may start that much earlier times `rival_early_robotic`): game values."""
        rule = rules.milestones[mid]
        furthest = steady_turns(rules, rule) + rules.tuning.rival_margin_turns
        if rule.track == "robotic":
            furthest *= rules.tuning.rival_early_robotic
        return (targets[mid] - start) / rules.calendar.turn_months > furthest

    far = {mid for mid in targets if years_away(mid)}
    # CNSA's plan puts its crews in the 2030s (a game value): they are years away in 2021.
    assert {"crewed_lunar_orbit", "crewed_landing", "permanent_base"} <= far
    clear_pending(engine)
    assert engine.apply(EndTurn("esa")).ok
    cnsa = engine.state.agencies["cnsa"]
    starting = scenario.agencies["cnsa"].game.progress
    # Nothing years away is begun or funded in the first year; what it had begun before the
    # game keeps its starting progress.
    for mid in far:
        assert mid not in cnsa.allocation
        if mid in starting:
            assert cnsa.projects[mid].progress == starting[mid]
        else:
            assert mid not in cnsa.projects, mid
    # The heavy launcher is not among them: the crews need it built years before they fly
    # and a year is a turn, so its target (about 2023) is near and funding it now keeps to plan.
    assert "heavy_launcher" not in far


def test_on_normal_rivals_keep_near_their_documented_dates(scenario) -> None:
    from game.core.calendar import month_index

    engines = [_rivals_only_game(scenario, seed) for seed in range(1, 41)]
    nasa = _months(engines, "nasa", "crewed_landing")
    assert len(nasa) >= 36
    median = nasa[len(nasa) // 2]
    # "by the mid-2020s", read by the game as 2024 to 2026
    assert month_index("2024") <= median <= month_index("2026", end_of_period=True)
    # CNSA's plan (a game value) lands its crew in mid-2030: never years ahead of it
    assert min(_months(engines, "cnsa", "crewed_landing")) >= month_index("2028")
    # and nothing outside its plan that is not needed by it and not robotic science
    assert not any("lunar_orbit_station" in e.state.agencies["cnsa"].achieved for e in engines)


def test_hard_brings_the_rivals_ahead_of_normal(scenario) -> None:
    seeds = range(1, 16)
    normal = _months([_rivals_only_game(scenario, s) for s in seeds], "cnsa", "crewed_landing")
    hard = _months([_rivals_only_game(scenario, s, "hard") for s in seeds], "cnsa",
                   "crewed_landing")
    assert hard[len(hard) // 2] < normal[len(normal) // 2]


def test_a_rival_s_turn_depends_only_on_the_state(scenario) -> None:
    from game.core.save import canonical_json

    one, two = _rivals_only_game(scenario, 9), _rivals_only_game(scenario, 9)
    assert canonical_json(one) == canonical_json(two)
