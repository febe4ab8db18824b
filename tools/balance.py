"""Every road for every agency a player can pick, in every shipped scenario: the table of
docs/balance.md, and the two balance rules the issue set, checked on the same games.

    python -m tools.balance [--runs N] [--seed S] [--jobs J] [--scenario PATH ...]

The rules (for each scenario's default agency): no road's mean total is more than 15%
above another's, and the independent road is the harder one: its mean total the lowest and
its mean rank the worst of the three. (Win rates are printed, not ruled on: with a few
hundred games a win rate moves by several points from one seed range to the next.) A
scenario that wants an easier independent road raises `independent_science` /
`independent_prestige` in its `game:` section, and this table then shows it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from game import paths
from game.headless.batch import GameRecord, run_games, summarise
from game.headless.common import load_for_cli
from game.headless.strategies import join_bar, roads
from game.scenario import Scenario

SPREAD_LIMIT = 0.15  # the most one road's mean total may exceed another's


@dataclass(frozen=True)
class Row:
    scenario: str
    agency: str
    default: bool
    road: str
    runs: int
    win_rate: float
    mean_rank: float
    mean_total: float


def rows_for(path: Path, runs: int, seed: int, jobs: int | None,
             default_only: bool = False) -> list[Row]:
    scenario = load_for_cli(str(path))
    default = scenario.scenario.default_agency
    out: list[Row] = []
    for aid, agency in scenario.agencies.items():
        if not agency.playable or (default_only and aid != default):
            continue
        open_roads = list(roads(scenario, aid))
        records: list[GameRecord] = []
        for chunk in run_games(str(path), aid, open_roads, runs, seed, jobs, scenario):
            records.extend(chunk)
        summary = summarise(records, open_roads)
        for road in open_roads:
            data = summary[road]
            out.append(Row(scenario.scenario.id, aid, aid == default, road, data["runs"],
                           data["win_rate"], data["mean_rank"],
                           data["axes"]["total"]["mean"]))
    return out


def closed_roads(scenario: Scenario, aid: str) -> set[str]:
    """The blocs this agency cannot join at the start (a documented refusal or bar): a road
    it cannot take is not a row of the table."""
    return {bid for bid in scenario.blocs if join_bar(scenario, aid, bid) is not None}


def problems(rows: list[Row]) -> list[str]:
    """The balance rules broken by the default agency's roads, in words (empty: none)."""
    found: list[str] = []
    for scenario in sorted({r.scenario for r in rows}):
        mine = {r.road: r for r in rows if r.scenario == scenario and r.default}
        if not mine:
            continue
        totals = {road: row.mean_total for road, row in mine.items()}
        high, low = max(totals, key=totals.__getitem__), min(totals, key=totals.__getitem__)
        if totals[low] > 0 and totals[high] / totals[low] - 1 > SPREAD_LIMIT:
            found.append(f"{scenario}: {high} ({totals[high]:.1f}) is more than "
                         f"{SPREAD_LIMIT:.0%} above {low} ({totals[low]:.1f})")
        alone = mine.get("independent")
        blocs = [row for road, row in mine.items() if road != "independent"]
        if alone is not None and any(alone.mean_total > row.mean_total
                                     or alone.mean_rank < row.mean_rank for row in blocs):
            found.append(f"{scenario}: the independent road is not the harder one (its mean "
                         "total must be the lowest and its mean rank the worst)")
    return found


def markdown(rows: list[Row]) -> str:
    lines = ["| scenario | agency | road | runs | win rate | mean rank | mean total |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        agency = f"**{r.agency}** (default)" if r.default else r.agency
        lines.append(f"| {r.scenario} | {agency} | {r.road} | {r.runs} | {r.win_rate:.1%} | "
                     f"{r.mean_rank:.2f} | {r.mean_total:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--scenario", action="append", type=Path)
    parser.add_argument("--default-only", action="store_true",
                        help="only each scenario's default agency (what the rules are about)")
    args = parser.parse_args(argv)
    scenarios = args.scenario or [paths.SCENARIOS_DIR / name for name in
                                  ("classroom_2021.yaml", "moon_2021.yaml",
                                   "whatif_newcomer.yaml")]
    rows = [row for path in scenarios
            for row in rows_for(path, args.runs, args.seed, args.jobs, args.default_only)]
    print(markdown(rows))
    found = problems(rows)
    print()
    print("\n".join(found) if found else "balance rules hold for every default agency")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
