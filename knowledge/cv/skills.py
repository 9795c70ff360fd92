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
SEMANTIC_MARGIN = 0.02
_HARD_BREAK = re.compile(r"[;•|·:]|(?<=[a-z)])\.\s+|\s[-–—]\s")
_LONG_CLAUSE = 10
_MIN_WORDS = 3
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


@dataclass(frozen=True)
class _Prototypes:
    """Every skill's prototype vectors, grouped by skill, and where each skill's rows start."""

    vectors: np.ndarray
    starts: np.ndarray


_PROTOTYPES: weakref.WeakKeyDictionary[Any, _Prototypes] = weakref.WeakKeyDictionary()


def _skill_vectors(embedder: EmbedderLike, skills: Sequence[Skill]) -> _Prototypes:
    """The skills' prototype vectors (description and paraphrases), embedded once per embedder."""
    try:
        cached = _PROTOTYPES.get(embedder)
    except TypeError:  # an embedder that cannot be weakly referenced is embedded every time
        cached = None
    if cached is None or len(cached.starts) != len(skills):
        texts = [[*skill.prototypes()] for skill in skills]
        sizes = [len(group) for group in texts]
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        flat = [text for group in texts for text in group]
        cached = _Prototypes(np.asarray(embedder.embed(flat), np.float32), starts)
        with contextlib.suppress(TypeError):
            _PROTOTYPES[embedder] = cached
    return cached


def warm_up(embedder: EmbedderLike) -> None:
    """Embed the taxonomy's skill prototypes now (about 2.5 s on two cores), not at first use."""
    _skill_vectors(embedder, load_taxonomy())


def clauses(line: str) -> list[str]:
    """The parts of a line that each describe one piece of work, for the semantic step.

    Bullets, semicolons, colons and sentence ends always separate; commas separate only in a
    long part, where they join activities rather than the words of a list.
    """
    parts = [part.strip(" -–—*") for part in _HARD_BREAK.split(matchable(line))]
    out: list[str] = []
    for part in parts:
        pieces = part.split(", ") if len(part.split()) > _LONG_CLAUSE else [part]
        out += [piece.strip() for piece in pieces if len(piece.split()) >= _MIN_WORDS]
    return out


def logical_lines(lines: Sequence[str]) -> list[str]:
    """Lines with a wrapped sentence joined again (a line ending mid-sentence or on a comma)."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and (text[:1].islower() or out[-1].endswith(",")) and out[-1][-1:] not in ".;:!?":
            out[-1] = f"{out[-1]} {text}"
        elif text:
            out.append(text)
    return out


def match_semantic(
    lines: Sequence[str],
    embedder: EmbedderLike,
    exclude: set[str],
    threshold: float = SEMANTIC_THRESHOLD,
    skills: Sequence[Skill] | None = None,
    margin: float = SEMANTIC_MARGIN,
) -> list[Match]:
    """Skills closest in meaning to clauses no alias matched (one skill per clause at most).

    A clause counts for the skill whose nearest prototype is at least ``threshold`` similar and
    at least ``margin`` closer than any other skill's, so a clause between two skills is left
    to the person to name rather than guessed.
    """
    skills = skills if skills is not None else load_taxonomy()
    candidates = _candidates(lines)
    if not candidates:
        return []
    prototypes = _skill_vectors(embedder, skills)
    vectors = np.asarray(embedder.embed([clause for clause, _ in candidates]), np.float32)
    per_skill = np.maximum.reduceat(vectors @ prototypes.vectors.T, prototypes.starts, axis=1)
    found: dict[str, Match] = {}
    for row, (_, line) in zip(per_skill, candidates, strict=True):
        second, best = np.argsort(row)[-2:] if len(row) > 1 else (0, 0)
        skill, score = skills[int(best)], float(row[best])
        runner_up = float(row[second]) if second != best else -1.0
        if score < threshold or score - runner_up < margin or skill.name in exclude:
            continue
        if skill.name not in found or score > found[skill.name].confidence:
            years, level = level_of(line)
            found[skill.name] = Match(skill, line, "semantic", round(score, 3), years, level)
    return list(found.values())


def _candidates(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(clause, its line) for every clause of the undated lines.

    Clauses an alias matched stay in: "a team of volunteers on the reception desk" names
    Reception yet describes Team management; where the nearest skill is the one the alias
    found, the clause adds nothing.
    """
    return [
        (clause, line)
        for line in logical_lines(lines)
        if not _DATED.search(line)
        for clause in clauses(line)
    ]


def find_skills(lines: Sequence[str], embedder: EmbedderLike | None = None) -> list[Match]:
    """Alias matches on every line, plus semantic matches on the clauses aliases left alone."""
    found = match_aliases(lines)
    if embedder is None:
        return found
    return found + match_semantic(lines, embedder, {match.skill.name for match in found})
