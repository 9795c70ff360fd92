"""Hours said as people say them, where their week is not yet known (pure: no I/O).

"6 hours a day max" caps any one day and gives no week until the days are said; a figure read
as weekly from it would be a guess, so it is asked back ("about 8 a day", the length of a
usual working day, stays five of them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import cues
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.wording import clean

#: Words that say on which or how many days of the week the work falls.
_WEEK_SAID = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:every ?day|daily|weekdays?|weekends?|"
    r"\d+(?:[.,]\d+)?\s*(?:days?|nights?|evenings?|mornings?|shifts?)|(?:one|two|three|four|five|"
    r"six|seven) (?:days?|nights?|evenings?|mornings?|shifts?)|a week|per week|weekly|"
    r"school hours|term[- ]time|full[- ]time|part[- ]time)\b"
)


#: The note of hours a day read as the most a day can hold.
DAY_CAP_NOTE = "hours a day: on how many days a week?"

#: Words that make a day's hours the most a day can hold.
_CAP = re.compile(
    r"\b(?:max|maximum|tops|at (?:the )?most|no more than|not more than|up to|limit)\b"
)


def day_capped(q: Quantity, text: str, paired: bool) -> bool:
    """True for the most hours one day can hold ("I can do 6 hours a day max") in a message
    that says neither on which days nor on how many days a week."""
    near = text[max(0, q.start - 16) : q.end + 12]
    if q.period != "day" or paired or not _CAP.search(near):
        return False
    rest = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return not _WEEK_SAID.search(rest)


def day_caps(found: list[Reading]) -> list[Reading]:
    """The most hours a day can hold, asked back as a week's hours, kept as the limit it
    states ("6 hours a day max, more than that my hands are gone")."""
    return [
        Reading("fact", "capacity.constraints", _cap_words(r.span), None, r.span)
        for r in found
        if r.field == "capacity.hours_per_week" and DAY_CAP_NOTE in (r.note or "")
    ]


def _cap_words(span: str) -> str:
    """The words of the cap: "I can do 6 hours a day max" gives "6 hours a day max"."""
    said = clean(span)
    start = re.search(r"\d", said)
    return said[start.start() :] if start else said


_ON_TOP = "hours on top of what?"
_HOURS = frozenset({"activity.hours_per_week", "capacity.hours_per_week"})
#: Words that close a list of the week's work as all of it: "that's my lot", "and that's it".
_ALL_OF_IT = re.compile(
    r"\b(?:that'?s (?:my lot|it|all|everything|the lot|me done)|all in|in total|altogether|"
    r"and nothing more|not (?:one )?(?:hour )?more)\W*$"
)


def capacity_sums(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At the capacity question, the week said as its parts: "20 hrs on top of the 36 at the
    hospital so 56" is a capacity of 56 (the 36 stays the hospital's); "4 x 12hr shifts, plus
    I'd give the novel 10 hours, that's my lot" is a capacity of 58."""
    if ask != "capacity" or any(
        r.field == "capacity.hours_per_week" and r.confident for r in readings
    ):
        return readings
    concluded = _concluded_total(readings)
    if concluded is not None:
        return concluded
    work = [r for r in readings if r.field == "activity.hours_per_week" and r.confident]
    subjects = {r.subject for r in work}
    if len(work) >= 2 and len(subjects) == len(work) and _ALL_OF_IT.search(text.strip(" .!")):
        total = round(sum(_value(r) for r in work), 2)
        parts = " + ".join(f"{_value(r):g}" for r in work)
        said = Reading(
            "fact",
            "capacity.hours_per_week",
            total,
            None,
            text,
            0.9,
            note=f"{parts}: all of the week",
        )
        return [*readings, said]
    return readings


def _concluded_total(readings: list[Reading]) -> list[Reading] | None:
    """Hours on top, the hours of one piece of work, and their sum said after "so": the sum
    is the capacity, the work keeps its own hours."""
    on_top = [r for r in readings if r.field == "capacity.hours_per_week" and r.note == _ON_TOP]
    work = [
        r for r in readings if r.field == "activity.hours_per_week" and isinstance(r.value, float)
    ]
    if len(on_top) != 1 or len(work) != 2 or work[0].subject != work[1].subject:
        return None
    base, total = sorted(work, key=lambda r: _value(r))
    extra = _value(on_top[0])
    if abs(_value(base) + extra - _value(total)) > 0.01 * _value(total):
        return None
    out = []
    for r in readings:
        if r is on_top[0]:
            r = replace(
                r, value=total.value, confidence=0.9, note="hours on top, with the sum said"
            )
        elif r is base:
            r = replace(r, confidence=0.9, note="")
        elif r is total:
            continue
        out.append(r)
    return out


def _value(r: Reading) -> float:
    return float(r.value) if isinstance(r.value, int | float) else 0.0


#: A ceiling others set on the hours, said before them in their clause: "legally 56 max",
#: "my visa allows 20", "the rules let me do 60".
_SET_BY_OTHERS = re.compile(
    r"\b(?:legally|by law|the law|legal (?:max|maximum|limit|cap|ceiling)|allowed|allows?|"
    r"permitted|permits?|lets? me)\b[^.;!?\n\d]{0,30}$"
)


def ceiling_set_by_others(q: Quantity, text: str) -> bool:
    """True for hours said as a ceiling the law, a visa or rules set ("legally 56 max in a
    week but i average about 52"): no figure of what the person can or does give."""
    return _SET_BY_OTHERS.search(text[max(0, q.start - 40) : q.start]) is not None


#: The notes of weekly hours said beside a job in an opening, asked back as the capacity.
_JOB_OR_ALL = frozenset(
    {"the job's hours, or in all?", "hours of one piece of work, or your weekly limit?"}
)


def _named_in_a_later_sentence(work: Reading, hours: Reading, text: str) -> bool:
    """ "I pull pints in Cork, 30h ... . I also DJ on Fridays": work named only in a sentence
    after the hours is other work than the one the hours were said of."""
    at, named = text.find(hours.span), text.find(work.span)
    if at < 0 or named < 0:
        return False
    return bool(re.search(r"[.;!?\n]", text[at + len(hours.span) : named]))


def job_hours_in_opening(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """In an opening that names one piece of work and the weekly hours beside it with no word
    of a limit ("barista in dublin 20h a week", "I'm a planning officer at the council,
    37h"), the hours are that work's, not the most the person can give."""
    if ask != "context" or cues.capacity_words(text):
        return readings
    hours = [r for r in readings if r.field in _HOURS]
    work = [r for r in readings if r.act == "fact" and r.field == "activity"]
    if len(hours) != 1 or len(work) != 1 or not work[0].confident:
        return readings
    said = hours[0]
    if said.act != "fact" or said.field != "capacity.hours_per_week" or said.confident:
        return readings
    if said.note not in _JOB_OR_ALL or _named_in_a_later_sentence(work[0], said, text):
        return readings
    own = replace(
        said, field="activity.hours_per_week", subject=str(work[0].value), confidence=0.9,
        note="the hours said beside the one piece of work named",
    )  # fmt: skip
    return [own if r is said else r for r in readings]


#: "change the tuition hours to 6 a week": a bare figure the field's own word went before.
_HOURS_TO = re.compile(
    r"\b(?P<word>hours|hrs)\s+(?P<to>(?:(?:down|up|back)\s+)?to|at)\s+(?P<n>\d{1,2}(?:\.\d+)?)"
    r"(?=\s*(?:a\s+week|per\s+week|/\s*wk|a\s+wk|each\s+week|weekly)?\s*(?:[.,;!?]|$))"
)


def hours_named_before(text: str) -> str:
    """``text`` with a figure that the word "hours" went before ("the tuition hours to 6 a
    week") said with its unit ("... to 6 hours a week"), so it is read as hours, never as pay."""
    return _HOURS_TO.sub(lambda m: f"{m.group('word')} {m.group('to')} {m.group('n')} hours", text)
