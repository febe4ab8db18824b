"""Settings for the whole suite."""

from __future__ import annotations

import os

from hypothesis import settings

# `make test` runs the same generated cases every time, so a red CI is a real regression and
# never a new random draw; `make fuzz` (which sets MOONWARD_FUZZ_EXAMPLES) keeps exploring
# with fresh seeds and is where new cases are found.
settings.register_profile("repeatable", derandomize=True, database=None)
if "MOONWARD_FUZZ_EXAMPLES" not in os.environ:
    settings.load_profile("repeatable")
