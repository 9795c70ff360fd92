"""What limits the hours, said in words: one reading per limit (pure: no I/O)."""

from __future__ import annotations

import re

from agent.interviewer.reading import acts
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.wording import (
    CONSTRAINT,
    NO_CONSTRAINT,
    NONE,
    YES_NO,
    clean,
)

_WHEN_IT_BITES = re.compile(
    r"^(?:some|most|other|on bad|bad|on some|on good|good) (?:days|weeks|mornings|nights|months)\b"
)


_NEW_CONSTRAINT = re.compile(r"\b(?:and|but|plus|also)\s*$")


_ASIDE = re.compile(
    r"^(?:that'?s|it'?s|this is)\s+(?:a |the )?(?:big|main|only|real)?\s*(?:one|it|thing)\b|"
    r"\b(?:are|is) (?:mine|free|fine|open|flexible)\b|^(?:haha|lol|ha)\b"
)


def constraints(pieces: list[Segment], text: str) -> list[Reading]:
    """One constraint per statement: a sentence, or its parts joined by "and" or "but";
    clauses cut at commas stay together ("I look after my husband, he has MS")."""
    groups: list[list[Segment]] = []
    for piece in pieces:
        last = groups[-1][-1] if groups else None
        gap = text[last.end : piece.start] if last is not None and text else ""
        joined = last is not None and last.sentence == piece.sentence
        # "hm, the commute? 2 hours a day on the train": an answer said with a rising voice
        # and what it says next are one constraint
        tentative = last is not None and last.question and not acts.question(last.text, marked=True)
        # "rota is brutal - 1 in 4 weekends": what follows a dash explains, unless it is a
        # new statement ("chronic fatigue - I need rest days")
        dash = bool(re.fullmatch(r"\s*-{1,2}\s*", gap)) and (
            # "can only work from home - I'm in a wheelchair": a state of being explains
            not re.match(r"(?:i(?!'m\b)|i'd|i've|we|my|he|she|they|also|and)\b", piece.text)
            or len(" ".join(p.text for p in groups[-1]).split()) == 1  # "visa - I can only ..."
        )
        # "Long covid. Some days I just can't": a sentence saying when it bites explains it
        explains = last is not None and bool(_WHEN_IT_BITES.match(piece.text))
        new = _NEW_CONSTRAINT.search(gap.strip(" ,")) and not re.match(r"\d", piece.text)
        if (joined and not new) or tentative or dash or explains:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    out: list[Reading] = []
    said_none = False
    for group in groups:
        said = ", ".join(p.text for p in group)
        if any(p.question and acts.question(p.text, marked=True) for p in group):
            continue
        if not out and NONE.match(clean(group[0].text).strip(" .!")):
            said_none = True  # "none, kids are grown up": what follows is no constraint
            continue
        if _NONE_MORE.match(clean(said)) or _NONE_MORE.match(said.strip(" .!")):
            continue  # "none other than that": it points at a limit said before
        if _ASIDE.search(said) or (said_none and not CONSTRAINT.search(said)) or acts.chat(said):
            continue
        item = _expand(clean(said))
        if NO_CONSTRAINT.match(item):
            continue
        if item and not YES_NO.fullmatch(item) and len(item.split()) <= 25:
            out.append(Reading("fact", "capacity.constraints", item, None, said))
    return out


#: "none other than that", "nothing else", "that's all": no more limits than one said before.
_NONE_MORE = re.compile(
    r"^(?:none|nothing|no(?:thing)? (?:real|other|more)|not really)\W*(?:\w+\s+)?(?:other than "
    r"(?:that|those|this)|else|more|besides(?: that)?|apart from (?:that|those))\W*$|"
    r"^that'?s (?:it|all)(?: really)?\W*$"
)


_DAYS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday",
}  # fmt: skip


def _expand(text: str) -> str:
    """Contractions written out, so "I don't drive" reads as "I do not drive"."""
    text = re.sub(r"\bcan'?t\b", "cannot", text)
    text = re.sub(r"\bwon'?t\b", "will not", text)
    text = re.sub(r"\b(\w+)n't\b", r"\1 not", text)
    text = re.sub(r"\btill\b", "until", text)
    for short, day in _DAYS.items():
        text = re.sub(rf"\b{short}\b", day, text)
    return re.sub(r"\s+(?:so|haha|lol|tbh)$", "", text)
