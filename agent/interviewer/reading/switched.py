"""Words said on another topic while a word question is open (pure).

At the skills, excitement, under-used or core-skill question, "Oh, going back to money —
I've got about 22 grand saved" answers the money question, and "going back to money" is no
skill; "Oh and my savings is 3.5m now, not 3.2m — my ajo paid out" gives the reason for the
figure. In a sentence that records a figure, the words that open it on another topic, or that
follow the figure, belong to that figure, not to the list the question asks for.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: The word fields read as an answer to a word question.
_WORD_FIELDS = frozenset({"skill", "skill.excites", "skill.under_used", "core_skill"})
#: A sentence opening on another topic: "oh and", "going back to", "by the way".
_SWITCH = re.compile(
    r"^\W*(?:oh|ah|also|and|btw|by the way|before i forget|going back to|back to|coming back to|"
    r"speaking of|on (?:the )?(?:money|hours|savings))\b"
)
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?!\d)")


def without_switched(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` without the word answers that sit in a sentence recording a figure and
    either open it on another topic or come after the figure."""
    figures = [r for r in readings if isinstance(r.value, float) and r.act in {"fact", "change"}]
    if not figures:
        return readings
    kept = []
    for r in readings:
        if r.act == "fact" and r.field in _WORD_FIELDS and _off_topic(r.span, figures, text):
            continue
        kept.append(r)
    return kept


def _off_topic(span: str, figures: list[Reading], text: str) -> bool:
    at = _find(span, text)
    if at < 0:
        return False
    start, end = _sentence(at, text)
    for figure in figures:
        where = _find(figure.span, text, start)
        if start <= where < end and (_SWITCH.match(text[start:end]) or where < at):
            return True
    return False


def _find(span: str, text: str, start: int = 0) -> int:
    """Where a reading's span is in the text, by its first words (its figures may be
    blanked)."""
    head = re.split(r"\s{2,}", span.strip())[0][:24]
    return text.find(head, start) if head else -1


def _sentence(at: int, text: str) -> tuple[int, int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, at)
    return start, after.start() if after else len(text)


def without_energy(readings: list[Reading]) -> list[Reading]:
    """``readings`` without an activity's energy read from the words of liking at the question
    about what excites the person: "retreat planning is the exciting bit" says what excites
    them, not how the retreat work leaves them."""
    return [r for r in readings if not (r.act == "fact" and r.field == "activity.energy")]
