"""Figures a message says that nothing was taken from (pure).

A message that records some facts may hold a figure the reading could not place or the dialog
left out ("36 hours at the hospital for 38k, 42 hrs tops"). It must not vanish in silence: the
reply names it in the person's words and asks what it is ("I didn't take '42 hrs tops'; is
that your weekly limit?"). Only hours and money count as figures here: ages, years, counts and
months ("I'm 47", "since 2019", "2 kids") are no hours or money and are never asked about.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import clauses
from agent.interviewer.reading.doubts import PUT_RIGHT
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.own_share import SHARE_AFTER, SHARE_NOTE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import Reading
from agent.interviewer.remarks import capacity_said

#: Hours or money, as written: "42 hrs", "36h", "£1,200", "38k", "45 grand", "900 euros".
_FIGURE = re.compile(
    r"(?<![\w.,])(?:(?P<hours>\d+(?:\.\d+)?\s*(?:-\s*\d+(?:\.\d+)?\s*)?(?:h|hrs?|hours?)\b)|"
    r"(?P<money>[£$€]\s*\d[\d,.]*\s*k?\b|\d[\d,.]*\s*(?:k|grand|thousand|pounds|dollars|"
    r"euros?|eur|usd|gbp)\b|\d[\d,.]*\s*[£$€]))"
)
#: A figure the person takes back ("44 hours, not 48 hours") is no figure to ask about.
_TAKEN_BACK = re.compile(r"\b(?:not|rather than|instead of|no longer)\s+(?:about\s+)?$")
_MAX_WORDS = 6
_DATA = frozenset({"fact", "change", "wish"})
#: A figure per month or per week is held as a year's (money) or as it is (hours).
_PERIODS = (1.0, 12.0, 52.0)


def untaken(text: str, kept: list[Reading]) -> list[tuple[str, str]]:
    """The figures of ``text`` that no kept reading holds, as ``(the words around it, "hours"
    or "money")``, in the order said."""
    if any(r.act in _DATA and not r.span for r in kept):
        return []  # read without its evidence: what it was read from cannot be told
    low = clauses.normalise(text)
    covered = _covered(low, kept)
    found: list[tuple[str, str]] = []
    values = _values(kept)
    put_right = _put_right_at(low, kept)
    summed = _summed(low, values)
    for match in _FIGURE.finditer(low):
        at = match.start()
        if any(start <= at < end for start, end in covered) or at < put_right:
            continue  # held by a reading, or the figure the person put right ("42, no, 40")
        if at in summed or (match.group("money") and _net_beside(low, match, values)):
            continue  # a part of a total kept ("24k plus 4k commission"), or the pay after tax
        if _TAKEN_BACK.search(low[max(0, at - 24) : at]):
            continue
        if SHARE_AFTER.match(low[match.end() :]) and any(r.note == SHARE_NOTE for r in kept):
            continue  # "2.2k a month between us, my half is 1100": the whole, shared
        amount = _amount(match.group(0))
        if amount == 0 or any(abs(amount * f - v) < 0.01 for v in values for f in _PERIODS):
            continue  # "unpaid (0 €)", or a figure a reading holds though read elsewhere
        kind = "hours" if match.group("hours") else "money"
        found.append((_words_around(low, at, match.end()), kind))
    return found


#: "net", "after tax", "take home": the pay left after tax, said beside the gross.
_NET = re.compile(r"\b(?:net|after tax(?:es)?|take[- ]?home|in hand|in my pocket)\b")


def _money(low: str) -> list[tuple[int, float]]:
    """Where each figure of money starts, and its amount."""
    return [(m.start(), _amount(m.group(0))) for m in _FIGURE.finditer(low) if m.group("money")]


def _summed(low: str, values: list[float]) -> set[int]:
    """Where the figures of money stand that add up, two or more in a row, to a figure a kept
    reading holds ("base 24k plus commission, about 4k" kept as 28,000)."""
    money = _money(low)
    parts: set[int] = set()
    for first in range(len(money)):
        for last in range(first + 1, len(money)):
            total = sum(amount for _, amount in money[first : last + 1])
            if any(abs(total * f - v) < 0.01 for v in values for f in _PERIODS):
                parts |= {at for at, _ in money[first : last + 1]}
    return parts


def _net_beside(low: str, match: re.Match[str], values: list[float]) -> bool:
    """True when the figure is said as net pay ("about 300k net after tax") and a larger one
    was kept from the same message: the gross was taken, the net is no other work's."""
    around = low[max(0, match.start() - 16) : match.end() + 20]
    net = _amount(match.group(0))
    return bool(_NET.search(around)) and any(v > net for v in values)


def _put_right_at(low: str, kept: list[Reading]) -> int:
    """Where the figure a message says again in place of an earlier one stands ("about 42
    hours. actually no, make that 40"), or -1."""
    said = [low.find(clauses.normalise(r.span)) for r in kept if r.note == PUT_RIGHT and r.span]
    return max(said, default=-1)


def note(text: str, kept: list[Reading]) -> str:
    """What the reply says about a figure nothing was taken from (the first one), or ``""``."""
    found = untaken(text, kept)
    if not found:
        return ""
    said, kind = found[0]
    if kind == "hours" and capacity_said(said, said):
        ask = "is that your weekly limit?"
    elif kind == "hours":
        ask = "what are those hours for?"
    else:
        ask = "what is that amount for?"
    return f"I didn't take '{said}'; {ask}"


def _values(kept: list[Reading]) -> list[float]:
    """The figures the kept readings hold (values, a wish's hours or share)."""
    found = [r.value for r in kept if isinstance(r.value, int | float)
             and not isinstance(r.value, bool)]  # fmt: skip
    found += [x for r in kept for x in (r.hours, r.share) if x is not None]
    return [float(v) for v in found]


def _amount(said: str) -> float:
    """The number a figure says, thousands counted ("38k" is 38000, "38.000 €" is 38000)."""
    number = re.match(r"\D*(\d[\d,.]*)", said)
    if number is None:
        return -1.0
    digits = number.group(1).rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        digits = re.sub(r"[.,]", "", digits)
    try:
        value = float(digits.replace(",", "."))
    except ValueError:
        return -1.0
    return value * 1000 if re.search(r"\d\s*(?:k|grand|thousand)\b", said) else value


def _covered(low: str, kept: list[Reading]) -> list[tuple[int, int]]:
    """Where in the normalised message the kept readings were read from."""
    spans: list[tuple[int, int]] = []
    for reading in kept:
        span = (reading.span or "").strip()
        if not span:
            continue
        start = low.find(span)
        while start >= 0:
            spans.append((start, start + len(span)))
            start = low.find(span, start + 1)
    return spans


def _words_around(low: str, start: int, end: int) -> str:
    """The clause the figure was said in, cut to a few words around it."""
    for segment in clauses.segments(low):
        if segment.start <= start < segment.end:
            words = segment.text.strip(" ,;.!?").split()
            before = len(low[segment.start : start].split())
            lo = max(0, min(before - 2, len(words) - _MAX_WORDS))
            return " ".join(words[lo : lo + _MAX_WORDS])
    return low[start:end].strip()


#: Periods a figure of money carries a year's worth by itself.
_OWN_PERIODS = frozenset({"", "year", "quarter", "month", "fortnight", "week"})
_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€", "ZAR": "R", "CAD": "C$", "AUD": "A$", "INR": "₹",
            "NGN": "₦"}  # fmt: skip


def fee_alone(text: str, hours: float = 0.0) -> str | None:
    """What to say to a fee told without how often it is paid ("£90 a party", "$25 an
    hour"): no year can be worked out from it, so the person is asked to say it with how often
    or as a year's total (for an hourly fee of work whose ``hours`` a week are on record, how
    many weeks a year); ``None`` when the message says no such fee."""
    found = find_quantities(clauses.normalise(text))  # "R180 a lesson": read as "r180"
    money = [q for q in found if q.kind == "money"]
    if len(money) != 1 or len(found) > 1 or money[0].period in _OWN_PERIODS:
        return None  # "4 or 5 a summer at $1800 each": how often is said, if not read
    fee = money[0]
    said = f"{_SYMBOLS.get(fee.currency or '', '')}{format_number(fee.value)}"
    unit = fee.period.removeprefix("each-")
    per = "each" if unit in {"each", "one", "go", "time", "pop"} else f"a {unit}"
    if unit == "hour" and hours > 0:
        return (f"I have {said} an hour, and {format_number(hours)} h a week on record: for how "
                f"many weeks a year is it paid? Say e.g. '40 weeks', or 'all year'.")  # fmt: skip
    if unit == "hour":
        example = f"'{said} an hour, 3 hours a week, 40 weeks a year'"
        return (f"I have {said} an hour, but not for how many hours: say it with the hours, "
                f"e.g. {example}, or give a year's total.")  # fmt: skip
    example = f"'{said} {per}, 2 a month'"
    return (f"I have {said} {per}, but not how often: say it with how often, e.g. "
            f"{example}, or give a year's total.")  # fmt: skip
