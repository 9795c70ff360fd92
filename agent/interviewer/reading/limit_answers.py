"""What limits the hours, said in words: one reading per limit (pure: no I/O)."""

from __future__ import annotations

import re

from agent.interviewer.reading import acts
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.kept import TIME_WORD
from agent.interviewer.reading.types import Reading
from agent.interviewer.reading.wording import (
    CONSTRAINT,
    NO_CONSTRAINT,
    NONE,
    YES_NO,
    clean,
    denies_limit,
)

_WHEN_IT_BITES = re.compile(
    r"^(?:some|most|other|on bad|bad|on some|on good|good) (?:days|weeks|mornings|nights|months)\b"
)
#: "... nothing else for the 8 months. only the 2 months home": the time the limit leaves
#: free, said after it, is the other side of that one limit.
_LEFT_FREE = re.compile(r"^(?:(?:so|and|but)\s+)?only\b")


_NEW_CONSTRAINT = re.compile(r"\b(?:and|but|plus|also)\s*$")
_OPENS_NEW = re.compile(r"(?:and|but|plus|also)\b")


#: A limit of its own: a day or time of day, a clock time bounding the work, or a refusal
#: ("salon's closed mondays", "nothing before 10am", "I won't work past 7").
_OWN_LIMIT = re.compile(
    rf"\b(?:{TIME_WORD})\b|\b(?:before|after|past|until|till)\s+\d|"
    r"\b(?:never|can'?t|cannot|won'?t|will not|closed)\b"
)
#: What follows from the limit before, or explains it: "so the mornings after are a write-off".
_FOLLOWS = re.compile(r"(?:so|because|cos|since|as|which|that means|meaning)\b|\d")
_POINTS_BACK = re.compile(r"(?:but|though|that'?s|that is|it'?s|it is|which)\b")
_DAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun|weekend)")


#: The person says it is none: "my van's MOT is up in march, not really a constraint".
_DISOWNED = re.compile(
    r"\bnot (?:really |actually |much of |exactly )?(?:a |an )?(?:constraint|limit|problem|issue|"
    r"big deal)\b"
)


_ASIDE = re.compile(
    r"^(?:that'?s|it'?s|this is)\s+(?:a |the )?(?:big|main|only|real)?\s*(?:one|it|thing)\b|"
    r"\b(?:are|is) (?:mine|free|fine|open|flexible)\b|^(?:haha|lol|ha)\b"
)


#: A figure said as a bound ("no more than 5h of interpreting a day"): a limit, not the hours.
_BOUND = re.compile(
    r"\b(?:no more than|not more than|at most|at the most|max(?:imum)?|up to|tops|"
    r"(?:can'?t|cannot|can not) do more than)\b"
)


#: How much work there is or what it pays ("£2.50 an envelope", "15 weddings a year", "a typical
#: order is 40 boxes"): more about the work, not what limits the hours.
_WORK_AMOUNT = re.compile(
    r"[£$€₹₦]\s?\d|\d\s?(?:k|grand|quid|bucks|dollars|pounds|euros?)\b|\bcharg(?:e|es|ing)\b|"
    r"\btypical\b|\b\d+(?:\s?(?:-|to)\s?\d+)?\s+"
    r"(?!(?:hours|hrs|days|nights|weeks|months|years|mornings|evenings|afternoons|weekends|"
    r"shifts|times|kids|children)\b)[a-z]+s\s+(?:a|an|per|each|every)\s+[a-z]+"
)


def work_amount(said: str) -> bool:
    """True for a limit read from words that count the work or price it, with no word of a limit
    (no day, time of day, refusal or cause of a limit)."""
    low = said.casefold()
    return (
        _WORK_AMOUNT.search(low) is not None
        and CONSTRAINT.search(low) is None
        and _OWN_LIMIT.search(low) is None
        and _BOUND.search(low) is None
        and _HELD_TO.search(low) is None
    )


#: Words that hold the work to an amount ("only 3 weddings a year", "not more than 2 a week").
_HELD_TO = re.compile(r"\b(?:no|not|only|just|limit\w*|cap\w*)\b")


def limit_figure(r: Reading) -> bool:
    """True for work hours read from words that bound them: at the limits question they are
    part of the limit said ("tendinitis, so no more than 5h of interpreting a day")."""
    return r.field == "activity.hours_per_week" and bool(_BOUND.search(r.span.casefold()))


def constraints(pieces: list[Segment], text: str) -> list[Reading]:
    """One constraint per statement: a sentence, or its parts joined by "and" or "but";
    clauses cut at commas stay together ("I look after my husband, he has MS")."""
    groups: list[list[Segment]] = []
    for piece in pieces:
        last = groups[-1][-1] if groups else None
        gap = text[last.end : piece.start] if last is not None and text else ""
        joined = last is not None and last.sentence == piece.sentence
        # "hm, the commute? 2 hours a day on the train": an answer said with a rising voice
        # and what it says next are one constraint
        tentative = last is not None and last.question and not acts.question(last.text, marked=True)
        # "rota is brutal - 1 in 4 weekends": what follows a dash explains, unless it is a
        # new statement ("chronic fatigue - I need rest days")
        dash = bool(re.fullmatch(r"\s*-{1,2}\s*", gap)) and (
            # "can only work from home - I'm in a wheelchair": a state of being explains
            not re.match(r"(?:i(?!'m\b)|i'd|i've|we|my|he|she|they|also|and)\b", piece.text)
            or len(" ".join(p.text for p in groups[-1]).split()) == 1  # "visa - I can only ..."
            # "chronic migraine - I need a rest day after 2 long days": the why, then the limit
            or _reason_only(groups[-1])
        )
        # "Long covid. Some days I just can't": a sentence saying when it bites explains it
        explains = last is not None and bool(
            _WHEN_IT_BITES.match(piece.text) or _LEFT_FREE.match(piece.text)
        )
        new = (
            _NEW_CONSTRAINT.search(gap.strip(" ,")) or _OPENS_NEW.match(piece.text)
        ) and not re.match(r"\d", piece.text)
        # "salon's closed mondays, I have the kids wed afternoon": two limits cut at a comma
        # are two constraints; a clause that only explains ("he has MS") stays with its limit
        new = new or (joined and not piece.bracket and _two_limits(groups[-1], piece))
        # "Tuesdays she has dialysis and I drive her": a clause after "and" that bounds nothing
        # of its own goes on with the limit it follows
        new = new and not (joined and _goes_on(groups[-1], piece, gap))
        if (joined and not new) or tentative or dash or explains:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    out: list[Reading] = []
    said_none = False
    # "otherwise I am free", "apart from that I'm flexible": the time outside the limits
    groups = [g for g in groups if not _FREE_REST.match(", ".join(p.text for p in g))]
    for group in one_limit(with_reasons(groups, text)):
        said = ", ".join(p.text for p in group)
        if any(p.question and acts.question(p.text, marked=True) for p in group):
            continue
        if not out and NONE.match(clean(group[0].text).strip(" .!")):
            said_none = True  # "none, kids are grown up": what follows is no constraint
            if len(group) == 1 or not SAVE_FOR.match(group[1].text):
                continue
            said = ", ".join(p.text for p in group[1:])  # "none, unless the kids are off"
        if denies_limit(said):
            said_none = said_none or not out
            continue  # "44 hours, nothing limits it", "not really, I'm flexible": no limit
        if _NONE_MORE.match(clean(said)) or _NONE_MORE.match(said.strip(" .!")):
            continue  # "none other than that": it points at a limit said before
        if _DISOWNED.search(said):
            if out and _POINTS_BACK.match(said):  # "..., but that's not really a problem"
                out.pop()
            continue
        excepted = SAVE_FOR.match(said)
        if _ASIDE.search(said) or acts.chat(said):
            continue
        if said_none and not CONSTRAINT.search(said) and not excepted:
            continue
        item = _expand(clean(said[excepted.end() :] if excepted else said))
        if NO_CONSTRAINT.match(item):
            continue
        if item and not YES_NO.fullmatch(item) and len(item.split()) <= 25:
            out.append(Reading("fact", "capacity.constraints", item, None, said))
    return out


#: "none really, except when my son is off sick", "not really, just the dog needs walking":
#: after a none, the situation said as the one exception is the limit, in the person's words.
SAVE_FOR = re.compile(
    r"^(?:(?:no|none|nothing|nah|not really|not much|nothing much|none really)\W+)?"
    r"(?:(?:but|well)\s+)?(?:except(?: for)?|unless|apart from(?! (?:that|this|those)\b)|"
    r"other than(?! (?:that|this|those)\b)|save for|bar|only|just)\s+(?=\w)"
)


def one_limit(groups: list[list[Segment]]) -> list[list[Segment]]:
    """ "nights. i dont do nights anymore": a limit named, then said in full, is one limit;
    "endometriosis, so some weeks I'm out. can't plan around it really": a remark that only
    points back at the limit before is part of it."""
    merged: list[list[Segment]] = []
    for group in groups:
        said = clean(", ".join(p.text for p in group))
        last = clean(", ".join(p.text for p in merged[-1])) if merged else ""
        words = set(_WORDS.findall(last))
        restates = bool(words) and len(words) <= 3 and words <= set(_WORDS.findall(said))
        if merged and (restates or _points_back(group, said)) and not _dropped(merged[-1]):
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


_WORDS = re.compile(r"[a-z]{3,}")
#: A pronoun said within the first words, before any other thing is named ("can't plan around
#: it"; never "the mentoring, to be honest, it drains me").
_BACK = re.compile(r"^(?:[a-z']+\s+){0,3}(?:it|that|this|them)\b(?!\s*(?:is|was)\s+(?:a|an|the)\b)")


def _points_back(group: list[Segment], said: str) -> bool:
    """True for a short remark about the limit before ("can't plan around it really") that
    bounds no day, time or amount of its own."""
    return (
        len(said.split()) <= 7
        and bool(_BACK.match(" ".join(p.text for p in group)))
        and not re.search(rf"\d|\b(?:{TIME_WORD}|every|each)\b", said)
        and not _dropped(group)
        and not _DISOWNED.search(said)
    )


def _two_limits(group: list[Segment], piece: Segment) -> bool:
    """True when ``piece`` and the group before it each state a limit of their own, about
    different days ("the 9:30 train on tuesdays, I'm in the office tue-thu" is one)."""
    if _FOLLOWS.match(piece.text) or not _OWN_LIMIT.search(piece.text):
        return False
    if _STATE_OF.match(piece.text) and not _DAY.search(piece.text):
        return False  # "no driving after 9pm, my eyes are bad at night": why, not a limit
    before = " ".join(p.text for p in group)
    if re.search(r"\bonly\b", before):
        return False  # "can only work mornings, I'm on dialysis in the afternoons": the why
    days = set(_DAY.findall(before)) & set(_DAY.findall(piece.text))
    if _HAS.match(piece.text) and not _DAY.search(piece.text) and _DAY.search(before):
        return False  # "no evenings Tue/Thu, I have night classes": what fills those days
    if _HAS.match(piece.text) and not _DAY.search(before):
        return False  # "no weekday evenings, I do a master's Tue and Thu 17-20": the why
    return bool(_OWN_LIMIT.search(before)) and not days


#: A clause that tells the state of someone's body or health ("my eyes are not good at night",
#: "his knees can't take stairs"): why the limit before it holds, not a limit of its own.
_STATE_OF = re.compile(
    r"(?:my|his|her|their|our) (?:[\w-]+ )?(?:eyes?|back|knees?|hips?|health|joints?|hands?|"
    r"heart|chest|lungs?|feet|legs?|body|energy|sleep|nerves|condition|sight|eyesight|hearing)"
    r" (?:is|are|isn'?t|aren'?t|was|were|gets?|can'?t|cannot|don'?t|doesn'?t|has|have|hurts?|"
    r"aches?)\b"
)


def _goes_on(group: list[Segment], piece: Segment, gap: str) -> bool:
    """True for a short clause joined by "and" that bounds no day, time or amount of its own
    after a limit ("... she has dialysis and I drive her"): it says more of the same limit."""
    before = " ".join(p.text for p in group)
    return (
        gap.strip(" ,") == "and"
        and len(piece.text.split()) <= 5
        and not states_limit(piece.text)
        and states_limit(before)
        and bool(_DOER.match(piece.text))
    )


#: A clause that goes on with the people of the one before ("and I drive her", "and she needs
#: me"); "and my back limits long shifts" names a new cause, a limit of its own.
_DOER = re.compile(r"(?:i|i'?m|she|he|we|they)\b")


#: A clause saying what the person has or is at, which may be why the days before are kept.
_HAS = re.compile(r"(?:i have|i've got|i'?ve|i got|i'?m at|i am at|i do|there'?s|it'?s)\b")


#: Words that bound when or how much the person can work ("no", "only", "before 9", "2 a day").
_LIMIT_WORDS = re.compile(
    r"\b(?:no|not|never|nothing|none|can'?t|cannot|won'?t|only|max|maximum|more than|less than|"
    r"until|till|before|after|must|have to|need to|off|out|unavailable|busy|away|every|each|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mornings?|evenings?|nights?|weekends?)\b|\d"
)
#: A reason with no limit of its own: a bare noun ("kids", "my knees"), a story of the past or
#: a feeling ("I did 9 years of nights", "I'm done"), a state ("I'm 24 weeks pregnant").
_BARE_CAUSE = re.compile(r"^(?:(?:my|our|the|his|her|their)\s+)?[a-z'-]+(?:\s+[a-z'-]+)?$")
_STORY = re.compile(
    r"^(?:i did|i was|i've (?:done|been|had)|i had|i used to|i'?m done|"
    r"i'?m (?:so |just )?(?:tired|exhausted|burnt out|knackered|over it)|"
    r"i'?m (?:\d+ (?:weeks|months) )?pregnant)\b"
)


def states_limit(text: str) -> bool:
    """True when ``text`` holds a word that bounds when or how much the person can work."""
    return bool(_LIMIT_WORDS.search(text))


def _reason_only(group: list[Segment]) -> bool:
    said = clean(", ".join(p.text for p in group)).strip(" .!")
    bare = bool(_BARE_CAUSE.match(said)) and not _LIMIT_WORDS.search(said)
    return bare or bool(_STORY.match(said)) or _why_only(said)


#: What a cause does to the person: "build-up heat wrecks me", "the commute kills me".
_TOLL = re.compile(
    r"^(?:(?:the|my|this|that)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:(?:wreck|kill|destroy|ruin|"
    r"flatten|knacker)s?|does my (?:head|back|knees?) in)(?:\s+me)?\b|"
    r"\b(?:since|because of) (?:my|his|her|the) \w+"
)


def _why_only(said: str) -> bool:
    """True for a sentence that says why ("build-up heat wrecks me", "dad lives with us since
    his stroke") and bounds no day, time or amount of its own."""
    return bool(_TOLL.search(said)) and not _LIMIT_WORDS.search(said)


def _dropped(group: list[Segment]) -> bool:
    """True for a group read as no constraint anyway ("none other than that", "haha")."""
    said = ", ".join(p.text for p in group)
    item = clean(said).strip(" .!")
    return bool(
        NONE.match(item) or _NONE_MORE.match(item) or _ASIDE.search(said)
        or NO_CONSTRAINT.match(item) or acts.chat(said)
    )  # fmt: skip


def with_reasons(groups: list[list[Segment]], text: str) -> list[list[Segment]]:
    """ "my knees. can't do more than 2 grooms a day", "no nights. I did 9 years of nights and
    I'm done": a reason said as a sentence of its own beside a limit is part of that limit,
    never a constraint of its own; reasons joined to a limit in one sentence ("the ME, and I
    don't work fridays", "chronic fatigue - I need rest days") or with no limit beside them
    ("childcare, my back") stay apart."""
    kinds = ["drop" if _dropped(g) else "reason" if _reason_only(g) else "limit" for g in groups]
    said_in: list[int] = []  # the sentence of each group, cut only at full stops and new lines
    for index, group in enumerate(groups):
        gap = text[groups[index - 1][-1].end : group[0].start] if index and text else "."
        said_in.append(len(said_in) if re.search(r"[.!?\n]", gap) else said_in[-1])
    limits = {said_in[i] for i, kind in enumerate(kinds) if kind == "limit"}
    merged: list[list[Segment]] = []
    waiting: list[Segment] = []  # a reason said before the limit it explains
    last_limit = False
    for index, (group, kind) in enumerate(zip(groups, kinds, strict=True)):
        apart = kind == "reason" and bool(limits) and said_in[index] not in limits
        if apart and last_limit:
            merged[-1] = merged[-1] + group
        elif apart:
            waiting += group
        else:
            merged.append(waiting + group if kind == "limit" else group)
            waiting = waiting if kind != "limit" else []
            last_limit = kind == "limit"
    return merged + ([waiting] if waiting else [])


#: "none other than that", "nothing else", "that's all": no more limits than one said before.
_NONE_MORE = re.compile(
    r"^(?:none|nothing|no(?:thing)? (?:real|other|more)|not really)\W*(?:\w+\s+)?(?:other than "
    r"(?:that|those|this)|else|more|besides(?: that)?|apart from (?:that|those))\W*$|"
    r"^(?:(?:yes|yeah|yep|yup|correct|right)\W+)?(?:that'?s (?:it|all|the only one|the one)|"
    r"(?:just|only) (?:that|that one|the one)|(?:it'?s )?the only one)(?: really)?\W*$"
)


#: "Otherwise I am free, chetta", "the rest of the week I'm flexible": no limit of its own.
_FREE_REST = re.compile(
    r"^(?:otherwise|other than (?:that|this)|apart from (?:that|this)|besides (?:that|this)|"
    r"the rest(?: of the (?:time|week|days?))?|any other (?:time|day))\b[\s,]*"
    r"(?:(?:i|i'?m|i am|it'?s|it is|is|am|all|totally|pretty|quite|completely|fully)\s+)*"
    r"(?:free|flexible|open|available|fine|easy)\b"
)


_DAYS = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
    "sat": "saturday", "sun": "sunday",
}  # fmt: skip


def _expand(text: str) -> str:
    """Contractions written out, so "I don't drive" reads as "I do not drive"."""
    text = re.sub(r"\bcan'?t\b", "cannot", text)
    text = re.sub(r"\bwon'?t\b", "will not", text)
    text = re.sub(r"\b(\w+)n't\b", r"\1 not", text)
    text = re.sub(r"\btill\b", "until", text)
    for short, day in _DAYS.items():
        text = re.sub(rf"\b{short}\b", day, text)
    return re.sub(r"\s+(?:so|haha|lol|tbh)$", "", text)
