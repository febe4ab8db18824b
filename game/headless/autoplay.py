"""`moonward autoplay`: one whole game for one agency with a scripted strategy, logged."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from game import numbers
from game.core.engine import Engine
from game.dates import date_of
from game.headless.common import CliError, choose_agency, fail, load_for_cli, play_game
from game.headless.strategies import resolve
from game.i18n import tr
from game.messages import render_all


def turn_record(engine: Engine, agency: str) -> dict[str, Any]:
    """The turn just resolved, as the log shows it (in the language chosen now)."""
    report = engine.last_report(agency)
    if report is None:
        return {}
    rules = engine.rules
    scenario = rules.scenario
    return {
        "turn": report.turn,
        "date": date_of(engine, report.turn),
        "money_left": report.money_left,
        "bloc": engine.state.agencies[agency].bloc,
        "progress": [asdict(p) for p in report.progress],
        "launches": [asdict(launch) for launch in report.launches],
        "achieved": [rules.milestones[m].name for m in report.achieved],
        "events": [scenario.events[e.event].title for e in report.events],
        "news": render_all(report.news, scenario),
        "scores": {k: round(v, 2) for k, v in report.scores_after.items()},
    }


def format_turn(record: dict[str, Any], engine: Engine) -> str:
    names = engine.rules.milestones
    lines = [tr("{date}  bloc: {bloc}  money left: {money} M", date=record["date"],
                bloc=record["bloc"] or tr("independent"),
                money=numbers.money(record["money_left"]))]
    for item in record["progress"]:
        lines.append(tr("  funds {m}: {spent} M, {a}% -> {b}%", m=names[item["milestone"]].name,
                        spent=numbers.money(item["spent"]), a=round(item["before"] * 100),
                        b=round(item["after"] * 100)))
    for launch in record["launches"]:
        outcome = tr("success") if launch["success"] else tr("FAILURE")
        lines.append(tr("  launch {m} (chance {p}%): {o}", m=names[launch["milestone"]].name,
                        p=round(launch["chance"] * 100), o=outcome))
    for title in record["events"]:
        lines.append(tr("  event: {t}", t=title))
    for text in record["news"]:
        lines.append(tr("  news: {t}", t=text))
    return "\n".join(lines)


def final_record(engine: Engine) -> dict[str, Any]:
    return {
        "final": True,
        "end_reason": engine.state.end_reason,
        "standings": [
            {"rank": s.rank, "agency": s.agency, "total": s.total, **s.axes,
             "achieved": s.achieved, "firsts": s.firsts, "player": s.human}
            for s in engine.standings()
        ],
    }


def run_from_cli(args: argparse.Namespace) -> int:
    try:
        scenario = load_for_cli(args.scenario)
        agency = choose_agency(scenario, args.agency)
        args.strategy = resolve(scenario, agency, args.strategy)[0]
    except CliError as error:
        return fail(error)
    records: list[dict[str, Any]] = []
    game = play_game(scenario, args.seed, agency, args.strategy,
                     on_turn=lambda engine: records.append(turn_record(engine, agency)))
    # The save is written before a word is printed: a reader that closes the pipe early
    # (`autoplay --save x.json | head`) cuts the log short, never the save.
    problem = _save(args, game.engine, agency) if args.save else None
    final = final_record(game.engine)
    if args.json:
        json.dump({"scenario": scenario.scenario.id, "seed": args.seed, "agency": agency,
                   "strategy": args.strategy, "road": game.road, "turns": [*records, final]},
                  sys.stdout, indent=1)
        print()
    else:
        for record in records:
            print(format_turn(record, game.engine))
        print(tr("Final standings ({reason}):", reason=final["end_reason"]))
        for row in final["standings"]:
            marker = " <" if row["player"] else ""
            total = numbers.decimal(row["total"], 1)
            print(f"  {row['rank']}. {row['agency']:<10} {total:>8}{marker}")
    return fail(problem) if problem is not None else 0


def _save(args: argparse.Namespace, engine: Engine, agency: str) -> CliError | None:
    from game.saves.games import save_game

    try:
        save_game(Path(args.save), engine, Path(args.scenario),
                  name=tr("Autoplay {a} {s}", a=agency, s=args.strategy))
    except OSError as error:
        return CliError(tr("--save: cannot write {p}: {e}", p=args.save, e=error.strerror))
    return None
