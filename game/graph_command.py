"""`moonward graph FILE --out graph.png|graph.svg`: draw a scenario's milestone graph.

The SVG is text from a pure module (game/graph_svg.py); the PNG is drawn with pygame off
screen (game/ui/graph_picture.py), imported only when a PNG is asked for. A scenario that
fails validation prints the validator's errors and draws nothing (exit 1).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.i18n import tr, trn
from game.scenario.loader import check_file

EXTENSIONS = (".png", ".svg")
EXIT_PROBLEM, EXIT_USAGE = 1, 2
MIN_SIZE, MAX_SIZE = (320, 240), (7680, 4320)


def parse_size(text: str) -> tuple[int, int] | None:
    """'1600x900' -> (1600, 900), within MIN_SIZE..MAX_SIZE; None when it is not one."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        return None
    size = (int(width), int(height))
    if not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
        return None
    return size


def run_from_cli(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in EXTENSIONS:
        sys.stderr.write("moonward graph: " + tr(
            "--out {p}: the picture is written as .png or .svg (by the file's extension)",
            p=args.out) + "\n")
        return EXIT_USAGE
    size = parse_size(args.size)
    if size is None:
        sys.stderr.write("moonward graph: " + tr(
            "--size {s}: expected WIDTHxHEIGHT between {a}x{b} and {c}x{d}", s=args.size,
            a=MIN_SIZE[0], b=MIN_SIZE[1], c=MAX_SIZE[0], d=MAX_SIZE[1]) + "\n")
        return EXIT_USAGE
    scenario, problems = check_file(args.scenario)
    errors = [p for p in problems if p.severity == "error"]
    if scenario is None or errors:
        for problem in errors:
            sys.stderr.write(f"{problem}\n")
        sys.stderr.write(trn("{path}: {n} error; no graph drawn",
                             "{path}: {n} errors; no graph drawn", len(errors),
                             path=args.scenario) + "\n")
        return EXIT_PROBLEM
    try:
        if out.suffix.lower() == ".svg":
            from game.graph_svg import svg

            out.write_text(svg(scenario, *size), encoding="utf-8")
        else:
            # no window and no pygame banner on a command that prints one line
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
            from game.ui.graph_picture import write_png

            write_png(scenario, out, *size)
    except OSError as error:
        sys.stderr.write("moonward graph: " + tr("cannot write {p}: {e}", p=args.out,
                                                 e=error.strerror) + "\n")
        return EXIT_PROBLEM
    print(tr("{path}: the milestone graph of {title}", path=out,
             title=scenario.scenario.title))
    return 0
