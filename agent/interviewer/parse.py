"""Reading free answers: amounts, hours, volatility, yes/no, lists, skips, undos, corrections.

Every function here is pure: text in, a small value (or ``None`` when the text does not
say) out. Values that needed interpretation carry a ``note`` saying how they were read, so
the interviewer can tell the user ("10-15 hours: I took the midpoint, 12.5 h").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

WEEKS_PER_MONTH = 52 / 12
WORKDAYS_PER_WEEK = 5
HOURS_PER_DAY = 8

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a dozen": 12, "a couple of": 2, "a couple": 2, "a few": 3, "half": 0.5,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS_RE = "|".join(_TENS)
_UNITS_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER_WORDS = re.compile(
    rf"\b(?:(?P<tens>{_TENS_RE})(?:[\s-](?P<unit_after>one|two|three|four|five|six|seven|"
    rf"eight|nine))?|(?P<unit>{_UNITS_RE}))\b(?:\s+hundred\b)?",
)


class Intent(Enum):
    """What a message asks of the interviewer beyond answering the question."""

    ANSWER = "answer"
    SKIP = "skip"
    UNDO = "undo"
    CORRECTION = "correction"


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


def normalise(text: str) -> str:
    """Lower-case the text, straighten quotes and dashes, and spell number words as digits."""
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-").strip()
    return _NUMBER_WORDS.sub(_number_word_value, text)


def _number_word_value(match: re.Match[str]) -> str:
    if match.group("tens"):
        value: float = _TENS[match.group("tens")]
        if match.group("unit_after"):
            value += _UNITS[match.group("unit_after")]
    else:
        value = _UNITS[match.group("unit")]
    if match.group(0).endswith("hundred"):
        value *= 100
    return _fmt(value)


def _fmt(value: float) -> str:
    """A number as people write it: no trailing ``.0``, thousands separated."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def fmt_number(value: float) -> str:
    """Public face of the number formatter used in notes and replies."""
    return _fmt(value)


# --- intents -------------------------------------------------------------------------------

_SKIP = re.compile(
    r"^(?:skip(?: (?:it|this|that))?|pass|next|n/?a|dunno|no idea|not sure|unsure|"
    r"i (?:don'?t|do not) know|don'?t know|(?:i'?d )?rather not(?: say)?|prefer not(?: to say)?|"
    r"no comment|not applicable|can'?t say|later|let'?s skip(?: (?:it|this|that))?)\b"
)
_UNDO = re.compile(
    r"^(?:undo|go back|back|revert|take (?:that|it) back|undo (?:that|the last(?: change)?))\b"
)
_CORRECTION = re.compile(
    r"^(?:actually|correction|sorry|oops|i meant|i mean|make (?:that|it)|wait|"
    r"no(?:pe)?\s*[,.;:!-]|no\s+(?=[£$€]?\d))\s*[,.:;!-]?\s*"
)


def intent(text: str) -> tuple[Intent, str]:
    """Classify a message: skip, undo, correction (with the corrected text) or a plain answer."""
    low = normalise(text).strip(" .!?")
    if _UNDO.match(low):
        return Intent.UNDO, ""
    if _SKIP.match(low):
        return Intent.SKIP, ""
    rest = low
    while match := _CORRECTION.match(rest):
        rest = rest[match.end() :].strip()
    if rest and rest != low:
        return Intent.CORRECTION, rest
    return Intent.ANSWER, low


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
    r"(?P<cur>[£$€])?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<mult>k\b|m\b|thousand\b|grand\b|million\b|mn\b)?\s*"
    r"(?P<cur2>pounds|dollars|euros|gbp|usd|eur)?\s*"
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
    number = float(match.group("num").replace(",", ""))
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


# --- words ----------------------------------------------------------------------------------

_NEGATED = r"(?:not|n't|never|hardly|isn'?t|is not|no longer)\s+(?:\w+\s+)?"
_VARIABLE = (
    r"vari|vary|up and down|ups and downs|unpredictab|irregular|lumpy|feast|famine|depends|"
    r"fluctuat|seasonal|volatile|unstable|patchy|sporadic|on and off|swings|uneven|changes"
)
_STABLE = (
    r"stable|steady|fixed|regular|predictab|salar|reliable|consistent|same every|secure|"
    r"guaranteed|constant|retainer|solid"
)


def parse_volatility(text: str) -> str | None:
    """``"stable"`` or ``"variable"`` from a free answer ("it varies", "steady"), else ``None``."""
    low = normalise(text)
    if re.search(_NEGATED + rf"(?:{_STABLE})", low):
        return "variable"
    if re.search(_NEGATED + rf"(?:{_VARIABLE})", low):
        return "stable"
    if re.search(_VARIABLE, low):
        return "variable"
    if re.search(_STABLE, low):
        return "stable"
    return None


_NO = re.compile(
    r"^(?:no|nope|nah|not really|not at all|not yet|never|negative|n|don'?t|no thanks|"
    r"no,? thank you|not now|i don'?t think so|wrong|incorrect)\b"
)
_YES = re.compile(
    r"^(?:yes|yep|yeah|yup|ya|yea|sure|ok|okay|k|sounds good|sounds great|correct|right|"
    r"absolutely|definitely|of course|please(?: do)?|go ahead|go for it|looks good|looks great|"
    r"perfect|fine|great|accept|agreed|agree|do it|y|that works|works for me|good|lovely|"
    r"let'?s do it|let'?s go|exactly|indeed|spot on|all good)\b"
)


def parse_yes_no(text: str) -> bool | None:
    """``True`` for yes-like answers ("yep", "sounds good"), ``False`` for no-like ones."""
    low = normalise(text).strip(" .!?")
    if _NO.match(low):
        return False
    if _YES.match(low):
        return True
    return None


_NONE = re.compile(
    r"(?:no|nope|nah|none|nothing|n/?a|not really|nothing really|none really|none at all|"
    r"nothing at all|no,? (?:none|nothing)(?: really)?|no (?:constraints?|limits?)(?: really)?|"
    r"nothing limits (?:them|it|me|my hours)|no thanks)"
)


def is_none_answer(text: str) -> bool:
    """True only for a bare "no", "none", "nothing" or "no constraints": "no evening teaching"
    names a constraint, it does not deny having one."""
    return bool(_NONE.fullmatch(normalise(text).strip(" .!?")))


_ENERGISING = r"energi[sz]|love|enjoy|fun\b|alive|buzz|fulfil|inspir|passion|joy|thrill|excit"
_DRAINING = r"drain|exhaust|tir(?:ing|ed)|hate|dread|burn|sucks|grind|boring|bored|stress|slog"
_NEUTRAL = r"neutral|mixed|both|fine|okay|ok\b|meh|so-so|depends|a bit of both|neither"


def parse_energy(text: str) -> str | None:
    """``"energising"``, ``"draining"`` or ``"neutral"`` from a free answer, else ``None``."""
    low = normalise(text)
    if re.search(_NEGATED + rf"(?:{_DRAINING})", low):
        return "energising"
    if re.search(_NEGATED + rf"(?:{_ENERGISING})", low):
        return "draining"
    found = [
        label
        for label, pattern in (
            ("energising", _ENERGISING),
            ("draining", _DRAINING),
            ("neutral", _NEUTRAL),
        )
        if re.search(pattern, low)
    ]
    if {"energising", "draining"} <= set(found):
        return "neutral"
    return found[0] if found else None


_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("caregiver", r"caregiv|carer|caring|care for|look(?:ing)? after|kids|child|parent|famil"),
    ("activist", r"activis|union|movement|campaign|non-?profit|ngo|organi[sz]ing|charit"),
    ("government", r"government|public sector|civil serv|council|ministry|agency|state job"),
    ("corporate", r"corporat|compan|enterprise|bank|office|firm\b|employer|big org"),
    ("tech", r"tech|software|developer|programm|startup|coding|engineer|data scien"),
    ("general", r"general|other|none|mix|academic|universit|freelanc|self-employ|creative"),
)


def parse_context(text: str) -> str | None:
    """The working context named in a free answer: corporate, government, activist, tech,
    caregiver or general; ``None`` when nothing matches."""
    low = normalise(text)
    for name, pattern in _CONTEXTS:
        if re.search(pattern, low):
            return name
    return None


_LIST_SPLIT = re.compile(r"\s*(?:,|;|\n|&|\+|\band\b|\bplus\b|\bas well as\b|\balso\b)\s*")
_LEADING = re.compile(
    r"^(?:i (?:do|have|am|run)|i'm|my|a|an|the|some|and|also|doing|bit of|"
    r"little|spot of|then)\s+"
)


def split_list(text: str) -> list[str]:
    """Items named in a free answer ("teaching, consulting and a podcast"), tidied and unique."""
    items: list[str] = []
    for raw in _LIST_SPLIT.split(text.strip().strip(".!")):
        item = raw.strip(" .!-*").lower()
        previous = None
        while previous != item:
            previous, item = item, _LEADING.sub("", item)
        if item and item not in items and item not in {"etc", "that's it", "that is it"}:
            items.append(item)
    return items


def match_name(text: str, names: list[str]) -> str | None:
    """The one of ``names`` that the text refers to (whole name, or a word of it), else None."""
    low = normalise(text)
    for name in sorted(names, key=len, reverse=True):
        if name.lower() in low:
            return name
    words = set(re.findall(r"[a-z]{4,}", low))
    for name in names:
        if words & set(re.findall(r"[a-z]{4,}", name.lower())):
            return name
    return None


_FILLER = frozenset({
    "a", "an", "and", "the", "my", "our", "of", "in", "on", "for", "with", "to", "is", "it",
    "its", "it's", "i", "i'd", "i'm", "would", "be", "say", "that", "this", "one", "mostly",
    "mainly", "really", "probably", "definitely", "maybe", "think", "guess", "skill", "skills",
    "core",
})  # fmt: skip


def _significant(text: str) -> frozenset[str]:
    """The words that carry meaning, plural 's' dropped ("Research designs" -> research, design)."""
    words = re.findall(r"[a-z][a-z'-]*", normalise(text))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                     for w in words if w not in _FILLER)  # fmt: skip


def match_skill(text: str, names: list[str]) -> str | None:
    """The skill in ``names`` the text names, only on a strong match, else ``None``.

    Strong: the same significant words ("Research design" for "research design"), or the text
    is part of exactly one name ("design" for "research design"). One shared word between two
    longer phrases is not enough: "cognitive science research" is not "research design".
    """
    words = _significant(text)
    if not words:
        return None
    same = [n for n in names if _significant(n) == words]
    if same:
        return same[0]
    part = [n for n in names if words < _significant(n)]
    return part[0] if len(part) == 1 else None


def parse_adjustment(text: str, names: list[str]) -> Adjustment | None:
    """A change to one proposed stream ("make consulting 10 hours", "drop the podcast")."""
    name = match_name(text, names)
    if name is None:
        return None
    low = normalise(text)
    if re.search(r"\b(?:drop|remove|delete|without|cut|no)\b", low):
        return Adjustment(name, remove=True)
    share = parse_percent(low)
    spare = re.sub(r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|pct)", " ", low)
    hours = parse_hours(spare, bare_numbers=share is None)
    if share is None and hours is None:
        return None
    return Adjustment(name, hours=hours.value if hours else None, share=share)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """A date from an answer: ISO ("2027-03-01"), "1 March 2027", or "in 10 weeks"."""
    low = normalise(text)
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
    return _named_month_date(low, today)


_MONTHS = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
]  # fmt: skip


def _named_month_date(low: str, today: dt.date) -> dt.date | None:
    match = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?\s*(\d{4})?", low)
    if not match or match.group(2) not in _MONTHS:
        return None
    month, day = _MONTHS.index(match.group(2)) + 1, int(match.group(1))
    year = int(match.group(3)) if match.group(3) else today.year
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    if not match.group(3) and found < today:
        found = found.replace(year=year + 1)
    return found
