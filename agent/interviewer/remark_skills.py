"""Remarks about work said at a skills question, which are no skills (pure).

People answer an earlier question of the audit late, or add how work feels, while the skills
are asked: "loves it, gives me energy", "draining, it's cold and boring", "same every
winter", "december to march". Each reads as a short list and became a skill, an exciting one
or the core skill. A remark is told apart by its shape, never by a trade's words:

- how steady work is ("same every winter", "varies a lot"), in a few words;
- how work feels, said of "it" or "me" ("loves it", "drains me", "gives me energy") or a
  feeling word said on its own before the rest ("draining, cold and boring");
- a span of months or seasons and nothing else ("december to march", "summers only").

"stress management", "tunnel boring" or "love letters" name no feeling of the person's and
stay skills.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import cues

#: The most words of a remark said as a skill ("goes up and down a lot").
_MOST_WORDS = 6
#: Words that say the feeling is the person's, about the work: "loves it", "drains me".
_SAID_OF = frozenset({"it", "me", "myself", "it's"})
#: Verbs that open a feeling said of the work ("loves it", "gives me energy"); after a name
#: ("palaeography really excites me") the name is the skill.
_FEELING_VERBS = frozenset({
    "love", "loves", "like", "likes", "enjoy", "enjoys", "hate", "hates", "gives", "give",
    "drains", "drain", "kills", "kill", "makes", "make", "bores", "tires", "wears", "exhausts",
    "excites", "energises", "energizes", "feeds", "fills", "lifts",
})  # fmt: skip
_FEELINGS_OF_WORK = frozenset({
    "boring", "tiring", "exhausting", "draining", "drains", "energising", "energizing",
    "energises", "energizes", "drained", "energised", "energized",
})  # fmt: skip
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summers?|autumns?|"
          r"falls?|winters?|christmas|easter)")  # fmt: skip
_SPAN_WORDS = r"(?:from|to|till|until|through|thru|and|only|every|each|the|in|over|-|–|&)"
_ONLY_MONTHS = re.compile(rf"^(?:\s*(?:{_MONTH}|{_SPAN_WORDS})(?=\s|$)\s*)+$")
#: Words that make a label of steadiness a remark about time ("same every winter"); alone,
#: "regular" may open a skill ("regular expressions").
_OVER_TIME = re.compile(r"\b(?:same|every|each|always)\b")


def is_remark(value: str) -> bool:
    """Whether a skill's ``value`` is a remark about work rather than a skill (see module)."""
    low = " ".join(value.casefold().replace(",", " ").split())
    words = low.split()
    if not words or len(words) > _MOST_WORDS:
        return False
    if cues.volatility(low, asked=False) is not None:
        return True
    if cues.volatility(low, asked=True) is not None and _OVER_TIME.search(low):
        return True
    if _ONLY_MONTHS.match(low.replace("-", " - ")) and re.search(_MONTH, low):
        return True
    return _felt(value, low, words)


def _felt(value: str, low: str, words: list[str]) -> bool:
    """How work feels: a feeling said of "it" or "me", or a feeling word said on its own
    before the rest ("draining, cold and boring"; "boring machines" is no feeling)."""
    alone = len(words) == 1 or value.split()[0].endswith(",")
    if words[0] in _FEELINGS_OF_WORK and alone:
        return True
    felt = cues.energy(low, asked=True)
    said_of = words[0] in _FEELING_VERBS and bool(_SAID_OF & set(words))
    return felt in {"energising", "draining"} and said_of
