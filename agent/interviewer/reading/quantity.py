"""One quantity found in a text, and what every reader of quantities shares: how numbers and
ranges are written, the periods money and hours are said per, and the items a fee is paid for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.interviewer.reading.numbers import format_number, to_number

NUM = r"\d+(?:[.,]\d+)*"


#: "30 000 zł": thousands grouped by spaces, read only beside a currency; a comma or stop
#: after them ends the clause ("R12 000, we spend ...") unless a digit follows it. Cents
#: written after a comma or stop belong to the amount ("24 310,50 €").
SPACED = r"\d{1,3}(?: \d{3})+(?:[.,]\d\d(?!\d|[.,]\d))?(?!\d|[.,]\d)"


WEEKS_PER_MONTH = 52 / 12


WORKDAYS = 5


HOURS_PER_DAY = 8


PERIODS = {
    "year": "year", "yr": "year", "annum": "year", "annually": "year", "yearly": "year",
    "pa": "year", "p.a.": "year", "pp": "person", "month": "month", "mo": "month", "mth": "month",
    "monthly": "month", "pcm": "month", "week": "week", "wk": "week", "w": "week",
    "weekly": "week", "pw": "week", "weekend": "week", "day": "day", "daily": "day",
    "hour": "hour", "hr": "hour",
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
    "report|review|video|post|project|semester|term|day rate|"
    r"couple(?!\s+(?:of|more|extra|hundred|thousand|grand|k)\b)"
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
    #: For hours counted as shifts ("4 x 11hr shifts"): how many shifts a week, so a fee per
    #: shift said beside them knows how often it is paid.
    shifts: float = 0.0


def span(match: re.Match[str], kind: str, value: float, **extra: str | None) -> Quantity:
    return Quantity(kind, value, match.start(), match.end(), **extra)  # type: ignore[arg-type]


def midpoint(
    match: re.Match[str], scale: float = 1.0, scale_a: float | None = None
) -> tuple[float, str]:
    low = to_number(match.group("a")) * (scale if scale_a is None else scale_a)
    if not match.groupdict().get("b"):
        return low, ""
    high = to_number(match.group("b")) * scale
    mid = (low + high) / 2
    return mid, f"{format_number(low)}-{format_number(high)}: the midpoint, {format_number(mid)}"


def join_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def period_of(word: str) -> str:
    word = word.strip().rstrip(".")
    if word.endswith("s") and word[:-1] in ITEMS.split("|"):
        word = word[:-1]
    return PERIODS.get(word, word)
