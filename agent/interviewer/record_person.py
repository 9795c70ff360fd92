"""Recording the person's own facts: capacity, constraints, savings and spending, the
setting, skills and the core skill (pure; see :mod:`agent.interviewer.record`)."""

from __future__ import annotations

import re
from typing import Any

from agent.interviewer import constraints, names
from agent.interviewer.flow import call
from agent.interviewer.parse import fmt_number
from agent.interviewer.reading.skill_words import ING_THINGS
from agent.interviewer.reading.types import Reading
from agent.interviewer.record_common import (
    CAPACITY,
    CAPACITY_ASK,
    LABEL,
    NONE_LIMIT,
    Work,
    differs,
    held_back,
    shown,
)
from agent.plan.models import Plan


def capacity(reading: Reading, work: Work) -> None:
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
    if old is not None and differs(old, value):
        was, now = shown(name, old), shown(name, value)
        update = call("set_capacity", **_capacity_args(work.plan, {name: value}))
        # "your savings from 20,000 to 25,000", not "from 20,000 in savings to ..."
        said = (fmt_number(old), fmt_number(value)) if name == "cash_buffer" else (was, now)
        if held_back(reading, work, was, now, update, CAPACITY_ASK[name], read=[fld, None, value],
                      note=f"Changed your {LABEL[name]} from {said[0]} to {said[1]}."):  # fmt: skip
            return
    work.capacity[name] = value


def _implausible(hours: float, reading: Reading, work: Work) -> bool:
    """A weekly capacity, not asked for, below half the hours the activities already take:
    more likely the hours of something else ("could the club be in there too? 2 hours")."""
    if work.ask == "capacity" or reading.act == "change":
        return False
    return hours < 0.5 * sum(a.hours_per_week for a in work.plan.activities)


#: The questions asked once the limits are settled, where the person may add one.
_LATER_LIMITS = frozenset({"buffer", "spending"})


def _constraint(reading: Reading, work: Work) -> None:
    """The constraints a reading names, in short words (:mod:`constraints`): added to those
    recorded, or the list replaced when the constraints question is open or the person
    changes them. An answer that says there are none records none."""
    said = str(reading.value or "")
    none = constraints.denied(said)
    if not none and not constraints.tidy(said):
        return  # no limit in it ("3.000 a month" is a figure): nothing to record or replace
    current: list[str] | None = work.capacity.get("constraints")
    # a limit said once they are settled ("actually, no mornings") adds to those on record
    keep_old = work.ask in _LATER_LIMITS or (reading.act != "change" and work.ask != "constraints")
    if current is None:
        keep = keep_old
        old = list(work.plan.capacity.constraints) if work.plan.capacity and keep else []
        current = work.capacity["constraints"] = old
    if none:
        if current and not keep_old:
            return  # a limit said in the same message: "not a lot" was about something else
        if reading.act == "change" or work.ask == "constraints":
            current.clear()
            work.out.notes.append(NONE_LIMIT)
        elif not current and "constraints" not in work.settled:
            # "44 hours, nothing limits it": said before its question, it answers it
            work.out.notes.append(NONE_LIMIT)
        return
    text = constraints.tidy(said)
    if text and not any(names.same(text, c) for c in current):
        current.append(text)


def finish_capacity(work: Work) -> None:
    cap, plan = work.capacity, work.plan
    months = cap.pop("buffer_months", None)
    if "cash_buffer" in cap:
        # "3 months maybe? like 14 grand in the bank": the amount said outright is the savings;
        # the months were the person's estimate of it, and would overwrite it once spending comes.
        months = None
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
        # The capacity cannot be recorded without the weekly hours: the rest waits for them
        # ("none" for no limits, said so while it waits).
        work.out.held += [{"field": f"capacity.{k}", "value": v if v != [] else "none"}
                          for k, v in cap.items()]  # fmt: skip
        work.out.notes = [n for n in work.out.notes if n != NONE_LIMIT]
        return
    changed = {k: v for k, v in cap.items() if not _same_value(plan, k, v)}
    if changed:
        work.out.calls.insert(0, call("set_capacity", **_capacity_args(plan, changed)))
    work.out.settle += [CAPACITY_ASK[k] for k in cap]


def _same_value(plan: Plan, name: str, value: Any) -> bool:
    old = getattr(plan.capacity, name, None) if plan.capacity else None
    if isinstance(value, list):
        return old == value
    return old is not None and not differs(old, value)


def _capacity_args(plan: Plan, changes: dict[str, Any]) -> dict[str, Any]:
    current = plan.capacity.model_dump() if plan.capacity else {}
    return {k: v for k, v in {**current, **changes}.items() if v is not None}


# --- context, skills, the core skill -----------------------------------------------------


def context(reading: Reading, work: Work) -> None:
    value = str(reading.value)
    given = "context" in work.settled
    old = work.plan.profile.context
    if given and old == value:
        return
    update = call("set_context", context=value)
    if given and held_back(reading, work, f"your setting was {old}", value, update, "context"):
        return
    work.out.calls.append(update)
    work.out.settle.append("context")


#: What is said around a skill that excites ("podcast editing excites me the most").
_EXCITES_AROUND = re.compile(
    r"\s+(?:is what |really |definitely |probably )*(?:excites?|thrills?|lights?) me(?: up)?"
    r"(?: (?:the )?most)?\W*$|^\W*i'?m (?:most |really )?excited (?:by|about)\s+",
    re.I,
)


def skill(reading: Reading, work: Work) -> None:
    text = names.title(_EXCITES_AROUND.sub("", str(reading.value or "")).strip())
    if not text:
        return
    known = [s.name for s in work.plan.skills]
    added = [c["args"]["name"] for c in work.out.calls if c["name"] == "add_skill"]
    match = names.find(text, [*known, *added])
    if match is not None and match in added and names.narrower(text, match):
        match = None  # "plastering, ornamental plasterwork": two skills said side by side
    extra: dict[str, Any] = {}
    if reading.field == "skill.excites":
        extra, ask = {"excitement": 5}, "excited"
    elif reading.field == "skill.under_used":
        extra, ask = {"under_used": True}, "underused"
    else:
        ask = "skills"
    if match is None and extra and _names_work(text, work):
        return
    if match is None:
        work.out.calls.append(call("add_skill", name=text, **extra))
    elif match in added:
        next(c for c in work.out.calls if c["args"].get("name") == match)["args"].update(extra)
    elif extra:
        work.out.calls.append(call("update_skill", name=match, **extra))
    if work.ask == ask:
        work.out.settle.append(ask)


def _names_work(text: str, work: Work) -> bool:
    """ "the podcast and pilates" at the excitement question: work of the person's own named
    where a skill on record was asked for tells which work excites them, and is no skill; it
    is said back, and the question stays open for the skills in it."""
    activity = names.find(text, [a.name for a in work.plan.activities])
    if activity is None or _said_as_doing(text):
        return False  # "mixing", "tutoring": work named by its doing is a skill too
    said = _work_not_skill(work.out.not_skills) if work.out.not_skills else ""
    work.out.notes[:] = [n for n in work.out.notes if n != said]
    work.out.not_skills.append(activity)
    work.out.notes.append(_work_not_skill(work.out.not_skills))
    return True


def _said_as_doing(text: str) -> bool:
    """True for a name said as a doing ("mixing", "dog walking"), not a thing ("the wedding
    band"): the work and the skill share that name."""
    return any(w not in _THINGS for w in re.findall(r"\b[a-z]{3,}ing\b", text.casefold()))


#: Words ending in "-ing" that name things, never a doing (a trade's noun, "plumbing", is a
#: doing here: the work and the skill share it).
_THINGS = ING_THINGS | frozenset(
    {"something", "nothing", "everything", "anything", "sibling", "ending", "earring",
     "offspring"}
)  # fmt: skip


def _work_not_skill(named: list[str]) -> str:
    if len(named) == 1:
        return (f"{named[0]} is one of your activities, not a skill on your list, so I've "
                "added no skill: say which skills in it you mean.")  # fmt: skip
    return (f"{', '.join(named[:-1])} and {named[-1]} are activities of yours, not skills on "
            "your list, so I've added no skill: say which skills in them you mean.")  # fmt: skip


#: What is said around a core skill ("my coore skill is X", "X: everything comes back to it").
_CORE_AROUND = re.compile(
    r"^(?:(?:my|the)\s+)?c\w{2,4}\s+skill\s+(?:is|would be|:)\s+|\s*(?::|;| - | — ).*$", re.I
)


def core(reading: Reading, work: Work) -> None:
    text = names.title(_CORE_AROUND.sub("", str(reading.value or "")).strip())
    if not text:
        return
    known = [s.name for s in work.plan.skills]
    chosen = names.find(text, known) or names.find(text, [a.name for a in work.plan.activities])
    chosen = text if chosen is None or _part_of(text, chosen) else chosen
    old = work.plan.core_skill
    if old and names.same(old, chosen):
        work.out.settle.append("core")
        return
    update = call("set_core_skill", name=chosen)
    if old and held_back(reading, work, f"your core skill was {old}", chosen, update, "core",
                          note=f"Changed your core skill from {old} to {chosen}."):  # fmt: skip
        return
    work.out.calls.append(update)
    work.out.settle.append("core")


def _part_of(said: str, known: str) -> bool:
    """True when ``said`` names, in two words or more, only part of the ``known`` name
    ("site reliability engineering" of "distributed systems site reliability engineering",
    two skills typed as one): the words said are the choice, not the whole name on record."""
    few, many = names.words(said), names.words(known)
    return len(few) >= 2 and len(few) < len(many) and names.within(said, known)


# --- activities --------------------------------------------------------------------------
