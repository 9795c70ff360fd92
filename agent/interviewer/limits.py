"""Limits said in passing, held for the constraints question (pure).

People say what limits their hours beside the hours themselves ("42 max, tuesday and thursday
nights are college, can't move them"). Stored there, a hedged clause once became a recorded
constraint; dropped, the limit was lost. So a limit said before the constraints question is
held, the way savings wait for the weekly hours, and the constraints question offers it ("You
mentioned tuesday and thursday nights are college: is that the limit? Say 'yes', or tell me
..."): a yes records it, any other answer is read as the answer, and "none other than that"
records the ones mentioned.

A clause that says time kept from work names no activity: the weekdays it counts ("tues and
thurs nights are college") are no hours of the college's, nor of any other activity.
"""

from __future__ import annotations

import re

from agent.interviewer import constraints, names, parse, remarks
from agent.interviewer.decision import Context
from agent.interviewer.reading.kept import TIME_WORD
from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.wording import denies_limit

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
#: Time kept from work: named days or parts of the day that are taken ("tues and thurs nights
#: are college"), or fixed ("... can't move them").
_KEPT_TIME = re.compile(
    rf"\b(?:{TIME_WORD})\s+(?:are|is)\s+(?:for\s+)?(?:my\s+|the\s+)?"
    r"(?:college|uni|university|school|class(?:es)?|lectures?|church|training|study|studying|"
    r"choir|rehearsals?|family|childcare|kids?)\b|"
    r"\b(?:can'?t|cannot|can not|unable to)\s+(?:move|change|shift|swap)\s+"
    r"(?:them|it|those|that)\b",
    re.I,
)
_TIME = re.compile(rf"\b(?:{TIME_WORD})\b", re.I)


def held(readings: list[Reading], ctx: Context, text: str) -> list[str] | None:
    """The limits to hold after this message, or None when they stay as they were: the
    constraints a message says before the constraints question, in short words, when they
    would pass as an answer there (no aside, no vague words, a word of a limit)."""
    if ctx.ask == "constraints" or "constraints" in ctx.settled:
        return None
    kept = list(ctx.limits)
    for r in readings:
        if r.act != "fact" or r.field != "capacity.constraints" or not r.confident:
            continue
        said = str(r.value or "")
        if constraints.says_none(said):
            continue
        if not remarks.own_words("capacity.constraints", said, None, "constraints", text):
            continue
        short = constraints.tidy(_without_capacity(said))
        if short and not any(names.same(short, k) for k in kept):
            kept.append(short)
    return kept if kept != list(ctx.limits) else None


_CLAUSE = re.compile(r"\s*(?:[,;]|\bbut\b)\s*", re.I)


def _without_capacity(said: str) -> str:
    """The constraint without the weekly hours said in its sentence ("I could do 50 tops but
    not before 7am" -> "not before 7am"): the hours are recorded as the capacity."""
    parts = [p for p in _CLAUSE.split(said) if p.strip()]
    kept = [p for p in parts if not (re.search(r"\d", p) and remarks.capacity_said(p, p))]
    return ", ".join(kept) if kept else said


_SENTENCES = re.compile(r"[.!?;\n]+")


def denied(readings: list[Reading], ctx: Context, text: str) -> list[Reading]:
    """A denial of any limit said before the constraints question ("44 hours, nothing limits
    it", "no real constraints"), as the answer "none" to it: it settles that question, the same
    as saying "none" there. Only a denial that names what it denies counts ("no" or "I'm free"
    may be about anything), and only when no limit is held, on record or said beside it."""
    if ctx.ask == "constraints" or "constraints" in ctx.settled or ctx.limits:
        return []
    if ctx.plan.capacity is not None and ctx.plan.capacity.constraints:
        return []
    if any(r.field == "capacity.constraints" for r in readings):
        return []
    said = [s.strip() for s in _SENTENCES.split(text) if denies_limit(s, named=True)]
    return [Reading("fact", field="capacity.constraints", value=s, span=s) for s in said[:1]]


def offer(limits: list[str]) -> str:
    """The constraints question's offer of the limits said in passing."""
    if len(limits) == 1:
        return f"You mentioned '{limits[0]}': is that the limit? Say 'yes', or tell me what is."
    said = ", ".join(f"'{k}'" for k in limits[:-1]) + f" and '{limits[-1]}'"
    return f"You mentioned {said}: are those the limits? Say 'yes', or tell me what they are."


def taken(readings: list[Reading], ctx: Context, text: str) -> list[Reading]:
    """At the constraints question, the limits it offered when the answer takes them: a yes
    ("yes", "yes, and no sundays"), or a denial of any more ("none other than that")."""
    if ctx.ask != "constraints" or not ctx.limits:
        return []
    if not (
        said_yes(text, readings) or constraints.none_besides(text) or _moved_on(readings, ctx, text)
    ):
        return []
    return offered(ctx)


def offered(ctx: Context) -> list[Reading]:
    """The limits the constraints question offers (said before it), as readings."""
    return [Reading("fact", field="capacity.constraints", value=v, span=v) for v in ctx.limits]


def kept_note(readings: list[Reading], ctx: Context, text: str) -> str:
    """What to say when the limits offered are taken because the person went on to other
    things (:func:`taken`); empty otherwise."""
    if ctx.ask != "constraints" or not ctx.limits or not _moved_on(readings, ctx, text):
        return ""
    if said_yes(text, readings) or constraints.none_besides(text):
        return ""
    said = " and ".join(f"'{k}'" for k in ctx.limits)
    return (
        f"I've noted {said}, which you said earlier, as what limits your hours; tell me if "
        "anything else does."
    )


def _moved_on(readings: list[Reading], ctx: Context, text: str) -> bool:
    """True when, at the constraints question asked a second time with the limits offered,
    the person goes on to other facts without a word about limits: the question would be
    left for later, and the limits they said themselves would be lost with it. Nothing said
    against them (a no, a skip, a question) and no limit of its own in the message."""
    if ctx.repeat < 1 or parse.parse_yes_no(text) is False:
        return False
    acts = {r.act for r in readings}
    if acts & {"question", "skip", "undo"} or not acts & {"fact", "change"}:
        return False
    return not any(r.field == "capacity.constraints" for r in readings)


#: A message that opens with a yes ("yes", "yep, and no sundays", "that's right").
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|yess+|ya|sure|correct|right|exactly|indeed|ok(?:ay)?|"
    r"that'?s (?:it|right|correct|the one|them)|that is (?:it|right)|"
    # "just that one", "only those": the offer taken as it stands
    r"(?:just|only) (?:that|that one|the one|those|them|those ones)(?: really)?\W*$|"
    r"(?:it'?s |that'?s )?the only one)\b",
    re.I,
)


def said_yes(text: str, readings: list[Reading]) -> bool:
    """True when the message says yes to what was offered: it opens with a yes, or is a short
    yes ("please do"); "Please change my capacity to 37 hours" is no yes."""
    short = len(parse.normalise(text).split()) <= 4 and parse.parse_yes_no(text) is True
    return (
        bool(_YES.match(text))
        or short
        or any(r.act == "confirm" and r.value is True and len(text.split()) <= 4 for r in readings)
    )


def kept_time(span: str, text: str) -> bool:
    """True when ``span`` says time kept from work ("tues and thurs nights are college", and
    the sentence "..., can't move them"): it names no activity's figures."""
    if not _TIME.search(span):
        return False
    return bool(_KEPT_TIME.search(span) or _KEPT_TIME.search(remarks.sentence_of(span, text)))


def without_kept_time(readings: list[Reading], text: str) -> list[Reading]:
    """The readings without figures read from a clause of time kept from work (the days it
    counts are no hours), nor figures read from a constraint said in the same message."""
    limits = [r.span.casefold() for r in readings if r.field == "capacity.constraints"]

    def from_limit(r: Reading) -> bool:
        if r.field not in _FIGURES or re.search(r"\d", r.span):
            return False
        span = r.span.casefold()
        return kept_time(r.span, text) or any(span in s or s in span for s in limits if s)

    return [r for r in readings if not from_limit(r)]
