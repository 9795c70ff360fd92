"""Two causes seen in batch-18 and in earlier batches: a workshop that is a room (its safety,
its risk assessment, "the workshop") rather than a session someone runs, and what a German CV
says the person does not do ("... mache ich nicht"). Each line is written for the test, in
trades other than the CVs that showed the cause (a jeweller's, a bike mechanic's, a
plasterer's, a roofer's)."""

from __future__ import annotations

from knowledge.cv import audit_text
from knowledge.cv.whose import not_mine


def _names(text: str) -> list[str]:
    return audit_text(text, this_year=2026).skill_names()


def test_a_workshop_as_a_room_is_no_facilitation() -> None:
    assert "Workshop facilitation" not in _names("Keep the workshop safety log for the bench.")
    assert "Workshop facilitation" not in _names("Wrote the workshop risk assessment each year.")
    assert "Workshop facilitation" not in _names("Swept and tidied the workshop every evening.")


def test_workshops_one_runs_are_still_facilitation() -> None:
    assert "Workshop facilitation" in _names("Run workshops for new riders on fixing punctures.")


def test_what_a_german_cv_says_is_not_done_is_cut() -> None:
    assert not_mine("Innenputz und Trockenbau. Estricharbeiten mache ich nicht.") == (
        "Innenputz und Trockenbau."
    )
    assert "Estricharbeiten" not in " ".join(
        _names("Innenputz und Trockenbau\nEstricharbeiten mache ich nicht.")
    )


def test_not_only_is_no_negation() -> None:
    line = "Ich decke nicht nur Steildächer, sondern auch Flachdächer"
    assert not_mine(line) == line
