"""What a message says about itself, before its text is stored (pure).

- A message may step away from the conversation ("brb, meeting"), say it cannot be said
  ("hard to say") or correct a figure ("actually it's 4 a month now, not 3").
- A person's *own words* (a constraint, what an activity teaches, a skill, the core skill) are
  taken only at their own question and only when they answer it: not from an aside ("sorry,
  the kettle"), a question, a vague answer ("hard to say"), a correction of a figure, or a
  remark about something else ("the train is late again").
- A weekly *capacity* said in passing is taken only when its sentence says it is a total or a
  limit ("52h max", "I could do 48 in total"): "I work part-time in payroll, 13 hours a week"
  is the hours of the work, and the capacity question asks for the total in its turn.
"""

from __future__ import annotations

import re

from agent.interviewer import names
from agent.interviewer.reading import asks, skill_claims
from agent.interviewer.reading.wording import CONSTRAINT

# --- the whole message --------------------------------------------------------------------

_ASIDE = re.compile(
    r"\b(?:brb|afk|be right back|back in a (?:sec|second|minute|moment|mo|bit|jiffy)|"
    r"back (?:soon|shortly)|be back|"
    r"(?:one|a|just a) (?:moment|sec|second|minute|mo)\b(?! (?:of|to))|"
    r"give me a (?:minute|moment|sec|second|mo)|hold on|hang on|excuse me|where were we|"
    r"bear with me|got distracted|kettle|postman|doorbell|ringing|back in \d+)\b",
    re.I,
)
_VAGUE = re.compile(
    r"\b(?:(?:hard|difficult|tough|impossible) to (?:say|put|describe|explain|tell|pin down)|"
    r"so many things|(?:loads|lots|tons) of (?:stuff|things)|all sorts|this and that|"
    r"bits and pieces|who knows|a bit of everything|everything really|"
    r"(?:hard|difficult) to put (?:it )?in(?:to)? (?:a sentence|words))\b",
    re.I,
)
_VAGUE_MAX_WORDS = 12
_CORRECTING = re.compile(
    r"^\W*(?:actually|actualy|acutally|correction|sorry,? i (?:meant|got)|i meant|wait|oops)\b|"
    r"\bnot [£$€]?\d|\b(?:rather than|instead of) [£$€]?\d|^\W*(?:oh\W+)?update\b|"
    r"\b(?:gone|went|going) (?:up|down)\b",
    re.I,
)


#: How long a step away lasts ("back in 10", "2 mins"): no figure of the plan.
_AWAY_FOR = re.compile(r"\bback in \d+\s*(?:mins?|minutes?|secs?)?|\b\d+\s*mins?\b", re.I)


#: A question said after the step away: "hang on, why ...?".
_ASKS = re.compile(r"\b(?:why|what|how|which|who|when|where|is|are|does|do|can|could|should)\b"
                   r"[^?]*\?", re.I)  # fmt: skip


#: A few words and how long the person is away, and nothing else ("customer rnging 2 mins",
#: "phone 5 min"): a step away, typed with a slip or not; never minutes of work.
_AWAY_ONLY = re.compile(
    r"^\W*(?!.*\b(?:i|i'm|im|we|my|our|it|its|it's|that|this)\b)"
    r"(?!(?:about|around|maybe|like|only|just|roughly|approx\w*|under|over|at most|at least)\b)"
    r"(?:[a-z']+\W+){1,3}\d+\s*(?:mins?|minutes?|secs?)\W*$",
    re.I,
)


#: The whole message says the person is back and the conversation goes on ("carry on",
#: "ok I'm back", "let's continue"): nothing to record, and no try at the open question.
_BACK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|so|sorry|alright|hi|hello|hey)\W+){0,2}"
    r"(?:(?:let'?s\s+)?(?:carry on|continue|keep going|go on|crack on|get going)|"
    r"(?:i'?m|im|i am)\s+back(?:\s+now)?|back now|back again|where was i)"
    r"(?:\W+(?:then|now|please|pls|sorry|where we left off|from where we (?:were|left off)))*\W*$",
    re.I,
)


def back(text: str) -> bool:
    """True for a message that only says the person is back ("carry on", "ok, I'm back")."""
    return bool(_BACK.match(text.strip()))


def aside(text: str) -> bool:
    """True for a message that steps away from the conversation ("brb, meeting", "one moment
    please, the postman is here", "customer ringing. 2 mins", "customer rnging 2 mins") and
    says no other figure."""
    if _ASKS.search(text):
        return False  # "Hang on, why does one stream have to be the anchor?" asks something
    if _AWAY_ONLY.match(text.strip()):
        return True
    return bool(_ASIDE.search(text)) and not re.search(r"\d", _AWAY_FOR.sub("", text))


#: Words that mark a line as said beside the conversation: an apology, a laugh, a sigh.
_BESIDE = re.compile(
    r"^\W*(?:sorry|apologies|excuse me|forgive me|pardon|lol|lmao|haha+|hehe|ha|ugh+|argh+|"
    r"omg|oh (?:god|no|dear)|god|oops|whoops|damn|brb|afk)\b",
    re.I,
)
#: A remark about something else: a subject that is not the person, and what it did or is.
#: The subject holds no "and" or "or": "the college and plastering videos" is two items of a
#: list, not a college doing something.
_ELSEWHERE = re.compile(
    r"\b(?:my|the|our|his|her|their|this|that|someone'?s?|anyone'?s?|somebody)\s+"
    r"(?:(?!(?:and|or|plus)\b)[\w'-]+\s+){0,3}?"
    r"(?:is|are|was|were|'s|has|have|had|just|keeps?|went|got|came|needs?|wants?|seems?|"
    r"won'?t|can'?t|[a-z]{3,}(?:ed|ing))\b",
    re.I,
)
#: Words of the conversation's own subject: a remark holding one may be an answer.
_ON_TOPIC = re.compile(
    r"\b(?:work|job|hours?|income|pay|paid|money|savings?|spend|skills?|streams?|business|"
    r"clients?|career|plan|role|contract|salary|rate)\b",
    re.I,
)
#: Away for a while: "back in 10", "2 mins", "customer ringing".
_AWAY = re.compile(r"\bback in \d+|\b\d+\s*min(?:ute)?s?\b|\bringing\b|\bon the phone\b", re.I)
_CHAT_WORDS = 4


#: A remark about something else after an apology or a sigh, its subject without a determiner
#: ("Sorry, coffee machine is broken again"); not the person or the work ("sorry, it is ...").
_INTERJECTED_REMARK = re.compile(
    r"^\W*(?:sorry|apologies|ugh+|god|lol|ha|oh)\W+(?!(?:it|i|that|this|which|they|he|she|"
    r"we|you)\b)(?:[\w'-]+\s+){1,3}?(?:is|are|was|were|has|have|had|just|keeps?|went|got)\b",
    re.I,
)
#: An apology or a sigh with a word or two after it and nothing more ("Sorry. Slack.").
_INTERJECTION_ONLY = re.compile(r"^\W*(?:sorry|apologies|ugh+|lol|haha+|oops)\W+(?:\w+\W*){0,2}$",
                                re.I)  # fmt: skip


def beside(text: str) -> bool:
    """True for a line said beside the conversation that answers nothing, so none of its words
    may be stored as an answer: a step away, a remark about something else, or an apology with
    a word or two after it ("Sorry. Slack.", "Sorry, coffee machine is broken again")."""
    low = text.strip()
    if aside(low) or _INTERJECTION_ONLY.match(low) or _INTERJECTED_REMARK.search(low):
        return not _ON_TOPIC.search(low)
    # "it teaches me how to read what my hands are doing": a lesson, whatever its words
    return (len(low.split()) >= _CHAT_WORDS and bool(_ELSEWHERE.search(low))
            and not _ON_TOPIC.search(low) and not re.search(r"\d", low)
            and not _LESSON_OPENS.match(low))  # fmt: skip


def chit_chat(text: str) -> bool:
    """True for a line said beside the conversation: a step away ("brb, meeting"), an apology
    or a laugh ("sorry. Slack.", "lol"), or a remark about something else ("ugh my cat just
    knocked my tea over", "coffee machine is broken again"). Only a message with nothing to
    record is asked about; a short one that is none of these ("hmm", "ok") tried to answer."""
    low = text.strip()
    if _ASIDE.search(low) or _BESIDE.search(low) or _AWAY.search(low):
        return True
    return (len(low.split()) >= _CHAT_WORDS and bool(_ELSEWHERE.search(low))
            and not _ON_TOPIC.search(low))  # fmt: skip


def vague(text: str) -> bool:
    """True for a short answer that says it cannot be said ("hard to say", "so many things")."""
    return bool(_VAGUE.search(text)) and len(text.split()) <= _VAGUE_MAX_WORDS


def correcting(text: str) -> bool:
    """True for a message that corrects a figure ("actually it's 4 a month now, not 3")."""
    return bool(_CORRECTING.search(text))


# --- the person's own words ----------------------------------------------------------------

#: The questions at which each text field is the answer.
_OWN_QUESTION = {"capacity.constraints": {"constraints"},
                 "skill": {"skills", "excited", "underused"},
                 "skill.excites": {"skills", "excited", "underused"},
                 "skill.under_used": {"skills", "excited", "underused"},
                 "core_skill": {"core"}}  # fmt: skip
#: The questions asked once the limits are settled (savings, spending), and a message that
#: says it adds to or corrects what was said ("actually, no mornings", "oh and I forgot, ..."):
#: there, a limit the reader took in words that can say nothing else is one the person adds.
_LIMITS_AFTER = frozenset({"buffer", "spending"})
_ADDS = re.compile(
    r"^\W*(?:(?:oh|sorry|and|wait|ah)\W+)*(?:actually|also|plus|i forgot|forgot|i'd forgotten|"
    r"one more thing|btw|by the way|oh and|correction|update)\b",
    re.I,
)
#: A remark about something else: a subject and its verb ("the train is late again").
_REMARK = re.compile(
    r"^\W*(?:(?:god|ugh|ha|oh|wow|sorry|typical)\W+)*(?:the|my|our|this|that|a|an)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:is|are|was|were|has|have|had|just|keeps?)\b",
    re.I,
)
#: What a constraint speaks of: time, care, health, study, the terms of work, a limit.
_LIMITS = re.compile(
    r"(?:morning|afternoon|evening|night|weekend|weekday|week|day|hour|month|year|term|"
    r"season|holiday|summer|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\bmon\b|\btue|\bwed\b|\bthu|\bfri\b|\bsat\b|\bsun\b|school|kid|child|baby|son\b|"
    r"daughter|famil|parent|mum|mom|dad|mother|father|wife|husband|partner|care|caring|carer|"
    r"look(?:ing)? after|health|ill|sick|pain|back\b|knee|injur|migraine|disab|chronic|"
    r"tired|fatigue|energy|burn|sleep|therap|appointment|hospital|treatment|tinnitus|"
    r"pregnan|commut|travel|drive|driving|distance|study|studying|degree|phd|course|exam|"
    r"class|training|notice|contract|clause|compete|visa|permit|rule|law|legal|shift|rota|"
    r"on-?call|gig|call|strike|deadline|busy|only|max|most|limit|no more than|at least|"
    r"can'?t|cannot|unable|must|need|fixed|free\b|off\b|away|volunteer|church|\d)",
    re.I,
)
#: A sentence that opens by saying what the work teaches, naming no other subject.
_LESSON_OPENS = re.compile(
    r"^\W*(?:(?:it|this|that|the job|the work)\s+)?(?:teach(?:es)?|(?:has |have )?taught|"
    r"(?:is|are) teaching) me\b",
    re.I,
)
_TAUGHT_ME = re.compile(r"\b(?:teach(?:es)?|taught|(?:is|are) teaching) me\b", re.I)
_TEACH_WORDS = re.compile(r"\b(?:teach|taught|learn|show|skill|how|what|why|where)", re.I)


#: A situation said as the time it keeps the person from work ("when", "unless", "except").
_WHEN_OUT = re.compile(r"\b(?:when|whenever|unless|except|apart from|other than|only if)\b")


def own_words(field: str, value: str, subject: str | None, ask: str, text: str) -> bool:
    """True when a text reading may be stored: it answers the open question (see the module)."""
    if field == "activity.teaches":
        asked = ask.startswith("act:teaches:") and (
            not subject or names.same(subject, asks.work(ask))
        )
        # "the candles teach me pricing": work on record said with what it teaches, at any
        # question
        asked = asked or bool(subject and _TAUGHT_ME.search(sentence_of(value, text)))
    else:
        asked = ask in _OWN_QUESTION.get(field, set())
        # "I'm good at welding and rigging" in the opening: skills claimed in so many words
        asked = asked or (field == "skill" and skill_claims.claimed(sentence_of(value, text)))
        # "actually, no mornings" at the savings question: a limit added once they are settled
        asked = asked or (
            field == "capacity.constraints" and ask in _LIMITS_AFTER and bool(_ADDS.match(text))
        )
    # A remark in another sentence ("The mentoring, to be honest, it drains me.") leaves the
    # answer in its own sentence ("Conference travel twice a year; evenings kept free.").
    where = sentence_of(value, text)
    # "my daughter has swim practice mon/wed, so those are out": someone else's doing, said as
    # what keeps the person's own time, is a limit, not a remark beside the conversation
    # "only when my mum has her appointments": someone's doing said as when the hours are
    # out is a limit too
    limit = field == "capacity.constraints" and (
        CONSTRAINT.search(where) is not None or _WHEN_OUT.search(where) is not None
    )
    if not asked or (beside(where) and not limit) or vague(where):
        return False
    if correcting(text) and re.search(r"\d", text):
        return False
    if field == "activity.teaches" and _REMARK.search(value) and not _TEACH_WORDS.search(value):
        return False
    if field == "capacity.constraints" and not (_LIMITS.search(value) or _LIMITS.search(text)):
        return False  # one part of a limit said at length ("a bad back, so short sessions")
    return not re.search(r"\b(?:define|explain)\b", value, re.I) or "?" not in text


# --- capacity said in passing ----------------------------------------------------------------

_TOTAL = re.compile(
    r"\b(?:in total|total|all in|all together|altogether|overall|in all|at most|at the most|"
    r"max(?:imum)?|tops|capacity|limit|ceiling|(?:can|could|would|might) (?:give|do|manage|"
    r"work|spare|offer|handle|put in)|available|availability|spare|realistic(?:ally)?|"
    r"budget|up to|no more than|all together|combined)\b",
    re.I,
)


def sentence_of(span: str, text: str) -> str:
    """The sentence of ``text`` that holds ``span`` (the whole text when it is not found)."""
    low, part = text.casefold(), span.casefold().strip()
    at = low.find(part) if part else -1
    if at < 0:
        return text
    start = max(low.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for c in ".!?;\n" if (i := low.find(c, at + len(part))) >= 0]
    return text[start : min(ends) if ends else len(text)]


def capacity_said(span: str, text: str) -> bool:
    """True when the sentence a weekly figure was read from says it is a total or a limit."""
    return bool(_TOTAL.search(sentence_of(span, text)))
