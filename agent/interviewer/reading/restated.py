"""Word answers that name one thing and then say it again (pure).

"Colour! Bas colour.", "Training leaders. Lead dogs.", "writing. always writing": at the
questions about what excites the person and what they leave unused, one thing is named and a
short sentence after it says it again in narrower words, sharing a word with it; it names
nothing more. More things are added with a connector ("writing! and the public speaking") or
as plain sentences that share no word ("Dekorieren. Zuckerarbeiten.").

"Tuning? No... I think it is hearing.": a word answer offered with a rising voice and denied
at once is taken back; what follows is the answer.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.clauses import Segment

#: Words that add another thing rather than say the first again.
_CONNECTED = re.compile(r"^(?:and|also|plus|oh|or|&|\+|as well|too|but)\b")
#: A short restatement: "Lead dogs.", "Bas colour."
_SHORT = 3


def restating(plain: list[Segment]) -> set[int]:
    """The starts of the pieces of ``plain`` that only say again what the first thing named
    is."""
    sentences = sorted({p.sentence for p in plain})
    if len(sentences) < 2:
        return set()
    by_sentence = {n: [p for p in plain if p.sentence == n] for n in sentences}
    named = by_sentence[sentences[0]][0].text.split()
    out: set[int] = set()
    for n in sentences[1:]:
        pieces = by_sentence[n]
        if _CONNECTED.match(pieces[0].text):
            break  # more is named from here on
        words = " ".join(p.text for p in pieces).split()
        if len(words) <= _SHORT and _shares_a_word(words, named):
            out |= {p.start for p in pieces}
            continue
        break
    return out


def _shares_a_word(words: list[str], named: list[str]) -> bool:
    """True when a word of ``words`` starts as a word of ``named`` does ("lead" and
    "leaders", "colour" and "colour")."""
    stems = {w[:4] for w in named if len(w) >= 4}
    return any(len(w) >= 4 and w[:4] in stems for w in words)


#: "no", "no...", "nah", said alone after an answer offered as a question.
_DENIED = re.compile(r"^(?:no+|nah|nope|not really)$")


def denied(plain: list[Segment]) -> list[Segment]:
    """``plain`` without an opening answer said as a question and denied at once ("Tuning?
    No... I think it is hearing."), nor the denial."""
    if len(plain) < 3 or not plain[0].question:
        return plain
    after = [p for p in plain if p.sentence > plain[0].sentence]
    if not after or not _DENIED.match(after[0].text.strip(" .!,")):
        return plain
    rest = [p for p in after if p.sentence > after[0].sentence]
    return rest or plain
