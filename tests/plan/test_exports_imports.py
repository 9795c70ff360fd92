"""Each export loads only its own library: a calendar never imports the PDF renderer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHILD = """
import datetime as dt, json, sys
from agent.plan.exports import to_ics, to_markdown, to_pdf
from agent.plan.models import Plan, Stream
plan = Plan(streams=[Stream(id="bakery", name="Bakery shifts", role="anchor", target_hours=20,
                            target_income_share=100)])
render = {"ics": lambda p: to_ics(p, today=dt.date(2027, 3, 1)), "markdown": to_markdown,
          "pdf": to_pdf}[sys.argv[1]]
out = render(plan)
print(json.dumps({"size": len(out), "modules": sorted(m for m in sys.modules
                  if m.split(".")[0] in ("reportlab", "icalendar"))}))
"""


def _loaded(fmt: str) -> tuple[int, set[str]]:
    done = subprocess.run([sys.executable, "-c", CHILD, fmt], cwd=REPO, capture_output=True,
                          text=True, check=True)  # fmt: skip
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return found["size"], {m.split(".")[0] for m in found["modules"]}


@pytest.mark.parametrize(
    ("fmt", "wanted", "unwanted"),
    [("ics", "icalendar", "reportlab"), ("pdf", "reportlab", "icalendar"),
     ("markdown", None, "reportlab")],
)  # fmt: skip
def test_an_export_imports_its_own_library_only(fmt: str, wanted: str | None,
                                                unwanted: str) -> None:  # fmt: skip
    size, libraries = _loaded(fmt)
    assert size > 0
    assert unwanted not in libraries
    if wanted:
        assert wanted in libraries
    else:
        assert not libraries
