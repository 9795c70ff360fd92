"""A correction that names no figure ("actually make that 2,100 a month", one question after
the spending was answered) refers to the last figure the person gave: it is read again as the
answer to the question that figure answered, and becomes a change of that field, with the
period it says. A correction that names another figure ("actually my savings are 9k") keeps
its own reading.

Pure (no LangChain): the reader is the plain ``(message, view, ask) -> [Reading]`` function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from agent.interviewer import names
from agent.interviewer.reading import asks
from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

#: The field each figure question records.
FIELD_OF = {
    "capacity": "capacity.hours_per_week",
    "buffer": "capacity.cash_buffer",
    "spending": "capacity.monthly_spending",
    "act:hours": "activity.hours_per_week",
    "act:revenue": "activity.annual_revenue",
}


def last_asks(settled: Sequence[Sequence[Any]]) -> list[str]:
    """The figure questions of the most recent settled answer that gave one, the last first."""
    for ids, *_ in reversed(settled):
        figures = [str(q) for q in reversed(ids) if asks.kind(str(q)) in FIELD_OF]
        if figures:
            return figures
    return []


#: Words that name a figure of the person's own ("my savings", "we spend", "in total").
_FIELD_WORDS = {
    "capacity.cash_buffer": r"sav(?:e|ed|ings?)|buffer|put (?:by|away|aside)|cushion|nest egg",
    "capacity.monthly_spending": r"spend(?:ing)?|spent|outgoings|bills|costs?|expenses|rent",
    "capacity.hours_per_week": r"capacity|in total|total|overall|max(?:imum)?|tops|all in",
    "capacity.buffer_months": r"months?",
}


def _names_figure(readings: list[Reading], text: str) -> bool:
    """True when the text names what a figure it gives is for: the work whose figure it is,
    or words of the person's own figure ("my savings")."""
    for r in readings:
        if not (r.act in {"fact", "change"} and isinstance(r.value, float | int)):
            continue
        words = _FIELD_WORDS.get(str(r.field))
        if words and re.search(rf"\b(?:{words})\b", text, re.I):
            return True
        if r.subject and names.mentioned(str(r.subject), text):
            return True
    return False


#: Words that refer back to a figure already given ("make it", "I meant", "not 1,900").
_REFERS_BACK = re.compile(
    r"\b(?:make (?:it|that)|change (?:it|that)|i meant|correction|instead|rather|"
    r"not\s+[£$€]?\d)",
    re.I,
)


def _answers(readings: list[Reading], ask: str) -> bool:
    """True when the readings give the open question's own figure (its answer)."""
    field = FIELD_OF.get(asks.kind(ask))
    return field is not None and any(
        r.field == field and r.confident and r.act in {"fact", "change"} for r in readings
    )


def _read_already(r: Reading, readings: list[Reading]) -> bool:
    """True when ``readings`` give the same field of the same subject, surely."""
    return any(
        o.field == r.field and o.confident and o.act in {"fact", "change"}
        and (o.subject or "").casefold() == (r.subject or "").casefold()
        for o in readings
    )  # fmt: skip


def of_last_figure(
    readings: list[Reading], reader: Reader, text: str, view: PlanView,
    settled: Sequence[Sequence[Any]], ask: str = "",
) -> tuple[str, list[Reading]] | None:  # fmt: skip
    """The readings of a correction: when the text names no figure's owner (the open
    question's own figure is not named by being asked) and no recorded work, the text read
    as the answer to the last figure question settled, as plain facts of that question's
    field (its subject kept), so that a figure already given is asked back before it is
    overwritten, with that question's id (the question they are heard at); else ``None``."""
    if _names_figure(readings, text) or any(names.mentioned(a, text) for a in view.activities):
        return None
    if _answers(readings, ask) and not _REFERS_BACK.search(text):
        return None  # "sorry, about 2k a month" at the income question: an answer to it
    for qid in [*last_asks(settled), *_last_of_kind(readings, settled, ask)]:
        field = FIELD_OF[asks.kind(qid)]
        subject = asks.work(qid)
        again = [r for r in reader(text, view, qid) if r.act in {"fact", "change"}]
        own = [
            r for r in again
            if r.field == field
            and (not subject or names.same(str(r.subject or subject), subject))
        ]  # fmt: skip
        if own and len(own) == len(again):
            if all(_read_already(r, readings) for r in own):
                return None  # the open question's reading already says whose figure it is
            return qid, [Reading(**{**r.__dict__, "act": "fact", "subject": r.subject or subject
                                     or None}) for r in own]  # fmt: skip
    return None


def _last_of_kind(readings: list[Reading], settled: Sequence[Sequence[Any]], ask: str) -> list[str]:
    """The last question settled for the kind of figure a correction gives, when the work the
    open question is about has no such figure to correct: "oh wait, I got the salary wrong,
    it's £36,500" while the hours of work with no income yet are asked corrects the income
    given before, of other work."""
    work = asks.work(ask)
    kinds = {k for k, f in FIELD_OF.items() if k.startswith("act:")
             and any(r.field == f and r.act in {"fact", "change"} for r in readings)}  # fmt: skip
    done = [str(q) for ids, *_ in settled for q in ids]
    if not work or any(f"{k}:{work}" in done for k in kinds):
        return []
    return [q for q in reversed(done) if asks.kind(q) in kinds][:1]
