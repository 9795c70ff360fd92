"""Hours for a stream asked for as a question, at or after the streams proposal (pure).

"Could we give it 3 hours a week?", "can the podcast get 4h?", "what if the course had 6
hours?" ask for a change, not for guidance: with one stream named in the sentence, or one
in focus in the message ("There is one thing missing: a local history podcast. Could we give
it 3 hours a week?"), the question becomes that stream's hours (a change of a stream on the
table or in the plan, or the hours of the stream wished in the same message), applied or
refused with the rule explained like any other; with no stream to point at, it is asked
which stream is meant. A real question back ("why 3 hours?") names
no request and stays a question.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import intents, names
from agent.interviewer.reading.types import Reading

#: A request for hours whose stream the message does not say: asked back, never applied.
UNSURE = 0.5

#: "it", "that", "this": the stream in focus in the message.
_POINTED = re.compile(r"\b(?:it|that|this|that one|this one)\b", re.I)


def streams_asked(
    readings: list[Reading], streams: list[str], wish_ask: bool, text: str
) -> list[Reading]:
    """``readings`` with each question that asks for hours of one stream (``streams``: the
    names on the table and in the plan) made a change of that stream's hours, or the hours of
    the stream wished in the same message. Only at or after the proposal (``wish_ask``)."""
    if not wish_ask:
        return readings
    out = list(readings)
    for sentence in intents.sentences(text):
        hours = intents.hours_asked(sentence)
        if hours is None:
            continue
        wish = _wish_in_focus(out, sentence)
        target = _named(sentence, streams) or (None if wish else _focus(sentence, text, streams))
        if wish is not None and target is None and _POINTED.search(sentence):
            out = [replace(r, hours=hours) if r is wish else r for r in out]
        elif target is not None:
            out.append(Reading("change", field="stream.target_hours", value=hours,
                               subject=target, span=sentence))  # fmt: skip
        elif _POINTED.search(sentence):  # "could we give it 3 hours?": which one is asked
            out.append(Reading("wish", hours=hours, span=sentence, confidence=UNSURE))
        else:
            continue
        out = [r for r in out if not (r.act == "question" and _within(r.span, sentence))]
    return out


def _named(sentence: str, streams: list[str]) -> str | None:
    """The one stream the sentence names by a word of its own."""
    said = [s for s in streams if names.mentioned(s, sentence)]
    return said[0] if len(said) == 1 else None


def _focus(sentence: str, text: str, streams: list[str]) -> str | None:
    """The stream "it" points at: the one stream named elsewhere in the message."""
    if not _POINTED.search(sentence):
        return None
    rest = text.replace(sentence, " ")
    return _named(rest, streams)


def _wish_in_focus(readings: list[Reading], sentence: str) -> Reading | None:
    """The one wish of the message without hours of its own, said outside ``sentence``."""
    open_wishes = [r for r in readings if r.act == "wish" and not r.remove and r.hours is None
                   and r.subject]  # fmt: skip
    return open_wishes[0] if len(open_wishes) == 1 else None


def _within(span: str, sentence: str) -> bool:
    a, b = _plain(span), _plain(sentence)
    return bool(a) and (a in b or b in a)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))
