"""What `--strategy` may name for `autoplay` and `simulate`, read against the scenario.

A *road* is what a scripted player follows all game: `bloc:ID` (join bloc ID and play in
it) or `independent` (stay out of every bloc). The roads of a scenario, for one agency, are
each of its blocs that agency may join plus `independent`. On top of the roads:

- `random`: for each seed, one of the roads, drawn with the player's own dice (a generator
  seeded from the game's seed, never the game's), so a seed always picks the same road;
- `best`: every road played on the same seeds; the report keeps the road with the best
  mean total (for `autoplay`, one seed: the road whose game ends with the best total);
- `all` (`simulate` only): every road, then `random`.

`ilrs` and `artemis` are the names of the 2021 scenarios' strategies from before roads were
read from the scenario: they mean `bloc:ilrs` / `bloc:artemis`, and only where the
scenario has that bloc. Names are checked once the scenario is loaded (argparse cannot
know its blocs); every mistake is a one-line `CliError` with exit code 2.
"""

from __future__ import annotations

import difflib

import numpy as np

from game.headless.errors import CliError
from game.i18n import tr
from game.scenario import Scenario

INDEPENDENT = "independent"
RANDOM = "random"
BEST = "best"
ALL = "all"
BLOC_PREFIX = "bloc:"
# The 2021 scenarios' old strategy names: aliases of a bloc road, never a silent fallback.
LEGACY_ALIASES = ("ilrs", "artemis")


def bloc_road(bloc: str) -> str:
    return BLOC_PREFIX + bloc


def road_bloc(road: str) -> str | None:
    """The bloc a road joins (None: the independent road)."""
    return road[len(BLOC_PREFIX):] if road.startswith(BLOC_PREFIX) else None


def join_bar(scenario: Scenario, agency: str, bloc: str) -> str | None:
    """The documented reason `agency` may never join `bloc` from the start (its own
    `refuses_bloc`, or a `barred_partner` between it and one of the bloc's founding
    members), in the scenario's words; None when nothing bars it."""
    members = {a for a, spec in scenario.agencies.items() if spec.bloc == bloc}
    for constraint in scenario.agencies[agency].constraints.values():
        if constraint.kind == "refuses_bloc" and constraint.bloc == bloc:
            return str(constraint.text)
        if constraint.kind == "barred_partner" and constraint.partner in members:
            return str(constraint.text)
    for other in sorted(members):
        for constraint in scenario.agencies[other].constraints.values():
            if constraint.kind == "barred_partner" and constraint.partner == agency:
                return str(constraint.text)
    return None


def roads(scenario: Scenario, agency: str) -> tuple[str, ...]:
    """Every road `agency` can take in this scenario: each bloc it may join, then
    independent."""
    open_blocs = [bid for bid in scenario.blocs if join_bar(scenario, agency, bid) is None]
    return (*(bloc_road(bid) for bid in open_blocs), INDEPENDENT)


def road_for(strategy: str, seed: int, choices: tuple[str, ...]) -> str:
    """The road a game plays: the strategy itself, or for 'random' one of `choices` drawn
    with the player's own dice seeded from the game's seed."""
    if strategy != RANDOM:
        return strategy
    return choices[int(np.random.default_rng([seed, 7]).integers(len(choices)))]


def resolve(scenario: Scenario, agency: str, name: str, allow_all: bool = False) -> list[str]:
    """The strategies `--strategy name` runs, in report order (a road, random, best; with
    `allow_all`, `all` = every road then random). Raises CliError (exit 2) on a name this
    scenario cannot play."""
    open_roads = roads(scenario, agency)
    if name == ALL and allow_all:
        return [*open_roads, RANDOM]
    if name in (RANDOM, BEST, INDEPENDENT):
        return [name]
    if name in LEGACY_ALIASES:
        if name not in scenario.blocs:
            raise CliError(tr("--strategy {s}: this scenario has no bloc '{s}' (the old name "
                              "works only in the 2021 scenarios); its blocs: {blocs}",
                              s=name, blocs=_bloc_list(scenario)), code=2)
        name = bloc_road(name)
    bloc = road_bloc(name)
    if bloc is None:
        words = [f"{BLOC_PREFIX}ID", INDEPENDENT, BEST, RANDOM, *([ALL] if allow_all else [])]
        hint = _did_you_mean(name, [*(bloc_road(b) for b in scenario.blocs), *words])
        raise CliError(tr("--strategy: unknown strategy '{s}'{hint}; use one of: {words} "
                          "(this scenario's blocs: {blocs})", s=name, hint=hint,
                          words=", ".join(words), blocs=_bloc_list(scenario)), code=2)
    if bloc not in scenario.blocs:
        hint = _did_you_mean(bloc, list(scenario.blocs))
        raise CliError(tr("--strategy: this scenario has no bloc '{b}'{hint}; its blocs: "
                          "{blocs}", b=bloc, hint=hint, blocs=_bloc_list(scenario)), code=2)
    bar = join_bar(scenario, agency, bloc)
    if bar is not None:
        raise CliError(tr("--strategy: {a} cannot join {b}: {reason}", a=agency, b=bloc,
                          reason=" ".join(bar.split())), code=2)
    return [name]


def _bloc_list(scenario: Scenario) -> str:
    return ", ".join(scenario.blocs) or tr("none")


def _did_you_mean(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return tr(" (did you mean '{w}'?)", w=close[0]) if close else ""
