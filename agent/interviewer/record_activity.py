"""Recording activities: new ones, renamed ones, and each activity's fields (pure; see
:mod:`agent.interviewer.record`)."""

from __future__ import annotations

import re

from agent.interviewer import names
from agent.interviewer.flow import call
from agent.interviewer.parse import fmt_number
from agent.interviewer.reading import asks
from agent.interviewer.reading.types import Reading
from agent.interviewer.record_common import (
    ACTIVITY,
    AFTER_AUDIT,
    LABEL,
    WHAT,
    Work,
    changed,
    held_back,
    shown,
    value_of,
)
from agent.plan.models import Activity


def _known(work: Work) -> list[str]:
    return [a.name for a in work.plan.activities] + work.coming + work.new


def activity_name(reading: Reading, work: Work) -> None:
    value = names.title(str(reading.value or ""))
    if not value:
        return
    old = names.find(reading.subject, [a.name for a in work.plan.activities])
    if reading.act == "change" and old and old.casefold() != value.casefold():
        _rename(old, value, work)
        return
    work.listed = work.listed or work.ask == "activities"
    found = names.find(value, _known(work))
    if found in work.new and names.narrower(value, found):
        found = None  # "welding job ...; mobile welding ...": a kind named beside, its own work
    if found is None and not _generic(value):
        work.new.append(value)
        work.activities.setdefault(value, {})


_EMPTY = frozenset({"a", "an", "the", "my", "our", "some", "this", "that", "it", "stuff"})


def _generic(name: str) -> bool:
    """A name with no word of its own ("the", "some stuff"); "my job" is a name."""
    return not set(re.findall(r"[a-z0-9]+", name.casefold())) - _EMPTY


def _rename(old: str, new: str, work: Work) -> None:
    activity = next(a for a in work.plan.activities if a.name == old)
    # Only what the person gave moves to the new name; the rest stays "not asked yet".
    args = {k: v for k, v in activity.model_dump(exclude={"name", "answered"}).items()
            if activity.given(k)}  # type: ignore[arg-type]  # fmt: skip
    args["name"] = new
    work.out.calls += [call("record_activity", **args), call("remove_activity", name=old)]
    work.out.settle += [f"act:{part}:{new}" for _f, part in ACTIVITY.values()
                        if f"act:{part}:{old}" in work.settled]  # fmt: skip
    work.out.notes.append(f"Renamed {old} to {new}.")


def _subject(reading: Reading, work: Work) -> str | None:
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
    asked = asks.work(work.ask) or None
    if asked and asked in _known(work):
        return asked
    return work.new[0] if len(work.new) == 1 else None


#: A figure's own period, kept in its reading's note ("1,500 a month"): said back as it was.
_SAID_PERIOD = re.compile(r"^([\d.,]+) a (week|fortnight|month|quarter)(?=;|$)")


def activity_field(reading: Reading, work: Work) -> None:
    name = _subject(reading, work)
    fld, part = ACTIVITY[str(reading.field)]
    if name is None:
        said = value_of(fld, reading.value)
        text = shown(fld, said) if fld in WHAT else LABEL[fld]
        period = _SAID_PERIOD.match(reading.note)
        if period:  # "1,500 a month, 18,000 a year": the period said, then the year's
            per = fmt_number(float(period.group(1).replace(",", "")))
            text = f"{per} a {period.group(2)}, {text}"
        work.out.unplaced.append(text)
        return
    value = value_of(fld, reading.value)
    plan_activity = next((a for a in work.plan.activities if a.name == name), None)
    if plan_activity is not None and _rests_on_other_hours(reading, plan_activity):
        work.out.unplaced.append(reading.note)  # as said: the rate and hours, not a total
        return
    qid = f"act:{part}:{name}"
    skipped = f"activities[{name}].{fld}" in {u.field for u in work.plan.unknowns}
    if plan_activity is not None and qid in work.settled and not skipped:
        old = getattr(plan_activity, fld)
        if not changed(old, value):
            work.out.settle.append(qid)  # the same figure again: an answer, nothing to change
            return
        if reading.act != "change" and work.ask in AFTER_AUDIT:
            # Past the audit a figure beside an activity's name is most often about a stream
            # ("add union training, 5 hours"): it revises the audit only when said as a change.
            work.out.unplaced.append(f"{shown(fld, value)} beside {name}")
            return
        update = call("update_activity", name=name, **{fld: value})
        said = f"Changed {name}'s {LABEL[fld]} from {shown(fld, old)} to {shown(fld, value)}."
        if held_back(reading, work, shown(fld, old, name), shown(fld, value), update, qid,
                      subject=name, read=[str(reading.field), name, value], note=said):  # fmt: skip
            return
    work.activities.setdefault(name, {})[fld] = value
    work.out.settle.append(qid)


#: A year's revenue worked out from an hourly rate and the week's hours said beside it.
_FROM_RATE = re.compile(r"an hour, ([\d.,]+) h a week")


def _rests_on_other_hours(reading: Reading, activity: Activity) -> bool:
    """True when a revenue is worked out from an hourly rate and hours a week that are not the
    hours on record for its work ("4 hours a week, £20 an hour" said of a 22-hour job): the
    figures are most likely another work's, so the year's total is not stored on this one."""
    rate = _FROM_RATE.search(reading.note)
    if rate is None or reading.field != "activity.annual_revenue":
        return False
    if not activity.given("hours_per_week"):
        return False
    return abs(float(rate.group(1).replace(",", "")) - activity.hours_per_week) > 0.01


def finish_activities(work: Work) -> None:
    listing = work.ask == "activities"
    for name in work.new:
        fields = work.activities.get(name, {})
        figured = names.find(name, work.figured) is not None
        if not (listing or fields or figured):
            # Named in passing ("I work at a university"): the audit will ask for it. One told
            # with a figure, even one asked back ("£120 per couple"), is told, not in passing.
            work.out.later.append(name)
            continue
        work.out.calls.append(call("record_activity", name=name, **fields))
    for name, fields in work.activities.items():
        if name not in work.new and fields:
            work.out.calls.append(call("update_activity", name=name, **fields))
    if work.ask == "activities" and (work.new or work.listed):
        work.out.settle.append("activities")


# --- asked back --------------------------------------------------------------------------
