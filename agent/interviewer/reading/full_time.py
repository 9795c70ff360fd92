"""Pay said as a full-time figure beside the share of full time worked (pure).

"0.8 FTE, $78,400 pro rata", "£32k pro rata, I do 3 days", "FTE salary 98k, I'm 0.8", "45k
full time but I work 3 days": the figure is said of a full-time post, and the person works a
part of it. Whether a figure said "pro rata" is already the person's share or the full-time
rate is told differently by different people, so the pay is never stored as read: the share
of the full-time figure is worked out and said back with the figure the person gave, so they
can say which it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words after an amount that say it is a full-time figure ("31,000 pro rata", "45k full time").
_AFTER = re.compile(
    r"^\s*(?:pro[- ]rata|fte|full[- ]time(?: equivalent)?(?!\s+(?:job|work|hours|post|role)))\b"
)
#: Words before an amount that say it ("FTE salary 98k", "full time equivalent is 98k").
_BEFORE = re.compile(
    r"\b(?:fte|full[- ]time(?: equivalent)?|pro[- ]rata)(?:\s+(?:salary|pay|rate|wage|figure))?"
    r"\s*(?:is|of|=|:|would be|was|works out at)?\s*(?:about|around|roughly)?\s*[£$€]?\s*$"
)
#: The share of full time worked: a fraction of a post ("0.8 FTE", "I'm 0.6"), a percentage
#: ("at 60 %"), or days of a five-day week ("3 days", "4 days/wk").
_SHARES = (
    (re.compile(r"(?<![\d.,£$€])(0?\.[1-9]\d?)(?![\d.,%])(?!\s*(?:k|m|h|hrs?|hours?)\b)"), 1.0),
    (re.compile(r"(?<![\d.,£$€])([1-9]\d)\s*%"), 100.0),
    (
        re.compile(
            r"(?<![\d.,£$€])([1-4](?:\.5)?)\s*(?:days?|d)\b(?:\s*(?:/|a|per)\s*(?:wk|week))?"
            r"(?!\s+(?:a|per)\s+(?:month|year|fortnight))"
        ),
        5.0,
    ),
)


@dataclass(frozen=True)
class Share:
    """The part of full time worked, and the words it was said in."""

    part: float
    said: str


def said(segment: str, start: int, end: int) -> bool:
    """True when the amount at ``start:end`` of ``segment`` is said to be a full-time figure."""
    return bool(_AFTER.match(segment[end:]) or _BEFORE.search(segment[:start]))


def share(text: str) -> Share | None:
    """The one share of full time ``text`` says, or ``None`` when it says none or several."""
    found = {
        (round(float(m.group(1)) / scale, 3), m.group(0).strip())
        for pattern, scale in _SHARES
        for m in pattern.finditer(text)
    }
    parts = {part for part, _ in found}
    if len(parts) != 1:
        return None
    part = parts.pop()
    if not 0 < part < 1:
        return None
    return Share(part, next(words for value, words in found if value == part))


def note(full: float, part: Share) -> str:
    """What is said back: the share worked out, and the question which figure is the pay."""
    return (
        f"{full:,.0f} full time at {part.said} is about {round(full * part.part):,.0f}: "
        f"is that what you're paid, or is {full:,.0f} already your share?"
    )


#: Words that say a figure of the message is a full-time one.
_SPOKEN = re.compile(r"\b(?:pro[- ]rata|fte|full[- ]time equivalent)\b")


def post_share(value: float, kind: str, text: str) -> bool:
    """True for the share of a post ("I'm 0.8", "at 60 %") in a message that says a full-time
    figure: it is no pay and no hours of its own."""
    if not _SPOKEN.search(text):
        return False
    return (kind == "bare" and 0 < value < 1) or kind == "percent"


#: The hours a share of full time comes to, said right after it: "0.6 is 22.5 hours",
#: "0.8 = 30h", "0.5, so 18.75 hours".
_ITS_HOURS = re.compile(
    r"^\s*(?:fte\s*)?(?:is|=|means|equals|which is|so|,\s*so|comes to|works out (?:at|as))\s+"
    r"(?:about|around|roughly|like|approx\.?\s*)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)\b"
)


def share_with_hours(value: float, kind: str, after: str) -> bool:
    """True for a share of full time said with the hours it comes to ("0.6 is 22.5 hours on
    paper"): the hours are the figure, the share none of its own."""
    return kind == "bare" and 0 < value < 1 and _ITS_HOURS.match(after) is not None
