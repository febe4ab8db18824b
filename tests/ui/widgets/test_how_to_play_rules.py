"""Every rule How to play states about money is held to the engine here: a sentence that
drifted from the rules would teach the class something false."""

from __future__ import annotations

from game import paths
from game.core import milestones as ms
from game.core.commands import Allocate, AnswerEvent, DeclineOffer, EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.state import Project
from game.scenario import load_scenario
from game.ui.widgets.turn_text import how_to_play


def engine() -> Engine:
    made = new_game(load_scenario(paths.DEFAULT_SCENARIO), seed=5, humans=["esa"])
    answer(made)
    return made


def answer(game: Engine) -> None:
    for item in list(game.pending("esa")):
        if item.kind == "offer":
            assert game.apply(DeclineOffer("esa", item.ref)).ok
        else:
            assert game.apply(AnswerEvent("esa", item.ref, 0)).ok


def end_turn(game: Engine) -> None:
    assert game.apply(EndTurn("esa")).ok
    answer(game)


def money_step() -> str:
    return how_to_play(engine().rules.tuning.carry_over)[1]


def test_the_carry_over_share_stated_is_the_engine_s() -> None:
    game = engine()
    share = game.rules.tuning.carry_over
    assert f"{round(share * 100)}% carries to the next" in money_step()
    money = game.state.agencies["esa"].money
    end_turn(game)
    assert game.last_report("esa").money_left == int(money * share)


def test_full_speed_takes_the_fewest_turns_and_about_twice_the_steady_rate() -> None:
    assert "'Full speed' costs about twice as much a turn and takes the fewest turns" \
        in money_step()
    game = engine()
    for mid in game.rules.milestones:
        view = game.milestone_view("esa", mid)
        rule = game.rules.milestones[mid]
        assert abs(view.full_speed - 2 * view.cost / rule.min_turns) <= 1
        amounts = [*range(1, view.full_speed, max(1, view.full_speed // 40)),
                   view.full_speed, 10 * view.full_speed]  # beyond full speed: no faster
        fewest = min(t for amount in amounts
                     if (t := ms.turns_to_ready(game.rules, rule, view.cost, Project(), amount))
                     is not None)
        assert ms.turns_to_ready(game.rules, rule, view.cost, Project(),
                                 view.full_speed) == fewest == rule.min_turns


def test_the_steady_rate_spreads_the_cost_over_the_minimum_turns_and_takes_longer() -> None:
    assert "'Steady rate' spreads the cost over the minimum turns and takes longer" \
        in money_step()
    game = engine()
    for mid in game.rules.milestones:
        view = game.milestone_view("esa", mid)
        rule = game.rules.milestones[mid]
        assert view.steady_funding == -(-view.cost // rule.min_turns)
        assert game.turns_to_ready("esa", mid, view.steady_funding) > rule.min_turns


def test_funding_repeats_every_turn_until_changed() -> None:
    assert "Funding repeats every turn until you change it" in money_step()
    game = engine()
    assert game.apply(Allocate("esa", "lunar_orbiter", 60)).ok
    for _ in range(2):
        end_turn(game)
        assert game.milestone_view("esa", "lunar_orbiter").allocation == 60
    assert game.apply(Allocate("esa", "lunar_orbiter", 0)).ok
    end_turn(game)
    assert game.milestone_view("esa", "lunar_orbiter").allocation == 0


def total_spend(game: Engine, mid: str, amount: int) -> int:
    """Millions spent by a standing order of `amount` until developed, renewed as the engine
    renews it (never beyond full speed or what finishes development)."""
    rule = game.rules.milestones[mid]
    cost = game.milestone_view("esa", mid).cost
    progress, turns, spent = 0.0, 0, 0
    while not (progress >= 1 - 1e-9 and turns >= rule.min_turns):
        pay = min(amount, ms.finishing_amount(game.rules, rule, cost, progress))
        progress = min(1.0, progress + ms.progress_gain(game.rules, rule, cost, pay)[0])
        turns, spent = turns + 1, spent + pay
    return spent


def test_the_steady_rate_is_cheaper_than_full_speed_as_its_button_says() -> None:
    game = engine()
    for mid in game.rules.milestones:
        view = game.milestone_view("esa", mid)
        assert total_spend(game, mid, view.steady_funding) < total_spend(game, mid,
                                                                          view.full_speed)
