"""`make translations`: extract every player-facing message and bring each language's
catalogue up to date (docs/translating.md).

    python -m tools.translations            # write game/locale/moonward.pot, update every .po
    python -m tools.translations --init de  # start a new language from the template

Messages are found with Babel, through an extractor of our own that reads the code's syntax
tree: Babel's Python extractor does not look inside f-strings on Python 3.11, and a heading
written `f"<b>{tr('Controls')}</b>"` must reach the translators like any other. The calls it
collects: `tr("...")`, `trc("context", "...")`, `trn("one", "many", n)`, the core's
`message("...")` (whose English text is the id game/messages.py renders) and `N_("...")`,
which marks words kept in a table and translated where they are shown. A comment line starting
`# TRANSLATORS:` just above a call travels with its message.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "game" / "locale"
TEMPLATE = LOCALE / "moonward.pot"
KEYWORDS: dict[str, tuple[Any, ...]] = {"tr": (1,), "message": (1,), "trn": (1, 2),
                                        "trc": ((1, "c"), 2), "N_": (1,)}
_COMMENT_TAG = "TRANSLATORS:"


def extract_syntax_tree(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                        options: Any) -> Iterator[tuple[int, str, Any, list[str]]]:
    """A Babel extraction method: (line, function, message or (singular, plural),
    comments) for every call of a keyword whose message arguments are literal text."""
    source = fileobj.read().decode("utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else (
            node.func.attr if isinstance(node.func, ast.Attribute) else None)
        if name not in KEYWORDS:
            continue
        places = [spec[0] if isinstance(spec, tuple) else spec for spec in KEYWORDS[name]]
        texts = [node.args[i - 1] for i in places if len(node.args) >= i]
        if len(texts) != len(KEYWORDS[name]) or not all(
                isinstance(t, ast.Constant) and isinstance(t.value, str) for t in texts):
            continue  # tr(variable): its texts are marked where they are written
        values = [t.value for t in texts if isinstance(t, ast.Constant)]
        above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
        comments = [above.split(_COMMENT_TAG, 1)[1].strip()] if _COMMENT_TAG in above else []
        yield node.lineno, name, values[0] if len(values) == 1 else tuple(values), comments


def template() -> Catalog:
    catalogue = Catalog(project="Moonward", version="0.1", copyright_holder="Moonward authors",
                        fuzzy=False)
    method = f"{__name__}:extract_syntax_tree"
    for folder, prefix in ((ROOT / "game", "game"), (ROOT, "")):
        only_main = [("main.py", method)] if not prefix else [("**.py", method)]
        for filename, lineno, text, comments, context in extract_from_dir(
                str(folder), method_map=only_main, keywords=KEYWORDS, comment_tags=(_COMMENT_TAG,)):
            where = f"{prefix}/{filename}" if prefix else filename
            catalogue.add(text, None, [(where, lineno)], auto_comments=comments, context=context)
    return catalogue


def _brace_format_only(catalogue: Catalog) -> None:
    """Every message is a str.format template: Babel takes "{p}% less" for a printf
    conversion ("% le") and flags it python-format, which makes translation tools (and
    `pybabel compile`) report placeholders that do not exist."""
    for entry in catalogue:
        if "python-format" in entry.flags:
            entry.flags.discard("python-format")
            entry.flags.add("no-python-format")


def _po(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "moonward.po"


def update(pot: Catalog, language: str) -> tuple[int, int]:
    """The language's catalogue brought to the template: new messages added empty, changed
    ones marked fuzzy with the old translation as a hint, gone ones dropped. Returns (new or
    fuzzy, untranslated) so the command can say what a translator has left to do."""
    path = _po(language)
    with path.open("rb") as file:
        catalogue = read_po(file, locale=language)
    catalogue.update(pot, update_header_comment=False)
    catalogue.obsolete.clear()  # git keeps the history; a stale entry only misleads
    _brace_format_only(catalogue)
    with path.open("wb") as file:
        write_po(file, catalogue, width=96, sort_by_file=True, include_previous=True)
    todo = [m for m in catalogue if m.id and (m.fuzzy or not m.string or (
        isinstance(m.string, tuple) and not all(m.string)))]
    return len(todo), len([m for m in todo if not m.fuzzy])


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--init", metavar="LANG", help="start a catalogue for a new language")
    args = parser.parse_args(argv)
    pot = template()
    _brace_format_only(pot)
    with TEMPLATE.open("wb") as file:
        write_po(file, pot, width=96, sort_by_file=True, omit_header=False)
    print(f"{_shown(TEMPLATE)}: {len(pot)} messages")
    if args.init:
        path = _po(args.init)
        if path.exists():
            print(f"{_shown(path)} exists already", file=sys.stderr)
            return 1
        path.parent.mkdir(parents=True)
        fresh = Catalog(locale=args.init, project="Moonward", fuzzy=False)
        with path.open("wb") as file:
            write_po(file, fresh)
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/moonward.po")):
        language = po.parent.parent.name
        todo, empty = update(pot, language)
        print(f"{_shown(po)}: {todo} to do ({empty} untranslated, "
              f"{todo - empty} fuzzy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
