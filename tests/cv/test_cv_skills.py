"""Skill matching: the taxonomy, alias boundaries, levels and the optional semantic step."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from knowledge.cv.skills import find_skills, level_of
from knowledge.cv.taxonomy import load_taxonomy


def names(lines: Sequence[str]) -> set[str]:
    """Skills found in lines of a CV's summary (the first lines of a CV are its name and title,
    which never yield a skill)."""
    return {match.skill.name for match in find_skills(["Summary", *lines])}


def test_the_taxonomy_has_hundreds_of_skills_with_complete_fields() -> None:
    skills = load_taxonomy()
    assert len(skills) >= 200
    assert len({skill.family for skill in skills}) >= 12
    for skill in skills:
        assert skill.transferability in {"high", "medium", "low"}
        assert skill.work in {"routine", "judgment", "relationships", "leverage"}
        assert skill.automation_exposure in {"high", "medium", "low"}


def test_every_alias_matches_its_own_skill() -> None:
    for skill in load_taxonomy():
        for alias in skill.aliases:
            assert skill.matcher.search(alias), f"{skill.name}: alias {alias!r} does not match"
            # The cheap test before the expression never rules out a text that holds an alias.
            assert skill.may_occur_in(f"did {alias} daily".lower()), (skill.name, alias)
    python = next(skill for skill in load_taxonomy() if skill.name == "Python")
    assert not python.may_occur_in("plumbing and heating") and python.may_occur_in("python3")


def test_routine_work_is_the_most_exposed_to_automation() -> None:
    by_name = {skill.name: skill for skill in load_taxonomy()}
    assert by_name["Translation"].automation_exposure == "high"
    assert by_name["Translation"].commoditisable
    assert by_name["Negotiation"].automation_exposure == "low"
    assert not by_name["Negotiation"].commoditisable


def test_whole_words_only() -> None:
    assert names(["JavaScript and TypeScript"]) == {"JavaScript", "TypeScript"}
    assert "Java" in names(["Java, C++ and C#"])
    assert {"C++", "C#"} <= names(["Java, C++ and C#"])
    assert "SQL" not in names(["PostgreSQL only"])


def test_case_sensitive_short_names() -> None:
    assert "Go" in names(["Languages: Go, Rust"])
    assert "Go" not in names(["ready to go the extra mile"])
    assert "R" not in names(["R&D budget"])
    assert "R" in names(["Statistics in R and Python"])
    assert "R" not in names(["r is a letter"])


def test_acronyms_match_only_in_capitals() -> None:
    assert "Site reliability engineering" in names(["SRE on call"])
    assert "Site reliability engineering" not in names(["the sre team"])


def test_links_and_addresses_are_not_skills() -> None:
    assert names(["github.com/someone", "me@python.org"]) == set()


def test_a_phrase_wrapped_over_two_lines_is_found() -> None:
    assert "Campaign management" in names(["from strategy to campaign", "management and reporting"])


def test_french_and_german_aliases() -> None:
    found = names(["Gestion de projet et comptabilité", "Übersetzung und Buchhaltung"])
    assert {"Project management", "Accounting", "Translation"} <= found


def test_levels_and_years_come_from_the_skill_clause() -> None:
    assert level_of("Spanish (Conversational), French (Basic)")[1] == "intermediate"
    assert level_of("three years of accounting")[0] == 3.0
    matches = {m.skill.name: m for m in find_skills(["8+ years in full-stack work, Python expert"])}
    assert matches["Full-stack development"].years == 8.0
    assert matches["Python"].years is None
    assert matches["Python"].level == "expert"
    mentor = {m.skill.name: m for m in find_skills(["Mentored junior developers"])}["Mentoring"]
    assert mentor.level is None  # a role's seniority is not a skill level


class BagOfWordsEmbedder:
    """A deterministic stand-in for the sentence model: hashed word counts, L2-normalised."""

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        rows = np.zeros((len(texts), 384), np.float32)
        for row, text in zip(rows, texts, strict=True):
            for word in re.findall(r"[a-z]+", text.lower()):
                row[int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        normalised: np.ndarray = rows / np.maximum(norms, 1e-9)
        return normalised


def test_own_words_are_tied_to_the_nearest_skill_when_close() -> None:
    embedder = BagOfWordsEmbedder()
    [match] = find_skills(["Skills", "wages payslips pension deductions"], embedder)
    assert match.skill.name == "Payroll" and match.method == "semantic"
    assert match.name == "wages payslips pension deductions"  # the person's words
    [plain] = find_skills(["Skills", "Makaton signing"], embedder)
    assert plain.method == "own words" and plain.skill.family == "own"


def test_skill_descriptions_are_embedded_once_per_embedder() -> None:
    embedder = BagOfWordsEmbedder()
    find_skills(["Skills", "Makaton signing"], embedder)
    find_skills(["Skills", "Hydrotherapy"], embedder)
    assert embedder.calls == 3  # descriptions once, then one call per CV


def test_only_phrases_no_alias_explains_are_embedded() -> None:
    embedder = BagOfWordsEmbedder()
    plain = find_skills(["Summary", "Python developer"], embedder)
    assert [(m.skill.name, m.method) for m in plain] == [("Python", "alias")]
    assert embedder.calls == 0  # nothing left to compare: the taxonomy is not even embedded


@pytest.fixture(scope="module")
def local_model() -> Any:
    """The installed sentence model (skips where the model has not been exported)."""
    from agent.settings import default_model_dir
    from knowledge.embeddings import ModelMissingError, load_embedder

    try:
        return load_embedder(default_model_dir())
    except ModelMissingError as exc:
        pytest.skip(str(exc))


def test_real_model_ties_a_paraphrase_to_its_skill(local_model: Any) -> None:
    found = find_skills(["Summary", "Gave talks to rotary clubs and schools"], local_model)
    assert [(m.name, m.skill.name, m.method) for m in found] == [
        ("Giving talks", "Public speaking", "semantic")
    ]


def test_real_model_ignores_dated_headers_and_chatter(local_model: Any) -> None:
    lines = ["Software Development Engineer II, Apple, Cupertino, 2007 - 2012", "See you soon"]
    assert find_skills(lines, local_model) == []


def test_warm_up_embeds_the_taxonomy_once() -> None:
    from knowledge.cv import warm_up

    embedder = BagOfWordsEmbedder()
    warm_up(embedder)
    find_skills(["Skills", "Makaton signing"], embedder)
    assert embedder.calls == 2
