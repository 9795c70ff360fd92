"""The words that close a list: "that's everything", "ok, that's all really", "nothing else".

One reading for every place a list is closed (the audit's list of work, the limits, a late
"that's all" once the list's questions have begun), so a way of closing a list known in one
of them is known in all. A plain "no" ("nah", "none", "just those") closes a list only where it
answers "anything else?": put to work offered back, the same "no" declines the offer.
"""

from __future__ import annotations

import re

#: Words before the closing ones: "ok, that's all", "yeah that's it", "i think that's all",
#: "no that's it" (a no to "anything else?" said with the words that close the list).
_LEAD = r"(?:(?:ok(?:ay)?|yes|yeah|no(?:pe)?|nah|so|and|i think)[,\s]+)*"
#: "that's the lot really", "nothing else", "no more" (never "no more than 10 hours", a limit),
#: "done" (never "done it for years", a verb with what was done).
CLOSING = (
    r"(?:that'?s|that is) (?:all|it|everything|the lot|all of them|all of it)"
    r"(?: really| for now)?|nothing (?:else|more)(?! than)|no more(?! than)|done(?![ \t]+\w)"
)
#: A plain no to "anything else?" ("nah", "not really", "just those").
PLAIN_NO = r"no(?:pe)?|nah|not really|none|nothing|just (?:those|that|these)"

_CLOSES = re.compile(rf"^\W*{_LEAD}(?:{CLOSING})\b", re.I)
_CLOSES_OR_NO = re.compile(rf"^\W*{_LEAD}(?:{CLOSING}|{PLAIN_NO})\b", re.I)


def closes_list(text: str, *, plain_no: bool = False) -> re.Match[str] | None:
    """The words opening ``text`` that close a list ("that's everything, plus some tutoring"
    ends after "everything"), or ``None``; with ``plain_no``, a plain "no", "none" or "just
    those" closes it too (the answer to "anything else?")."""
    return (_CLOSES_OR_NO if plain_no else _CLOSES).match(text)


def only_closes_list(text: str) -> bool:
    """True for a message that only closes a list ("ok, that's all"): "that's all I can do"
    says more than that."""
    closed = _CLOSES.match(text)
    return closed is not None and not re.search(r"\w", text[closed.end() :])
