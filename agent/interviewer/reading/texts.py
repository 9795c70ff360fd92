"""Answers in words: the context, constraints, skills, what an activity teaches, labels, dates.

These are read where the open question expects them (a list of skills at ``skills``, one
constraint per item at ``constraints``), and a few where they are volunteered in words that
cannot mean anything else ("evenings are out", "it taught me negotiation").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import (
    acts,
    asks,
    block_limits,
    commitments,
    cues,
    hours_said,
    kept,
    labels,
    names,
    pay_swing,
    restated,
    retracted,
)
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.confidence import WEAK
from agent.interviewer.reading.dates import review_date, time_alone
from agent.interviewer.reading.feelings import feeling_or_pay, labelled
from agent.interviewer.reading.kept import TIME_WORD
from agent.interviewer.reading.limit_answers import constraints, limit_figure, states_limit
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.skill_answers import LABEL_ONLY, skills
from agent.interviewer.reading.types import PlanView, Reading
from agent.interviewer.reading.wording import (
    CHAT_ONLY,
    CONSTRAINT,
    NO_CONSTRAINT,
    clean,
    now,
    one,
)

_SKILL_FIELD = {"skills": "skill", "excited": "skill.excites", "underused": "skill.under_used"}


#: "nothing tbh, I'm miserable": no lesson said, only a feeling.
_TEACHES_NOTHING = re.compile(
    r"^(?:(?:honestly|tbh|well|um+|erm|hmm+|to be honest|sadly)\W+)*"
    r"(?:nothing|not much|not a lot|none|no|nope|nah|not really|not|nada)"
    r"(?:\s+(?:new|useful|special|of note|much))?"
    r"(?:\W+(?:tbh|really|honestly|at all|lol|sadly|"
    r"to be honest|(?:i'?m|i am) (?:\w+ )?(?:miserable|bored|tired|sad|fed up)))*\W*$|"
    # "nothing, it's just driving": the work named again is no lesson
    r"^(?:nothing|not much|not a lot|none|nah|nothing really)\W+(?:it'?s|its|it is|that'?s) "
    r"(?:just|only|simply)\b"
)


#: A line away from the question; an interjection alone ("omg", "lol") is one, and before an
#: answer ("omg the BEST", "ugh. it drains me") only opens it.
_OFF_TOPIC = re.compile(
    r"^(?:(?:ugh|argh|oh no|omg|lol|haha)\W*$|(?:(?:ugh|argh|oh no|omg|lol|haha)\W+)*(?:"
    r"brb|hold on|(?:one|1) (?:sec|second|moment|min)|"
    r"be right back|"
    r"sorry,? (?:i had to|i was|was|i've|i have been)|where were we|what was the question|"
    r"sorry,? (?:the|my|i have to|i need to|got to|gotta)|back in a|just a sec|phone'?s ringing|"
    r"my (?:tea|coffee|dog|cat|kid|son|daughter|phone))\b)"
)


#: A time of the week: at the limits question, "my daughter has swimming tuesdays 4-6" is
#: the limit, not the person stepping away ("my daughter's calling").
_WEEK_TIME = re.compile(
    # "my son's school finishes at 12:30 so I need 12 to 2 free every weekday": a clock time
    rf"\b(?:{TIME_WORD}|weekdays?)\b|\b\d{{1,2}}[:.]\d\d\b|\b\d{{1,2}}\s*(?:-|to)\s*\d{{1,2}}\b"
)


def _stepped_away(said: str, kind: str) -> bool:
    """True when ``said`` opens as a line beside the conversation (see ``_OFF_TOPIC``)."""
    return bool(_OFF_TOPIC.match(said)) and not (kind == "constraints" and _WEEK_TIME.search(said))


def _named(found: list[Reading]) -> set[str]:
    return {r.span for r in found if r.act == "fact" and r.field == "activity"}


def text_readings(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, ask: str,
    found: list[Reading], text: str = "",
) -> list[Reading]:  # fmt: skip
    """The word answers of a message, given the readings its figures already gave; beside a
    capacity said at another question ("45h total but not on sundays"), its constraints."""
    out = _answers(pieces, quantities, view, ask, found, text)
    out += hours_said.day_caps(found)
    if ask in _AHEAD_ASKS and not any(r.field == "capacity.constraints" for r in out):
        out += _constraint_ahead(pieces, quantities, [*found, *out])
    hours = any(r.field == "capacity.hours_per_week" for r in found)
    confident = any(r.field == "capacity.hours_per_week" and r.confident for r in found)
    if hours and confident and ask not in {"capacity", "constraints", "blocks"}:
        asking = any(r.act == "question" for r in found)
        out += _volunteered(kept.after_figures(pieces, quantities), "capacity", asking=asking)
    return out


#: Questions a limit on the hours may be said at before its own question comes.
_AHEAD_ASKS = frozenset({"context", "buffer", "spending"})

#: A sentence that turns to another question's topic before the skills are named: "sorry,
#: back to savings first", "before skills - the van hire is more like 40".
_DETOUR = re.compile(
    r"^(?:(?:sorry|oh|ok|okay|but|and|wait)\W+)*(?:back to (?:the |my )?[\w-]+|"
    r"before (?:the )?(?:skills?|that|we go on|i forget|we move on)|"
    r"(?:one more|quick) thing (?:about|on|re))\b"
)


#: Words that can only say a limit on when the person works ("school run, 4pm pickup").
_LIMIT_ONLY = re.compile(
    r"\bschool (?:run|pick[- ]?ups?|drop[- ]?offs?|hours only)\b|\b\d*(?:am|pm)? ?pick-?ups?\b|"
    r"\bdrop-?offs?\b|\bchildcare\b|\b(?:can'?t|cannot) work\b|"
    r"\bnot (?:on|at) (?:weekends?|evenings?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|"
    # "actually, no mornings": a part of the week refused, said as a clause of its own
    r"(?:^|[,;:-]\s*)(?:(?:oh|actually|also|and|but|plus|wait|sorry|btw)\W+)*no (?:early |late )?"
    r"(?:weekends?|evenings?|mornings?|afternoons?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\W*$"
)


def _constraint_ahead(
    pieces: list[Segment], quantities: list[Quantity], found: list[Reading]
) -> list[Reading]:
    """ "school run, mornings and 4pm pickup" while the setting is asked: a limit on the hours
    in words that cannot mean anything else is that constraint; the whole message when it
    says nothing else, else the piece without figures that says it ("tech, but I can't work
    evenings")."""
    if not pieces or any(p.question for p in pieces):
        return []
    if not _data(found):
        said = ", ".join(p.text for p in pieces)
        limit = _LIMIT_ONLY.search(said) or any(kept.KEPT.search(p.text) for p in pieces)
        value = clean(said) if limit else ""
        return [Reading("fact", "capacity.constraints", value, None, said)] if value else []
    spans = {r.span for r in found}
    return [
        Reading("fact", "capacity.constraints", clean(p.text), None, p.text)
        for p in pieces
        if (_LIMIT_ONLY.search(p.text) or kept.KEPT.search(p.text))
        and p.text not in spans and not _has_figures(p, quantities)
        and clean(p.text)
    ]  # fmt: skip


def _answers(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, ask: str,
    found: list[Reading], text: str,
) -> list[Reading]:  # fmt: skip
    kind = asks.kind(ask)
    said = " ".join(p.text for p in pieces)
    if kind == "review" and not review_date(said) and time_alone(text):
        return one("review.date", time_alone(text), None, text)  # "dunno. summer?"
    if kind == "review" and review_date(said):  # "can we go past the busy season? so end of April"
        said = retracted.last_said(text, review_date, said)  # "1 March? no wait ... 15 May"
        return one("review.date", review_date(said), None, said)
    if any(r.act == "question" for r in found) and (len(pieces) <= 2 or _CONFUSED.search(said)):
        return []
    if _stepped_away(" ".join(p.text for p in pieces), kind) and not found:
        return []
    spans = {r.span for r in found if r.act in {"fact", "change", "wish"}}
    # "project management (big schemes, up to £40m)": at a skills question a figure in brackets
    # is a detail of its item, not a sentence about money
    detail = kind in _SKILL_FIELD
    busy = {
        p.sentence
        for p in pieces
        if (p.text in spans or _has_figures(p, quantities))
        and not (detail and p.bracket)
        and not (kind == "act:teaches" and _HOW_TO.search(p.text))
    }
    busy |= {
        p.sentence for p in pieces if _stepped_away(p.text, kind) and p.start == _first(p, pieces)
    }
    if detail:  # "sorry, back to savings first - ...": a detour, and what it says after
        detours = {p.sentence for p in pieces if _DETOUR.match(_sentence(p, pieces))}
        busy |= detours | {n + 1 for n in detours}
    plain = [p for p in pieces if p.sentence not in busy]
    if kind in _SKILL_FIELD or kind == "core":  # "Tuning? No... I think it is hearing."
        plain = restated.denied(plain)
    if kind == "act:teaches":
        plain = _before_news(plain)
    subject = asks.work(ask) or None
    # the clauses of a word answer stay apart ("clinical reasoning, working with families")
    whole = ", ".join(p.text for p in plain) if kind in _WHOLE_ASKS else ""
    if kind in {"act:volatility", "act:energy"}:
        whole = text or " ".join(p.text for p in pieces)  # labels are not confused by figures
    if kind in _WHOLE_ASKS and not whole:
        return []
    if kind in _SKILL_FIELD:  # "Excel (VLOOKUPs, pivot tables)": the bracket says more
        return skills(_qualified(plain), _SKILL_FIELD[kind], view, found, text)
    if kind == "constraints":
        found = [r for r in found if not limit_figure(r)]  # "no more than 5h of it a day"
        spans = {r.span for r in found if r.act in {"fact", "change", "wish"}}
        working = {p.sentence for p in pieces if p.text in _named(found)}  # work, no constraint
        # "Roofing's mostly done for me anyway": news of recorded work that bounds nothing
        working |= {
            p.sentence for p in pieces
            if names.known_name(p.text, view.activities) and not states_limit(_sentence(p, pieces))
        }  # fmt: skip
        unread = [p for p in pieces if p.text not in spans and p.sentence not in working
                  and not _own_money(p, quantities)]  # fmt: skip
        read = constraints(unread, text)
        return [_doubted_limit(r) for r in read] if _data(found) else read
    if kind == "core":  # "can a core skill be that narrow, or ...?": asked back, no skill
        plain = [p for p in plain if not _asks_back(p, pieces)]
        whole = ", ".join(p.text for p in plain)
        return _core(_skill_said(plain) or whole, text) if plain else []
    split = labels.teaches_per_activity(plain, view, clean, subject or "") if subject else None
    if split == [] and kind == "act:teaches":
        return []  # "knitting teaches me patience": a lesson of work on no record
    if split and (kind == "act:teaches" or not _data(found)) and not _label_said(plain, kind):
        return split  # "union: organising. design: keeps my craft alive"
    if kind == "act:teaches" and subject:
        asked = {r.span for r in found if r.act == "question"}  # "can we say 37?" asks
        whole = _lesson([p for p in plain if p.text not in asked])
        if not whole:
            return []
        if acts.chat(whole) or _TEACHES_NOTHING.match(clean(whole)):
            return []  # "nothing tbh, I'm miserable": no lesson to record
        forms = (clean(whole), whole.strip(" .!").casefold())
        if any(_BOTH_WAYS.match(f) for f in forms):
            return []  # "a bit of both": another question's answer, and which one is unsaid
        if any(_only_a_label(f) for f in forms):
            return labelled(pieces, view, subject)  # "steady", "it drains me"
        # "the lashes teach me ... a steady hand": a lesson, whatever words it holds
        taught = any(re.search(rf"\b(?:{cues.TEACHES_ME})\b", p.text) for p in plain)
        how_to = bool(_HOW_TO.search(whole))  # "how to sculpt a face so it looks alive"
        if not (taught or how_to or cues.TEACHES.search(whole)) and feeling_or_pay(whole):
            return labelled(pieces, view, subject)  # "djing energises me": no lesson
        return one("activity.teaches", clean(whole), subject, whole)
    several = labels.per_activity(pieces, view, kind, subject, now) if subject else None
    if several is not None:
        return several
    if subject and kind in {"act:hours", "act:revenue"} and not _data(found):
        # "agencies drain me tbh, lessons are fun": two activities labelled, ahead of their
        # question
        for other in ("act:energy", "act:volatility"):
            several = labels.per_activity(pieces, view, other, subject, now)
            if several:
                return several
    if kind in {"act:volatility", "act:energy"} and subject:
        # "the van is exhausting" while the nails are asked: the label is the van's
        named = names.known_name(now(whole).casefold(), view.activities)
        one_remark = not (_WEIGHED.search(whole) or re.search(r"[.!?;]\s+\w|\d", whole.strip()))
        subject = named if named and one_remark else subject
    if kind == "act:volatility" and subject:
        steady = cues.steadiness_answer(now(whole))
        return one("activity.volatility", steady, subject, whole) + _other_label(
            whole, "act:energy", subject, alone=steady is None
        )
    if kind == "act:energy" and subject:
        feels = cues.energy(now(whole), asked=True)
        return one("activity.energy", feels, subject, whole) + _other_label(
            whole, "act:volatility", subject, alone=feels is None
        )
    if subject and kind in {"act:hours", "act:revenue"} and not _data(found):
        labelled_here = _other_label(whole or said, "", subject, alone=True)
        return labelled_here or (pay_swing.at_hours(text, subject) if kind == "act:hours" else [])
    if kind == "review":
        said = " ".join(p.text for p in pieces)
        return one("review.date", review_date(said), None, said)
    if kind == "context" and not any(r.field == "context" for r in found):
        if cues.asks_which(text):
            return []
        return one("context", cues.context(said, asked=True, whole=text), None, said)
    # "i said 30 but with the commute it's nearer 26": the words around a revised figure give
    # the reason for the change, not a limit of their own
    revised = {r.span for r in found if r.act == "change" and r.field == "capacity.hours_per_week"}
    unrevised = [p for p in pieces if not any(r in p.text or p.text in r for r in revised)]
    out = _volunteered(unrevised, ask, asking=any(r.act == "question" for r in found))
    if ask == "blocks" and not out and not _data(found) and not _asks(found):
        return block_limits.said(pieces)  # "blocks look sweet as but nothing before 8"
    return out


def _asks(found: list[Reading]) -> bool:
    return any(r.act == "question" for r in found)


#: Words that set one piece of work beside another ("steady, unlike the van").
_WEIGHED = re.compile(r"\b(?:unlike|than|compared|whereas|while|but|though|not like)\b", re.I)

#: A label and nothing else: "steady", "it's draining", "pretty variable tbh".
_BARE_LABEL = re.compile(
    r"^(?:(?:it'?s|its|it is|that'?s|pretty|very|quite|really|fairly|super|so|mostly)\s+)*"
    r"(?:steady|stable|regular|variable|irregular|seasonal|up and down|all over the place|"
    r"draining|energi[sz]ing|exhausting|tiring)(?:\s+(?:tbh|honestly|really|though|too))*\W*$"
)


#: A message that opens by saying how the work makes the person feel ("drains me a lot",
#: "honestly it gives me energy"): the work's energy, whatever else follows.
_FEELS = re.compile(
    r"^(?:(?:honestly|tbh|really|and|but|so|oh|it|that|this|the job|the work)\W+)*"
    r"(?:(?:drains?|exhausts?|tires?|energi[sz]es?|recharges?|lifts?)\s+me\b|"
    r"wears? me out\b|gives? me (?:energy|a buzz)\b)"
)


def _other_label(said: str, kind: str, subject: str, *, alone: bool) -> list[Reading]:
    """At one activity's question, the label of another question said instead ("it's
    draining" when asked how steady it is, "steady" when asked its hours), for that activity.
    With no label of the question's own, a bare label; beside it, one said in a clause of its
    own ("steady but draining")."""
    clean_said = clean(now(said))
    feels = kind in {"", "act:energy"} and bool(_FEELS.match(clean_said))
    if alone and not (_BARE_LABEL.match(clean_said) or feels):
        return []
    found: list[Reading] = []
    if feels:  # "drains me a lot, the shifts are brutal": how the work feels, said first
        return one("activity.energy", cues.energy(clean_said, asked=True), subject, said)
    for part in [clean_said] if alone else re.split(r"\s*(?:,|\bbut\b|\band\b)\s*", clean_said):
        if kind in {"", "act:energy"} and (_BARE_LABEL.match(part) or _FEELS.match(part)):
            found += one("activity.energy", cues.energy(part, asked=True), subject, said)
        if kind in {"", "act:volatility"} and _BARE_LABEL.match(part):
            found += one("activity.volatility", cues.asked_volatility(part), subject, said)
    return found


def _qualified(plain: list[Segment]) -> list[Segment]:
    """The items of a skills answer without their brackets, which say more of them ("Excel
    (VLOOKUPs, pivot tables)"); a one-word skill keeps a short bracket that says what it is
    of ("teaching (secondary maths)", "interpreting (Arabic/English)")."""
    out: list[Segment] = []
    for index, piece in enumerate(plain):
        if piece.bracket:
            continue
        after = plain[index + 1 : index + 3]
        bracket = after[0] if after and after[0].bracket else None
        alone = bracket is not None and not (len(after) > 1 and after[1].bracket)
        if (
            alone
            and bracket
            and _QUALIFIES.fullmatch(piece.text)
            and _SHORT.fullmatch(bracket.text)
        ):
            piece = replace(piece, text=f"{piece.text} {bracket.text}")
        out.append(piece)
    return out


#: A skill said as one activity word ("teaching", "interpreting", "coaching").
_QUALIFIES = re.compile(r"(?:and |also )?[a-z]+ing")
#: A bracket of at most three words with no figure ("secondary maths", "Arabic/English").
_SHORT = re.compile(r"[a-z][a-z/&' -]*(?: [a-z/&'-]+){0,2}")


#: "a bit of both", "neither really", "half and half": a mix said of two labels, not a lesson.
_BOTH_WAYS = re.compile(
    r"^(?:(?:a\s+)?(?:bit|little|mix|kind|sort)\s+of\s+)?(?:both|neither|either|half and half)"
    r"(?:\s+(?:really|tbh|honestly|i guess|i think|to be honest|i suppose))*\W*$"
)


def _only_a_label(said: str) -> bool:
    """True for a short answer that is all a label of how work feels or pays ("neither
    really", "steady", "it drains me"): another question's answer, never a lesson."""
    if len(said.split()) > 4:
        return False
    # only a whole label: "a steady hand" and "dealing with stress" are lessons
    return LABEL_ONLY.match(said) is not None


def _label_said(pieces: list[Segment], kind: str) -> bool:
    """True when an answer at the energy or steadiness question says that label."""
    said = " ".join(p.text for p in pieces)
    if kind == "act:energy":
        return cues.energy(said, asked=True) is not None
    return kind == "act:volatility" and cues.steadiness_answer(said) is not None


def _doubted_limit(r: Reading) -> Reading:
    """Words left over beside savings, spending or work, in a message answering the limits
    question ("5k saved, I spend 1,900 a month - I'm in Dublin now"): with no word that bounds
    the hours or names a cause, they may be anything but a limit, so they are asked back."""
    if states_limit(r.span) or CONSTRAINT.search(r.span):
        return r
    return replace(r, confidence=min(r.confidence, WEAK), note="what limits your hours?")


def _data(found: list[Reading]) -> bool:
    return any(r.act in {"fact", "change", "wish"} for r in found)


def _lesson(plain: list[Segment]) -> str:
    """The sentences of an answer about what work teaches, up to one that says how some work
    feels or pays ("Mostly what guests notice. The catering drains me, though."): that one is
    a remark of its own, read apart, and no part of the lesson."""
    kept: list[Segment] = []
    for number in sorted({p.sentence for p in plain}):
        sentence = [p for p in plain if p.sentence == number]
        said = " ".join(p.text for p in sentence)
        if _OWNED_SLIP.match(said):
            continue  # "sorry, I calculate wrong. ...": a figure put right follows, no lesson
        if kept and feeling_or_pay(said) and not cues.TEACHES.search(said):
            break
        kept += sentence
    return ", ".join(p.text for p in kept)


def _before_news(plain: list[Segment]) -> list[Segment]:
    """The sentences of an answer about what work teaches before one that asks for a figure
    to be put right ("It taught me patience. Oh, change the stall to 900 a month"), without
    those that only announce news ("ah, update!"): neither is a lesson."""
    kept: list[Segment] = []
    for number in sorted({p.sentence for p in plain}):
        sentence = [p for p in plain if p.sentence == number]
        said = " ".join(p.text for p in sentence)
        if _CHANGE_ASKED.search(said):
            break
        if not _NEWS_ONLY.match(said):
            kept += sentence
    return kept


#: A sentence that only announces news ("ah, update!", "one more thing"): what follows says it.
_NEWS_ONLY = re.compile(
    r"^\W*(?:(?:ah|oh|ok|okay|so|and|sorry|wait)\W+)*(?:(?:an?|quick|small|little)\s+)?"
    r"(?:update|correction|news|one (?:more |other )?thing|by the way|btw)\W*$"
)
#: A request to put a figure right ("change the stall to 900", "update it to $80 a month").
_CHANGE_ASKED = re.compile(
    r"\b(?:change|update|correct|amend|adjust|bump|raise|lower)\b[^.!?]*?\bto\s+"
    r"(?:about\s+|around\s+|roughly\s+)?\D{0,3}\d"
)
#: A sentence that only owns a mistake: "sorry, I calculated wrong", "my bad", "oops".
_OWNED_SLIP = re.compile(
    r"^\W*(?:(?:sor+y+|o+ps|oh|ah|ok|okay|wait|so)\W+)*(?:"  # "sorrry": a letter held
    r"i (?:calculated?|counted|added(?: it up)?|miscalculated|did (?:the|my) (?:maths?|sums?))"
    r"(?: it| that| them)?(?: all)? wrong|i miscalculated|i (?:got|had) (?:it|that|those|the \w+) "
    r"wrong|my (?:mistake|bad|error)|i made a mistake|i was wrong|wrong (?:number|figure|sum)s?"
    r")\W*$"
)


_CONFUSED = re.compile(
    r"\b(?:(?:not sure|don'?t know) (?:i|if i|what you) (?:understand|mean)|i don'?t (?:understand|"
    r"get it|follow)|confus\w*|lost me)\b"
)


#: A lesson said as a skill learnt ("how to keep 12 strangers talking for 2 hours"): its
#: figures and feelings are part of the lesson, not the work's hours or energy.
_HOW_TO = re.compile(r"\bhow to\b")
_WHOLE_ASKS = frozenset({"core", "act:teaches", "act:volatility", "act:energy", "context"})


def _asks_back(piece: Segment, pieces: list[Segment]) -> bool:
    """True when the sentence of ``piece`` asks: a question, or a longer sentence marked
    with "?" ("whats the point of one core skill, a trade is a trade no?"); a word or two
    marked so ("Tuning?") is an answer said with a rising voice."""
    said = _sentence(piece, pieces)
    marked = any(p.question for p in pieces if p.sentence == piece.sentence)
    # "Attention to detail, I think?": the hedge is no part of the answer's length
    named = [p.text for p in pieces if p.sentence == piece.sentence and not _vouches(p.text)]
    return acts.question(said, marked=marked) or (marked and len(" ".join(named).split()) > _RISING)


#: Words a core skill said with a rising voice may have ("Tuning?", "sea kayak guiding?").
_RISING = 4


def _sentence(piece: Segment, pieces: list[Segment]) -> str:
    """The words of the sentence ``piece`` is in."""
    return " ".join(p.text for p in pieces if p.sentence == piece.sentence)


def _first(piece: Segment, pieces: list[Segment]) -> int:
    """Where the sentence of ``piece`` starts."""
    return min(p.start for p in pieces if p.sentence == piece.sentence)


def _has_figures(
    piece: Segment,
    quantities: list[Quantity],
    kinds: frozenset[str] = frozenset({"money", "hours", "percent"}),
) -> bool:
    return any(piece.start <= q.start < piece.end and q.kind in kinds for q in quantities)


_HESITATION = re.compile(r"hmm+|um+|erm+|uh+|well|ok|okay|so|yeah|right|let me think")


#: A sentence that comments on what was just said ("Everything else hangs off that."), or a
#: clause that only vouches for it ("has to be"): no part of a skill's name.
_COMMENT = re.compile(
    r"^(?:everything|it|it'?s|that|that'?s|this|which|the rest|all|because|since|i|i'?m|"
    r"i'?d)\b"
)
_VOUCHING = re.compile(
    r"^(?:(?:it\s+)?(?:has|had|have|got) to be|must be|for sure|definitely|no doubt|"
    r"no question|easily|obviously|surely|i'?d say|i think|i reckon|i guess)$"
)


def _vouches(clause: str) -> bool:
    """True for a clause that only vouches for what it follows ("I think", "has to be")."""
    return bool(_VOUCHING.match(clause.strip(" ,.!?")))


#: A sentence after the skill that says what it is like ("in the shop and at home it is all
#: the same thing"): a pronoun and its verb inside it mark a remark, not more of the name.
_REMARK_INSIDE = re.compile(r"\b(?:it|that|this|they)(?:\s+(?:is|was|are)\b|['’]s\b)", re.I)
#: A sentence after the skill that says something of it ("spotting a fault early is my
#: thing") or names it again as a longer doing ("working out why a machine stalls"): a verb
#: of being, or a clause a question word opens: left out when it closes the answer (a later
#: sentence may still narrow it: "If only one: ...").
_SAID_OF_IT = re.compile(
    r"\b(?:is|was|are|were)\b|"
    r"\b(?:what|why|how|where|when|who)(?:['’]s\b|\s+(?:a|an|the|my|your|their|it|they|you|"
    r"people|someone)\b)",
    re.I,
)


def _skill_said(plain: list[Segment]) -> str:
    """The words of a core-skill answer without the sentences that comment on it and the
    clauses that only vouch for it ("Precision cutting, has to be. Everything else hangs
    off that." is "precision cutting")."""
    kept: list[list[str]] = []
    for number in sorted({p.sentence for p in plain}):
        sentence = [p.text for p in plain if p.sentence == number]
        remark = _COMMENT.match(sentence[0].strip()) or _REMARK_INSIDE.search(" ".join(sentence))
        if kept and remark:
            break
        kept.append([t for t in sentence if not _vouches(t)])
    while len(kept) > 1 and _SAID_OF_IT.search(" ".join(kept[-1])):
        kept.pop()  # "Diagnostics. Finding what's wrong with a system.": said of it, at the end
    return ", ".join(t for sentence in kept for t in sentence)


#: "thatching of course", "listening, obviously": the skill vouched for after it is named.
_WHAT_ELSE = re.compile(r"what else\b", re.I)
_OF_COURSE = re.compile(r"\s+(?:o'?|of) course$|\s+(?:obviously|obvs|naturally)$", re.I)
#: "(I think) it is hearing": the words that point at the skill, no part of it.
_IT_IS = re.compile(r"^(?:it is|it'?s|that is)\s+(?=\w)", re.I)


def _core(whole: str, text: str = "") -> list[Reading]:
    if acts.chat(whole) or LABEL_ONLY.match(clean(whole)):
        return []
    # each clause without its hedges: "lime work i think, heritage restoration with lime"
    parts = (_OF_COURSE.sub("", _IT_IS.sub("", clean(part))) for part in whole.split(", "))
    item = ", ".join(
        c
        for c in parts
        if c and not (_HESITATION.fullmatch(c) or CHAT_ONLY.fullmatch(c) or _WHAT_ELSE.match(c))
    )
    if not item:
        return []
    if _SEVERAL.fullmatch((text or whole).strip()):  # "biology, chemistry, beekeeping, ..."
        return [Reading("fact", "core_skill", item, None, whole, 0.5, note="one of several?")]
    return [Reading("fact", "core_skill", item, None, whole)]


#: Four or more short items in one plain list: several skills, never the one core (a list with
#: a choice in it, "photography, or is it storytelling, no, photography", picks one).
_ITEM = r"\s*(?!(?:.*\b(?:or|no|not|if|but|is)\b))[a-z][a-z' &/]{1,30}"
_SEVERAL = re.compile(rf"(?i:{_ITEM}(?:,{_ITEM}){{3,}})")


def _own_money(piece: Segment, quantities: list[Quantity]) -> bool:
    """True for a clause that tells the person's savings or spending with an amount ("we
    spend around 2,300 a month between us") and bounds nothing: no limit, even when its
    figure gave way to another (the person's own share of it)."""
    said = piece.text.casefold()
    own = cues.SPENDING.search(said) or cues.SAVINGS.search(said)
    words = re.sub(r"\d[\d,.]*", " ", piece.text)  # the amount itself bounds nothing
    amount = _has_figures(piece, quantities, frozenset({"money", "bare"}))
    return bool(own) and amount and not states_limit(words)


def _volunteered(pieces: list[Segment], ask: str, *, asking: bool) -> list[Reading]:
    """Constraints said in passing, while the person speaks of their hours or reacts to the
    week's blocks ("no, saturdays are family days"); a figure said with
    a rising voice ("two kids so not loads, maybe 25?") keeps its constraint, unless the
    message asks something ("... like, including the commute?")."""
    if ask not in {"capacity", "blocks"}:
        return []
    if ask == "blocks" and kept.REMINDER.search(" ".join(p.text for p in pieces)):
        return []  # "no, Sundays are out, I told you": on record already
    whole = " ".join(p.text for p in pieces)
    # "nah that doesn't work, I'm on shift Mondays": the week refused for a day taken
    refused = ask == "blocks" and (acts.yes_no(whole) is False or _NO_GOOD.search(whole))
    out: list[Reading] = []
    for piece in pieces:
        if ask == "blocks" and _BOUND_TO_ROTA.search(piece.text):  # "must follow my roster"
            out.append(Reading("fact", "capacity.constraints", clean(piece.text), None,
                               piece.text))  # fmt: skip
            continue
        if ask == "blocks" and not re.search(rf"\b(?:{kept.TIME_WORD})\b", piece.text):
            roster = out and _BOUND_TO_ROTA.search(out[-1].span)
            if (refused or roster) and out and _sentence_of(out[-1], pieces) == piece.sentence:
                out[-1] = _joined(out[-1], piece)  # "tuesdays don't work, that's physio day"
            continue  # the week's blocks: only time kept from work is a constraint there
        if NO_CONSTRAINT.match(clean(piece.text)):
            continue  # "I forgot about the commute": the reason for a change
        said = (
            CONSTRAINT.search(piece.text)
            or kept.KEPT.search(piece.text)
            or (ask == "capacity" and kept.PASSING.search(piece.text))
            # "Sundays I am in church the whole morning"
            or commitments.committed(piece.text, blocks=ask == "blocks")
            or (ask == "blocks" and acts.no_as_limit(piece.text))
            or (refused and not acts.question(piece.text, marked=piece.question))
        )
        if _FOR_A_KIND_OF_WEEK.match(piece.text):
            continue  # "20 when the kids are with me": the hours of one kind of week
        if said and not (piece.question and (asking or acts.question(piece.text, marked=True))):
            last = out[-1] if out and _sentence_of(out[-1], pieces) == piece.sentence else None
            if last and not states_limit(piece.text) and len(piece.text.split()) <= 2:
                out[-1] = _joined(last, piece)  # "no weekends, kids": the limit's reason
                continue
            out.append(Reading("fact", "capacity.constraints", clean(piece.text), None,
                               piece.text))  # fmt: skip
    return out


#: Hours said for one kind of week: "20 when the kids are with me", "40 if they're away".
_FOR_A_KIND_OF_WEEK = re.compile(
    r"^\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?\s+(?:when|if|while|during|in)\b"
)


#: At the time-blocks question, blocks said to be bound to the person's changing shifts ("the
#: blocks have to fit around my rota", "it must follow the rotation"): a limit on when they
#: can work, whatever day it falls on.
_BOUND_TO_ROTA = re.compile(
    r"\b(?:blocks?|it|they|this|that|everything)\s+(?:must|has to|have to|need to|needs to|"
    r"should|will have to|would have to)\s+(?:follow|fit(?: (?:in )?around)?|work around|match|"
    r"go around|move with)\s+(?:my|our|the)\s+(?:[\w-]+\s+)?(?:roster|rota|rotation|shifts?|"
    r"shift pattern|swing|hitch|schedule)\b"
)


#: Words that turn the proposed week down.
_NO_GOOD = re.compile(r"\b(?:doesn'?t|don'?t|won'?t|can'?t|cannot) (?:work|do)\b")


def _joined(limit: Reading, piece: Segment) -> Reading:
    """A constraint with the clause after it that gives its reason."""
    value = f"{limit.value}, {clean(piece.text)}"
    return Reading("fact", "capacity.constraints", value, None, f"{limit.span}, {piece.text}")


def _sentence_of(reading: Reading, pieces: list[Segment]) -> int | None:
    """The sentence of the piece a reading was read from."""
    return next((p.sentence for p in pieces if p.text == reading.span), None)
