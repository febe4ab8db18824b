"""Entry point: `python main.py` is the same CLI as `python -m game` and `moonward`."""

from __future__ import annotations

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
