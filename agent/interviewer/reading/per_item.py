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


#: "4 of the smaller model at €3,900": a number of some of what was sold, at a price each.
_SOME_OF_AT = re.compile(r"^\s+of\s+(?:the|those|these|them)\b[a-z' -]{0,40}?\s(?:at|@)\s*$")


#: "last year I delivered ...", "this year I sold ...": what was sold in a year said.
_IN_THE_YEAR = re.compile(r"\b(?:last|this) year\b")
#: Words of how often, which make the things counted those of one time, not of the year.
_HOW_OFTEN = re.compile(
    r"\b(?:a|per|each|every) (?:week|month|day|time|session|event)\b|\btimes\b|\bweekly\b|"
    r"\bmonthly\b|\bonce\b|\btwice\b"
)


def _sold_in_a_year(count: Quantity, fee: Quantity, text: str) -> bool:
    """True for "Last year I delivered 7 harps: 4 of the small model at €3,900 ...": things
    sold at a price each, counted over the year the sentence names, with no word of how
    often: the year's takings."""
    start = max(text.rfind(c, 0, count.start) for c in ".;!?\n") + 1
    ends = [i for i in (text.find(c, fee.end) for c in ".;!?\n") if i >= 0]
    sentence = text[start : min(ends, default=len(text))]
    return bool(_IN_THE_YEAR.search(sentence)) and not _HOW_OFTEN.search(sentence)


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
            if c.kind in {"count", "bare"}
            and not c.period
            and c.end <= fee.start
            and (_EACH_PAYS if c.kind == "count" else _SOME_OF_AT).match(text[c.end : fee.start])
        ]
        if len(counts) != 1:
            continue
        count = counts[0]
        note = f"{format_number(fee.value)} each x {format_number(count.value)} {count.note}"
        period = "year" if _sold_in_a_year(count, fee, text) else "occasion"
        folded = replace(fee, value=fee.value * count.value, period=period, note=note.strip())
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


#: Periods that are no item: a fee said per one of them is a rate of its own.
_FIXED = frozenset({"year", "month", "week", "fortnight", "quarter", "day", "hour", "each"})
#: The item a fee is said for, right after it: "£25 for a half hour", "£30 per trim".
_FOR_ITEM = re.compile(
    r"^\s*(?:for|per|a|an)\s+(?:a\s+|an\s+|one\s+)?((?:half|full|quarter|whole)[- ]?[a-z]+|"
    r"\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|min(?:ute)?s?)\b|"
    r"[a-z]{3,}(?:-[a-z]+)*(?:\s+(?!(?:and|or|but|plus|each|every|about|around|roughly|maybe|"
    r"with|for|per|at|a|an|the|of)\b)[a-z]{3,}(?:-[a-z]+)*)?)"
)
#: "about 10 of each a month": one count for every fee.
_OF_EACH = re.compile(r"^\W*(?:about|around|roughly|maybe|say|like|approx\w*)?\s*of each\b")
#: How often the counts come, said once after them all.
_COUNT_PERIOD = re.compile(
    r"\b(?:a|per|each|every)\s+(week|month|year|fortnight)\b|\b(weekly|monthly|yearly)\b"
)


#: A sentence's end (not a decimal point) or another piece of work between two fees.
_APART = re.compile(r"[;!?\n]|(?<!\d)\.|\.(?!\d)|\bplus\b|\balso\b|\band then\b")


def _item_of(fee: Quantity, text: str) -> str | None:
    """The item a fee is paid for ("lesson", "half hour", "trim"), or ``None``."""
    if fee.kind != "money":
        return None
    if fee.period and fee.period not in _FIXED and fee.period != "occasion":
        return fee.period
    said = _FOR_ITEM.match(text[fee.end :]) if not fee.period else None
    return said.group(1) if said and said.group(1) not in PERIODS else None


def _one_item(item: str, noun: str) -> bool:
    """ "class" and "classes", "drop-in" and "drop-ins": the same item, one or several."""
    forms = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    return _same_items(item, noun) or item in forms


def _several_fees(found: list[Quantity], text: str) -> list[Quantity]:
    """ "£40 for a lesson and £25 for a half hour, about 10 of each a month", "£60 a cut and
    £30 a trim, 20 cuts and 15 trims a month": two fees or more for different items in one
    sentence add up only when each has its own count and the period is said; then they are
    one fee for that period. Otherwise no count is taken for any of them, so that no product
    of one fee and another's count is read: each fee is then asked back."""
    fees = [q for q in found if _item_of(q, text)]
    if len(fees) < 2 or _APART.search(text[fees[0].start : fees[-1].end]):
        return found
    end = _APART.search(text[fees[-1].end :])
    stop = fees[-1].end + end.start() if end else len(text)
    after = [q for q in found if fees[-1].end <= q.start < stop and q.kind in {"count", "bare"}]
    periods = list(_COUNT_PERIOD.finditer(text[fees[-1].end : stop]))
    # "6 lessons a week and 3 sessions a month": counts of different periods are no one sum
    period = periods[0] if len({m.group(0) for m in periods}) == 1 else None
    counts: list[float] = []
    for fee in fees:
        item = _item_of(fee, text) or ""
        own = [c for c in after if c.kind == "count" and _one_item(item.split()[-1], c.note)]
        each = [c for c in after if _OF_EACH.match(text[c.end :])]
        mine = own or each
        if len(mine) == 1:
            counts.append(mine[0].value)
    taken = {id(c) for c in after}
    # "£25 for 0.5 hour": how long each item lasts, no hours a week
    taken |= {id(q) for q in found if q.kind == "hours" and any(
        f.end <= q.start and q.end <= f.end + 16 and _FOR_ITEM.match(text[f.end :]) for f in fees
    )}  # fmt: skip
    rest = [q for q in found if id(q) not in taken and q not in fees]
    if len(counts) != len(fees) or period is None:
        held = [replace(f, period=_item_of(f, text) or "each", note="several fees") for f in fees]
        return sorted(rest + held, key=lambda q: q.start)
    unit = PERIODS.get(period.group(1) or period.group(2), "month")
    value = sum(f.value * n for f, n in zip(fees, counts, strict=True))
    note = " + ".join(
        f"{format_number(f.value)} x {format_number(n)}" for f, n in zip(fees, counts, strict=True)
    )
    summed = replace(fees[0], value=value, end=fees[-1].end, period=unit, note=f"{note} a {unit}")
    return sorted([*rest, summed], key=lambda q: q.start)


#: The item a fee is said for, right before it at the start of a clause: "funerals £120".
_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s*|\band\s+)([a-z]{3,})\s+(?:(?:is|are|were)\s+)?$")
#: The year the counts were done in: "this year", "last year".
_DONE_THIS_YEAR = re.compile(r"\b(?:this|last|a|per|each|every)\s+year\b")


def _listed_then_counted(found: list[Quantity], text: str) -> list[Quantity]:
    """ "Funerals £120, weddings £250. Did 14 funerals and 9 weddings this year": a sentence
    that only prices items, each named before its fee, then a sentence that counts each of
    them over a period: the sum of each fee times its count, for that period. Any other shape
    is left as it was (the fees are then asked back)."""
    end = _APART.search(text)
    if end is None or end.start() == 0:
        return found
    listed = [q for q in found if q.start < end.start()]
    items = [_ITEM_BEFORE.search(text[: q.start]) for q in listed]
    if len(listed) < 2 or any(q.kind != "money" or q.period for q in listed) or None in items:
        return found
    stop = _APART.search(text, end.end())
    counting = text[end.end() : stop.start() if stop else len(text)]
    counts = [
        q for q in found if q.kind == "count" and end.end() <= q.start < end.end() + len(counting)
    ]
    period = _COUNT_PERIOD.search(counting) or _DONE_THIS_YEAR.search(counting)
    if len(counts) != len(listed) or period is None:
        return found
    pairs = []
    for fee, item in zip(listed, items, strict=True):
        own = [c for c in counts if _one_item(_singular(item.group(1)), c.note)]  # type: ignore[union-attr]
        if len(own) != 1:
            return found
        pairs.append((fee, own[0].value))
    said = period.group(0).split()[-1]
    unit = PERIODS.get(said, "year")
    value = sum(f.value * n for f, n in pairs)
    note = " + ".join(f"{format_number(f.value)} x {format_number(n)}" for f, n in pairs)
    summed = replace(listed[0], value=value, end=listed[-1].end, period=unit,
                     note=f"{note} a {unit}")  # fmt: skip
    rest = [q for q in found if q not in listed and q not in counts]
    return sorted([*rest, summed], key=lambda q: q.start)


#: "35 per person", "40 a head", "25 pp": a plain number said per person is a price, never
#: hours or a count, even with no currency said.
_PER_PERSON = re.compile(
    r"\s*(?:(?:per|a|an|/)\s*(?P<item>person|head|guest|student|pupil|participant|attendee|"
    r"adult|kid|child|customer|visitor|tourist)\b|(?P<pp>pp|p\.p\.)(?!\w))"
)


#: "1,200 a gig", "450 per wedding": a plain number of 20 or more said per an occasion of paid
#: work is its fee, with no currency said.
_PER_OCCASION = re.compile(
    r"\s*(?:per|a|an|/)\s*(?P<item>gig|show|job|wedding|funeral|event|booking|session|class|"
    r"lesson|shoot|visit|commission|delivery|party|tour|trip|load|run)\b"
)


def _priced(found: list[Quantity], text: str) -> list[Quantity]:
    out = []
    for q in found:
        plain = q.kind == "bare" and not q.period
        said = _PER_PERSON.match(text, q.end) if plain else None
        if said is not None:
            item = said.group("item") or "person"
            q = replace(q, kind="money", period=item, end=said.end())
        fee = _PER_OCCASION.match(text, q.end) if plain and q.value >= 20 else None
        if fee is not None:
            q = replace(q, kind="money", period=fee.group("item"), end=fee.end())
        out.append(q)
    return out


#: A second period said right after a fee per item: "£40 per pupil per month".
_THEN_PERIOD = re.compile(r"\s*(?:per|a|an|each|every)\s+(week|month|year)\b")


#: The year a count was done in, said in its sentence before it or right after it: "last
#: harvest we sold 140 bags", "sold 140 bags this year".
_YEAR_BEFORE = re.compile(r"\b(?:last|this|past) (?:year|season|harvest)\b")
_YEAR_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:last|this|in the past) (?:year|season|harvest)\b")


def _year_of_count(count: Quantity, text: str) -> bool:
    start = max(text.rfind(c, 0, count.start) for c in ".;!?\n") + 1
    return bool(_YEAR_BEFORE.search(text, start, count.start) or _YEAR_AFTER.match(text, count.end))


#: Sessions a group comes to, counted over a year: "31 classes this year".
_GROUP_SESSIONS = frozenset({"class", "session", "workshop", "tour", "party", "event", "lesson",
                             "course", "booking", "night", "walk"})  # fmt: skip


def _one_of(word: str) -> str:
    """One of the things a plural names: "classes" -> "class", "parties" -> "party"."""
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-3] + "y" if word.endswith("ies") else _singular(word)


def _heads_times_sessions(found: list[Quantity], text: str) -> list[Quantity]:
    """ "€35 a head, usually 10 to 14 of them, and I did 31 classes this year": a fee per
    person, the usual group (a range reads at its midpoint) and the sessions of the year, all
    in one sentence, multiplied into the year's takings."""
    fees = [q for q in found if q.kind == "money" and q.period in _PEOPLE and not q.note]
    if len(fees) != 1:
        return found
    fee = fees[0]
    end = min([i for i in (text.find(c, fee.end) for c in ".;!?\n") if i >= 0] + [len(text)])
    after = [q for q in found if fee.end <= q.start < end]
    groups = [q for q in after if q.kind == "count" and not q.period
              and _one_of(q.note) not in _GROUP_SESSIONS]  # fmt: skip
    sessions = [q for q in after if q.kind == "count" and _one_of(q.note) in _GROUP_SESSIONS
                and (q.period == "year" or _year_of_count(q, text))]  # fmt: skip
    if len(groups) != 1 or len(sessions) != 1 or len(after) != 2:
        return found
    group, held = groups[0], sessions[0]
    note = (
        f"{format_number(fee.value)} a {fee.period} x {format_number(group.value)} "
        f"{group.note} x {format_number(held.value)} {held.note} a year"
    )
    year = replace(fee, value=fee.value * group.value * held.value, period="year", note=note)
    return [year if q is fee else q for q in found if q not in (group, held)]


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each fee per item multiplied by the count of those items said beside it
    (the count taken out); fees with no such count are left as they were."""
    found = _listed_then_counted(_units_in_a_period(found, text), text)
    found = _heads_times_sessions(found, text)
    found = _fold_sessions(_fold_each(_several_fees(_priced(found, text), text), text), text)
    out = _done_often(_done_in_the_year(found, text), text)
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
        if not count.period and _year_of_count(count, text):  # "last harvest we sold 140 bags"
            period = "year"
        then = _THEN_PERIOD.match(text, fee.end)
        if not count.period and then:  # "£40 per pupil per month, 12 pupils": a month's fees
            period = then.group(1)
        folded = replace(fee, value=fee.value * count.value, period=period, note=note)
        out = [folded if q is fee else q for q in out if q is not count]
    return out


#: Between a fee per item or day and the count of them done in a year: "£220 per funeral.
#: Last year I conducted 134", "CHF 645 a day. Last year I worked 118 days".
_DONE_IN_THE_YEAR = re.compile(
    r"^\s*[.;,]?\s*(?:and\s+)?(?:last|this|over the last|in the last) year,?\s+(?:i|we)\s+"
    r"(?:\w+\s+)?(?:did|done|conducted|worked|sold|ran|had|taught|delivered|made|shot|booked|"
    r"played|led|officiated|performed|gave|built|did about|took)\s+"
    r"(?:about|around|roughly|maybe|some|nearly|almost|just over|just under)?\s*$"
)
#: Periods that are no item done a number of times.
_NO_ITEM = frozenset({"year", "month", "week", "fortnight", "quarter", "hour", "each", "one"})


def _done_in_the_year(found: list[Quantity], text: str) -> list[Quantity]:
    """A fee per item or per day, and then how many of them were done last year, said with
    nothing of how often: the fee times that count is the year's takings."""
    out = list(found)
    for k, fee in enumerate(found[:-1]):
        count = found[k + 1]
        if fee.kind != "money" or not fee.period or fee.period in _NO_ITEM:
            continue
        if count.kind not in {"count", "bare"} or count.period or count.value < 1:
            continue
        if count.kind == "count" and not _same_items(fee.period, count.note):
            continue
        if not _DONE_IN_THE_YEAR.match(text[fee.end : count.start]) or len(found) > k + 2:
            continue
        note = f"{format_number(fee.value)} a {fee.period} x {format_number(count.value)} last year"
        folded = replace(fee, value=fee.value * count.value, period="year", note=note)
        out = [folded if q is fee else q for q in out if q is not count]
    return out


#: "I do about 3", "we sell maybe 40": how many of the priced thing the person does, the
#: thing left unsaid because the price just named it.
_DO_HOW_MANY = re.compile(
    r"\b(?:i|we)\s+(?:(?:usually|normally|probably|only|still|also|does|do)\s+)?"
    # any verb of doing, not one of money, time or wanting ("I earn about 4 a month")
    r"(?!(?:earn|charge|ask|pay|spend|save|work|need|want|have|had|hope|would|could|can|am|"
    r"was|will|think|guess)\b)[a-z]{2,}\s+(?:about|around|roughly|maybe|like|bout|say|"
    r"usually|normally)?\s*$"
)
#: The period of such a count, said right after it: "a month", "in a month", "every week".
_COUNT_OFTEN = re.compile(r"^\s*(?:in\s+)?(?:a|per|every|each)\s+(week|month|year)\b")


def _done_often(found: list[Quantity], text: str) -> list[Quantity]:
    """One price, then how many of the thing priced the person does in a week, month or year,
    said with no noun of its own ("per radio I ask 85 €, I do about 3 a month"; "a full paint
    is 35 000. I do 2 in a month"): the price times the count, for that period."""
    fees = [q for q in found if q.kind == "money"]
    if len(fees) != 1 or fees[0].period in _FIXED - {"each"}:
        return found
    fee = fees[0]
    for count in found:
        if count.kind != "bare" or count.start < fee.end or count.value < 1:
            continue
        often = _COUNT_OFTEN.match(text[count.end :])
        period = count.period or (often.group(1) if often else "")
        if period not in {"week", "month", "year"} or not _DO_HOW_MANY.search(
            text[max(fee.end, count.start - 40) : count.start]
        ):
            continue
        note = f"{format_number(fee.value)} each x {format_number(count.value)} a {period}"
        folded = replace(fee, value=fee.value * count.value, period=period, note=note)
        # "I do 2 in a month, sometimes 3": the usual count stands, the odd one is no figure
        odd = {id(q) for q in found if q.kind == "bare" and q.start > count.end
               and _NOW_AND_THEN.match(text[count.end : q.start])}  # fmt: skip
        return [folded if q is fee else q for q in found if q is not count and id(q) not in odd]
    return found


#: Between the usual count and the odd one: "..., sometimes 3", "or now and then 4".
_NOW_AND_THEN = re.compile(
    r"^[^.;!?\d]*\b(?:sometimes?|occasionally|now and then|at most|up to)\s*$"
)


#: The period a quantity of units was sold or done in, said right after it ("38 kilo last
#: winter", "300 metres last year", "2 tonnes a month"); a season comes once a year.
_UNITS_PERIOD = re.compile(
    r"^[^.;!?\d]{0,25}?\b(?:(?:last|this|each|every|a|per|in a|over the) (?P<per>year|month|week)|"
    r"(?:last|this|each|every|a|per) (?P<season>spring|summer|autumn|fall|winter|season))\b"
)


def _units_in_a_period(found: list[Quantity], text: str) -> list[Quantity]:
    """ "$120 a kilo ... I got 38 kilo last winter", "£40 a metre. Did 300 metre last year": a
    price per unit of measure and a plain number of those units said with the period they
    were sold in: the price times the units is the period's takings. Units said with no
    period ("380 per kg ... 1,800 kg a harvest") are left to be asked."""
    fees = [q for q in found if q.kind == "money" and q.period and q.period not in _FIXED]
    if len(fees) != 1 or fees[0].period in _PEOPLE or fees[0].period == "occasion":
        return found
    fee = fees[0]
    unit = re.escape(fee.period)
    said = re.compile(rf"^\s*-?\s*{unit}(?:e?s)?\b")
    counts = [q for q in found if q.kind == "bare" and not q.period and q.start > fee.end
              and q.value >= 1 and said.match(text[q.end :])]  # fmt: skip
    if len(counts) != 1:
        return found
    count = counts[0]
    after = text[count.end + said.match(text[count.end :]).end() :]  # type: ignore[union-attr]
    when = _UNITS_PERIOD.match(after)
    if when is None:
        return found
    period = when.group("per") or "year"
    note = f"{format_number(fee.value)} a {fee.period} x {format_number(count.value)} a {period}"
    folded = replace(fee, value=fee.value * count.value, period=period, note=note)
    return [folded if q is fee else q for q in found if q is not count]
