"""Names from a terse list the reading could not take apart (pure).

"jobs 32 hrs 41k college 6 hrs 7.2k guides 2 hrs sell ~25 a month at £12" has no commas to
cut at. When the reading found no activity in such an answer to the activities question, the
names are taken as the words said just before each weekly-hours figure ("jobs", "college",
"guides"), and nothing else: their hours and income are then asked plainly, one activity at a
time, which is the reliable path.
"""

from __future__ import annotations

import re

from agent.interviewer import namelike

_HOURS_UNIT = frozenset({"h", "hr", "hrs", "hour", "hours"})
_FIGURE_WORDS = frozenset({
    "a", "an", "per", "x", "at", "each", "week", "weeks", "wk", "month", "mo", "year", "yr",
    "quid", "grand", "euro", "euros", "pound", "pounds", "dollar", "dollars", "ish", "about",
    "around", "approx", "roughly", "maybe", "unpaid", "nothing", "zero", "free", "k", "max",
    "total", "tops", "pw", "pm", "pa", "monthly", "weekly", "yearly", "ok", "so",
})  # fmt: skip
_FIGURE = re.compile(r"^[~≈±]?[£$€]?\d|^[~≈]$|/")
_HOURS = re.compile(r"^[~≈]?\d[\d.,]*(?:h|hrs?|hours?)(?:/w\w*)?$")
MIN_NAMES = 2


def _kind(token: str, following: str, before: str) -> str:
    """``hours`` for a weekly-hours figure, ``figure`` for any other figure or unit, a label
    or a filler, ``word`` for a word that may name something."""
    if _HOURS.match(token) or (_FIGURE.match(token) and following in _HOURS_UNIT):
        return "hours"
    bare = token.strip("().!?")
    if _FIGURE.match(token) or bare in _FIGURE_WORDS or bare in _HOURS_UNIT:
        return "figure"
    if bare in namelike.LABELS:
        return "figure"
    if bare in namelike.TIME and (_FIGURE.match(before) or before in _FIGURE_WORDS):
        return "figure"
    return "word"


def names(text: str) -> list[str]:
    """The names said just before each weekly-hours figure of a terse list, when there are at
    least two of them and each looks like a name; otherwise none."""
    tokens = re.findall(r"[^\s,;]+", text.casefold())
    kinds = [_kind(t, tokens[i + 1] if i + 1 < len(tokens) else "", tokens[i - 1] if i else "")
             for i, t in enumerate(tokens)]  # fmt: skip
    found: list[str] = []
    for i, kind in enumerate(kinds):
        if kind != "hours":
            continue
        start = i
        while start > 0 and kinds[start - 1] == "word":
            start -= 1
        said = " ".join(tokens[start:i]).strip(" .:-()")
        cleaned = namelike.name(said) if said else None
        if cleaned is None or len(said.split()) > 5:
            return []
        found.append(cleaned)
    return found if len(found) >= MIN_NAMES else []
