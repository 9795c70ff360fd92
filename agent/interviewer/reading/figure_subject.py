"""Work named as the subject of its own figure: "my candle shop makes 400 a month", "the
weekend workshops bring in 3k a year", "the allotment takes 6 hours a week" (pure).

Said while another piece of work is asked about, such a figure is not the asked work's: the
clause names what earns it or takes the time, before the verb. Work on record is found by its
name before this is asked; what is left names work not on record, which the figure belongs to.
The asked work's own words name no other work: "the job pays", "the shifts pay", "it pays",
and an employer that pays the person ("the hospital pays me 78k"). Someone else or a cost of
the household as the subject ("my husband earns 40k", "the kids take 10 hours a week", "the
rent eats up 900") names no work of the person's: the figure is nobody's in the plan, so whose
it is gets asked (:func:`someone_elses`).
"""

from __future__ import annotations

import re

from agent.interviewer.reading import names

#: What the named work earns or takes, said right before its figure.
_VERB = (
    r"(?:makes?|made|brings?\s+in|brought\s+in|earns?|earned|nets?|netted|generates?|"
    r"generated|pulls?\s+in|pulled\s+in|turns?\s+over|(?P<pays>pays?|paid)|"
    r"(?P<takes>takes?|took|eats?\s+up)|(?P<is>is|are|was|were|'s))"
)
_HEDGE = r"(?:about|around|roughly|maybe|approx|approximately|like|only|just|nearly|almost|~)"
_SAID = re.compile(
    r"^\W*(?:(?:and|but|also|oh|plus|so|then|well|while)[,\s]+)*"
    r"(?:(?:the|my|our)\s+)?(?P<name>[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,4}?)\s+"
    rf"{_VERB}\s+(?:(?:me|us)\s+)?(?:{_HEDGE}\s+)*\W*$"
)
#: Words that speak of the asked work itself, a person, or a thing that is no work.
_NOT_OTHER_WORK = re.compile(
    r"\b(?:i|we|you|he|she|they|it|that|this|which|who|what|there|job|jobs|shifts?|overtime|"
    r"nights?|days?|weekends?|work|role|post|position|salary|wages?|pay|base|bonus|contract|"
    r"rest|everything|all|each|one|ones|both|total|whole|lot|year|month|week|"
    # "the weddings actually brought in": a word of saying, no part of a name
    r"actually|really|now|still|usually|normally|also|honestly|probably|last|this)\b"
)
#: Who pays the person for the asked work: an employer or clients, never work of its own.
_PAYER = re.compile(
    r"\b(?:hospital|trust|council|company|firm|employer|agency|school|college|uni|university|"
    r"service|nhs|state|government|department|ministry|authority|board|county|city|district|"
    r"station|client|clients|customers?|boss|army|navy|force|brigade|bank|office|practice)\b"
)

#: Work said by what is done in it: "the first aid courses pay", "the evening classes pay";
#: anything else that pays may be who buys the asked work, and anything else that takes time
#: may be a part of it or of life.
_WORK_DONE = re.compile(
    r"\b(?:courses?|class(?:es)?|lessons?|workshops?|sessions?|gigs?|commissions?|talks?|"
    r"tours?|retreats?|[a-z]{3,}ing)\b"
)
#: A venture's head: what takes time when named so is work of its own ("the pottery stall
#: takes 5 hours"), while a shop or a business that pays may be the asked work's buyer.
_VENTURE = re.compile(
    r"\b(?:stall|shop|business|van|channel|podcast|blog|newsletter|studio|store|side\s+hustle)\b"
)


#: People of the household and its costs or other incomes: the subject of a figure that is
#: no work of the person's.
_SOMEONE_ELSE = re.compile(
    r"\b(?:husband|wife|partner|hubby|spouse|boyfriend|girlfriend|fianc[eé]e?|ex|mum|mom|"
    r"mam|dad|mother|father|parents?|kids?|children|son|daughter|brother|sister|family|"
    r"flatmate|housemate|roommate|lodger|tenants?|pension|benefits?|allowance|rent|mortgage|"
    r"bills?|childcare|nursery|car|petrol|gas|loan|debt|groceries|food|savings|interest|"
    r"investments?|shares|stocks|isa)\b"
)


def someone_elses(head: str) -> bool:
    """True when the subject said right before a figure is someone else or a cost of the
    household ("my husband earns", "the rent eats up"): the figure is not the asked work's."""
    said = _SAID.match(head)
    return said is not None and bool(_SOMEONE_ELSE.search(said.group("name")))


#: One piece or one time of work, said with an article or a modal: "a big platter can take".
_ONE_PIECE = re.compile(r"^(?:a|an|one|each|every)\b|\b(?:can|could|may|might|will|would|often)\b")


def whose_time(head: str) -> bool:
    """True when time is said to be taken by a thing that is no work by its words ("the
    commute takes", "the prep takes", "the allotment takes"): a part of the asked work or of
    the person's life, or other work; which one is asked, never guessed."""
    said = _SAID.match(head)
    if said is None or not said.group("takes"):
        return False
    name = said.group("name")
    if _ONE_PIECE.search(name):
        return False  # "a big platter can take 12 hrs": one piece of the asked work
    return not (_NOT_OTHER_WORK.search(name) or _PAYER.search(name) or _work_by_words(name))


#: Work said by its doing ("the nursing", "the dog walking"), never a time or a thing.
_DOING = re.compile(
    r"\b(?!(?:evening|morning|thing|something|everything|anything|nothing|spring|wedding|"
    r"building|ceiling|during|string)\b)[a-z]{3,}ing\b"
)
#: The person's main or other job, named by its place among their work ("my day job").
_OTHER_JOB = re.compile(
    r"\b(?:day|main|full[- ]?time|part[- ]?time|proper|regular|real|other|second|first|"
    r"normal|usual|9[- ]to[- ]5)\s+(?:job|work|gig)\b"
)


def other_job(head: str, asked: str) -> bool:
    """True when the subject said right before a figure is a job named by its place among the
    person's work ("my day job is", "the main job pays"), or work said by what is done in it
    that shares no word with ``asked`` ("the nursing is"), while other work (``asked``) is
    asked about: whose figure it is is asked, never given to the asked work."""
    said = _SAID.match(head)
    if said is None:
        return False
    name = said.group("name")
    if said.group("is") and _DOING.search(name) and not _NOT_OTHER_WORK.search(name):
        # "the nursing is 37.5 a week" at the DJing's question: work said, not the asked one
        return not {names.stem(w) for w in names.words(name)} & {
            names.stem(w) for w in names.words(asked.casefold())
        }
    return not _OTHER_JOB.search(asked.casefold()) and _OTHER_JOB.search(name) is not None


def named(head: str) -> str | None:
    """The work ``head`` names as what earns or takes the figure said right after it ("my
    candle shop makes" -> "candle shop"), or ``None`` when it names none of its own."""
    said = _SAID.match(head)
    if said is None:
        return None
    name = said.group("name")
    if _NOT_OTHER_WORK.search(name) or _PAYER.search(name):
        return None
    if said.group("pays") and not _WORK_DONE.search(name):
        return None  # "the shop pays 20 a piece": a buyer pays for the asked work
    if said.group("is"):
        return None  # "the pub gig is 10 till 2": what is said of work, not whose figure
    if said.group("takes") and not _work_by_words(name):
        return None  # "the prep takes 4 hours": the asked work's, life's or other (whose_time)
    return name if names.well_formed(name, name) else None


def _work_by_words(name: str) -> bool:
    return bool(_WORK_DONE.search(name) or _VENTURE.search(name))
