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
    return [r for r in readings if sentence[r.span] not in dropped]


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
