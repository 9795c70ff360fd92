"""What the dialog hears in a message: the readings it trusts, re-aimed and completed (pure).

Before the dialog manager decides anything, the readings of a message are
- re-aimed where the message itself says what they are about: a correction's figure goes to
  the figure it takes back (:mod:`agent.interviewer.refer`), hours said beside a capacity word
  at the capacity question are the capacity, an answer at "what does X teach you?" that reads
  as a question is the answer;
- completed with what the reading missed: a question back worded as one (answered from the
  guidance, never stored), a stream asked for in words at or after the streams proposal
  (:mod:`agent.interviewer.intents`), how steady an activity is said beside its figures;
- screened (:mod:`agent.interviewer.trust`, :mod:`agent.interviewer.guards`): asides, names
  that are no names, text that answers nothing, a capacity said in passing, facts from a
  question's words, two figures for one field. A new name whose figures clash (several
  activities run together: "jobs 32 hrs 41k college 6 hrs") is not recorded either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from agent.interviewer import (
    guards,
    intents,
    namelike,
    names,
    parse,
    refer,
    remarks,
    terse,
    trust,
    unnamed,
)
from agent.interviewer.reading import asks
from agent.interviewer.reading.clauses import normalise
from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

#: Questions at which the proposal is on the table or the streams are in the plan: a stream
#: asked for in words is a wish there.
WISH_ASKS = frozenset({"streams", "blocks", "loops", "review", "finalise", "forecast", "export",
                       "done"})  # fmt: skip
#: Questions whose answer is the person's own words (a question there needs its mark).
TEXT_ASKS = ("constraints", "skills", "excited", "underused", "core", "act:teaches:")
_DATA = {"fact", "change"}
GLUED = ("I couldn't tell your activities apart in that, so I left them out; could you give "
         "them one at a time, each with its hours and income?")  # fmt: skip


@dataclass
class Heard:
    """The readings to act on, and what was left out and why."""

    readings: list[Reading]
    notes: list[str] = field(default_factory=list)
    skip: bool = False
    dropped: int = 0
    #: The answer says it cannot be put in words ("hard to say"): the question is asked again.
    vague: bool = False
    #: The message steps away ("brb, meeting"): nothing in it is stored.
    aside: bool = False
    #: Names were left out: a list may hold more than was recorded.
    lost: bool = False
    #: Two figures said for one field of one thing, both left out and asked which it is.
    torn: list[Reading] = field(default_factory=list)


def hear(readings: list[Reading], ask: str, plan: Plan, text: str,
         declined: tuple[list[Any], ...] = ()) -> Heard:  # fmt: skip
    """The readings of ``text`` (read at question ``ask``) that the dialog acts on;
    ``declined`` are figures the person turned down when asked back (not asked again)."""
    readings = [r for r in _capacity_named(_taught(readings, ask, text), ask)
                if not _declined(r, declined)]  # fmt: skip
    readings = _capacity_change(refer.retarget(readings, text, plan), ask, plan, text)
    aimed_back = _not_taken_back(readings, plan, text, ask)
    elsewhere, readings = len(readings) - len(aimed_back), aimed_back
    readings = _questions(readings, ask, text)
    readings = _feasible(_wished(_unhyphened(readings, text, ask), ask, plan, text))
    screened = trust.screen(readings, ask, plan, text)
    if screened.aside:
        return Heard(screened.readings, aside=True, dropped=screened.dropped)
    aimed = _off_subject(screened.readings, ask, plan, text)
    screened.dropped += len(screened.readings) - len(aimed)
    sifted = guards.sift(aimed, ask, text)
    kept = _untorn(sifted.readings, sifted.torn, plan, text)
    notes = list(sifted.notes)
    lost = bool(screened.lost or sifted.torn)
    if len(kept) < len(sifted.readings):
        notes.append(GLUED)
    kept = _as_wishes(_with_labels(kept, ask, plan, text), ask, plan)
    listed = _terse(kept, ask, plan, text)
    if listed is not None:
        kept, notes = listed, [n for n in notes if n != GLUED]
    dropped = sifted.dropped + screened.dropped + elsewhere
    torn = sifted.torn_figures if sifted.torn else []
    return Heard(kept, notes, sifted.skip, dropped, screened.vague, lost=lost, torn=torn)


def _capacity_change(readings: list[Reading], ask: str, plan: Plan, text: str) -> list[Reading]:
    """Without a change of the weekly capacity that nothing in the message ties to it: away
    from the capacity question it needs a word of total or limit ("make my capacity 38h") or
    the capacity on record taken back ("45, not 48"); "correction freelance is 5h not 6" is
    not about the capacity."""
    if ask == "capacity":
        return readings
    ref = refer.referenced(text, plan)
    tied = ref is not None and ref[0] == "capacity.hours_per_week"
    plain = normalise(text)  # "capaciity" is the capacity
    return [r for r in readings if tied or not (
        r.act == "change" and r.field == "capacity.hours_per_week"
        and not remarks.capacity_said(r.span, text)
        and not remarks.capacity_said(r.span, plain))]  # fmt: skip


_ACTIVITY_FIGURES = {"activity.hours_per_week": "hours_per_week",
                     "activity.annual_revenue": "annual_revenue"}  # fmt: skip


def _not_taken_back(readings: list[Reading], plan: Plan, text: str, ask: str) -> list[Reading]:
    """Without a change of a recorded activity's figure that the message neither names nor
    takes back: "guides did £4,200 last year, not 3.6k" while the college job (7,200 a year) is
    asked about takes back a figure the college job does not hold, so it is about something
    else; it is never stored on the college job (the figure is asked about instead). So is a
    change said of work by words the plan does not hold ("actually the bakery brings 2k a
    month" while the phone repairs' steadiness is asked about): it is asked which work it is
    for, unless it answers the open question for that figure of that work."""
    kind, asked = _asked(ask)
    out = []
    for r in readings:
        fld = _ACTIVITY_FIGURES.get(str(r.field))
        known = names.find(r.subject, [a.name for a in plan.activities]) if fld else None
        activity = next((a for a in plan.activities if a.name == known), None)
        if (
            r.act == "change" and fld and activity is not None
            and activity.given(fld)  # type: ignore[arg-type]
            and not names.mentioned(activity.name, text)
            and (not refer.holds_taken_back(text, float(getattr(activity, fld)), str(r.field))
                 or (unnamed.names_work(text) and not _answers(kind, asked, activity)))
        ):  # fmt: skip
            continue
        out.append(r)
    return out


def _asked(ask: str) -> tuple[str, str]:
    """The kind of an activity question and the work it is about ("act:hours:Tutoring" gives
    "hours" and "Tutoring"); empty for any other question."""
    kind, _, asked = ask.partition(":")[2].partition(":")
    return kind, asked


def _answers(kind: str, asked: str, activity: Any) -> bool:
    """True when the open question asks for a figure of ``activity`` (its hours or income;
    either may answer it)."""
    return kind in {"hours", "revenue"} and names.same(asked, activity.name)


#: The fields each question about one activity asks for (a figure beside them is an answer).
_ASKED_FIELDS = {
    "act:hours": {"activity.hours_per_week", "activity.annual_revenue", "activity.volatility"},
    "act:revenue": {"activity.hours_per_week", "activity.annual_revenue", "activity.volatility"},
    "act:volatility": {"activity.volatility", "activity.annual_revenue"},
    "act:teaches": {"activity.teaches"},
    "act:energy": {"activity.energy"},
}


#: What a correction says it is about ("a correction to the audits", "update on the zine").
_ABOUT = re.compile(
    r"\b(?:correction|update|change)s?\s+(?:to|about|on|for|regarding)\s+(?:the\s+|my\s+|our\s+)?"
    r"([a-z][\w'-]+)",
    re.I,
)


def _off_subject(readings: list[Reading], ask: str, plan: Plan, text: str) -> list[Reading]:
    """Without a correction's figure aimed at an activity the message does not name, for a
    field the open question does not ask ("one correction about the newsletter: £600 a month
    now" while the editorial work's energy is asked): it is asked about, never stored there."""
    if not (remarks.correcting(text) or refer.updating(text)):
        return readings
    kind, asked = _asked(ask)
    fields = _ASKED_FIELDS.get(f"act:{kind}", set()) if ask.startswith("act:") else set()
    known = [a.name for a in plan.activities]

    about = _ABOUT.search(text)

    def off(r: Reading) -> bool:
        if r.act not in _DATA or not str(r.field).startswith("activity."):
            return False
        if r.note == refer.TAKEN_BACK:  # "..., not 38.000": the figure taken back names it
            return False
        subject = names.find(r.subject, known) or r.subject or asked
        if not subject or names.mentioned(subject, text):
            return False
        if about and not names.mentioned(subject, about.group(1)):
            return True  # "one correction to the audits: ..." is about the audits
        return not (asked and names.same(subject, asked) and r.field in fields)

    return [r for r in readings if not off(r)]


def _terse(readings: list[Reading], ask: str, plan: Plan, text: str) -> list[Reading] | None:
    """At the activities question, a terse list the reading found no activity in: the names
    said before each hours figure, and only those (their figures are asked plainly)."""
    if ask != "activities" or any(r.field == "activity" for r in readings):
        return None
    found = terse.names(text)
    known = [a.name for a in plan.activities]
    fresh = [n for n in found if not names.find(n, known)]
    if not fresh:
        return None
    kept = [r for r in readings if not (r.act in _DATA and r.field and
            r.field.startswith("activity") and not names.find(r.subject, known))]  # fmt: skip
    return [*(Reading("fact", field="activity", value=n, span=n) for n in fresh), *kept]


def _declined(reading: Reading, declined: tuple[list[Any], ...]) -> bool:
    """True for a figure the person already turned down for the same field and subject."""
    if reading.act != "fact" or not isinstance(reading.value, int | float):
        return False
    return any(
        reading.field == fld and isinstance(value, int | float)
        and abs(float(reading.value) - float(value)) < 0.01
        and (not subject or not reading.subject or names.same(reading.subject, str(subject)))
        for fld, subject, value in declined
    )  # fmt: skip


def _questions(readings: list[Reading], ask: str, text: str) -> list[Reading]:
    """Questions the reading took from a request are none ("can we say 37?") when something
    else was read from the message (the request itself); a request nothing was read from ("why
    not more hours on the guides") is a question, answered rather than passed over. A question
    the reading missed is added ("define leverage stream", "..., is my plan broken?")."""
    data = any(r.act in {"fact", "change", "wish", "confirm"} for r in readings)
    kept = [r for r in readings
            if not (r.act == "question" and data and intents.request(r.span))]  # fmt: skip
    if any(r.act == "question" for r in kept):
        return kept
    asked = intents.question(text, bare=not ask.startswith(TEXT_ASKS))
    if not asked and not data and _asks_term(text):
        asked = text.strip()
    return [*kept, Reading("question", span=asked)] if asked else kept


#: The planner's own words a person may ask about, in short ("leverage stream =").
_TERMS = ("leverage", "anchor", "stream", "seed", "portfolio")
#: A sign of asking beside a term: an equals sign, a question mark, or a word that asks.
_ASKING_SIGN = re.compile(r"=|\?|\b(?:what|whats|means?|meaning|exactly|define|explain)\b", re.I)


def _asks_term(text: str) -> bool:
    """True for a short message that names one of the planner's words, typed with a slip or
    not, beside a sign of asking ("leeverage = what exactly", "Whhat means leverage steram,
    exactly?"): a question about the word, never nothing to record."""
    said = re.findall(r"[a-z]+", text.casefold())
    if len(said) > 8 or not _ASKING_SIGN.search(text):
        return False
    return any(w == t or (len(w) >= 5 and names.one_typo(w, t)) for w in said for t in _TERMS)


_HOURS = frozenset({"activity.hours_per_week", "capacity.hours_per_week", "stream.target_hours"})
#: Whether what was just asked for can be had: "is it possible?", "would that work?".
_POSSIBLE = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:is|would|could|will|does|can)\s+(?:it|that|this|i|we|you)\s+"
    r"(?:be\s+)?(?:possible|ok(?:ay)?|fine|doable|feasible|work|allowed|fit|do (?:it|that)|"
    r"have (?:it|that)|manage)\W*$",
    re.I,
)


def _unhyphened(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """A wish read from the end of a hyphened word ("start-up studio mentoring, 2 hrs" is no
    wish to start "up studio mentoring"): the verb was part of the name, which is whole again;
    before the streams it is an activity told with its hours."""
    out: list[Reading] = []
    for r in readings:
        said = re.escape(str(r.subject or "").casefold())
        whole = re.search(rf"\b[a-z]+-{said}\b", text.casefold()) if said else None
        if r.act != "wish" or whole is None:
            out.append(r)
        elif ask in WISH_ASKS:
            out.append(replace(r, subject=whole.group(0)))
        else:
            out.append(Reading("fact", field="activity", value=whole.group(0), span=r.span))
            if r.hours is not None:
                out.append(Reading("fact", field="activity.hours_per_week", value=r.hours,
                                   subject=whole.group(0), span=r.span))  # fmt: skip
    return out


def _feasible(readings: list[Reading]) -> list[Reading]:
    """Beside a wish, a question whether it can be had ("..., 3 hours per week. Is it
    possible?") is no question for the guidance: the wish's reply says what the rules allow."""
    if not any(r.act == "wish" for r in readings):
        return readings
    return [r for r in readings if not (r.act == "question" and _POSSIBLE.match(r.span))]


def _said_as(subject: str, text: str) -> bool:
    """True when a stream's name is only what it is said to be ("..., 3 hrs/wk as a trial"):
    a role or a trial, not the stream's name."""
    said = re.escape(subject.casefold())
    return bool(re.search(rf"\bas (?:a |an |my )?{said}\W*$", text.casefold().strip()))


def _wished(readings: list[Reading], ask: str, plan: Plan, text: str) -> list[Reading]:
    """At or after the streams proposal, a stream asked for in words with its hours is a wish,
    whatever the reading made of its hours ("I would like to build a finance-for-founders
    course; 4 hours a week": not 4 h of finance director work)."""
    if ask not in WISH_ASKS:
        return readings
    good = [r for r in readings if r.act == "wish" and (r.remove or (
        r.subject and namelike.name(str(r.subject))
        and not _said_as(str(r.subject), text)))]  # fmt: skip
    if good:
        return [replace(r, subject=intents.stream_name(str(r.subject)))
                if r in good and r.subject and not r.remove else r
                for r in readings if r.act != "wish" or r in good]  # fmt: skip
    found = intents.wished(text) or intents.wished(normalise(text))  # "wannt to make ..."
    if found is None:
        return readings
    said, hours, role = found
    said = intents.short_name(said)
    streams = [s.name for s in plan.streams]
    if names.find(said, streams) or namelike.name(said) is None:
        return readings
    kept = [
        r
        for r in readings
        if r.act not in {"wish", "question"}
        and not (
            r.act in _DATA
            and (
                r.field == "activity"
                or (r.field in _HOURS and isinstance(r.value, int | float) and r.value == hours)
            )
        )
    ]
    return [Reading("wish", subject=said, hours=hours, role=role, span=text), *kept]


def _untorn(readings: list[Reading], torn: set[str], plan: Plan, text: str) -> list[Reading]:
    """Without a new name whose figures clashed and whose words the message does not say
    together ("jobs college guides sell" from "jobs 32 hrs 41k college 6 hrs ..."), nor
    anything said of it; a name said as such keeps its place (only its clashing figures go)."""
    known = [a.name for a in plan.activities]
    said = " ".join(re.findall(r"[a-z0-9']+", text.casefold()))
    glued = {t for t in torn if t and not names.find(t, known)
             and " ".join(re.findall(r"[a-z0-9']+", t.casefold())) not in said}  # fmt: skip
    if not glued:
        return readings
    return [r for r in readings if not any(
        (r.field == "activity" and names.same(str(r.value), g)) or
        (r.subject and names.same(r.subject, g)) for g in glued)]  # fmt: skip


_HOURS_FIELDS = frozenset({"activity.hours_per_week", "capacity.hours_per_week",
                           "stream.target_hours"})  # fmt: skip


def _as_wishes(readings: list[Reading], ask: str, plan: Plan) -> list[Reading]:
    """Readings of a stream asked for, gathered into the wish: the hours said beside a wish
    go to the wished stream; at the streams proposal, an activity the plan does not hold,
    named with its hours, is a stream the person wants ("want a course stream 4h/wk")."""
    known = [a.name for a in plan.activities]
    if ask == "streams" and not any(r.act == "wish" for r in readings):
        new = [r for r in readings if r.act == "fact" and r.field == "activity"
               and names.find(str(r.value), known) is None]  # fmt: skip
        if len(new) == 1:
            made = Reading("wish", subject=str(new[0].value), span=new[0].span)
            readings = [made if r is new[0] else r for r in readings]
    changed = any(r.act in _DATA and str(r.field).startswith("stream.") for r in readings)
    if changed:  # "make X 25 hours, I want to go big on it": the wish is that change
        readings = [r for r in readings if not (r.act == "wish" and not r.remove and
                    r.hours is None and r.share is None and r.role is None)]  # fmt: skip
    wish = next((r for r in readings if r.act == "wish" and not r.remove and r.hours is None),
                None)  # fmt: skip
    hours = [r for r in readings if r.act in _DATA and r.field in _HOURS_FIELDS]
    if wish is None or len(hours) != 1 or names.find(hours[0].subject, known):
        return readings
    said = hours[0]
    glued = Reading(**{**wish.__dict__, "hours": float(said.value or 0)})
    gone = {id(said)} | {id(r) for r in readings if r.act == "fact" and r.field == "activity"
                         and said.subject and names.same(str(r.value), said.subject)}  # fmt: skip
    return [glued if r is wish else r for r in readings if id(r) not in gone]


#: Words that name a weekly capacity, not an activity ("45 hours is my real ceiling").
_CAPACITY_WORDS = frozenset({"ceiling", "limit", "max", "maximum", "total", "capacity",
                             "availability", "hour", "week", "real", "absolute", "most",
                             "top", "upper", "cap", "budget"})  # fmt: skip


def _capacity_named(readings: list[Reading], ask: str) -> list[Reading]:
    """At the capacity question, hours given to a "new activity" whose name only names a
    capacity ("my real ceiling") are the capacity."""
    if ask != "capacity" or any(r.field == "capacity.hours_per_week" for r in readings):
        return readings
    named = {str(r.value) for r in readings if r.act == "fact" and r.field == "activity"
             and names.words(str(r.value)) <= _CAPACITY_WORDS}  # fmt: skip
    hours = [r for r in readings if r.field == "activity.hours_per_week"
             and (r.subject in named or not r.subject)]  # fmt: skip
    if len(hours) != 1 or not named:
        return readings
    capacity = Reading("fact", field="capacity.hours_per_week", value=hours[0].value,
                       span=hours[0].span)  # fmt: skip
    kept = [r for r in readings if r is not hours[0] and not (
        r.field == "activity" and str(r.value) in named)]  # fmt: skip
    return [capacity, *kept]


def _taught(readings: list[Reading], ask: str, text: str) -> list[Reading]:
    """What an activity teaches is often said as "how kids learn": at that question, a
    message with no question mark read only as a question is the answer."""
    if not ask.startswith("act:teaches:") or "?" in text or len(readings) != 1:
        return readings
    if readings[0].act != "question":
        return readings
    answer = text.strip().rstrip(".!")
    return [Reading("fact", field="activity.teaches", value=answer,
                    subject=asks.work(ask), span=text)]  # fmt: skip


def _with_labels(readings: list[Reading], ask: str, plan: Plan, text: str) -> list[Reading]:
    """An answer about the asked activity's hours or income that also says how steady it is
    ("15 hours, 18k a year, steady"): the label is read by its words when the reading left it
    out and the message names no other activity."""
    if not ask.startswith(("act:hours:", "act:revenue:")):
        return readings
    asked = asks.work(ask)
    others = [a.name for a in plan.activities if a.name != asked]
    mine = [r for r in readings if r.act in _DATA and r.field and r.field.startswith("activity.")]
    if not mine or any(r.field == "activity.volatility" for r in mine):
        return readings
    if any(r.subject and not names.same(r.subject, asked) for r in mine) or any(
        o.casefold() in text.casefold() for o in others
    ):
        return readings
    label = parse.parse_volatility(text)
    if label is None:
        return readings
    return [*readings, Reading("fact", field="activity.volatility", value=label, subject=asked)]
