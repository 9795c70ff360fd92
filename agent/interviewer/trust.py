"""How far the dialog trusts what was read, before anything is stored (pure). Precision first.

Each reading of a message is screened: a name only when it looks like one (:mod:`namelike`),
a person's own words only at their own question, a capacity said in passing only when said as
a total or a limit (:mod:`remarks`), a figure only when someone means it for its field, and a
figure for a recorded activity only when that activity is named or asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agent.interviewer import carried, names, refer, story_setting, torn_answer
from agent.interviewer.namelike import name, word_list
from agent.interviewer.reading import asks
from agent.interviewer.reading.types import Reading
from agent.interviewer.remarks import aside, back, beside, capacity_said, own_words, vague
from agent.plan.models import Plan

# --- all of a message's readings --------------------------------------------------------------

#: A message this long (in words) is a story, not a short answer to the open question.
STORY_WORDS = 20
_TEXT = frozenset({"capacity.constraints", "activity.teaches", "skill", "skill.excites",
                   "skill.under_used", "core_skill"})  # fmt: skip
_DATA = frozenset({"fact", "change"})


@dataclass
class Screened:
    """The readings that may be stored, and why others may not."""

    readings: list[Reading]
    #: The answer to the open question says it cannot be put in words: ask it again.
    vague: bool = False
    #: The message steps away from the conversation: nothing in it is stored.
    aside: bool = False
    dropped: int = 0
    #: Names left out (no name, or a clause): the list may hold more than was recorded.
    lost: int = 0


def screen(readings: list[Reading], ask: str, plan: Plan, text: str) -> Screened:
    """The readings of a message that the dialog trusts enough to store (see the module);
    unsure ones pass through to be asked back. A name read as a filler ("right: school
    teaching") is the name its words give after the filler; how steady or how tiring work is,
    cut off from its activity ("..., £39,000 a year, steady as anything"), goes to the
    activity spoken of just before."""
    # "carry on" after a step away: nothing to record, unless it says yes to a proposal
    if aside(text) or (back(text) and not any(r.act == "confirm" for r in readings)):
        kept = [r for r in readings if r.act not in _DATA | {"wish"}]
        return Screened(kept, aside=True, dropped=len(readings) - len(kept))
    if (
        beside(text)
        and not _about_recorded(readings, plan, text)
        and not _asked_label(readings, ask)
    ):
        # a remark about something else names no work ("..., typical")
        named = [r for r in readings if r.field in {"activity", "activity.name"} | _LABEL_FIELDS]
        if (named and len(named) == len([r for r in readings if r.act in _DATA])
                and not any(_own_work(r) for r in named)):  # fmt: skip
            return Screened([], aside=True, dropped=len(readings))
    readings = _without_revised_labels(readings)
    known = [a.name for a in plan.activities]
    renamed = _renamed(readings, known)
    out = Screened([])
    story = len(text.split()) > STORY_WORDS
    last = ""
    for reading in readings:
        if reading.subject and reading.subject.casefold() in renamed:
            reading = replace(reading, subject=renamed[reading.subject.casefold()])
        if reading.field == "activity" and str(reading.value).casefold() in renamed:
            reading = replace(reading, value=renamed[str(reading.value).casefold()])
        trusted = _screened(reading, ask, known, text, story, readings)
        if trusted is None and reading.field in _LABEL_FIELDS and last:
            trusted = _moved(reading, last, out.readings)
        if trusted is None:
            out.dropped += 1
            out.lost += reading.field == "activity" and _has_figures(reading, readings)
            out.vague = out.vague or (reading.field in _TEXT and vague(text))
            continue
        out.readings.append(trusted)
        if trusted.field and trusted.field.startswith("activity"):
            last = str(trusted.subject or (trusted.value if trusted.field == "activity" else ""))
    return out


_LABEL_FIELDS = frozenset({"activity.volatility", "activity.energy"})


#: A clause in which the person says their own work: "I'm a TA ...", "I work as ...", "we
#: groom dogs". A story holding one is no remark about something else, whatever else it says
#: ("... and I'd love to turn my baking into something").
_OWN_WORK = re.compile(
    r"^\W*(?:(?:and|so|but|also|well|oh)\W+)*(?:i'?m|im|i am|we'?re|we are|i|we)\s+"
    r"(?:(?:also|now|currently|still|mainly|mostly)\s+)?(?:an?\s|the\s|work|[a-z]{3,}\s)",
    re.I,
)


def _own_work(reading: Reading) -> bool:
    """True when a reading names work from a clause where the person says it of themselves."""
    return reading.field == "activity" and bool(_OWN_WORK.match(reading.span))


def _about_recorded(readings: list[Reading], plan: Plan, text: str) -> bool:
    """True when every fact of the message is about an activity on record that it names ("the
    gigs are all over the place"): a remark about the person's own work, not about something
    else."""
    data = [r for r in readings if r.act in _DATA]
    known = [a.name for a in plan.activities]
    return bool(data) and all(
        r.field in _LABEL_FIELDS
        and names.find(r.subject, known) is not None
        and names.mentioned(str(r.subject), text)
        for r in data
    )


def _asked_label(readings: list[Reading], ask: str) -> bool:
    """True when every fact of the message is the label the open question asks of its work
    ("it varies a lot, in the fall and spring I'm booked solid" at the steadiness question):
    an answer, however it wanders."""
    kind, _, work = ask.removeprefix("act:").partition(":")
    data = [r for r in readings if r.act in _DATA]
    return (
        ask.startswith("act:")
        and bool(data)
        and all(r.field == f"activity.{kind}" and r.subject == work for r in data)
    )


_FIGURE_FIELDS = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


def _without_revised_labels(readings: list[Reading]) -> list[Reading]:
    """Without a label read from the clause that revises a figure ("Actually the freelance
    bookkeeping is more like £9,600 a year ..." says nothing of how it feels)."""
    changed = [r.span.casefold() for r in readings
               if r.act == "change" and r.span and r.field not in _LABEL_FIELDS]  # fmt: skip

    def revised(r: Reading) -> bool:
        span = r.span.casefold()
        return bool(span) and any(c in span or span in c for c in changed)

    return [r for r in readings if not (r.field in _LABEL_FIELDS and revised(r))]


def _has_figures(named: Reading, readings: list[Reading]) -> bool:
    """True when a name left out had hours or income said for it: work was lost with it."""
    said = str(named.value or "")
    return any(r.field in _FIGURE_FIELDS and r.subject and names.same(r.subject, said)
               for r in readings)  # fmt: skip


def _renamed(readings: list[Reading], known: list[str]) -> dict[str, str]:
    """Names read as a filler, and the name their words give after it."""
    out: dict[str, str] = {}
    for r in readings:
        value = str(r.value or "")
        if r.field != "activity" or names.find(value, known) or name(value):
            continue
        repaired = name(r.span)
        if repaired and not names.same(repaired, value):
            out[value.casefold()] = repaired
    return out


def _moved(reading: Reading, last: str, kept: list[Reading]) -> Reading | None:
    """A label cut off from its activity, given to the one spoken of just before (unless
    that one already has this label in the message)."""
    if any(r.field == reading.field and r.subject == last for r in kept):
        return None
    return replace(reading, subject=last)


def _screened(reading: Reading, ask: str, known: list[str], text: str, story: bool,
              readings: list[Reading]) -> Reading | None:  # fmt: skip
    if reading.act not in _DATA or not reading.field:
        return reading
    fld = reading.field
    if fld in _TEXT:
        fine = own_words(fld, str(reading.value or ""), reading.subject, ask, text)
        if fine and fld == "activity.teaches":
            return replace(reading, value=first_sentence(str(reading.value or ""), text))
        return reading if fine else None
    if fld == "capacity.hours_per_week" and reading.act == "fact":
        return reading if _capacity_trusted(reading, ask, text, readings) else None
    if not _plausible(fld, reading.value):
        return None
    if fld == "context" and story:
        return reading if story_setting.kept(reading, text) else None
    # A name said as a change with no old name ("Correction: the retainer is now ...", read as
    # a correction) renames nothing: it is a new name, screened the same.
    if fld in {"activity", "activity.name"} and (reading.act == "fact" or not reading.subject):
        if names.find(str(reading.value or ""), known):
            return reading
        cleaned = name(str(reading.value or ""))
        return replace(reading, value=cleaned) if cleaned else None
    if (
        fld in _LABEL_FIELDS
        and reading.value != "neutral"
        and re.search(r"\b(?:neither|nor)\b", reading.span, re.I)
    ):
        return None  # "it neither drains me nor lifts me up" is no side: neutral at most
    found = names.find(reading.subject, known) if reading.subject else None
    if fld.startswith("activity.") and reading.subject and not found:
        cleaned = name(reading.subject)
        return replace(reading, subject=cleaned) if cleaned else None
    # "..., not 38.000": the figure names it; the other of two figures asked which is said of
    aimed = reading.note in {refer.TAKEN_BACK, torn_answer.LEFT, carried.SPOKEN}
    if found and not _asked_about(found, ask) and not names.mentioned(found, text) and not aimed:
        return None  # a figure goes to an activity only when it is named or asked about
    return reading


def first_sentence(value: str, text: str) -> str:
    """``value`` cut where the message's second sentence begins ("payroll rules and deadlines
    i actually enjoy the freelance clients" -> "payroll rules and deadlines")."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    if len(parts) < 2:
        return value
    start = word_list(parts[1])[:3]
    said = value.split()
    low = ["".join(word_list(w)) for w in said]
    for k in range(1, len(low)):
        if start and low[k : k + len(start)] == start:
            return " ".join(said[:k]).rstrip(" ,;")
    return value


#: Figures no one means: a year's income under this is a rate or a count misread
#: ("$26 an hour"), and no week holds more hours than this.
MIN_YEARLY = 100.0
MAX_WEEKLY_HOURS = 100.0


def _plausible(field: str, value: object) -> bool:
    """False for a figure nobody means for its field (it is asked plainly instead)."""
    if not isinstance(value, int | float):
        return True
    if field == "activity.annual_revenue":
        return value == 0 or value >= MIN_YEARLY
    if field.endswith("hours_per_week"):
        return 0 <= value <= MAX_WEEKLY_HOURS
    return True


def _asked_about(activity: str, ask: str) -> bool:
    return ask.startswith("act:") and names.same(asks.work(ask), activity)


def _capacity_trusted(reading: Reading, ask: str, text: str, readings: list[Reading]) -> bool:
    """A weekly capacity is taken at its own question, or when its sentence says it is a
    total or a limit; never when it is the hours of an activity said in the same breath."""
    said = capacity_said(reading.span, text)
    if ask != "capacity" and not said:
        return False
    same = any(r.field == "activity.hours_per_week" and r.value == reading.value
               for r in readings)  # fmt: skip
    return said or not same
