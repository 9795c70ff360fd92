"""Monthly pay that comes more than twelve times a year.

Much of Europe pays a salary 13 or 14 times a year ("2.650 € netto im Monat, 14 Gehälter",
"€1,900 a month, 14 payments a year"): the year's pay is the month's times the number of
payments, not times twelve. :func:`apply` puts that right for a yearly figure read from a
month's pay in the sentence that says how many payments there are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.types import Reading

#: "14 Gehälter", "13 salaries", "14 pagas", "paid 13 times a year": payments in a year.
_PAYMENTS = re.compile(
    r"\b(1[3-5])\s*(?:x\s*)?(?:monats)?(?:gehälter|gehalter|salaries|salary payments|"
    r"payments(?: a year)?|pay ?checks|pagas|salários|salarios|mensilità|mensualités)\b"
    r"|\bpaid (1[3-5]) times a year\b"
)
_MONTHLY = re.compile(r"\b(?:a|per|each|every|im|al|por|par) month\b|\bmonthly\b|/\s?month\b")
_SENTENCES = re.compile(r"(?<!\d)[.!?;\n]+(?!\d)")


def apply(readings: list[Reading], text: str) -> list[Reading]:
    """The readings with each year's pay read from a month's pay counted over the payments the
    same sentence says the year has."""
    return [_counted(r, text) for r in readings]


def _counted(r: Reading, text: str) -> Reading:
    if r.field != "activity.annual_revenue" or not isinstance(r.value, int | float):
        return r
    if isinstance(r.value, bool) or not r.span or not _MONTHLY.search(r.span):
        return r
    if r.note and not re.fullmatch(r"[\d.]+ a month", r.note):
        return r  # counted some other way ("150 a lesson x 4 a month"): leave it as read
    payments = _payments_in_sentence(r.span, text)
    if payments is None:
        return r
    month = r.value / 12
    note = f"{format_number(month)} a month, {payments} payments a year"
    return replace(r, value=month * payments, note=note)


def _payments_in_sentence(span: str, text: str) -> int | None:
    at = text.find(span)
    if at < 0:
        return None
    ends = [m.start() for m in _SENTENCES.finditer(text)]
    start = max((e for e in ends if e < at), default=-1) + 1
    end = min((e for e in ends if e >= at + len(span)), default=len(text))
    found = _PAYMENTS.search(text[start:end])
    return int(found.group(1) or found.group(2)) if found else None
