"""The one command line behind `python main.py`, `python -m game` and `moonward`.

Each subcommand's work lives in the package that owns it; this module only parses
arguments and imports the handler on demand, so `validate` never loads pygame and
`play` never pays for the batch runner.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from game import __version__
from game.i18n import UnknownLanguage, available_languages, choose_language, set_language, tr
from game.paths import DEFAULT_SCENARIO

EXIT_OK = 0
EXIT_PROBLEM = 1  # bad input file, failed validation
EXIT_USAGE = 2  # wrong flags
EXIT_CLOSED_PIPE = 128 + 13  # what a Unix tool killed by SIGPIPE reports (`autoplay | head`)

# subcommand -> "module:function"; the function takes the parsed namespace, returns an exit code.
HANDLERS: dict[str, str] = {
    "play": "game.ui.launch:run_from_cli",
    "validate": "game.scenario.commands:validate",
    "facts": "game.scenario.commands:facts",
    "schema": "game.scenario.commands:schema",
    "translate": "game.scenario.commands:translate",
    "migrate": "game.scenario.commands:migrate",
    "autoplay": "game.headless.autoplay:run_from_cli",
    "simulate": "game.headless.batch:run_from_cli",
    "report": "game.headless.report:run_from_cli",
    "graph": "game.graph_command:run_from_cli",
}


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line and exit 2, never a wall of text."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(tr("{prog}: error: {message} (try '{prog} --help')", prog=self.prog,
                            message=message) + "\n")
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


def _language(text: str) -> str:
    """A language the game has, as written ('fr', 'fr_FR', 'ZH' all count)."""
    try:
        return choose_language(text)
    except UnknownLanguage:
        raise argparse.ArgumentTypeError(
            tr("the game has no language {v!r}; choose from: {langs}", v=text,
               langs=", ".join(available_languages()))) from None


def _scenario_language(text: str) -> str:
    """A scenario may be translated into any language, not only those the game's own words
    have a catalogue for: the teacher writes the translation."""
    from game.scenario.companions import LANGUAGE_CODE

    if not LANGUAGE_CODE.match(text) or text == "en":
        raise argparse.ArgumentTypeError(
            tr("expected a language code such as fr, de or pt_BR (not en), got {v!r}", v=text))
    return text


# --strategy is checked against the scenario's blocs once it is loaded
# (game/headless/strategies.py): argparse `choices` cannot know them.
STRATEGY_HELP = "bloc:ID | independent | best | random"
# game.core.rules.DIFFICULTIES, written out: the parser must not import the core (start-up)
DIFFICULTIES = ("easy", "normal", "hard")
# Flags the top level answers itself; anything else starting with '-' before a subcommand
# is one of play's options (play is the default command).
_TOP_LEVEL_FLAGS = ("-h", "--help", "--version")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="moonward",
        description=tr("Moonward: the race back to the Moon, from the 2021 ILRS memorandum on."),
    )
    parser.add_argument("--version", action="version", version=f"moonward {__version__}")
    parser.add_argument("--lang", type=_language,
                        help=tr("interface language: {langs} (en by default)",
                                langs=", ".join(available_languages())))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    play = sub.add_parser("play", help=tr("open the game window (the default)"))
    play.add_argument("--scenario", type=str, help=tr("scenario file to start directly"))
    play.add_argument("--seed", type=_seed, help=tr("seed shared by the class"))
    play.add_argument("--turn", type=_positive,
                      help=tr("with --scenario: open the turn screen at this turn (1 = the "
                              "first) after a scripted opening"))
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

    translate = sub.add_parser("translate", help=tr(
        "write or update a scenario's translation file (NAME.LANG.yaml beside it)"))
    translate.add_argument("scenario", help=tr("the scenario file (YAML)"))
    translate.add_argument("--lang", dest="into", required=True, type=_scenario_language,
                           help=tr("the language to translate into, e.g. fr"))
    migrate = sub.add_parser("migrate", help=tr("write a scenario file of format_version 1 "
                                                "as version 2, keeping its comments"))
    migrate.add_argument("path", help=tr("the scenario file (YAML)"))
    migrate.add_argument("--out", help=tr("where to write it (default: NAME.v2.yaml beside it, "
                                          "never over a file; '-' prints it; an existing "
                                          "file is first kept as FILE.v1.bak)"))

    autoplay = sub.add_parser("autoplay", help=tr("play one whole game with a scripted policy"))
    autoplay.add_argument("--scenario", default=str(DEFAULT_SCENARIO))
    autoplay.add_argument("--seed", type=_seed, default=1)
    autoplay.add_argument("--strategy", default="random", metavar="STRATEGY",
                          help=tr("{choices} (ilrs, artemis: the 2021 blocs' old names)",
                                  choices=STRATEGY_HELP))
    autoplay.add_argument("--agency", help=tr("agency to play (the scenario's default if omitted)"))
    autoplay.add_argument("--json", action="store_true", help=tr("machine-readable log"))
    autoplay.add_argument("--save", type=str, help=tr("write the finished game as a save file"))

    simulate = sub.add_parser("simulate", help=tr("run many games and summarise the scores"))
    simulate.add_argument("--scenario", default=str(DEFAULT_SCENARIO))
    simulate.add_argument("--runs", type=_positive, default=200)
    simulate.add_argument("--seed", type=_seed, default=1)
    simulate.add_argument("--strategy", default="all", metavar="STRATEGY",
                          help=tr("{choices} | all (every road, then random)",
                                  choices=STRATEGY_HELP))
    simulate.add_argument("--agency", help=tr("agency to play (the scenario's default if omitted)"))
    simulate.add_argument("--jobs", type=_positive, help=tr("worker processes (all cores)"))
    simulate.add_argument("--json", action="store_true")
    simulate.add_argument("--markdown", action="store_true", help=tr("a Markdown table"))
    simulate.add_argument("--difficulty", choices=DIFFICULTIES, default="normal",
                          help=tr("the difficulty played (harder: rivals run ahead of their "
                                  "plans)"))

    graph = sub.add_parser("graph", help=tr("draw a scenario's milestone graph (PNG or SVG)"))
    graph.add_argument("scenario", help=tr("scenario file (YAML)"))
    graph.add_argument("--out", default="graph.png",
                       help=tr("picture to write: .png or .svg (graph.png by default)"))
    graph.add_argument("--size", default="1600x900", help=tr("picture size, e.g. 1600x900"))

    report = sub.add_parser("report", help=tr("write the debrief of a saved game (HTML, Markdown)"))
    report.add_argument("save", help=tr("a save file"))
    report.add_argument("--out", default="report", help=tr("output folder"))
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module_name, _, function_name = HANDLERS[command].partition(":")
    # HANDLERS names only `main(args) -> int` functions; the name says what getattr cannot
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(module_name), function_name)
    return handler


def _front_parser() -> argparse.ArgumentParser:
    """Only --lang, read first (wherever it stands) so the help and errors are translated."""
    front = _Parser(prog="moonward", add_help=False, allow_abbrev=False)
    front.add_argument("--lang", type=_language)
    return front


def _with_command(rest: list[str]) -> list[str]:
    """The arguments with `play` put in front when no subcommand is named, so
    `moonward --windowed --size 1280x720` is `moonward play --windowed --size 1280x720`."""
    if not rest or (rest[0].startswith("-") and rest[0] not in _TOP_LEVEL_FLAGS):
        return ["play", *rest]
    return rest


def _bound_jobs(args: argparse.Namespace) -> None:
    """More worker processes than cores only costs memory: bring --jobs down to the cores,
    and say so (the results do not depend on the number of workers)."""
    jobs = getattr(args, "jobs", None)
    if jobs is None:
        return
    from game.headless.batch import usable_cores  # simulate loads it next anyway

    cores = usable_cores()
    if jobs > cores:
        sys.stderr.write("moonward simulate: " + tr(
            "--jobs {n} is more than this computer's {c} cores; using {c}", n=jobs, c=cores)
            + "\n")
        args.jobs = cores


def _stdout_to_devnull() -> None:
    """After a reader closed our stdout: point it at devnull, so the interpreter's last
    flush at exit has nowhere to fail and prints no second traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (a test's capture): nothing will flush it at exit


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(list(sys.argv[1:] if argv is None else argv))
        finally:
            # A reader that closed the pipe shows here, in our hands, not in the
            # interpreter's last flush; this covers --help and --version output too.
            sys.stdout.flush()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_CLOSED_PIPE


def _run(given: list[str]) -> int:
    # `translate FILE --lang fr` names the language of a scenario's translation, not the
    # interface's: the front parser reads --lang only before that subcommand.
    cut = given.index("translate") if "translate" in given else len(given)
    front, rest = _front_parser().parse_known_args(given[:cut])
    rest += given[cut:]
    try:
        set_language(choose_language(front.lang))
    except UnknownLanguage as unknown:  # $MOONWARD_LANG: --lang was checked by its parser
        sys.stderr.write(f"moonward: error: {unknown}\n")
        return EXIT_USAGE
    args = build_parser().parse_args(_with_command(rest))
    args.lang = front.lang
    _bound_jobs(args)
    return int(_handler(args.command)(args))
