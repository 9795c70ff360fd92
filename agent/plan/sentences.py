"""Plan facts said as sentences, shared by the chat, the panel and the exports."""

from __future__ import annotations

import calendar

from agent.plan.models import FeedbackLoop, Plan


def one_line(text: str) -> str:
    """Text with every control character (CR, LF, tab ...) turned into a space."""
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()


def loop_sentence(plan: Plan, loop: FeedbackLoop) -> str:
    """A feedback loop as one sentence: 'Clinic teaches Course: what patients ask most.'"""
    names = {s.id: s.name for s in plan.streams}
    source = names.get(loop.from_stream, loop.from_stream)
    target = names.get(loop.to_stream, loop.to_stream)
    return relation_sentence(source, loop.kind, target, loop.note)


def relation_sentence(source: str, kind: str, target: str, note: str) -> str:
    """'Source kind Target: note.' The note says what flows; a note written before notes
    stopped naming the target ('... feeds Target') loses that tail instead of saying it twice."""
    what = one_line(note).rstrip(" .")
    tail = f" feeds {target}"
    if what.casefold().endswith(tail.casefold()):
        what = what[: -len(tail)].rstrip()
    head = f"{one_line(source)} {kind} {one_line(target)}"
    return f"{head}: {what}." if what else f"{head}."


def short_month(label: str) -> str:
    """'2027-03' as 'Mar 27'; any other text is kept (cut to 8 characters)."""
    year, _, month = label.partition("-")
    if len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{calendar.month_abbr[int(month)]} {year[2:]}"
    return label[:8]
