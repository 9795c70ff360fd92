"""Card ranking: several dense views of each card, fused with BM25.

Each card is stored as its sections, as a whole (title, tags, summary and body, cut at the
model's token limit), as a label (title and tags) and as the questions it answers in users'
words (its ``asks``). A card's dense score is the weighted sum of its evidence in each view:
the mean of its two best records in the section and ask views, so that two matching asks count
for more than one lucky one, and its one record in the whole-card and label views; dense and
BM25 scores (BM25 over the cards' text and asks) are standardised over the
candidate cards and added, BM25 weighted by :data:`BM25_WEIGHT`, and a card written for the
asker's context gets :data:`CONTEXT_BOOST` on top. See docs/decisions/0001-embeddings.md,
docs/decisions/0003-hypothetical-questions.md and docs/knowledge.md for the measured figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from knowledge.bm25 import BM25
from knowledge.cards import KINDS, Card

#: Weight of standardised BM25 (over the cards and their asks) against the standardised dense
#: score.
BM25_WEIGHT = 0.9
#: Weight of each view's evidence in a card's dense score.
VIEW_WEIGHTS: Mapping[str, float] = {"section": 1.0, "card": 0.5, "label": 0.5, "ask": 1.0}
#: Records of a card averaged in each view (its best ones; a card with fewer in the pool is
#: made up to this count at the view's floor). The whole-card and label views hold one record.
VIEW_DEPTH: Mapping[str, int] = {"section": 2, "card": 1, "label": 1, "ask": 2}
#: Added to the fused score (in standard deviations) of a card written for the asker's
#: context, so that a carer asking a general question sees the carers' card beside it.
CONTEXT_BOOST = 1.5


@dataclass
class Candidate:
    """Similarities found for one card, by view (best first), and its best section."""

    card_id: str
    found: dict[str, list[float]] = field(default_factory=dict)
    section_index: int = -1

    @property
    def best(self) -> dict[str, float]:
        """Each view's best similarity."""
        return {kind: values[0] for kind, values in self.found.items()}

    def evidence(self, kind: str, floor: float) -> float:
        """The mean of the view's :data:`VIEW_DEPTH` best similarities, made up at ``floor``."""
        depth = VIEW_DEPTH[kind]
        values = self.found.get(kind, [])[:depth]
        return (sum(values) + floor * (depth - len(values))) / depth


def collect(
    card_ids: Sequence[str], kinds: Sequence[str], similarities: Sequence[float]
) -> dict[str, Candidate]:
    """Group query results (best first) into per-card candidates, keeping each view's
    similarities in order."""
    found: dict[str, Candidate] = {}
    for position, (card_id, kind, similarity) in enumerate(
        zip(card_ids, kinds, similarities, strict=True)
    ):
        candidate = found.setdefault(card_id, Candidate(card_id))
        if kind == "section" and kind not in candidate.found:
            candidate.section_index = position
        candidate.found.setdefault(kind, []).append(similarity)
    return found


def _standardise(values: np.ndarray) -> np.ndarray:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def fuse(
    candidates: Mapping[str, Candidate],
    lexical: Mapping[str, float],
    lexical_weight: float = BM25_WEIGHT,
    boost: Mapping[str, float] | None = None,
) -> list[tuple[str, float]]:
    """Cards ranked by fused score, best first. A record a card was not retrieved by counts
    at the lowest similarity seen in that view, so missing evidence never helps; ``boost`` adds
    to a card's fused score (see :data:`CONTEXT_BOOST`)."""
    ids = list(candidates)
    if not ids:
        return []
    floor = {
        kind: min((min(c.found[kind]) for c in candidates.values() if kind in c.found), default=0.0)
        for kind in KINDS
    }
    dense = np.array(
        [sum(VIEW_WEIGHTS[k] * candidates[i].evidence(k, floor[k]) for k in KINDS) for i in ids]
    )
    words = np.array([lexical.get(i, 0.0) for i in ids])
    fused = _standardise(dense) + lexical_weight * _standardise(words)
    if boost:
        fused = fused + np.array([boost.get(i, 0.0) for i in ids])
    order = np.argsort(-fused, kind="stable")
    return [(ids[i], float(fused[i])) for i in order]


class LexicalIndex:
    """BM25 over whole cards (title, tags, summary and body, and with ``asks`` the questions
    each card answers in users' words), scored per card id."""

    def __init__(self, cards: Sequence[Card], asks: bool = False) -> None:
        """Index ``cards``; ``asks=True`` adds their asks (the store's ranking does, the BM25
        baseline does not: it stays what a plain search over the guidance text does)."""
        self._ids = [card.id for card in cards]
        self._bm25 = BM25([lexical_text(card, asks) for card in cards])

    def scores(self, query: str) -> dict[str, float]:
        """Card id -> BM25 score for ``query``."""
        return dict(zip(self._ids, self._bm25.scores(query), strict=True))


def lexical_text(card: Card, asks: bool) -> str:
    """What BM25 reads of ``card``: title, tags, summary, body, and with ``asks`` its asks."""
    text = f"{card.title} {' '.join(card.tags)} {card.summary} {card.body}"
    return f"{text} {' '.join(card.asks)}" if asks else text
