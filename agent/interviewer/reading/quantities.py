"""Typed quantities in a normalised text: money, hours, months, days, percent, counts, ages.

``find_quantities(text)`` returns each quantity with its span, in order. Patterns run from the
most specific to the least, and a span taken by one kind is never read again, so "I'm 47" is an
age (never hours), "since 2019" a year (never money), "two kids" a count, and "45" with nothing
around it a *bare* number whose meaning the open question decides. Money keeps its currency
and period ("£50 a lesson" is 50 GBP per lesson, not a yearly figure); hours are per week
("8 a day" is 40 h) unless only the open question can say; ranges read as their midpoint.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from agent.interviewer.reading.money_words import CUR_AFTER, CUR_BEFORE, currency_of
from agent.interviewer.reading.numbers import format_number, to_number

NUM = r"\d+(?:[.,]\d+)*"
#: "30 000 zł": thousands grouped by spaces, read only beside a currency.
SPACED = r"\d{1,3}(?: \d{3})+(?![\d.,])"
WEEKS_PER_MONTH = 52 / 12
WORKDAYS = 5
HOURS_PER_DAY = 8
_MULT = {
    "k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mil": 1e6,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
}  # fmt: skip
_PERIODS = {
    "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year",
    "pa": "year", "p.a.": "year", "month": "month", "mo": "month", "mth": "month",
    "monthly": "month", "pcm": "month", "week": "week", "wk": "week", "w": "week",
    "weekly": "week", "pw": "week", "day": "day", "daily": "day", "hour": "hour", "hr": "hour",
    "h": "hour", "ph": "hour", "hourly": "hour", "go": "each", "time": "each", "pop": "each",
    "al mese": "month", "al mes": "month", "por mes": "month", "par mois": "month",
    "pro monat": "month", "im monat": "month", "monatlich": "month", "mensual": "month",
    "mensuel": "month", "fortnight": "fortnight", "quarter": "quarter", "quarterly": "quarter",
    "mes": "month", "mês": "month",
    "mois": "month", "monat": "month", "semana": "week", "semaine": "week", "woche": "week",
    "año": "year", "jahr": "year",
}  # fmt: skip
ITEMS = (
    "lesson|session|class|sale|item|gig|job|piece|article|client|student|booking|shift|"
    "visit|event|workshop|talk|course|commission|print|painting|copy|order|wedding|"
    "photo|shoot|show|night|appointment|hire|ride|delivery|reader|subscriber|member|each|one|"
    "minute|word|page|section|plan|guide|patron|go|time|pop|unit|sitting|walk|treatment|"
    "report|review|video|post|project|semester|term|day rate"
)
#: Words after "a" or "per" that are no item a fee is paid for ("£2k a bit more").
_NOT_ITEMS = (
    r"(?!(?:few|bit|lot|little|couple|half|quarter|good|great|bad|big|small|total|fair|decent|"
    r"nice|tidy|solid|modest|max|maximum|min|minimum|month|week|year|day|and|or|but|the|very|"
    r"pretty|fortnight|row|time|while|start|tops|go)\b)"
)
_MULTW = r"(?:k|grand|thousand|million|mil|m|lakhs?|crore)\b"
_PER = (
    r"(?:\s*(?:gross|netto|netti|net|bruto|brutto|before tax|after tax|pre-tax|take[- ]home|"
    r"on hand|in hand|tax free|tax-free|cash|profit|income|revenue|commission|in sales|"
    r"sales|in tips|tips|takings|turnover)\b)?"
    r"(?:\s*(?:(?:/|per|a|an|each|every|p|the|in the|in a|for|for an?|for each)\s*|(?=each\b))"
    r"(?P<per>year|yr|annum|month|mo|"
    r"mth|week|wk|day|fortnight|quarter|mes|m[eê]s|mois|monat|semana|semaine|woche|año|jahr|"
    rf"hour|hr|h|(?:{ITEMS})s?)\b(?:\s*(?:a|per|/)\s*(?P<per3>month|week|year)\b)?|"
    rf"\s*(?:(?:a|an|per)\s+|/\s*){_NOT_ITEMS}(?P<item>[a-z]{{3,}})\b|"
    r"\s*(?P<per2>annually|yearly|monthly|weekly|daily|hourly|"
    r"pa|p\.a\.|pcm|pw|ph|quarterly|al mese|al mes|por mes|par mois|pro monat|im monat|monatlich|"
    r"mensual|mensuel)\b)?"
)
MONEY = re.compile(
    rf"(?P<cur>{CUR_BEFORE})?\s*(?<![a-z\d])(?P<a>{SPACED}|{NUM})\s*(?P<multa>{_MULTW})?"
    rf"(?:\s*(?P<sep>-|to|or|,(?=\s*{NUM}\s*{CUR_AFTER}))\s*(?P<curb>{CUR_BEFORE})?\s*(?P<b>{SPACED}|{NUM})\s*"
    rf"(?P<mult>{_MULTW})?)?"
    rf"(?:\s*(?P<cur2>{CUR_AFTER})(?![a-z]))?(?:-?ish\b)?" + _PER
)
HOURS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?\s*(?:-?ish\s*)?"
    r"-?(?P<unit>hours?|hrs?|h)\b(?:\s*(?:(?:/|per|a|an|each|every|last|this|in the|over the)"
    r"\s*|(?=weekly|daily|monthly))"
    r"(?P<per>week|wk|w|day|month|mo|year|fortnight|weekly|daily|monthly)\b|"
    r"\s*(?P<per2>pw|p/w)\b)?"
)
#: "50 mins", "90 minutes a day": hours, in minutes.
MINUTES = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to)\s*(?P<b>{NUM}))?\s*-?(?:mins?|minutes)\b"
    r"(?:\s*(?:a|per|/|each|every)\s*(?P<per>week|wk|day))?(?!\s*(?:a|per|/|each|every)\s*"
    r"(?:month|year))"
)
WEEKDAYS = re.compile(
    r"\b(?:monday to friday|mon(?:day)?\s*-\s*fri(?:day)?|every weekday|weekdays)\b"
)
LASTS = re.compile(
    r"\b(?:(?:enough for|last(?:s)? (?:me|us)?\s*|cover(?:s)?\s+(?:me|us)?\s*(?:for)?)\s*"
    r"(?:about\s+)?(?P<a>a|an|one|\d+)\s+(?P<unit>years?|months?)\b|(?P<a2>a|an|one|\d+)\s+"
    r"(?P<unit2>years?|months?)'?s?'? worth\b)"
)
VAGUE = re.compile(
    rf"\b{NUM}\s*(?:odd|something)\b|\b{NUM}(?:\.\d+)?\s*fte\b"
    # a contract fraction ("a 0.8 contract", "0.6 post") is no figure of hours or money
    r"|(?:\b[01]|(?<![\w.]))\.\d+\s*(?:contract|post|position|role|job)\b"
)
DAYS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?\s*(?:(?P<adj>long|short|full|half|"
    r"working|work|bad|sick|rest|free|off)\s+)?(?:days?|evenings?|mornings?|afternoons?|nights?|"
    r"shifts?)\b(?:\s*(?:(?:a|per|/|each|every|last|this|in the)\s*"
    r"(?P<per>week|wk|month|mo|year|fortnight)\b))?"
)
#: How often, when said without a number: "every other Saturday", "a fortnight".
EVERY = re.compile(
    r"\b(?P<times>once|twice|(?:\d+)\s+times)\s+(?:a|per|every)\s+(?P<unit2>week|fortnight|month|year)\b|"
    r"\b(?:(?:one|1)\s+)?every\s+(?:(?P<ord>other|second|third|fourth)\s+)?(?P<unit>week(?:end)?|"
    r"fortnight|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\bfortnightly\b"
)
WEEKS = re.compile(
    rf"(?<!\bin )\b(?P<a>{NUM})\s*weeks?\b(?!\s*(?:of|notice|ago|from now|off|time)\b)"
    r"(?:\s*(?:a|per|each|every)\s*(?P<per>year))?"
)
MONTHS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?\s*(?:months?|mths?|mos?)\b(?!\s*(?:ago|old))"
)
PERCENT = re.compile(rf"(?P<a>{NUM})\s*(?:%|percent\b|per\s?cent\b|pct\b)")
AGE = re.compile(
    r"\b(?:i'm|im|i am|aged?|turning|turned)\s+(?:only\s+|nearly\s+|almost\s+|just\s+)?"
    r"(?P<a>\d{2})\b(?!\s*(?:h\b|hrs?|hours?|k\b|%|a\s|per|/))|(?P<b>\d{2})\s*"
    r"(?:years? old|yrs? old|y/?o)\b|\b(?:since|when) i was (?P<d>\d{1,2})\b|\b(?:son|daughter|"
    r"kids?|child|children|boy|girl|baby|he|she|"
    r"they|mum|mom|dad|mother|father|husband|wife|partner)(?:'s| is| are)\s+(?:only\s+|nearly\s+)?"
    r"(?P<c>\d{1,2})(?:\s*(?:and|&|,)\s*\d{1,2})*\b(?!\s*(?:h\b|hrs?|hours?|k\b|%))|"
    r"\bin (?:my|his|her|their|our) (?P<e>\d0)s\b"
)
#: "band 6", "level 3", "FY2", "a 4-day contract": numbers that name or describe, no figure.
LABEL = re.compile(
    r"\b(?:band|level|grade|year|tier|stage|step|phase|zone|type|key stage|ks|no\.?|number|room|"
    r"page|chapter|route|size|part|version|unit|module|lot)\s+\d+(?:[.,]\d+)?\b(?!\s*(?:%|k\b))|"
    r"(?<=[a-z])\d+\b|\b\d+[a-z]{1,2}\d+\b|"
    r"\b\d+-(?:day|week|month|year|person|bed|bedroom|room|acre|page|minute|mile|seat|piece|"
    r"star|storey|story|part|step)\b(?=\s+[a-z])|"
    # "on call 1 week in 6", "one weekend out of four": how often, never hours or money
    r"\b\d+\s+(?:weeks?|weekends?|months?|days?|nights?|shifts?)\s+(?:in|out of)\s+(?:every\s+)?"
    r"\d+\b(?!\s*(?:h\b|hrs?|hours?|k\b|%|[£$€]))"
)
CLOCK_MINUTES = re.compile(
    r"\b(?P<a>\d{1,2})[:.](?P<am>\d\d)\s*(?:-|to|till|until)\s*(?P<b>\d{1,2})[:.](?P<bm>\d\d)\b"
)
CLOCK_RANGE = re.compile(
    r"\b(?:from\s+)?(?P<a>\d{1,2})(?::\d\d)?\s*(?:-|to|till|until)\s*(?P<b>\d{1,2})\b(?::\d\d)?"
    r"(?!\s*(?:h\b|hrs?|hours?|k\b|%|days?|months?|years?|[.,]\d))"
)
TIME = re.compile(r"\b(?:\d{1,2})(?:[:.]\d\d)?\s*(?:am|pm)\b|\b\d{1,2}:\d\d\b")
YEAR = re.compile(r"\b(?P<a>19[5-9]\d|20[0-4]\d)\b(?!\s*(?:k\b|[£$€]|hours?|hrs?|%|-\d))")
DURATION = re.compile(rf"(?P<a>{NUM})\+?\s*(?:years?|yrs?|decades?)\b(?!\s*old)")
#: "rained for 3 days": a stretch of time, no days a week.
SPAN = re.compile(
    rf"\b(?:for|in|within|after)\s+(?:the\s+(?:last|past|next)\s+)?(?P<a>{NUM})\s*days\b"
    r"(?!\s*(?:a|per|each|every|of)\b)"
)
COUNT = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to)\s*(?P<b>{NUM}))?(?:-?ish)?\s+(?P<noun>(?:[a-z]+\s+)?[a-z]+s)\b"
    r"(?:\s*(?:a|per|/|each|every|last|this|in a|over the (?:last|past))\s*"
    r"(?P<per>week|month|year|day)\b|\s*(?P<per2>weekly|monthly|yearly))?"
)
SHIFTS = re.compile(
    rf"(?P<n2>{NUM})\s*x\s*(?P<h3>{NUM})\s*(?:h|hrs?|hours?)\b|"
    rf"(?P<n>{NUM})\s+(?:\w+\s+)?(?:shifts?|nights?|days?|sessions?)\s+of\s+(?P<h2>{NUM})\s*"
    r"(?:h|hrs?|hours?)\b(?:\s*(?:a|per|every)\s*(?P<per2>week|month|fortnight|year)\b)?|"
    rf"(?P<n1>{NUM})\s+(?P<h>{NUM})-hours?\s+(?:\w+\s+)?(?:shifts?|nights?|days?|sessions?)\b"
    r"(?:\s*(?:a|per|every)\s*(?P<per>week|month|fortnight|year)\b)?"
)
BARE = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?(?:-?ish\b)?"
    r"(?:\s*(?:(?:/|per|a|an|each|every|the|last|this)\s*(?P<per>week|wk|month|mo|year|yr|day|"
    r"hour|hr|quarter)\b|"
    r"\s*(?P<per2>weekly|monthly|yearly|annually|daily|quarterly)\b))?"
)
_ZERO = re.compile(
    r"\b(?:unpaid|for free(?!\s+(?:membership|tickets?|food|meals?|lunch|rent|accommodation|"
    r"classes|lessons|entry|drinks|gear|kit|products|stuff|training|sessions))|"
    r"free of charge|pro bono|volunteer(?:ing)?|no money|"
    r"no income|"
    r"not paid|doesn'?t pay|does not pay|(?:makes?|earns?|earning|making|pays?|brings? in|"
    r"bring in|get)\s+(?:me\s+)?(?:nothing|zero|zilch|nada|0)|nothing (?:yet|saved|put by|"
    r"at all|in savings)|(?:zero|0) (?:income|savings)|no savings|not a penny|not a cent|nil|"
    r"(?:nobody|no one|no-one) pays(?: me)?|volunt(?:ary|ry|arily)|zero(?![- ]hours?)|zilch|"
    r"nada)\b(?![.,]\d)"
)


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text.

    ``kind`` is ``money``, ``hours`` (per week), ``days`` (days per ``period``), ``months``,
    ``percent``, ``count``, ``bare`` (a number nothing marks), ``zero`` (money said to be
    nothing), or one of ``age``, ``year``, ``duration`` (found so they are never read as
    anything else). ``period`` is the money's period (``year``, ``month``, ``week``, ``day``,
    ``hour`` or an item such as ``lesson``), a count's or bare number's period, or ``day`` for
    hours given per day.
    """

    kind: str
    value: float
    start: int
    end: int
    currency: str | None = None
    period: str = ""
    note: str = ""


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (lower case, numbers as digits), in reading order."""
    taken = [False] * len(text)
    found: list[Quantity] = []
    for pattern, build in _READERS:
        for match in pattern.finditer(text):
            if match.end() == match.start() or any(taken[match.start() : match.end()]):
                continue
            quantity = build(match)
            if quantity is None:
                continue
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            if lead:
                quantity = replace(quantity, start=quantity.start + lead)
            found.append(quantity)
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    return _dollars(sorted(found, key=lambda q: q.start), text)


_DOLLARS = frozenset({"NZD", "AUD", "CAD", "HKD", "SGD"})


def _dollars(found: list[Quantity], text: str) -> list[Quantity]:
    """ "NZ$78k ... $60 per class": a plain "$" is the dollar the message named."""
    named = {q.currency for q in found if q.currency in _DOLLARS}
    if len(named) != 1:
        return found
    dollar = named.pop()
    return [
        replace(q, currency=dollar) if q.currency == "USD" and text[q.start] == "$" else q
        for q in found
    ]


def _span(match: re.Match[str], kind: str, value: float, **extra: str | None) -> Quantity:
    return Quantity(kind, value, match.start(), match.end(), **extra)  # type: ignore[arg-type]


def _midpoint(
    match: re.Match[str], scale: float = 1.0, scale_a: float | None = None
) -> tuple[float, str]:
    low = to_number(match.group("a")) * (scale if scale_a is None else scale_a)
    if not match.groupdict().get("b"):
        return low, ""
    high = to_number(match.group("b")) * scale
    mid = (low + high) / 2
    return mid, f"{format_number(low)}-{format_number(high)}: the midpoint, {format_number(mid)}"


def _money(match: re.Match[str]) -> Quantity | None:
    cur = match.group("cur") or match.group("curb") or match.group("cur2")
    mult_b = match.group("mult")
    mult_a = match.group("multa") or (mult_b if match.group("b") else None)
    if not (cur or mult_a or mult_b):
        return None
    if match.group("b") and not (match.group("multa") or mult_b or match.group("curb") or cur):
        return None
    if " " in match.group("a") and not (match.group("cur") or match.group("cur2")):
        return None
    scale_b = _MULT.get(mult_b or mult_a or "", 1.0)
    scale_a = _MULT.get(mult_a or "", 1.0)
    value, note = _midpoint(match, scale_b, scale_a)
    period = _period(match.group("per") or match.group("per2") or match.group("item") or "")
    period = period or _rate_before(match.string, match.start()) or _period_before(match)
    if match.group("per3") and period not in {"year", "month", "week", "day", "hour"}:
        period = f"each-{match.group('per3')}"
    after = match.string[match.end() :]
    if not cur and re.match(r"\s+(?!pounds|dollars|euros|quid|bucks)[a-z]+s\b", after):
        return _span(match, "count", value, note="thousands of things")  # "210k subs"
    code = currency_of(match.group("cur") or match.group("curb"), match.group("cur2"))
    if not cur and (mult_a or mult_b or "").startswith(("lakh", "crore")):
        code = "INR"  # lakh and crore are counted in rupees
    return _span(match, "money", value, currency=code, period=period, note=note)


_RATE_WORD = re.compile(r"\b(day|daily|hourly|weekly|monthly) rate\s*(?:is|of|at)?\s*$")


def _rate_before(text: str, start: int) -> str:
    """ "day rate £220": the period a rate named before the amount gives."""
    word = _RATE_WORD.search(text[max(0, start - 25) : start])
    return _period(word.group(1)) if word else ""


_PERIOD_BEFORE = re.compile(
    r"\b(monthly|weekly|yearly|annually|quarterly|each month|every month|each week|every week)"
    r":?\s+(?:(?:we|i)\s+\w+\s+)?(?:about|around|roughly|"
    r"maybe|approx|approximately|like|some|only)?\s*$"
)


def _period_before(match: re.Match[str]) -> str:
    """ "monthly around 1.800 €": a period said just before the amount."""
    said = _PERIOD_BEFORE.search(match.string[max(0, match.start() - 30) : match.start()])
    if said is None:
        return ""
    word = said.group(1).split()[-1]
    return _period(word)


def _period(word: str) -> str:
    word = word.strip().rstrip(".")
    if word.endswith("s") and word[:-1] in ITEMS.split("|"):
        word = word[:-1]
    return _PERIODS.get(word, word)


def _hours(match: re.Match[str]) -> Quantity:
    value, note = _midpoint(match)
    per = _period(match.group("per") or match.group("per2") or "week")
    if per == "month":
        weekly = value / WEEKS_PER_MONTH
        note = _join(note, f"{format_number(value)} h a month is {weekly:.1f} h a week")
        value = weekly
    elif per == "year":
        value, note = value / 52, _join(note, "a year's hours over 52 weeks")
    if per == "fortnight":
        value, note = value / 2, _join(note, "a fortnight's hours over 2 weeks")
    return _span(match, "hours", value, period="day" if per == "day" else "week", note=note)


def _minutes(match: re.Match[str]) -> Quantity:
    value, note = _midpoint(match, 1 / 60, 1 / 60)
    per = "day" if (match.group("per") or "") == "day" else "week"
    return _span(match, "hours", value, period=per, note=_join(note, "minutes as hours"))


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _days(match: re.Match[str]) -> Quantity:
    """Days, evenings or shifts per period; "two bad days a month" are no working days."""
    value, _ = _midpoint(match)
    if match.group("adj") in {"bad", "sick", "rest", "free", "off"}:
        return _span(match, "count", value, note="days off")
    period = _period(match.group("per") or "") or "week"
    word = re.search(r"(day|evening|morning|afternoon|night|shift)", match.group(0))
    return _span(match, "days", value, period=period, note=word.group(1) if word else "day")


def _every(match: re.Match[str]) -> Quantity:
    """How often a thing happens, per week: "every other Saturday" is 0.5."""
    if match.group(0).strip() == "fortnightly":
        return _span(match, "freq", 0.5, period="week")
    if match.group("times"):
        said = match.group("times")
        times = {"once": 1.0, "twice": 2.0}.get(said) or float(said.split()[0])
        per_week = {"fortnight": 0.5, "month": 12 / 52, "year": 1 / 52}.get(
            match.group("unit2"), 1.0
        )
        return _span(match, "freq", times * per_week, period="week", note=match.group(0).strip())
    step = {"other": 2, "second": 2, "third": 3, "fourth": 4}.get(match.group("ord") or "", 1)
    unit = match.group("unit")
    per_week = {"fortnight": 0.5, "month": 12 / 52}.get(unit, 1.0) / step
    return _span(match, "freq", per_week, period="week", note=match.group(0).strip())


def _simple(kind: str) -> Callable[[re.Match[str]], Quantity]:
    def build(match: re.Match[str]) -> Quantity:
        value, note = _midpoint(match)
        return _span(match, kind, value, note=note)

    return build


def _lasts(match: re.Match[str]) -> Quantity:
    """ "enough for a year" of savings: 12 months."""
    said, unit = match.group("a") or match.group("a2"), match.group("unit") or match.group("unit2")
    count = 1.0 if said in {"a", "an", "one"} else float(said)
    months = count * 12 if unit.startswith("year") else count
    return _span(match, "months", months, note=f"{match.group(0).strip()}: {months:g} months")


def _shifts(match: re.Match[str]) -> Quantity:
    """ "two 12-hour nights a month": hours a week from a count of long shifts."""
    count = to_number(match.group("n") or match.group("n1") or match.group("n2"))
    hours = to_number(match.group("h") or match.group("h2") or match.group("h3"))
    said = match.group("per") or match.group("per2") or ""
    per = {"month": 12 / 52, "fortnight": 0.5, "year": 1 / 52}.get(said, 1.0)
    value = count * hours * per
    note = f"{format_number(count)} x {format_number(hours)} h a {said or 'week'}"
    return _span(match, "hours", value, period="week", note=note)


_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
_DAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
#: "Tues and Thurs", "fri/sat", "Mon, Wed & Fri", "mon-thu": weekdays named one by one.
DAY_NAMES = re.compile(rf"\b{_DAY}(?:\s*(?:,|/|&|\+|-|\band\b|\bto\b)\s*{_DAY})+\b")
_CLOCK_CUE = re.compile(
    rf"\b(?:{_DAY}|weekdays?|every day|daily|mornings?|afternoons?|evenings?|nights?|school "
    r"hours|while the kids)\b"
)


def _day_names(match: re.Match[str]) -> Quantity | None:
    """Weekdays named one by one, as a number of days a week (how long each is not said)."""
    said = re.findall(r"(mon|tue|wed|thu|fri|sat|sun)", match.group(0))
    first = match.group(0).split(",")[0]
    if re.search(r"-|\bto\b", first) and len(said) > 2:  # "mon to thu, friday is my own"
        said = re.findall(r"(mon|tue|wed|thu|fri|sat|sun)", first)
    if re.search(r"-|\bto\b", match.group(0)) and len(said) == 2:
        first, last = (_DAY_ORDER.index(d) for d in said)
        count = last - first + 1 if last >= first else 0
        if count >= 2:  # "Monday to Friday": the working week, as "weekdays" is
            return _span(match, "weekdays", float(count), period="week")
    else:
        count = len(set(said))
    if count < 2:
        return None
    return _span(match, "days", float(count), period="week", note="weekday names")


def _clock_range(match: re.Match[str]) -> Quantity | None:
    """ "9 to 3" is a time of day, six hours of it (it ends before it starts); "8 to 12" is
    one when days or a time of day are named beside it ("8 to 12 Monday to Friday", "Tues
    and Thurs 6-9") or it is said "from" one hour; "10 to 15" alone is a range of numbers."""
    start, end = int(match.group("a")), int(match.group("b"))
    if end < start:
        return _span(match, "hours", float(end + 12 - start), period="day", note="clock")
    text = match.string
    left = max(text.rfind(c, 0, match.start()) for c in ".;!?\n")
    right = min([i for i in (text.find(c, match.end()) for c in ".;!?\n") if i >= 0] or [len(text)])
    sentence = text[left + 1 : right]
    if end > 24 or not (match.group(0).lstrip().startswith("from") or _CLOCK_CUE.search(sentence)):
        return None
    return _span(match, "hours", float(end - start), period="day", note="clock")


def _clock_minutes(match: re.Match[str]) -> Quantity:
    """ "6:30-7:45": a time of day, an hour and a quarter of it."""
    start = int(match.group("a")) + int(match.group("am")) / 60
    end = int(match.group("b")) + int(match.group("bm")) / 60
    hours = end - start if end > start else end + 12 - start
    return _span(match, "hours", round(hours, 2), period="day", note="clock")


def _age(match: re.Match[str]) -> Quantity:
    value = match.group("a") or match.group("b") or match.group("c") or match.group("d")
    value = value or match.group("e")
    return _span(match, "age", float(value))


_NOT_COUNTED = frozenset(
    re.findall(
        r"\S+",
        "is was has does this yes its his us as plus thus less unless across always sometimes "
        "perhaps whereas besides towards afterwards maybe or and but so per at in on a an the "
        "for to of",
    )
)


def _count(match: re.Match[str]) -> Quantity | None:
    noun = match.group("noun").split()[-1]
    if noun in _NOT_COUNTED or any(w in _NOT_COUNTED for w in match.group("noun").split()):
        return None
    if re.fullmatch(r"(?:hours?|hrs|days|weeks|months|years|yrs|percent|pounds|dollars|"
                    r"euros|quid|bucks|grand|thousands?)", noun):  # fmt: skip
        return None
    period = match.group("per") or (match.group("per2") or "").replace("ly", "")
    value, _ = _midpoint(match)
    return _span(match, "count", value, period=period, note=noun)


def _bare(match: re.Match[str]) -> Quantity:
    value, note = _midpoint(match)
    period = _period(match.group("per") or match.group("per2") or "")
    return _span(match, "bare", value, period=period, note=note)


def _zero(match: re.Match[str]) -> Quantity:
    return _span(match, "zero", 0.0)


_READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Quantity | None]]] = [
    (CLOCK_MINUTES, _clock_minutes),
    (TIME, lambda m: _span(m, "time", 0.0)),
    (LABEL, lambda m: _span(m, "label", 0.0, note=m.group(0))),
    (DAY_NAMES, _day_names),
    (SHIFTS, _shifts),
    (CLOCK_RANGE, _clock_range),
    (AGE, _age),
    (PERCENT, _simple("percent")),
    (MONEY, _money),
    (HOURS, _hours),
    (MINUTES, _minutes),
    (VAGUE, lambda m: _span(m, "vague", 0.0)),
    (SPAN, _simple("duration")),
    (DAYS, _days),
    (COUNT, _count),
    (EVERY, _every),
    (WEEKS, lambda m: _span(m, "weeks", to_number(m.group("a")), period=m.group("per") or "")),
    (WEEKDAYS, lambda m: _span(m, "weekdays", 5.0, period="week")),
    (LASTS, _lasts),
    (MONTHS, _simple("months")),
    (YEAR, _simple("year")),
    (DURATION, _simple("duration")),
    (_ZERO, _zero),
    (BARE, _bare),
]
