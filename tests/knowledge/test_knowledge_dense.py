"""The in-memory dense index: exact nearest records, Chroma-shaped results, filter semantics."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knowledge.dense import DenseIndex, UnsupportedFilterError


def _index() -> DenseIndex:
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((40, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    metas = [
        {"card_id": f"c{i // 4}", "kind": "section" if i % 2 else "ask",
         "stage": ["streams", "review"][i % 2 == 0 and i % 4 == 0], **({"role_seed": True}
         if i % 3 == 0 else {})}
        for i in range(40)
    ]  # fmt: skip
    documents = [f"doc {i}" for i in range(40)]
    ids = [f"r{i}" for i in range(40)]
    return DenseIndex(
        {"ids": ids, "embeddings": vectors, "metadatas": metas, "documents": documents}
    )


def test_results_are_the_exact_nearest_in_order_with_cosine_distances() -> None:
    index = _index()
    query = index.matrix[7] + 0.1 * index.matrix[12]
    found = index.query(query, 5, None)
    expected = np.argsort(-(index.matrix @ query))[:5]
    assert found["ids"][0] == [f"r{i}" for i in expected]
    assert found["documents"][0][0] == f"doc {expected[0]}"
    distances = found["distances"][0]
    assert distances == sorted(distances)
    assert distances[0] == pytest.approx(1 - float(index.matrix[expected[0]] @ query), abs=1e-6)


def test_filters_follow_chroma_semantics() -> None:
    index = _index()
    where = {"$and": [{"card_id": "c2"}, {"kind": "section"}]}
    found = index.query(index.matrix[0], 10, where)
    assert sorted(found["ids"][0]) == ["r11", "r9"]
    either = index.query(index.matrix[0], 40, {"$or": [{"role_seed": True}, {"stage": "review"}]})
    for meta in either["metadatas"][0]:
        assert meta.get("role_seed") is True or meta["stage"] == "review"
    assert len(index.query(index.matrix[0], 40, {"stage": {"$in": ["review"]}})["ids"][0]) == 10
    assert index.query(index.matrix[0], 5, {"card_id": "nowhere"})["ids"] == [[]]


def test_unknown_operators_are_refused_so_the_caller_can_fall_back() -> None:
    with pytest.raises(UnsupportedFilterError):
        _index().query(np.ones(8), 3, {"stage": {"$gt": 1}})


def test_an_empty_collection_finds_nothing() -> None:
    empty = DenseIndex({"ids": [], "embeddings": [], "metadatas": [], "documents": []})
    assert len(empty) == 0
    assert empty.query(np.ones(8), 3, None)["ids"] == [[]]


def test_repeated_queries_reuse_their_vector_without_sharing_it() -> None:
    from agent.settings import get_settings
    from knowledge.chroma_embedding import LocalMiniLM

    function = LocalMiniLM(get_settings().model_dir)
    first = function.embed_query(["how do I price client work", "a seed experiment"])
    calls = []
    real = function.embedder.embed
    function.embedder.embed = lambda texts: calls.append(list(texts)) or real(texts)  # type: ignore[method-assign]
    again = function.embed_query(["a seed experiment", "how do I price client work", "new"])
    assert calls == [["new"]]
    assert np.array_equal(again[1], first[0]) and np.array_equal(again[0], first[1])
    again[0][:] = 0
    assert np.array_equal(function.embed_query(["a seed experiment"])[0], first[1])


def test_the_store_rereads_its_copy_after_every_ingest(tmp_path: Path) -> None:
    import shutil

    from agent.settings import get_settings
    from knowledge.store import open_store

    corpus = tmp_path / "cards"
    corpus.mkdir()
    cards = sorted((Path(__file__).resolve().parents[2] / "knowledge" / "corpus").glob("*.md"))
    shutil.copy(cards[0], corpus / cards[0].name)
    store = open_store(tmp_path, get_settings().model_dir, corpus_dir=corpus, progress=False)
    assert store.ingest().added == 1 and store.search("where do I start?", k=1)
    assert store.ingest(rebuild=True).added == 1
    assert store.search("where do I start?", k=1) and store.is_current()
    shutil.copy(cards[1], corpus / cards[1].name)
    assert store.ingest().added == 1
    found = {hit.card_id for hit in store.search("where do I start?", k=5)}
    assert len(found) == 2


def test_recheck_picks_up_a_card_changed_on_disk(tmp_path: Path) -> None:
    import shutil

    from agent.settings import get_settings
    from knowledge.store import open_store

    corpus = tmp_path / "cards"
    corpus.mkdir()
    card = sorted((Path(__file__).resolve().parents[2] / "knowledge" / "corpus").glob("*.md"))[0]
    shutil.copy(card, corpus / card.name)
    store = open_store(tmp_path, get_settings().model_dir, corpus_dir=corpus, progress=False)
    assert store.search("where do I start?", k=1)
    (corpus / card.name).write_text(card.read_text() + "\nA new closing line about pottery.\n")
    assert store.ensure_fresh() is None  # checked once per store: not seen yet
    store.recheck()
    report = store.ensure_fresh()
    assert report is not None and report.updated == 1
    assert "pottery" in " ".join(h.passage for h in store.search("pottery", k=1))
