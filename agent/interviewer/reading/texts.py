"""Answers in words: the context, constraints, skills, what an activity teaches, labels, dates.

These are read where the open question expects them (a list of skills at ``skills``, one
constraint per item at ``constraints``), and a few where they are volunteered in words that
cannot mean anything else ("evenings are out", "it taught me negotiation").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import parse
from agent.interviewer.reading import acts, cues, kept, labels
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.dates import review_date
from agent.interviewer.reading.names import known_name
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading

_SKILL_FIELD = {"skills": "skill", "excited": "skill.excites", "underused": "skill.under_used"}
_LEAD = re.compile(
    r"^(?:(?:well|so|hmm+|um+|ok|okay|honestly|probably|definitely|always|especially|i think|"
    r"i'd say|i guess|"
    r"i reckon|maybe|mostly|mainly|also|and|plus|then|oh|it'?s|that'?s|"
    r"(?:i'?m |i am )?(?:\w+ )?(?:a |an )?(?:good|great|decent|ok|okay|strong|handy|not bad|"
    r"solid|pro|expert|whizz|dab hand) (?:at|with)|i can do|i can|i know|i do|i have|i've got|"
    r"(?:i'?m |i am )(?:a |an )?(?:qualified|certified|trained|registered|licensed)|"
    r"\d+\+? (?:years?|yrs?) (?:of|doing)|\d+ of|my|the|a|an|"
    r"my core(?: skill)? (?:is|would be)|core skill(?: is)?|it teaches(?: me)?|"
    r"it taught(?: me)?|taught me|teaches me|i learn(?:ed|t)?|i get|that is|which is)"
    r"[,:]?\s+)+"
)
_TAIL = re.compile(
    r"(?:[,\s]+(?:definitely|probably|really|i think|i guess|i suppose|honestly|tbh|mostly|lol|"
    r"obvs|ofc|obviously|"
    r"haha|lmao|"
    r"for sure|i'd say|too|as well|i barely use (?:it|them|either)(?: now)?|is the core|"
    r"would be (?:my|the) core(?: skill)?|is (?:my|the) core(?: skill)?))+$"
)
_NONE = re.compile(
    r"^(?:no|none|nothing|nope|nah|not really|none really|nothing really|no constraints?|"
    r"no limits?|none at all|nothing at all|no,? none|n/?a|not that i can think of|"
    r"nothing (?:big|major|much|serious|special)|not much|(?:i'?m|i am) (?:pretty |quite |very )?"
    r"flexible)$"
)
_CONSTRAINT = re.compile(
    r"\b(?:no|not on|never|can'?t (?:do|work)|cannot (?:do|work))\s+(?:\w+\s+)?(?:evenings?|"
    r"weekends?|mornings?|nights?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?)\b|\b(?:evenings?|weekends?|mornings?|nights?) (?:are|is) out\b|"
    r"\bschool (?:run|pick[- ]?ups?|drop[- ]?offs?|hours)\b|\bpick[- ]?ups?\b|\bnotice period\b|"
    r"\bchildcare\b|\bhealth\b|\bchronic\b|\b(?:kids?|children|toddler|baby|newborn|twins)\b|"
    r"\b(?:long )?covid\b|\brecovering\b|\billness\b|\bdisabilit|\bmigraines?\b|\bpain\b|"
    r"\bfatigue\b|\bdialysis\b|\bchemo|\bcommute\b|\bvisa\b|\bcare for\b|\bcaring for\b|"
    r"\bcan'?t be left\b|\bday (?:program|centre|center)\b"
)
#: "nothing tbh, I'm miserable": no lesson said, only a feeling.
_TEACHES_NOTHING = re.compile(
    r"^(?:(?:honestly|tbh|well|um+|erm|hmm+|to be honest|sadly)\W+)*"
    r"(?:nothing|not much|not a lot|none)(?:\s+(?:new|useful|special|of note|much))?"
    r"(?:\W+(?:tbh|really|honestly|at all|lol|sadly|"
    r"to be honest|(?:i'?m|i am) (?:\w+ )?(?:miserable|bored|tired|sad|fed up)))*\W*$"
)
_WHEN_IT_BITES = re.compile(
    r"^(?:some|most|other|on bad|bad|on some|on good|good) (?:days|weeks|mornings|nights|months)\b"
)
#: Said beside a constraint, but none itself: ages ("my kids are 4 and 7"), a vague
#: "everything", or news of an activity ("btw I'm down to 3 days at the school now").
_NO_CONSTRAINT = re.compile(
    r"^(?:(?:my|our|the) )?(?:\d+ )?(?:kids?|children|son|daughter|boys|girls)(?:'s| are| is) "
    r"[\d, ]+"
    r"(?:and [\d ]+)?$|^(?:everything|anything|all of it|lots|loads|a lot)\b.{0,12}$|"
    r"^(?:btw|by the way|oh and|also)\b.*\b\d+(?:\.\d+)? (?:days|hours|hrs|h)\b|"
    r"^(?:i forgot|i'd forgotten|forgot|i was being|i was too)\b"
)
_YES_NO = re.compile(
    r"yes|yeah|yep|no|nope|nah|ok|okay|sure|none|nothing|sorry|oops|oh|hm+|um+|well|right|"
    r"non-negotiable|obviously|definitely|update|hang on|before i forget|no real constraints?|"
    r"no constraints?|none really|nothing really|none of them(?: really)?|no wait|wait|not|"
    r"not really|no not really|"
    r"[^a-z]*"
)
_OFF_TOPIC = re.compile(
    r"^(?:ugh|argh|oh no|omg|lol|haha|brb|hold on|one sec|one moment|be right back|"
    r"sorry,? (?:i had to|i was|was|i've|i have been)|where were we|what was the question|"
    r"sorry,? (?:the|my|i have to|i need to|got to|gotta)|back in a|just a sec|phone'?s ringing|"
    r"my (?:tea|coffee|dog|cat|kid|son|daughter|phone))\b"
)
_NOT_AN_ITEM = re.compile(
    r"^(?:i|it|that|which|those|these|they|but|because|so|as|if|when|not|this|that's|it's|there|"
    r"what|where|we|you|he|she|haven'?t|hasn'?t|don'?t|didn'?t|never|used to|the cv|my cv|"
    r"sounds|seems|looks|feels)\b|"
    r"\b(?:is|are|was|were|cv)\b|"
    r"^(?:definitely|probably|really|honestly|etc|that's it|that is it|and so on)$"
)


def _named(found: list[Reading]) -> set[str]:
    return {r.span for r in found if r.act == "fact" and r.field == "activity"}


def text_readings(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, ask: str,
    found: list[Reading], text: str = "",
) -> list[Reading]:  # fmt: skip
    """The word answers of a message, given the readings its figures already gave; beside a
    capacity said at another question ("45h total but not on sundays"), its constraints."""
    out = _answers(pieces, quantities, view, ask, found, text)
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
#: Words that can only say a limit on when the person works ("school run, 4pm pickup").
_LIMIT_ONLY = re.compile(
    r"\bschool (?:run|pick[- ]?ups?|drop[- ]?offs?|hours only)\b|\b\d*(?:am|pm)? ?pick-?ups?\b|"
    r"\bdrop-?offs?\b|\bchildcare\b|\b(?:can'?t|cannot) work\b|"
    r"\bnot (?:on|at) (?:weekends?|evenings?|nights?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b"
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
        value = _clean(said) if limit else ""
        return [Reading("fact", "capacity.constraints", value, None, said)] if value else []
    spans = {r.span for r in found}
    return [
        Reading("fact", "capacity.constraints", _clean(p.text), None, p.text)
        for p in pieces
        if _LIMIT_ONLY.search(p.text) and p.text not in spans and not _has_figures(p, quantities)
        and _clean(p.text)
    ]  # fmt: skip


def _answers(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, ask: str,
    found: list[Reading], text: str,
) -> list[Reading]:  # fmt: skip
    kind = ":".join(ask.split(":")[:2]) if ask.startswith("act:") else ask
    said = " ".join(p.text for p in pieces)
    if kind == "review" and review_date(said):  # "can we go past the busy season? so end of April"
        return _one("review.date", review_date(said), None, said)
    if any(r.act == "question" for r in found) and (len(pieces) <= 2 or _CONFUSED.search(said)):
        return []
    if _OFF_TOPIC.match(" ".join(p.text for p in pieces)) and not found:
        return []
    spans = {r.span for r in found if r.act in {"fact", "change", "wish"}}
    # "project management (big schemes, up to £40m)": at a skills question a figure in brackets
    # is a detail of its item, not a sentence about money
    detail = kind in _SKILL_FIELD
    busy = {
        p.sentence
        for p in pieces
        if (p.text in spans or _has_figures(p, quantities)) and not (detail and p.bracket)
    }
    busy |= {
        p.sentence for p in pieces if _OFF_TOPIC.match(p.text) and p.start == _first(p, pieces)
    }
    plain = [p for p in pieces if p.sentence not in busy]
    subject = ask.split(":", 2)[2] if ask.startswith("act:") else None
    # the clauses of a word answer stay apart ("clinical reasoning, working with families")
    whole = ", ".join(p.text for p in plain) if kind in _WHOLE_ASKS else ""
    if kind in {"act:volatility", "act:energy"}:
        whole = text or " ".join(p.text for p in pieces)  # labels are not confused by figures
    if kind in _WHOLE_ASKS and not whole:
        return []
    if kind in _SKILL_FIELD:  # "Excel (VLOOKUPs, pivot tables)": the bracket says more
        return _skills([p for p in plain if not p.bracket], _SKILL_FIELD[kind], view, found)
    if kind == "constraints":
        working = {p.sentence for p in pieces if p.text in _named(found)}  # work, no constraint
        unread = [p for p in pieces if p.text not in spans and p.sentence not in working]
        return _constraints(unread, text)
    if kind == "core":
        return _core(whole)
    split = labels.teaches_per_activity(plain, view, _clean, subject or "") if subject else None
    if split and (kind == "act:teaches" or not _data(found)) and not _label_said(plain, kind):
        return split  # "union: organising. design: keeps my craft alive"
    if kind == "act:teaches" and subject:
        if acts.chat(whole) or _TEACHES_NOTHING.match(_clean(whole)):
            return []  # "nothing tbh, I'm miserable": no lesson to record
        if not cues.TEACHES.search(whole) and _feeling_or_pay(whole):
            return _labelled(pieces, view, subject)  # "djing energises me": no lesson
        return _one("activity.teaches", _clean(whole), subject, whole)
    several = labels.per_activity(pieces, view, kind, subject, _now) if subject else None
    if several is not None:
        return several
    if subject and kind in {"act:hours", "act:revenue"} and not _data(found):
        # "agencies drain me tbh, lessons are fun": two activities labelled, ahead of their
        # question
        for other in ("act:energy", "act:volatility"):
            several = labels.per_activity(pieces, view, other, subject, _now)
            if several:
                return several
    if kind == "act:volatility" and subject:
        return _one("activity.volatility", cues.asked_volatility(_now(whole)), subject, whole)
    if kind == "act:energy" and subject:
        return _one("activity.energy", cues.energy(_now(whole), asked=True), subject, whole)
    if kind == "review":
        said = " ".join(p.text for p in pieces)
        return _one("review.date", review_date(said), None, said)
    if kind == "context" and not any(r.field == "context" for r in found):
        if cues.asks_which(text):
            return []
        return _one("context", cues.context(said, asked=True), None, said)
    return _volunteered(pieces, ask, asking=any(r.act == "question" for r in found))


#: How work feels, said of it ("djing energises me", "it's fun"), not a lesson such as "dealing
#: with stress".
_FEELS = re.compile(r"\b(?:energi[sz](?:es|ing|ed)|drains|draining|(?:is|it'?s|its|so|really|"
                    r"pretty|very) (?:fun|boring|lovely|great|exhausting|tiring))\b")  # fmt: skip


def _feeling(text: str) -> str | None:
    """``energising`` / ``neutral`` / ``draining`` when the text says how the work feels."""
    if cues.energy(text, asked=False) or _FEELS.search(text):
        return cues.energy(text, asked=True)
    return None


def _feeling_or_pay(text: str) -> bool:
    """True when an answer says how the work feels or pays ("draining tbh", "stable enough")."""
    low = _now(text)
    return bool(_feeling(low) or cues.volatility(low, asked=False))


#: An answer about the activity asked that names nothing else ("it's fun", "pretty draining").
_ABOUT_IT = re.compile(
    r"^(?:(?:it'?s|its|it|that'?s|that|this one|this|the job|honestly|tbh|pretty|quite|very|"
    r"really|so|mostly|mainly|always|just)\b\W*)*"
)
_LABEL_WORDS = re.compile(
    r"\b(?:energi[sz]\w*|drain\w*|exhausting|tiring|stable|steady|variable|fun|boring|lovely|"
    r"great|me|is|are|a lot|lol|haha|tbh|enough|mostly)\b|\W"
)


def _labelled(pieces: list[Segment], view: PlanView, asked: str) -> list[Reading]:
    """At the question about what an activity teaches, an answer that says how work feels or
    pays instead: the label for the recorded activity each clause names, or for the one asked
    when the clause names nothing else; a clause about work not on record gives nothing."""
    out: list[Reading] = []
    for p in pieces:
        low = _now(p.text)
        bare = not _LABEL_WORDS.sub("", _ABOUT_IT.sub("", low))
        subject = known_name(low, view.activities) or (asked if bare else None)
        if subject is None:
            continue
        found = [("activity.energy", _feeling(low)),
                 ("activity.volatility", cues.volatility(low, asked=False))]  # fmt: skip
        out += [Reading("fact", f, label, subject, p.text) for f, label in found if label]
    return out


def _label_said(pieces: list[Segment], kind: str) -> bool:
    """True when an answer at the energy or steadiness question says that label."""
    said = " ".join(p.text for p in pieces)
    if kind == "act:energy":
        return cues.energy(said, asked=True) is not None
    return kind == "act:volatility" and cues.asked_volatility(said) is not None


def _data(found: list[Reading]) -> bool:
    return any(r.act in {"fact", "change", "wish"} for r in found)


_CONFUSED = re.compile(
    r"\b(?:(?:not sure|don'?t know) (?:i|if i|what you) (?:understand|mean)|i don'?t (?:understand|"
    r"get it|follow)|confus\w*|lost me)\b"
)
_WHOLE_ASKS = frozenset({"core", "act:teaches", "act:volatility", "act:energy", "context"})


def _first(piece: Segment, pieces: list[Segment]) -> int:
    """Where the sentence of ``piece`` starts."""
    return min(p.start for p in pieces if p.sentence == piece.sentence)


def _has_figures(piece: Segment, quantities: list[Quantity]) -> bool:
    return any(
        piece.start <= q.start < piece.end and q.kind in {"money", "hours", "percent"}
        for q in quantities
    )


_SPEAKS = re.compile(
    r"^(?:and |also |plus )?(?:(?:i'?m |i am )?(?:\w+ )?(?:fluent|native) in|"
    r"i (?:also )?(?:speak|sign)|speak)\s+"
)


def _languages(text: str) -> list[str]:
    """ "I speak Spanish and English", "fluent in Portuguese and Spanish": one language each."""
    lead = _SPEAKS.match(text)
    if lead is None:
        return [text]
    return [part for part in re.split(r"\s*(?:,|\band\b|&)\s*", text[lead.end() :]) if part]


def _items(plain: list[Segment], field: str, found: list[Reading]) -> list[Reading]:
    # a sentence asks as a whole: "ceramics, which isn't on your list" is no question
    whole = {p.sentence: " ".join(q.text for q in plain if q.sentence == p.sentence) for p in plain}
    asking = {p.sentence for p in plain if acts.question(whole[p.sentence], marked=p.question)}
    texts = [p.text for p in plain if p.sentence not in asking]
    if field != "capacity.constraints":
        texts = [part for t in texts for part in _languages(t)]
    if len(texts) == 1 and _NONE.match(texts[0].strip(" .!")):
        return []
    out: list[Reading] = []
    for text in texts:
        item = _clean(text)
        if field == "skill" and len(item.split()) > 5:
            item = _RELATIVE.sub("", item)
        if not item or len(item.split()) > 12 or _YES_NO.fullmatch(item) or acts.chat(text):
            continue
        if field != "capacity.constraints" and (len(item.split()) > 5 or _NOT_AN_ITEM.search(item)):
            continue
        out.append(Reading("fact", field, item, None, text))
    return out


_FILLER = frozenset(
    re.findall(
        r"\S+",
        "for sure definitely mind you ah oh sorry before after now then too as well haha lol tbh "
        "honestly really obviously obvs anyway though i guess i think i suppose etc and so on "
        "yes yeah no nope ok okay well hmm um right idk dunno nothing special rusty",
    )
)
_NOT_A_SKILL = re.compile(
    r"^\d|^(?:from|in|at|on|for|with|to|of|by|during|since|mostly|mainly|especially|like|e\.g|"
    r"such as|including|which|that|not|nothing|nobody|did|was|were|got|had|used|went|never|"
    r"seeing|watching)\b|^(?:skills?|stuff|things|everything|anything)$"
)


#: "10 years of bookkeeping": how long, before the skill.
_EXPERIENCE = re.compile(r"^\d+\+? (?:years?|yrs?) (?:of|doing)\s+|^\d+ of\s+")
#: "dealing with customers who think they know better": what follows says more of the item.
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which)\b.*$")


def _word_items(plain: list[Segment], field: str, found: list[Reading]) -> list[Reading]:
    """Items of a list answer, without fillers ("for sure"), details ("from my uni days")
    and qualifiers of the item before ("mostly diesels")."""
    return [
        r
        for r in _items(plain, field, found)
        if not _NOT_A_SKILL.match(str(r.value))
        and not _NOT_A_SKILL.match(_EXPERIENCE.sub("", r.span))
        and not set(str(r.value).split()) <= _FILLER
    ]


_NEW_CONSTRAINT = re.compile(r"\b(?:and|but|plus|also)\s*$")
_ASIDE = re.compile(
    r"^(?:that'?s|it'?s|this is)\s+(?:a |the )?(?:big|main|only|real)?\s*(?:one|it|thing)\b|"
    r"\b(?:are|is) (?:mine|free|fine|open|flexible)\b|^(?:haha|lol|ha)\b"
)


def _constraints(pieces: list[Segment], text: str) -> list[Reading]:
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
        )
        # "Long covid. Some days I just can't": a sentence saying when it bites explains it
        explains = last is not None and bool(_WHEN_IT_BITES.match(piece.text))
        new = _NEW_CONSTRAINT.search(gap.strip(" ,")) and not re.match(r"\d", piece.text)
        if (joined and not new) or tentative or dash or explains:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    out: list[Reading] = []
    said_none = False
    for group in groups:
        said = ", ".join(p.text for p in group)
        if any(p.question and acts.question(p.text, marked=True) for p in group):
            continue
        if not out and _NONE.match(_clean(group[0].text).strip(" .!")):
            said_none = True  # "none, kids are grown up": what follows is no constraint
            continue
        if _NONE_MORE.match(_clean(said)) or _NONE_MORE.match(said.strip(" .!")):
            continue  # "none other than that": it points at a limit said before
        if _ASIDE.search(said) or (said_none and not _CONSTRAINT.search(said)) or acts.chat(said):
            continue
        item = _expand(_clean(said))
        if _NO_CONSTRAINT.match(item):
            continue
        if item and not _YES_NO.fullmatch(item) and len(item.split()) <= 25:
            out.append(Reading("fact", "capacity.constraints", item, None, said))
    return out


#: "none other than that", "nothing else", "that's all": no more limits than one said before.
_NONE_MORE = re.compile(
    r"^(?:none|nothing|no(?:thing)? (?:real|other|more)|not really)\W*(?:\w+\s+)?(?:other than "
    r"(?:that|those|this)|else|more|besides(?: that)?|apart from (?:that|those))\W*$|"
    r"^that'?s (?:it|all)(?: really)?\W*$"
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


_USED = re.compile(r"\bi (?:only |mostly |just |do )?use (?:only |mostly |just )?([a-z#+]+)")


#: "none of it right now", "nothing at the moment": no skill named, whatever follows.
_NO_SKILL = re.compile(
    r"^(?:(?:honestly|tbh|well|um+|erm|hmm+|to be honest|sadly)\W+)*(?:none|nothing|not really|"
    r"none of (?:it|them|those|these))(?:\s+(?:right now|at the moment|atm|these days|now|"
    r"really|tbh))*(?:\s*[,.;!-]|\s+(?:i'?m|im|burnt|burned|tired|exhausted|too)\b|\s*$)"
)
_EXCEPT = re.compile(
    r"\b(?:except|apart from|but|other than|besides|only|maybe|perhaps|more than|like|beats)\b"
)


def _skills(
    plain: list[Segment], field: str, view: PlanView, found: list[Reading]
) -> list[Reading]:
    """Skills named, or "all of them"; at the excited and under-used questions a skill not on
    the list is a new skill too ("ceramics, which isn't on your list!")."""
    said = " ".join(p.text for p in plain)
    if field != "skill" and _NO_SKILL.match(said) and not _EXCEPT.search(said):
        return []  # "honestly none of it right now, burnt out": a feeling, no skill
    if field != "skill" and re.match(r"^(?:all of them|all|every one|all of those)\b", said):
        return [Reading("fact", field, skill, None, said) for skill in view.skills]
    # A skill in other words than the list's may be the same skill: only one the person says
    # is missing from the list becomes a new skill too.
    missing = re.search(r"(?:\bnot|n'?t) (?:on (?:your|the|my|this) list|listed)\b", said)
    used = {m.group(1) for m in _USED.finditer(said)} if field == "skill.under_used" else set()
    out: list[Reading] = []
    for reading in _word_items(plain, field, found):
        if str(reading.value).casefold() in used:
            continue  # "... and I use only English at work": that one is used
        out.append(reading)
        known = parse.match_skill(str(reading.value), list(view.skills))
        if field != "skill" and known is None and missing:
            out.append(replace(reading, field="skill"))
    return out


def _clean(text: str) -> str:
    previous = None
    text = re.sub(r"\s{2,}", " ", text).strip(" .!,;:")
    while previous != text:
        previous = text
        text = _LEAD.sub("", text).strip(" .!,;:")
        text = _TAIL.sub("", text).strip(" .!,;:")
    return text


def _core(whole: str) -> list[Reading]:
    if acts.chat(whole):
        return []
    item = _clean(whole)
    return [Reading("fact", "core_skill", item, None, whole)] if item else []


def _one(field: str, value: str | None, subject: str | None, span: str) -> list[Reading]:
    return [Reading("fact", field, value, subject, span)] if value else []


def _now(text: str) -> str:
    """ "it used to energise me but these days it wears me out": what holds now."""
    if re.search(r"\b(?:used to|was|were)\b", text):
        parts = re.split(r"\b(?:but|now|these days|nowadays)\b", text)
        return parts[-1] if len(parts) > 1 else text
    return text


def _volunteered(pieces: list[Segment], ask: str, *, asking: bool) -> list[Reading]:
    """Constraints said in passing, while the person speaks of their hours or reacts to the
    week's blocks ("no, saturdays are family days"); a figure said with
    a rising voice ("two kids so not loads, maybe 25?") keeps its constraint, unless the
    message asks something ("... like, including the commute?")."""
    if ask not in {"capacity", "blocks"}:
        return []
    if ask == "blocks" and kept.REMINDER.search(" ".join(p.text for p in pieces)):
        return []  # "no, Sundays are out, I told you": on record already
    out: list[Reading] = []
    for piece in pieces:
        if ask == "blocks" and not re.search(rf"\b(?:{kept.TIME_WORD})\b", piece.text):
            continue  # the week's blocks: only time kept from work is a constraint there
        if _NO_CONSTRAINT.match(_clean(piece.text)):
            continue  # "I forgot about the commute": the reason for a change
        said = _CONSTRAINT.search(piece.text) or kept.KEPT.search(piece.text)
        if said and not (piece.question and (asking or acts.question(piece.text, marked=True))):
            out.append(Reading("fact", "capacity.constraints", _clean(piece.text), None,
                               piece.text))  # fmt: skip
    return out
