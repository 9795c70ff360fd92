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
  given it is asked back the same way;
- a figure whose subject cannot be told (two activities, none named) is not recorded: it is
  asked about;
- facts that need another first wait in ``held``: savings or constraints before the weekly
  hours (the capacity cannot be recorded without them), months of savings before the monthly
  spending they are counted in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer import asking, constraints, names
from agent.interviewer.flow import call
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
_NUMERIC = {"hours_per_week", "annual_revenue", "cash_buffer", "monthly_spending"}
_WHAT = {"hours_per_week": "{v} h a week", "annual_revenue": "{v} a year",
         "cash_buffer": "{v} in savings", "monthly_spending": "{v} a month"}  # fmt: skip
_LABEL = {"hours_per_week": "hours", "annual_revenue": "income", "cash_buffer": "savings",
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


@dataclass
class _Work:
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


def record(
    readings: list[Reading], plan: Plan, ask: str, settled: set[str],
    held: list[dict[str, Any]] | None = None,
) -> Recorded:  # fmt: skip
    """The tool calls, settled questions, notes and questions back for these readings.

    ``held`` are facts an earlier message gave that waited for another (see the module).
    """
    work = _Work(plan, ask, settled)
    pending = [_from_held(h) for h in held or []]
    facts = [r for r in readings if r.act in {"fact", "change"} and r.field]
    for reading in [*pending, *facts]:
        if reading.confident:
            _one(reading, work)
    _finish_capacity(work)
    _finish_activities(work)
    _ask_back([r for r in facts if not r.confident], work)
    return work.out


def _one(reading: Reading, work: _Work) -> None:
    fld = str(reading.field)
    if fld in CAPACITY or fld == "capacity.buffer_months":
        _capacity(reading, work)
    elif fld == "context":
        _context(reading, work)
    elif fld in {"activity", "activity.name"}:
        _activity_name(reading, work)
    elif fld in ACTIVITY:
        _activity_field(reading, work)
    elif fld in {"skill", "skill.excites", "skill.under_used"}:
        _skill(reading, work)
    elif fld == "core_skill":
        _core(reading, work)


# --- confirm before overwriting ------------------------------------------------------------


def _held_back(
    reading: Reading, work: _Work, was: str, now: str, update: dict[str, Any], qid: str, *,
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
    return False


# --- capacity ----------------------------------------------------------------------------


def _capacity(reading: Reading, work: _Work) -> None:
    fld = str(reading.field)
    if fld == "capacity.buffer_months":
        work.capacity["buffer_months"] = float(reading.value or 0)
        return
    name = CAPACITY[fld]
    if name == "constraints":
        _constraint(reading, work)
        return
    value = float(reading.value or 0)
    if name == "hours_per_week" and _implausible(value, reading, work):
        work.out.unplaced.append(f"{fmt_number(value)} h a week")
        return
    old: float | None = getattr(work.plan.capacity, name, None) if work.plan.capacity else None
    if old is not None and _differs(old, value):
        was, now = _shown(name, old), _shown(name, value)
        update = call("set_capacity", **_capacity_args(work.plan, {name: value}))
        if _held_back(reading, work, was, now, update, CAPACITY_ASK[name], read=[fld, None, value],
                      note=f"Changed your {_LABEL[name]} from {was} to {now}."):  # fmt: skip
            return
    work.capacity[name] = value


def _implausible(hours: float, reading: Reading, work: _Work) -> bool:
    """A weekly capacity, not asked for, below half the hours the activities already take:
    more likely the hours of something else ("could the club be in there too? 2 hours")."""
    if work.ask == "capacity" or reading.act == "change":
        return False
    return hours < 0.5 * sum(a.hours_per_week for a in work.plan.activities)


def _constraint(reading: Reading, work: _Work) -> None:
    """The constraints a reading names, in short words (:mod:`constraints`): added to those
    recorded, or the list replaced when the constraints question is open or the person
    changes them. An answer that says there are none records none."""
    current: list[str] | None = work.capacity.get("constraints")
    if current is None:
        keep = reading.act != "change" and work.ask != "constraints"
        old = list(work.plan.capacity.constraints) if work.plan.capacity and keep else []
        current = work.capacity["constraints"] = old
    said = str(reading.value or "")
    if constraints.says_none(said):
        if reading.act == "change" or work.ask == "constraints":
            current.clear()
            work.out.notes.append(NONE_LIMIT)
        return
    text = constraints.tidy(said)
    if text and not any(names.same(text, c) for c in current):
        current.append(text)


def _finish_capacity(work: _Work) -> None:
    cap, plan = work.capacity, work.plan
    months = cap.pop("buffer_months", None)
    spending = cap.get("monthly_spending") or (plan.capacity.monthly_spending if plan.capacity
                                               else None)  # fmt: skip
    if months is not None and spending:
        cap.setdefault("cash_buffer", round(months * spending, 2))
        work.out.notes.append(
            f"{fmt_number(months)} months of spending at {fmt_number(spending)} a month is "
            f"savings of about {fmt_number(cap['cash_buffer'])}."
        )
    elif months is not None:
        work.out.held.append({"field": "capacity.buffer_months", "value": months})
        work.out.settle.append("buffer")
    if not cap:
        return
    if plan.capacity is None and "hours_per_week" not in cap:
        # The capacity cannot be recorded without the weekly hours: the rest waits for them.
        work.out.held += [{"field": f"capacity.{k}", "value": v} for k, v in cap.items()]
        return
    changed = {k: v for k, v in cap.items() if not _same_value(plan, k, v)}
    if changed:
        work.out.calls.insert(0, call("set_capacity", **_capacity_args(plan, changed)))
    work.out.settle += [CAPACITY_ASK[k] for k in cap]


def _same_value(plan: Plan, name: str, value: Any) -> bool:
    old = getattr(plan.capacity, name, None) if plan.capacity else None
    if isinstance(value, list):
        return old == value
    return old is not None and not _differs(old, value)


def _capacity_args(plan: Plan, changes: dict[str, Any]) -> dict[str, Any]:
    current = plan.capacity.model_dump() if plan.capacity else {}
    return {k: v for k, v in {**current, **changes}.items() if v is not None}


# --- context, skills, the core skill -----------------------------------------------------


def _context(reading: Reading, work: _Work) -> None:
    value = str(reading.value)
    given = "context" in work.settled
    old = work.plan.profile.context
    if given and old == value:
        return
    update = call("set_context", context=value)
    if given and _held_back(reading, work, f"your setting was {old}", value, update, "context"):
        return
    work.out.calls.append(update)
    work.out.settle.append("context")


def _skill(reading: Reading, work: _Work) -> None:
    text = names.title(str(reading.value or ""))
    if not text:
        return
    known = [s.name for s in work.plan.skills]
    added = [c["args"]["name"] for c in work.out.calls if c["name"] == "add_skill"]
    match = names.find(text, [*known, *added])
    extra: dict[str, Any] = {}
    if reading.field == "skill.excites":
        extra, ask = {"excitement": 5}, "excited"
    elif reading.field == "skill.under_used":
        extra, ask = {"under_used": True}, "underused"
    else:
        ask = "skills"
    if match is None:
        work.out.calls.append(call("add_skill", name=text, **extra))
    elif match in added:
        next(c for c in work.out.calls if c["args"].get("name") == match)["args"].update(extra)
    elif extra:
        work.out.calls.append(call("update_skill", name=match, **extra))
    if work.ask == ask:
        work.out.settle.append(ask)


#: What is said around a core skill ("my coore skill is X", "X: everything comes back to it").
_CORE_AROUND = re.compile(
    r"^(?:(?:my|the)\s+)?c\w{2,4}\s+skill\s+(?:is|would be|:)\s+|\s*(?::|;| - | — ).*$", re.I
)


def _core(reading: Reading, work: _Work) -> None:
    text = names.title(_CORE_AROUND.sub("", str(reading.value or "")).strip())
    if not text:
        return
    known = [s.name for s in work.plan.skills]
    chosen = names.find(text, known) or names.find(text, [a.name for a in work.plan.activities])
    chosen = chosen or text
    old = work.plan.core_skill
    if old and names.same(old, chosen):
        work.out.settle.append("core")
        return
    update = call("set_core_skill", name=chosen)
    if old and _held_back(reading, work, f"your core skill was {old}", chosen, update, "core",
                          note=f"Changed your core skill from {old} to {chosen}."):  # fmt: skip
        return
    work.out.calls.append(update)
    work.out.settle.append("core")


# --- activities --------------------------------------------------------------------------


def _known(work: _Work) -> list[str]:
    return [a.name for a in work.plan.activities] + work.coming + work.new


def _activity_name(reading: Reading, work: _Work) -> None:
    value = names.title(str(reading.value or ""))
    if not value:
        return
    old = names.find(reading.subject, [a.name for a in work.plan.activities])
    if reading.act == "change" and old and old.casefold() != value.casefold():
        _rename(old, value, work)
        return
    work.listed = work.listed or work.ask == "activities"
    if names.find(value, _known(work)) is None and not _generic(value):
        work.new.append(value)
        work.activities.setdefault(value, {})


_EMPTY = frozenset({"a", "an", "the", "my", "our", "some", "this", "that", "it", "stuff"})


def _generic(name: str) -> bool:
    """A name with no word of its own ("the", "some stuff"); "my job" is a name."""
    return not set(re.findall(r"[a-z0-9]+", name.casefold())) - _EMPTY


def _rename(old: str, new: str, work: _Work) -> None:
    activity = next(a for a in work.plan.activities if a.name == old)
    # Only what the person gave moves to the new name; the rest stays "not asked yet".
    args = {k: v for k, v in activity.model_dump(exclude={"name", "answered"}).items()
            if activity.given(k)}  # type: ignore[arg-type]  # fmt: skip
    args["name"] = new
    work.out.calls += [call("record_activity", **args), call("remove_activity", name=old)]
    work.out.settle += [f"act:{part}:{new}" for _f, part in ACTIVITY.values()
                        if f"act:{part}:{old}" in work.settled]  # fmt: skip
    work.out.notes.append(f"Renamed {old} to {new}.")


def _subject(reading: Reading, work: _Work) -> str | None:
    """The activity a field reading is about: the one it names, else the asked one, else the
    only one this message named."""
    found = names.find(reading.subject, _known(work))
    if found:
        return found
    if reading.subject:
        if not _generic(reading.subject) and reading.confident:
            work.new.append(names.title(reading.subject))
            return work.new[-1]
        return None
    asked = work.ask.split(":", 2)[2] if work.ask.startswith("act:") else None
    if asked and asked in _known(work):
        return asked
    return work.new[0] if len(work.new) == 1 else None


def _activity_field(reading: Reading, work: _Work) -> None:
    name = _subject(reading, work)
    fld, part = ACTIVITY[str(reading.field)]
    if name is None:
        said = _value(fld, reading.value)
        work.out.unplaced.append(_shown(fld, said) if fld in _WHAT else _LABEL[fld])
        return
    value = _value(fld, reading.value)
    plan_activity = next((a for a in work.plan.activities if a.name == name), None)
    qid = f"act:{part}:{name}"
    skipped = f"activities[{name}].{fld}" in {u.field for u in work.plan.unknowns}
    if plan_activity is not None and qid in work.settled and not skipped:
        old = getattr(plan_activity, fld)
        if not _changed(old, value):
            work.out.settle.append(qid)  # the same figure again: an answer, nothing to change
            return
        if reading.act != "change" and work.ask in AFTER_AUDIT:
            # Past the audit a figure beside an activity's name is most often about a stream
            # ("add union training, 5 hours"): it revises the audit only when said as a change.
            work.out.unplaced.append(f"{_shown(fld, value)} beside {name}")
            return
        update = call("update_activity", name=name, **{fld: value})
        said = f"Changed {name}'s {_LABEL[fld]} from {_shown(fld, old)} to {_shown(fld, value)}."
        if _held_back(reading, work, _shown(fld, old, name), _shown(fld, value), update, qid,
                      subject=name, read=[str(reading.field), name, value], note=said):  # fmt: skip
            return
    work.activities.setdefault(name, {})[fld] = value
    work.out.settle.append(qid)


def _finish_activities(work: _Work) -> None:
    listing = work.ask == "activities"
    for name in work.new:
        fields = work.activities.get(name, {})
        if not (listing or fields):
            # Named in passing ("I work at a university"): the audit will ask for it.
            work.out.later.append(name)
            continue
        work.out.calls.append(call("record_activity", name=name, **fields))
    for name, fields in work.activities.items():
        if name not in work.new and fields:
            work.out.calls.append(call("update_activity", name=name, **fields))
    if work.ask == "activities" and (work.new or work.listed):
        work.out.settle.append("activities")


# --- asked back --------------------------------------------------------------------------


def _ask_back(unsure: list[Reading], work: _Work) -> None:
    """Readings below the confidence threshold are never stored as read. One whose question is
    still open is left for that question, asked plainly in its turn (a note says so); one that
    would change a figure already given is asked back with the plain question for that figure,
    all in one message: the answer gives the figure, a yes records what was read."""
    recorded = [c["args"]["name"] for c in work.out.calls if c["name"] == "record_activity"]
    left: list[str] = []
    for reading in unsure:
        probe = _Work(work.plan, work.ask, work.settled, coming=recorded)
        _one(Reading(**{**reading.__dict__, "confidence": 1.0}), probe)
        _finish_capacity(probe)
        _finish_activities(probe)
        work.out.unplaced += probe.out.unplaced
        work.out.asks += probe.out.asks
        if probe.out.calls or probe.out.held:
            left.append(_reading_text(reading))
    if left:
        work.out.doubted = True
        work.out.notes.append(f"I wasn't sure I read {' or '.join(dict.fromkeys(left))} right, "
                              "so I left it out; I'll ask about it.")  # fmt: skip


def _reading_text(reading: Reading) -> str:
    fld = str(reading.field).rsplit(".", 1)[-1]
    value = reading.value
    if fld in _NUMERIC and isinstance(value, int | float):
        shown = _WHAT[fld].format(v=fmt_number(float(value)))
    elif fld == "buffer_months":
        shown = f"{fmt_number(float(value or 0))} months of spending in savings"
    elif reading.field == "activity":
        return f"'{value}' as one of your activities"
    else:
        shown = f"{_LABEL.get(fld, fld.replace('_', ' '))}: {value}"
    return f"{shown} for {reading.subject}" if reading.subject else shown


# --- values ------------------------------------------------------------------------------


def _value(fld: str, value: Any) -> Any:
    if fld in _NUMERIC:
        return float(value or 0)
    return str(value).strip().rstrip(".") if fld == "teaches" else value


def _differs(old: float, new: float) -> bool:
    return abs(float(old) - float(new)) > max(0.01 * abs(float(old)), 0.01)


def _changed(old: Any, new: Any) -> bool:
    if isinstance(new, float) and isinstance(old, int | float):
        return _differs(old, new)
    return str(old).casefold() != str(new).casefold()


def _shown(fld: str, value: Any, name: str = "") -> str:
    text = _WHAT[fld].format(v=fmt_number(float(value))) if fld in _WHAT else str(value)
    return f"{text} for {name}" if name else text


def _from_held(item: dict[str, Any]) -> Reading:
    return Reading("fact", field=str(item["field"]), value=item["value"])
