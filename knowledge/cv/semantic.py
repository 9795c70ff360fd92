"""The semantic step: the taxonomy skill closest in meaning to a phrase.

Each skill has prototypes (its description and a few paraphrases from ``taxonomy.yaml``),
embedded once per process and embedder with the local MiniLM model. A text counts for its
nearest skill only when that skill is at least ``threshold`` similar and ``margin`` closer than
the runner-up, so a text between two skills is left to the person rather than guessed.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from knowledge.cv.taxonomy import Skill, load_taxonomy

_URL = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|me)(?:/\S*)?")


class EmbedderLike(Protocol):
    """What the semantic step needs: ``embed(texts)`` returning L2-normalised rows."""

    def embed(self, texts: Sequence[str]) -> Any:
        """Vectors of shape (len(texts), dim), each of unit length."""
        ...


@dataclass(frozen=True)
class Nearest:
    """The skill nearest to a text, its similarity and its lead over the runner-up skill."""

    skill: Skill
    score: float
    margin: float

    def accepted(self, threshold: float, margin: float) -> bool:
        """True when the skill is close enough and clearly closer than any other."""
        return self.score >= threshold and self.margin >= margin


def matchable(line: str) -> str:
    """A line with addresses and links removed, so ``github.com/x`` is not a Git skill."""
    return _URL.sub(" ", line)


@dataclass(frozen=True)
class _Prototypes:
    """Every skill's prototype vectors, grouped by skill, and where each skill's rows start."""

    vectors: np.ndarray
    starts: np.ndarray


_PROTOTYPES: weakref.WeakKeyDictionary[Any, dict[int, _Prototypes]] = weakref.WeakKeyDictionary()


def _skill_vectors(embedder: EmbedderLike, skills: Sequence[Skill]) -> _Prototypes:
    """The skills' prototype vectors (description and paraphrases), embedded once per embedder."""
    key = hash(tuple(skill.name for skill in skills))
    try:
        by_key = _PROTOTYPES.setdefault(embedder, {})
    except TypeError:  # an embedder that cannot be weakly referenced is embedded every time
        by_key = {}
    cached = by_key.get(key)
    if cached is None:
        texts = [[*skill.prototypes()] for skill in skills]
        sizes = [len(group) for group in texts]
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        flat = [text for group in texts for text in group]
        cached = _Prototypes(np.asarray(embedder.embed(flat), np.float32), starts)
        with contextlib.suppress(TypeError):
            by_key[key] = cached
    return cached


def warm_up(embedder: EmbedderLike) -> None:
    """Embed the taxonomy's skill prototypes now (a few seconds on two cores), not at first use."""
    _skill_vectors(embedder, load_taxonomy())


def nearest(
    texts: Sequence[str], embedder: EmbedderLike, skills: Sequence[Skill] | None = None
) -> list[Nearest]:
    """For each text, the nearest skill by its best prototype, with score and margin."""
    skills = skills if skills is not None else load_taxonomy()
    if not texts:
        return []
    prototypes = _skill_vectors(embedder, skills)
    unique = list(dict.fromkeys(texts))  # a repeated phrase is embedded once
    vectors = np.asarray(embedder.embed(unique), np.float32)
    per_skill = np.maximum.reduceat(vectors @ prototypes.vectors.T, prototypes.starts, axis=1)
    rows = {text: per_skill[index] for index, text in enumerate(unique)}
    out: list[Nearest] = []
    for row in (rows[text] for text in texts):
        if len(row) > 1:
            second, best = np.argsort(row)[-2:]
            runner_up = float(row[second])
        else:
            best, runner_up = 0, -1.0
        out.append(Nearest(skills[int(best)], float(row[best]), float(row[best]) - runner_up))
    return out
