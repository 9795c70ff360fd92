"""Writing the interviewer's replies: the next question (with any proposal on the table) and
one line per recorded change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from agent.interviewer import (
    cvskills,
    edge_offer,
    factor_cues,
    flow,
    limits,
    limits_kept,
    names,
    review,
    wishes,
)
from agent.interviewer.parse import fmt_number
from agent.interviewer.phrases import QUESTIONS, WHY
from agent.interviewer.propose import capacity_of, propose_streams
from agent.interviewer.reading import asks
from agent.interviewer.schedule import propose_blocks, propose_loops, propose_review
from agent.interviewer.state import State
from agent.plan.models import Plan
from agent.plan.money import amount
from agent.plan.rules import check
from agent.plan.sentences import relation_sentence

DAY = {"monday": "Mon", "tuesday": "Tue", "wednesday": "Wed", "thursday": "Thu",
       "friday": "Fri", "saturday": "Sat", "sunday": "Sun"}  # fmt: skip


def question_text(qid: str, plan: Plan, today: dt.date, state: State) -> str:
    """The question for ``qid``, with the proposal it asks about (made and stored if new)."""
    kind = asks.kind(qid)
    if kind == "cv":
        return cvskills.question(state.cv)
    if kind == "confirm":
        return confirm_text(state)
    if qid.startswith("rv:") and state.review:
        return review.question(state.review, plan)
    if kind in flow.PROPOSALS:
        return _proposal_question(kind, plan, state, today)
    if kind == "done":
        return closing(plan, today, state)
    if kind == "activities":
        return _activities_question(plan, state)
    if kind == "constraints" and state.limits:
        return f"{QUESTIONS['constraints']} {limits.offer(state.limits)}"
    template = QUESTIONS.get(kind, QUESTIONS["done"])
    return template.format(
        activities=" and ".join(a.name for a in plan.activities),
        name=asks.work(qid),
        names=", ".join(s.name for s in plan.skills),
        hint=_core_hint(plan, state),
        date=propose_review(today, plan.capacity.constraints if plan.capacity else []).strftime(
            "%A %d %B %Y"
        ),
        example="",
    )


def _activities_question(plan: Plan, state: State) -> str:
    """The audit's question: the rest when some activities were told already, and the ones
    named in passing earlier offered to be added."""
    told = [a.name for a in plan.activities]
    text = QUESTIONS["activities_more" if told else "activities"].format(
        activities=" and ".join(told)
    )
    offered = offered_activities(plan, state)
    if not offered:
        return text
    them = "it" if len(offered) == 1 else "them"
    return f"{text} {QUESTIONS['mentioned'].format(names=' and '.join(offered), them=them)}"


def offered_activities(plan: Plan, state: State) -> list[str]:
    """Activities named in passing that the plan does not hold yet."""
    told = [a.name for a in plan.activities]
    return [n for n in state.mentioned if names.find(n, told) is None]


def confirm_text(state: State) -> str:
    """The questions back waiting for an answer: each the plain question for a figure (a yes
    takes what was read, a no keeps the plan as it is)."""
    items = state.confirm.get("items", [])
    # A question for a figure is answered by giving it; any other asks for a yes or a no.
    says = [str(i["say"]) if i.get("read_as") else f"{i['say']} (yes/no)" for i in items]
    if len(says) == 1:
        return says[0]
    return "\n".join(["Two things to check before I change anything:" if len(says) == 2
                      else "A few things to check before I change anything:",
                      *(f"- {s}" for s in says)])  # fmt: skip


def closing(plan: Plan, today: dt.date, state: State) -> str:
    """The closing line, true to the plan's state: final, or a draft and what it still needs."""
    if state.is_final():
        return QUESTIONS["done"]
    errors = [f for f in check(plan, final=True, today=today) if f.severity == "error"]
    if not errors:
        return QUESTIONS["done_changed"]
    needs = "; ".join(f"{f.fix} ({f.code})" for f in errors[:3])
    return QUESTIONS["done_draft"].format(needs=needs)


def week_lines(plan: Plan) -> list[str]:
    """The plan's time blocks by stream and its feedback loops, one line each."""
    blocks = [{"name": "add_time_block", "args": b.model_dump()} for b in plan.time_blocks]
    lines = _block_lines(blocks, plan)
    return lines + [f"- {_loop_line(loop.model_dump(), plan)}" for loop in plan.feedback_loops]


def _core_hint(plan: Plan, state: State) -> str:
    excited = [s.name for s in plan.skills if (s.excitement or 0) >= 4]
    hint = f"The ones that excite you: {', '.join(excited)}. " if excited else ""
    return hint + edge_offer.hint(state) + _cited(state, "core")


def _cited(state: State, qid: str) -> str:
    titles = [t for t in state.cards.get(qid, []) if not t.startswith("(")]
    if not titles:
        return ""
    return "(See the guidance " + " and ".join(f"'{t}'" for t in titles) + ".) "


#: The tool call that opens each kind of proposal.
_OPENS = {"add_stream": "streams", "add_time_block": "blocks", "add_feedback_loop": "loops"}


def proposal_kind(proposal: list[dict[str, Any]]) -> str:
    """The question a proposal on the table was made for ("" when there is none)."""
    return _OPENS.get(str(proposal[0].get("name")), "") if proposal else ""


#: The limits that could not be read as times of the week (named, for the person to check).
LIMITS_UNREAD = limits_kept.LIMITS_UNREAD


def _proposal_question(kind: str, plan: Plan, state: State, today: dt.date) -> str:
    said: list[str] = []
    if proposal_kind(state.proposal) != kind:
        # A proposal made for another question (say, the week's blocks after "go back" reopened
        # the streams) is stale: build the one this question asks about.
        state.proposal = _make_proposal(kind, plan)
        if kind == "streams" and state.wishes:
            state.proposal, said = wishes.add_wishes(state.proposal, state.wishes, plan, today)
        if kind == "blocks" and "loops" not in state.settled_ids():
            # One confirmation for the week's rhythm and the loops between its streams.
            state.proposal += _make_proposal("loops", plan)
    if kind == "streams" and state.options:
        return "\n".join(_option_lines(state.options))
    lines = [*said, f"{WHY[kind]}. {_cited(state, kind)}".strip()]
    if kind == "streams":
        lines += _stream_lines(state.proposal, plan)
        example = f"make {state.proposal[-1]['args']['name']} 4 hours" if state.proposal else ""
        lines.append(QUESTIONS["streams"].format(example=example))
    elif kind == "blocks":
        blocks = [c for c in state.proposal if c["name"] == "add_time_block"]
        loops = [c for c in state.proposal if c["name"] == "add_feedback_loop"]
        lines += _block_lines(blocks, plan)
        lines += limits_kept.lines(blocks, plan)
        if loops:
            lines.append(f"{WHY['loops']}. {_cited(state, 'loops')}".strip())
            lines += [f"- {_loop_line(c['args'], plan)}" for c in loops]
        lines.append(QUESTIONS["blocks_loops" if loops else "blocks"].format(
            example=_side_stream(blocks, plan)))  # fmt: skip
    else:
        lines += [f"- {_loop_line(c['args'], plan)}" for c in state.proposal]
        lines.append(QUESTIONS["loops"])
    return "\n".join(lines)


#: Hours fewer than the person works now that a proposal says out loud: cutting a job's
#: hours is a step to take on purpose, never a side effect of fitting the week.
CUT_WORTH_SAYING = 2.0
CUT = (
    "  (You work {now} h a week there now, so this means cutting {cut} h. To keep those hours, "
    "first drop or shrink other streams to free {cut} h, then say 'make {name} {now} hours'.)"
)


def _side_stream(blocks: list[dict[str, Any]], plan: Plan) -> str:
    """A stream to name in the example of a block change: the first that is not the anchor."""
    ids = [c["args"]["stream_id"] for c in blocks]
    side = [s.name for s in plan.streams if s.id in ids and s.role != "anchor"]
    return (side or [s.name for s in plan.streams] or ["consulting"])[0].lower()


def _option_lines(options: list[dict[str, Any]]) -> list[str]:
    lines = ["Here are other portfolios built from your audit; each passes every rule:"]
    for o in options:
        streams = "; ".join(
            f"{s['name']} ({s['role']}, {fmt_number(s['target_hours'])} h, "
            f"{fmt_number(s['target_income_share'])} %)"
            for s in o["streams"]
        )
        lines.append(f"{o['rank']}. {o['label']}: {streams}")
        if o.get("reason"):
            lines.append(f"   ({o['reason']})")
    lines.append(
        "Which one would you like? Say 'option 2' (or another number) to adopt it with its "
        "weekly blocks, feedback loops and review date, or 'yes' to keep my first proposal."
    )
    return lines


def _make_proposal(kind: str, plan: Plan) -> list[dict[str, Any]]:
    if kind == "streams":
        return [flow.call("add_stream", **s.as_args()) for s in propose_streams(plan)]
    if kind == "blocks":
        return [flow.call("add_time_block", **b.as_args()) for b in propose_blocks(plan)]
    return [flow.call("add_feedback_loop", **loop.as_args()) for loop in propose_loops(plan)]


def _stream_lines(proposal: list[dict[str, Any]], plan: Plan) -> list[str]:
    lines = []
    worked = {a.name.casefold(): a.hours_per_week for a in plan.activities}
    for c in proposal:
        a = c["args"]
        purpose = f", {a['purpose']}" if a.get("purpose") else ""
        lines.append(
            f"- {a['name']}: {a['role']}{purpose}, {fmt_number(a['target_hours'])} h a week, "
            f"{fmt_number(a['target_income_share'])} % of income ({a['volatility']})"
        )
        now = worked.get(str(a["name"]).casefold(), 0.0)
        if now - a["target_hours"] >= CUT_WORTH_SAYING:
            cut = fmt_number(now - a["target_hours"])
            lines.append(CUT.format(now=fmt_number(now), cut=cut, name=a["name"]))
    planned = sum(c["args"]["target_hours"] for c in proposal)
    capacity = capacity_of(plan)
    lines.append(
        f"That plans {fmt_number(planned)} h of your {fmt_number(capacity)} h a week, leaving "
        f"{fmt_number(capacity - planned)} h of slack; income shares add up to "
        f"{fmt_number(sum(c['args']['target_income_share'] for c in proposal))} %."
    )
    return lines


def _block_lines(proposal: list[dict[str, Any]], plan: Plan) -> list[str]:
    names = {s.id: s.name for s in plan.streams}
    by_stream: dict[str, list[str]] = {}
    for c in proposal:
        a = c["args"]
        by_stream.setdefault(a["stream_id"], []).append(
            f"{DAY[a['weekday']]} {a['start']}-{a['end']}"
        )
    return [f"- {names.get(sid, sid)}: {', '.join(slots)}" for sid, slots in by_stream.items()]


def _loop_line(args: dict[str, Any], plan: Plan) -> str:
    names = {s.id: s.name for s in plan.streams}
    source, target = names.get(args["from_stream"], "?"), names.get(args["to_stream"], "?")
    return relation_sentence(source, args["kind"], target, args.get("note", ""))


def recorded_line(
    name: str, args: dict[str, Any], body: dict[str, Any], currency: str | None = None
) -> str:
    """A short human line for one accepted tool call (amounts in the plan's currency)."""
    if name == "export_plan":
        # Only the file's name: the server's folders are no business of the chat.
        where = str(body.get("changed", "")).rsplit(": ", 1)[-1]
        shown = f" ({PurePath(where).name})" if where else ""
        return f"your {args.get('format', 'markdown')} download is ready{shown}"
    if name in _MONEY_LINES:
        return _MONEY_LINES[name](args, currency)
    if name in _LINES:
        return _LINES[name](args)
    shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in args.items() if k != "name")
    label = args.get("name", name.replace("_", " "))
    return f"{label}: {shown}" if shown else str(label)


def _activity_line(args: dict[str, Any], currency: str | None) -> str:
    parts = []
    if "hours_per_week" in args:
        parts.append(f"{fmt_number(args['hours_per_week'])} h a week")
    if args.get("annual_revenue") is not None:
        parts.append(f"{amount(args['annual_revenue'], currency)} a year")
    parts += [str(args[k]) for k in ("volatility", "energy") if k in args]
    if "teaches" in args:
        parts.append(f"teaches {args['teaches']}")
    return f"{args['name']}: {', '.join(parts)}" if parts else f"activity '{args['name']}'"


def _stream_line(args: dict[str, Any]) -> str:
    """ "Bus driver: 35 h a week, 55 % of income": what an update of a stream changed."""
    stream = str(args.get("stream") or args.get("stream_id", "a stream"))
    parts = [f"renamed '{args['name']}'"] if args.get("name") else []
    parts += [str(args[k]) for k in ("role", "purpose", "volatility") if args.get(k)]
    if args.get("target_hours") is not None:
        parts.append(f"{fmt_number(args['target_hours'])} h a week")
    if args.get("target_income_share") is not None:
        parts.append(f"{fmt_number(args['target_income_share'])} % of income")
    if args.get("teaches"):
        parts.append(f"teaches {args['teaches']}")
    return f"{stream}: {', '.join(parts)}" if parts else f"stream '{stream}' updated"


def _capacity_line(args: dict[str, Any], currency: str | None) -> str:
    parts = [f"{fmt_number(args['hours_per_week'])} h a week"] if "hours_per_week" in args else []
    if args.get("constraints"):
        parts.append(f"limited by {', '.join(args['constraints'])}")
    if args.get("cash_buffer") is not None:
        parts.append(f"savings {amount(args['cash_buffer'], currency)}")
    if args.get("monthly_spending") is not None:
        parts.append(f"spending {amount(args['monthly_spending'], currency)} a month")
    return ", ".join(parts) or "your capacity"


#: Lines that show amounts, in the plan's currency.
_MONEY_LINES: dict[str, Callable[[dict[str, Any], str | None], str]] = {
    "set_capacity": _capacity_line,
    "update_activity": _activity_line,
    "record_activity": _activity_line,
}
_LINES: dict[str, Callable[[dict[str, Any]], str]] = {
    "add_risk_factor": factor_cues.recorded,
    "set_context": lambda a: f"context {a['context']}",
    "set_currency": lambda a: f"amounts in {a['code']}",
    "remove_activity": lambda a: f"activity '{a['name']}' taken out",
    "add_skill": lambda a: f"skill '{a['name']}'",
    "update_skill": lambda a: (
        f"{a['name']} " + ("excites you" if "excitement" in a else "under-used")
    ),
    "set_core_skill": lambda a: f"core skill '{a['name']}'",
    "add_stream": lambda a: f"stream '{a['name']}'",
    "update_stream": _stream_line,
    "remove_stream": lambda a: f"stream '{a.get('stream', a['stream_id'])}' taken out",
    "add_time_block": lambda a: "time blocks",
    "add_feedback_loop": lambda a: "feedback loops",
    "remove_time_block": lambda a: "the old blocks taken out",
    "remove_feedback_loop": lambda a: "a loop taken out",
    "set_review": lambda a: f"review on {a['date']}",
    "adopt_option": lambda a: f"option {a['rank']} with its streams, blocks, loops and review",
    "mark_unknown": lambda a: f"{a['field']} left unknown",
    "finalise": lambda a: "the plan is marked final",
    "undo": lambda a: "",
}
