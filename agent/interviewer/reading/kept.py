"""Time kept from work and what is said after a figure: constraints said in passing.

"I keep fridays for my daughter", "weekends are family time", "weekends not possible", "the
Kita closes at 16:00" say a limit beside the hours; "45h total but not on sundays" says it after
the figure, and only the part after the figure is the constraint.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.quantities import Quantity

TIME_WORD = (
    r"(?:mon|tues?|wednes|thurs?|fri|satur|sun)days?|mon|tues?|wed|thur?s?|fri|sat|sun|"
    r"weekends?|evenings?|mornings?|"
    r"afternoons?|nights?"
)
#: Time kept from work, said beside the hours ("I keep fridays for my daughter", "weekends are
#: family time", "friday is my own", "weekends not possible", "tues and thurs nights are
#: college", "the Kita closes at 16:00").
KEPT = re.compile(
    rf"\b(?:keep|want|need|save|protect|reserve)\s+(?:my\s+|the\s+)?(?:{TIME_WORD})\b|"
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+(?:\w+\s+)?(?:family|my own|sacred|off limits|out)\b|"
    rf"\b(?:{TIME_WORD})\s+(?:(?:before|after|until|till|past)\s+\d{{1,2}}(?:[:.]\d\d)?\s*"
    r"(?:am|pm)?\s+)?(?:are\s+|is\s+)?(?:not possible|impossible|off limits)\b|"
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+(?:for\s+)?(?:my\s+|the\s+)?(?:college|uni|university|"
    r"school|class(?:es)?|lectures?|church|study|studying|choir|rehearsals?)\b|"
    r"\b(?:kita|nursery|daycare|day care|creche|school)\s+(?:closes|ends|finishes|shuts)\b"
)
_BODY = r"(?:back|knees?|hips?|shoulders?|wrists?|joints?|neck)\b"
#: A limit said in passing after the weekly hours, in words that only say when work cannot
#: happen ("45 max but not sunday mornings", "not before 9am", "never after 7pm", "no earlier
#: than 10", "sundays off", "I don't work weekends", "fridays are for my mum"), or a body that
#: sets one ("a bad back", "my knees aren't what they were", "my knee is bad", "I can't stand
#: for long").
PASSING = re.compile(
    rf"\bnot\s+(?:on\s+|at\s+|in the\s+|during\s+)?(?:\w+\s+)?(?:{TIME_WORD})\b|"
    r"\b(?:not|never|nothing|no work|no (?:calls?|meetings?|shifts?))\s+(?:before|after|past)\s+"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\b|"
    r"\b(?:no|not)\s+(?:earlier|later)\s+than\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\b|"
    rf"\b(?:{TIME_WORD})\s+off\b|"
    r"\b(?:(?:don'?t|do not|never|won'?t|will not)\s+work|no work)\s+(?:on\s+|at\s+)?(?:\w+\s+)?"
    rf"(?:{TIME_WORD})\b|"
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+for\s+(?:my|the|our)\s+\w+|"
    rf"\b(?:bad|dodgy|sore) {_BODY}|\bmy {_BODY}\s+(?:\w+\s+){{0,2}}?(?:is|are|aren'?t|isn'?t|"
    r"won'?t|can'?t|doesn'?t|don'?t|(?:is|are) not|no longer|(?:keeps?|kept) )?\s*(?:not|n'?t|"
    r"playing up|gives? (?:me )?(?:grief|trouble)|hurts?|aches?|achy|sore|injured|knackered|shot|"
    r"bad|weak|wrecked|dodgy|a problem|an issue|"
    r"what (?:it|they) (?:was|were|used to be))\b|"
    # what the body cannot do: "I can't stand for long", "no lifting", "no standing jobs"
    r"\b(?:can'?t|cannot|unable to|not able to)\s+(?:stand|lift|kneel|bend|climb|carry|walk|"
    r"sit|drive|type)\b|\bno\s+(?:heavy\s+)?(?:standing|lifting|kneeling|climbing|driving)\b"
)
#: "no, Sundays are out, I told you": said again, already on record.
REMINDER = re.compile(r"\b(?:i told you|as i said|like i said|i said (?:that|so|before))\b")


_LEAD_AFTER = re.compile(
    r"^(?:\W|total|in total|max|tops|a week|per week|hours?|hrs?|h|but|and|so|or so|ish)+\b"
)


def after_figures(pieces: list[Segment], quantities: list[Quantity]) -> list[Segment]:
    """Each piece from its last figure on ("45h total but not on sundays" -> "not on
    sundays"): what comes before a figure said the figure, not a constraint."""
    out = []
    for piece in pieces:
        ends = [q.end for q in quantities if piece.start <= q.start < piece.end
                and q.kind in {"hours", "money", "percent", "bare"}]  # fmt: skip
        if not ends:
            out.append(piece)
            continue
        rest = piece.text[max(ends) - piece.start :]
        lead = _LEAD_AFTER.match(rest)
        rest = rest[lead.end() :] if lead else rest
        if rest.strip():
            out.append(replace(piece, text=rest.strip(), start=piece.end - len(rest.strip())))
    return out
