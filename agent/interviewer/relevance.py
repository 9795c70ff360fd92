"""Whether a question back is one the guidance cards can answer (pure).

A question about the weather or a recipe finds cards too (a search always returns its best),
only far ones: answering with one would put an unrelated card in front of the person. A
question is taken as on topic when the passage of a card found is near it (the store's
``relevance``, the cosine of the question and the passage shown), or when it names a word of
the plan: the planner's own terms ("anchor", "buffer", "constraint") or a word of the
person's activities, streams and skills ("is the podcast part of my hours?"). The cosine
alone does not separate the two kinds: short on-topic questions about a word of the plan
("what means constraint?") sit as far from the passages as a question about a novel.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: The least cosine of the question and a passage shown for a question naming no word of the
#: plan. Chosen on the calibration questions at even positions (evals/retrieval/offtopic.yaml
#: against the tuning and dev retrieval questions and the tuning and dev personas' questions
#: back): the lowest relevance of an on-topic question there (0.27) less a margin of 0.03, as
#: turning away a question the cards answer is worse than showing a far card; checked on the
#: odd ones (tests/knowledge/test_knowledge_relevance.py, docs/interviewer.md).
MIN_RELEVANCE = 0.24
#: The planner's own terms: a question naming one is about the plan, however far its words
#: are from the cards' passages.
PLAN_TERMS = frozenset({
    "anchor", "stream", "leverage", "seed", "capacity", "buffer", "saving", "constraint",
    "setting", "core", "skill", "review", "block", "loop", "portfolio", "career", "plan",
    "income", "hour", "job", "work", "share", "risk", "allocation", "energise", "drain",
    "volatility", "volatile", "steady",
})  # fmt: skip
_WORD = re.compile(r"[a-zà-ÿ]+")
#: Words of a plan's names too common to tell a question's subject.
_COMMON = frozenset({"with", "that", "this", "from", "your", "have", "what", "when", "then",
                     "than", "into", "over", "some"})  # fmt: skip

OFF_TOPIC = (
    "That's outside what I can help with here: I hold guidance on planning a portfolio of "
    "work, not on that, so I won't guess."
)


def words(text: str) -> set[str]:
    """The words of ``text`` in lower case, a plural ``s`` dropped."""
    found = _WORD.findall(text.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in found}  # fmt: skip


def best_relevance(cards: Iterable[Mapping[str, Any]]) -> float | None:
    """The highest ``relevance`` among the cards found, or None when no card carries one (a
    store written before it was kept cannot tell)."""
    scores = [float(c["relevance"]) for c in cards if c.get("relevance") is not None]
    return max(scores) if scores else None


def names_the_plan(question: str, names: Iterable[str] = ()) -> bool:
    """Whether ``question`` names a planner term or a word of one of ``names`` (the plan's
    activities, streams and skills)."""
    asked = words(question)
    own = {w for name in names for w in words(name) if len(w) >= 4 and w not in _COMMON}
    return bool(asked & (PLAN_TERMS | own))


def on_topic(question: str, cards: Iterable[Mapping[str, Any]], names: Iterable[str] = ()) -> bool:
    """Whether the guidance may answer ``question`` with the ``cards`` found for it."""
    best = best_relevance(cards)
    return best is None or best >= MIN_RELEVANCE or names_the_plan(question, names)
