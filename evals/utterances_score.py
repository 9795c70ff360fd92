"""Matching produced readings against the expected readings of one utterance-table case.

The rules are those of the utterance table's format (``docs/evals.md``): a produced reading
matches an expected one with the same act (``change`` and ``correction`` are one act, and so
are a ``fact`` and a ``change`` of a proposed stream's field), the same field, the same
subject (activity or stream names match when the significant words of one are all in the
other, case, plural and word-form insensitive: "roofer" and "roofing") and the same value
(numbers within 1 %, hours also within 0.25 h; texts when at least half of the expected
text's significant words occur in the produced one; names as subjects; labels exactly).
Readings below the reader's confidence threshold are *asked back*: never matched, never
wrong, and the message is not exact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer.dates import parse_date
from agent.interviewer.reading.types import Reading

#: Acts whose unmatched produced readings spoil an exact message.
RECORDING_ACTS = frozenset({"fact", "change", "wish"})
#: Acts whose unmatched produced readings count as wrong values.
VALUE_ACTS = frozenset({"fact", "change"})
HOURS_FIELDS = frozenset(
    {"capacity.hours_per_week", "activity.hours_per_week", "stream.target_hours"}
)
NAME_FIELDS = frozenset({"activity", "stream.name"})
LABEL_FIELDS = frozenset({"context", "activity.volatility", "activity.energy", "stream.role"})
_STOP = frozenset(
    re.findall(
        r"\S+",
        "a an the my our your of at in on for to and or with from by as is are was be i i'm me "
        "some bit lot little very really just also about around",
    )
)


def act_of(expected: dict[str, Any]) -> str:
    """The expected reading's act, ``correction`` folded into ``change``; a fact about a
    proposed stream is a change too, since the proposal always holds a value for it."""
    act = str(expected["act"])
    if act == "fact" and str(expected.get("field", "")).startswith("stream."):
        return "change"
    return "change" if act == "correction" else act


def significant(text: str) -> frozenset[str]:
    """The words that carry meaning, lower case, a plural ``s`` dropped."""
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold().replace("’", "'"))
    return frozenset(_singular(w) for w in words if w not in _STOP)


def _singular(word: str) -> str:
    word = word.rstrip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) <= 5:
        return word
    if word.endswith("e") and not word.endswith("ee"):
        return word[:-1]  # the verb as its doing and doer are cut: "restore", "restoring"
    return _STEM.sub("", word)


#: The endings of a doer, a doing and a deed of one word: "roofer", "roofing"; "organiser",
#: "organising"; "translating", "translation".
_STEM = re.compile(r"(?:e?r|or|at(?:ion|ing)|ing|ion)$")


def names_match(expected: str, produced: str | None) -> bool:
    """True when the significant words of one name are all in the other."""
    a, b = significant(expected), significant(produced or "")
    return bool(a) and bool(b) and (a <= b or b <= a)


def text_matches(expected: str, produced: str) -> bool:
    """True when at least half of the expected text's significant words are in the produced."""
    want = significant(expected)
    if not want:
        return expected.strip().casefold() == produced.strip().casefold()
    return 2 * len(want & significant(produced)) >= len(want)


def number_matches(expected: float, produced: Any, *, hours: bool) -> bool:
    """Numbers within 1 % (hours also within 0.25 h)."""
    if isinstance(produced, bool) or not isinstance(produced, int | float):
        return False
    gap = abs(float(produced) - float(expected))
    return gap <= 0.01 * abs(float(expected)) + 1e-9 or (hours and gap <= 0.25 + 1e-9)


def value_matches(field_name: str, expected: Any, produced: Any) -> bool:
    """The value rule of a field: numbers, names, labels or texts."""
    if isinstance(expected, bool):
        return produced is expected
    if isinstance(expected, int | float):
        return number_matches(expected, produced, hours=field_name in HOURS_FIELDS)
    if produced is None or isinstance(produced, bool):
        return False
    if field_name in NAME_FIELDS:
        return names_match(str(expected), str(produced))
    if field_name in LABEL_FIELDS:
        return str(expected).casefold() == str(produced).casefold()
    if field_name == "review.date" and re.fullmatch(r"\d{4}-\d\d-\d\d", str(expected)):
        return str(expected) in {str(produced), _dated_as_said(str(produced))}
    return text_matches(str(expected), str(produced))


#: The day the tables' calendar dates were read against: a day and a month said without a
#: year ("1st April") is the next such day after it, 2027-04-01, as the batches' headers
#: write it and as the interviewer stores it (``parse_date`` against the day it is said).
TABLE_TODAY = dt.date(2026, 12, 7)
#: A day and a month named in a produced text ("the 15th of march", "may 1st").
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_DAY_AND_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\b(?:first|second|third|\w+teenth|\w+tieth|\w+-\w+) of {_MONTH}"
)


def _dated_as_said(produced: str) -> str:
    """The calendar date a produced review text names by day and month, as the interviewer
    stores it on ``TABLE_TODAY``; "" when it names none ("in 12 weeks" is not resolved)."""
    if not _DAY_AND_MONTH.search(produced.casefold()):
        return ""
    date = parse_date(produced, TABLE_TODAY)
    return date.isoformat() if date else ""


def matches(expected: dict[str, Any], produced: Reading) -> bool:
    """True when ``produced`` is the reading ``expected`` describes."""
    act = act_of(expected)
    if produced.act != act:
        return False
    if act == "wish":
        return _wish_matches(expected, produced)
    if act == "confirm":
        return produced.value is bool(expected.get("value", True))
    if act not in VALUE_ACTS:
        return True
    if produced.field != expected.get("field"):
        return False
    subject = expected.get("activity") or expected.get("stream")
    if subject is not None and not names_match(str(subject), produced.subject):
        return False
    if "currency" in expected and produced.currency != expected["currency"]:
        return False
    return value_matches(str(expected["field"]), expected.get("value"), produced.value)


def _wish_matches(expected: dict[str, Any], produced: Reading) -> bool:
    if not names_match(str(expected.get("stream", "")), produced.subject):
        return False
    if bool(expected.get("remove", False)) != produced.remove:
        return False
    for key, hours in (("hours", True), ("share", False)):
        if key in expected and not number_matches(
            expected[key], getattr(produced, key), hours=hours
        ):
            return False
    return "role" not in expected or expected["role"] == produced.role


@dataclass
class CaseScore:
    """How one message was read against what it says."""

    exact: bool
    expected_values: int
    wrong: list[Reading] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    asked_back: list[Reading] = field(default_factory=list)
    extra: list[Reading] = field(default_factory=list)
    matched: list[dict[str, Any]] = field(default_factory=list)


def score_case(expected: list[dict[str, Any]], produced: list[Reading]) -> CaseScore:
    """Match the produced readings to the expected ones (each used once) and score the case."""
    confident = [r for r in produced if r.confident]
    asked_back = [r for r in produced if not r.confident and r.act != "nothing"]
    free = list(confident)
    matched, missed = [], []
    for want in expected:
        hit = next((r for r in free if matches(want, r)), None)
        if hit is None:
            missed.append(want)
        else:
            free.remove(hit)
            matched.append(want)
    extra = [r for r in free if r.act in RECORDING_ACTS]
    wrong = [r for r in extra if r.act in VALUE_ACTS]
    values = sum(1 for e in expected if act_of(e) in VALUE_ACTS)
    exact = not missed and not extra and not asked_back
    return CaseScore(exact, values, wrong, missed, asked_back, extra, matched)
