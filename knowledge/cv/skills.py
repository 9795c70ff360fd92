"""Find the taxonomy's skills in a CV's lines: aliases first, then optional semantic matching."""

from __future__ import annotations

import contextlib
import itertools
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from knowledge.cv.taxonomy import Skill, load_taxonomy

_URL = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|me)(?:/\S*)?")
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBERS = {word: index for index, word in enumerate(_NUMBER_WORDS.split(" "))}
_YEARS = re.compile(
    r"(\d{1,2}|" + "|".join(_NUMBERS) + r")\s*\+?\s*(?:years?|yrs|ans|années|jahre|jahren)\b",
    re.IGNORECASE,
)
# Seniority of a role ("junior", "senior") is not the level of a skill, so only skill words.
_SENIORITY = (
    (
        "expert",
        re.compile(
            r"\b(?:expert|native|mother tongue|langue maternelle|muttersprache)", re.IGNORECASE
        ),
    ),
    (
        "advanced",
        re.compile(
            r"\b(?:advanced|fluent|courant|fließend|proficien\w*|"
            r"bilingu\w*|c1|c2)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "intermediate",
        re.compile(r"\b(?:intermediate|conversational|working knowledge|b1|b2)\b", re.IGNORECASE),
    ),
    ("basic", re.compile(r"\b(?:basic|beginner|notions|grundkenntnisse|a1|a2)\b", re.IGNORECASE)),
)
_CLAUSE = re.compile(r"[^,;.|•·]+(?:\.(?=\w)[^,;.|•·]*)*")
SEMANTIC_THRESHOLD = 0.5
# Dated lines are role headers and degrees: a model maps "Apple, 2007" to Mobile development.
_DATED = re.compile(r"\b(?:19|20)\d{2}\b")


class EmbedderLike(Protocol):
    """What the semantic step needs: ``embed(texts)`` returning L2-normalised rows."""

    def embed(self, texts: Sequence[str]) -> Any:
        """Vectors of shape (len(texts), dim), each of unit length."""
        ...


@dataclass(frozen=True)
class Match:
    """A skill found on one line, how, and with what confidence."""

    skill: Skill
    line: str
    method: str
    confidence: float
    years: float | None
    level: str | None


def matchable(line: str) -> str:
    """A line with addresses and links removed, so ``github.com/x`` is not a Git skill."""
    return _URL.sub(" ", line)


def level_of(line: str, skill: Skill | None = None) -> tuple[float | None, str | None]:
    """Years and a skill level stated in the clause of the line that names the skill."""
    clause = _clause_of(line, skill) if skill is not None else line
    years_match = _YEARS.search(clause)
    years = None
    if years_match:
        count = years_match.group(1).lower()
        years = float(_NUMBERS.get(count, count))
    for label, pattern in _SENIORITY:
        if pattern.search(clause):
            return years, label
    return years, None


def _clause_of(line: str, skill: Skill) -> str:
    """The comma- or bar-separated part of the line where the skill is named.

    A short line (a table row such as ``Phlebotomy | Intermediate``) counts as one clause.
    """
    text = matchable(line)
    if len(text.split()) <= 6:
        return text
    found = skill.matcher.search(text)
    if found is None:
        return line
    for clause in _CLAUSE.finditer(text):
        if clause.start() <= found.start() < clause.end():
            return text[max(clause.start() - 1, 0) : clause.end() + 1]
    return line


def match_aliases(lines: Sequence[str], skills: Sequence[Skill] | None = None) -> list[Match]:
    """Every skill whose alias or pattern occurs, with the first line that evidences it.

    A phrase wrapped over two lines ("campaign" / "management") is found on the joined pair.
    """
    skills = skills if skills is not None else load_taxonomy()
    singles = [(line, matchable(line)) for line in lines]
    pairs = [(f"{a} {b}", matchable(f"{a} {b}")) for a, b in itertools.pairwise(lines)]
    found: list[Match] = []
    for skill in skills:
        hit = _first_hit(skill, singles) or _first_hit(skill, pairs)
        if hit is not None:
            years, level = level_of(hit, skill)
            found.append(Match(skill, hit, "alias", 1.0, years, level))
    return found


def _first_hit(skill: Skill, lines: Sequence[tuple[str, str]]) -> str | None:
    for raw, text in lines:
        if skill.matcher.search(text):
            return raw
    return None


_DESCRIPTIONS: weakref.WeakKeyDictionary[Any, np.ndarray] = weakref.WeakKeyDictionary()


def _skill_vectors(embedder: EmbedderLike, skills: Sequence[Skill]) -> np.ndarray:
    """The skills' description vectors, embedded once per embedder."""
    try:
        cached = _DESCRIPTIONS.get(embedder)
    except TypeError:  # an embedder that cannot be weakly referenced is embedded every time
        cached = None
    if cached is None or len(cached) != len(skills):
        cached = np.asarray(embedder.embed([skill.describe() for skill in skills]), np.float32)
        with contextlib.suppress(TypeError):
            _DESCRIPTIONS[embedder] = cached
    return cached


def warm_up(embedder: EmbedderLike) -> None:
    """Embed the taxonomy's skill descriptions now (about 2 s on two cores), not at first use."""
    _skill_vectors(embedder, load_taxonomy())


def match_semantic(
    lines: Sequence[str],
    embedder: EmbedderLike,
    exclude: set[str],
    threshold: float = SEMANTIC_THRESHOLD,
    skills: Sequence[Skill] | None = None,
) -> list[Match]:
    """Skills closest in meaning to lines that no alias matched (one skill per line at most)."""
    skills = skills if skills is not None else load_taxonomy()
    candidates = [line for line in lines if len(line.split()) >= 4 and not _DATED.search(line)]
    if not candidates:
        return []
    vectors = np.asarray(embedder.embed([matchable(line) for line in candidates]), np.float32)
    scores = vectors @ _skill_vectors(embedder, skills).T
    found: dict[str, Match] = {}
    for row, line in zip(scores, candidates, strict=True):
        best = int(np.argmax(row))
        skill, score = skills[best], float(row[best])
        if score < threshold or skill.name in exclude:
            continue
        if skill.name not in found or score > found[skill.name].confidence:
            years, level = level_of(line)
            found[skill.name] = Match(skill, line, "semantic", round(score, 3), years, level)
    return list(found.values())


def find_skills(lines: Sequence[str], embedder: EmbedderLike | None = None) -> list[Match]:
    """Alias matches on every line, plus semantic matches on the lines aliases left alone."""
    found = match_aliases(lines)
    if embedder is None:
        return found
    matched_lines = {match.line for match in found}
    unmatched = [line for line in lines if line not in matched_lines and not _any_alias(line)]
    return found + match_semantic(unmatched, embedder, {match.skill.name for match in found})


def _any_alias(line: str) -> bool:
    text = matchable(line)
    return any(skill.matcher.search(text) for skill in load_taxonomy())
