"""Skills claimed in so many words away from the skills question (pure).

"I'm good at welding, rigging and first aid" in the opening, "my skills are payroll and
Excel" while the hours are asked, "welding, but I'm also pretty good at bookkeeping" while what
excites is asked: the words of the claim say the list is of skills, whatever the open question,
so it is read as the skills question reads a list and kept as skills (never as work, never as
what excites). Said while what is under-used is asked, "I'm good at it and nobody asks" is an
answer there, so the under-used question keeps its own reading.
"""

from __future__ import annotations

import re

#: The claim, at the start of a sentence or of a clause joined on: "I'm pretty good at",
#: "I'm also skilled in", "my skills are", "my main skills include".
_CLAIM = re.compile(
    r"(?:^|[.!?;]\s*|,\s*(?:(?:but|and|plus)\s+)?(?:also\s+)?)"
    r"(?:(?:and|also|plus|oh and|but)\s+)?"
    r"(?:(?:i'?m|i am|im)\s+(?:also\s+)?(?:(?:really|pretty|quite|very|fairly|also)\s+)?"
    r"(?:good|great|skilled|handy|decent)\s+(?:at|in)\s+|"
    r"my\s+(?:main\s+|other\s+)?skills?\s+(?:are|is|include)\s*:?\s+)",
    re.I,
)
#: Words that make the claim about the work itself or ask something ("good at it", "good at
#: what I do"): no list of skills follows.
_NO_LIST = re.compile(r"^(?:it|that|this|what|my job|the job|them|those)\b", re.I)
#: Questions whose own reading takes the claim: the skills list and what is under-used.
OWN_ASKS = frozenset({"skills", "underused", "core"})


def split(message: str) -> tuple[str, list[str]]:
    """``message`` without the claims of skills in it (each blanked to its sentence's end),
    and the lists of skills they claim."""
    lists: list[str] = []
    chars = list(message)
    for match in _CLAIM.finditer(message):
        end_at = re.search(r"[.!?;]", message[match.end() :])
        end = match.end() + end_at.start() if end_at else len(message)
        said = message[match.end() : end].strip(" ,")
        if not said or _NO_LIST.match(said) or re.search(r"\d", said):
            continue
        lists.append(said)
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip(".!?;, ")))
        chars[start:end] = " " * (end - start)
    return "".join(chars), lists


def claimed(sentence: str) -> bool:
    """True when a sentence claims skills in so many words ("I'm good at ...")."""
    said = sentence.strip()
    return any(not _NO_LIST.match(said[m.end() :].strip(" ,")) for m in _CLAIM.finditer(said))
