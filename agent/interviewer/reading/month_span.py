"""A season said as a span of named months: the weeks a year it holds for (pure).

"£35 a game, 2 games a week, sept to may" is paid in the nine months from September to May,
both counted: 52 x 9 / 12 weeks, not 52 (a month's pay nine times), and nothing is left to
ask. Only one span of two named months counts; a season said in other words ("in summer",
"the season") is still asked.
"""

from __future__ import annotations

import re

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: "sept to may", "from September to June", "Oct-April", "between March and October".
_SPAN = re.compile(
    rf"\b(?:(?:from\s+)?({_MONTH})\s*(?:-|to|till|til|until|through|thru)|"
    rf"between\s+({_MONTH})\s+and)\s*(?:the\s+end\s+of\s+)?({_MONTH})\b"
)


#: Words that say the span is when the work stops ("closed june to august"), a season said
#: beside it in other words, or a total rather than a rate: not counted.
_STOPPED = re.compile(
    r"\b(?:closed|closes|shut|shuts|off|no work|nothing|break|except|apart from|not|"
    r"dead|quiet|summers?|winters?|holidays?|in total|total)\b|"
    # "the season is June to August": the season named by its months is the span itself
    rf"\bseason\b(?!\s+(?:is\s+|runs\s+|goes\s+)?(?:from\s+)?{_MONTH}\b)"
)
#: Between a figure and the span: other work said, or a bracket closed, so the span is not
#: the figure's ("(grant, 1.309 € a month), and I'm a surf instructor ..., June to September").
_OTHER_WORK = re.compile(r"[()]|\b(?:and|also|plus|but|then)\s+(?:i|i'?m|im|my)\b|:")


def _index(word: str) -> int:
    return _MONTHS.index(word[:3])


def months(sentence: str) -> int | None:
    """The months a span of two named months covers, both counted, else ``None``."""
    low = sentence.casefold()
    found = list(_SPAN.finditer(low))
    if len(found) != 1 or _STOPPED.search(low):
        return None
    span = found[0]
    first, last = _index(span.group(1) or span.group(2)), _index(span.group(3))
    count = (last - first) % 12 + 1
    return count if 1 < count < 12 else None


def months_of(text: str, start: int, end: int) -> int | None:
    """The months a span said in the sentence of the figure at ``start``-``end`` of ``text``
    covers, when nothing else is said between them ("£35 a game, 2 a week, sept to may");
    else ``None``."""
    opened = max(text.rfind(c, 0, start) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?;\n") if i >= 0]
    closed = min(ends, default=len(text))
    count = months(text[opened:closed])
    if count is None:
        return None
    after, before = text[end:closed], text[opened:start]
    span = _SPAN.search(after.casefold()) or _SPAN.search(before.casefold())
    if span is None:
        return None
    between = after[: span.start()] if span.string == after.casefold() else before[span.end() :]
    return None if _OTHER_WORK.search(between) else count
