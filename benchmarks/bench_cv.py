"""CV audit: a 3-page PDF and a DOCX read, cleaned and matched, warm and cold.

    python -m benchmarks.bench_cv [--quick] [--json FILE]

The files are the generated evaluation CVs (``evals/cv/fixtures.py``). Warm: repeated audits in
one process (the parser child is forked from a warm fork server). Cold: the first audit in a
fresh interpreter, imports included, timed inside the child. Baseline: plain text extraction
with pypdf / python-docx in-process, no child process and no skill matching.
Target: <= 0.5 s warm.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from functools import partial

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


def measure(quick: bool) -> list[Row]:
    """Warm and cold audit times per file type, beside plain extraction."""
    from evals.cv.fixtures import fixture
    from knowledge.cv import audit_cv

    repeats, cold_repeats = (3, 1) if quick else (20, 5)
    rows = []
    for kind, name in FILES.items():
        data = fixture(name).build()
        base = summary(timed(partial(plain_extract, kind, data), repeats), 1000)
        warm = summary(timed(partial(audit_cv, data, name), repeats), 1000)
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
