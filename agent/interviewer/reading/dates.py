"""Review dates said in words: an ISO date, "in 12 weeks", "the first of April", "how about 8
weeks", "end of the school year". The text is kept as said when it is not a calendar date.
"""

from __future__ import annotations

import re

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


#: "how about 8 weeks", "give it three months", "leave it ten weeks": a time from now.
_DATE_OFFERED = re.compile(r"\b(?:how about|what about|say|make it|let'?s do|let'?s say|"
                           r"give (?:it|me|us)|leave it|wait)\s+(?:about |around |another )?"
                           r"(\d+)\s*(weeks?|months?)\b")  # fmt: skip
_PERIOD_END = re.compile(
    r"\b(?:end|start|beginning|middle) of (?:the )?(?:(?:school|academic|financial|tax) year|"
    r"(?:summer|autumn|winter|spring|ski|busy|wedding|tourist) (?:term|season|holidays)|"
    r"(?:summer|autumn|winter|spring|school|academic|university|uni) term|term|season|summer|"
    r"autumn|winter|spring|year)\b"
)


def review_date(text: str) -> str | None:
    """The review date a text names ("2026-03-27", "in 12 weeks", "end of April", "after
    Ramadan"), or None."""
    narrowed = _NARROWED.search(text)
    exact = _narrowed_date(narrowed.group("date")) if narrowed else None
    if exact:  # "end of summer, say March": the date said second narrows the first
        return exact
    season = _SEASON_ALONE.match(text.strip(" .!"))
    if season:  # "spring", "early autumn then": the season is the date
        return season.group(1)
    alone = time_alone(text)
    if alone:  # "dunno. summer?", "maybe may? before the markets": a time said as a clause
        return alone
    after = _AFTER_EVENT.match(text)
    if after is None:
        return _dated(text)
    event, rest = after.group(1), text[after.end() :]
    inside = _dated(event)  # "after vintage april": the date said in the same breath
    at = event.find(inside) if inside else -1
    if inside and at <= len("after "):
        return inside  # "after 1 March 2027": a date, no event
    if inside:
        event, rest = event[:at], event[at:]
    return _after_event(event.strip(), rest)


#: "end of summer, say March", "in a few months, call it May": a loose time, then the date
#: it comes to.
_NARROWED = re.compile(
    r"(?:[,;:]\s*|\s)(?:say|so|i\.?e\.?|that is|meaning|call it|let'?s say|make it)\s+"
    r"(?P<date>[^,;:]+)$"
)
_MONTH_ALONE = re.compile(
    r"^(?:(?:early|mid|late|end of|start of|the end of|the start of)[- ]?\s*)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\W*$"
)


def _narrowed_date(said: str) -> str | None:
    """The date a narrowing names: a date, or a month alone ("say March")."""
    said = said.strip(" .!")
    return _dated(said) or (said if _MONTH_ALONE.match(said.casefold()) else None)


#: A season said as the whole answer ("spring", "in the autumn", "early summer then").
_SEASON_ALONE = re.compile(
    r"^(?:(?:ok|okay|hmm+|um+|maybe|say)\W+)*(?:(?:in|by|around|next|this|come) )?(?:the )?"
    r"((?:early |late |mid[- ]?)?(?:spring|summer|autumn|fall|winter))"
    r"(?:\W+(?:then|please|pls|i guess|i think|i suppose|is (?:fine|good)|works|ok|okay))*$"
)
#: "after Ash Wednesday", "after vintage. april": a review set after an event of the person's
#: year, said first ("after that" is no event).
_AFTER_EVENT = re.compile(
    # "give it till after Easter", "let's wait until after the harvest": the wait said first
    r"^\W*(?:(?:let'?s |we'?ll |i'?d )?(?:give it|wait|leave it|hold off|say|make it)\s+"
    r"(?:(?:till|until|til|to)\s+)?)?"
    r"(?:(?:just|right|sometime|some time|soon) )?"
    r"(after (?!(?:that|this|it|then|which|all|everything|you|we|i)\b)[^,.;:!?]+)"
)
#: "..., so start of october", "..., like mid september": the date that the event stands for.
_SO = re.compile(r"^\W*(?:so|like|i\.?e\.?|that is|which is|meaning)\b")
_SO_LAST = re.compile(r"\s(?:so|like)(?:\s+like)?$")


def _after_event(event: str, rest: str) -> str:
    """The event with the date said after it ("after Meskel, end of September"), or the date
    alone when it spells the event out ("after festival season, so like mid september")."""
    date = _dated(rest)
    if date is None:
        return event
    if _SO.match(rest.lstrip(" ,.;:-")) or _SO_LAST.search(event):
        return date
    return f"{event}, {date}"


def _dated(text: str) -> str | None:
    offered = _DATE_OFFERED.search(text)
    if offered:  # "how about 8 weeks": weeks from now
        return f"in {offered.group(1)} {offered.group(2)}"
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if iso:
        return f"{iso.group(1)}-{int(iso.group(2)):02d}-{int(iso.group(3)):02d}"
    numeric = _numeric_date(text)
    if numeric:
        return numeric
    relative = re.search(r"\bin\s+(\d+)\s*(weeks?|months?|days?)\b", text)
    if relative:
        return relative.group(0)
    later = re.search(r"\b(\d+)\s*(weeks?|months?)\s+(?:later|on|out|away)\b", text)
    if later:  # "3 months later ok": that long from now
        return f"in {later.group(1)} {later.group(2)}"
    named = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3})[a-z]*\.?,?\s*(\d{4})\b", text
    )
    if named and named.group(2) in _MONTHS:
        month = _MONTHS.index(named.group(2)) + 1
        return f"{named.group(3)}-{month:02d}-{int(named.group(1)):02d}"
    first = re.search(r"\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", text)
    if first and first.group(1) in _MONTHS:  # "march 1st, 2027": the month first
        month = _MONTHS.index(first.group(1)) + 1
        return f"{first.group(3)}-{month:02d}-{int(first.group(2)):02d}"
    ahead = re.search(r"\b(\d+)\s*(weeks?|months?|days?)\s+(?:from now|from today|time)\b", text)
    if ahead:  # "three months from now": kept as said
        return ahead.group(0)
    worded = _MONTH_THEN_DAY_WORD.search(text)
    if worded:  # "april first", "june the twenty-second": the day said in words
        return f"{worded.group(1)} {_day_said(worded.group(2), worded.group(3))}"
    said = re.search(
        r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|(?:the )?(?:first|second|third|last|\d{1,2}(?:st|nd|"
        r"rd|th)?)"
        r"\s+(?:\w+\s+)?(?:of\s+|in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
        r"(?:\s+\d{4})?|\b(?:end|start|beginning|middle|mid|early|late)(?: of |-| )(?:the )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
        # "march 1st", "feb 20": the month first
        r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \d{1,2}(?:st|nd|rd|th)?\b"
        r"(?! (?:weeks?|days?|months?|hours?)\b)|\bmay \d{1,2}(?:st|nd|rd|th)\b",
        text,
    )
    if said:
        return said.group(0)
    period = _PERIOD_END.search(text) or _MONTH_ALONE.search(text)
    return period.group(0) if period else None


_DAY_WORDS = re.findall(
    r"\S+",
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth",
)
#: A month by its full name, then its day said as an ordinal word ("april first"); "may
#: first" is too often a verb.
_MONTH_THEN_DAY_WORD = re.compile(
    r"\b(january|february|march|april|june|july|august|september|october|november|"
    r"december)\s+(?:the\s+)?(?:(twenty|thirty)[\s-]?)?(" + "|".join(_DAY_WORDS) + r")\b"
)


def _day_said(tens: str | None, word: str) -> str:
    """ "twenty", "second" -> "22nd": the day of a month said in words, as digits."""
    day = {"twenty": 20, "thirty": 30}.get(tens or "", 0) + _DAY_WORDS.index(word) + 1
    day = 30 if word == "thirtieth" else day
    ending = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{ending}"


#: "after wedding season, so october?": a month said by its full name ("may" is too often a
#: verb to count alone).
_MONTH_ALONE = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b"
)


#: A season or a month said as a clause of its own, maybe hedged or asked with a rising voice
#: ("dunno. summer?", "maybe may?"); "may" counts only so, never inside a sentence.
_TIME_CLAUSE = re.compile(
    r"^(?:(?:ok|okay|hmm+|um+|maybe|say|perhaps|probably|i guess|i think|how about|what about)"
    r"\W+)*(?:(?:in|by|around|next|this|come) )?(?:the )?((?:early |late |mid[- ]?)?"
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december))(?:\W+(?:then|please|pls|i guess|i think|maybe))*"
    r"\W*$"
)
#: What may come before such a clause and say nothing of the date: "dunno", "not sure".
_UNSURE_CLAUSE = re.compile(r"^\W*(?:dunno|idk|not sure|no idea|hmm+|um+|ok|okay|well)\W*$")


def time_alone(text: str) -> str | None:
    """The season or month said as the first clause with something in it ("dunno. summer?",
    "maybe May? before the markets get busy"), or None."""
    for clause in re.split(r"(?<=[.?!;,])\s+", text.strip()):
        if _UNSURE_CLAUSE.match(clause):
            continue
        found = _TIME_CLAUSE.match(clause)
        return found.group(1) if found else None
    return None


#: "1. 6.", "15. 3." : a day and a month written with full stops, day first as in central
#: Europe; kept as the day and the month's name, to be dated against the day it is said.
_DOTTED_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?!\s?\d)")
_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip


def dotted_as_named(text: str) -> str:
    """``text`` with a day and a month written with full stops ("1. 6.") said with the
    month's name ("1 june"), as the review date is then read and dated."""

    def named(found: re.Match[str]) -> str:
        day, month = int(found.group(1)), int(found.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return found.group(0)
        return f"{day} {_MONTH_NAMES[month - 1]}"

    return _DOTTED_DAY_MONTH.sub(named, text)


def _numeric_date(text: str) -> str | None:
    """ "15/01/2027" (day first) or "01/15/2027" (month first) as an ISO date, when the order
    is plain from a part above 12; "03/04/2027" could be either, so it is kept as said."""
    found = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", text)
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(2)), found.group(3)
    if 12 < first <= 31 and 1 <= second <= 12:
        return f"{year}-{second:02d}-{first:02d}"
    if 12 < second <= 31 and 1 <= first <= 12:
        return f"{year}-{first:02d}-{second:02d}"
    return None
