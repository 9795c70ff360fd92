"""What recording a message builds, and the rules shared by every field (pure).

``Work`` is the plan as a message is read and what is being built from it; ``Recorded`` what
the message leads to; ``Ask`` a question back before anything is stored. ``held_back`` is the
one place a figure already given is confirmed before it is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.interviewer import asking
from agent.interviewer.parse import fmt_number
from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

#: Reading field -> the plan's capacity field.
CAPACITY = {"capacity.hours_per_week": "hours_per_week", "capacity.constraints": "constraints",
            "capacity.cash_buffer": "cash_buffer",
            "capacity.monthly_spending": "monthly_spending"}  # fmt: skip
#: The question each capacity field answers.
CAPACITY_ASK = {"hours_per_week": "capacity", "constraints": "constraints",
                "cash_buffer": "buffer", "monthly_spending": "spending"}  # fmt: skip
#: Reading field -> (activity field, the question id's part).
ACTIVITY = {
    "activity.hours_per_week": ("hours_per_week", "hours"),
    "activity.annual_revenue": ("annual_revenue", "revenue"),
    "activity.volatility": ("volatility", "volatility"),
    "activity.teaches": ("teaches", "teaches"),
    "activity.energy": ("energy", "energy"),
}
#: Questions after the audit: the proposals and the closing steps.
AFTER_AUDIT = frozenset({"core", "streams", "blocks", "loops", "review", "finalise", "forecast",
                         "export", "done"})  # fmt: skip
NONE_LIMIT = "Noted: nothing limits your hours."
NUMERIC = {"hours_per_week", "annual_revenue", "cash_buffer", "monthly_spending"}
WHAT = {"hours_per_week": "{v} h a week", "annual_revenue": "{v} a year",
        "cash_buffer": "{v} in savings", "monthly_spending": "{v} a month"}  # fmt: skip
LABEL = {"hours_per_week": "hours", "annual_revenue": "income", "cash_buffer": "savings",
         "monthly_spending": "monthly spending", "volatility": "income",
         "teaches": "what it teaches", "energy": "energy"}  # fmt: skip


@dataclass
class Ask:
    """A question back before anything is stored, and what a yes records. ``say`` is the plain
    question for the figure ("How many hours a week does X take?"), so the answer can simply
    give it; a yes records what was read, a no keeps the plan as it is."""

    say: str
    calls: list[dict[str, Any]] = field(default_factory=list)
    settle: list[str] = field(default_factory=list)
    #: The reading fields asked about: a figure in the answer revises these.
    fields: list[str] = field(default_factory=list)
    #: The question the answer is read at (a bare figure answers it).
    read_as: str = ""
    #: What was read, as ``[reading field, subject, value]``: not proposed again once the
    #: person answers with something else.
    read: list[Any] = field(default_factory=list)


@dataclass
class Recorded:
    """What the facts and changes of one message lead to."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    settle: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    held: list[dict[str, Any]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    #: Activities named in passing before the audit: not recorded yet, the audit asks for them.
    later: list[str] = field(default_factory=list)
    #: Readings left out because they were unsure: their question is asked again.
    doubted: bool = False
    #: Calls whose change is already said aloud ("Changed ... from 30 to 32"), as
    #: ``[tool, name, [arguments said]]`` (``"*"``: the whole call): the reply does not list
    #: those arguments again as recorded.
    told: list[list[Any]] = field(default_factory=list)
    #: Activities named where skills were asked for ("the podcast" at the excitement question).
    not_skills: list[str] = field(default_factory=list)


@dataclass
class Work:
    """The plan as the message is read, and what is being built from it."""

    plan: Plan
    ask: str
    settled: set[str]
    out: Recorded = field(default_factory=Recorded)
    capacity: dict[str, Any] = field(default_factory=dict)
    activities: dict[str, dict[str, Any]] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    #: Activities this message records before the questions back are answered.
    coming: list[str] = field(default_factory=list)
    #: The message names activities (new or known) at the activities question.
    listed: bool = False
    #: Activities the message gave a figure for that was read but doubted (asked in its turn).
    figured: list[str] = field(default_factory=list)
    #: Changes said aloud: ``(tool, name, argument)``, ``"*"`` for the whole call.
    said: list[tuple[str, str, str]] = field(default_factory=list)


# --- confirm before overwriting ------------------------------------------------------------


def held_back(
    reading: Reading, work: Work, was: str, now: str, update: dict[str, Any], qid: str, *,
    subject: str = "", read: list[Any] | None = None, note: str = "",
) -> bool:  # fmt: skip
    """Confirm before overwriting what the person gave: a plain fact that would change it is
    asked back with the plain question for it (``update`` is what a yes makes) and nothing is
    recorded now (``True``); a change said as such goes ahead, said aloud (``note``)."""
    fld = str(reading.field)
    if reading.act != "change":
        say = asking.overwrite(was, now, fld, subject)
        work.out.asks.append(Ask(say, [update], [qid], [fld], qid, list(read or [])))
        return True
    if note:
        work.out.notes.append(note)
        key = fld.rsplit(".", 1)[-1] if fld.startswith(("capacity.", "activity.")) else "*"
        work.said.append((update["name"], str(update["args"].get("name", "")), key))
    return False


# --- capacity ----------------------------------------------------------------------------

# --- values ------------------------------------------------------------------------------


def value_of(fld: str, value: Any) -> Any:
    if fld in NUMERIC:
        return float(value or 0)
    return str(value).strip().rstrip(".") if fld == "teaches" else value


def differs(old: float, new: float) -> bool:
    return abs(float(old) - float(new)) > max(0.01 * abs(float(old)), 0.01)


def changed(old: Any, new: Any) -> bool:
    if isinstance(new, float) and isinstance(old, int | float):
        return differs(old, new)
    return str(old).casefold() != str(new).casefold()


def shown(fld: str, value: Any, name: str = "") -> str:
    text = WHAT[fld].format(v=fmt_number(float(value))) if fld in WHAT else str(value)
    return f"{text} for {name}" if name else text
