"""Retrieval evaluation: recall@1, recall@3 and MRR of the store against a BM25 baseline.

Questions are data (``questions: [{q: ..., cards: [id, ...]}]``). A question is recalled at
k when any of its cards is among the first k cards returned; MRR uses the first such card.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from knowledge.cards import Card, load_cards
from knowledge.ranking import LexicalIndex
from knowledge.store import GuidanceStore

#: Acceptance: the store's recall@3, and its lead over BM25 in recall@3.
MIN_RECALL_AT_3 = 0.90
MIN_LEAD_OVER_BM25 = 0.10
#: Cards ranked per question; MRR counts a hit beyond this depth as zero.
DEPTH = 10

Ranker = Callable[[str], list[str]]


@dataclass(frozen=True)
class Question:
    """One evaluation question and the cards that answer it."""

    q: str
    cards: tuple[str, ...]


@dataclass(frozen=True)
class Metrics:
    """Scores of one retriever over the question set."""

    retriever: str
    questions: int
    recall_at_1: float
    recall_at_3: float
    mrr: float


def load_questions(path: Path) -> list[Question]:
    """Read a question file; raises ``ValueError`` naming the entry to fix."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    questions = []
    for index, item in enumerate(data.get("questions") or []):
        if not isinstance(item, dict) or not item.get("q") or not item.get("cards"):
            raise ValueError(f"{path}: question {index + 1} needs 'q' and a non-empty 'cards'")
        questions.append(Question(str(item["q"]), tuple(str(c) for c in item["cards"])))
    return questions


def _rank_of_first(relevant: Sequence[str], ranked: Sequence[str]) -> int | None:
    for position, card_id in enumerate(ranked, start=1):
        if card_id in relevant:
            return position
    return None


def evaluate(name: str, rank: Ranker, questions: Sequence[Question]) -> Metrics:
    """Score ``rank`` (query -> card ids, best first) on ``questions``."""
    ranks = [_rank_of_first(q.cards, rank(q.q)[:DEPTH]) for q in questions]
    n = len(ranks) or 1
    return Metrics(
        retriever=name,
        questions=len(ranks),
        recall_at_1=round(sum(r is not None and r <= 1 for r in ranks) / n, 4),
        recall_at_3=round(sum(r is not None and r <= 3 for r in ranks) / n, 4),
        mrr=round(sum(1.0 / r for r in ranks if r is not None) / n, 4),
    )


def bm25_ranker(cards: Sequence[Card]) -> Ranker:
    """BM25 over whole cards (title, tags, body): the stronger of the two lexical baselines
    measured (whole cards beat best-section BM25 on the project set)."""
    index = LexicalIndex(cards)

    def rank(query: str) -> list[str]:
        scores = index.scores(query)
        return sorted(scores, key=lambda card_id: -scores[card_id])

    return rank


def meets_targets(ours: Metrics, baseline: Metrics) -> bool:
    """Whether ``ours`` reaches the acceptance thresholds against ``baseline``."""
    lead = ours.recall_at_3 - baseline.recall_at_3
    return ours.recall_at_3 >= MIN_RECALL_AT_3 and lead >= MIN_LEAD_OVER_BM25 - 1e-9


def format_table(results: Sequence[Metrics]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| retriever | questions | recall@1 | recall@3 | MRR |",
        "|---|---:|---:|---:|---:|",
    ]
    for m in results:
        lines.append(
            f"| {m.retriever} | {m.questions} | {m.recall_at_1:.3f} | {m.recall_at_3:.3f} "
            f"| {m.mrr:.3f} |"
        )
    return "\n".join(lines)


def to_json(results: Sequence[Metrics], passed: bool) -> str:
    """The results and the verdict as JSON."""
    return json.dumps({"results": [asdict(m) for m in results], "passed": passed}, indent=2)


def store_ranker(store: GuidanceStore) -> Ranker:
    """The guidance store as a ranker of card ids."""
    return lambda query: [hit.card_id for hit in store.search(query, k=DEPTH)]


def run_retrieval_eval(store: GuidanceStore, questions_path: Path) -> tuple[list[Metrics], bool]:
    """Score the store and BM25 on the same questions; returns both and the verdict."""
    questions = load_questions(questions_path)
    if not questions:
        raise ValueError(f"{questions_path} holds no questions; add entries under 'questions:'")
    ours = evaluate("store (MiniLM views + BM25)", store_ranker(store), questions)
    baseline = evaluate("BM25", bm25_ranker(load_cards(store.corpus_dir)), questions)
    return [ours, baseline], meets_targets(ours, baseline)
