"""How far the dialog trusts what was read, before anything is stored (pure). Precision first.

- A *name* is recorded only when it looks like the name of a piece of work: not a label
  ("steady as anything", "varies month to month"), a time word ("10 hours a weke"), fillers
  ("right", "same", "entirely", "context first"), a clause ("which takes of my week",
  "contract is renewed", "has grown to") or a request ("change my capacity to"); a figure said
  inside it is no part of it ("coding audits for 2 clinics" is "Coding audits"), nor are the
  fillers it opens with ("finally speaking engagements").
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
from dataclasses import dataclass, replace

from agent.interviewer import names, parse
from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

#: Words that say how steady or how tiring work is: labels, never names.
LABELS = frozenset({
    "stable", "steady", "steadily", "regular", "irregular", "variable", "varies", "vary",
    "varying", "varied", "unpredictable", "predictable", "fluctuates", "fluctuating", "lumpy",
    "sporadic", "reliable", "unreliable", "consistent", "inconsistent", "drains", "draining",
    "drained", "energises", "energizes", "energising", "energizing", "energised", "tiring",
    "exhausting", "changes", "changing", "constant", "up", "down",
})  # fmt: skip
#: Periods and units.
TIME = frozenset({
    "week", "weeks", "weekly", "wk", "wks", "year", "years", "yearly", "yr", "yrs", "month",
    "months", "monthly", "hour", "hours", "hr", "hrs", "day", "days", "daily", "fortnight",
    "annum", "annually", "per", "time", "times", "minute", "minutes", "ago", "now",
})  # fmt: skip
#: Words that carry no name of their own: discourse, hedges, counts, money, asides.
FILLER = frozenset({
    "right", "ok", "okay", "so", "well", "yes", "yeah", "no", "nope", "same", "also", "hope",
    "first", "second", "third", "fourth", "fifth", "last", "next", "then", "finally", "lastly",
    "basically", "anyway", "here", "goes", "things", "thing", "stuff", "context", "everything",
    "nothing", "something", "anything", "all", "both", "other", "others", "etc", "together",
    "lot", "lots", "bit", "much", "many", "more", "less", "maybe", "about", "around", "just",
    "only", "even", "still", "already", "always", "never", "sometimes", "often", "please",
    "sorry", "thanks", "thank", "hi", "hello", "hey", "cheers", "hmm", "um", "oh", "ah", "ha",
    "btw", "tbh", "fyi", "lol", "brb", "meeting", "moment", "sec", "one", "two", "three",
    "four", "five", "six", "money", "income", "pay", "unpaid", "free", "zero", "cash", "euro",
    "euros", "pound", "pounds", "dollar", "dollars", "quid", "grand", "ish", "odd", "plus",
    "total", "ceiling", "limit", "max", "maximum", "capacity", "availability", "super", "very",
    "quite", "pretty", "really", "honestly", "actually", "correction", "course", "of",
})  # fmt: skip
#: Words that open a clause, not a name.
_CONNECTORS = frozenset({
    "which", "that", "who", "whose", "because", "since", "as", "alongside", "while", "when",
    "where", "if", "though", "although", "but", "and", "or", "than", "until", "unless",
    "whereas", "whether", "i", "we", "you", "he", "she", "they", "it", "its", "it's",
})  # fmt: skip
#: Verbs that make a phrase a statement ("contract is renewed", "newsletter takes ...").
_STATEMENT = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "takes", "took",
    "pays", "goes", "went", "gone", "grown", "grew", "renewed", "brings", "brought", "earns",
    "comes", "came", "needs", "gets", "got", "does", "did", "would", "could", "should",
    "will", "can", "may", "might", "must", "boiled", "called", "means", "seems",
})  # fmt: skip
#: Verbs that open a thought ("think better"), and those that open a request when a pronoun
#: or an article follows ("change my capacity to"; "change management" is a name).
_THOUGHTS = frozenset({"think", "guess", "hope", "mean", "know", "suppose", "reckon", "feel",
                       "want", "wish", "let", "lets", "let's"})  # fmt: skip
_REQUESTS = frozenset({"change", "make", "add", "drop", "remove", "put", "set", "say", "tell",
                       "give", "call", "keep"})  # fmt: skip
_POINTERS = frozenset({"my", "the", "it", "that", "this", "to", "me", "us", "our", "a", "an"})
#: Words too small to name anything.
_SMALL = frozenset({"a", "an", "the", "of", "to", "as", "in", "on", "at", "for", "with", "and",
                    "or", "my", "our", "it", "me", "from", "by"})  # fmt: skip
_LEADING = frozenset({"finally", "lastly", "also", "then", "plus", "and", "right", "so",
                      "okay", "ok", "first", "second", "third", "fourth", "fifth", "next",
                      "correction", "actually", "sorry", "oh", "well", "btw"})  # fmt: skip
_ENDING = frozenset({"to", "from", "of", "for", "with", "at", "by", "in", "on", "a", "an",
                     "the", "and", "or", "but", "as", "my", "our", "your"})  # fmt: skip
_NUMBER_TAIL = re.compile(
    r"\s+(?:for|at|with|in|on|of|across|over|from|x)\s+(?:about\s+|around\s+)?\d[\d.,]*\b.*$",
    re.I,
)
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().replace("’", "'"))


def _near(word: str, vocabulary: frozenset[str]) -> bool:
    """True when ``word`` is in ``vocabulary`` or one typo away from a word of four letters
    or more there (a letter dropped, added, changed or two swapped; never the first)."""
    if word in vocabulary:
        return True
    if len(word) < 3:
        return False
    return any(len(v) >= 4 and _one_edit(word, v) for v in vocabulary)


def _one_edit(a: str, b: str) -> bool:
    if a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


def name(value: str) -> str | None:
    """The name to record for an activity read as ``value``, or ``None`` when it is no name
    (see the module)."""
    text = _NUMBER_TAIL.sub("", value.strip().strip(" .,;:!\"'()"))
    words = _words(text)
    while words and words[0] in _LEADING and len(words) > 1:
        text = re.sub(r"^\W*" + re.escape(words[0]) + r"\b\W*", "", text, flags=re.I)
        words = words[1:]
    if not words or "?" in text or any(w.isdigit() for w in words):
        return None
    if words[0] in _CONNECTORS or words[0] in _THOUGHTS or words[-1] in _ENDING:
        return None
    if words[0] in _REQUESTS and len(words) > 1 and words[1] in _POINTERS:
        return None
    if any(w in _STATEMENT for w in words):
        return None
    if len(words) > 1 and words[0] in _STATEMENT:
        return None
    plain = LABELS | TIME | FILLER
    if all(_near(w, plain) or w in _SMALL or _adverb(w) for w in words):
        return None
    if any(w in LABELS and len(w) > 4 for w in words):
        return None
    return names.title(text)


def _adverb(word: str) -> bool:
    return len(word) >= 6 and word.endswith("ly")


# --- the whole message --------------------------------------------------------------------

_ASIDE = re.compile(
    r"\b(?:brb|afk|be right back|back in a (?:sec|second|minute|moment|mo|bit|jiffy)|"
    r"back (?:soon|shortly)|be back|"
    r"(?:one|a|just a) (?:moment|sec|second|minute|mo)\b(?! (?:of|to))|"
    r"give me a (?:minute|moment|sec|second|mo)|hold on|hang on|excuse me|where were we|"
    r"bear with me|got distracted|kettle|postman|doorbell)\b",
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
    r"\bnot \d|\b(?:rather than|instead of) \d",
    re.I,
)


def aside(text: str) -> bool:
    """True for a message that steps away from the conversation ("brb, meeting", "one moment
    please, the postman is here") and says no figure."""
    return bool(_ASIDE.search(text)) and not re.search(r"\d", text)


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
_TEACH_WORDS = re.compile(r"\b(?:teach|taught|learn|show|skill|how|what|why|where)", re.I)


def own_words(field: str, value: str, subject: str | None, ask: str, text: str) -> bool:
    """True when a text reading may be stored: it answers the open question (see the module)."""
    if field == "activity.teaches":
        asked = ask.startswith("act:teaches:") and (
            not subject or names.same(subject, ask.split(":", 2)[2])
        )
    else:
        asked = ask in _OWN_QUESTION.get(field, set())
    if not asked or aside(text) or vague(text):
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


# --- all of a message's readings --------------------------------------------------------------

#: A message this long (in words) is a story, not a short answer to the open question.
STORY_WORDS = 20
_TEXT = frozenset({"capacity.constraints", "activity.teaches", "skill", "skill.excites",
                   "skill.under_used", "core_skill"})  # fmt: skip
_DATA = frozenset({"fact", "change"})


@dataclass
class Screened:
    """The readings that may be stored, and why others may not."""

    readings: list[Reading]
    #: The answer to the open question says it cannot be put in words: ask it again.
    vague: bool = False
    #: The message steps away from the conversation: nothing in it is stored.
    aside: bool = False
    dropped: int = 0
    #: Names left out (no name, or a clause): the list may hold more than was recorded.
    lost: int = 0


def screen(readings: list[Reading], ask: str, plan: Plan, text: str) -> Screened:
    """The readings of a message that the dialog trusts enough to store (see the module);
    unsure ones pass through to be asked back. A name read as a filler ("right: school
    teaching") is the name its words give after the filler; how steady or how tiring work is,
    cut off from its activity ("..., £39,000 a year, steady as anything"), goes to the
    activity spoken of just before."""
    if aside(text):
        kept = [r for r in readings if r.act not in _DATA | {"wish"}]
        return Screened(kept, aside=True, dropped=len(readings) - len(kept))
    known = [a.name for a in plan.activities]
    renamed = _renamed(readings, known)
    out = Screened([])
    story = len(text.split()) > STORY_WORDS
    last = ""
    for reading in readings:
        if reading.subject and reading.subject.casefold() in renamed:
            reading = replace(reading, subject=renamed[reading.subject.casefold()])
        if reading.field == "activity" and str(reading.value).casefold() in renamed:
            reading = replace(reading, value=renamed[str(reading.value).casefold()])
        trusted = _screened(reading, ask, known, text, story, readings)
        if trusted is None and reading.field in _LABEL_FIELDS and last:
            trusted = _moved(reading, last, out.readings)
        if trusted is None:
            out.dropped += 1
            out.lost += reading.field == "activity" and _has_figures(reading, readings)
            out.vague = out.vague or (reading.field in _TEXT and vague(text))
            continue
        out.readings.append(trusted)
        if trusted.field and trusted.field.startswith("activity"):
            last = str(trusted.subject or (trusted.value if trusted.field == "activity" else ""))
    return out


_LABEL_FIELDS = frozenset({"activity.volatility", "activity.energy"})
_FIGURE_FIELDS = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


def _has_figures(named: Reading, readings: list[Reading]) -> bool:
    """True when a name left out had hours or income said for it: work was lost with it."""
    said = str(named.value or "")
    return any(r.field in _FIGURE_FIELDS and r.subject and names.same(r.subject, said)
               for r in readings)  # fmt: skip


def _renamed(readings: list[Reading], known: list[str]) -> dict[str, str]:
    """Names read as a filler, and the name their words give after it."""
    out: dict[str, str] = {}
    for r in readings:
        value = str(r.value or "")
        if r.field != "activity" or names.find(value, known) or name(value):
            continue
        repaired = name(r.span)
        if repaired and not names.same(repaired, value):
            out[value.casefold()] = repaired
    return out


def _moved(reading: Reading, last: str, kept: list[Reading]) -> Reading | None:
    """A label cut off from its activity, given to the one spoken of just before (unless
    that one already has this label in the message)."""
    if any(r.field == reading.field and r.subject == last for r in kept):
        return None
    return replace(reading, subject=last)


def _screened(reading: Reading, ask: str, known: list[str], text: str, story: bool,
              readings: list[Reading]) -> Reading | None:  # fmt: skip
    if reading.act not in _DATA or not reading.field:
        return reading
    fld = reading.field
    if fld in _TEXT:
        fine = own_words(fld, str(reading.value or ""), reading.subject, ask, text)
        if fine and fld == "activity.teaches":
            return replace(reading, value=first_sentence(str(reading.value or ""), text))
        return reading if fine else None
    if fld == "capacity.hours_per_week" and reading.act == "fact":
        return reading if _capacity_trusted(reading, ask, text, readings) else None
    if not _plausible(fld, reading.value):
        return None
    if fld == "context" and story:
        agrees = parse.parse_context(text) == reading.value and reading.value != "general"
        return reading if agrees else None
    if fld in {"activity", "activity.name"} and reading.act == "fact":
        if names.find(str(reading.value or ""), known):
            return reading
        cleaned = name(str(reading.value or ""))
        return replace(reading, value=cleaned) if cleaned else None
    if fld in _LABEL_FIELDS and re.search(r"\b(?:neither|nor)\b", reading.span, re.I):
        return None  # "it neither drains me nor lifts me up" is no label
    found = names.find(reading.subject, known) if reading.subject else None
    if fld.startswith("activity.") and reading.subject and not found:
        cleaned = name(reading.subject)
        return replace(reading, subject=cleaned) if cleaned else None
    if found and not _asked_about(found, ask) and not names.mentioned(found, text):
        return None  # a figure goes to an activity only when it is named or asked about
    return reading


def first_sentence(value: str, text: str) -> str:
    """``value`` cut where the message's second sentence begins ("payroll rules and deadlines
    i actually enjoy the freelance clients" -> "payroll rules and deadlines")."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    if len(parts) < 2:
        return value
    start = _words(parts[1])[:3]
    said = value.split()
    low = ["".join(_words(w)) for w in said]
    for k in range(1, len(low)):
        if start and low[k : k + len(start)] == start:
            return " ".join(said[:k]).rstrip(" ,;")
    return value


#: Figures no one means: a year's income under this is a rate or a count misread
#: ("$26 an hour"), and no week holds more hours than this.
MIN_YEARLY = 100.0
MAX_WEEKLY_HOURS = 100.0


def _plausible(field: str, value: object) -> bool:
    """False for a figure nobody means for its field (it is asked plainly instead)."""
    if not isinstance(value, int | float):
        return True
    if field == "activity.annual_revenue":
        return value == 0 or value >= MIN_YEARLY
    if field.endswith("hours_per_week"):
        return 0 <= value <= MAX_WEEKLY_HOURS
    return True


def _asked_about(activity: str, ask: str) -> bool:
    return ask.startswith("act:") and names.same(ask.split(":", 2)[2], activity)


def _capacity_trusted(reading: Reading, ask: str, text: str, readings: list[Reading]) -> bool:
    """A weekly capacity is taken at its own question, or when its sentence says it is a
    total or a limit; never when it is the hours of an activity said in the same breath."""
    said = capacity_said(reading.span, text)
    if ask != "capacity" and not said:
        return False
    same = any(r.field == "activity.hours_per_week" and r.value == reading.value
               for r in readings)  # fmt: skip
    return said or not same
