"""Candidate streams built on skills no family catalogues read in plain words."""

from __future__ import annotations

from knowledge.cv.models import SkillFinding
from knowledge.cv.streams import suggest_streams
from knowledge.cv.taxonomy import OWN_FAMILY


def own(name: str) -> SkillFinding:
    return SkillFinding(name=name, family=OWN_FAMILY, evidence=name, transferability="medium",
                        automation_exposure="medium", work="judgment", commoditisable=False,
                        method="own words")  # fmt: skip


def test_skills_in_the_persons_own_words_name_their_stream() -> None:
    streams = suggest_streams([own("Designing raised-bed layouts"), own("Rainwater harvesting")])
    client = next(s for s in streams if s.role == "client")
    assert client.title == "Projects in designing raised-bed layouts and rainwater harvesting"
    assert "in in" not in client.reason and "2 skills in your own words" in client.reason
    assert all("your own words" not in s.title.casefold() for s in streams)
