"""A fee per item times how many items: "£45 a dog, 5 dogs a day", "R650 pp, 4 guests".

A fee paid per dog, per guest or per hive says nothing yearly on its own; the number of those
items said beside it (with its period, or per occasion) turns it into a fee per day, per
occasion or per year, which the frequency pairing then reads as any other rate ("4 days a
week", "every saturday"). The count is folded into the fee so that it is never taken for the
frequency itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantity import PERIODS, Quantity

#: Items that are people: a fee "pp" or "per head" is multiplied by guests, kids, students.
_PEOPLE = frozenset({
    "pp", "person", "persons", "head", "people", "guest", "kid", "child", "children", "student",
    "pupil", "participant", "attendee", "adult", "learner", "customer", "visitor", "tourist",
})  # fmt: skip
#: Fees per these are already paired or read elsewhere ("£50 each", "per lesson ... a week").
_NOT_FOLDED = frozenset({"each", "one", "go", "time", "pop", "hour", "day", "year", "month"})
#: A count belongs to the fee only within its sentence and not across another piece of work.
_BREAK = re.compile(r"[.;!?\n]|\bplus\b|\balso\b|\band then\b")
_NEAR = 60
#: Parts of a year: a count of them with no period is the count in a year.
_IN_A_YEAR = frozenset({"term", "semester"})


def _singular(word: str) -> str:
    if word in {"children", "people"}:
        return "person"
    return word[:-1] if word.endswith("s") else word


#: Items that are people, for readers outside this module.
PEOPLE = _PEOPLE


def _same_items(item: str, noun: str) -> bool:
    if _singular(noun) == _singular(item):
        return True
    return item in _PEOPLE and (noun in _PEOPLE or _singular(noun) in _PEOPLE)


#: "8 people at £140 each": a count joined to the fee each of them pays.
_EACH_PAYS = re.compile(r"^\s*(?:x|×|\*|at|@|paying|(?:who|that) pay|each paying)\s*$")


def _fold_each(found: list[Quantity], text: str) -> list[Quantity]:
    """ "6 a year, 8 people at £140 each", "8 people x £140": the fee each person pays times
    the people is the fee of one occasion (1120), which then takes how often it happens (6 a
    year) as any fee per occasion does; with no frequency said it is asked back, never stored
    as the year."""
    out = list(found)
    for fee in found:
        if fee.kind != "money" or fee.period not in {"each", ""}:
            continue
        counts = [
            c
            for c in out
            if c.kind == "count"
            and not c.period
            and c.end <= fee.start
            and _EACH_PAYS.match(text[c.end : fee.start])
        ]
        if len(counts) != 1:
            continue
        count = counts[0]
        note = f"{format_number(fee.value)} each x {format_number(count.value)} {count.note}"
        folded = replace(fee, value=fee.value * count.value, period="occasion", note=note)
        out = [folded if q is fee else q for q in out if q is not count]
    return out


_SESSIONS = frozenset({"session", "lesson", "class", "visit", "appointment", "walk"})
_WHO_BOOK = _PEOPLE | {"client", "patient", "dog", "family"}
#: How often each of them comes, said after the fee: "£25 a session, once a week each".
_EACH_AFTER = re.compile(r"^[\s,]*(?:each|every one|each of them)\b")
_WEEKLY_AFTER = re.compile(r"^\s*(?:weekly|each week|every week)\b")


def _fold_sessions(found: list[Quantity], text: str) -> list[Quantity]:
    """ "2 kids, £25 a session, once a week each", "4 clients, £70 a session weekly": a fee per
    session times the people who each come that often; without "each" or "weekly" after the
    fee the people and the sessions may be one count, and the fee is left as it was."""
    out = list(found)
    for fee in found:
        if fee.kind != "money" or fee.period not in _SESSIONS:
            continue
        people = [
            c
            for c in out
            if c.kind == "count"
            and not c.period
            and _singular(c.note) in _WHO_BOOK
            and c.end <= fee.start
            and re.fullmatch(r"\s*,?\s*(?:at|x|@|paying)?\s*", text[c.end : fee.start])
        ]
        after = [q for q in out if q.start >= fee.end and q.kind in {"freq", "count", "bare"}]
        often = after[0] if after and _EACH_AFTER.match(text[after[0].end :]) else None
        weekly = _WEEKLY_AFTER.match(text[fee.end :])
        if len(people) != 1 or not (often or weekly) or (often and not often.period):
            continue
        count = people[0]
        note = (
            f"{format_number(fee.value)} a {fee.period} x {format_number(count.value)} {count.note}"
        )
        period = "week" if weekly else "occasion"
        folded = replace(fee, value=fee.value * count.value, period=period, note=note)
        out = [folded if q is fee else q for q in out if q is not count]
    return out


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each fee per item multiplied by the count of those items said beside it
    (the count taken out); fees with no such count are left as they were."""
    found = _fold_sessions(_fold_each(found, text), text)
    out = list(found)
    for fee in found:
        if fee.kind != "money" or not fee.period or fee.period in _NOT_FOLDED:
            continue
        if fee.period in {"week", "fortnight", "quarter"} or fee.period.startswith("each"):
            continue
        counts = [
            c
            for c in out
            if c.kind == "count"
            and _same_items(fee.period, c.note)
            and abs(c.start - fee.start) <= _NEAR
            and not _BREAK.search(text[min(c.end, fee.end) : max(c.start, fee.start)])
        ]
        if len(counts) != 1 or fee not in out:
            continue
        count = counts[0]
        note = (
            f"{format_number(fee.value)} a {fee.period} x {format_number(count.value)} "
            f"{count.note}{' a ' + count.period if count.period else ''}"
        )
        # "2 games a weekend": a count per weekend is a count a week
        period = PERIODS.get(count.period, count.period) or "occasion"
        if not count.period and fee.period in _IN_A_YEAR:  # "2 grand a term, 3 terms": a year
            period = "year"
        folded = replace(fee, value=fee.value * count.value, period=period, note=note)
        out = [folded if q is fee else q for q in out if q is not count]
    return out
