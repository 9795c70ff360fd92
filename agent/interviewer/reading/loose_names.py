"""Bare phrases at the activities question that may be no work of their own: asked back.

At the activities question a well-formed phrase names an activity. Two shapes of bare phrase
said with no figure, no verb and no word of work are more often something else:
- a word or two said alone before the person tells their work ("Muraho. I drive a taxi",
  "Dia dhuit. I'm a nurse"): a greeting or a word of their own language, not a job;
- a phrase said after a role just named (who does the work: "welder", "union carpenter"),
  across a comma or a full stop, with nothing that opens an item ("welder. tyne yard.
  coded", "carpenter, Local 12, commercial jobs downtown"): where that job is done, a unit,
  a ticket or a detail of it. After work said as a thing ("bar work, pub quizzes") the
  phrase is another item, as before.
Both are asked back, never recorded: a wrong activity in a plan is worse than a question. A
phrase that says a doer ("cleaner", "electrician", "joiner"), work by its "-ing", a job word,
or opens an item ("and ...", "I also ...", a list of three) is read as before.

Two shapes are asked back whatever the phrase looks like, because the words beside it say what
it is: a phrase added by "plus" to a bare figure before any work is named ("35 plus
loading"): a part of that figure's time; and a bare phrase after a time kept from work in its
sentence ("can't do weekday evenings, kids bedtime"): the reason of that limit. Pure.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import block_limits, kept, names
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.name_cues import ACTIVITY_WORDS, JOB
from agent.interviewer.reading.quantities import find_quantities

#: The last word of a name that says who does the work ("welder", "florist", "seamstress").
_DOER = re.compile(
    r"(?:er|or|ist|ian|ant|eur|euse|man|men|woman|women|wright|smith|ess|ee|ie|ic|ive|ary)s?$"
)
#: A plain word of work in a name ("bar work", "cover shifts").
_WORK = re.compile(r"\b(?:work|shifts|gigs|contracts?|commissions|services|sales)\b")
#: A word of doing in a name ("filleting line", "dog walking").
_DOING = re.compile(r"\b[a-z]{3,}ing\b")
#: The person goes on to say their work: "I drive ...", "I'm a ...", "we run ...".
_WORK_SAID_NEXT = re.compile(r"^\W*(?:i|we|i'm|im|i've|we're|my)\b")
#: The most words such a phrase has.
_FEW_WORDS = 3


def loose(segment: Segment, candidate: str, cued: bool, frame: Frame) -> bool:
    """True when ``candidate`` is a bare phrase that may be no work (see the module)."""
    if frame.ask != "activities" or frame.itemised:
        return False
    if _added_to_figure(segment, frame) or _reason_of_limit(segment, frame):
        return True
    if _looks_like_work(candidate):
        return False
    if len(names.words(candidate)) > _FEW_WORDS or find_quantities(_said_from(segment, frame)):
        return False
    return _opening_word(segment, frame) or (not cued and _after_named_work(segment, frame))


#: A bare figure and "plus" (or "+") just before the segment: "35 plus ...", "20h, + ...".
_FIGURE_PLUS = re.compile(r"\d[\d.,]*\s*[a-z]{0,5}\W*(?:plus|\+)\s*$")


def _added_to_figure(segment: Segment, frame: Frame) -> bool:
    """ "35 plus loading", "about 20, plus setup": the phrase is added to a figure said with
    no work named before it in the message (a part of that time, not work of its own)."""
    named = any(r.field == "activity" for r in frame.readings)
    return not named and _FIGURE_PLUS.search(frame.text[: segment.start]) is not None


def _reason_of_limit(segment: Segment, frame: Frame) -> bool:
    """ "can't do weekday evenings, kids bedtime", "no mornings - school run": a bare phrase
    after a time kept from work in its sentence says why, never work."""
    if _WORK_SAID_NEXT.match(segment.text) or re.match(r"\W*(?:and|also|plus)\b", segment.text):
        return False  # "no weekends, I'm a nurse", "..., and tutoring": work said as such
    before = re.split(r"(?<!\d)[.!?;\n]", frame.text[: segment.start])[-1]
    return block_limits.limits(before) or _NO_TIME.search(before) is not None


#: A time said with "no" ("no mornings", "no weekends"): kept from work.
_NO_TIME = re.compile(rf"\bno\s+(?:{kept.TIME_WORD})\b")


def _looks_like_work(candidate: str) -> bool:
    head = re.split(r"\s(?:at|for|with|in|on|of|to|through|via)\s", candidate.casefold())[0]
    said = names.words(head)
    return (
        not said
        or JOB.search(head) is not None
        or ACTIVITY_WORDS.search(head) is not None
        or _WORK.search(head) is not None
        or _DOING.search(head) is not None
        or _DOER.search(said[-1]) is not None
    )


def _a_role(name: str) -> bool:
    """True when a name says who does the work ("welder", "union carpenter"): one job, whose
    place, union local or ticket may follow it."""
    said = names.words(name.casefold())
    return bool(said) and (_DOER.search(said[-1]) is not None or JOB.search(said[-1]) is not None)


def _said_from(segment: Segment, frame: Frame) -> str:
    """The segment and the rest of its sentence: figures said there are its own."""
    return re.split(r"(?<!\d)[.;!?\n]", frame.text[segment.start :], maxsplit=1)[0]


def _opening_word(segment: Segment, frame: Frame) -> bool:
    """ "Muraho. I drive moto taxi": the message's first sentence, a word or two alone,
    before a sentence in which the person says their work."""
    head = frame.text[: segment.start]
    if head.strip() or frame.readings:
        return False
    after = frame.text[segment.end :]
    stop = re.match(r"^\s*[.!]+\s*", after)
    return stop is not None and _WORK_SAID_NEXT.match(after[stop.end() :]) is not None


def _after_named_work(segment: Segment, frame: Frame) -> bool:
    """True when a role was named (and recorded) in an earlier segment of this message, and
    this segment is a bare phrase after it, across a comma or a full stop, that is no item of
    a list going on."""
    if not (frame.activity and frame.new) or frame.activity not in frame.name_confidence:
        return False
    roles = [
        r
        for r in frame.readings
        if r.field == "activity" and r.confident and _a_role(str(r.value))
        and 0 <= frame.text.find(r.span) < segment.start
    ]  # fmt: skip
    if not roles:
        return False  # "bar work, pub quizzes": after work said as a thing, another item
    before = frame.text[: segment.start].rstrip()
    rest = _said_from(segment, frame)[len(segment.text) :]
    if before[-1:] == "," and _LIST_GOES_ON.search(rest):
        return False  # "hairdressing, bridal hair most weekends, and ...": a list's item
    return before[-1:] in {",", "."}


#: A list that goes on after the segment: ", ...", "and ...", "& ...".
_LIST_GOES_ON = re.compile(r",|\b(?:and|plus)\b|&")
