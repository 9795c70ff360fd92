"""Helpers for tests that audit lines written for them: what a line keeps as the person's own
work, and the skill names the audit shows for a few lines."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cv.audit import audit_text
from knowledge.cv.whose import not_mine


def left(text: str) -> str:
    """What ``not_mine`` leaves of a line, without the punctuation a cut leaves behind."""
    return not_mine(text).strip(" .(")


def shown(lines: Sequence[str]) -> set[str]:
    """The skill names (as shown and lower-cased) the audit finds in ``lines``."""
    return {
        name
        for skill in audit_text("\n".join(lines)).skills
        for name in (skill.name, skill.name.lower())
    }
