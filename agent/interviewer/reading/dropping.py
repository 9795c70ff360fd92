"""Streams dropped in a clause of a sentence that also asks for other things.

"I'd love a stream for mentoring new vet nurses, 2 hours, and cut the pet sitting completely";
"bin the dog walking, not worth it"; "ok so the bank job, I want it gone": the clause that
drops a proposed stream is a wish to remove it, wherever it sits in the sentence, and the rest
of the sentence is read as said. A clause drops a stream only when it names one after its
removal word (or says "it" right after a clause that only named one) and gives no figures:
"cut the pet sitting to 2 hours" edits it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import acts, streams
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import Reading

#: Questions at which streams are on the table.
STREAM_ASKS = frozenset({"streams", "blocks", "review", "finalise"})
_FIGURES = frozenset({"hours", "bare", "percent", "days", "money", "zero"})
_PRONOUN = re.compile(r"\b(?:it|that|them|this)\b")
#: A removal word that drops nothing said after it ("without", "no more than").
_NOT_DROPPING = re.compile(r"^(?:without|no more)$")


def dropped(sentence: list[Segment], own: list[Quantity], frame: Frame) -> list[Segment]:
    """Record the streams a sentence's clauses drop; the clauses left to read."""
    if frame.ask not in STREAM_ASKS or len(sentence) < 2 or not frame.view.streams:
        return sentence
    kept: list[Segment] = []
    for segment in sentence:
        stream, before = _drops(segment, kept, own, frame)
        if stream is None:
            kept.append(segment)
            continue
        if before:
            kept.pop()  # "the bank job" said just before "I want it gone"
        frame.readings.append(Reading("wish", subject=stream, remove=True, span=segment.text))
        frame.stream = stream
    return kept


def _drops(
    segment: Segment, kept: list[Segment], own: list[Quantity], frame: Frame
) -> tuple[str | None, bool]:
    """The stream a clause drops, and whether the clause before named it; ``(None, False)``."""
    words = acts.removal_words(segment.text)
    if words is None or _NOT_DROPPING.match(words.group(0)) or _figures(segment, own):
        return None, False
    after = segment.text[words.start() :]
    stream = streams.named(after, frame.view, None)
    if stream is not None:
        return stream, False
    if not kept or not _PRONOUN.search(segment.text) or _figures(kept[-1], own):
        return None, False
    named = streams.mentions(kept[-1].text, kept[-1].start, frame.view)
    return (named[0][1], True) if len({n for _, n in named}) == 1 else (None, False)


def _figures(segment: Segment, own: list[Quantity]) -> bool:
    return any(segment.start <= q.start < segment.end + 1 and q.kind in _FIGURES for q in own)


#: "... or... no, keep it": the person keeps, later in the message, what was dropped before.
_KEPT_LATER = re.compile(
    r"(?:^|[,.;!?…]\s*|\bor\W+)(?:(?:no|nah|nope|wait|actually|hmm+)\W+)+"
    r"(?:(?:i'?ll|let'?s|we'?ll)\s+)?(?:keep|leave) (?:it|that|them|this|those)\b(?! out\b)"
)


def kept_after_all(readings: list[Reading], text: str) -> list[Reading]:
    """Without the streams dropped before the person takes the drop back in the same message
    ("maybe remove the evenings ... or no, keep it, 1 hour only"): the last word stands."""
    later = [m.start() for m in _KEPT_LATER.finditer(text)]
    if not later:
        return readings

    def taken_back(r: Reading) -> bool:
        at = text.find(r.span) if r.span else -1
        return r.act == "wish" and r.remove and 0 <= at < later[-1]

    return [r for r in readings if not taken_back(r)]


def not_changed_when_dropped(readings: list[Reading]) -> list[Reading]:
    """The readings with a change to a stream the same message drops asked back: "no, the
    rituals are not for me. But maybe a second trailer? Make it seed, 3 hours" gives the new
    stream's figures, not the dropped one's; which stream they are for is asked."""
    dropped_ = {r.subject for r in readings if r.act == "wish" and r.remove and r.subject}
    return [
        replace(r, confidence=min(r.confidence, 0.5))
        if r.act == "change" and r.field and r.field.startswith("stream.") and r.subject in dropped_
        else r
        for r in readings
    ]
