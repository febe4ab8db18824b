"""`moonward validate`, `facts`, `schema`, `translate` and `migrate`: the scenario layer on
the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys

from game.i18n import tr, trn
from game.scenario.activity_companions import check_activity_companion, is_activity_companion
from game.scenario.companions import check_companion, is_companion
from game.scenario.facts import ENGINE_VALUE, iter_groups, statements
from game.scenario.loader import _at_most, check_file, check_file_version
from game.scenario.models import FORMAT_VERSION
from game.scenario.schema import schema_text


def validate(args: argparse.Namespace) -> int:
    failed = False
    for path in args.paths:
        if is_activity_companion(path):  # judge_the_sources.fr.yaml beside its activity
            problems = _at_most(sorted(check_activity_companion(path).problems))
        elif is_companion(path):  # a translation beside its scenario (moon_2021.fr.yaml)
            problems = _at_most(sorted(check_companion(path).problems))
        else:
            _, problems, older = check_file_version(path)
            if older is not None:  # a note, not a problem (the file plays as it is): stderr,
                # so the lines on stdout stay problems and verdicts
                print(tr("{path}: note: written in format_version {v}, which this game migrates "
                         "as it reads; 'moonward migrate {path}' writes it as version {now}",
                         path=path, v=older, now=FORMAT_VERSION), file=sys.stderr)
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity != "error"]
        for problem in errors + warnings:
            print(problem)
        if errors:
            failed = True
            print(tr("{path}: {errors}, {warnings}", path=path,
                     errors=trn("{n} error", "{n} errors", len(errors)),
                     warnings=trn("{n} warning", "{n} warnings", len(warnings))),
                  file=sys.stderr)
        else:
            print(tr("{path}: ok", path=path) + (
                trn(" ({n} warning)", " ({n} warnings)", len(warnings)) if warnings else ""))
    return 1 if failed else 0


def facts(args: argparse.Namespace) -> int:
    try:
        return _facts(args)
    except BrokenPipeError:  # `facts | head`: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush stays quiet
        return 0


def _facts(args: argparse.Namespace) -> int:
    scenario, problems = check_file(args.scenario)
    if scenario is None:
        for problem in problems:
            if problem.severity == "error":
                print(problem, file=sys.stderr)
        return 1
    rows = statements(scenario)
    if args.json:
        json.dump(rows, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    for kind, group in iter_groups(rows):
        if kind == ENGINE_VALUE:
            print(tr("== game values of the rules in force ({n}): the engine's defaults "
                     "unless the scenario's game: section sets them; none from the sources",
                     n=len(group)))
        else:
            print(f"== {kind} ({len(group)})")
        for row in group:
            sources = ", ".join(row["sources"]) or tr("game value")
            date = f"{row['date']} " if row["date"] else ""
            print(f"- {date}{row['text']}  [{sources}]")
    return 0


def schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    return 0


def translate(args: argparse.Namespace) -> int:
    """Write or bring up to date the translation companion of a scenario for a language."""
    from game.scenario.skeleton import SkeletonError, update_companion

    try:
        report = update_companion(args.scenario, args.into)
    except SkeletonError as error:
        print(error, file=sys.stderr)
        return 1
    print(report)
    return 0


def migrate(args: argparse.Namespace) -> int:
    """Write a version 1 scenario file as version 2, comments kept (migrate_file.py)."""
    from pathlib import Path

    from game.scenario.migrate_file import STDOUT, MigrateError, migrate_file

    try:
        result, written, backup = migrate_file(Path(args.path), args.out)
    except MigrateError as error:
        print(tr("moonward migrate: {e}", e=str(error)), file=sys.stderr)
        return 1
    except OSError as error:  # a folder that does not exist, no right to write there
        print(tr("moonward migrate: cannot write: {e}", e=error.strerror or str(error)),
              file=sys.stderr)
        return 1
    if args.out == STDOUT:
        sys.stdout.write(result.text)
        return 0
    if backup is not None:
        print(tr("{old} kept as {backup}", old=written, backup=backup))
    print(tr("{path} (format_version {v}) written as format_version {now} to {out}",
             path=args.path, v=result.version, now=FORMAT_VERSION, out=written))
    return 0
