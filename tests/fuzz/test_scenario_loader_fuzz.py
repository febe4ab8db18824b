"""The scenario loader returns a scenario or the project's own error, whatever it is fed."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings

from game.scenario import Scenario, ScenarioError, load_scenario
from tests.fuzz.strategies import EXAMPLES, damaged_text, mutated

SEED = Path(__file__).with_name("seed_scenario.yaml")
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_DATA = yaml.safe_load(SEED_TEXT)
_FOLDER = Path(tempfile.mkdtemp(prefix="moonward-fuzz-"))
SETTINGS = settings(max_examples=EXAMPLES // 2, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def _load(raw: bytes) -> Scenario | None:
    path = _FOLDER / "case.yaml"
    path.write_bytes(raw)
    try:
        return load_scenario(path)
    except ScenarioError as error:
        assert error.problems, "a ScenarioError must carry at least one problem"
        assert all(p.code.startswith("E-") for p in error.problems)
        return None


def test_the_fuzz_seed_itself_loads() -> None:
    assert _load(SEED_TEXT.encode()) is not None


@SETTINGS
@given(mutated(SEED_DATA))
def test_mutated_scenarios_load_or_fail_with_scenario_errors(data: object) -> None:
    _load(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"))


@SETTINGS
@given(damaged_text(SEED_TEXT))
def test_damaged_scenario_files_load_or_fail_with_scenario_errors(raw: bytes) -> None:
    _load(raw)
