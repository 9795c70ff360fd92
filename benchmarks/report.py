"""The text of ``docs/performance.md``: the machine, every figure, and what explains a miss."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from benchmarks.common import Row, fmt

#: What was found and done, by area, for figures that missed or nearly missed a target.
ACTIONS: dict[str, str] = {
    "memory": (
        "The stage-by-stage profile showed the peak arriving while the guidance corpus was "
        "embedded on the first search: onnxruntime keeps the largest buffers it has needed, and "
        "batches of 32 passages padded to 256 tokens need attention buffers of several hundred "
        "MB. The embedder now sorts texts by length and caps each model call at 2,048 padded "
        "tokens (`knowledge/embeddings.py`), which took the ingest's peak from about 1.0 GB to "
        "about 0.4 GB and made it several times faster, with vectors identical to embedding one "
        "text at a time."
    ),
    "turn overhead": (
        "The slowest turns are the ones that search the guidance: the first search of a "
        "process opens the store (model and Chroma client), and each search embeds the query "
        "and queries Chroma. The profile lists the slowest turns with the tools they called."
    ),
    "retrieval": (
        "Search time is the query embedding (about 5 ms) plus one Chroma query, plus a second "
        "query when a card is found by its asks alone. On a machine shared with other work the "
        "p95 moves by several milliseconds from run to run; see the profile."
    ),
}

INTRO = """\
# Performance

Measured by `make bench` (`python -m benchmarks.run`); this file is written by that command.
Every figure is the median and the 95th percentile over repeated runs (the `runs` column),
and its baseline was measured in the same run, on the same machine, alternating with it where
start-up matters. For rates (records/s, sentences/s) the p95 column is the slow tail (the 5th
percentile). `--quick` runs use small sizes and few repeats, for checking that the scripts
work; only a full run gives figures worth comparing.
"""


def render(rows: Sequence[Row], context: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    parts = [INTRO, _machine(context), _targets(rows), _all(rows), _notes(rows), _misses(rows)]
    parts.append(_durations(context))
    return "\n".join(p for p in parts if p).rstrip() + "\n"


def _machine(context: dict[str, Any]) -> str:
    info = context["machine"]
    load = context["load"]
    mode = "quick (small sizes)" if context["quick"] else "full"
    return (
        "## Machine\n\n| | |\n|---|---|\n"
        f"| CPU | {info['cpu']} |\n| cores | {info['cores']} |\n| memory | {info['memory']} |\n"
        f"| Python | {info['python']} |\n| system | {info['system']} |\n"
        f"| run | {context['started']}, {mode} |\n"
        f"| load average (1/5/15 min) at start; at end | {load[0]}; {load[-1]} |\n"
    )


def _targets(rows: Sequence[Row]) -> str:
    lines = ["## Targets\n", "| area | measure | p95 | target | result |", "|---|---|---:|---|---|"]
    for row in rows:
        if row.target or row.status == "failed":
            lines.append(f"| {row.area} | {row.measure} | {fmt(row.p95)} {row.unit} | "
                         f"{row.target} | **{row.status}** |")  # fmt: skip
    return "\n".join(lines) + "\n"


def _all(rows: Sequence[Row]) -> str:
    lines = [
        "## All figures\n",
        "| area | measure | median | p95 | runs | baseline | baseline median | baseline p95 |",
        "|---|---|---:|---:|---:|---|---:|---:|",
    ]
    for row in rows:
        mark = f" [{_note_number(rows, row)}]" if row.note else ""
        lines.append(
            f"| {row.area} | {row.measure}{mark} | {fmt(row.median)} {row.unit} | "
            f"{fmt(row.p95)} {row.unit} | {row.runs} | {row.baseline} | "
            f"{fmt(row.baseline_median) if row.baseline else ''} | "
            f"{fmt(row.baseline_p95) if row.baseline else ''} |"
        )
    return "\n".join(lines) + "\n"


def _note_number(rows: Sequence[Row], row: Row) -> int:
    return [r for r in rows if r.note].index(row) + 1


def _notes(rows: Sequence[Row]) -> str:
    noted = [r for r in rows if r.note]
    if not noted:
        return ""
    lines = ["Notes:\n"]
    lines += [f"{i}. {r.measure}: {r.note}" for i, r in enumerate(noted, start=1)]
    return "\n".join(lines) + "\n"


def _misses(rows: Sequence[Row]) -> str:
    explained = [r for r in rows if r.status in ("missed", "failed") or r.profile]
    if not explained:
        return "## Missed targets\n\nNone in this run.\n"
    lines = ["## Missed targets and profiles\n"]
    for row in explained:
        lines.append(f"### {row.area}: {row.measure} ({row.status or 'profile'})\n")
        if row.area in ACTIONS:
            lines.append(ACTIONS[row.area] + "\n")
        if row.profile:
            lines.append("```\n" + row.profile.rstrip() + "\n```\n")
    return "\n".join(lines)


def _durations(context: dict[str, Any]) -> str:
    spent = context["durations"]
    listed = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in spent.items())
    return f"## Time taken by each benchmark\n\n{listed}.\n" if spent else ""
