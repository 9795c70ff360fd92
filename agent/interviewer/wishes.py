"""Streams asked for, dropped or changed in words, at any point (pure).

A *wish* ("I want to run weekend workshops, 4 hours a week") goes into the streams proposal
with the hours asked, taking the place of a stream the interviewer invented when the
portfolio is full; other invented or side streams are trimmed toward their band minimum to make
room. When the rules still refuse it (over capacity, PC007; a sixth stream, PC001; a second
anchor, PC002) the refusal is explained and the proposal stays as it was; a band warning is
said. Before any proposal the wish waits in the state and joins the proposal when it is made;
once the streams are in the plan it becomes ``add_stream`` (with the anchor's income share
lowered by the new stream's share) and the rules judge it like any other call.

A *change* of a stream's hours, income share, name or role edits the proposal, or becomes
``update_stream`` calls once the streams are in the plan; income shares keep adding up to 100
by moving the difference to the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from agent.interviewer import names, role_shares, room
from agent.interviewer.flow import call
from agent.interviewer.parse import fmt_number
from agent.interviewer.phrases import rule_note
from agent.interviewer.propose import BANDS, SLACK, capacity_of, role_of, stream_for
from agent.interviewer.reading.types import Reading
from agent.plan import apply
from agent.plan import operations as ops
from agent.plan.models import Activity, Plan

DEFAULT_SHARE = {"seed": 5.0, "leverage": 10.0, "client": 20.0, "anchor": 50.0}
_OPS: dict[str, type[ops.Op]] = {"add_stream": ops.AddStream, "update_stream": ops.UpdateStream,
                                 "remove_stream": ops.RemoveStream}  # fmt: skip
_FIELDS = {"stream.target_hours": "target_hours", "stream.target_income_share":
           "target_income_share", "stream.name": "name", "stream.role": "role"}  # fmt: skip
MIN_STREAMS = 3
MAX_STREAMS = 5


@dataclass
class Edit:
    """What the wishes and stream changes of one message lead to."""

    proposal: list[dict[str, Any]] | None = None
    calls: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    wishes: list[dict[str, Any]] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def stream_readings(readings: list[Reading]) -> list[Reading]:
    """The wishes and stream changes among the readings (confident ones only), a wish named
    by what is wished for, not by how it was asked (:func:`wished_name`)."""
    return [
        _named_wish(r) for r in readings
        if r.confident and (r.act == "wish" or (r.act in {"fact", "change"} and r.field in _FIELDS))
    ]  # fmt: skip


#: How a wish is asked, before what is wished for: "can I have a stream for ...", "could we
#: get ...", "have a separate stream doing ...".
_ASKED_AS = re.compile(
    r"^(?:have|get)\s+(?:(?:a|an|another|my|our|one|new|separate|own|\s)+\s*"
    r"stream\s+(?:for|of|on|in|doing|about|with)\s+)?(?=\S)",
    re.I,
)


def wished_name(subject: str) -> str:
    """``subject`` without the words that ask for it: "have a stream for candle workshops" is
    "candle workshops"; "have candle workshop" is "candle workshop"."""
    rest = _ASKED_AS.sub("", subject.strip(), count=1)
    return rest if len(rest.split()) >= 1 and rest != subject.strip() else subject


def _named_wish(reading: Reading) -> Reading:
    if reading.act != "wish" or not isinstance(reading.subject, str):
        return reading
    named = wished_name(reading.subject)
    return reading if named == reading.subject else replace(reading, subject=named)


def edit(readings: list[Reading], plan: Plan, proposal: list[dict[str, Any]],
         today: dt.date) -> Edit:  # fmt: skip
    """Apply wishes and stream changes to the proposal on the table (``proposal``: a streams
    proposal, else empty), to the plan's streams, or keep the wishes for later."""
    out = Edit()
    wanted = stream_readings(readings)
    if not wanted:
        return out
    if proposal:
        current = [dict(c, args=dict(c["args"])) for c in proposal]
        roles = _roles(wanted, [c["args"]["name"] for c in current])
        if roles:
            current = _roles_on_proposal(roles, current, plan, today, out)
            wanted = [r for r in wanted if not _is_role_change(r)]
        for reading in wanted:
            current = _on_proposal(reading, current, plan, today, out)
        if role_shares.anchor_lost([c["args"] for c in proposal], [c["args"] for c in current]):
            return Edit(proposal, notes=[role_shares.no_anchor_note([c["args"] for c in proposal])])
        out.proposal = current
    elif plan.streams:
        roles = _roles(wanted, [s.name for s in plan.streams])
        if roles:
            _roles_on_plan(roles, plan, today, out)
            wanted = [r for r in wanted if not _is_role_change(r)]
        seen = plan  # "drop the podcast and add dog walking": each change sees the last
        for reading in wanted:
            done = len(out.calls)
            _on_plan(reading, seen, today, out)
            seen = _applied(seen, out.calls[done:], today)
        streams = [s.model_dump() for s in plan.streams]
        after = _applied(plan, out.calls, today).streams
        if role_shares.anchor_lost(streams, [s.model_dump() for s in after]):
            return Edit(notes=[role_shares.no_anchor_note(streams)])
    else:
        for reading in wanted:
            if reading.act == "wish" and not reading.remove and reading.subject:
                out.wishes.append(wish_dict(reading))
                out.notes.append(
                    f"Noted: you'd like {reading.subject} as a stream of its own; I'll put it "
                    "in the proposal once we get to the streams."
                )
            else:
                out.unplaced.append("a stream (there are no streams yet)")
    return out


def _is_role_change(reading: Reading) -> bool:
    return reading.act in {"fact", "change"} and reading.field == "stream.role"


def _roles(wanted: list[Reading], streams: list[str]) -> dict[str, str]:
    """The new roles of two or more streams changed in one message ("make the shop the seed
    and the bikes the anchor"), by stream name; else empty. Roles lean on each other (one
    anchor, PC002, with the largest share, PC003), so such changes are judged together: made
    one at a time, the first could pass and leave the plan with no anchor while the second is
    refused."""
    changes = [r for r in wanted if _is_role_change(r)]
    roles = {_named(r, streams): str(r.value) for r in changes}
    if len(changes) < 2 or None in roles or len(roles) < len(changes):
        return {}
    return {str(name): role for name, role in roles.items()}


def _said(roles: dict[str, str]) -> str:
    return ", ".join(f"{name} {role}" for name, role in roles.items())


def _roles_on_proposal(roles: dict[str, str], proposal: list[dict[str, Any]], plan: Plan,
                       today: dt.date, out: Edit) -> list[dict[str, Any]]:  # fmt: skip
    updated = [dict(c, args={**c["args"], "role": roles[c["args"]["name"]]})
               if c["args"]["name"] in roles else c for c in proposal]  # fmt: skip
    before = {c["args"]["name"]: (str(c["args"]["role"]),
                                  float(c["args"].get("target_income_share") or 0))
              for c in proposal}  # fmt: skip
    shares = role_shares.swapped(roles, before)
    updated = [dict(c, args={**c["args"], "target_income_share": shares[c["args"]["name"]]})
               if c["args"]["name"] in shares else c for c in updated]  # fmt: skip
    said = _said(roles)
    moved = role_shares.said(shares) if shares else ""
    return _checked(updated, proposal, plan, today, out,
                    f"Changed the roles together: {said}{moved}.",
                    f"change these roles together ({said})")  # fmt: skip


def _roles_on_plan(roles: dict[str, str], plan: Plan, today: dt.date, out: Edit) -> None:
    streams = {s.name: s for s in plan.streams}
    # A stream leaving the anchor role goes first, so no step holds two anchors (PC002).
    order = sorted(roles, key=lambda name: roles[name] == "anchor")
    before = {s.name: (str(s.role), float(s.target_income_share or 0)) for s in plan.streams}
    shares = role_shares.swapped(roles, before)
    calls = [call("update_stream", stream_id=streams[n].id, role=roles[n],
                  **({"target_income_share": shares[n]} if n in shares else {}))
             for n in order]  # fmt: skip
    moved = role_shares.said(shares) if shares else ""
    _planned(calls, plan, today, out, f"Changed the roles together: {_said(roles)}{moved}.")


def wish_dict(reading: Reading) -> dict[str, Any]:
    """A wish kept in the state until the streams are proposed."""
    return {"stream": reading.subject, "hours": reading.hours, "share": reading.share,
            "role": reading.role}  # fmt: skip


def add_wishes(proposal: list[dict[str, Any]], wishes: list[dict[str, Any]], plan: Plan,
               today: dt.date) -> tuple[list[dict[str, Any]], list[str]]:  # fmt: skip
    """A new streams proposal with the kept wishes in it, and what was said about each."""
    out = Edit()
    current = proposal
    for wish in wishes:
        reading = Reading("wish", subject=str(wish["stream"]), hours=wish.get("hours"),
                          share=wish.get("share"), role=wish.get("role"))  # fmt: skip
        current = _on_proposal(reading, current, plan, today, out)
    return current, out.notes


# --- the proposal on the table -----------------------------------------------------------


def _named(reading: Reading, streams: list[str]) -> str | None:
    """The stream a reading is about. A stream asked for names one already there only when
    all its words are in that stream's name: "an online mixing course" is a new stream beside
    "Mixing", while "the podcast" is "Weekly podcast"."""
    named = names.find(reading.subject, streams)
    if named is None or reading.act != "wish" or reading.remove:
        return named
    return named if names.within(str(reading.subject), named) else None


def _on_proposal(reading: Reading, proposal: list[dict[str, Any]], plan: Plan, today: dt.date,
                 out: Edit) -> list[dict[str, Any]]:  # fmt: skip
    named = _named(reading, [c["args"]["name"] for c in proposal])
    if reading.act == "wish" and reading.remove:
        return _drop(named, proposal, out, reading.subject)
    if reading.act == "wish" and named is None:
        return _add(reading, proposal, plan, today, out)
    if named is None:
        out.unplaced.append(f"the stream '{reading.subject}'")
        return proposal
    changes = _changes(reading)
    updated = [dict(c, args={**c["args"], **changes}) if c["args"]["name"] == named else c
               for c in proposal]  # fmt: skip
    if "target_income_share" in changes or "target_hours" in changes:
        updated = _rebalanced(updated, changes.get("name", named))
    said = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in changes.items())
    what = f"change {named} ({said})"
    keep = changes.get("name", named) if "target_hours" in changes else None
    return _checked(updated, proposal, plan, today, out, f"Adjusted {named}.", what, keep)


def _changes(reading: Reading) -> dict[str, Any]:
    if reading.act == "wish":
        found = {"target_hours": reading.hours, "target_income_share": reading.share,
                 "role": reading.role}  # fmt: skip
        return {k: v for k, v in found.items() if v is not None}
    key = _FIELDS[str(reading.field)]
    value = reading.value
    if key in {"target_hours", "target_income_share"}:
        return {key: float(value or 0)}
    return {key: names.title(str(value)) if key == "name" else str(value)}


def _drop(named: str | None, proposal: list[dict[str, Any]], out: Edit,
          said: str | None) -> list[dict[str, Any]]:  # fmt: skip
    if named is None:
        out.unplaced.append(f"the stream '{said}'")
        return proposal
    if len(proposal) <= MIN_STREAMS:
        out.notes.append(
            f"A portfolio needs at least {MIN_STREAMS} streams (PC001), so I'll keep {named}; "
            "you could shrink it instead, e.g. 'make it 2 hours'."
        )
        return proposal
    kept = [c for c in proposal if c["args"]["name"] != named]
    out.notes.append(f"Dropped {named}.")
    return _rebalanced(kept, "")


def _add(reading: Reading, proposal: list[dict[str, Any]], plan: Plan, today: dt.date,
         out: Edit) -> list[dict[str, Any]]:  # fmt: skip
    args = new_stream(reading, plan)
    name = str(args["name"])
    invented = [i for i, c in enumerate(proposal) if _invented(c["args"]["name"], plan)]
    same_role = [i for i in invented if proposal[i]["args"]["role"] == args["role"]]
    updated = list(proposal)
    if same_role or len(updated) >= 5:
        gone = (same_role or invented or [len(updated) - 1])[-1]
        updated.pop(gone)
    updated.append(call("add_stream", **args))
    made_up = {c["args"]["name"] for c in updated if _invented(c["args"]["name"], plan)}
    updated = _fit(updated, name, capacity_of(plan), made_up)
    updated = _rebalanced(updated, name)
    hours = fmt_number(float(args["target_hours"]))
    done = f"Added {name} ({args['role']}, {hours} h a week), as you asked."
    return _checked(updated, proposal, plan, today, out, done, f"add {name} with {hours} h a week")


_ASKING = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:really\s+)?(?:want|would like|'d like|need)\s+(?:to\s+)?|add\s+|"
    r"start\s+|run\s+|try\s+|build\s+)(?:(?:a|an|the|my|some)\s+)?", re.I,
)  # fmt: skip


def stream_name(said: str) -> str:
    """A wished stream's name without the asking around it ("want a course stream" ->
    "Course")."""
    name = _ASKING.sub("", said.strip())
    name = re.sub(r"\s+stream$", "", name, flags=re.I).strip() or said.strip()
    return names.title(name)


def new_stream(reading: Reading, plan: Plan) -> dict[str, Any]:
    """The ``add_stream`` arguments of a wished stream: its role from the wish or its name."""
    name = stream_name(str(reading.subject))
    role = reading.role if reading.role in BANDS else role_of(Activity(name=name))
    hours = reading.hours if reading.hours is not None else BANDS[role][0]
    share = reading.share if reading.share is not None else DEFAULT_SHARE[role]
    return stream_for(name, role, float(hours), float(share)).as_args()


def _invented(name: str, plan: Plan) -> bool:
    """True for a stream the interviewer made up (built on the core skill, not an activity)."""
    parts = name.split(" & ")
    return not any(names.same(p, a.name) for p in parts for a in plan.activities)


def _fit(proposal: list[dict[str, Any]], keep: str, capacity: float,
         invented: set[str]) -> list[dict[str, Any]]:  # fmt: skip
    """Trim side streams (not the anchor, not ``keep``) toward their band minimum until the
    hours fit about 90 % of capacity; then drop ``invented`` streams if still over capacity."""
    result = [dict(c, args=dict(c["args"])) for c in proposal]
    budget = capacity * SLACK
    for c in sorted(result, key=lambda c: -c["args"]["target_hours"]):
        excess = sum(x["args"]["target_hours"] for x in result) - budget
        a = c["args"]
        if excess <= 0:
            break
        if a["role"] == "anchor" or a["name"] == keep:
            continue
        floor = BANDS[a["role"]][0]
        a["target_hours"] = max(floor, int((a["target_hours"] - excess) * 2) / 2)
    return _drop_invented(result, keep, capacity, invented)


def _drop_invented(proposal: list[dict[str, Any]], keep: str, capacity: float,
                   invented: set[str]) -> list[dict[str, Any]]:  # fmt: skip
    """Streams the interviewer made up, dropped (smallest share first) while the hours still
    exceed capacity and more than three streams remain."""
    result = list(proposal)
    spare = [c for c in result if c["args"]["name"] in invented and c["args"]["name"] != keep]
    spare.sort(key=lambda c: c["args"]["target_income_share"])
    while spare and len(result) > MIN_STREAMS and _hours(result) > capacity:
        result.remove(spare.pop(0))
    return result


def _hours(proposal: list[dict[str, Any]]) -> float:
    return float(sum(c["args"]["target_hours"] for c in proposal))


def _rebalanced(proposal: list[dict[str, Any]], keep: str) -> list[dict[str, Any]]:
    """Income shares adding up to 100 again: the difference goes to the anchor (or, when the
    anchor is the stream changed, to the largest other stream)."""
    if not proposal:
        return proposal
    proposal = [dict(c, args=dict(c["args"])) for c in proposal]  # the one before stays whole
    total = sum(float(c["args"]["target_income_share"]) for c in proposal)
    others = [c for c in proposal if c["args"]["name"] != keep]
    anchor = next((c for c in others if c["args"]["role"] == "anchor"), None)
    target = anchor or max(others or proposal, key=lambda c: c["args"]["target_income_share"])
    target["args"]["target_income_share"] = max(
        0.0, float(target["args"]["target_income_share"]) + 100 - total
    )
    return proposal


def _checked(updated: list[dict[str, Any]], before: list[dict[str, Any]], plan: Plan,
             today: dt.date, out: Edit, done: str, what: str,
             keep: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """The edited proposal when the rules accept it (with any warning said), else the proposal
    as it was and the refusal explained (``what`` names the change asked for; over capacity,
    the hours asked for ``keep`` come with the streams to shrink to make room for them)."""
    errors, warnings = dry_run(plan, updated, today)
    if errors:
        out.notes.append(f"I can't {what}: " + " ".join(errors) + " The proposal stays as it "
                         "was.")  # fmt: skip
        offer = room.shrink_offer(updated, keep, capacity_of(plan)) if keep else ""
        if offer and any("(PC007)" in e for e in errors):
            out.notes.append(offer)
        return before
    out.notes.append(done)
    out.notes += warnings[:2]
    return updated


def dry_run(plan: Plan, calls: list[dict[str, Any]], today: dt.date) -> tuple[list[str], list[str]]:
    """The errors that would refuse these calls (each with its code and fix) and the new
    warnings they would raise, found without changing anything."""
    current, seen = plan, {(f.code, f.path) for f in _warnings(plan, today)}
    for c in calls:
        operation: Any = _OPS[c["name"]](**c["args"])
        outcome = apply(current, operation, today=today)
        if not outcome.accepted:
            return [f"{f.message} ({f.code}). To fix it: {f.fix}." for f in outcome.findings], []
        current = outcome.plan
    fresh = [f for f in _warnings(current, today) if (f.code, f.path) not in seen]
    return [], [rule_note(f.code, f.message, f.fix) for f in fresh]


def _warnings(plan: Plan, today: dt.date) -> list[Any]:
    from agent.plan.rules import check

    return [f for f in check(plan, final=False, today=today) if f.severity == "warning"]


# --- streams already in the plan ---------------------------------------------------------


def _on_plan(reading: Reading, plan: Plan, today: dt.date, out: Edit) -> None:
    streams = {s.name: s for s in plan.streams}
    named = _named(reading, list(streams))
    if reading.act == "wish" and named is None and not reading.remove:
        args = new_stream(reading, plan)
        if len(plan.streams) >= MAX_STREAMS:
            out.notes.append(_swap_offer(str(args["name"]), plan))
            return
        calls = [call("add_stream", **args), *_share_moves(plan, "", -args["target_income_share"])]
        _planned(calls, plan, today, out, f"Added {args['name']} as you asked.")
        return
    if named is None:
        out.unplaced.append(f"the stream '{reading.subject}'")
        return
    stream = streams[named]
    if reading.act == "wish" and reading.remove:
        if len(plan.streams) <= MIN_STREAMS:
            out.notes.append(f"A portfolio needs at least {MIN_STREAMS} streams (PC001), so "
                             f"I'll keep {named}.")  # fmt: skip
            return
        calls = [call("remove_stream", stream_id=stream.id),
                 *_share_moves(plan, stream.id, stream.target_income_share)]  # fmt: skip
        _planned(calls, plan, today, out, f"Dropped {named}.")
        return
    changes = _changes(reading)
    calls = [call("update_stream", stream_id=stream.id, **changes)]
    if "target_income_share" in changes:
        calls += _share_moves(plan, stream.id, stream.target_income_share -
                              changes["target_income_share"])  # fmt: skip
    _planned(calls, plan, today, out, f"Changed {named}.")


#: A sixth stream wished for: which one it would take the place of.
SWAP_OFFER = (
    "You have {count} streams already, the most a portfolio holds (PC001), so {name} needs the "
    "place of one of them. Which one would it replace? Say e.g. 'swap {smallest} for {name}', "
    "or keep them as they are."
)


def _swap_offer(name: str, plan: Plan) -> str:
    """The question back for a stream wished for when the portfolio is full."""
    smallest = min(plan.streams, key=lambda s: (s.role == "anchor", s.target_hours))
    return SWAP_OFFER.format(count=len(plan.streams), name=name, smallest=smallest.name)


def _applied(plan: Plan, calls: list[dict[str, Any]], today: dt.date) -> Plan:
    """``plan`` with ``calls`` applied (each was checked before it was planned)."""
    for c in calls:
        operation: Any = _OPS[c["name"]](**c["args"])
        outcome = apply(plan, operation, today=today)
        if outcome.accepted:
            plan = outcome.plan
    return plan


def _share_moves(plan: Plan, changed: str, freed: float) -> list[dict[str, Any]]:
    """Give ``freed`` points of income share to the anchor (or take them from it)."""
    anchor = next((s for s in plan.streams if s.role == "anchor" and s.id != changed), None)
    if anchor is None or not freed:
        return []
    share = max(0.0, anchor.target_income_share + freed)
    return [call("update_stream", stream_id=anchor.id, target_income_share=share)]


def _planned(calls: list[dict[str, Any]], plan: Plan, today: dt.date, out: Edit,
             done: str) -> None:  # fmt: skip
    errors, warnings = dry_run(plan, calls, today)
    if errors:
        out.notes.append("I can't make that change: " + " ".join(errors) + " Nothing changed.")
        return
    out.calls += calls
    out.notes.append(done)
    out.notes += warnings[:2]
