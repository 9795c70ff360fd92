"""Between the interviewer and the dialog manager: reading a message against the state, and
putting the manager's decision into the state (which facts wait, what is asked back, the
proposal on the table) so the interviewer can make its calls and ask the next question.

Pure (no LangChain): the reader is a plain function ``(message, view, ask) -> [Reading]``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable
from typing import Any

from agent.interviewer import (
    bare_change,
    buffer_pair,
    carried,
    dialog,
    felt,
    guide,
    last_figure,
    list_header,
    namelike,
    names,
    parse,
    self_answered,
    several_changes,
    stream_orders,
    told_often,
    torn_answer,
)
from agent.interviewer.compose import offered_activities, proposal_kind
from agent.interviewer.flow import call
from agent.interviewer.reading import asks, clock_letters, produce, roles
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.types import CONFIDENT, PlanView, Reading, StreamView
from agent.interviewer.state import State
from agent.plan.models import Plan

Reader = Callable[[str, PlanView, str], list[Reading]]
#: Asks at which the manager is not consulted: their answers are read by their own steps.
OWN_STEPS = frozenset({"cv", "continue", "confirm"})


def default_reader() -> Reader | None:
    """The reading layer's ``read`` when this install has it, else ``None`` (the interviewer
    then reads each message as the answer to its open question)."""
    module = importlib.import_module("agent.interviewer.reading")
    found = getattr(module, "read", None)
    return found if callable(found) else None


def view_of(plan: Plan, state: State) -> PlanView:
    """What reading needs of the plan, with the streams of a proposal on the table."""
    view = PlanView.from_plan(plan)
    if proposal_kind(state.proposal) != "streams":
        return view
    proposed = tuple(
        StreamView(str(a["name"]), str(a["role"]), float(a["target_hours"]))
        for a in (c["args"] for c in state.proposal)
    )
    return PlanView(view.capacity, view.activities, view.skills, (*view.streams, *proposed))


def decide(
    reader: Reader, text: str, plan: Plan, state: State, ask: str, today: dt.date,
    *, revising: frozenset[str] = frozenset(), correcting: bool = False,
    asked: tuple[list[Any], ...] = (), spoken: str = "", torn: tuple[list[Any], ...] = (),
    spoken_here: bool = False,
) -> dialog.Decision:  # fmt: skip
    """Read ``text`` at question ``ask`` and decide what to do with it. ``revising`` are the
    fields a question back was about: a figure for one of them in the answer ("no, 42") is a
    change the person means; so is every figure of a message that opens as a correction
    ("sorry, consulting brings in 9k", ``correcting``). ``asked`` are the figures a question
    back was about (``[field, activity, value]``): an answer that says they belong to another
    activity ("no, that's my code reviews") records them there (:func:`moved_figures`).
    ``spoken`` is the work the message before spoke of: a lesson or feeling said of "it" is
    that work's (:mod:`carried`); ``spoken_here`` says it was read at this same question, so
    a label said out of turn next is that work's too."""
    view = view_of(plan, state)
    text = clock_letters.written_out(text)  # "10p-6a": clock times, never ten hours
    text = list_header.without_heading(text, ask)  # "SKILLS: sugarcraft | piping"
    text = produce.named_by_maker(text, view)  # "the milk money": the goat dairy's, by name
    text = self_answered.answer_part(text)  # "hours? about 25": the answer, not a question
    # "the beard oils are the 300 a month" after two incomes were asked which: its work's
    which = torn_answer.answered(text, list(torn), reader, view)
    readings = which or reader(text, view, ask)
    readings = several_changes.read_parts(readings, reader, text, view, ask)
    readings = buffer_pair.paired(readings, text, ask)  # "10k, 3k": savings, then spending
    works = [a.name for a in plan.activities]
    readings, orders = stream_orders.taken_out(readings, works, ask, text)  # "make X the anchor"
    # A correction naming no figure is of the last one given: guessed, so asked back first.
    guessed = last_figure.of_last_figure(readings, reader, text, view, state.settled, ask) if (
        correcting and not revising) else None  # fmt: skip
    if not (revising or correcting):  # a figure asked back about is meant to differ
        readings = side_activity(readings, reader, text, plan, ask)
    readings = moved_figures(readings, asked, view, text)
    readings = lesson_of_asked(readings, reader, text, view, ask)
    readings = felt.of_asked(readings, reader, text, view, ask)
    readings = felt.of_lesson_asked(readings, reader, text, view, ask)
    readings = [Reading(**{**r.__dict__, "act": "change"})
                if r.act == "fact" and (correcting or r.field in revising) else r
                for r in readings]  # fmt: skip
    said_of = carried.of_work_spoken_of(readings, reader, text, view, ask, spoken)
    if guessed is not None:
        ask, readings = guessed  # heard at the question the figure answered
    elif said_of is not None:
        ask, readings = said_of  # heard at that work's own question
    elif spoken_here:  # the message before spoke of other work at this same question
        readings = carried.labels_of_work_spoken_of(readings, text, view, ask, spoken)
    ctx = dialog.Context(
        ask=ask, plan=plan, settled=frozenset(state.settled_ids()), today=today,
        proposal=tuple(state.proposal) if proposal_kind(state.proposal) == "streams" else (),
        held=tuple(state.held), wishes=tuple(state.wishes), repeat=state.repeat,
        declined=tuple(state.declined), offered=tuple(offered_activities(plan, state)),
        limits=tuple(state.limits), often=tuple(state.often),
    )  # fmt: skip
    decision = dialog.decide(readings, ctx, text)
    if orders:
        stream_orders.tell(decision, orders)
    told = told_often.kept(readings) + told_often.alone(readings, text, ask)
    decision.often = told if decision.calls else []
    if which:  # an answer to a question back, no try at the open question
        decision.revised = True
        return decision
    if correcting or revising or not _unread_figures(decision, text, ask):
        return decision
    # Figures that went nowhere at this question ("36 hours at the hospital for 38k" while the
    # constraints are asked): read as a list of activities, they may name one with its own.
    listed = [r for r in reader(text, view, "activities") if (r.field or "").startswith("activity")]
    if ask == "context":  # named as at the setting question: the work, not where it is done
        listed = roles.without_workplace(listed, text)
    if not _new_with_figures(listed, view):
        return decision
    retry = dialog.decide(listed, ctx, text)
    return retry if retry.calls else decision


_HOURS_CARRIED = re.compile(r", [\d.]+ hours a week$")
_BARE_NUMBER = re.compile(
    r"^\W*(?:about|around|roughly|maybe|prob(?:ably)?|like|approx\.?)?\s*\d{1,2}(?=\W*$)", re.I
)
#: Paid every week of the year, said in words.
_ALL_YEAR = re.compile(r"\b(?:all (?:year|the year)(?: round)?|year[- ]round|every week)\b", re.I)


def with_fee(text: str, state: State, ask: str) -> str:
    """The message read with the fee said just before at the same question, when it gives
    only how often ("2 a month" after "£90 a party"); else the message as it is."""
    if len(state.fee) != 2 or state.fee[0] != ask:
        return text
    hourly = any(q.period == "hour" for q in find_quantities(state.fee[1]))
    if hourly and _HOURS_CARRIED.search(state.fee[1]):  # only the weeks were asked for
        text = _ALL_YEAR.sub("52 weeks a year", text)
        text = _BARE_NUMBER.sub(r"\g<0> weeks a year", text)  # "about 45": the weeks asked
    said = find_quantities(text)
    often = {"bare", "count", "freq", "hours", "weeks"} if hourly else {"bare", "count", "freq"}
    if not any(q.kind in often for q in said) or any(q.kind in {"money", "zero"} for q in said):
        return text
    return f"{state.fee[1].rstrip(' .,')}, {text}"


#: A message this long (in words) is a story, not one more thing said.
_SHORT_WORDS = 12


def _unread_figures(decision: dialog.Decision, text: str, ask: str) -> bool:
    """True when a short message with figures led to nothing at a question that asks for no
    activity (a story told at length is read whole already)."""
    audit = ask == "activities" or ask.startswith("act:") or ask in dialog.PROPOSAL_ASKS
    quiet = not (decision.acts or decision.question or decision.undo or decision.skip)
    short = len(text.split()) <= _SHORT_WORDS
    return quiet and short and not audit and bool(re.search(r"\d", text))


def _new_with_figures(readings: list[Reading], view: PlanView) -> bool:
    """True when ``readings`` name an activity not yet recorded, with a figure of its own that
    the reading is sure of: a guess ("costs £400" as a year's income) read at another question
    than the one asked is no reason to record work nobody named as work."""
    new = [str(r.value) for r in readings if r.field == "activity"
           and names.find(str(r.value or ""), view.activities) is None]  # fmt: skip
    return any(r.field in _FIGURES and r.subject and names.find(str(r.subject), new)
               and r.confidence >= CONFIDENT for r in readings)  # fmt: skip


def side_activity(
    readings: list[Reading], reader: Reader, text: str, plan: Plan, ask: str
) -> list[Reading]:
    """While one activity is asked about, a message about another not yet recorded ("on the
    side I do code reviews, ~5h/week, 9k") gives its figures to that other, never to the one
    asked about. When the asked one is not named and the figures read for it differ from
    those it already has, the message is read again as a list of activities: the one new
    activity it names there takes the figures."""
    asked = asks.work(ask)
    if not asked or names.mentioned(asked, text):
        return readings
    given = [r for r in readings if _for(r, asked)]
    if not any(r.act == "fact" and _collides(r, plan, asked) for r in given):
        return readings
    view = PlanView.from_plan(plan)
    again = reader(text, view, "activities")
    new = [r for r in again if r.act == "fact" and r.field == "activity"
           and names.find(str(r.value or ""), view.activities) is None]  # fmt: skip
    if len(new) != 1 or namelike.name(str(new[0].value or "")) is None:
        return readings
    theirs = [r for r in again if r.field and r.field.startswith("activity.")
              and r.subject and names.same(str(r.subject), str(new[0].value))]  # fmt: skip
    if not theirs:
        return readings
    return [*(r for r in readings if r not in given), *new, *theirs]


#: A sentence that opens by saying what the work teaches, naming no work ("it teaches me ...").
_LESSON = re.compile(
    r"^\W*(?:(?:it|this|that|this job|that job|the job|the work)\s+)?(?:teach(?:es)? me|"
    r"(?:has |have )?taught me|(?:is|are) teaching me|i(?:'ve| have)? learn(?:t|ed)?|"
    r"i'?m learning)\b",
    re.I,
)


def lesson_of_asked(
    readings: list[Reading], reader: Reader, text: str, view: PlanView, ask: str
) -> list[Reading]:
    """While another field of one activity is asked, a message that only says what work
    teaches, naming none ("teaches me how to run a business"), says it of the activity asked
    about: it is read as the answer to that activity's lesson question. Anything else read
    from it, or a message with more than one sentence, keeps the readings as they were."""
    asked = asks.work(ask)
    if not asked or asks.field(ask) == "teaches" or not _LESSON.match(text):
        return readings
    if any(r.act != "nothing" for r in readings) or re.search(r"[.!?;]\s+\w", text.strip()):
        return readings
    again = reader(text, view, f"act:teaches:{asked}")
    if len(again) != 1 or again[0].field != "activity.teaches":
        return readings
    if not names.same(str(again[0].subject or asked), asked):
        return readings
    lesson = _LESSON.sub("", str(again[0].value or "")).strip(" ,.")
    return [Reading(**{**again[0].__dict__, "value": lesson})] if lesson else readings


def moved_figures(
    readings: list[Reading], asked: tuple[list[Any], ...], view: PlanView, text: str
) -> list[Reading]:
    """The answer to a question back about an activity's figures that names one activity not
    yet recorded and gives no figure of its own: the figures asked about are that one's."""
    figures = [a for a in asked if str(a[0]).startswith("activity.") and a[2] is not None]
    new = [r for r in readings if r.act in {"fact", "change"} and r.field == "activity"
           and names.find(str(r.value or ""), view.activities) is None]  # fmt: skip
    own = any((r.field or "").startswith("activity.") for r in readings)
    said = [str(r.value) for r in new] or [n for n in [_belongs_to(text)] if n]
    if not figures or len(said) != 1 or own or names.find(said[0], view.activities):
        return readings
    name = said[0]
    if not new:
        readings = [*readings, Reading("fact", field="activity", value=name, span=text)]
    moved = [Reading("fact", field=str(f), value=v, subject=name, span=name)
             for f, _old, v in figures]  # fmt: skip
    return [*readings, *moved]


_BELONGS = re.compile(
    r"^(?:(?:no|nope|nah|sorry|oh)\W+)*(?:that'?s|that is|that was|those are|those were|"
    r"it'?s|it is|it was|they'?re|they are|they were)\s+(?:all\s+)?(?:for\s+|from\s+)?"
    r"(?:my\s+|the\s+|a\s+|an\s+)?(?P<name>[^,.;!?]+)",
    re.I,
)


def _belongs_to(text: str) -> str | None:
    """The activity an answer says the figures are for ("no, that's my code reviews"); none
    when what "it is" says how the work feels or pays ("it is a joy", "it's steady")."""
    found = _BELONGS.match(text.strip())
    if not found or _is_label(found["name"]):
        return None
    return namelike.name(found["name"])


#: What "it is" may be that says how work feels, not what it is ("a pleasure", "a chore").
_FEELING_NOUNS = re.compile(
    r"\b(?:pleasure|delight|treat|blessing|privilege|nightmare|chore|pain|headache|struggle|"
    r"hassle|drag|mission)\b",
    re.I,
)


def _is_label(words: str) -> bool:
    """True when ``words`` say a feeling, a steadiness or a yes or no, not a work's name."""
    if _FEELING_NOUNS.search(words):
        return True
    return any(read(words) is not None for read in (
        parse.parse_energy, parse.parse_volatility, parse.parse_yes_no))  # fmt: skip


_FIGURES = {"activity.hours_per_week": "hours_per_week",
            "activity.annual_revenue": "annual_revenue"}  # fmt: skip


def _collides(reading: Reading, plan: Plan, asked: str) -> bool:
    """True when ``reading`` gives the asked activity a figure other than the one it has."""
    fld = _FIGURES.get(str(reading.field))
    activity = next((a for a in plan.activities if a.name == asked), None)
    if fld is None or activity is None or not activity.given(fld):  # type: ignore[arg-type]
        return False
    old, new = float(getattr(activity, fld)), float(reading.value or 0)
    return abs(old - new) > max(0.01 * abs(old), 0.01)


def _for(reading: Reading, asked: str) -> bool:
    """True for a figure or label read for the asked activity (or for no activity)."""
    if not (reading.field or "").startswith("activity."):
        return False
    return not reading.subject or names.same(str(reading.subject), asked)


def stage(decision: dialog.Decision, state: State, plan: Plan) -> list[dict[str, Any]]:
    """Put the decision into the state; returns the tool calls to make, a guidance search for
    a question back last."""
    memo = {"held": list(state.held), "wishes": list(state.wishes), "limits": list(state.limits)}
    if decision.held is not None:
        state.held = decision.held
    if decision.wishes is not None:
        state.wishes = decision.wishes
    if decision.limits is not None:
        state.limits = decision.limits
    if memo != {"held": state.held, "wishes": state.wishes, "limits": state.limits}:
        state.turn.memo = memo
    if decision.proposal is not None:
        state.adjusted = bare_change.changed_stream(state.proposal, decision.proposal)
        state.proposal = decision.proposal
    elif _reshapes(decision.calls, proposal_kind(state.proposal), plan):
        state.proposal = []  # built from what the plan held before: made again after the calls
    if decision.confirm:
        state.confirm = {"ask": state.ask, "items": decision.confirm}
    calls = list(decision.calls)
    if decision.question:
        state.turn.question = guide.counted_query(decision.question, state.ask)
        calls.append(call("search_guidance", query=state.turn.question))
    return calls


#: What each proposal is built from: calls that change it make the proposal stale.
_BUILT_FROM = {
    "streams": {"record_activity", "update_activity", "remove_activity", "set_core_skill"},
    "blocks": {"add_stream", "update_stream", "remove_stream"},
    "loops": {"add_stream", "update_stream", "remove_stream"},
}


def _reshapes(calls: list[dict[str, Any]], kind: str, plan: Plan) -> bool:
    """True when ``calls`` change what the proposal on the table was built from (the
    activities and core skill for streams, the streams for the week; the weekly hours for
    both)."""
    if not kind:
        return False
    for c in calls:
        if c["name"] in _BUILT_FROM.get(kind, set()):
            return True
        hours = plan.capacity.hours_per_week if plan.capacity else None
        if c["name"] == "set_capacity" and c["args"].get("hours_per_week") != hours:
            return True
    return False


def confirmed(pending: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The calls and settled questions of the questions back now answered yes."""
    items = pending.get("items", [])
    calls = [c for item in items for c in item.get("calls", [])]
    settle = [q for item in items for q in item.get("settle", [])]
    return calls, settle
