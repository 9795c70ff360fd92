"""More hours said for each time of counted work: preparation, travel, setting up (pure).

"one 3-hour workshop a month, plus about 2 hours prep" is five hours each month, not three a
month and two every week.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import income_parts
from agent.interviewer.reading.quantity import Quantity

#: Between a counted length of time and more hours said for each time: "..., plus about".
_PLUS_EACH = re.compile(
    r"\s*,?\s*(?:plus|\+|and)\s+(?:about|around|maybe|roughly|another|an? extra)?\s*$"
)
#: What the hours added to each time are spent on.
_EACH_EXTRA = re.compile(
    r"\s*(?:of\s+)?(?:prep|preparation|prepping|set[- ]?up|setting up|travel|travelling|"
    r"driving|admin|planning|marking|packing up|pack[- ]?down|rehearsal|practice)\b"
)


def with_extras(found: list[Quantity], text: str) -> list[Quantity]:
    """ "one 3-hour workshop a month, plus about 2 hours prep": the preparation said after a
    counted length of time is part of each time, so the hours of each time are added before
    the count and its period make them weekly."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.shifts
            and q.kind == "hours"
            and not q.shifts
            and q.period == "week"
            and not re.search(
                r"(?:a|per|/|each|every)\s*(?:week|wk|day|month|year)", text[q.start : q.end]
            )
            and _PLUS_EACH.fullmatch(text[last.end : q.start])
            and _EACH_EXTRA.match(text, q.end)
        ):
            each = last.value / last.shifts + q.value
            note = f"{last.note}, plus {q.value:g} h each time"
            out[-1] = Quantity(
                "hours",
                each * last.shifts,
                last.start,
                q.end,
                period="week",
                note=note,
                shifts=last.shifts,
            )
            continue
        out.append(q)
    return out


#: A period said before the hours it is of: "per fortnight it's around 30 hours".
_PERIOD_FIRST = re.compile(
    r"(?:^|[,;.!?\n(]\s*)(?:(?:and|but|so)\s+)?(?:per|in a|over a)\s+"
    r"(?P<per>fortnight|month)\b(?P<rest>[^.;,!?\n\d]*)$"
)
#: The hours of a school or college term: "120 hours a term".
_A_TERM = re.compile(r"\s*(?:a|per|each|every)\s+(?:term|semester)\b")
#: How long a term is: "terms are 12 weeks", "a 12-week term".
_TERM_WEEKS = re.compile(
    r"\bterms?\s+(?:are|is|last|lasts|run|runs|of)\s+(?:about\s+|around\s+)?(?P<a>\d{1,2})\s*"
    r"weeks?\b|\b(?P<b>\d{1,2})[- ]weeks?\s+terms?\b"
)
_PER_SAID = re.compile(r"(?:a|per|/|each|every)\s*(?:week|wk|w|day|month|mo|year|fortnight)\b")


def periods_said_apart(found: list[Quantity], text: str) -> list[Quantity]:
    """Hours whose period is said away from them: before them in their clause ("per
    fortnight it's around 30 hours": 15 a week), or as a term whose length in weeks the
    message gives ("120 hours a term, terms are 12 weeks": 10 a week)."""
    out: list[Quantity] = []
    used: set[int] = set()
    for q in found:
        if (
            q.kind != "hours"
            or q.period != "week"
            or q.shifts
            or _PER_SAID.search(text[q.start : q.end])
        ):
            out.append(q)
            continue
        before = _PERIOD_FIRST.search(text[: q.start])
        if re.match(r"\s*(?:each|apiece|a time)\b", text[q.end :]):
            before = None  # "every month, 3 hours each": the hours of each time
        term = _A_TERM.match(text, q.end)
        weeks = _TERM_WEEKS.search(text)
        if before is not None:
            per = before.group("per")
            weekly = q.value / 2 if per == "fortnight" else q.value * 12 / 52
            note = f"{q.value:g} h a {per} is {weekly:.1f} h a week"
            q = Quantity("hours", weekly, q.start, q.end, period="week", note=note)
        elif term is not None and weeks is not None:
            length = int(weeks.group("a") or weeks.group("b"))
            note = f"{q.value:g} h a term of {length} weeks"
            q = Quantity("hours", q.value / length, q.start, term.end(), period="week", note=note)
            used.add(weeks.start("a") if weeks.group("a") else weeks.start("b"))
        out.append(q)
    # the weeks a term lasts are said of the term, no stretch of work of their own
    return [q for q in out if not (q.kind == "weeks" and q.start in used)]


#: A share of the hours just said: "but I'm only behind the till for about half of that".
#: Numbers are digits once normalised: "two thirds" is "2 thirds" here.
_SHARE_OF_THAT = re.compile(
    r"[^.;!?\n\d]{0,60}?\b(?:about |around |roughly |maybe )?(?P<share>(?P<count>a|2|3)?\s*"
    r"(?P<part>half|thirds?|quarters?)) (?:of (?:that|it|those|them|this)|that)\b"
)
#: The person's own part of the hours said: "I'm only behind the till for", "I do".
_MINE = re.compile(r"\b(?:i'?m|i am|i do|i work|i only|i'?m only)\b")


def shares_of_hours(found: list[Quantity], text: str) -> list[Quantity]:
    """Hours the person then works only a share of: "the shop's open 28 hours a week but I'm
    only behind the till for about half of that" is 14 hours of their own."""
    out: list[Quantity] = []
    for q in found:
        share = _SHARE_OF_THAT.match(text, q.end) if q.kind == "hours" else None
        part = income_parts.share_of(share.group("count"), share.group("part")) if share else None
        if share is not None and part and _MINE.search(share.group(0)):  # not "half of it is admin"
            note = f"{share.group('share').strip()} of {q.value:g} h"
            q = Quantity("hours", q.value * part, q.start, share.end(), q.currency, q.period, note)
        out.append(q)
    return out
