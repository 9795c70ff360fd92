"""Reading a date in a free answer: ISO, a day and a month, or "in 10 weeks" (pure)."""

from __future__ import annotations

import datetime as dt
import re

from agent.interviewer.parse import normalise


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
