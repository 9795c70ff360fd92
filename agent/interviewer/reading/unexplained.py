"""Readings that leave part of the message unexplained, asked back instead of stored.

A reading is stored as read only when the words around it are accounted for. Each check below
finds evidence the reading did not explain: a figure taken back later in the message, a name
said twice, a currency inside a name, hours of another piece of work, a word answer said twice,
holding a skip or speaking of an "it" said before it, a feeling read from the words that answer
the skills question, a label said of one case only, a month's hours kept as a week's.
:func:`check` looks once at all the readings of a message and lowers the confidence of those
(the interviewer asks "I read that as ... - right?"); it never raises one and never drops one.

Each check was kept only where it removed clearly more wrong values than it turned right ones
into questions on the studied batches (``docs/interviewer.md``, "Readings that leave words
unexplained").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.interviewer.reading.money_words import CUR_AFTER
from agent.interviewer.reading.types import Reading

#: The confidence of a reading asked back (below ``CONFIDENT``).
WEAK = 0.5

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
_ONE_VALUE = _FIGURES | frozenset(
    {
        "capacity.hours_per_week",
        "capacity.cash_buffer",
        "capacity.monthly_spending",
        "capacity.buffer_months",
    }
)
_WORD_ANSWERS = frozenset(
    {
        "capacity.constraints",
        "skill",
        "skill.excites",
        "skill.under_used",
        "core_skill",
        "activity.teaches",
    }
)
#: Word answers that may go on with what was said before them.
_SHORT_ANSWERS = frozenset({"capacity.constraints", "activity.teaches"})
_POINTER = re.compile(r"\b(?:it|that|this)\b")
_FEW_WORDS = 5
_LABELS = frozenset({"activity.energy", "activity.volatility"})
_SKILL_ASKS = frozenset({"skills", "excited", "underused", "core"})
_WEEKLY_HOURS = frozenset({"activity.hours_per_week", "capacity.hours_per_week"})

#: Words between two figures that take the first back ("20 hrs ... actually it's closer to 24").
_REVISES = re.compile(
    r"\b(?:actually|no wait|sorry|i mean|or rather|make that|well|closer to|more like|nearer)\b"
)
#: Currency words a name can run into when an amount follows it ("alterations RM 3,500").
_CURRENCY_WORD = re.compile(rf"(?:^|\s)(?:{CUR_AFTER}|rm|kr)$")
#: Weekly hours read from a rate's note: "62 an hour, 15 h a week".
_NOTE_HOURS = re.compile(r"(\d+(?:\.\d+)?) h a week")
#: Words that put off or skip a question rather than answer it.
_SKIPS = re.compile(r"\b(?:skip|pass|next question|n/a)\b")
#: A label said of one case ("energising when it's custom work"): not how the work is.
_WHEN = re.compile(r"\bwhen\b")
#: A month or a year said beside hours: "one 3-hour workshop a month".
_LONGER_PERIOD = re.compile(r"\b(?:a|per|each|every) (?:month|year)\b|\bmonthly\b|/mo(?:nth)?\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: A figure said, and its hours unit if it has one.
_FIGURE_SAID = re.compile(r"\d[\d.,]*\s*(?P<hours>-?\s*(?:hours?|hrs?|h)\b)?")
_STOP = frozenset(
    re.findall(r"\S+", "a an the my our your of at in on for to and or with from by as is i me")
)

Check = Callable[[list[Reading], str, str], set[int]]


def check(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """The readings of the (normalised) message ``text`` at the open question ``ask``, those
    with evidence they leave unexplained lowered to :data:`WEAK` with a note saying what."""
    lowered: dict[int, str] = {}
    for note, found in CHECKS:
        for i in found(readings, text, ask):
            lowered.setdefault(i, note)
    return [_lower(r, lowered[i]) if i in lowered else r for i, r in enumerate(readings)]


def _lower(r: Reading, note: str) -> Reading:
    joined = f"{r.note}; {note}" if r.note else note
    return replace(r, confidence=min(r.confidence, WEAK), note=joined)


def _sure(readings: list[Reading]) -> list[tuple[int, Reading]]:
    return [(i, r) for i, r in enumerate(readings) if r.act in {"fact", "change"} and r.confident]


def revised_later(readings: list[Reading], text: str, ask: str) -> set[int]:
    """Two values for one figure of one thing: the first when words between them revise it
    ("20 hrs/wk ... Actually it's closer to 24"), else both (which one is meant?)."""
    found: set[int] = set()
    sure = [(i, r) for i, r in _sure(readings) if r.field in _ONE_VALUE]
    for k, (i, r) in enumerate(sure):
        for j, other in sure[k + 1 :]:
            if (r.field, r.subject) != (other.field, other.subject) or r.value == other.value:
                continue
            first, second = _at(r, text), _at(other, text)
            between = text[first:second] if 0 <= first < second else ""
            found |= {i} if _REVISES.search(between) else {i, j}
    return found


def _at(r: Reading, text: str) -> int:
    """Where a figure's number is said (the words before it in its span may revise it:
    "actually it's closer to 24 hours"), else where its span begins."""
    start = max(text.find(r.span) if r.span else -1, 0)
    if isinstance(r.value, int | float):
        number = re.compile(rf"(?<![\d.]){int(r.value)}(?![\d])").search(text, start)
        if number:
            return number.start()
    return text.find(r.span) if r.span else -1


def named_twice(readings: list[Reading], text: str, ask: str) -> set[int]:
    """A name without figures whose words hold every word of another name that has them
    ("classes at two studios" beside "studios ~12h a week"): the same work said twice, and the
    figures went to the shorter name."""
    names = [(i, r) for i, r in _sure(readings) if r.field == "activity" and r.act == "fact"]
    figured = {r.subject for r in readings if r.field in _FIGURES and r.confident}
    return {
        i
        for i, r in names
        if r.value not in figured
        and any(
            o.value in figured and o.value != r.value and _words(o.value) <= _words(r.value)
            for _, o in names
        )
    }


def currency_in_name(readings: list[Reading], text: str, ask: str) -> set[int]:
    """A name ending on a currency word ("Alterations RM", said before "3,500"): the name ran
    into the words of an amount, so where it ends is unclear."""
    return {
        i
        for i, r in _sure(readings)
        if r.field == "activity" and _CURRENCY_WORD.search(str(r.value).casefold())
    }


def hours_of_other_work(readings: list[Reading], text: str, ask: str) -> set[int]:
    """Money from a rate times weekly hours that another piece of work holds and this one does
    not ("15 hours a week ... 1 day a week at $62 an hour"): the hours were used twice."""
    found: set[int] = set()
    for i, r in _sure(readings):
        said = _NOTE_HOURS.search(r.note) if r.field == "activity.annual_revenue" else None
        if said is None:
            continue
        hours = float(said.group(1))
        mine = [o.value for o in readings if _hours_of(o, r.subject)]
        others = [o for o in readings if o.field == "activity.hours_per_week" and o.subject]
        if hours not in mine and any(o.value == hours and o.subject != r.subject for o in others):
            found.add(i)
    return found


def _hours_of(r: Reading, subject: str | None) -> bool:
    return r.field == "activity.hours_per_week" and r.subject == subject


def said_twice(readings: list[Reading], text: str, ask: str) -> set[int]:
    """Two word answers of one field where the words of one are all in the other ("nights. i
    dont do nights anymore"): one thing said twice; the later, longer one is asked."""
    found: set[int] = set()
    answers = [(i, r) for i, r in _sure(readings) if r.field in _WORD_ANSWERS]
    for k, (i, r) in enumerate(answers):
        for j, other in answers[k + 1 :]:
            a, b = _words(r.value), _words(other.value)
            if r.field == other.field and a and b and (a <= b or b <= a):
                found.add(j if len(b) >= len(a) else i)
    return found


def skip_in_answer(readings: list[Reading], text: str, ask: str) -> set[int]:
    """A word answer holding a word that skips the question ("hoppa över den här (skip)")."""
    return {
        i
        for i, r in _sure(readings)
        if r.field in _WORD_ANSWERS
        and isinstance(r.value, str)
        and _SKIPS.search(r.value.casefold())
    }


def points_outside(readings: list[Reading], text: str, ask: str) -> set[int]:
    """A limit or a lesson of a few words that speaks of "it" ("can't plan around it", "nothing,
    it's just driving"): what "it" is lies outside the answer, so it may only go on with what
    was said before."""
    return {
        i
        for i, r in _sure(readings)
        if r.field in _SHORT_ANSWERS
        and isinstance(r.value, str)
        and _POINTER.search(r.value.casefold())
        and len(r.value.split()) <= _FEW_WORDS
    }


def feeling_at_skills(readings: list[Reading], text: str, ask: str) -> set[int]:
    """How an activity feels, read at a skills question ("retreat planning is the exciting
    bit"): the words answer the question asked, what excites or is under-used."""
    return {i for i, r in _sure(readings) if r.field == "activity.energy" and ask in _SKILL_ASKS}


def label_of_a_case(readings: list[Reading], text: str, ask: str) -> set[int]:
    """A label said of one case ("energising when it's custom work, draining when ..."): how
    the work is in that case, not as a whole."""
    return {i for i, r in _sure(readings) if r.field in _LABELS and _WHEN.search(r.span)}


def month_kept(readings: list[Reading], text: str, ask: str) -> set[int]:
    """Weekly hours said over a month or a year whose value is a number said, or two added,
    so was never turned into a week's ("one 3-hour workshop a month, plus 2 hours prep")."""
    said = [float(n) for n in _NUMBER.findall(text)]
    sums = set(said) | {a + b for a in said for b in said}
    return {
        i
        for i, r in _sure(readings)
        if r.field in _WEEKLY_HOURS
        and isinstance(r.value, int | float)
        and _hours_per_longer_period(r.span)
        and any(abs(float(r.value) - n) < 0.01 for n in sums)
    }


def _hours_per_longer_period(span: str) -> bool:
    """True when the last figure before a month or a year is hours ("one 3-hour workshop a
    month"), not a count or money said between ("15h, 8 gigs a month", "2h, £90 a month")."""
    period = _LONGER_PERIOD.search(span)
    if period is None:
        return False
    before = list(_FIGURE_SAID.finditer(span, 0, period.start()))
    return bool(before) and bool(before[-1].group("hours"))


def _words(value: object) -> frozenset[str]:
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", str(value).casefold())
    return frozenset(w.removesuffix("s") for w in words if w not in _STOP)


#: Each check with the note a reading it lowers carries.
CHECKS: tuple[tuple[str, Check], ...] = (
    ("taken back later in the message?", revised_later),
    ("the same work as another name?", named_twice),
    ("where does the name end?", currency_in_name),
    ("those hours belong to other work?", hours_of_other_work),
    ("said twice?", said_twice),
    ("skipped?", skip_in_answer),
    ("what does 'it' stand for?", points_outside),
    ("how the work feels, or what excites you?", feeling_at_skills),
    ("in one case, or as a whole?", label_of_a_case),
    ("said per month: how much over a week?", month_kept),
)
