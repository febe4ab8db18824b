"""Digests of a few hundred autoplayed games, to show a refactoring changed no outcome.

`python -m tools.game_hashes` prints two SHA-256 digests over the same games:

- canonical: every game's `save.canonical_json` (the whole save, byte for byte);
- behaviour: only what play decides (commands, the generator's state, each agency's money,
  support, scores, achievements, projects, trust and bloc, firsts, events fired, the score
  history, how the game ended), so it stays comparable across a change of save format.

Run it before and after a change that must not change play; equal digests are the check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from game.core import save
from game.core.commands import EndTurn
from game.core.engine import Engine
from game.core.new_game import new_game
from game.core.policies import STRATEGIES, play_turn
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario

SCENARIOS = ("moon_2021", "classroom_2021", "whatif_newcomer")


def games(per_scenario: int) -> Iterator[Engine]:
    """Single-player games with every scripted road, then two-team hot-seat games."""
    for name in SCENARIOS:
        scenario = load_scenario(SCENARIOS_DIR / f"{name}.yaml")
        agencies = list(scenario.agencies)
        for seed in range(per_scenario):
            humans = [agencies[seed % len(agencies)]]
            if seed % 4 == 3:  # hot-seat: held news, two teams ending turns
                humans.append(agencies[(seed + 1) % len(agencies)])
            engine = new_game(scenario, seed=seed, humans=humans)
            roads = {h: STRATEGIES[(seed + i) % len(STRATEGIES)] for i, h in enumerate(humans)}
            while not engine.is_over:
                for human in humans:
                    play_turn(engine, human, roads[human], engine.apply)
                    engine.apply(EndTurn(human))
            yield engine


def behaviour(engine: Engine) -> dict[str, Any]:
    state = engine.state
    keep = ("money", "support", "bloc", "achieved", "projects", "trust", "scores",
            "constraints", "declined")
    return {
        "commands": engine.commands,
        "rng": engine.rng.bit_generator.state,
        "agencies": {aid: {k: v for k, v in asdict(a).items() if k in keep}
                     for aid, a in state.agencies.items()},
        "firsts": state.firsts, "fired": state.fired, "history": state.history,
        "turn": state.turn, "end": state.end_reason,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--games", type=int, default=100, help="games per scenario")
    args = parser.parse_args(argv)
    canonical, played = hashlib.sha256(), hashlib.sha256()
    count = 0
    for engine in games(args.games):
        canonical.update(save.canonical_json(engine).encode())
        played.update(json.dumps(behaviour(engine), sort_keys=True, default=str).encode())
        count += 1
    print(f"games      {count}")
    print(f"canonical  {canonical.hexdigest()}")
    print(f"behaviour  {played.hexdigest()}")


if __name__ == "__main__":
    main()
