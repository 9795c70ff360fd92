"""Work said with a verb of its own: "I restore furniture", "we shear sheep", "I produce
podcasts for two agencies".

The verbs people do their work with are open: every trade has its own (plaster, weld, groom,
install, upholster ...), so no list of them is ever complete. What is closed is the few kinds
of verb that say something else of a person: what they think, have, want or feel, how they
live, what money does, where they go, that something starts or stops, and the words that only
help a verb. "I <present-tense verb> <object>" is work unless its verb is one of those.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import slips
from agent.interviewer.reading.names import BESIDE, WHEN, gerund

#: Verbs said in the past: work done before is no activity now.
_PAST = (
    r"bought|sold|made|went|took|gave|ran|drove|wrote|taught|built|brought|thought|left|kept|"
    r"spent|paid|found|became|began|came|sat|stood|told|saw|knew|felt|lost|won|met|sent|held|"
    r"caught|fought|dug|fed|led|lent|meant|slept|shot|shut|stuck|sang|swam|rode|broke|chose|"
    r"spoke|wore|drew|threw|flew|fell|dealt|understood|ate|hid"
)

#: Verbs that tell no work of their own, by kind (each with its forms said after "I" or "we").
_NOT_WORK = (
    # thinking, knowing, saying
    r"think|guess|know|mean|suppose|reckon|feel|believe|hope|wonder|doubt|expect|imagine|"
    r"assume|figure|understand|remember|forget|forgot|realise|realize|agree|bet|gather|notice|"
    r"see|hear|seem|sound|look|find|say|said|tell|ask|talk|chat|call|mention|admit|promise|"
    r"decide|choose|count|consider|"
    # having, needing
    # ("rent out", "let out", "hire out" a thing is work: renting it to others)
    r"have|has|had|got|get|own|hold|keep|lack|need|owe|rent(?!\s+out\b)|share|include|cover|"
    # wanting, liking
    r"want|wanna|wish|like|love|hate|enjoy|prefer|miss|dream|plan|intend|aim|fancy|dislike|"
    r"mind|care|worry|struggle|"
    # living, resting, the body
    r"live|stay|sleep|eat|drink|rest|relax|chill|survive|exist|reside|grow|grew|commute|"
    r"exercise|swim|cycle|hike|walk|read|watch|listen|game|party|hang|smoke|raise|parent|"
    r"study|learn|attend|practi[cs]e|"
    # money
    r"earn|spend|pay|save|cost|charge|bill|invoice|clear|gross|net|bring|take|receive|claim|"
    r"invest|budget|afford|lose|win|borrow|lend|make|"
    # moving, coming and going
    r"go|goes|come|move|travel|fly|head|return|leave|arrive|visit|relocate|"
    # starting, stopping, trying
    r"start|stop|begin|finish|quit|retire|continue|resume|pause|end|try|tend|happen|use|"
    r"juggle|balance|combine|split|divide|top|supplement|" + _PAST + r"|"
    # said in the past: work done before is no activity now
    # helping verbs, and words said where a verb goes
    r"am|is|are|was|were|be|been|do|does|did|done|can|could|will|would|should|may|might|must|"
    r"shall|also|just|still|only|often|never|always|now|then|even|already|too|once|ever|soon|"
    r"rather|almost|kinda|sorta|kind|sort|mostly|basically|currently|usually|mainly|"
    # work said by words of its own elsewhere (a job, an employer, a venture)
    r"work|help|volunteer|run|do"
)

#: Words after the verb that are no object of work: a pronoun, someone cared for, a figure.
_NO_OBJECT = (
    r"it|them|him|her|me|myself|us|you|this|that|those|these|there|here|so|too|a lot|lots|"
    r"about|around|roughly|maybe|like|what|whatever|everything|anything|nothing|something|"
    r"my (?:mum|mom|mother|dad|father|parents?|husband|wife|partner|kids?|children|son|"
    r"daughter|baby|family|gran|grandma|grandad|nan)|(?:the|our) (?:kids|children|baby|family)"
)

#: "I restore furniture", "Sundays we shear sheep", "I mostly produce podcasts": the person
#: says what they do with a verb that is none of the kinds above, and what it is done to.
OPEN_VERB = re.compile(
    r"^(?:(?:and|also|plus|then|oh|so|but|now|well|nowadays|these days|[a-z]+ly|" + BESIDE + r")"
    r"[,\s]+)*" + WHEN + r"(?:i|we)\s+(?:(?:also|now|still|often|sometimes|[a-z]+ly)\s+)?"
    r"(?!(?:" + _NOT_WORK + r")\b)"
    r"(?![a-z]*[^e\W]ed\b|[a-z]{3,}ing\b|[a-z]+ly\b)"  # a past, a doing or an adverb
    r"([a-z]{3,})\s+"
    r"(?!(?:" + _NO_OBJECT + r")\b)"
    r"(?=[a-z])"
)


def said_as_work(text: str) -> bool:
    """True when ``text`` opens by saying, with a verb of its own, a thing the person does
    ("I restore furniture"), not what they think, have, want or feel, how they live, where
    they go, what money does, or that something starts or stops; nor one of those verbs typed
    with a letter dropped or two swapped ("I lve on 1.5k")."""
    found = OPEN_VERB.match(text)
    return found is not None and not _slipped(found.group(1)) and _object(text[found.end() :])


#: The verbs of ``_NOT_WORK`` written out plainly, for their slips; shorter ones are too
#: easily other words with one slip ("fed" and "feed").
#: Verbs said in the past have no slips: "shoot" is no "shot" typed with an "o" doubled.
_PLAIN = frozenset(
    w for w in _NOT_WORK.split("|") if w.isalpha() and len(w) >= 4 and w not in _PAST.split("|")
)


def _slipped(verb: str) -> bool:
    """True for a verb of the closed kinds typed with one slip ("lve", "wnat"; see ``slips``:
    a changed letter is none, "weld" is no "held")."""
    return any(slips.one_slip(verb, word) for word in _PLAIN)


#: Words around an object that are none of it: prepositions, articles, hedges.
_NOT_OBJECT = frozenset(
    re.findall(
        r"\w+",
        "on at in for with to from by of the a an my our some about around roughly approx maybe "
        "like only just nearly almost over under up down out off per each every",
    )
)


def _object(rest: str) -> bool:
    """True when the words after the verb, before any figure, name what it is done to or
    where ("podcasts", "on twitch"), not only a figure ("on around 1.5k a month")."""
    before = re.split(r"[\d£$€,.;:!?(]", rest, maxsplit=1)[0]
    return any(w not in _NOT_OBJECT for w in re.findall(r"[a-z]{3,}", before))


#: The person's own place where the work said by its verb is done, after what is done ("in
#: my garage", "out of our shed"): no part of its name ("in a band" may be).
_DONE_WHERE = re.compile(r"\s+(?:in|at|from|out of|outta)\s+(?:my|our|me)\b.*$")


def without_own_place(clause: str, name: str) -> str:
    """The name of work said by an open verb of its own, in the person's words, without the
    person's own place where it is done ("I restore old clocks in my garage" -> "restore old
    clocks"); ``name`` as it is when it does not open with the clause's verb."""
    found = OPEN_VERB.match(clause)
    if found is None or _slipped(found.group(1)) or not _object(clause[found.end() :]):
        return name
    opens = re.match(rf"(?:{found.group(1)}|{gerund(found.group(1))})\s", name, re.I)
    return _DONE_WHERE.sub("", name).strip() if opens else name
