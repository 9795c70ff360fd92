"""How often: pairing a fee per item, per day or "N hours each" with its frequency.

"£50 a lesson, two a week", "2 days a month at £650/day", "one every third weekend at £280 a
shift", "3 shifts a week (8 hrs each)": the rate and the frequency may come in either order,
so the closest rate and frequency of a sentence are paired first, and each rate takes the
nearest frequency no other rate took. A frequency makes bare hours "hours each time" only for
the hours said nearest it, so in a list the frequency of one piece of work never multiplies
another's weekly hours. A rate left without one is asked back, never turned into a yearly
figure by guessing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from agent.interviewer.reading.quantities import Quantity

#: Times a year of one event per period.
PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0, "fortnight": 26.0, "day": 260.0}
_FIXED_PERIODS = frozenset({"year", "quarter", "month", "fortnight", "week", "", "hour"})
_EACH_HOURS = re.compile(
    r"^\s*(?:(?:long |short |full )?(?:days?|shifts?|nights?)\b|each|a day|per day|a shift|"
    r"per shift|each time|a go|a session|per session|"
    r"each one|a piece|apiece|a pop|per pop|a time|at a time|per go|a visit|per visit|each visit)\b"
)
_TIMES = re.compile(
    r"^\s*(?:x|×|\*|at|@|averaging|at about|at around|on average|paying|(?:who|that) pay|"
    r"each paying|"
    # "52 hampers went, average £40", "90 sold at an average of 12": the price of each
    r"(?:(?:went|sold|gone)\s*)?,?\s*(?:at\s+)?(?:an?\s+)?(?:average|avg)(?:\s+(?:of|price))?)\s*$"
)


#: "each class is 50 mins", "gigs are usually 4 hours", "call-outs are 3 hrs": how long one
#: of them takes.
_ITEM_LASTS = re.compile(
    r"\b(?:each|every|one|a|per)\s+[a-z]+\s+(?:is|takes?|lasts?|runs?)\s+(?:me\s+|us\s+)?"
    r"(?:about |around |roughly |usually |normally |maybe |like )?$|"
    r"\b[a-z][a-z-]{2,}s\s+(?:are|take|last|run)\s+(?:about |around |roughly |usually |normally |"
    r"maybe |like )?$"
)


def item_lasts(q: Quantity, text: str) -> bool:
    """True for "each class is 50 mins" or "gigs are usually 4 hours": how long one takes."""
    if q.note.startswith("roster"):  # a roster's shifts averaged: a week's hours
        return False
    if _LENGTH_OF.match(text[q.end :]):  # "12hr shifts", "10 hour days": the length of each
        return True
    said = text[q.start : q.end]
    if _FOR_A_WHILE.search(text[max(0, q.start - 24) : q.start]) and not _PER.search(said):
        return True  # "talk about a book for 2 hours": how long one time lasts
    return _ITEM_LASTS.search(text[max(0, q.start - 40) : q.start]) is not None


_FOR_A_WHILE = re.compile(
    r"(?<!\bpaid )(?<!\bwork )(?<!\bworks )(?<!\bcontracted )(?<!\bemployed )"
    r"\bfor\s+(?:about\s+|around\s+|like\s+)?$"
)
_PER = re.compile(r"\b(?:a|per|each|every)\s|/|\b(?:weekly|daily|monthly|pw)\b")
#: A fee paid for each shift worked: "£190 a shift", "£320 a night", "a day rate of 280".
_PER_SHIFT = frozenset({"shift", "night", "day", "day rate", "evening", "session"})
_LENGTH_OF = re.compile(r"\s*-?\s*(?:shifts?|days|nights|sessions)\b")


def per_year(frequency: Quantity) -> float:
    """How many times a year a frequency happens ("2 a week" -> 104)."""
    if frequency.kind == "freq":
        return frequency.value * 52
    if frequency.shifts:  # "4 x 11hr shifts": four times a week
        return frequency.shifts * 52
    return frequency.value * PER_YEAR.get(frequency.period or "week", 52.0)


def is_item_rate(q: Quantity) -> bool:
    """A fee per lesson, per day or "each": it needs a frequency to become yearly."""
    return q.kind == "money" and q.period not in _FIXED_PERIODS


_PER_ITEM = re.compile(r"^\s*(?:a|an|per|each|for each)\s+([a-z]{3,})\b")


def _per_counted_item(after: str, own: list[Quantity]) -> bool:
    """ "2 hours a clean" beside "12 cleanings a month": the hours of each thing counted."""
    said = _PER_ITEM.match(after)
    if said is None or said.group(1) in {"week", "month", "year", "day", "fortnight"}:
        return False
    item = said.group(1)
    return any(
        o.kind == "count" and o.note and o.note[:4] == item[:4] and len(item) >= 4 for o in own
    )


def hours_each(q: Quantity, text: str, own: list[Quantity]) -> bool:
    """True for "8 hrs each", "11.5 hours a day", a "12-hour shift", or "6 hours" beside
    "Monday to Friday" (hours a day, said without the "a day")."""
    if q.kind not in {"hours", "bare"}:
        return False
    said = text[q.start : q.end]
    if q.kind == "bare" and q.period != "day":
        return False
    # "each about 5 hours", "each one's about 5 hours", "each one lasts 3 hours"
    each_before = re.search(
        r"\beach(?:\s+(?:one'?s|one is|one|is|lasts|takes))*(?: (?:about|around|roughly|maybe))?"
        r"\s*$",
        text[: q.start],
    )
    each_before = each_before or _ITEM_LASTS.search(text[max(0, q.start - 40) : q.start])
    if _EACH_HOURS.match(text[q.end :]) or each_before or "-h" in said or q.period == "day":
        return True
    if _per_counted_item(text[q.end :], own):
        return True
    weekly = re.search(
        r"(?:a|per|/|each|every)\s*(?:week|wk|month|mo|year|fortnight)|weekly|monthly|pw", said
    )
    days = any(
        ((o.kind == "days" and o.note == "day") or o.kind == "weekdays")
        and o.period == "week"
        and not re.search(
            r"[;()]|\b(?:over|across|spread|between)\b",
            text[min(o.end, q.end) : max(o.start, q.start)],
        )
        for o in own
    )
    # "every other saturday, 8 hours", "1.5h rehearsals twice a week": hours with no period
    # of their own beside how often the work comes are the hours of each time
    often = any(o.kind == "freq" and _nearest_hours(o, own) is q for o in own)
    near = text[max(0, q.start - 40) : q.end + 15]
    if q.kind == "hours" and not weekly and _EACH_TIME.search(near):
        # "each course is a full day, 7 hours, and I do two a month", "60 hours per
        # catalogue, 2 a year": the hours of each time, beside how many times a month or year
        # ("twice a month 8 hours, £300 each": the "each" of a fee leaves the hours those of
        # each time too)
        return (q.value <= 80 and any(_times_a_year(o) for o in own)) or (often and q.value <= 12)
    return q.kind == "hours" and q.value <= 12 and (days or often) and not weekly


def _nearest_hours(frequency: Quantity, own: list[Quantity]) -> Quantity | None:
    """The hours said nearest to a frequency: the length of time that frequency is about."""
    hours = [o for o in own if o.kind == "hours"]
    return min(hours, key=lambda o: _gap(o, frequency), default=None)


def _gap(a: Quantity, b: Quantity) -> int:
    """How many characters lie between two quantities said in one sentence."""
    return max(0, a.start - b.end, b.start - a.end)


#: Words saying hours are those of each time: "each course", "per catalogue", "40 hours each".
_EACH_TIME = re.compile(r"\beach\b|\bper (?!week|wk|month|year|day|annum)[a-z]{3,}")


def _times_a_year(o: Quantity) -> bool:
    """ "two a month", "3 or 4 a year", "3 projects a year": how many times, per month or year."""
    return o.kind in {"bare", "count"} and o.period in {"month", "year"} and 0 < o.value <= 24


def pair(own: list[Quantity], text: str) -> dict[int, Quantity]:
    """Each rate's frequency, by the rate's id; the frequencies taken are in the result too."""
    pairs: dict[int, Quantity] = {}
    # one frequency serves one fee and one length of time: "one 12-hour shift a month, £300"
    taken: dict[bool, set[int]] = {True: set(), False: set()}
    rates = [
        q
        for q in own
        if not q.note.startswith("roster")  # a roster's average is a week's, said of its job
        and (is_item_rate(q) or hours_each(q, text, own) or _multiplied(q, own, text))
    ]
    options = [
        (_gap(o, q), n, q, o)
        for n, q in enumerate(rates)
        for o in own
        if o is not q and _fits(o, q, text) and _together(o, q, text)
    ]
    # the closest rate and frequency pair first, so a frequency said beside one piece of work
    # is not taken by a rate said earlier for another ("8h, ... a class once a month 3 hours")
    for _, _, q, o in sorted(options, key=lambda option: option[:2]):
        mine = taken[q.kind == "money"]
        if id(q) not in pairs and id(o) not in mine:
            pairs[id(q)] = o
            mine.add(id(o))
    return pairs


#: Between a rate and a frequency: another piece of work begins ("37.5 hrs a week (...),
#: plus bar shifts fri/sat"); the frequency is that work's, not the rate's.
_OTHER_WORK = re.compile(r"\bplus\b|\band also\b|\bas well as\b|;")


#: Between hours of each time and a bare "N a week" after them: the person's own sum or
#: average ("15 hrs each so say 3 a week over the year"), not how often the time comes (said
#: "so" with a word of estimate only: "2 a week" after "I average" still counts the times).
_SUMMED = re.compile(r"\bso,? (?:say|about|around|roughly|approx\w*)\s*$")
#: Hours said to be of each piece or time: "15 hrs each", "10 hours a piece", "20h per chair".
_OF_EACH = re.compile(
    r"^\s*(?:each|apiece|a piece|per (?!week|wk|month|year|day|annum)[a-z]{3,})\b"
)


def summed_hours(found: list[Quantity], text: str) -> list[Quantity]:
    """ "15 hrs each so say 3 a week": a bare figure after the hours of each piece, said as
    the person's own sum ("so say", "so about"), is hours in that period, never money, and
    the hours of one piece are left out; the money said beside it ("2400 a year") is then
    the only income."""
    out = list(found)
    for q, nxt in itertools.pairwise(found):
        if q.kind != "hours" or not _OF_EACH.match(text[q.end : nxt.start]):
            continue
        if nxt.kind == "bare" and nxt.period and _SUMMED.search(text[q.end : nxt.start]):
            # the hours of one piece are the sum's working, no figure of their own
            out = [replace(o, kind="hours", note="the sum of the hours each") if o is nxt else o
                   for o in out if o is not q]  # fmt: skip
    return out


#: A weekly figure a shift pattern sums to: "works out to about", "comes to", "adds up to"
#: ("I average 3 a week" says how often, not a sum).
SUMS_TO = re.compile(
    r"\b(?:works? out (?:to|at|as)|comes? (?:out )?(?:to|at)|adds? up to|averages? out "
    r"(?:to|at))\s*(?:about|around|roughly|maybe|approx|like|nearly|~)?\s*$"
)


def _together(other: Quantity, q: Quantity, text: str) -> bool:
    between = text[min(q.end, other.end) : max(q.start, other.start)]
    if other.kind == "bare" and other.start > q.end and _SUMMED.search(between):
        return False
    if other.start > q.start and SUMS_TO.search(text[q.end : other.start]):
        return False  # "12h shifts, works out to 42 a week": the sum, not how often
    if other.kind in {"weekdays", "days"} and _days_of_its_own(q, other, text):
        return False  # "Fridays 9 till 2, and an hour every evening Monday to Thursday"
    return not _OTHER_WORK.search(between)


_CLAUSE_END = re.compile(r"[,;.!?\n]")
_A_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b")


def _days_of_its_own(q: Quantity, days: Quantity, text: str) -> bool:
    """True when hours are said in a clause that names their own weekday, and the days are
    said outside that clause: the days are another piece of the week's."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, q.start)]
    start = starts[-1] if starts else 0
    end_at = _CLAUSE_END.search(text, q.end)
    end = end_at.start() if end_at else len(text)
    inside = start <= days.start and days.end <= end
    return not inside and _A_WEEKDAY.search(text[start:end]) is not None


def _multiplied(q: Quantity, own: list[Quantity], text: str) -> bool:
    """ "85 patrons x £4 a month": a count times a monthly amount."""
    return q.kind == "money" and any(
        (o.kind in {"count", "bare"}) and o.end <= q.start and _TIMES.match(text[o.end : q.start])
        for o in own
    )


_HOURS_IN_A_WEEK = 168


def _fits(other: Quantity, q: Quantity, text: str) -> bool:
    if other.shifts:  # "4 x 11hr shifts, £190 a shift": paid for each of those shifts
        return q.kind == "money" and q.period in _PER_SHIFT
    if other.kind in {"freq", "weekdays"}:
        return True
    if other.kind == "days":
        return True
    if other.kind in {"bare", "count"} and other.period:
        # "15 hrs each, 2400 a year": no week holds that many times; the figure is money
        return q.kind != "hours" or q.value * per_year(other) / 52 <= _HOURS_IN_A_WEEK
    if other.kind == "count" and not other.period:
        return q.period.startswith("each") or q.kind == "hours" or _multiplied(q, [other], text)
    if other.kind == "bare" and not other.period:  # "120 paying £5/mo"
        return _multiplied(q, [other], text)
    return False


def fees_each(found: list[Quantity], text: str) -> list[Quantity]:
    """At the question of what work pays, "120 each, maybe 2 a week": a number said "each"
    is the fee of each time, which then takes how often it comes."""
    return [
        replace(q, kind="money", period="each")
        if q.kind == "bare" and not q.period and re.match(r"\s*each\b", text[q.end :])
        else q
        for q in found
    ]
