"""Source files hold no control characters: a backspace written where a regex meant ``\\b``
silently breaks the pattern while every line still looks right."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("agent", "knowledge", "ui", "evals", "benchmarks", "tests")
ALLOWED = {"\n", "\t", "\r"}


def _sources() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bad = [
        (n, hex(ord(c)))
        for n, line in enumerate(text.splitlines(), 1)
        for c in line
        if ord(c) < 32 and c not in ALLOWED
    ]
    assert bad == [], f"control characters (line, code): {bad[:5]}"
