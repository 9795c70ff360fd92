"""Sentences that remark on the thing named, at the questions about one skill (pure).

"shaping boards. proper job 🤙", "Upholstery!! Choosing the fabric and bringing a chair back
to life", "Lied! Schubert, Wolf. A Liederabend is what I dream of": what excites the person or
lies unused is named first; the sentences after it praise it, show it or give examples, and
name nothing more. More things come with a connector ("writing! and the public speaking"), as
a lone word ("Dekorieren. Zuckerarbeiten."), ranked ("story structure a close second") or
narrowed ("bread. sourdough specifically").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.types import Reading

#: Words that open another thing named, not a remark on the first.
_CONNECTED = re.compile(r"^\W*(?:and|also|plus|oh and|or|&|\+|as well as)\b")
#: "story structure a close second", "pottery too": another thing, ranked beside the first;
#: "sourdough specifically": the first said narrower.
_RANKED = re.compile(
    r"\b(?:second|third|too|as well|also|specifically|mainly|in particular|particularly|"
    r"especially)\b"
)


def without_remarks(readings: list[Reading], plain: list[Segment]) -> list[Reading]:
    """The items named, without those read from sentences after the first item's that only
    remark on it."""
    sentence = {r.span: _sentence_of(r.span, plain) for r in readings}
    said = [n for n in sentence.values() if n is not None]
    if not said:
        return readings
    dropped = _remarking(plain, min(said))
    kept = [r for r in readings if sentence[r.span] not in dropped]
    said_more = _said_more(plain, min(said))
    if said_more and len(kept) == 1 and len(str(kept[0].value).split()) == 1:
        return [replace(kept[0], value=f"{kept[0].value}, {said_more}")]
    return kept


#: Words that open a remark said as a statement or an example, not as the thing itself.
_NOT_THE_THING = re.compile(
    r"^(?:i|i'?m|it|it'?s|its|that|that'?s|this|they|he|she|we|you|so|because|cos|which|"
    r"makes?|gives?|love|like|is|are|was|proper|such|what|how|when|the best)\b|^[a-z]+ing\b"
)


def _said_more(plain: list[Segment], first: int) -> str:
    """ "felt!! new patterns with kazakh ornament": a one-word thing named alone, then said
    in a few more words (a phrase naming what, not a statement or an example): the words
    said after it, which are part of it; else ""."""
    sentences = sorted({p.sentence for p in plain if p.sentence >= first})
    opening = [p for p in plain if p.sentence == first]
    if len(sentences) != 2 or len(opening) != 1 or len(opening[0].text.split()) != 1:
        return ""
    after = [p for p in plain if p.sentence == sentences[1]]
    said = after[0].text.strip() if len(after) == 1 else ""
    if not 2 <= len(said.split()) <= 6 or _NOT_THE_THING.match(said) or _CONNECTED.match(said):
        return ""
    named = opening[0].text.casefold()[:4]
    if any(w.casefold().startswith(named) for w in said.split()):
        return ""  # "Colour! Bas colour.": the thing said again, narrower
    return "" if _RANKED.search(said) or re.search(r"\d", said) else said


def _sentence_of(span: str | None, plain: list[Segment]) -> int | None:
    return next((p.sentence for p in plain if span and span in p.text), None)


def _remarking(plain: list[Segment], first: int) -> set[int]:
    """The sentences after ``first`` that remark on what it named, up to one that names more."""
    out: set[int] = set()
    for n in sorted({p.sentence for p in plain if p.sentence > first}):
        said = " ".join(p.text for p in plain if p.sentence == n)
        if _CONNECTED.match(said) or _RANKED.search(said):
            break  # more is named from here on
        if len(said.split()) == 1:
            continue  # "Zuckerarbeiten.": a thing named alone
        out.add(n)
    return out
