"""What is not stored from a message, whatever the reading said (pure). Precision first.

- a question back never becomes data: facts read from the words of a question are dropped,
  and so is any text answer (a constraint, what an activity teaches, a skill) in a message
  that asks something, unless said in a sentence of its own before the question;
- a declined question stays declined: "rather not say about savings, 2,500 a month" keeps the
  spending and records no savings, and "dunno, skip" is not what an activity teaches;
- text that holds an amount or hours not read as one is not stored as the person's words;
- two different figures for the same field of the same thing in one message are not stored:
  the person is asked which it is;
- a wish that only names the planning ("I'd like to plan a portfolio career") asks for no
  stream of its own;
- a bare yes or no is no one's own words: "yes" at the core-skill question is not a skill;
  nor are the words that end a list ("done", "that's all");
- another person's work ("my husband earns 15,000 a month") is no work of the person's and
  gives no figure to the work asked about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer import names, others_work, parse, remarks
from agent.interviewer.reading import acts, approval, asks, list_end
from agent.interviewer.reading.types import Reading

#: Fields whose value is the person's own words (not a figure or a label).
TEXT_FIELDS = frozenset({"capacity.constraints", "activity.teaches", "skill", "skill.excites",
                         "skill.under_used", "core_skill", "activity"})  # fmt: skip
YES_NO_IN_TEXT = "A yes or no doesn't answer this one, so I left it out."
FIGURE_IN_TEXT = (
    "I saw a figure in that but couldn't tell what it belongs to, so I left it out; could you "
    "say it on its own, e.g. 'the retainer pays 42,000 a year' or 'consulting takes 4 hours'?"
)
_FIGURE = re.compile(r"[£$€]\s?\d|\d\s?(?:k\b|%|€|£|\$|grand\b|euros?\b|pounds?\b|dollars?\b)|"
                     r"\d+(?:[.,]\d+)?\s*(?:h\b|hrs?\b|hours?\b)|"
                     # a bare amount ("500 on rent extras"): three digits or more, not a year
                     r"(?<![\w.,:/-])(?!(?:19|20)\d\d\b)\d{3,}(?:[.,]\d+)?(?![\w-])"
                     r"(?!\s*(?:am|pm)\b)"
                     # "cook for 200 people": a count of people or things, no amount
                     r"(?!\s+(?!(?:hours|hrs|mins|minutes|days|weeks|months|years|quid|bucks|"
                     r"euros|pounds|dollars|rupees|francs|pesos|rand|bob)\b)(?:[a-z]{3,}s|people|children|staff)\b)",
                     re.I)  # fmt: skip
#: Hours said as the bound of a limit ("no more than 5 hours of kneeling a day", "4 hours a
#: day max"): in a constraint they are the limit itself, not a figure without an owner.
_BOUND_HOURS = re.compile(
    r"\b(?:no|not|never|can ?not|cannot|can'?t|unable to)(?: (?:do|work|go|manage|spend))? more "
    r"than\s+\d+(?:[.,]\d+)?\s*"
    r"(?:h|hrs?|hours?)\b|"
    r"\b(?:max(?:imum)?|at most|up to|under|less than|only|tops)\s+\d+(?:[.,]\d+)?\s*"
    r"(?:h|hrs?|hours?)\b|"
    r"\b\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?)\b(?=[^.;]{0,40}\b(?:max(?:imum)?|tops|at most)\b)",
    re.I,
)
_SKIP_WORDS = re.compile(
    r"\bskip(?: (?:it|this|that)(?: one)?)?\s*[.!]*$|\bskip (?:it|this|that)\b|"
    r"\brather not (?:say|answer|get into|go into|talk about|share)\b|"
    r"\bprefer not to (?:say|answer|share)\b|\b(?:can|could|may|shall) (?:we|i) skip\b|"
    r"\blet'?s skip\b|\bnext question\b|^\W*pas{1,3} on (?:that|this)\b", re.I,
)  # fmt: skip
_SKIP_WORDS_MAX = 4
_FILLER_START = re.compile(r"^(?:(?:hm+|um+|uh+|er+|well|oh|ah|sorry|honestly|ok|okay)[,.!\s]+)+",
                           re.I)  # fmt: skip
#: Words that name the planning itself, not a stream of work.
_PLANNING = frozenset({"plan", "planning", "portfolio", "career", "stream", "work", "reboot",
                       "change", "new", "life"})  # fmt: skip
#: The reading fields each question asks for.
_ASKED = {
    "context": {"context"}, "capacity": {"capacity.hours_per_week"},
    "constraints": {"capacity.constraints"},
    "buffer": {"capacity.cash_buffer", "capacity.buffer_months"},
    "spending": {"capacity.monthly_spending"}, "skills": {"skill"},
    "excited": {"skill.excites"}, "underused": {"skill.under_used"}, "core": {"core_skill"},
    "act:hours": {"activity.hours_per_week"}, "act:revenue": {"activity.annual_revenue"},
    "act:volatility": {"activity.volatility"}, "act:teaches": {"activity.teaches"},
    "act:energy": {"activity.energy"},
}  # fmt: skip
_DATA = {"fact", "change"}


#: A count in a lesson ("how to cook for 200 without panicking", "talking to 300 at once"):
#: how many people or things, not an amount, when no unit, money or period follows it.
_LESSON_COUNT = re.compile(
    r"\b(?:for|to|of|feed(?:ing)?|serv(?:e|ing)|with)\s+(?:up to |over |about |around )?"
    r"\d{2,}(?![\d.,])(?!\s*(?:k\b|%|[£$€]|grand\b|quid\b|bucks\b|euros?\b|pounds?\b|"
    r"dollars?\b|hours?\b|hrs?\b|h\b|mins?\b|minutes\b|an?\s+(?:year|month|week|day)\b|"
    r"per\b|/|each\b))",
    re.I,
)


def _unlimited(reading: Reading) -> str:
    """The reading's text without the hours that bound a limit, when it is a constraint, or
    without the counts of people or things, when it is a lesson."""
    text = str(reading.value or "")
    if reading.field == "activity.teaches":
        return _LESSON_COUNT.sub(" ", text)
    return _BOUND_HOURS.sub(" ", text) if reading.field == "capacity.constraints" else text


@dataclass
class Sifted:
    """The readings that may be acted on, and what was left out and why."""

    readings: list[Reading]
    notes: list[str] = field(default_factory=list)
    skip: bool = False
    dropped: int = 0
    #: The subjects given two different figures for one field (several things run together).
    torn: set[str] = field(default_factory=set)
    #: The figures left out as two for one field of one thing, when there was one such pair.
    torn_figures: list[Reading] = field(default_factory=list)


def sift(readings: list[Reading], ask: str, text: str) -> Sifted:
    """The readings of a message without those that must not be stored (see the module)."""
    skip = any(r.act == "skip" for r in readings) or _declines(text)
    # "Can we skip?" asks to skip, it asks nothing of the guidance.
    readings = [r for r in readings
                if not (r.act == "question" and _SKIP_WORDS.search(r.span))]  # fmt: skip
    questions = [r for r in readings if r.act == "question"]
    if questions and _one_question(text):
        # A message that is one question asks: nothing in it is data, a wish or a change.
        kept = [r for r in readings if r.act not in {"fact", "change", "wish"}]
        return Sifted(kept, skip=skip, dropped=len(readings) - len(kept))
    out = Sifted([r for r in readings if not _about_planning(r)], skip=skip)
    rules: list[tuple[Callable[[Reading], bool], str]] = [
        (lambda r: _from_question(r, questions, text), ""),
        (lambda r: skip and _asked(r, ask) and _declined_where_said(r, text), ""),
        (lambda r: r.field in TEXT_FIELDS and bool(_FIGURE.search(_unlimited(r))), FIGURE_IN_TEXT),
        (lambda r: r.field in TEXT_FIELDS and _yes_or_no(str(r.value or "")), YES_NO_IN_TEXT),
        # "done" or "that's all" ends a list; it is no skill, lesson or limit
        (lambda r: r.field in TEXT_FIELDS and list_end.only_closes_list(text), ""),
        (lambda r: _of_work(r) and others_work.told_of_another(text), others_work.LEFT_OUT),
    ]  # fmt: skip
    for rule, note in rules:
        kept = [r for r in out.readings if not (r.act in _DATA and rule(r))]
        if len(kept) < len(out.readings) and note:
            out.notes.append(note)
        out.dropped += len(out.readings) - len(kept)
        out.readings = kept
    _two_figures(out, text)
    return out


def _of_work(reading: Reading) -> bool:
    """True for a work named or a figure or label of one."""
    return reading.field == "activity" or (reading.field or "").startswith("activity.")


def _declined_where_said(reading: Reading, text: str) -> bool:
    """True unless the reading was said in a sentence of its own that declines nothing while
    the sentence that declines names another figure: "About 90,000 saved. I'd rather not go
    into the spending, skip it." gives the savings and skips the spending only; "I'd rather
    not go into savings. $3,100 a month." declines the savings whatever figure follows."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    span = (reading.span or "").casefold().strip()
    own = [s for s in sentences if span and span in parse.normalise(s).casefold()]
    if len(sentences) < 2 or len(own) != 1 or _declines(own[0]):
        return True
    said = _FIELD_WORDS.get(str(reading.field))
    declining = " ".join(s for s in sentences if _declines(s))
    others = [w for f, w in _FIELD_WORDS.items() if f != reading.field and w.search(declining)]
    return not others or (said is not None and bool(said.search(declining)))


#: Words that name a figure of the capacity question: a sentence declining one names it.
_FIELD_WORDS = {
    "capacity.cash_buffer": re.compile(r"\b(?:sav\w*|bank|buffer|put by|put aside|nest egg)", re.I),
    "capacity.monthly_spending": re.compile(
        r"\b(?:spend\w*|outgoings|expenses|bills|costs|household)", re.I
    ),
}


def _declines(text: str) -> bool:
    """True when the message declines the question: skip words anywhere, or a sentence that
    is only "no idea" / "I don't know" once the hesitation before it is set aside; doubt
    said before a figure ("no idea. 45 maybe") answers with doubt, it declines nothing."""
    if acts.hedged_figure(text):
        return False
    if _SKIP_WORDS.search(text):
        return True
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        bare = _FILLER_START.sub("", sentence).strip()
        short = len(bare.split()) <= _SKIP_WORDS_MAX and not re.search(r"\d", bare)
        if bare and short and parse.intent(bare)[0] is parse.Intent.SKIP:
            return True
    return False


#: What may follow a yes or a no and still leave it bare ("yes please", "no thanks").
#: What may follow a yes and still only agree ("yes that's fine", "ok go on", "yes, that works").
_POLITE = re.compile(
    r"(?:[\s,.!]+(?:please|thanks|thank you|sure|yes|no|ok|okay|fine|good|great|cool|"
    r"(?:that'?s|that is|it'?s|it is|all) (?:fine|good|great|ok|okay)|go on|go ahead|carry on|"
    r"that works|sounds (?:fine|good|great)))*[\s.!]*$"
)


def _yes_or_no(value: str) -> bool:
    """True for a value that is only a yes or a no ("Yes", "ok sure", "nope", "sounds fine")."""
    low = parse.normalise(value).strip(" .!?")
    if low and approval.approves(low):
        return True  # "sounds fine", "looks good!": a yes said as a judgement
    if not low or parse.parse_yes_no(low) is None:
        return False
    first = re.match(r"[\w']+", low)
    return bool(first) and bool(_POLITE.fullmatch(low[first.end() if first else 0 :]))


def _one_question(text: str) -> bool:
    """True for a message of one sentence that ends with a question mark; a statement ending
    on a question of how it sounds ("£6,000 saved, is that bad?") is a statement and a
    question, as if said in two sentences."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip(" .!?")]
    tagged = _TAG_QUESTION.search(text.strip())
    if tagged and "?" not in text.strip()[: tagged.start()]:
        return False
    return len(sentences) == 1 and text.strip().endswith("?")


#: A question after a comma that asks how what was just said sounds, and nothing else.
_TAG_QUESTION = re.compile(
    r"[,;-]\s*(?:(?:is|was|does|would|sounds?)\s+(?:that|this|it)\s+(?:\w+\s+)?"
    r"(?:bad|ok|okay|alright|enough|too\s+(?:much|many|little|few|low|high)|normal|fine|"
    r"reasonable|realistic|right|correct|low|high|a\s+lot|weird|terrible|good|crazy|silly|"
    r"sensible|possible|work)|(?:right|ok|okay|yeah|no)|is\s+that\s+(?:a\s+)?problem)\s*\?+$",
    re.IGNORECASE,
)


def _about_planning(reading: Reading) -> bool:
    if reading.act != "wish" or reading.remove:
        return False
    return names.words(str(reading.subject or "")) <= _PLANNING


def _told_apart(reading: Reading, text: str) -> bool:
    """True when work, or an answer in words, is said in a sentence of its own, apart from the
    question the message ends with: a story told before a question, not words of the question."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s.strip(" .!?")]
    span = (reading.span or "").casefold().strip()
    own = [s for s in sentences if span and span in parse.normalise(s).casefold()]
    return len(sentences) > 1 and len(own) == 1 and "?" not in own[0]


def _from_question(reading: Reading, questions: list[Reading], text: str = "") -> bool:
    """True for a fact read from a question's words, or any text answer beside a question."""
    if not questions:
        return False
    if reading.field == "activity" and _told_apart(reading, text):
        return False  # "paramedic in Halifax, ... want to build it up. where do I start?"
    if reading.field in TEXT_FIELDS:
        # "Thursdays are mum's day. Why do you need this?": the answer, then a question of its
        # own; "What counts? My shifts change." asks first, and what follows is about it
        return not (text.strip().endswith("?") and _told_apart(reading, text))
    said = reading.span.strip().casefold()
    return bool(said) and any(said in q.span.casefold() for q in questions if q.span)


def _asked(reading: Reading, ask: str) -> bool:
    """True when the reading answers the open question (which the person declined)."""
    kind = asks.kind(ask)
    if reading.field not in _ASKED.get(kind, set()):
        return False
    subject = asks.work(ask)
    return not subject or not reading.subject or names.same(reading.subject, subject)


def _key(r: Reading) -> tuple[str, str]:
    return (str(r.field), (r.subject or "").casefold())


#: Words with which a message takes back a figure it has just said.
_SELF_CORRECTED = re.compile(
    r"\b(?:actually|i mean|i meant|sorry|wait|make (?:it|that)|correction|or rather|"
    r"scratch that)\b",
    re.I,
)


def _two_figures(out: Sifted, text: str) -> None:
    """Two different values for one field of one thing: neither is stored, unless the message
    corrects itself in words ("44, no sorry, 40"; "not 44, 40"): then the one change is."""
    seen: dict[tuple[str, str], set[Any]] = {}
    for r in out.readings:
        # a figure whose owner is in doubt is asked about on its own, no rival of the owner's
        doubted = r.note == "whose figure?" and not r.confident
        if r.act in _DATA and r.field and r.field not in TEXT_FIELDS and not doubted:
            seen.setdefault(_key(r), set()).add(r.value)
    torn = {k for k, values in seen.items() if len(values) > 1}
    if not torn:
        return
    changes = {k: [r for r in out.readings if r.act == "change" and _key(r) == k] for k in torn}
    corrects = not text or remarks.correcting(text) or bool(_SELF_CORRECTED.search(text))
    keep = {id(c[0]) for c in changes.values() if len(c) == 1 and corrects}
    torn = {k for k in torn if id(changes[k][0] if changes[k] else None) not in keep}
    pair = [r for r in out.readings if _key(r) in torn] if len(torn) == 1 else []
    before = len(out.readings)
    out.readings = [r for r in out.readings if id(r) in keep or (
        _key(r) not in torn and _key(r) not in changes)]  # fmt: skip
    out.dropped += before - len(out.readings)
    out.torn = {subject for _fld, subject in torn}
    out.torn_figures = pair if len({r.value for r in pair}) == 2 else []
    if not torn:
        return
    what = ", ".join(sorted(f"{f.rsplit('.', 1)[-1].replace('_', ' ')}" + (f" of {s}" if s else "")
                            for f, s in torn))  # fmt: skip
    out.notes.append(f"I heard two different figures for the {what}, so I left them out; "
                     "which is it?")  # fmt: skip
