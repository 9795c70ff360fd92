"""CV audit: a 3-page PDF and a DOCX read, cleaned and matched, warm and cold.

    python -m benchmarks.bench_cv [--quick] [--json FILE]

The files are the generated evaluation CVs (``evals/cv/fixtures.py``). Warm: repeated audits in
one process, as an upload runs them: with the local sentence model when it is installed, its
taxonomy prototypes embedded once before (the web app's warm-up), and the parser child forked
from a warm fork server. Beside the wall time, each warm row notes figures that do not depend
on other work on the machine: the texts embedded per audit and the CPU time of the auditing
process (the parser child's is not included). Cold: the first audit in a fresh interpreter,
imports included, without the model, timed inside the child. Baseline: plain text extraction
with pypdf / python-docx in-process, no child process and no skill matching.
Target: <= 0.5 s warm.
"""

from __future__ import annotations

import io
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from functools import partial
from typing import Any

from benchmarks.common import REPO, Row, cli, judge, summary, timed

FILES = {"pdf": "marketing-manager_3-pages.pdf", "docx": "lawyer_template.docx"}
TARGET_MS = 500.0
_COLD_CHILD = """
import json, sys, time
from evals.cv.fixtures import fixture
data = fixture(sys.argv[1]).build()
start = time.perf_counter()
from knowledge.cv import audit_cv
audit_cv(data, sys.argv[1])
print(json.dumps(time.perf_counter() - start))
"""


def plain_extract(kind: str, data: bytes) -> str:
    """The baseline: text straight from the parser library."""
    if kind == "pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    from docx import Document

    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def cold_once(name: str) -> float:
    """Seconds for a fresh interpreter to import the CV reader and audit ``name`` once."""
    out = subprocess.run(
        [sys.executable, "-c", _COLD_CHILD, name],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


class CountingEmbedder:
    """The local model, counting the texts an audit embeds."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.texts = 0

    def embed(self, texts: Sequence[str]) -> Any:
        """The model's vectors; counts the texts."""
        self.texts += len(texts)
        return self.inner.embed(texts)


def local_embedder() -> CountingEmbedder | None:
    """The installed local model with the taxonomy embedded (None when it is not installed)."""
    from evals.cv_eval import load_local_embedder
    from knowledge.cv import warm_up

    model = load_local_embedder()
    if model is None:
        return None
    embedder = CountingEmbedder(model)
    warm_up(embedder)
    return embedder


def warm_note(
    audit: Any, embedder: CountingEmbedder | None, repeats: int
) -> tuple[str, dict[str, Any]]:
    """Texts embedded per audit and the auditing process's CPU time, over ``repeats`` audits."""
    before = embedder.texts if embedder else 0
    cpu = []
    for _ in range(repeats):
        start = time.process_time()
        audit()
        cpu.append((time.process_time() - start) * 1000)
    texts = ((embedder.texts - before) / repeats) if embedder else 0.0
    mode = "local model" if embedder else "aliases only (no model installed)"
    extra = {"texts_embedded": texts, "cpu_ms_median": statistics.median(cpu), "mode": mode}
    note = (
        f"{mode}; {texts:g} text(s) embedded per audit; CPU of the auditing process "
        f"{statistics.median(cpu):.0f} ms median (the parser child's not included)"
    )
    return note, extra


def measure(quick: bool) -> list[Row]:
    """Warm and cold audit times per file type, beside plain extraction."""
    from evals.cv.fixtures import fixture
    from knowledge.cv import audit_cv

    repeats, cold_repeats = (3, 1) if quick else (20, 5)
    embedder = local_embedder()
    rows = []
    for kind, name in FILES.items():
        data = fixture(name).build()
        audit = partial(audit_cv, data, name, embedder=embedder)
        base = summary(timed(partial(plain_extract, kind, data), repeats), 1000)
        warm = summary(timed(audit, repeats), 1000)
        note, extra = warm_note(audit, embedder, repeats)
        cold = summary([cold_once(name) for _ in range(cold_repeats)], 1000)
        rows.append(
            Row(
                area="CV audit",
                measure=f"{kind}, warm ({name})",
                unit="ms",
                median=warm[0],
                p95=warm[1],
                runs=repeats,
                baseline=f"plain {'pypdf' if kind == 'pdf' else 'python-docx'} text",
                baseline_median=base[0],
                baseline_p95=base[1],
                target=f"<= {TARGET_MS:.0f} ms",
                status=judge(warm[1], TARGET_MS),
                note=note,
                extra=extra,
            )
        )
        rows.append(
            Row(
                area="CV audit",
                measure=f"{kind}, cold, imports included ({name})",
                unit="ms",
                median=cold[0],
                p95=cold[1],
                runs=cold_repeats,
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    return cli(measure, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
