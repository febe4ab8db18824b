"""The one command line behind `python main.py`, `python -m game` and `moonward`.

Each subcommand's work lives in the package that owns it; this module only parses
arguments and imports the handler on demand, so `validate` never loads pygame and
`play` never pays for the batch runner.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from game import __version__
from game.i18n import set_language, tr
from game.paths import DEFAULT_SCENARIO

EXIT_OK = 0
EXIT_PROBLEM = 1  # bad input file, failed validation
EXIT_USAGE = 2  # wrong flags

# subcommand -> "module:function"; the function takes the parsed namespace, returns an exit code.
HANDLERS: dict[str, str] = {
    "play": "game.ui.app:run_from_cli",
    "validate": "game.scenario.commands:validate",
    "facts": "game.scenario.commands:facts",
    "schema": "game.scenario.commands:schema",
    "autoplay": "game.headless.autoplay:run_from_cli",
    "simulate": "game.headless.batch:run_from_cli",
    "report": "game.headless.report:run_from_cli",
}


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line and exit 2, never a wall of text."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (try '{self.prog} --help')\n")
        sys.exit(EXIT_USAGE)


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("seed must be a whole number, got {v!r}", v=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(tr("seed must not be negative, got {v}", v=value))
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("expected a whole number, got {v!r}", v=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr("expected a number of at least 1, got {v}", v=value))
    return value


STRATEGIES = ("ilrs", "artemis", "independent", "random")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="moonward",
        description=tr("Moonward: the race back to the Moon, from the 2021 ILRS memorandum on."),
    )
    parser.add_argument("--version", action="version", version=f"moonward {__version__}")
    parser.add_argument("--lang", help=tr("interface language (en by default)"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    play = sub.add_parser("play", help=tr("open the game window (the default)"))
    play.add_argument("--scenario", type=str, help=tr("scenario file to start directly"))
    play.add_argument("--seed", type=_seed, help=tr("seed shared by the class"))
    play.add_argument("--load", type=str, help=tr("a save file to open"))
    play.add_argument("--teams", type=str, help=tr('hot-seat teams, e.g. "Red:cnsa,Blue:nasa"'))
    play.add_argument("--preset", type=str,
                      help=tr("a class preset file (JSON) to use for this run"))
    play.add_argument("--windowed", action="store_true", help=tr("ignore the fullscreen setting"))
    play.add_argument("--size", type=str, help=tr("window size, e.g. 1280x720"))

    validate = sub.add_parser("validate", help=tr("check scenario files and list every problem"))
    validate.add_argument("paths", nargs="+", help=tr("scenario files (YAML)"))

    facts = sub.add_parser("facts", help=tr("list every sourced statement a scenario makes"))
    facts.add_argument("--scenario", default=str(DEFAULT_SCENARIO))
    facts.add_argument("--json", action="store_true", help=tr("print a JSON array"))

    sub.add_parser("schema", help=tr("print the JSON Schema of scenario files"))

    autoplay = sub.add_parser("autoplay", help=tr("play one whole game with a scripted policy"))
    autoplay.add_argument("--scenario", default=str(DEFAULT_SCENARIO))
    autoplay.add_argument("--seed", type=_seed, default=1)
    autoplay.add_argument("--strategy", choices=STRATEGIES, default="random")
    autoplay.add_argument("--agency", help=tr("agency to play (the scenario's default if omitted)"))
    autoplay.add_argument("--json", action="store_true", help=tr("machine-readable log"))
    autoplay.add_argument("--save", type=str, help=tr("write the finished game as a save file"))

    simulate = sub.add_parser("simulate", help=tr("run many games and summarise the scores"))
    simulate.add_argument("--scenario", default=str(DEFAULT_SCENARIO))
    simulate.add_argument("--runs", type=_positive, default=200)
    simulate.add_argument("--seed", type=_seed, default=1)
    simulate.add_argument("--strategy", choices=(*STRATEGIES, "all"), default="all")
    simulate.add_argument("--agency", help=tr("agency to play (the scenario's default if omitted)"))
    simulate.add_argument("--jobs", type=_positive, help=tr("worker processes (all cores)"))
    simulate.add_argument("--json", action="store_true")
    simulate.add_argument("--markdown", action="store_true", help=tr("a Markdown table"))

    report = sub.add_parser("report", help=tr("write the debrief of a saved game (HTML, Markdown)"))
    report.add_argument("save", help=tr("a save file"))
    report.add_argument("--out", default="report", help=tr("output folder"))
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module_name, _, function_name = HANDLERS[command].partition(":")
    return getattr(importlib.import_module(module_name), function_name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    if args.command is None:
        args = parser.parse_args(["play", *(argv if argv is not None else sys.argv[1:])])
    try:
        return int(_handler(args.command)(args))
    except KeyboardInterrupt:
        return 130
