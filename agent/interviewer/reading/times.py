"""Quantities of time: hours a week or a day, minutes, days, evenings and shifts per period,
weekdays named one by one, clock ranges ("9 to 5" is 8 hours), and how often a thing happens
("every other Saturday").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number, to_number
from agent.interviewer.reading.quantity import (
    NUM,
    WEEKS_PER_MONTH,
    Quantity,
    join_notes,
    midpoint,
    period_of,
    span,
)

HOURS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?\+?\s*(?:-?ish\s*)?"
    r"(?:(?:billable|paid|contracted|working|teaching|clinical|contact)\s+)?"  # "30 billable hours"
    r"-?(?P<unit>hours?|hrs?|h)\b(?:\s*(?:(?:/|per|a|an|each|every|last|this|in the|over the)"
    r"\s*|(?=weekly|daily|monthly))"
    r"(?P<per>week|wk|w|day|month|mo|year|fortnight|weekly|daily|monthly)\b|"
    r"\s*(?P<per2>pw|p/w)\b)?"
)


#: "50 mins", "90 minutes a day": hours, in minutes.
MINUTES = re.compile(
    # "in ten minutes", "within 20 minutes", "every 15 minutes": how long something takes or
    # how often it comes, never time given to work
    r"(?<!\bin )(?<!\bwithin )(?<!\bunder )(?<!\bafter )(?<!\bevery )(?<!\beach )"
    rf"(?<![(\d.,])(?P<a>{NUM})(?:\s*(?:-|to)\s*(?P<b>{NUM}))?\s*-?(?:mins?|minutes)\b"
    r"(?:\s*(?:a|per|/|each|every)\s*(?P<per>week|wk|day))?(?!\s*(?:a|per|/|each|every)\s*"
    r"(?:month|year))"
)


WEEKDAYS = re.compile(
    r"\b(?:monday to friday|mon(?:day)?\s*-\s*fri(?:day)?|every weekday|weekdays)\b"
)


DAYS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?(?:-?ish)?\s*(?:(?P<adj>long|short|full|half|"
    r"working|work|bad|sick|rest|free|off)\s+)?(?:days?|evenings?|mornings?|afternoons?|nights?|"
    r"shifts?)\b(?:\s*(?:(?:a|per|/|each|every|last|this|in the)\s*"
    r"(?P<per>week|wk|month|mo|year|fortnight)\b))?"
)


#: "both nights", "both days": the two days just named, as two days a week.
BOTH_DAYS = re.compile(r"\bboth (?:days|evenings|mornings|afternoons|nights|shifts)\b")


def read_both_days(match: re.Match[str]) -> Quantity:
    """ "8pm to 2, both nights": two days a week, each as long as said."""
    return span(match, "days", 2.0, period="week", note="day")


#: How often, when said without a number: "every other Saturday", "a fortnight".
EVERY = re.compile(
    r"\b(?P<times>once|twice|(?:\d+)\s+times)\s+(?:a|per|every)\s+(?P<unit2>week|fortnight|month|year)\b|"
    # "each sunday" is "every sunday"; "each week" is left to what is paid each week
    r"\b(?:(?:one|1)\s+)?(?:every|each(?=\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"weekend)s?\b))\s+(?:(?P<ord>other|second|third|fourth)\s+)?(?P<unit>week(?:end)?|"
    r"fortnight|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\bfortnightly\b|"
    # "£60 a session, weekly": how often, said alone after a comma
    r"(?<=,\s)(?P<alone>weekly|every week|monthly|every month)\b(?=\s*(?:[,.;!]|but\b|and\b|$))"
)


#: "3x12s a week", "4 x 10h shifts", "two 8-hour shifts", "3 12 hour shifts": a count of shifts
#: and the length of each, said together (never a count or a length alone).
SHIFTS = re.compile(
    rf"(?P<n2>{NUM})\s*x\s*(?P<h3>{NUM})(?:\s*-?(?:h|hrs?|hours?)\b|s\b)"
    r"(?:\s+(?:\w+\s+)?(?:shifts?|nights?|days?|sessions?)\b)?"
    r"(?:\s*(?:a|per|every)\s*(?P<per3>week|month|fortnight|year)\b)?|"
    rf"(?P<n>{NUM})\s+(?:\w+\s+)?(?:shifts?|nights?|days?|sessions?)\s+of\s+(?P<h2>{NUM})\s*"
    r"(?:h|hrs?|hours?)\b(?:\s*(?:a|per|every)\s*(?P<per2>week|month|fortnight|year)\b)?|"
    rf"(?P<n1>{NUM})\s+(?P<h>{NUM})(?:-|\s)?(?:hours?|hrs?|h)\s+(?:\w+\s+)?(?:shifts?|nights?|days?|sessions?)\b"
    r"(?:\s*(?:a|per|every)\s*(?P<per>week|month|fortnight|year)\b)?|"
    # "3 days x 8.5": days times the hours of each
    rf"(?P<n4>\d{{1,2}})\s+(?:days?|shifts?|nights?)\s*(?:x|×|\*)\s*(?P<h4>\d{{1,2}}(?:[.,]\d+)?)"
    r"(?:\s*(?:h|hrs?|hours?)\b)?(?![\d.,])|"
    # "one 3-hour workshop a month", "two 4 hour gigs a week": how many of a length, per period
    rf"(?P<n5>{NUM}|one|an?)\s+(?P<h5>{NUM})\s*-?\s*(?:hours?|hrs?|h)\s+(?:[a-z]{{3,}}\s+){{1,2}}"
    r"(?:a|per|every)\s+(?P<per5>week|month|fortnight|year)\b|"
    # "four 12s", "3 10s a week": shifts named by their length in hours
    r"\b(?P<n6>[1-7])\s+(?P<h6>[6-9]|1[0-4])s\b(?:\s*(?:a|per|every)\s*"
    r"(?P<per6>week|month|fortnight|year)\b)?"
)


#: Words after a range of figures that make it a rate of pay ("£9.00 to 9.50 an hour", "9 to
#: 9.50 quid"), never a time of day.
_PAID_AFTER = (
    r"(?!\s*(?:quid|pounds?|dollars?|bucks|euros?|rand|an? (?:hour|hr)|per (?:hour|hr|h)\b|"
    r"ph\b|p/h|/h|hourly))"
)
CLOCK_MINUTES = re.compile(
    r"(?<![£$€])\b(?P<a>\d{1,2})[:.](?P<am>\d\d)\s*(?:-|to|till?|until)\s*(?P<b>\d{1,2})[:.]"
    rf"(?P<bm>\d\d)\b{_PAID_AFTER}"
    # "7 till 3:30", "6:30 to 8", "9 till 5.30": one end said with its minutes, the other on
    # the hour
    r"|(?<![£$€\d.,:])\b(?P<c>\d{1,2})(?:[:.](?P<cm>[0-5]\d))?\s*(?:-|to|till?|until)\s*"
    r"(?P<d>\d{1,2})(?:[:.](?P<dm>[0-5]\d))?\b(?![.,:]\d|\s*(?:am|pm|h|hrs?|hours?|k)\b|%)"
    + _PAID_AFTER
)


#: "6am to 2pm", "9am-5:30pm", "7 till 11pm": a time of day said with am or pm.
CLOCK_AMPM = re.compile(
    r"\b(?:from\s+)?(?P<a>\d{1,2})(?::(?P<am>\d\d))?\s*(?P<ap>am|pm)?\s*(?:-|to|till?|until)\s*"
    r"(?P<b>\d{1,2})(?::(?P<bm>\d\d))?(?:\s*(?P<bp>am|pm)\b|"
    # "6am till 2": the half of the day said of the start only
    r"(?<=\d)(?!\s*(?:h\b|hrs?\b|hours?\b|k\b|%|[.,:]\d)))"
)


CLOCK_RANGE = re.compile(
    r"(?<![\d/-])\b(?:from\s+)?(?P<a>\d{1,2})(?::\d\d)?\s*(?:-|to|till?|until)\s*(?P<b>\d{1,2})\b"
    r"(?::\d\d)?"
    r"(?!\s*(?:h\b|hrs?|hours?|k\b|%|days?|months?|years?|[.,]\d|evenings?|nights?|mornings?|"
    r"afternoons?|shifts?|times|weeks?|weekends?|sessions?|classes|lessons|gigs|clients|people|"
    r"kids|students)\b)"
    # "4-6 patients", "6-8 pups": how many of something, never a time of day
    # ("6 till 2 tues to sat": a day's short name ending in "s" is no count of things)
    r"(?!\s*(?!(?:plus|this|thus|less|unless|hours|hrs|weekdays|tues|weds|thurs|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b)[a-z]{3,}s\b)"
)


#: A clock time: "10am", "16:00", or an hour said after a word of time ("never before 10",
#: "not after 6 on fridays", "no earlier than 9"), which is no figure of hours.
#: "I open at 7", "start at 9", "up at 5": the clock time a day's work starts or ends at.
_CLOCK_VERBS = "open opens close closes start starts finish finishes shut shuts up leave begin"
_AT_CLOCK = "|".join(rf"(?<=\b{verb} at )" for verb in _CLOCK_VERBS.split())
TIME = re.compile(
    r"\b(?:\d{1,2})(?:[:.]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b|"
    r"(?:(?<=\bbefore )|(?<=\bafter )|(?<=\bearlier than )|(?<=\blater than )|" + _AT_CLOCK + r")"
    r"\d{1,2}\b(?![.,]\d)"
    r"(?!\s*(?:%|k\b|h\b|hrs?\b|hours?\b|x\b|[a-z]+s\b|-|to\b|or\b|and\b))"
)


def read_hours(match: re.Match[str]) -> Quantity:
    value, note = midpoint(match)
    per = period_of(match.group("per") or match.group("per2") or "week")
    if per == "month":
        weekly = value / WEEKS_PER_MONTH
        note = join_notes(note, f"{format_number(value)} h a month is {weekly:.1f} h a week")
        value = weekly
    elif per == "year":
        value, note = value / 52, join_notes(note, "a year's hours over 52 weeks")
    if per == "fortnight":
        value, note = value / 2, join_notes(note, "a fortnight's hours over 2 weeks")
    return span(match, "hours", value, period="day" if per == "day" else "week", note=note)


def read_minutes(match: re.Match[str]) -> Quantity:
    value, note = midpoint(match, 1 / 60, 1 / 60)
    per = "day" if (match.group("per") or "") == "day" else "week"
    return span(match, "hours", value, period=per, note=join_notes(note, "minutes as hours"))


def read_days(match: re.Match[str]) -> Quantity:
    """Days, evenings or shifts per period; "two bad days a month" are no working days."""
    value, _ = midpoint(match)
    if match.group("adj") in {"bad", "sick", "rest", "free", "off"}:
        return span(match, "count", value, note="days off")
    period = period_of(match.group("per") or "") or "week"
    word = re.search(r"(day|evening|morning|afternoon|night|shift)", match.group(0))
    if not match.group("per") and value > 7:  # "180 nights": how many, over a time not said
        return span(match, "count", value, note=f"{word.group(1) if word else 'day'}s")
    return span(match, "days", value, period=period, note=word.group(1) if word else "day")


def read_every(match: re.Match[str]) -> Quantity:
    """How often a thing happens, per week: "every other Saturday" is 0.5."""
    if match.group(0).strip() == "fortnightly":
        return span(match, "freq", 0.5, period="week")
    if match.group("alone"):
        per_week = 12 / 52 if "month" in match.group("alone") else 1.0
        return span(match, "freq", per_week, period="week", note=match.group("alone"))
    if match.group("times"):
        said = match.group("times")
        times = {"once": 1.0, "twice": 2.0}.get(said) or float(said.split()[0])
        per_week = {"fortnight": 0.5, "month": 12 / 52, "year": 1 / 52}.get(
            match.group("unit2"), 1.0
        )
        return span(match, "freq", times * per_week, period="week", note=match.group(0).strip())
    step = {"other": 2, "second": 2, "third": 3, "fourth": 4}.get(match.group("ord") or "", 1)
    unit = match.group("unit")
    per_week = {"fortnight": 0.5, "month": 12 / 52}.get(unit, 1.0) / step
    return span(match, "freq", per_week, period="week", note=match.group(0).strip())


def read_shifts(match: re.Match[str]) -> Quantity:
    """ "two 12-hour nights a month": hours a week from a count of long shifts."""
    said_count = next(match.group(g) for g in ("n", "n1", "n2", "n4", "n5", "n6") if match.group(g))
    count = 1.0 if said_count in {"one", "a", "an"} else to_number(said_count)
    hours = to_number(
        next(match.group(g) for g in ("h", "h2", "h3", "h4", "h5", "h6") if match.group(g))
    )
    said = next(
        (match.group(g) for g in ("per", "per2", "per3", "per5", "per6") if match.group(g)), ""
    )
    per = {"month": 12 / 52, "fortnight": 0.5, "year": 1 / 52}.get(said, 1.0)
    value = count * hours * per
    note = f"{format_number(count)} x {format_number(hours)} h a {said or 'week'}"
    return replace(span(match, "hours", value, period="week", note=note), shifts=count * per)


_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
#: A day of the week however it is written: "wed", "Wednesday", "saturdays".
_ANY_DAY = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|{_DAY})"


_DAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


#: "Tues and Thurs", "fri/sat", "Mon, Wed & Fri", "mon-thu": weekdays named one by one.
DAY_NAMES = re.compile(
    # "mon wed fri": a plain space between them is a list too
    # ("friday and saturday", "wednesday & sunday": names in full as well as short)
    rf"\b{_ANY_DAY}(?:\s*(?:,|/|&|\+|-|\band\b|\bto\b)\s*{_ANY_DAY}|\s+{_ANY_DAY})+\b|"
    # "wednesday to saturday": a span of days written in full
    rf"\b{_ANY_DAY}\s*(?:-|\bto\b)\s*{_ANY_DAY}\b"
)


_CLOCK_CUE = re.compile(
    rf"\b(?:{_ANY_DAY}|weekdays?|every day|daily|both days|mornings?|afternoons?|evenings?|"
    r"nights?|school "
    r"hours|while the kids)\b"
)


def read_day_names(match: re.Match[str]) -> Quantity | None:
    """Weekdays named one by one, as a number of days a week (how long each is not said)."""
    said = re.findall(r"(mon|tue|wed|thu|fri|sat|sun)", match.group(0))
    head = match.group(0).split(",")[0]
    if re.search(r"-|\bto\b", head) and len(said) > 2:  # "mon to thu, friday is my own"
        said = re.findall(r"(mon|tue|wed|thu|fri|sat|sun)", head)
    if re.search(r"-|\bto\b", match.group(0)) and len(said) == 2:
        first, last = (_DAY_ORDER.index(d) for d in said)
        count = last - first + 1 if last >= first else 0
        if count >= 2:  # "Monday to Friday": the working week, as "weekdays" is
            return span(match, "weekdays", float(count), period="week")
    else:
        count = len(set(said))
    if count < 2:
        return None
    return span(match, "days", float(count), period="week", note="weekday names")


def read_clock_range(match: re.Match[str]) -> Quantity | None:
    """ "9 to 3" is a time of day, six hours of it (it ends before it starts); "8 to 12" is
    one when days or a time of day are named beside it ("8 to 12 Monday to Friday", "Tues
    and Thurs 6-9") or it is said "from" one hour; "10 to 15" alone is a range of numbers."""
    start, end = int(match.group("a")), int(match.group("b"))
    if start > 24:
        return None
    if end == start and start <= 12 and _days_beside(match):  # "sat nights 8 till 8": twelve
        return span(match, "hours", 12.0, period="day", note="clock")
    if end < start:  # "22-6" runs past midnight, "8 to 5" past noon
        hours = end + (24 if start > 12 else 12) - start
        return span(match, "hours", float(hours), period="day", note="clock")
    if end > 24 or not (match.group(0).lstrip().startswith("from") or _days_beside(match)):
        return None
    return span(match, "hours", float(end - start), period="day", note="clock")


def _days_beside(match: re.Match[str]) -> bool:
    """True when the sentence of a clock range names days or a time of day beside it."""
    text = match.string
    left = max(text.rfind(c, 0, match.start()) for c in ".;!?\n")
    right = min([i for i in (text.find(c, match.end()) for c in ".;!?\n") if i >= 0] or [len(text)])
    return _CLOCK_CUE.search(text[left + 1 : right]) is not None


def read_clock_ampm(match: re.Match[str]) -> Quantity | None:
    """ "6am to 2pm": eight hours of a day; "7 till 11pm" takes the end's half of the day,
    "6am till 2" the start's, or the other half when the end comes before the start."""
    if not (match.group("ap") or match.group("bp")):
        return None
    end_half = match.group("bp") or match.group("ap")
    start_half = match.group("ap") or end_half
    start = _on_clock(int(match.group("a")), match.group("am"), start_half)
    end = _on_clock(int(match.group("b")), match.group("bm"), end_half)
    if not match.group("ap") and start > end:  # "6 to 2pm": the morning to the afternoon
        start -= 12
    if not match.group("bp") and end < start:  # "6am till 2": into the afternoon
        end += 12
    hours = end - start if end > start else end + 24 - start
    if int(match.group("a")) > 12 or int(match.group("b")) > 12 or not 0 < hours <= 16:
        return None
    return span(match, "hours", round(hours, 2), period="day", note="clock")


def _on_clock(hour: int, minutes: str | None, half: str) -> float:
    return hour % 12 + (12 if half == "pm" else 0) + int(minutes or 0) / 60


def read_clock_minutes(match: re.Match[str]) -> Quantity | None:
    """ "6:30-7:45": a time of day, an hour and a quarter of it; "7 till 3:30" (one end on
    the hour) eight and a half; "22:00-06:00" runs past midnight."""
    if match.group("a") is None and (match.group("cm") is None) == (match.group("dm") is None):
        return None  # both ends on the hour: a clock range, or numbers
    said = [match.group(g) for g in ("a", "am", "b", "bm")]
    if said[0] is None:
        said = [match.group(g) for g in ("c", "cm", "d", "dm")]
    if int(said[0]) > 24 or int(said[2]) > 24 or any(int(m or 0) >= 60 for m in said[1::2]):
        return None
    start = int(said[0]) + int(said[1] or 0) / 60
    end = int(said[2]) + int(said[3] or 0) / 60
    hours = end - start if end > start else end + (24 if start > 12 else 12) - start
    if not 0 < hours <= 16:
        return None
    return span(match, "hours", round(hours, 2), period="day", note="clock")
