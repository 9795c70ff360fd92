"""The person's own capitals in word answers ("ME", "NHS", "Python"), after reading in lower case.

The reader works on a lower-cased copy of the message, so a constraint, a skill or an
activity's name comes out in lower case ("me" for the illness ME, "the nhs"). Each word of such
a value takes back the capitals the person wrote it with, when the message writes that word
one way only; a word written in two ways ("Me" and "me") keeps the reader's form, and "i" is
"I".
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.types import Reading

#: Fields whose value is the person's words.
WORD_FIELDS = frozenset({
    "activity", "activity.name", "activity.teaches", "capacity.constraints", "skill",
    "skill.excites", "skill.under_used", "core_skill", "stream.name",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def restore(readings: list[Reading], message: str) -> list[Reading]:
    """``readings`` with the words of their word values (and of the activity or stream they
    are about) in the capitals of ``message``."""
    forms = _forms(message)
    out = []
    for r in readings:
        if r.field in WORD_FIELDS and isinstance(r.value, str):
            r = replace(r, value=_recased(r.value, forms))
        if r.subject:
            r = replace(r, subject=_recased(r.subject, forms))
        out.append(r)
    return out


def _forms(message: str) -> dict[str, str]:
    """Lower-case word -> the one way the message writes it with capitals."""
    seen: dict[str, set[str]] = {}
    for word in _WORD.findall(message):
        seen.setdefault(word.casefold(), set()).add(word)
    return {
        low: ways.pop() for low, ways in seen.items() if len(ways) == 1 and next(iter(ways)) != low
    }


def _recased(value: str, forms: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if word == "i":
            return "I"
        return forms.get(word, word) if word == word.casefold() else word

    return _WORD.sub(one, value)
