"""Weeks of work said as the school year: "term time", "term-time only", "in school weeks".

Work tied to the school year is paid for the weeks the schools are open, 39 a year (the weeks
of term and the training days), as term-time contracts count them. A week's pay or an hour's
rate said of such work is a year of those weeks, not of 52; its hours stay hours a week while
it is worked. Other parts of the year ("in summer", "the season") are not a known count of
weeks and are still asked about.
"""

from __future__ import annotations

import re

#: The weeks a term-time contract pays.
TERM_WEEKS = 39.0

_TERM = re.compile(
    r"\b(?:term[- ]?time(?: only)?|school weeks|in term(?: time)?|during term(?: time)?|"
    r"(?:in|during) (?:the )?school terms?|only in term)\b"
)
#: Words that say the weeks are some other part of the year too: no count of them.
_OTHER_PART = re.compile(
    r"\b(?:summer|winter|spring|autumn|season|holidays?|christmas|easter|half[- ]term)\b"
)


#: The weeks counted in words or figures anywhere in the message ("- about 33 weeks").
_COUNTED = re.compile(r"\b\d+(?:\.\d+)?\s*(?:school\s+|term\s+)?weeks?\b")


def weeks(sentence: str, text: str = "") -> float | None:
    """The weeks a year that ``sentence`` says its work runs when it ties it to the school
    year (39), else ``None``; also ``None`` when the message (``text``) counts the weeks
    itself, which are then the ones said."""
    low = sentence.casefold()
    if _COUNTED.search(text.casefold() or low):
        return None
    if _TERM.search(low) and not _OTHER_PART.search(low):
        return TERM_WEEKS
    return None
