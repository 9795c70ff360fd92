"""The dialog manager: what to do with the readings of one message, whatever question is open.

Pure (no LangChain): readings in, a :class:`Decision` out: the tool calls that record facts in
their own fields (``record``), the wishes and stream changes (``wishes``), questions back to
confirm before anything is stored, a question to answer from the guidance, or a reply when
there is nothing to record. The interviewer then asks the first question still open, so a
person who tells their story up front skips the questions already answered.

Rules, precision first:
- never store what was not understood: a message with nothing to record is answered ("No
  problem ...") and the open question asked again; a question back never becomes data;
- a figure already given is not overwritten without a yes; a change said as such is made;
- a reading below the confidence threshold is asked back before it is stored;
- answers to the proposals and the closing steps (yes, "show me options", a date, a format)
  are left to the per-question reading in :mod:`agent.interviewer.flow` (``defer``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer import choices, factor_cues, guards, names, parse, record, wishes
from agent.interviewer.flow import call
from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

#: Questions whose answers (yes, a pick, a date, a format) the per-question reading handles.
PROPOSAL_ASKS = frozenset({"streams", "blocks", "loops", "review", "finalise", "forecast",
                           "export", "done"})  # fmt: skip
_DATA = {"fact", "change"}
#: Questions where "none" / "no" is an answer (no constraints, no skill excites).
NONE_ASKS = frozenset({"constraints", "excited", "underused"})
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))\b", re.I)
_ALL_LISTED = re.compile(
    r"^\s*(?:no(?:pe)?|nothing(?: else)?|none|that'?s (?:all|it|everything)|that is (?:all|it)|"
    r"just (?:those|that|these)|no(?:thing)? more|i think that'?s (?:all|it)|done)\b", re.I,
)  # fmt: skip
OFF_TOPIC = "No problem, nothing to record there."
HELLO = "Hello!"
ALREADY = "I have all of that already."


@dataclass
class Decision:
    """What one message leads to."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    settle: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reply: str = ""
    proposal: list[dict[str, Any]] | None = None
    confirm: list[dict[str, Any]] = field(default_factory=list)
    question: str = ""
    held: list[dict[str, Any]] | None = None
    wishes: list[dict[str, Any]] | None = None
    defer: bool = False
    skip: bool = False
    #: The message also says yes to the proposal on the table ("yes, and ...").
    agree: bool = False
    undo: bool = False

    @property
    def acts(self) -> bool:
        """True when the decision changes, proposes or asks something."""
        return bool(self.calls or self.settle or self.confirm or self.question
                    or self.proposal is not None)  # fmt: skip


@dataclass(frozen=True)
class Context:
    """Where the conversation stands when the message arrives."""

    ask: str
    plan: Plan
    settled: frozenset[str]
    today: dt.date
    proposal: tuple[dict[str, Any], ...] = ()
    held: tuple[dict[str, Any], ...] = ()
    wishes: tuple[dict[str, Any], ...] = ()


def decide(readings: list[Reading], ctx: Context, text: str = "") -> Decision:
    """The decision for a message read as ``readings`` (see the module for the rules), with
    the risk factors it says two activities share asked back (``factor_cues``)."""
    quiet = frozenset({OFF_TOPIC, HELLO, ALREADY})
    return factor_cues.offer(_decide(readings, ctx, text), text, ctx.plan, quiet)


def _decide(readings: list[Reading], ctx: Context, text: str) -> Decision:
    removed = _removal(text, ctx)
    if removed is not None:
        return removed
    if ctx.ask == "streams" and choices.wants_options(text):
        return Decision(defer=True)  # "show me options": the proposal's own step
    readings = _capacity_named(_taught(readings, ctx.ask, text), ctx)
    sifted = guards.sift(readings, ctx.ask, text)
    readings = _as_wishes(_with_labels(sifted.readings, ctx, text), ctx)
    acts = {r.act for r in readings}
    streams = wishes.stream_readings(readings)
    questions = [r for r in readings if r.act == "question"]
    data = [r for r in readings if r.act in _DATA and r not in streams]
    if not (data or streams or questions):
        if sifted.skip:
            return Decision(skip=True)
        if sifted.dropped:  # a figure in text, two figures, or a question's words: not stored
            return Decision(reply=" ".join(sifted.notes) or OFF_TOPIC)
        return _no_data(acts, ctx, text)
    decision = Decision(question=_question_text(questions), skip=sifted.skip)
    decision.notes += sifted.notes
    decision.agree = ctx.ask in PROPOSAL_ASKS and any(
        r.act == "confirm" and r.value is True for r in readings
    )
    if data:
        _record(data, ctx, decision)
    if streams:
        _streams(streams, ctx, decision)
    unsure = [r for r in readings if r.act == "wish" and not r.confident]
    if unsure:
        decision.notes.append("I wasn't sure which stream you meant, so I changed nothing "
                              "there; could you name it?")  # fmt: skip
    if not decision.acts and not decision.notes:
        decision.reply = ALREADY
    return decision


_REMOVE = re.compile(
    r"\b(?:remove|delete|drop|get rid of|scrap|cross out|take out)\b|\bnot (?:one of )?my "
    r"activit|\b(?:is not|isn'?t|not) an activity\b|\bnot something i do\b", re.I,
)  # fmt: skip


_HOURS_FIELDS = frozenset({"activity.hours_per_week", "capacity.hours_per_week",
                           "stream.target_hours"})  # fmt: skip


def _as_wishes(readings: list[Reading], ctx: Context) -> list[Reading]:
    """Readings of a stream asked for, gathered into the wish: the hours said beside a wish
    go to the wished stream; at the streams proposal, an activity the plan does not hold,
    named with its hours, is a stream the person wants ("want a course stream 4h/wk")."""
    known = [a.name for a in ctx.plan.activities]
    if ctx.ask == "streams" and not any(r.act == "wish" for r in readings):
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


def _removal(text: str, ctx: Context) -> Decision | None:
    """Taking an activity out in words ("'Has grown to' is not one of my activities, remove
    it"), while the audit is open."""
    audit = ctx.ask == "activities" or ctx.ask.startswith("act:")
    if not (audit and ctx.plan.activities and _REMOVE.search(text)):
        return None
    quoted = re.findall(r"['\"‘“]([^'\"’”]{2,80})['\"’”]", text)
    known = [a.name for a in ctx.plan.activities]
    found = {n for q in quoted if (n := names.find(q, known))}
    if not found:
        low = text.casefold()
        found = {n for n in known if n.casefold() in low}
    if len(found) != 1:
        return None
    name = found.pop()
    return Decision(calls=[call("remove_activity", name=name)])


def _no_data(acts: set[Any], ctx: Context, text: str) -> Decision:
    """A message with no fact, change, wish or question: a skip, an undo, a yes or no to the
    open question, or nothing to record."""
    if "undo" in acts:
        return Decision(undo=True)
    if "skip" in acts:
        return Decision(skip=True)
    if ctx.ask == "activities" and ctx.plan.activities and _ALL_LISTED.match(text):
        return Decision(settle=["activities"])
    if ctx.ask in PROPOSAL_ASKS or "confirm" in acts:
        return Decision(defer=True)
    if ctx.ask in NONE_ASKS and parse.is_none_answer(text):
        return Decision(defer=True)  # "none" is an answer there
    label = _label_answer(ctx.ask, text)
    if label is not None:
        decision = Decision()
        _record([label], ctx, decision)
        return decision
    return Decision(reply=HELLO if _GREETING.match(text) else OFF_TOPIC)


#: Questions answered by one label, and how a short answer names it ("up and down").
_LABELS = {"context": ("context", parse.parse_context),
           "act:volatility": ("activity.volatility", parse.parse_volatility),
           "act:energy": ("activity.energy", parse.parse_energy)}  # fmt: skip
_SHORT = 8


#: Words that name a weekly capacity, not an activity ("45 hours is my real ceiling").
_CAPACITY_WORDS = frozenset({"ceiling", "limit", "max", "maximum", "total", "capacity",
                             "availability", "hour", "week", "real", "absolute", "most",
                             "top", "upper", "cap", "budget"})  # fmt: skip


def _capacity_named(readings: list[Reading], ctx: Context) -> list[Reading]:
    """At the capacity question, hours given to a "new activity" whose name only names a
    capacity ("my real ceiling") are the capacity."""
    if ctx.ask != "capacity" or any(r.field == "capacity.hours_per_week" for r in readings):
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
                    subject=ask.split(":", 2)[2], span=text)]  # fmt: skip


def _with_labels(readings: list[Reading], ctx: Context, text: str) -> list[Reading]:
    """An answer about the asked activity's hours or income that also says how steady it is
    ("15 hours, 18k a year, steady"): the label is read by its words when the reading left it
    out and the message names no other activity."""
    if not ctx.ask.startswith(("act:hours:", "act:revenue:")):
        return readings
    asked = ctx.ask.split(":", 2)[2]
    others = [a.name for a in ctx.plan.activities if a.name != asked]
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


def _label_answer(ask: str, text: str) -> Reading | None:
    """A short answer to a question that asks for one label, read by its words ("it varies",
    "love it", "I'm caring for my mum") when the reading found nothing in it."""
    kind = ":".join(ask.split(":")[:2]) if ask.startswith("act:") else ask
    if kind not in _LABELS or len(text.split()) > _SHORT or "?" in text:
        return None
    fld, read_label = _LABELS[kind]
    value = read_label(text)
    if value is None:
        return None
    subject = ask.split(":", 2)[2] if ask.startswith("act:") else None
    return Reading("fact", field=fld, value=value, subject=subject, span=text)


def _question_text(questions: list[Reading]) -> str:
    return " ".join(q.span.strip() for q in questions if q.span.strip())[:300]


def _record(data: list[Reading], ctx: Context, decision: Decision) -> None:
    done = record.record(data, ctx.plan, ctx.ask, set(ctx.settled), list(ctx.held))
    decision.calls += done.calls
    decision.settle += done.settle
    decision.notes += done.notes
    decision.held = done.held
    decision.confirm += [
        {"say": a.say, "calls": a.calls, "settle": a.settle, "fields": a.fields} for a in done.asks
    ]
    if done.unplaced:
        what = " and the ".join(dict.fromkeys(done.unplaced))
        example = ("'add a podcast stream, 2 hours a week'" if ctx.ask in PROPOSAL_ASKS
                   else "'10 hours a week for consulting'")  # fmt: skip
        decision.notes.append(
            f"I couldn't tell what that figure ({what}) is for, so I left it out; say it with "
            f"the name of what it is for, e.g. {example}."
        )


def _streams(streams: list[Reading], ctx: Context, decision: Decision) -> None:
    on_table = list(ctx.proposal) if ctx.ask == "streams" else []
    done = wishes.edit(streams, ctx.plan, on_table, ctx.today)
    decision.calls += done.calls
    decision.notes += done.notes
    if done.proposal is not None and done.proposal != on_table:
        decision.proposal = done.proposal
    kept = [*ctx.wishes, *done.wishes]
    if on_table:  # kept too, so a proposal made again (after a change) still holds them
        kept += [wishes.wish_dict(r) for r in streams if r.act == "wish" and not r.remove]
        gone = [r.subject for r in streams if r.act == "wish" and r.remove]
        kept = [w for w in kept if not any(names.same(str(w["stream"]), str(g)) for g in gone)]
    if kept != list(ctx.wishes):
        decision.wishes = kept
    if done.unplaced:
        decision.notes.append(f"I couldn't find {' or '.join(done.unplaced)}; name one of the "
                              "streams as it is written in the proposal.")  # fmt: skip
