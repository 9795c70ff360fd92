"""A skill said to go unused inside a sentence about the person (pure).

Asked which skills go unused, people often tell it rather than list it: "I studied
microbiology. The lab techniques are wasted in a school with no lab", "I have a degree in
agriculture. Soil science I'm not using much now", "I speak German quite well but at work only
English is used". The list reader finds no item in such sentences. Here the skill is taken
from the words the sentence names it by: the thing said to be wasted or not used first, else
what the person says they studied, speak or know how to do, when the message also says it
goes unused. A message that says neither gives nothing, as before.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Words saying a skill is not put to use: "wasted", "never used", "nobody asks for it".
_UNUSED = re.compile(
    r"\b(?:wasted|go(?:es|ing)? to waste|not (?:being )?used|never (?:get )?used?|not using|"
    r"hardly (?:ever )?use|rarely (?:use|need)|don'?t (?:get to )?use|no use for|"
    r"only [a-z]+ (?:is|are) used|"
    r"(?:nobody|no one|no-one)\b[^.;!?]{0,25}\b(?:asks?|pays?|needs?|wants?|uses?|brings?))\b"
)
#: The skill a sentence opens on and says goes unused: "the lab techniques are wasted",
#: "soil science I am not using much".
_TOPIC = re.compile(
    r"^(?:(?:but|and|so|sadly|honestly)\W+)*(?:the |my |all (?:the |my )?)?"
    r"(?P<skill>[a-z][a-z' -]{2,40}?)\s+(?:(?:are|is|was|were|get|gets)\s+(?:\w+\s+)?|"
    r"i(?:'m| am|m)?\s+(?:\w+\s+)?)"
    r"(?:wasted|not (?:being )?used|unused|going to waste|never used|not using)\b"
)
#: What the person says they studied, speak or can do: "I studied X", "I have a BSc in X".
_CLAIM = re.compile(
    r"\bi (?:studied|trained in|trained as an? |"
    r"(?:have|got|did) (?:a |an |my )?(?:[a-z]+ )?(?:degree|bsc|ba|msc|ma|phd|diploma|"
    r"certificate|qualification|course) in|speak|know (?:how )?to|can)\s+"
    r"(?P<skill>[a-z][a-z' -]{2,40}?)(?=\s*(?:[,.;!?]|\s(?:but|and|also|too|though|which|"
    r"quite|very|fluently|well|a bit|a little|little bit|at work)\b|$))"
)
_NOT_A_SKILL = re.compile(r"^(?:it|that|this|them|those|these|there|here|so|a|an|the)\b")
_MOST_WORDS = 5


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[.!?;\n]+|\s[-—–]\s", text) if s.strip()]


def _skill(found: re.Match[str] | None) -> str | None:
    if found is None:
        return None
    skill = found.group("skill").strip(" '-")
    if _NOT_A_SKILL.match(skill) or len(skill.split()) > _MOST_WORDS:
        return None
    return skill


def readings(text: str) -> list[Reading]:
    """The one skill the message says goes unused, told in a sentence; [] when none is."""
    low = text.casefold()
    if not _UNUSED.search(low):
        return []
    pieces = _sentences(low)
    said = [(_skill(_TOPIC.match(s)), s) for s in pieces]
    said = [(skill, s) for skill, s in said if skill] or [
        (_skill(_CLAIM.search(s)), s) for s in pieces
    ]
    found = [(skill, s) for skill, s in said if skill]
    if len(found) != 1:
        return []  # two claims ("I studied X, I speak Y"): which one goes unused is unsaid
    skill, span = found[0]
    return [Reading("fact", "skill.under_used", skill, None, span)]
