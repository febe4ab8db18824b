"""`moonward simulate`: many games per strategy on every core, summarised.

Each game is independent (its own seed), so games are spread over worker processes; the
results are plain records, summarised with numpy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from game import numbers
from game.core.calendar import iso_month, month_index
from game.core.engine import Engine
from game.core.history import is_to_come, reading
from game.core.rules import SCORE_AXES, Rules, shared_rules
from game.headless.common import CliError, choose_agency, fail, load_for_cli, play_game
from game.headless.strategies import BEST, RANDOM, resolve, road_for, roads
from game.i18n import tr, trn
from game.scenario import Scenario

AXES = (*SCORE_AXES, "total")


@dataclass(frozen=True)
class GameRecord:
    strategy: str
    seed: int
    scores: dict[str, float]
    rank: int
    won: bool
    # The month each of `documented_pairs` was achieved in this game (None: not by the end).
    timeline: tuple[int | None, ...] = ()


# Within this many months of a dated claim counts as on time (a game value of the report).
DATED_TOLERANCE_MONTHS = 24


def documented_pairs(rules: Rules) -> tuple[tuple[str, str], ...]:
    """(agency, milestone) of every history entry still to come when the game starts
    (announced or planned) that names both: what the timeline section follows."""
    seen: dict[tuple[str, str], None] = {}
    for entry in rules.scenario.history:
        if entry.agency and entry.milestone and is_to_come(entry.status):
            seen[(entry.agency, entry.milestone)] = None
    return tuple(seen)


def achieved_months(engine: Engine) -> tuple[int | None, ...]:
    """When this game's agencies achieved the documented milestones (`documented_pairs`)."""
    rules, state = engine.rules, engine.state
    out: list[int | None] = []
    for aid, mid in documented_pairs(rules):
        turn = state.agencies[aid].achieved.get(mid) if aid in state.agencies else None
        out.append(None if turn is None else rules.calendar.turn_month(max(0, turn)))
    return tuple(out)


def _play_chunk(job: tuple[str, str, str, list[int]] | tuple[str, str, str, list[int], str]
                ) -> list[GameRecord]:
    scenario_path, agency, strategy, seeds = job[:4]
    difficulty = job[4] if len(job) > 4 else "normal"
    scenario = _scenario_cache(scenario_path)
    records = []
    for seed in seeds:
        engine = play_game(scenario, seed, agency, strategy, difficulty=difficulty).engine
        standing = next(s for s in engine.standings() if s.agency == agency)
        records.append(GameRecord(strategy, seed, {**standing.axes, "total": standing.total},
                                  standing.rank, standing.rank == 1, achieved_months(engine)))
    return records


_CACHE: dict[str, Scenario] = {}


def _scenario_cache(path: str) -> Scenario:
    # One parse per worker process, not one per game; none where the worker was forked from
    # a parent that had it (`run_games`).
    if path not in _CACHE:
        _CACHE[path] = load_for_cli(path)
    return _CACHE[path]


def usable_cores() -> int:
    """Cores this process may run on (a container or `taskset` can allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def run_games(scenario_path: str, agency: str, strategies: list[str], runs: int, seed: int,
              jobs: int | None = None,
              scenario: Scenario | None = None,
              difficulty: str = "normal") -> Iterator[list[GameRecord]]:
    """Yield records chunk by chunk (for a progress bar), across `jobs` processes.

    `scenario`, if given, is the one at `scenario_path`, already loaded."""
    if scenario is not None:
        _CACHE[scenario_path] = scenario
    # Parsed, and its rules tables built, before the workers start: a forked worker has them
    # from the start instead of parsing the file and building the tables once more.
    shared_rules(_scenario_cache(scenario_path))
    chunk = max(1, min(50, runs // 8 or 1))
    starts = range(seed, seed + runs, chunk)
    # 'random' plays, for each seed, one of the roads with that very seed: the same game as
    # that road's (`road_for`). When every road is played first, its games are not played
    # again but relabelled, in the same order: a quarter of `--strategy all` saved.
    scenario_roads = roads(_scenario_cache(scenario_path), agency)
    reuse = (len(strategies) > 1 and strategies[-1] == RANDOM
             and set(scenario_roads) <= set(strategies[:-1]))
    work: list[tuple[str, str, str, list[int]] | tuple[str, str, str, list[int], str]] = [
        (scenario_path, agency, strategy, list(range(start, min(seed + runs, start + chunk))),
         difficulty)
        for strategy in (strategies[:-1] if reuse else strategies)
        for start in starts
    ]
    played: dict[tuple[str, int], GameRecord] = {}
    for records in _play_all(work, jobs or usable_cores()):
        if reuse:
            played.update(((r.strategy, r.seed), r) for r in records)
        yield records
    if reuse:
        for start in starts:
            yield [_as_random(played[road_for(RANDOM, s, scenario_roads), s])
                   for s in range(start, min(seed + runs, start + chunk))]


def _play_all(work: list[tuple[str, str, str, list[int]] | tuple[str, str, str, list[int], str]],
              workers: int) -> Iterator[list[GameRecord]]:
    if workers == 1:
        for job in work:
            yield _play_chunk(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_play_chunk, work)


def _as_random(record: GameRecord) -> GameRecord:
    return GameRecord("random", record.seed, dict(record.scores), record.rank, record.won,
                      record.timeline)


def summarise(records: list[GameRecord], strategies: list[str]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for strategy in strategies:
        mine = [r for r in records if r.strategy == strategy]
        if not mine:
            continue
        axes = {}
        for axis in AXES:
            values = np.array([r.scores[axis] for r in mine], dtype=float)
            p10, p50, p90 = np.percentile(values, [10, 50, 90])
            axes[axis] = {"mean": round(float(values.mean()), 2),
                          "std": round(float(values.std()), 2),
                          "p10": round(float(p10), 2), "p50": round(float(p50), 2),
                          "p90": round(float(p90), 2)}
        summary[strategy] = {
            "runs": len(mine),
            "win_rate": round(sum(r.won for r in mine) / len(mine), 4),
            "mean_rank": round(sum(r.rank for r in mine) / len(mine), 2),
            "axes": axes,
        }
    return summary


class Progress:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.live = sys.stderr.isatty()

    def advance(self, n: int) -> None:
        self.done += n
        if self.live:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.live:
            sys.stderr.write("\n")


def keep_best(records: list[GameRecord], summary: dict[str, Any]
              ) -> tuple[list[GameRecord], dict[str, Any]]:
    """Of every road played on the same seeds, the one with the best mean total (the first
    in road order on a tie), as the 'best' strategy, its road named: the rest are dropped."""
    road = max(summary, key=lambda s: summary[s]["axes"]["total"]["mean"])
    kept = [GameRecord(BEST, r.seed, dict(r.scores), r.rank, r.won, r.timeline)
            for r in records if r.strategy == road]
    return kept, {BEST: {**summary[road], "road": road}}


def markdown_table(summary: dict[str, Any]) -> str:
    lines = ["| strategy | runs | win rate | mean rank | " + " | ".join(
        f"{axis} mean ± sd (p10/p50/p90)" for axis in AXES) + " |",
        "| --- | ---: | ---: | ---: | " + " | ".join("---:" for _ in AXES) + " |"]
    for strategy, data in summary.items():
        cells = [f"{a['mean']:.1f} ± {a['std']:.1f} ({a['p10']:.0f}/{a['p50']:.0f}/{a['p90']:.0f})"
                 for a in (data["axes"][axis] for axis in AXES)]
        label = f"{strategy} ({data['road']})" if "road" in data else strategy
        lines.append(f"| {label} | {data['runs']} | {data['win_rate']:.1%} | "
                     f"{data['mean_rank']:.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def timeline_summary(records: list[GameRecord], rules: Rules) -> list[dict[str, Any]]:
    """Per documented (agency, milestone) history entry still to come at the start: in what
    share of the games it was achieved, and its 10th, 50th and 90th percentile months
    ("YYYY-MM"; None where that share of the games had not achieved it by the end), beside
    the documented date or the game's reading of a vague time, and whether the median is
    within that span (or within two years of a dated claim; None without a date)."""
    # 'random' replays the roads' own games (`run_games`): counted once, not twice.
    games = [r for r in records if r.strategy != "random"] or records
    index = {pair: i for i, pair in enumerate(documented_pairs(rules))}
    after_end = rules.calendar.end + 1  # not achieved: later than any month of the game
    rows: list[dict[str, Any]] = []
    for entry in rules.scenario.history:
        if not (entry.agency and entry.milestone and is_to_come(entry.status)):
            continue
        i = index[(entry.agency, entry.milestone)]
        months = [r.timeline[i] for r in games if len(r.timeline) > i]
        values = np.array([m if m is not None else after_end for m in months], dtype=float)
        if len(values):
            p10, p50, p90 = (int(v) for v in np.percentile(values, [10, 50, 90],
                                                            method="lower"))
        else:
            p10 = p50 = p90 = after_end
        read = reading(entry)
        within: bool | None
        if entry.date:
            within = p50 != after_end and abs(p50 - month_index(entry.date)) \
                <= DATED_TOLERANCE_MONTHS
        elif read is not None:
            first, last = read["first_month"], read["last_month"]
            within = p50 <= last and (first is None or p50 >= first)
        else:
            within = None
        rows.append({
            "agency": entry.agency,
            "milestone": entry.milestone,
            "status": entry.status,
            "claim": entry.claim,
            "documented": {"date": entry.date, "when": entry.when,
                           "earliest": read["earliest"] if read else None,
                           "latest": read["latest"] if read else None,
                           # the span is the game's reading of the words, not the source's
                           "span_is_game_value": read is not None},
            "runs": len(months),
            "achieved_share": round(sum(m is not None for m in months) / len(months), 4)
            if months else 0.0,
            "p10": _month_or_none(p10, after_end),
            "median": _month_or_none(p50, after_end),
            "p90": _month_or_none(p90, after_end),
            "within": within,
        })
    return rows


def _month_or_none(month: int, after_end: int) -> str | None:
    return None if month >= after_end else iso_month(month)


def timeline_markdown(rows: list[dict[str, Any]]) -> str:
    lines = ["| agency | milestone | documented | achieved in | p10 | median | p90 | on time |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |"]
    for row in rows:
        doc = row["documented"]
        if doc["date"]:
            said = f"{doc['date']} ({row['status']})"
        elif doc["when"]:
            span = f"{doc['earliest'] or '…'}–{doc['latest']}"
            said = f"\"{doc['when']}\" (game reading: {span}; {row['status']})"
        else:
            said = f"no date ({row['status']})"
        on_time = {True: "yes", False: "no", None: "n/a"}[row["within"]]
        cells = [row[k] or "not by the end" for k in ("p10", "median", "p90")]
        lines.append(f"| {row['agency']} | {row['milestone']} | {said} | "
                     f"{row['achieved_share']:.0%} | " + " | ".join(cells) + f" | {on_time} |")
    return "\n".join(lines)


def run_from_cli(args: argparse.Namespace) -> int:
    try:
        scenario = load_for_cli(args.scenario)
        agency = choose_agency(scenario, args.agency)
        strategies = resolve(scenario, agency, args.strategy, allow_all=True)
    except CliError as error:
        return fail(error)
    # 'best' plays every road on the same seeds, then keeps the best mean total (`keep_best`)
    played = list(roads(scenario, agency)) if strategies == [BEST] else strategies
    progress = Progress(args.runs * len(played))
    records: list[GameRecord] = []
    difficulty = getattr(args, "difficulty", "normal")
    for chunk in run_games(str(Path(args.scenario)), agency, played, args.runs, args.seed,
                           args.jobs, scenario, difficulty):
        records.extend(chunk)
        progress.advance(len(chunk))
    progress.close()
    summary = summarise(records, played)
    if strategies == [BEST]:
        records, summary = keep_best(records, summary)
    timeline = timeline_summary(records, shared_rules(scenario))
    if args.json:
        json.dump({"scenario": scenario.scenario.id, "agency": agency, "runs": args.runs,
                   "seed": args.seed, "difficulty": difficulty, "strategies": summary,
                   "documented_timeline": timeline}, sys.stdout, indent=1)
        print()
    elif getattr(args, "markdown", False):
        print(markdown_table(summary))
        print()
        print(timeline_markdown(timeline))
    else:
        print(trn("{n} game per strategy, agency {a}, seeds {s}..{e}",
                  "{n} games per strategy, agency {a}, seeds {s}..{e}", args.runs, a=agency,
                  s=args.seed, e=args.seed + args.runs - 1))
        for strategy, data in summary.items():
            total = data["axes"]["total"]
            label = f"{strategy} ({data['road']})" if "road" in data else strategy
            print(tr("  {s:<12} total {m:8.1f} ± {sd:6.1f}  win rate {w:6.1%}  mean rank {r}",
                     s=label, m=numbers.Localized(total["mean"]),
                     sd=numbers.Localized(total["std"]), w=numbers.Localized(data["win_rate"]),
                     r=data["mean_rank"]))
    return 0
