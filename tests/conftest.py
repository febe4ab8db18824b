"""Settings for the whole suite."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.pseudo_language import PseudoTranslation, speaking

# The suite reads English whatever the computer's language (the game follows $LANG when
# nothing else chooses): tests of another language choose it themselves.
os.environ["MOONWARD_LANG"] = "en"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """A test that chose another language (or ran the CLI with one) leaves English behind:
    a French word in the next test's expected English would be a leak, not a bug there."""
    from game import i18n

    yield
    if i18n.language() != i18n.SOURCE_LANGUAGE:
        i18n.set_language(i18n.SOURCE_LANGUAGE)

# `make test` runs the same generated cases every time, so a red CI is a real regression and
# never a new random draw; `make fuzz` (which sets MOONWARD_FUZZ_EXAMPLES) keeps exploring
# with fresh seeds and is where new cases are found.
settings.register_profile("repeatable", derandomize=True, database=None)
if "MOONWARD_FUZZ_EXAMPLES" not in os.environ:
    settings.load_profile("repeatable")

# The whole run once peaked at 3.4 GB (issue 11) while each part alone stayed near 1 GB:
# something kept every loaded scenario alive. Each run now says what it peaked at, and
# fails when it passes this bound, well above today's figure (under 1 GB) so that only
# such a leak, never noise, trips it.
PEAK_MEMORY_LIMIT_MB = 1536


def _peak_memory_mb(who: int | None = None) -> float | None:
    """This process's peak, or (RUSAGE_CHILDREN) that of the largest finished worker."""
    try:
        import resource
    except ImportError:  # Windows: no getrusage; the figure is simply not shown
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF if who is None else who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def _peaks(config: pytest.Config) -> list[tuple[str, float]]:
    """What to hold to the bound: this process, and with pytest-xdist (`make test` runs two
    workers, one per core) the largest worker, whose peak the other cannot exceed."""
    import resource

    found = [("this test process", _peak_memory_mb())]
    if config.getoption("numprocesses", default=None):
        found.append(("its largest worker", _peak_memory_mb(resource.RUSAGE_CHILDREN)))
    return [(who, mb) for who, mb in found if mb is not None]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if sys.platform == "win32":
        return
    for who, peak in _peaks(terminalreporter.config):
        terminalreporter.write_line(f"peak memory of {who}: {peak:.0f} MB "
                                    f"(bound {PEAK_MEMORY_LIMIT_MB} MB)")


@pytest.hookimpl(trylast=True)  # after pytest-xdist has stopped its workers
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if sys.platform == "win32":
        return
    for who, peak in _peaks(session.config):
        if peak > PEAK_MEMORY_LIMIT_MB and exitstatus == 0:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
            sys.stderr.write(f"{who} peaked at {peak:.0f} MB, over the "
                             f"{PEAK_MEMORY_LIMIT_MB} MB bound: something keeps memory alive "
                             "between tests (measure each test with /proc/self/statm)\n")


@pytest.fixture
def pseudo() -> Iterator[PseudoTranslation]:
    """The pseudo-language (tests/pseudo_language.py) in force for the test, English after."""
    translation = PseudoTranslation()
    with speaking(translation, "x-pseudo"):
        yield translation
