"""Embedder speed: model load time and sentences per second at a few batch sizes.

    python benchmarks/bench_embeddings.py [--quick] [--model-dir DIR]

Prints a Markdown table. Texts are synthetic paragraphs of about 85 tokens, like card passages.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

WORDS = [
    "anchor",
    "client",
    "leverage",
    "seed",
    "stream",
    "portfolio",
    "quarter",
    "review",
    "income",
    "hours",
    "week",
    "block",
    "skill",
    "audit",
    "feedback",
    "loop",
    "risk",
    "capacity",
    "rest",
    "contract",
    "product",
    "course",
    "newsletter",
    "pilot",
    "experiment",
    "salary",
    "invoice",
    "reputation",
    "network",
    "judgment",
    "automation",
    "caregiving",
    "government",
]


def paragraphs(count: int, words: int = 70, seed: int = 7) -> list[str]:
    """Deterministic pseudo-sentences of ``words`` words each."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(words)) + "." for _ in range(count)]


def measure(model_dir: Path, count: int, batch_sizes: list[int]) -> list[tuple[str, str]]:
    """Rows of (measure, value)."""
    start = time.perf_counter()
    from knowledge.embeddings import Embedder

    imported = time.perf_counter() - start
    start = time.perf_counter()
    embedder = Embedder(model_dir)
    loaded = time.perf_counter() - start
    rows = [("import (s)", f"{imported:.2f}"), ("load model (s)", f"{loaded:.2f}")]
    texts = paragraphs(count)
    embedder.embed(texts[:4])  # warm-up: first run allocates
    for size in batch_sizes:
        embedder.batch_size = size
        start = time.perf_counter()
        embedder.embed(texts)
        rate = count / (time.perf_counter() - start)
        rows.append((f"sentences/s, batch {size} ({count} texts)", f"{rate:.1f}"))
    start = time.perf_counter()
    for text in texts[:50]:
        embedder.embed([text[:60]])
    rows.append(("short query, ms each", f"{(time.perf_counter() - start) / 50 * 1000:.1f}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from agent.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer texts")
    parser.add_argument("--model-dir", type=Path, default=get_settings().model_dir)
    args = parser.parse_args(argv)
    count = 64 if args.quick else 256
    rows = measure(args.model_dir, count, [1, 8, 32] if not args.quick else [32])
    print("| measure | value |\n|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
