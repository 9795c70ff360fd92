"""Facts and changes read from a message, turned into the tool calls that record them (pure).

Whatever question is open, each ``fact`` or ``change`` reading goes to its own field: capacity
and the money that carries a gap (``set_capacity``), the context, activities and their fields
(``record_activity``, ``update_activity``), skills and the core skill. Precision first:

- a figure already given that a plain ``fact`` would overwrite is asked back as the plain
  question for it ("You said 45 h a week earlier, and now 40 h a week: how many hours a week
  can you really give ...?"), never overwritten silently; a ``change`` (the person revises it on
  purpose) is made and said;
- a reading below the confidence threshold is not stored: when its question is still open it
  is left for that question (asked plainly in its turn), when it would change a figure already
  given it is asked back the same way; a name said bare among many works at the audit's
  question (:mod:`~agent.interviewer.reading.crowded`) is offered by the audit's question,
  which stays open, and a yes records it;
- a figure whose subject cannot be told (two activities, none named) is not recorded: it is
  asked about;
- facts that need another first wait in ``held``: savings or constraints before the weekly
  hours (the capacity cannot be recorded without them), months of savings before the monthly
  spending they are counted in.
"""

from __future__ import annotations

from typing import Any

from agent.interviewer import waiting
from agent.interviewer.parse import fmt_number
from agent.interviewer.reading import asks, crowded
from agent.interviewer.reading.types import Reading
from agent.interviewer.record_activity import activity_field, activity_name, finish_activities
from agent.interviewer.record_common import (
    ACTIVITY,
    CAPACITY,
    LABEL,
    NUMERIC,
    WHAT,
    Ask,
    Recorded,
    Work,
)
from agent.interviewer.record_person import capacity, context, core, finish_capacity, skill
from agent.plan.models import Plan


def record(
    readings: list[Reading], plan: Plan, ask: str, settled: set[str],
    held: list[dict[str, Any]] | None = None,
) -> Recorded:  # fmt: skip
    """The tool calls, settled questions, notes and questions back for these readings.

    ``held`` are facts an earlier message gave that waited for another (see the module).
    """
    work = Work(plan, ask, settled)
    pending = [_from_held(h) for h in held or []]
    facts = [r for r in readings if r.act in {"fact", "change"} and r.field]
    for reading in [*pending, *facts]:
        if reading.confident:
            _one(reading, work)
    finish_capacity(work)
    work.figured = [str(r.subject) for r in facts if not r.confident and r.subject
                    and str(r.field) in ACTIVITY]  # fmt: skip
    finish_activities(work)
    _ask_back([r for r in facts if not r.confident], work)
    _mark_told(work)
    said = waiting.heard([h for h in work.out.held if h not in (held or [])])
    work.out.notes += [said] if said else []
    return work.out


def _mark_told(work: Work) -> None:
    """The calls that make a change already said aloud, with the arguments said
    (``told``): the reply lists as recorded only what was not said. A capacity call's also
    hold the figures it only repeats from the plan."""
    for c in work.out.calls:
        name = str(c["args"].get("name", ""))
        keys = {k for tool, said, k in work.said if tool == c["name"] and said == name}
        if not keys:
            continue
        if c["name"] == "set_capacity" and work.plan.capacity is not None:
            was = work.plan.capacity.model_dump()
            keys |= {k for k, v in c["args"].items() if was.get(k) == v}
        work.out.told.append([c["name"], name, sorted(keys)])


def _one(reading: Reading, work: Work) -> None:
    fld = str(reading.field)
    if fld in CAPACITY or fld == "capacity.buffer_months":
        capacity(reading, work)
    elif fld == "context":
        context(reading, work)
    elif fld in {"activity", "activity.name"}:
        activity_name(reading, work)
    elif fld in ACTIVITY:
        activity_field(reading, work)
    elif fld in {"skill", "skill.excites", "skill.under_used"}:
        skill(reading, work)
    elif fld == "core_skill":
        core(reading, work)


# --- asked back --------------------------------------------------------------------------


def _ask_back(unsure: list[Reading], work: Work) -> None:
    """Readings below the confidence threshold are never stored as read. One whose question is
    still open is left for that question, asked plainly in its turn (a note says so); one that
    would change a figure already given is asked back with the plain question for that figure,
    all in one message: the answer gives the figure, a yes records what was read."""
    recorded = [c["args"]["name"] for c in work.out.calls if c["name"] == "record_activity"]
    left: list[str] = []
    doubts: list[str] = []
    offered: list[str] = []
    answers: list[tuple[Reading, Work]] = []
    for reading in unsure:
        probe = Work(work.plan, work.ask, work.settled, coming=recorded)
        _one(Reading(**{**reading.__dict__, "confidence": 1.0}), probe)
        finish_capacity(probe)
        finish_activities(probe)
        work.out.unplaced += probe.out.unplaced
        work.out.asks += probe.out.asks
        # an activity named in passing is offered by the audit's question, a yes records it
        work.out.later += [n for n in probe.out.later if n not in work.out.later]
        if _crowded_name(reading, work) and probe.out.calls:
            offered.append(str(reading.value))
        elif probe.out.calls or probe.out.held:
            left.append(_reading_text(reading))
            doubts.append(_doubt(reading))
            if (
                probe.out.calls
                and not probe.out.asks
                and not _doubt(reading)
                and _answers(reading, work.ask)
            ):
                answers.append((reading, probe))
    _offer_names(offered, work)
    if len(left) == 1 and len(answers) == 1:
        work.out.asks.append(_confirm_answer(answers[0], left[0], work.ask))
    elif left:
        work.out.doubted = True
        asked = "; ".join(d for d in dict.fromkeys(doubts) if d)
        asked = f" ({asked})" if asked else ""
        work.out.notes.append(f"I wasn't sure I read {' or '.join(dict.fromkeys(left))} right"
                              f"{asked}, so I left it out; I'll ask about it.")  # fmt: skip


#: The figure each open question asks for: a doubted reading of it is asked back as such.
_ASKED_FIGURE = {
    "capacity": {"capacity.hours_per_week"},
    "buffer": {"capacity.cash_buffer", "capacity.buffer_months"},
    "spending": {"capacity.monthly_spending"},
    "act:hours": {"activity.hours_per_week"},
    "act:revenue": {"activity.annual_revenue"},
}


def _answers(reading: Reading, ask: str) -> bool:
    """True when ``reading`` is a figure for what question ``ask`` asks (of its own work)."""
    if reading.act != "fact" or reading.field not in _ASKED_FIGURE.get(asks.kind(ask), set()):
        return False
    return not asks.work(ask) or str(reading.subject or "").casefold() == asks.work(ask).casefold()


def _confirm_answer(answer: tuple[Reading, Work], said: str, ask: str) -> Ask:
    """The one doubted answer to the open question, asked back as read ("I read that as 50 h
    a week: is that right?"): a yes records it, a figure answers the question afresh. A doubt
    the reader can name ("for which part of the year?") is asked as such instead, since a yes
    could not settle it."""
    reading, probe = answer
    return Ask(
        say=f"I read that as {said}: is that right? Say yes, or give me the figure.",
        calls=probe.out.calls,
        settle=probe.out.settle,
        fields=[str(reading.field)],
        read_as=ask,
        read=[str(reading.field), reading.subject, reading.value],
    )


def _crowded_name(reading: Reading, work: Work) -> bool:
    """A name asked back at the audit's question for being said bare among many works."""
    return (
        work.ask == "activities"
        and reading.field == "activity"
        and reading.note.endswith(crowded.NOTE)
    )


def _offer_names(offered: list[str], work: Work) -> None:
    """Names asked back at the audit's question are offered by it, asked once more: the list
    stays open and its question names them ("you also mentioned ...: is that work of yours?"),
    a yes records them."""
    if not offered:
        return
    work.out.later += [n for n in offered if n not in work.out.later]
    work.out.settle = [q for q in work.out.settle if q != "activities"]


def _doubt(reading: Reading) -> str:
    """What the reader doubted about ``reading``, as the short question its note ends with
    ("for which part of the year?"), so the person knows what to say; else ``""``."""
    doubt = reading.note.rsplit(";", 1)[-1].strip()
    return doubt if doubt.endswith("?") else ""


def _reading_text(reading: Reading) -> str:
    fld = str(reading.field).rsplit(".", 1)[-1]
    value = reading.value
    if fld in NUMERIC and isinstance(value, int | float):
        shown = WHAT[fld].format(v=fmt_number(float(value)))
    elif fld == "buffer_months":
        shown = f"{fmt_number(float(value or 0))} months of spending in savings"
    elif reading.field == "activity":
        return f"'{value}' as one of your activities"
    else:
        shown = f"{LABEL.get(fld, fld.replace('_', ' '))}: {value}"
    return f"{shown} for {reading.subject}" if reading.subject else shown


def _from_held(item: dict[str, Any]) -> Reading:
    return Reading("fact", field=str(item["field"]), value=item["value"])
