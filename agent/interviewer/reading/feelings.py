"""How work feels or pays, said where a lesson was asked for ("youth work is draining tbh")
(pure: no I/O)."""

from __future__ import annotations

import re

from agent.interviewer.reading import cues
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.names import known_name
from agent.interviewer.reading.types import PlanView, Reading
from agent.interviewer.reading.wording import (
    now,
)

#: How work feels, said of it ("djing energises me", "it's fun", "the shop is neutral"), not a
#: lesson such as "dealing with stress".
_FEELS = re.compile(r"\b(?:energi[sz](?:es|ing|ed)|drains|draining|(?:is|it'?s|its|so|really|"
                    r"pretty|very) (?:fun|boring|lovely|great|exhausting|tiring)|"
                    r"(?:is|it'?s|its|feels|pretty|fairly) neutral|"
                    r"i (?:really )?(?:like|enjoy) (?:it|doing it|that|this)(?: a lot)?)\b|"
                    r"^\W*(?:(?:i'?d say|i guess|probably|just|kinda|kind of|quite|mostly)\s+)*"
                    r"neutral\b")  # fmt: skip


def _feeling(text: str) -> str | None:
    """``energising`` / ``neutral`` / ``draining`` when the text says how the work feels."""
    if cues.energy(text, asked=False) or _FEELS.search(text):
        return cues.energy(text, asked=True)
    return None


def feeling_or_pay(text: str) -> bool:
    """True when an answer says how the work feels or pays ("draining tbh", "stable enough");
    a quality learnt ("a steady hand", "calm nerves") is neither."""
    low = cues.QUALITY.sub(" ", now(text))
    return bool(_feeling(low) or cues.volatility(low, asked=False))


#: An answer about the activity asked that names nothing else ("it's fun", "pretty draining").
_ABOUT_IT = re.compile(
    r"^(?:(?:it'?s|its|it|that'?s|that|this one|this|the job|honestly|tbh|pretty|quite|very|"
    r"really|so|mostly|mainly|always|just|fairly|kind of|kinda)\b\W*)*"
)


_LABEL_WORDS = re.compile(
    r"\b(?:energi[sz]\w*|drain\w*|exhausting|tiring|neutral|stable|steady|variable|fun|boring|"
    r"lovely|great|me|is|are|a lot|lol|haha|tbh|enough|mostly|i guess|i suppose|i'?d say|"
    r"probably|kinda|honestly|i|like|love|enjoy|hate|it|really|doing)\b|\W"
)


def labelled(pieces: list[Segment], view: PlanView, asked: str) -> list[Reading]:
    """At the question about what an activity teaches, an answer that says how work feels or
    pays instead: the label for the recorded activity each clause names, or for the one asked
    when the clause names nothing else; a clause about work not on record gives nothing."""
    out: list[Reading] = []
    for p in pieces:
        low = now(p.text)
        bare = not _LABEL_WORDS.sub("", _ABOUT_IT.sub("", low))
        subject = known_name(low, view.activities) or (asked if bare else None)
        if subject is None:
            continue
        found = [("activity.energy", _feeling(low)),
                 ("activity.volatility", cues.volatility(low, asked=False))]  # fmt: skip
        out += [Reading("fact", f, label, subject, p.text) for f, label in found if label]
    return out
