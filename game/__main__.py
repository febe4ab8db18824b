"""`python -m game`: the same command line as main.py and `moonward`."""

from __future__ import annotations

import sys

from game.cli import main

sys.exit(main())
