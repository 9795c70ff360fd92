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
_COUNT = re.compile(
    rf"\d+\s*(?:x\s*)?{_SALARIES}\b|"
    # "2.180 € brutto, 14 times in the year": paid that many times, said of the pay before it
    r"\d+\s+times\s+(?:in\s+the|a|per|each|every)\s+year\b"
)
#: "plus a 13th month", "13. Monatsgehalt", "with a 14th salary": the months' pay, ordinal.
ORDINAL = re.compile(
    r"(?<![\d.,])(?P<n>1[3-6])(?:th|\.|ème|e|º|ª|o|a)?\s*(?:month(?:ly)?(?: salary| pay)?|"
    r"salary|(?:pay ?)?(?:cheque|check)|monatsgehalt|gehalt|mois|mes|mês|mensilità|paga|sueldo|"
    r"maand)\b"
)
#: "mais o 13º", "plus the 13th", "+ 14.": a 13th or 14th month's pay said by its ordinal alone,
#: after a word that adds it to the pay.
ADDED_ORDINAL = re.compile(
    r"(?:\b(?:plus|mais|más|mas|and|with|con|com|e|y|und|en|og|och|inkl\.?|incl\.?)|\+)\s*"
    r"(?:(?:the|a|o|el|der|das|die|den|het|le|la|il|lo)\s+)?(?P<n>1[3-6])(?:º|ª|°|th|ème|e)(?!\w)"
)
#: "no 13th month", "without a 14th salary", "sin aguinaldo": no months' pay beyond twelve.
_DENIED = re.compile(
    r"\b(?:no|without|not|never|sin|sem|ohne|kein(?:e|en)?|pas de|nessuna|nincs)\s+"
    r"(?:(?:a|an|any|the|extra|el|o|la|le|il)\s+)?$"
)
#: "plus 8% holiday pay", "8% vakantiegeld": a share of the year's pay paid on top of it.
_HOLIDAY_PAY = re.compile(
    r"^\s*(?:of\s+)?(?:holiday (?:pay|allowance|money)|vakantiegeld|vakantietoeslag|urlaubsgeld|"
    r"feriepenger|feriepenge|semesterersättning|semestertillägg|pagas extra)\b"
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
            and (q.period == "month" or _monthly_by_count(q, count, text))
            and abs(q.start - count.start) <= _NEAR
            and not _APART.search(text[min(q.end, count.end) : max(q.start, count.start)])
        ]
        if not pays and count.kind == "salaries":  # "R9 800 a month. We get a 13th cheque."
            pays = _only_monthly_pay(out)
        if len(pays) != 1:
            continue
        pay = pays[0]
        note = f"{format_number(pay.value)} a month x {format_number(months)} salaries"
        yearly = replace(pay, value=pay.value * months, period="year", note=note)
        out = [yearly if q is pay else q for q in out if not _within(q, count)]
    return _with_bonus_months(_with_holiday_pay(out, text), text)


#: How many months' pay a payment is worth, said last in its sentence: "half of one month's
#: salary", "a month extra".
_MONTHS_WORTH = (
    r"(?P<n>half of a|half of 1|half 1|half a|a half|0\.5|1|a|2)\s+(?:month'?s?'?|months)"
    r"(?:\s+(?:pay|salary|wages?|extra))?\s*(?:[.;!?,)]|$)"
)
#: "..., plus THR one month", "plus a holiday bonus which is about half a month", ", new-year
#: bonus one month extra": after a
#: monthly pay, a payment on top worth some months of it, said last in its sentence.
_BONUS_MONTHS = re.compile(
    r"\s*(?:gross|net|brutto|netto|bruto|neto)?[^.;!?\d]*?(?:\bplus\b|\+|\band\b|\bwith\b|"
    # ", diwali bonus one month extra": a bonus named after a comma is on top as well
    r",(?=[^.;!?\d]{0,40}\bbonus\b))"
    r"[^.;!?\d]{1,50}?\b(?:about\s+|around\s+|roughly\s+|like\s+|another\s+)?"
    rf"{_MONTHS_WORTH}"
)
#: "3 420 € a month. And holiday money in summer, half of one month's salary": the next
#: sentence, opened with "and" or "plus", naming a payment of pay and its months' worth.
_BONUS_NEXT = re.compile(
    r"\s*(?:gross|net|brutto|netto|bruto|neto|before tax(?:es)?|after tax(?:es)?)?\s*[.;]\s*"
    r"(?:and|plus)\s+(?:a\s+|the\s+|an\s+)?(?:[a-z]+\s+)?(?:bonus|holiday (?:money|pay)|"
    r"allowance)\b[^.;!?\d]{0,40}?\b(?:about\s+|around\s+|roughly\s+|like\s+)?"
    rf"{_MONTHS_WORTH}"
)
_BONUS_SIZE = {
    "half a": 0.5, "a half": 0.5, "0.5": 0.5, "1": 1.0, "a": 1.0, "2": 2.0,
    "half of a": 0.5, "half of 1": 0.5, "half 1": 0.5,
}  # fmt: skip


def _with_bonus_months(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a monthly pay made yearly with the months' pay said on top of it
    ("9,5 juta a month, plus THR one month": 13 months' pay); the months' count taken out,
    so it is never read as how many months the pay comes."""
    pays = [q for q in found if q.kind in {"money", "bare"} and q.period == "month"]
    if len(pays) != 1:
        return found
    pay = pays[0]
    said = _BONUS_MONTHS.match(text, pay.end) or _BONUS_NEXT.match(text, pay.end)
    if said is None or any(q is not pay and q.kind in {"money", "bare"} for q in found):
        return found
    months = 12 + _BONUS_SIZE[said.group("n")]
    note = f"{format_number(pay.value)} a month x {format_number(months)} months' pay"
    yearly = replace(pay, value=pay.value * months, period="year", note=note)
    return [yearly if q is pay else q for q in found if not pay.end <= q.start < said.end()]


#: "2.980,00 € brutto, 14 Gehälter": a pay with no period right before how many salaries a
#: year is one of them; an amount in thousands ("40k, 14 salaries") may be the year's.
_PAY_THEN_COUNT = re.compile(r"^\s*(?:gross|net|brutto|netto|bruto|neto)?\s*[,:;-]?\s*(?:x\s*)?$")


def _monthly_by_count(q: Quantity, count: Quantity, text: str) -> bool:
    return (
        q.kind == "money"
        and not q.period
        and count.kind != "salaries"
        and q.end <= count.start
        and _PAY_THEN_COUNT.match(text[q.end : count.start]) is not None
        and re.search(r"k|grand|thousand|million|lakh", text[q.start : q.end]) is None
    )


def _with_holiday_pay(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a share of the year's pay said as holiday pay added to the one yearly or
    monthly pay said before it (the share taken out, so it is never read as a cut)."""
    for share in [q for q in found if q.kind == "percent" and _HOLIDAY_PAY.match(text[q.end :])]:
        pays = [
            q
            for q in found
            if q.kind in {"money", "bare"}
            and q.period in {"month", "year"}
            and q.end <= share.start
            and not _APART.search(text[q.end : share.start])
        ]
        if len(pays) != 1 or not 0 < share.value <= 20:
            continue
        pay = pays[0]
        year = pay.value * (12 if pay.period == "month" else 1)
        note = f"{format_number(year)} a year + {format_number(share.value)}% holiday pay"
        value = round(year * (1 + share.value / 100), 2)
        yearly = replace(pay, value=value, period="year", note=note)
        found = [yearly if q is pay else q for q in found if q is not share]
    return found


def _only_monthly_pay(found: list[Quantity]) -> list[Quantity]:
    """The one amount said a month, when it is the only amount of the message: a 13th month's
    pay named in a sentence of its own is of it."""
    amounts = [q for q in found if q.kind in {"money", "bare"}]
    return amounts if len(amounts) == 1 and amounts[0].period == "month" else []


def _within(q: Quantity, count: Quantity) -> bool:
    return q is count or (count.start <= q.start and q.end <= count.end)


def _counts(found: list[Quantity], text: str) -> list[tuple[Quantity, float]]:
    counts = []
    for q in found:
        months = months_paid(q, text)
        if months is not None:
            counts.append((q, months))
    for pattern in (ORDINAL, ADDED_ORDINAL):
        for match in pattern.finditer(text):
            if any(c.start <= match.start("n") < c.end for c, _ in counts):
                continue
            if _DENIED.search(text, max(0, match.start() - 30), match.start()):
                continue  # "and no 13th month here": twelve months' pay, said plainly
            months = to_number(match.group("n"))
            counts.append((Quantity("salaries", months, match.start(), match.end()), months))
    return counts
