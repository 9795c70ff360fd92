"""Reading amounts in free answers: money, hours, months, percentages, and the hours or share
asked for a proposed stream (pure).

Every function here is pure: text in, a small value (or ``None`` when the text does not say)
out. Values that needed interpretation carry a ``note`` saying how they were read, so the
interviewer can tell the user ("10-15 hours: I took the midpoint, 12.5 h").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.interviewer.parse import fmt_number as _fmt
from agent.interviewer.parse import match_name, normalise

WEEKS_PER_MONTH = 52 / 12
WORKDAYS_PER_WEEK = 5
HOURS_PER_DAY = 8


@dataclass(frozen=True)
class Reading:
    """A number read from free text, with a note when it needed interpretation."""

    value: float
    note: str = ""
    period: str = ""


@dataclass(frozen=True)
class Adjustment:
    """A change the user asks for in a proposal ("make consulting 10 hours")."""

    name: str
    hours: float | None = None
    share: float | None = None
    remove: bool = False


_NEGATED_FIGURE = re.compile(
    r"[,;]?\s*\b(?:not|rather than|instead of)\s+(?:about\s+|around\s+)?[£$€]?\d[\d,.]*\s*"
    r"(?:k\b|thousand\b|grand\b)?\s*(?:hours?\b|hrs?\b|h\b)?"
)
_REVENUE_WORDS = re.compile(
    r"\b(?:brings? in|earns?|pays?|income|revenue|turnover|salary|a year|per year|per annum|"
    r"annually|yearly)\b"
)


def drop_negated_figures(text: str) -> str:
    """The text without the figure it takes back ("9000 a year, not 12000" -> "9000 a year")."""
    return _NEGATED_FIGURE.sub("", text).strip(" ,;")


def figure_kind(text: str) -> str | None:
    """Which figure a correction names: ``"hours"`` (an hours unit), ``"revenue"`` (a currency,
    k/thousand, a pay period or earning words), or ``None`` for a bare number or no number."""
    low = normalise(text)
    if not re.search(r"\d", low):
        return None
    if any(m.group("unit") and not _is_money_context(low, m) for m in _HOURS.finditer(low)):
        return "hours"
    for match in _MONEY.finditer(low):
        marked = match.group("cur") or match.group("mult") or match.group("cur2")
        if (marked or match.group("per")) and not _followed_by_hours(low, match.end()):
            return "revenue"
    return "revenue" if _REVENUE_WORDS.search(low) else None


# --- amounts of money ------------------------------------------------------------------------

_ZERO_MONEY = re.compile(
    r"\b(?:nothing|none|zero|no money|no income|unpaid|volunteer(?:ing)?|for free|free|"
    r"not paid|pro bono|doesn'?t pay|does not pay|nil)\b|^\s*[£$€]?0+(?:\.0+)?\s*$"
)
_MONEY = re.compile(
    r"(?P<cur>[£$€])?\s*(?P<num>\d{1,3}(?:\.\d{3})+(?![\d.,])|\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<mult>k\b|m\b|thousand\b|grand\b|million\b|mn\b)?\s*"
    r"(?P<cur2>pounds|dollars|euros|gbp|usd|eur|[£$€])?\s*"
    r"(?P<per>(?:/|per|a|an|each|every)\s*(?:year|yr|annum|month|mo|mth|week|wk|day)\b|"
    r"annually|yearly|monthly|weekly|daily|p\.?a\.?(?=\s|$|[,;.])|pcm)?"
)
_PERIOD_FACTOR = {"year": 1, "month": 12, "week": 52, "day": 52 * WORKDAYS_PER_WEEK}


def _period(word: str | None) -> str:
    if not word:
        return "year"
    word = word.replace("/", " ").strip()
    for key, names in {
        "month": ("month", "mo", "mth", "monthly", "pcm"),
        "week": ("week", "wk", "weekly"),
        "day": ("day", "daily"),
    }.items():
        if any(re.search(rf"\b{name}\b", word) for name in names):
            return key
    return "year"


def parse_money(text: str, *, bare_numbers: bool = True) -> Reading | None:
    """Annual revenue from a free answer ("45k", "£1,200 a month", "nothing yet").

    With ``bare_numbers=False`` a number counts only when something marks it as money
    (a currency sign, k/thousand, or a pay period), for reading money out of a longer sentence.
    """
    low = normalise(text)
    for match in _MONEY.finditer(low):
        marked = bool(match.group("cur") or match.group("mult") or match.group("cur2"))
        if not (marked or match.group("per") or bare_numbers):
            continue
        if _followed_by_hours(low, match.end()):
            continue
        return _money_reading(match)
    if _ZERO_MONEY.search(low):
        return Reading(0.0)
    return None


def money_matches(text: str) -> list[re.Match[str]]:
    """Every amount of money in normalised ``text``, in order (figures of hours left out)."""
    return [m for m in _MONEY.finditer(text) if not _followed_by_hours(text, m.end())]


def money_of(match: re.Match[str]) -> Reading:
    """The amount one of :func:`money_matches` says, a year's worth, with its period."""
    return _money_reading(match)


_SPEND_WORDS = re.compile(r"\b(?:spend|spending|outgoings|costs?|need|live on)\b")


def savings_and_spending(text: str) -> tuple[Reading | None, Reading | None]:
    """Savings and spending from one answer ("18k saved, and 3,000 a month").

    The part with a pay period (or spending words and no savings words) is the spending, as
    an annual reading; the other amount is the savings. With one amount and no period, it is
    the savings.
    """
    savings = spending = None
    for part in re.split(r"[.;]\s+|,\s+(?:and\s+)?|\s+and\s+", text.strip()):
        amount = parse_money(part)
        if amount is None:
            continue
        low = normalise(part)
        spent = bool(amount.period) or (
            bool(_SPEND_WORDS.search(low)) and not re.search(r"sav|buffer|put by|set aside", low)
        )
        if spent and spending is None and savings is not None:
            spending = amount
        elif savings is None and not amount.period:
            savings = amount
    return savings, spending


def _followed_by_hours(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:-|to)?\s*\d*\s*(?:h\b|hrs?\b|hours?\b|days?\b)", text[end:]))


def _money_reading(match: re.Match[str]) -> Reading:
    said = match.group("num")
    # "42.000 €" is forty-two thousand (dots between groups of three), never 42; "3,5k" is a
    # decimal comma (three and a half thousand), never 35k
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", said):
        said = said.replace(".", "")
    elif re.fullmatch(r"\d+,\d{1,2}", said):
        said = said.replace(",", ".")
    number = float(said.replace(",", ""))
    mult = match.group("mult") or ""
    if mult in {"k", "thousand", "grand"}:
        number *= 1_000
    elif mult in {"m", "million", "mn"}:
        number *= 1_000_000
    period = _period(match.group("per"))
    annual = number * _PERIOD_FACTOR[period]
    note = "" if period == "year" else f"{_fmt(number)} a {period} is {_fmt(annual)} a year"
    return Reading(round(annual, 2), note, period if match.group("per") else "")


# --- hours -----------------------------------------------------------------------------------

_HOURS = re.compile(
    r"(?P<a>\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(?P<b>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>h\b|hrs?\b|hours?\b|days?\b)?\s*"
    r"(?P<per>(?:/|per|a|an|each|every)\s*(?:week|wk|month|mo|day)\b|weekly|monthly|daily|pw\b)?"
)
_DAYS_A_WEEK = re.compile(r"(\d+(?:\.\d+)?)\s*days?\s*(?:a|per|/|each)\s*week")
_HOUR_PHRASES = {
    r"\bfull[\s-]?time\b": (40.0, "full time taken as 40 h a week"),
    r"\bpart[\s-]?time\b": (20.0, "part time taken as 20 h a week"),
    r"\bhalf a day\b": (4.0, "half a day taken as 4 h"),
    r"\bnone\b|\bnothing\b|\bzero\b|\bno time\b": (0.0, ""),
}


def parse_hours(text: str, *, bare_numbers: bool = True) -> Reading | None:
    """Weekly hours from a free answer ("40h", "6 hours a day", "10 h a month", "10-15 hours").

    With ``bare_numbers=False`` a number counts only with an hours unit, for reading hours out
    of a longer sentence that may also hold money.
    """
    for pattern, (value, note) in _HOUR_PHRASES.items():
        if value and re.search(pattern, text.lower()) and not re.search(r"\d", text):
            return Reading(value, note)
    low = normalise(text)
    for match in _HOURS.finditer(low):
        if _is_money_context(low, match):
            continue
        if not match.group("unit") and not bare_numbers:
            continue
        return _hours_reading(match, low)
    for pattern, (value, note) in _HOUR_PHRASES.items():
        if re.search(pattern, low):
            return Reading(value, note)
    return None


def _is_money_context(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].rstrip()
    after = text[match.end() :]
    if match.group("unit"):
        return False
    return before.endswith(("£", "$", "€")) or bool(re.match(r"\s*(?:k\b|thousand|grand)", after))


def _hours_reading(match: re.Match[str], text: str) -> Reading:
    low, high = float(match.group("a")), float(match.group("b") or match.group("a"))
    value, notes = (low + high) / 2, []
    if match.group("b"):
        notes.append(f"{_fmt(low)}-{_fmt(high)}: I took the midpoint, {_fmt(value)}")
    unit = match.group("unit") or ""
    per = _period(match.group("per")) if match.group("per") else "week"
    if unit.startswith("day"):
        value, per = value * HOURS_PER_DAY, per if match.group("per") else "week"
        notes.append(f"a day counted as {HOURS_PER_DAY} h")
    if per == "day":
        days = _days_a_week(text)
        notes.append(f"{_fmt(value)} h a day over {_fmt(days)} days is {_fmt(value * days)} h")
        value *= days
    elif per == "month":
        weekly = round(value / WEEKS_PER_MONTH, 1)
        notes.append(f"{_fmt(value)} h a month is about {_fmt(weekly)} h a week")
        value = weekly
    return Reading(round(value, 2), "; ".join(notes))


def _days_a_week(text: str) -> float:
    match = _DAYS_A_WEEK.search(text)
    return float(match.group(1)) if match else float(WORKDAYS_PER_WEEK)


def parse_months(text: str) -> Reading | None:
    """A number of months ("3 months", "six months", "none") for a cash buffer."""
    low = normalise(text)
    match = re.search(
        r"(\d+(?:\.\d+)?)\s*(?:-|to)?\s*(\d+(?:\.\d+)?)?\s*(months?|mo|weeks?|years?)?", low
    )
    if match:
        low_value = float(match.group(1))
        value = (low_value + float(match.group(2))) / 2 if match.group(2) else low_value
        unit = match.group(3) or "months"
        if unit.startswith("week"):
            return Reading(round(value / WEEKS_PER_MONTH, 1), f"{_fmt(value)} weeks")
        if unit.startswith("year"):
            return Reading(value * 12, f"{_fmt(value)} years is {_fmt(value * 12)} months")
        return Reading(value)
    if re.search(r"\b(?:none|nothing|zero|no savings|no buffer|no)\b", low):
        return Reading(0.0)
    return None


def parse_percent(text: str) -> float | None:
    """A percentage ("20%", "20 percent") or ``None``."""
    match = re.search(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|pct)", normalise(text))
    return float(match.group(1)) if match else None


#: "no podcast", "no more tutoring": a stream not wanted. A "no" that opens a reply ("no, I
#: mean the shop is the growth one", "no it should be bigger") says the person disagrees.
_NO_STREAM = re.compile(
    r"\bno\b(?!\s*[,.;:!?-])(?!\s+(?:i|i'm|im|it|it's|its|that|this|we|you|the|sorry|wait|"
    r"actually|not|no|way|problem|thanks|thank|i\s+mean)\b)"
)


#: "the growth one", "a bigger one": "one" standing for a stream, no number of hours.
_ONE_AS_WORD = re.compile(
    r"\b(?:the|a|this|that|which)\s+(?:[a-z-]+\s+)?one\b(?!\s*(?:h|hrs?|hours?|%|per\s?cent)\b)"
)


def parse_adjustment(text: str, names: list[str]) -> Adjustment | None:
    """A change to one proposed stream ("make consulting 10 hours", "drop the podcast")."""
    name = match_name(text, names)
    if name is None:
        return None
    low = normalise(_ONE_AS_WORD.sub(" ", text.casefold()))
    if re.search(r"\b(?:drop|remove|delete|without|cut)\b", low) or _NO_STREAM.search(low):
        return Adjustment(name, remove=True)
    share = parse_percent(low)
    spare = re.sub(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|pct)", " ", low)
    hours = parse_hours(spare, bare_numbers=share is None)
    if share is None and hours is None:
        return None
    return Adjustment(name, hours=hours.value if hours else None, share=share)
