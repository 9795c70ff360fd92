"""A list of work with the hours said before each name: "30h café, 5h tutoring" (pure).

Terse people put the figure first: "30h café, 5h tutoring, 2h choir", "12 hrs delivery,
4 hrs of pottery". Each item is a work and its hours, the same as "café 30h"; the reader knows
that order, so such a list is said again name first. Only a run of two or more items that are
nothing but hours and a short name is turned; a lone "40h week" or "10 hours max" is not a
list of work, nor is an item whose "name" is a word of time or of a limit.
"""

from __future__ import annotations

import re

#: Hours said before a name: "30h", "12 hrs", "6 hours/wk", "3h a week".
_HOURS = r"\d{1,2}(?:\.\d+)?\s*(?:h|hrs?|hours?)\b(?:\s*(?:/\s*|a\s+|per\s+)(?:wk|week)\b)?"
#: A short name: one to four words, none a figure.
_NAME = r"(?:of\s+)?[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,3}?"
_END = r"(?=\s*(?:[,;.!?\n]|\band\b|$))"
_ITEM = rf"{_HOURS}\s+{_NAME}{_END}"
_SEP = r"\s*[,;]\s*(?:and\s+)?|\s+and\s+"
_RUN = re.compile(rf"(?<![\w$£€₹₦.,])(?:{_ITEM})(?:(?:{_SEP})(?:{_ITEM}))+", re.IGNORECASE)
_ONE = re.compile(rf"(?P<hours>{_HOURS})\s+(?:of\s+)?(?P<name>{_NAME}){_END}", re.IGNORECASE)
#: Words that say a time, a bound or a total rather than a work ("40h week", "10h max").
_NOT_WORK = re.compile(
    r"^(?:a|an|the|per|each|every|max(?:imum)?|min(?:imum)?|total|tops|free|spare|left|"
    r"available|week|weekly|weekends?|days?|daily|nights?|month|monthly|year|shifts?|or|to|"
    r"at|on|in|is|are|was|for|from|with|now|then|so|but|if|i|my|we|usually|normally)\b",
    re.IGNORECASE,
)


def _turned(run: str) -> str | None:
    items = list(_ONE.finditer(run))
    if len(items) < 2 or any(_NOT_WORK.match(m.group("name")) for m in items):
        return None
    out, last = [], 0
    for m in items:
        out.append(run[last : m.start()])
        out.append(f"{m.group('name')} {m.group('hours')}")
        last = m.end()
    return "".join(out) + run[last:]


def name_first(text: str) -> str:
    """``text`` with each list of work said hours first ("30h café, 5h tutoring") said name
    first ("café 30h, tutoring 5h"); any other text as it is."""
    return _RUN.sub(lambda m: _turned(m.group(0)) or m.group(0), text)
