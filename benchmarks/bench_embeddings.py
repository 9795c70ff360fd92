"""Embedder speed: model load time and sentences per second at a few batch sizes.

    python -m benchmarks.bench_embeddings [--quick] [--json FILE]

Texts are synthetic paragraphs of about 85 tokens, like card passages. Baseline figures of
other routes (sentence-transformers with torch, Chroma's own ONNX function) are in
``docs/decisions/0001-embeddings.md``: they need packages the product does not install.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import REPO, Row, cli, percentile, summary, timed

_LOAD_CHILD = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from knowledge.embeddings import Embedder
Embedder(Path(sys.argv[1]))
print(json.dumps(time.perf_counter() - start))
"""

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


def measure(quick: bool) -> list[Row]:
    """Model load time (fresh processes) and sentences per second at a few batch sizes."""
    from agent.settings import get_settings
    from knowledge.embeddings import Embedder

    model_dir = get_settings().model_dir
    count, repeats = (32, 2) if quick else (128, 5)
    loads = summary([load_once(model_dir) for _ in range(1 if quick else 5)])
    rows = [Row(area="embeddings", measure="import onnxruntime + tokenizers and load the model, "
                "fresh process", unit="s", median=loads[0], p95=loads[1],
                runs=1 if quick else 5)]  # fmt: skip
    embedder = Embedder(model_dir)
    texts = paragraphs(count)
    embedder.embed(texts[:4])  # warm-up: the first run allocates
    chroma = chroma_rates(model_dir, texts, repeats)
    for size in [32] if quick else [1, 8, 32]:
        embedder.batch_size = size
        rates = [count / t for t in timed(lambda: embedder.embed(texts), repeats, warmup=0)]
        rows.append(
            Row(
                area="embeddings",
                measure=f"sentences/s, ~85 tokens, batches of up to {size}",
                unit="sentences/s",
                median=statistics.median(rates),
                p95=percentile(rates, 5),
                runs=repeats,
                baseline="Chroma ONNXMiniLM_L6_V2, same model file, batch 32",
                baseline_median=statistics.median(chroma),
                baseline_p95=percentile(chroma, 5),
                note="for a rate the p95 column is the slow tail (5th percentile)",
            )
        )
    short = [text[:60] for text in texts]
    queries = iter(short * (repeats * 20 + 2))
    query = summary(timed(lambda: embedder.embed([next(queries)]), repeats * 20), 1000)
    rows.append(Row(area="embeddings", measure="one short query", unit="ms", median=query[0],
                    p95=query[1], runs=repeats * 20))  # fmt: skip
    return rows


def chroma_rates(model_dir: Path, texts: list[str], repeats: int) -> list[float]:
    """Sentences/s of Chroma's own ONNX embedding function (it pads every text to 256
    tokens) on the same model file, pointed at a local folder so it never downloads."""
    from chromadb.utils.embedding_functions import ONNXMiniLM_L6_V2

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "onnx"
        folder.mkdir()
        for name in ("model.onnx", "tokenizer.json"):
            (folder / name).symlink_to(Path(model_dir).resolve() / name)
        for name in (
            "config.json",
            "special_tokens_map.json",
            "tokenizer_config.json",
            "vocab.txt",
        ):
            (folder / name).write_text("{}")
        function = ONNXMiniLM_L6_V2(preferred_providers=["CPUExecutionProvider"])
        function.DOWNLOAD_PATH = Path(tmp)
        return [len(texts) / t for t in timed(lambda: function(texts), repeats)]


def load_once(model_dir: Path) -> float:
    """Seconds for a fresh interpreter to import the embedder and load the model."""
    out = subprocess.run([sys.executable, "-c", _LOAD_CHILD, str(model_dir)], cwd=REPO,
                         capture_output=True, text=True, check=True)  # fmt: skip
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
