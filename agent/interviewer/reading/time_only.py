"""Words that only say when: never a skill, a lesson, a work's or a stream's name.

"sometime in march?", "next tuesday", "end of the month maybe", "in 2 weeks", "around easter":
said at a question that asks for words (a skill, what work teaches, what excites), they answer
another question, or none; taken as words they would put a date in the plan as a skill. A
value made only of words of time, numbers and the small words around them is dropped from the
readings of those fields (pure).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Fields whose value is free words, where a time said alone is no answer.
_WORD_FIELDS = frozenset(
    {"skill", "skill.excites", "skill.under_used", "core_skill", "activity.teaches", "activity"}
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
#: Words that say a time on their own.
_TIME = frozenset(
    f"{_MONTHS} {_DAYS} week weeks weekend weekends month months year years day days fortnight "
    "summer winter spring autumn fall easter christmas xmas tomorrow today tonight soon later "
    "term quarter morning evening afternoon night midday noon asap whenever eventually "
    "mid-march mid-april mid-may mid-june mid-year half-term holidays hols summers winters "
    "springs autumns mornings evenings afternoons nights weekday weekdays season seasons "
    "off-season".split()
)
#: Words that may stand around a time ("sometime in", "end of the", "maybe", "next").
_AROUND = frozenset(
    re.findall(
        r"\S+",
        "sometime some time maybe perhaps probably around about roughly by in on at from before "
        "after until till end start beginning middle mid early late the this next last coming of "
        "or so like ish a an few couple within ok okay hmm um er i guess think say how what "
        "either new "
        # how much of that time: "all summer, nothing in winter", "only weekends really"
        "all only just mostly mainly nothing none never always usually busy quiet dead off "
        "really every each most through throughout during over and but then no not rest "
        # a day of the month in words: "first of april", "the twenty-third"
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "thirtieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth "
        "twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirty-first",
    )
)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th)?")


def only_time(text: str) -> bool:
    """True when ``text`` says only when ("sometime in march?", "the 3rd of may")."""
    words = _WORD.findall(text.casefold())
    times = [w for w in words if w in _TIME]
    rest = [w for w in words if w not in _TIME and w not in _AROUND and not w[0].isdigit()]
    return bool(times) and not rest


#: A remark on how the work swings, said where words were asked for ("depends on the season",
#: "it varies"): an answer to another question, never a name.
_SWING_REMARK = re.compile(r"^(?:it |that )?(?:depends|varies)\b", re.IGNORECASE)


def without_times(readings: list[Reading]) -> list[Reading]:
    """The readings without a word answer that only says when, or only that it swings."""
    return [
        r
        for r in readings
        if not (
            r.field in _WORD_FIELDS
            and isinstance(r.value, str)
            and (only_time(r.value) or _SWING_REMARK.match(r.value.strip()))
        )
    ]
