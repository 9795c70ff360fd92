"""The text of ``docs/performance.md``: the machine, every figure, and what explains a miss."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from benchmarks.common import Row, fmt

#: What explains a figure near or over its target, and what was done, by area.
ACTIONS: dict[str, str] = {
    "cold start": (
        "Both processes pay for importing Gradio. The web app's other large import, the "
        "session facade with LangChain, and the guidance store's warm-up (which embeds the "
        "corpus on a fresh data folder) now start in the background once the page is served "
        "(`agent/commands/ui.py`, `ui/app.py`). Before, they ran first and the page took "
        "about 8 s on a fresh data folder: on two cores the embedding competed with Gradio's "
        "start-up. The profile shows the phases in one process."
    ),
    "memory": (
        "The profile is the process's high-water mark after each step that raised it. The "
        "largest step is the first guidance search of a fresh data folder, which loads the "
        "embedding model and Chroma and embeds the corpus. Before this was measured, batches of "
        "32 passages padded to 256 tokens made onnxruntime hold attention buffers of several "
        "hundred MB, and the session's peak passed 1.2 GB. The embedder now sorts texts by "
        "length and caps each model call at 512 padded tokens (`knowledge/embeddings.py`): "
        "embedding the corpus adds about 25 MB instead of about 800 MB, runs several times "
        "faster, and gives vectors identical to embedding one text at a time."
    ),
    "turn overhead": (
        "The profile lists the slowest turns and the tools they called. A turn that searches "
        "the guidance pays for embedding the query (5-10 ms on two busy cores); the first PDF "
        "export of a process imports the renderer, and each session's first PDF renders it "
        "(about 35 ms); the turn that records ten time blocks and five loops runs 16 rounds "
        "of the agent loop. Before this was measured, each new session opened its own "
        "guidance store on its first search (100-500 ms); the store is now opened once per "
        "process and shared by its sessions (`agent/guidance.py`): a new session's first "
        "search takes about 4 ms. At a p95 of 49.8 ms the turn was profiled again. Every "
        "SQLite commit flushed the disk (about 7 ms here), so the blocks turn paid 16 "
        "flushes, one per tool call and one for its messages: a turn's commits now reach the "
        "disk together, once, before its final event (`agent/store.py`, `flush_at_end`; each "
        "is still committed, and kept by a killed process, as its tool returns). Each export "
        "re-rendered the plan: the latest render of each format is kept per session, so the "
        "second PDF of the reboot costs a file write. A session's first turn generated the 22 "
        "operation tools' JSON schemas (about 18 ms): they are made once per process "
        "(`agent/tools/core.py`). Every model round re-estimated and re-shortened the whole "
        "history (about 1 ms at 170 messages, 16 times in the blocks turn): the loop "
        "remembers each message's cost (`agent/history.py`). Each operation ran the draft "
        "rules four times: now once, reusing the findings of the plan it starts from "
        "(`agent/plan/engine.py`). PDFs render with reportlab's C accelerator (the same "
        "bytes, about 10 % faster). Utterance readings, outcomes and exports are unchanged. "
        "The reading layer runs inside the guided interviewer, whose time this measure "
        "excludes."
        " 2026-12-06, on this 2-core EPYC while other work kept its load average at 8-13 (so "
        "turns were compared by CPU time, the start-of-day code and this one run alternately,"
        " medians of repeats): the overhead's p95 moved little: in two alternating pairs once"
        " the load average was near 2, its CPU was 71.3 and 71.7 ms before, 67.7 and 68.9 ms "
        "after, its wall time 72.8 and 71.5 ms before, 70.9 and 66.9 ms after (at load 8-13 "
        "the CPU p95 was 72-79 ms before and 74-80 ms after); two kinds of turn, five of each"
        " in the 200, stay above 50 ms. The blocks turn costs about 75 ms of CPU besides the "
        "interviewer, spread over its 16 rounds: per round about 1 ms around the model call "
        "(shortening the history 0.25 ms, the prompt 0.2 ms, LangChain's own bookkeeping 0.55"
        " ms), 1.5 ms for the tool call (LangChain's tool wrapper 0.55 ms, applying and "
        "committing the operation 0.6 ms) and about 2.5 ms in LangGraph's step machinery "
        "(handing the step to a worker thread, callbacks, merging the messages); no part is "
        "large, and streaming only state updates (no worker threads) did not lower it. Each "
        "session's first PDF is reportlab laying the plan out, about 65 ms of CPU (paragraph "
        "parsing and line breaking, tables, compression; the plan's own figures take under 1 "
        "ms). What changed: each export renderer loads its library on its first call "
        "(`agent/plan/exports/__init__.py`), so a process's first PDF no longer imports "
        "icalendar (its first PDF turn about 40 ms of CPU less; its first calendar turn pays "
        "that import, about 35 ms), and the forecast simulation draws the same numbers for "
        "about 30 % less CPU (24 ms instead of 34 ms for four streams and 400 paths; it is "
        "remembered per streams' figures, so a process pays it once per plan). The largest "
        "single turn, once per process, is the first `find_skill_edges`, which loads the "
        "skill taxonomy (its YAML and 573 patterns): it is now read with libyaml's safe "
        "loader where installed (`knowledge/cv/taxonomy.py`, the same data), which takes the "
        "load from about 700 to 445 ms of CPU (that turn of the benchmark from about 850 to "
        "600 ms of CPU; the process's first PDF turn went from about 250 to 213 ms). Left: at"
        " 50 ms the blocks turn needs fewer framework steps per operation, and the PDF a "
        "cheaper layout."
    ),
    "exports": (
        "A cold export is mostly imports. `agent.plan.exports` imported all three renderers, "
        "so every cold export, JSON and Markdown included, loaded reportlab (about 115 ms of "
        "CPU, most of it compiling one of its regular expressions) and icalendar. 2026-12-06:"
        " each renderer and its library load on its first call "
        "(`agent/plan/exports/__init__.py`). Measured as the benchmark's cold child, the "
        "start-of-day code and this one run alternately, CPU medians of two sets of 5 and 3 "
        "runs (the machine's load average of 8-13 made wall times 2 to 10 times the CPU): ICS"
        " 407 and 421 ms before, 264 and 278 ms after; Markdown 418 and 422, then 235 and "
        "260; JSON 399 and 433, then 221 and 236; PDF 549 and 588, then 538 and 537. The "
        "PDF's cold time is the plan package with its pydantic models (about 110 ms), "
        "reportlab (115 ms), registering the DejaVu fonts (45 ms: reportlab reads the font "
        "files in Python) and a first render of about 110 ms (70 warm: the forecast "
        "simulation, now about 30 % cheaper, and reportlab's first-use set-up). Once the "
        "machine was quieter (load average near 2), two sets of 5 alternating runs gave wall "
        "medians of PDF 528 and 510 ms before, 479 and 476 ms after (the slowest of five 590 "
        "before, 482 after), ICS 381 and 367, then 242 and 235, Markdown 380, then 216, JSON "
        "377, then 207; wall and CPU then differ by a few ms. Left: the PDF's cold time stays"
        " within about 25 ms of its target; importing `agent.plan` loads the whole core "
        "(operations, review, the explorer: about 45 ms of the PDF's CPU), which a lazily "
        "loading package would save, but names such as `forecast` are both a function and a "
        "module of that package."
    ),
    "page turn": (
        "Timed in headless Chromium: the clock starts when the message is sent and stops when "
        "Gradio marks no output of the event as running and the reply is in the chat (the "
        "plan panel arrives with the same update). Before this was measured, every streamed "
        "piece of a reply re-sent the whole plan panel (its HTML, charts and a fresh 400-path "
        "forecast simulation), dimmed it, and redrew the chat: the same benchmark gave a "
        "median of 310 ms and a p95 of 946 ms beside the echo chat's 174 and 739 ms (load "
        "average 13 on 2 cores). The page now shows the message at once, sends streamed "
        "pieces at most every 0.1 s and an unchanged chat not at all, and sends the panel "
        "once, at the end of a turn, only when the plan changed (`ui/actions.py`, "
        "`ui/app.py`); the forecast's simulation is remembered per streams' figures "
        "(`agent/plan/forecast.py`), so the panel of a whole plan renders in about 1 ms "
        "instead of 16 ms. What remains is Gradio's round trip, which the echo chat pays too, "
        "the chat's redraw, which grows with the conversation, and the turn itself: the "
        "slowest are downloads asked for in the chat."
    ),
    "retrieval": (
        "The profile shows the query embedding (onnxruntime) as nearly all of a search's time. "
        "Before this was measured, the filtered search made one or two Chroma queries (about "
        "10 ms of the 18.8 ms p95). The store now keeps an exact in-memory copy of its "
        "vectors and searches it with numpy, filters being boolean masks cached per filter "
        "(`knowledge/dense.py`), which takes the store's share of a search to about 0.3 ms and "
        "raised recall@3 on the project's question set from 0.97 to 0.98 (exact rather than "
        "approximate neighbours). Recent query vectors are remembered, which the guided "
        "interviewer's repeated searches benefit from; the benchmark's queries are never "
        "repeated, so its figures are for a query the store has not seen. What remains varies "
        "with other work on the machine: the p95 of a 5-10 ms embedding on two shared cores."
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
        return "## Profiles, misses and what was done\n\nNo target was missed in this run.\n"
    lines = ["## Profiles, misses and what was done\n"]
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
