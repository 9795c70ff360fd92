"""Salaries paid more than twelve times a year: "2.650 € netto im Monat, 14 Gehälter".

Where pay comes as a 13th or 14th month (Austria, Spain, Portugal, Italy, Greece, parts of
Latin America), a monthly salary times twelve understates the year. "14 salaries", "13
pagas", "plus a 13th month" says how many months' pay a year brings: the monthly amount said
beside it is multiplied by that number instead, and the count is taken out so it is never read
as hours or as a count of anything else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number, to_number
from agent.interviewer.reading.quantity import Quantity

_SALARIES = (
    r"(?:salar(?:y|ies)|salary payments|pay ?(?:cheques|checks)|paychecks|months'? pay|"
    r"monthly (?:salaries|payments)|(?:monats)?geh(?:ä|a)lter|monatsl(?:ö|o)hne|pagas|sueldos|"
    r"salarios|mensualidades|salaires|mensualit(?:é|e)s|mensilit(?:à|a)|stipendi|sal(?:á|a)rios|"
    r"maandsalarissen|m(?:å|a)nedsl(?:ø|o)nner|m(?:å|a)nadsl(?:ö|o)ner)"
)
#: "14 Gehälter", "13 salaries a year", "x 14 pagas": how many months' pay in a year.
_COUNT = re.compile(rf"\d+\s*(?:x\s*)?{_SALARIES}\b")
#: "plus a 13th month", "13. Monatsgehalt", "with a 14th salary": the months' pay, ordinal.
ORDINAL = re.compile(
    r"(?<![\d.,])(?P<n>1[3-6])(?:th|\.|ème|e|º|ª|o|a)?\s*(?:month(?:ly)?(?: salary| pay)?|"
    r"salary|monatsgehalt|gehalt|mois|mes|mês|mensilità|paga|sueldo|maand)\b"
)
#: Between the monthly pay and its count: no other sentence ("." not inside a number).
_APART = re.compile(r"[;!?\n]|(?<!\d)\.(?!\d)")
_NEAR = 80


def months_paid(q: Quantity, text: str) -> float | None:
    """How many months' pay a year a count says ("14 Gehälter" -> 14), or None."""
    if q.kind not in {"bare", "count"} or not 12 <= q.value <= 16 or q.value != int(q.value):
        return None
    return q.value if _COUNT.match(text, q.start) else None


def fold(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a monthly pay said beside how many months' pay a year comes made yearly
    (that count taken out); the rest as it was."""
    out = list(found)
    for count, months in _counts(found, text):
        pays = [
            q
            for q in out
            if q.kind in {"money", "bare"}
            and q.period == "month"
            and abs(q.start - count.start) <= _NEAR
            and not _APART.search(text[min(q.end, count.end) : max(q.start, count.start)])
        ]
        if len(pays) != 1:
            continue
        pay = pays[0]
        note = f"{format_number(pay.value)} a month x {format_number(months)} salaries"
        yearly = replace(pay, value=pay.value * months, period="year", note=note)
        out = [yearly if q is pay else q for q in out if not _within(q, count)]
    return out


def _within(q: Quantity, count: Quantity) -> bool:
    return q is count or (count.start <= q.start and q.end <= count.end)


def _counts(found: list[Quantity], text: str) -> list[tuple[Quantity, float]]:
    counts = []
    for q in found:
        months = months_paid(q, text)
        if months is not None:
            counts.append((q, months))
    for match in ORDINAL.finditer(text):
        months = to_number(match.group("n"))
        counts.append((Quantity("salaries", months, match.start(), match.end()), months))
    return counts
