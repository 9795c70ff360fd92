"""The career reboot as a sequence of questions, and how each answer becomes tool calls.

``journey`` lists the question ids in order for the plan as it stands (one set of audit
questions per recorded activity); the next question is the first one not yet settled.
``answer`` turns a free answer to one question into tool calls, or into a clarifying reply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer import amounts, choices, dates, parse
from agent.interviewer.phrases import CLARIFY, SKIP_REFUSED
from agent.interviewer.reading import acts, asks
from agent.interviewer.schedule import REVIEW_QUESTIONS, propose_review
from agent.plan.models import Plan

ACTIVITY_FIELDS = ("hours", "revenue", "volatility", "teaches", "energy")
PLAN_FIELD = {
    "hours": "hours_per_week",
    "revenue": "annual_revenue",
    "volatility": "volatility",
    "teaches": "teaches",
    "energy": "energy",
}
UNKNOWN_FIELD = {
    "context": "profile.context",
    "capacity": "capacity.hours_per_week",
    "constraints": "capacity.constraints",
    "buffer": "capacity.cash_buffer",
    "spending": "capacity.monthly_spending",
    "activities": "activities",
    "skills": "skills",
    "excited": "skills.excitement",
    "underused": "skills.under_used",
    "core": "core_skill",
}
PROPOSALS = {"streams": "add_stream", "blocks": "add_time_block", "loops": "add_feedback_loop"}
#: Calls that change the plan's streams once they are in it.
STREAM_TOOLS = frozenset({"add_stream", "update_stream", "remove_stream"})
EXPORT_FORMATS = {"markdown": "markdown", "md": "markdown", "pdf": "pdf", "json": "json",
                  "ics": "ics", "calendar": "ics", "ical": "ics"}  # fmt: skip


@dataclass
class Answer:
    """What an answer leads to: tool calls and the questions they settle, or a reply."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    settle: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reply: str = ""
    proposal: list[dict[str, Any]] | None = None


def call(tool: str, /, **args: Any) -> dict[str, Any]:
    """A queued tool call."""
    return {"name": tool, "args": args}


def journey(plan: Plan) -> list[str]:
    """Question ids in the order the interview asks them, for the plan as it is."""
    ids = ["context", "capacity"]
    if plan.capacity is not None:
        ids += ["constraints", "buffer", "spending"]
    ids.append("activities")
    for activity in plan.activities:
        ids += [f"act:{f}:{activity.name}" for f in ACTIVITY_FIELDS]
    ids.append("skills")
    if plan.skills:
        ids += ["excited", "underused"]
    return [*ids, "core", "streams", "blocks", "loops", "review", "finalise", "forecast", "export"]


def next_question(plan: Plan, settled: set[str]) -> str:
    """The first question not settled yet, or ``"done"``. The activities question stays open
    while the plan holds none (say, after the only ones were taken out as no activities)."""
    if not plan.activities:
        settled = settled - {"activities"}
    return next((q for q in journey(plan) if q not in settled), "done")


def skip(qid: str, question: str) -> Answer:
    """A skipped question: recorded as unknown, or refused where the plan needs an answer."""
    kind = asks.kind(qid)
    if kind in {"streams", "blocks", "loops", "review"}:
        return Answer(reply=SKIP_REFUSED)
    if kind in {"finalise", "forecast", "export", "done", "cv"}:
        return Answer(settle=[qid], notes=["Fine, we can do that later."])
    if kind.startswith("act:"):
        field_name = f"activities[{asks.work(qid)}].{PLAN_FIELD[asks.field(qid)]}"
    else:
        field_name = UNKNOWN_FIELD[kind]
    return Answer([call("mark_unknown", field=field_name, question=question)], settle=[qid])


def answer(
    qid: str,
    text: str,
    plan: Plan,
    today: dt.date,
    proposal: list[dict[str, Any]],
    options: list[dict[str, Any]] | None = None,
) -> Answer:
    """Tool calls (or a clarifying reply) for a free answer to question ``qid``.

    ``options`` are the portfolio options shown at the streams question (``show_options``).
    """
    kind = asks.kind(qid)
    if kind.startswith("act:"):
        return _activity(qid, text, plan)
    if kind == "streams":
        chosen = _option_choice(text, options or [], proposal)
        if chosen is not None:
            return chosen
    handler = _HANDLERS.get(kind)
    if handler is None:
        return _proposal_or_end(qid, text, plan, today, proposal)
    return handler(qid, text, plan)


#: What adopting an option settles: it brings its own blocks, loops and review date.
ADOPTED = ["streams", "blocks", "loops", "review"]


def _option_choice(
    text: str, options: list[dict[str, Any]], proposal: list[dict[str, Any]]
) -> Answer | None:
    """Show the options (keeping the hours of the proposal on the table, which may hold the
    person's adjustments), or adopt the one picked; ``None`` when the answer is neither."""
    if choices.wants_options(text):
        hours = {c["args"]["name"]: c["args"]["target_hours"] for c in proposal
                 if c.get("name") == "add_stream" and c["args"].get("target_hours")}  # fmt: skip
        return Answer([call("show_options", top=3, **({"hours": hours} if hours else {}))])
    rank = choices.parse_pick(text, len(options)) if options else None
    if rank is None:
        return None
    label = next((str(o.get("label", "")) for o in options if o.get("rank") == rank), "")
    note = f"Adopting option {rank}" + (f" ({label[:1].lower()}{label[1:]})" if label else "") + "."
    return Answer([call("adopt_option", rank=rank)], list(ADOPTED), [note])


def _context(qid: str, text: str, plan: Plan) -> Answer:
    context = parse.parse_context(text)
    if context is None:
        return Answer(reply=CLARIFY["context"])
    return Answer([call("set_context", context=context)], [qid])


def _capacity_args(plan: Plan, **changes: Any) -> dict[str, Any]:
    current = plan.capacity.model_dump() if plan.capacity else {"hours_per_week": 40.0}
    return {k: v for k, v in {**current, **changes}.items() if v is not None}


def _capacity(qid: str, text: str, plan: Plan) -> Answer:
    hours = amounts.parse_hours(text)
    if hours is None:
        return Answer(reply=CLARIFY["capacity"])
    args = _capacity_args(plan, hours_per_week=hours.value)
    return Answer([call("set_capacity", **args)], [qid], _noted(hours))


def _constraints(qid: str, text: str, plan: Plan) -> Answer:
    items = [] if parse.is_none_answer(text) else parse.split_list(text)
    return Answer([call("set_capacity", **_capacity_args(plan, constraints=items))], [qid])


def _buffer(qid: str, text: str, plan: Plan) -> Answer:
    """Savings, and the monthly spending when the same answer gives it ("18k saved, 3k a month")."""
    savings, spending = amounts.savings_and_spending(text)
    if savings is None:
        return Answer(reply=CLARIFY["buffer"])
    if spending is None:
        args = _capacity_args(plan, cash_buffer=savings.value)
        return Answer([call("set_capacity", **args)], [qid])
    monthly = round(spending.value / 12, 2)
    args = _capacity_args(plan, cash_buffer=savings.value, monthly_spending=monthly)
    return Answer([call("set_capacity", **args)], [qid, "spending"])


def _spending(qid: str, text: str, plan: Plan) -> Answer:
    amount = amounts.parse_money(text)
    if amount is None:
        return Answer(reply=CLARIFY["spending"])
    monthly = round(amount.value / 12, 2) if amount.period else amount.value
    args = _capacity_args(plan, monthly_spending=monthly)
    return Answer([call("set_capacity", **args)], [qid])


def _activities(qid: str, text: str, plan: Plan) -> Answer:
    known = {a.name.casefold() for a in plan.activities}
    names = [_title(n) for n in parse.split_list(text)]
    names = [n for n in names if n.casefold() not in known]
    if not names:
        return Answer(reply=CLARIFY["activities"])
    return Answer([call("record_activity", name=n) for n in names], [qid])


def _activity(qid: str, text: str, plan: Plan) -> Answer:
    """One audit answer; it may carry other fields too ("40h for 45k, stable")."""
    name, primary = asks.work(qid), asks.field(qid)
    found: dict[str, Any] = {}
    notes: list[str] = []
    digits = any(ch.isdigit() for ch in parse.normalise(text))
    hours = amounts.parse_hours(text, bare_numbers=primary == "hours")
    money = amounts.parse_money(text, bare_numbers=primary == "revenue")
    hours = hours if primary == "hours" or digits else None
    money = money if primary == "revenue" or digits else None
    if hours is not None and primary in {"hours", "revenue", "volatility"}:
        found["hours"] = hours.value
        notes += _noted(hours)
    if money is not None and primary in {"hours", "revenue", "volatility"}:
        found["revenue"] = money.value
        notes += _noted(money)
    volatility = parse.parse_volatility(text)
    if volatility and primary in {"hours", "revenue", "volatility"}:
        found["volatility"] = volatility
    if primary == "teaches":
        found["teaches"] = text.strip().rstrip(".")
    if primary == "energy" and parse.parse_energy(text):
        found["energy"] = parse.parse_energy(text)
    if primary not in found:
        return Answer(reply=CLARIFY.get(f"act:{primary}", CLARIFY["yesno"]))
    args = {PLAN_FIELD[k]: v for k, v in found.items()}
    # The asked question first: a later bare-number correction goes to it alone.
    settle = [f"act:{k}:{name}" for k in sorted(found, key=lambda k: k != primary)]
    return Answer([call("update_activity", name=name, **args)], settle, notes)


def _skills(qid: str, text: str, plan: Plan) -> Answer:
    known = {s.name.casefold() for s in plan.skills}
    names = [n for n in parse.split_list(text) if n.casefold() not in known]
    if not names and not known:
        return Answer(reply=CLARIFY["skills"])
    return Answer([call("add_skill", name=n) for n in names], [qid])


def _mark_skills(field_name: str, value: Any) -> Callable[[str, str, Plan], Answer]:
    def handler(qid: str, text: str, plan: Plan) -> Answer:
        if parse.parse_yes_no(text) is False or parse.normalise(text).startswith("none"):
            return Answer(settle=[qid])
        names = [s.name for s in plan.skills]
        calls = []
        for item in parse.split_list(text):
            match = parse.match_skill(item, names)
            if match is None:
                calls.append(call("add_skill", name=item, **{field_name: value}))
            elif not any(c["args"]["name"] == match for c in calls):
                calls.append(call("update_skill", name=match, **{field_name: value}))
        return Answer(calls, [qid])

    return handler


def _core(qid: str, text: str, plan: Plan) -> Answer:
    names = [s.name for s in plan.skills]
    own = _CORE_LEAD.sub("", _CORE_TAIL.sub("", text.strip().rstrip(".!"))).strip(" ,.") or text
    low = parse.normalise(own).strip(" .")
    chosen = parse.match_skill(own, names)
    if low.isdigit() and 1 <= int(low) <= len(names):
        chosen = names[int(low) - 1]
    return Answer([call("set_core_skill", name=chosen or own.strip())], [qid])


#: Framing around a core skill answer ("My core skill is X", "I'd say X is the core").
_CORE_LEAD = re.compile(
    r"^(?:(?:i'?d say|i think|probably|definitely|honestly|it'?s|that'?s)[,\s]+)*"
    r"(?:my core(?: skill)? (?:is|would be)\s+)?",
    re.IGNORECASE,
)
_CORE_TAIL = re.compile(r",?\s+(?:is|would be) (?:the|my) core(?: skill)?$", re.IGNORECASE)


def _proposal_or_end(
    qid: str, text: str, plan: Plan, today: dt.date, proposal: list[dict[str, Any]]
) -> Answer:
    if qid in {"export", "done"}:
        return _export(qid, text)
    if qid == "forecast":
        return _forecast(qid, text)
    if qid == "review":
        return _review(qid, text, plan, today)
    yes = _yes(text)
    if qid == "finalise":
        if yes is None:
            return Answer(reply=NEITHER)
        if not yes:
            return Answer(reply="All right, the plan stays a draft. Say 'yes' when you're ready.")
        return Answer([call("finalise")], [qid])
    if yes:
        loops = qid == "blocks" and any(c["name"] == "add_feedback_loop" for c in proposal)
        return Answer([dict(c) for c in proposal], [qid, "loops"] if loops else [qid])
    if qid == "streams":
        return _adjust_streams(text, proposal)
    return Answer(reply=CLARIFY.get(qid, CLARIFY["yesno"]) if yes is None else _alternative(qid))


#: A reply to a yes/no question that is neither: the question, asked again, says what each does.
NEITHER = "That's neither a yes nor a no, so nothing changes yet."


def _alternative(qid: str) -> str:
    return (
        f"Understood. The {qid} can be changed one by one in the plan panel, or here later; "
        "I still need a first version for the final plan. Say 'yes' to keep mine for now."
    )


def _adjust_streams(text: str, proposal: list[dict[str, Any]]) -> Answer:
    names = [c["args"]["name"] for c in proposal]
    change = amounts.parse_adjustment(text, names)
    if change is None:
        return Answer(reply=CLARIFY["streams"])
    updated = [dict(c, args=dict(c["args"])) for c in proposal]
    if change.remove:
        if len(updated) <= 3:
            return Answer(reply="A portfolio needs at least 3 streams, so I'll keep that one. "
                          "You could shrink it instead, e.g. 'make it 2 hours'.")  # fmt: skip
        updated = [c for c in updated if c["args"]["name"] != change.name]
    for c in updated:
        if c["args"]["name"] == change.name:
            if change.hours is not None:
                c["args"]["target_hours"] = change.hours
            if change.share is not None:
                c["args"]["target_income_share"] = change.share
    _rebalance(updated, keep=change.name)
    return Answer(proposal=updated, notes=[f"Adjusted {change.name}."])


def _rebalance(proposal: list[dict[str, Any]], keep: str) -> None:
    """Make income shares add up to 100 again by moving the difference to the anchor."""
    total = sum(c["args"]["target_income_share"] for c in proposal)
    anchor = next((c for c in proposal if c["args"]["role"] == "anchor"), None)
    target = anchor if anchor and anchor["args"]["name"] != keep else None
    target = target or next(c for c in proposal if c["args"]["name"] != keep)
    target["args"]["target_income_share"] = max(
        0.0, target["args"]["target_income_share"] + 100 - total
    )


def _yes(text: str) -> bool | None:
    """A yes or a no to the question on the table, also said as a judgement ("sounds fine",
    "works a treat") as the reading layer hears it."""
    return acts.answer_yes_no(text)


def _review(qid: str, text: str, plan: Plan, today: dt.date) -> Answer:
    # "ok, mid feb then": a date said beside a yes is the date; a yes takes the date proposed
    constraints = plan.capacity.constraints if plan.capacity else []
    date = dates.parse_date(text, today) or (
        propose_review(today, constraints) if _yes(text) else None
    )
    if date is None:
        return Answer(reply=CLARIFY["review"])
    # The review is the last piece: booking it and the final checks are one confirmation.
    calls = [
        call("set_review", date=date.isoformat(), questions=REVIEW_QUESTIONS),
        call("finalise"),
    ]
    return Answer(calls, [qid, "finalise"])


def _forecast(qid: str, text: str) -> Answer:
    yes = _yes(text)
    if yes or (yes is None and choices.wants_forecast(text)):
        return Answer([call("forecast_cash_flow")], [qid])
    if yes is False:
        return Answer(settle=[qid], notes=["No forecast for now; ask for it any time."])
    return Answer(reply=NEITHER)


def _export(qid: str, text: str) -> Answer:
    low = parse.normalise(text)
    if choices.wants_forecast(low):
        return Answer([call("forecast_cash_flow")])
    fmt = next((v for k, v in EXPORT_FORMATS.items() if k in low.split() or k == low), None)
    if fmt is None:
        if parse.parse_yes_no(low) is False:
            return Answer(settle=[qid], notes=["No download for now."])
        return Answer(reply=CLARIFY["export"])
    return Answer([call("export_plan", format=fmt)], [qid])


def _noted(reading: amounts.Reading) -> list[str]:
    return [reading.note] if reading.note else []


def _title(name: str) -> str:
    return name[:1].upper() + name[1:]


_HANDLERS: dict[str, Callable[[str, str, Plan], Answer]] = {
    "context": _context,
    "capacity": _capacity,
    "constraints": _constraints,
    "buffer": _buffer,
    "spending": _spending,
    "activities": _activities,
    "skills": _skills,
    "excited": _mark_skills("excitement", 5),
    "underused": _mark_skills("under_used", True),
    "core": _core,
}
