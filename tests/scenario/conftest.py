from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures"
MINIMAL = FIXTURES / "valid" / "minimal.yaml"
BROKEN = FIXTURES / "broken"


@pytest.fixture
def variant(tmp_path: Path) -> Callable[..., Path]:
    """The minimal scenario with some text replaced, written to a temporary file."""

    def make(*edits: tuple[str, str], name: str = "case.yaml") -> Path:
        text = MINIMAL.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, f"edit target not unique: {old!r}"
            text = text.replace(old, new)
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return make
