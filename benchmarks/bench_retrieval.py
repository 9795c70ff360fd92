"""Guidance store speed: ingest time and query latency, beside brute-force numpy search.

    python benchmarks/bench_retrieval.py [--quick]

Sizes: the real corpus (real embeddings, text queries), then synthetic unit vectors at
10 000 and 100 000 chunks (``--quick``: 1 000 and 10 000), queried by vector. Prints a
Markdown table of p50/p95 latencies in milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

QUERIES = [
    "How many hours a week should my seed experiments get?",
    "I care for a parent; how do I plan around that?",
    "What if my anchor job ends suddenly?",
    "How do I price client work?",
    "What should a quarterly review look at?",
    "Turning expertise into a product or course",
    "Will AI automate part of my work?",
    "I work in government; can I take outside work?",
]


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 of ``samples`` (seconds), in milliseconds."""
    values = np.array(samples) * 1000
    return float(np.percentile(values, 50)), float(np.percentile(values, 95))


def timed(function: Callable[[], Any], repeats: int) -> list[float]:
    """Wall times of ``repeats`` calls."""
    function()  # warm-up
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def corpus_rows(folder: Path, repeats: int) -> list[list[str]]:
    """Ingest the real corpus and time text queries, store vs numpy."""
    from agent.settings import get_settings
    from knowledge.store import open_store

    store = open_store(folder, get_settings().model_dir, progress=False)
    start = time.perf_counter()
    report = store.ingest()
    ingest = time.perf_counter() - start
    embedder = store.embedding.embedder
    rows = store._collection.get(include=["embeddings"])
    matrix = np.asarray(rows["embeddings"], dtype=np.float32)
    queries = iter(QUERIES * (repeats + 2))
    chroma = timed(lambda: store.search(next(queries), k=4), repeats)
    filtered = timed(
        lambda: store.search(next(queries), k=4, roles="seed", contexts="tech"), repeats
    )
    brute = timed(lambda: np.argsort(-(matrix @ embedder.embed([next(queries)])[0]))[:24], repeats)
    size = f"corpus ({report.embedded_chunks} chunks)"
    return [
        [size, "Chroma, text query", f"{ingest:.1f}", *_fmt(chroma)],
        [size, "Chroma, text query + filters", "", *_fmt(filtered)],
        [size, "numpy brute force, text query", "", *_fmt(brute)],
    ]


def synthetic_rows(folder: Path, count: int, repeats: int) -> list[list[str]]:
    """Add ``count`` random unit vectors with card metadata; time vector queries."""
    import chromadb
    from chromadb.config import Settings

    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((count, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    client = chromadb.PersistentClient(str(folder), Settings(anonymized_telemetry=False))
    collection = client.create_collection(
        f"synthetic-{count}", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
    )
    batch = client.get_max_batch_size()
    start = time.perf_counter()
    for first in range(0, count, batch):
        last = min(first + batch, count)
        collection.add(
            ids=[f"c{i}" for i in range(first, last)],
            embeddings=vectors[first:last],
            metadatas=[
                {"card_id": f"card{i // 4}", "role_seed": i % 3 == 0} for i in range(first, last)
            ],
        )
    ingest = time.perf_counter() - start
    queries = iter(rng.standard_normal((repeats * 3 + 3, 384)).astype(np.float32))
    chroma = timed(
        lambda: collection.query(query_embeddings=[next(queries)], n_results=24), repeats
    )
    filtered = timed(
        lambda: collection.query(
            query_embeddings=[next(queries)], n_results=24, where={"role_seed": True}
        ),
        repeats,
    )
    brute = timed(lambda: np.argpartition(-(vectors @ next(queries)), 24)[:24], repeats)
    size = f"{count:,} chunks"
    return [
        [size, "Chroma, vector query", f"{ingest:.1f}", *_fmt(chroma)],
        [size, "Chroma, vector query + filter", "", *_fmt(filtered)],
        [size, "numpy brute force, vector query", "", *_fmt(brute)],
    ]


def _fmt(samples: list[float]) -> list[str]:
    p50, p95 = percentiles(samples)
    return [f"{p50:.2f}", f"{p95:.2f}"]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from agent.settings import quiet_environment

    quiet_environment()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller synthetic sizes")
    args = parser.parse_args(argv)
    sizes = [1_000, 10_000] if args.quick else [10_000, 100_000]
    repeats = 50 if args.quick else 200
    table = [["size", "search", "ingest (s)", "p50 (ms)", "p95 (ms)"]]
    with tempfile.TemporaryDirectory() as tmp:
        table += corpus_rows(Path(tmp) / "corpus", repeats)
        for count in sizes:
            table += synthetic_rows(Path(tmp) / f"s{count}", count, repeats)
    print("| " + " | ".join(table[0]) + " |")
    print("|---|---|---:|---:|---:|")
    for row in table[1:]:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
