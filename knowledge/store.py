"""The guidance store: cards chunked, embedded locally, kept in Chroma, searched with filters.

Embedded by default (``PersistentClient`` under ``<data_dir>/chroma``), a Chroma server when a
host is given. Ingest is incremental: each chunk carries its card's digest, so only new or
changed cards are embedded again and removed cards are deleted. The first search ingests when
the store is empty or behind the corpus.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from knowledge.cards import Card, Chunk, chunk_cards, load_cards
from knowledge.chroma_embedding import LocalMiniLM
from knowledge.dense import DenseIndex, UnsupportedFilterError
from knowledge.filters import build_where, context_names
from knowledge.query import QueryNormaliser, corpus_words
from knowledge.ranking import (
    BM25_WEIGHT,
    CONTEXT_BOOST,
    LexicalIndex,
    collect,
    fuse,
    lexical_text,
)

COLLECTION = "guidance"
DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus"
#: Records fetched per search, whatever ``k``: the ranking reads this pool alone, so the first
#: cards of a search are the same whether 3 or 10 were asked for. A card found by only some
#: views is scored at the floor of the others (see ``ranking.fuse``).
CANDIDATE_POOL = 160
_ADD_BATCH = 64


@dataclass(frozen=True)
class Hit:
    """One card found by a search, with its best-matching passage. ``score`` is the fused
    relevance (standardised over the candidates: higher is better, not a cosine);
    ``relevance`` is the cosine of the query and the passage shown, comparable across
    queries (an off-topic question is far from every passage)."""

    card_id: str
    title: str
    heading: str
    passage: str
    score: float
    stage: str
    credit: str
    summary: str = ""
    relevance: float = 0.0


@dataclass(frozen=True)
class IngestReport:
    """What an ingest changed, by card, and how many chunks it embedded."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded_chunks: int = 0

    @property
    def changed(self) -> bool:
        """Whether the store differs from before the ingest."""
        return bool(self.added or self.updated or self.removed)

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} unchanged ({self.embedded_chunks} passages embedded)"
        )


class GuidanceStore:
    """Guidance cards in a Chroma collection, searched by meaning with role/context filters."""

    def __init__(
        self,
        client: Any,
        embedding: LocalMiniLM,
        corpus_dir: Path | None = None,
        collection: str = COLLECTION,
        progress: bool = True,
    ) -> None:
        """Wrap ``client`` (any Chroma client); nothing is read until first use."""
        self.client = client
        self.embedding = embedding
        self.corpus_dir = Path(corpus_dir) if corpus_dir else DEFAULT_CORPUS
        self.collection_name = collection
        self.progress = progress
        self._collection = self._open_collection()
        self._fresh = False
        self._lexical_index: LexicalIndex | None = None
        self._normaliser: QueryNormaliser | None = None
        self._cards: dict[str, Card] = {}
        self._dense: DenseIndex | None = None
        self._lock = threading.RLock()

    def _open_collection(self) -> Any:
        return self.client.get_or_create_collection(
            self.collection_name,
            embedding_function=self.embedding,
            configuration={"hnsw": {"space": "cosine"}},
        )

    def count(self) -> int:
        """Number of passages stored."""
        return int(self._collection.count())

    def stored_digests(self) -> dict[str, str]:
        """Card id -> digest of the version stored."""
        # Read from the in-memory copy: one read of the collection serves this check and the
        # searches that follow it.
        return {str(m["card_id"]): str(m["digest"]) for m in self._index().metadatas}

    def ingest(self, rebuild: bool = False, progress: bool | None = None) -> IngestReport:
        """Bring the store in line with the corpus folder; returns what changed."""
        if rebuild:
            self.client.delete_collection(self.collection_name)
            self._collection = self._open_collection()
        self._dense = None  # read the collection as it is now
        cards = load_cards(self.corpus_dir)
        stored = self.stored_digests()
        current = {card.id for card in cards}
        new = [c for c in cards if c.id not in stored]
        changed = [c for c in cards if c.id in stored and stored[c.id] != c.digest]
        removed = sorted(set(stored) - current)
        for card_id in removed + [c.id for c in changed]:
            self._collection.delete(where={"card_id": card_id})
        embedded = self._add(
            chunk_cards(new + changed), self.progress if progress is None else progress
        )
        self._fresh = True
        self._dense = None
        self._lexical_index = None  # the corpus may have changed since it was read
        return IngestReport(
            len(new), len(changed), len(removed), len(cards) - len(new) - len(changed), embedded
        )

    def _add(self, chunks: Sequence[Chunk], progress: bool) -> int:
        bar = tqdm(
            total=len(chunks), desc="Embedding guidance", unit="passage", file=sys.stderr,
            disable=not progress or not chunks,
        )  # fmt: skip
        with bar:
            for start in range(0, len(chunks), _ADD_BATCH):
                batch = chunks[start : start + _ADD_BATCH]
                self._collection.add(
                    ids=[c.id for c in batch],
                    embeddings=self.embedding([c.text for c in batch]),
                    documents=[c.passage for c in batch],
                    metadatas=[c.metadata for c in batch],
                )
                bar.update(len(batch))
        return len(chunks)

    def is_current(self, cards: Sequence[Card] | None = None) -> bool:
        """Whether every card in the corpus is stored at its current version, and no other."""
        cards = load_cards(self.corpus_dir) if cards is None else cards
        return self.stored_digests() == {card.id: card.digest for card in cards}

    def ensure_fresh(self) -> IngestReport | None:
        """Ingest when the store is empty or behind the corpus (checked once per store, or
        again after :meth:`recheck`)."""
        with self._lock:  # a store shared by sessions must not ingest twice at once
            if self._fresh:
                return None
            if self.is_current():
                self._fresh = True
                return None
            return self.ingest(progress=False)

    def recheck(self) -> None:
        """Compare the corpus with the store again before the next search (cheap when
        nothing changed: the cards' files against the in-memory copy)."""
        self._fresh = False

    def search(
        self,
        query: str,
        k: int = 4,
        roles: Sequence[str] | str | None = None,
        contexts: Sequence[str] | str | None = None,
        stage: Sequence[str] | str | None = None,
        prefer: Sequence[str] | str | None = None,
    ) -> list[Hit]:
        """The ``k`` cards that best answer ``query``, one passage each, best first.

        Filters: a card matches ``contexts`` if it names one of them or 'general'; ``roles`` if
        it names one of them or no role at all; ``stage`` if its stage is one of them. A card
        written for one of ``contexts`` or ``prefer`` (the asker's context, which filters
        nothing) ranks higher by :data:`~knowledge.ranking.CONTEXT_BOOST`. The order does not
        depend on ``k``. Raises ``ValueError`` (listing the valid names) on an unknown role,
        context or stage.
        """
        if k <= 0:
            return []
        query = self.normalise(query)
        found = self._candidates(query, roles, contexts, stage)
        if found is None:
            return []
        vector, records = found
        ranked = self._fused(query, records, [*context_names(contexts), *context_names(prefer)])
        return [self._hit(vector, records, card_id, score) for card_id, score in ranked[:k]]

    def rank(
        self,
        query: str,
        roles: Sequence[str] | str | None = None,
        contexts: Sequence[str] | str | None = None,
        stage: Sequence[str] | str | None = None,
        prefer: Sequence[str] | str | None = None,
        lexical_weight: float = BM25_WEIGHT,
    ) -> list[tuple[str, float]]:
        """Every candidate card's id and fused score, best first: the order :meth:`search`
        cuts. ``lexical_weight=0`` ranks by the dense views alone."""
        query = self.normalise(query)
        found = self._candidates(query, roles, contexts, stage)
        if found is None:
            return []
        boosted = [*context_names(contexts), *context_names(prefer)]
        return self._fused(query, found[1], boosted, lexical_weight)

    def _candidates(
        self,
        query: str,
        roles: Sequence[str] | str | None,
        contexts: Sequence[str] | str | None,
        stage: Sequence[str] | str | None,
    ) -> tuple[Any, Any] | None:
        """The query vector and the pool of nearest records, or None when nothing can match."""
        where = build_where(roles=roles, contexts=contexts, stage=stage)
        self.ensure_fresh()
        total = len(self._index())
        if not query.strip() or total == 0:
            return None
        vector = self.embedding.embed_query([query])
        return vector, self._query(vector, min(total, CANDIDATE_POOL), where)

    def _index(self) -> DenseIndex:
        """The in-memory copy of the collection, read once per ingest in this process (a
        server's collection changed by another process is seen after a restart, as
        ``ensure_fresh`` is checked once per store)."""
        if self._dense is None:
            self._dense = DenseIndex.of(self._collection)
        return self._dense

    def _query(self, vector: Any, n_results: int, where: dict[str, Any] | None) -> Any:
        """Nearest records: exact, in numpy; Chroma answers a filter numpy cannot read."""
        try:
            return self._index().query(vector[0], n_results, where)
        except UnsupportedFilterError:
            return self._collection.query(
                query_embeddings=vector, n_results=n_results, where=where,
                include=["documents", "metadatas", "distances"],
            )  # fmt: skip

    def _fused(
        self,
        query: str,
        records: Any,
        boosted: Sequence[str],
        lexical_weight: float = BM25_WEIGHT,
    ) -> list[tuple[str, float]]:
        metas = records["metadatas"][0]
        candidates = collect(
            [str(m["card_id"]) for m in metas],
            [str(m.get("kind", "section")) for m in metas],
            [1.0 - float(d) for d in records["distances"][0]],
        )
        boost = self._context_boost(candidates, boosted)
        return fuse(candidates, self._lexical().scores(query), lexical_weight, boost)

    def _context_boost(self, card_ids: Iterable[str], contexts: Sequence[str]) -> dict[str, float]:
        """:data:`CONTEXT_BOOST` for each card written for one of ``contexts``."""
        wanted = set(contexts) - {"general"}
        if not wanted:
            return {}
        cards = self._catalogue()
        return {
            card_id: CONTEXT_BOOST
            for card_id in card_ids
            if card_id in cards and wanted & set(cards[card_id].contexts)
        }

    def _hit(self, vector: Any, records: Any, card_id: str, score: float) -> Hit:
        """The hit for ``card_id``: its best section among ``records``, or, for a card found
        by other views alone, its section nearest the query."""
        metas, documents = records["metadatas"][0], records["documents"][0]
        distances = records["distances"][0]
        positions = [i for i, m in enumerate(metas) if str(m["card_id"]) == card_id]
        sections = [i for i in positions if str(metas[i].get("kind", "section")) == "section"]
        if sections:
            first = sections[0]
            found = metas[first], documents[first], 1.0 - float(distances[first])
        else:
            first = positions[0]
            fallback = metas[first], documents[first], 1.0 - float(distances[first])
            found = self._best_section(vector, card_id, fallback)
        card = self._catalogue().get(card_id)
        meta, document, cosine = found
        return _hit(meta, document, score, card.summary if card else "", cosine)

    def _best_section(
        self, vector: Any, card_id: str, fallback: tuple[Any, Any, float]
    ) -> tuple[Any, Any, float]:
        """The card's section nearest the query and its cosine, for a card found by its asks
        or whole-card views alone: the hit shows guidance, never one of the card's questions."""
        found = self._query(vector, 1, {"$and": [{"card_id": card_id}, {"kind": "section"}]})
        if found["ids"][0]:
            cosine = 1.0 - float(found["distances"][0][0])
            return found["metadatas"][0][0], found["documents"][0][0], cosine
        return fallback

    def normalise(self, query: str) -> str:
        """``query`` in the corpus's spelling (chat spellings, US forms and slips of the
        fingers read as the cards' words; see :mod:`knowledge.query`): what both the dense
        views and BM25 are given."""
        self._lexical()
        assert self._normaliser is not None
        return self._normaliser(query)

    def _lexical(self) -> LexicalIndex:
        if self._lexical_index is None:
            cards = load_cards(self.corpus_dir)
            self._cards = {card.id: card for card in cards}
            self._lexical_index = LexicalIndex(cards, asks=True)
            words = corpus_words(lexical_text(card, asks=True) for card in cards)
            known: list[str] = getattr(self.embedding, "vocabulary", list)()
            self._normaliser = QueryNormaliser(words, known)
        return self._lexical_index

    def _catalogue(self) -> dict[str, Card]:
        """The corpus's cards by id, read with the lexical index."""
        self._lexical()
        return self._cards


def _hit(meta: Any, document: Any, score: float, summary: str, cosine: float = 0.0) -> Hit:
    return Hit(
        card_id=str(meta["card_id"]),
        title=str(meta["title"]),
        heading=str(meta["heading"]),
        passage=str(document),
        score=round(score, 4),
        stage=str(meta["stage"]),
        credit=str(meta.get("credit") or ""),
        summary=summary,
        relevance=round(cosine, 4),
    )


def make_client(data_dir: Path, chroma_host: str | None = None, chroma_port: int = 8000) -> Any:
    """A Chroma client with telemetry off: embedded under ``data_dir/chroma``, or a server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    if chroma_host:
        return chromadb.HttpClient(host=chroma_host, port=chroma_port, settings=settings)
    path = Path(data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def open_store(
    data_dir: Path,
    model_dir: Path,
    corpus_dir: Path | None = None,
    chroma_host: str | None = None,
    chroma_port: int = 8000,
    progress: bool = True,
) -> GuidanceStore:
    """The guidance store for these settings; the model is loaded now so a missing model
    fails here (``ModelMissingError``, saying how to fix it) rather than mid-conversation."""
    embedding = LocalMiniLM(model_dir)
    _ = embedding.embedder
    client = make_client(data_dir, chroma_host, chroma_port)
    return GuidanceStore(client, embedding, corpus_dir=corpus_dir, progress=progress)
