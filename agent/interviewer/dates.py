"""Reading a date in a free answer: ISO, a day and a month in either order ("1 March",
"march 1st", "the 20th of feb"), a part of a month ("end of March", "mid April", "early May"),
or "in 10 weeks" (pure)."""

from __future__ import annotations

import datetime as dt
import re

from agent.interviewer.parse import normalise


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """A date from an answer: ISO ("2027-03-01"), "1 March 2027", "march 1st", "end of
    March" (its last day), "mid April" (the 15th), "early May" (the 1st), or "in 10 weeks".
    A month without a year is the next one of that name."""
    low = normalise(text)
    if re.search(rf"\b{_MONTH}", low):  # "the fourth of March": a day said in words
        low = _ORDINAL.sub(lambda m: _day_number(m.group(0)), low)
    iso = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", low)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    relative = re.search(r"in\s+(\d+)\s*(weeks?|months?|days?)", low)
    if relative:
        count, unit = int(relative.group(1)), relative.group(2)
        days = count * {"w": 7, "m": 30, "d": 1}[unit[0]]
        return today + dt.timedelta(days=days)
    return _named_month_date(low, today) or _month_first_date(low, today) or _month_part(low, today)


#: Days said in words ("the fourth of March", "March the twenty-first").
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_ORDINAL = re.compile(r"\b(?:(?:twenty|thirty|20|30)[\s-]?)?(?:" + "|".join(_ORDINALS) + r")\b")


_TENS = {"twenty": 20, "thirty": 30, "20": 20, "30": 30}


def _day_number(said: str) -> str:
    """ "twenty-first" -> "21st": the day as the patterns below read it."""
    parts = re.split(r"[\s-]", said)
    tens = _TENS.get(parts[0], 0) if len(parts) > 1 else 0
    return f"{tens + _ORDINALS[parts[-1]]}th"


_MONTHS = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
]  # fmt: skip


#: A month's name or its usual short form (never "maybe" or "marching").
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
#: "I may 3 weeks", "it may 2": "may" as a verb.
_NOT_A_VERB = r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bit )(?<!\bthat )(?<!\bthey )"


def _named_month_date(low: str, today: dt.date) -> dt.date | None:
    match = re.search(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s*(\d{{4}})?", low)
    if not match:
        return None
    return _dated(match.group(3), match.group(2), int(match.group(1)), today)


def _month_first_date(low: str, today: dt.date) -> dt.date | None:
    """ "march 1st", "Feb 20 2027"."""
    match = re.search(
        rf"{_NOT_A_VERB}\b{_MONTH}\.?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:weeks?|days?|months?|"
        r"hours?|h)\b),?\s*(\d{4})?",
        low,
    )
    if not match:
        return None
    return _dated(match.group(3), match.group(1), int(match.group(2)), today)


_PART = re.compile(
    r"\b(?P<part>end|late|the end|start|beginning|early|the start|the beginning|mid|middle|"
    r"the middle)(?:\s+of\s+|-|\s+)"
    + _MONTH.replace("(", "(?P<month>", 1)
    + r"(?:\s+(?P<year>\d{4}))?"
)


def _month_part(low: str, today: dt.date) -> dt.date | None:
    """ "end of March" -> its last day, "mid April" -> the 15th, "early May" -> the 1st."""
    match = _PART.search(low)
    if not match:
        return None
    part = match.group("part").removeprefix("the ")
    first = _dated(match.group("year"), match.group("month"), 1, today)
    if first is None or part in {"start", "beginning", "early"}:
        return first
    if part in {"mid", "middle"}:
        return first.replace(day=15)
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _dated(year: str | None, month: str, day: int, today: dt.date) -> dt.date | None:
    """The date of ``day`` ``month`` (``year``, or the next such date from ``today``)."""
    try:
        found = dt.date(int(year) if year else today.year, _MONTHS.index(month[:3]) + 1, day)
    except ValueError:
        return None
    if not year and found < today:
        found = found.replace(year=found.year + 1)
    return found
