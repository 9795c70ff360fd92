"""The quarterly review in the guided chat: actuals stream by stream, the review questions,
the comparison, and the suggestions the person picks.

Pure functions over the review's progress (a JSON-ready dict kept in the interviewer's state,
so a stored conversation resumes mid-review) and the plan. Figures are read with ``parse``
("about 12 hours", "£3k"); the plan changes only through ``record_review_actuals`` and
``suggest_rebalance``, so the rules judge every suggestion the person accepts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from agent.interviewer import amounts, choices, parse
from agent.interviewer.flow import Answer, call
from agent.interviewer.parse import fmt_number
from agent.plan.models import Plan

WEEKS = 13
#: The open step: the figures of one stream, its income alone, the two review questions,
#: then the pick among the suggestions.
STEPS = ("stream", "income", "taught", "failed", "pick")
INTRO = (
    "Let's do your quarterly review: how the last quarter really went against the plan, then "
    "what to rebalance. One stream at a time; say 'skip' for a figure you don't have."
)
_REVIEW = re.compile(
    r"\b(?:quarterly review|(?:do|start|run|begin) (?:the|my|a|our) (?:quarterly )?review|"
    r"review (?:time|my plan|the plan|the quarter)|let'?s review)\b|^review$"
)
_CHANGES = re.compile(
    r"\bwhat(?:'s| has| have)? changed\b|\bwhat did (?:we|i|the review) change\b|"
    r"\bchanges since\b|\bdiff(?:erence)? since\b"
)
_ALL = re.compile(r"^(?:all|all of them|every ?(?:thing|one)|yes|yes,? all|apply (?:them )?all)$")


def wants_review(text: str) -> bool:
    """True for "quarterly review", "let's do the review", "review" and the like."""
    return bool(_REVIEW.search(parse.normalise(text).strip(" .!?")))


def wants_changes(text: str) -> bool:
    """True for "what changed since last quarter?" and the like."""
    return bool(_CHANGES.search(parse.normalise(text)))


def start(plan: Plan) -> dict[str, Any]:
    """A new review of the plan's streams, in plan order."""
    return {"step": "stream", "i": 0, "streams": [s.id for s in plan.streams], "actuals": [],
            "taught": [], "failed": [], "answers": {}, "suggestions": []}  # fmt: skip


def qid(review: dict[str, Any]) -> str:
    """The open question's id (``rv:stream:consulting``, ``rv:taught``...)."""
    step = str(review.get("step", "stream"))
    if step in {"stream", "income"}:
        return f"rv:{step}:{review['streams'][review['i']]}"
    return f"rv:{step}"


def _names(plan: Plan) -> dict[str, str]:
    return {s.id: s.name for s in plan.streams}


def question(review: dict[str, Any], plan: Plan) -> str:
    """The question for the open review step."""
    step = review.get("step")
    if step in {"stream", "income"}:
        sid = review["streams"][review["i"]]
        stream = next((s for s in plan.streams if s.id == sid), None)
        name = stream.name if stream else sid
        if step == "income":
            return f"And what did {name} bring in this quarter? (e.g. '£3k', or 'nothing')"
        target = ""
        if stream is not None:
            target = f" (target {fmt_number(stream.target_hours)} h a week)"
        return (
            f"{name}{target}: about how many hours a week did it really take this quarter, "
            "and what did it bring in? (e.g. 'about 12 hours, £3k')"
        )
    if step == "taught":
        return (
            "What did one stream teach another this quarter? e.g. 'consulting taught the "
            "podcast how to interview'. (or 'skip')"
        )
    if step == "failed":
        return "Did any stream fail its promise? Name it and why, or say 'none'."
    lines = [f"{n}. {s['title']} ({s['reason']})" for n, s in enumerate(review["suggestions"], 1)]
    return "\n".join(
        ["Here is what I'd rebalance:", *lines,
         "Which shall I apply? Say 'all', pick numbers ('1 and 3'), or 'none'."]
    )  # fmt: skip


def answer(
    review: dict[str, Any], text: str, plan: Plan, today: dt.date, *, skipped: bool
) -> Answer:
    """What one answer does to the review: the next question, or the tool calls to make."""
    step = review.get("step")
    if step == "stream":
        return _stream(review, text, skipped)
    if step == "income":
        return _income(review, text, skipped)
    if step in {"taught", "failed"}:
        return _question(review, str(step), text, plan, skipped)
    return _pick(review, text, plan, today, skipped)


def back(review: dict[str, Any]) -> str:
    """Step back one question ("go back" during a review); the note to show."""
    step = review.get("step")
    if step in {"failed", "compare", "pick"}:
        review["step"] = "taught"
        review["taught"], review["failed"], review["answers"] = [], [], {}
    elif review.get("actuals"):
        review["i"] = len(review["actuals"]) - 1
        review["actuals"].pop()
        review["step"] = "stream"
    else:
        return "We're at the start of the review."
    return "Going back one question."


def _quarter(reading: amounts.Reading) -> float:
    """Income for the quarter: a figure with a period ("1k a month") is a rate."""
    if reading.period:
        return round(reading.value * WEEKS / 52, 2)
    return reading.value


def _stream(review: dict[str, Any], text: str, skipped: bool) -> Answer:
    if skipped:
        return _next_stream(review, ["Skipped; that stream stays out of the comparison."])
    hours = amounts.parse_hours(text)
    if hours is None:
        return Answer(reply="I need the hours, e.g. 'about 12 hours, £3k'.")
    money = amounts.parse_money(text, bare_numbers=False)
    if money is None and (other := amounts.parse_money(text)) and other.value != hours.value:
        money = other
    review["pending"] = {"hours": hours.value}
    notes = [hours.note] if hours.note else []
    if money is None:
        review["step"] = "income"
        return Answer(notes=notes)
    return _record(review, _quarter(money), notes)


def _income(review: dict[str, Any], text: str, skipped: bool) -> Answer:
    money = None if skipped else amounts.parse_money(text)
    if money is None and not skipped:
        return Answer(reply="I need an amount, e.g. '£3k', '1,200' or 'nothing'.")
    return _record(review, _quarter(money) if money else 0.0, [])


def _record(review: dict[str, Any], income: float, notes: list[str]) -> Answer:
    sid = review["streams"][review["i"]]
    hours = float(review.pop("pending", {}).get("hours", 0.0))
    review["actuals"].append({"stream": sid, "hours_per_week": hours, "income": income})
    line = f"Noted: {fmt_number(hours)} h a week, {fmt_number(income)} this quarter."
    return _next_stream(review, [*notes, line])


def _next_stream(review: dict[str, Any], notes: list[str]) -> Answer:
    review["i"] += 1
    review["step"] = "stream" if review["i"] < len(review["streams"]) else "taught"
    return Answer(notes=notes)


def _mentioned(text: str, plan: Plan) -> list[str]:
    """Stream ids named in the text, in the order they appear."""
    low = parse.normalise(text)
    found: list[tuple[int, str]] = []
    for s in plan.streams:
        words = [s.name.lower(), *re.findall(r"[a-z]{4,}", s.name.lower())]
        hits = [low.find(w) for w in words if w and low.find(w) >= 0]
        if hits:
            found.append((min(hits), s.id))
    return [sid for _, sid in sorted(found)]


def _question(review: dict[str, Any], step: str, text: str, plan: Plan, skipped: bool) -> Answer:
    said = text.strip().rstrip(".")
    named = [] if skipped else _mentioned(said, plan)
    if step == "taught":
        if len(named) >= 2:
            review["taught"].append({"from_stream": named[0], "to_stream": named[1], "what": said})
        if not skipped:
            review["answers"]["1"] = said
        review["step"] = "failed"
        return Answer(notes=[] if skipped or len(named) >= 2 else ["Noted in your words."])
    if not skipped and not parse.is_none_answer(said) and parse.parse_yes_no(said) is not False:
        if named:
            review["failed"].append({"stream": named[0], "note": said})
        review["answers"]["4"] = said
    review["step"] = "compare"
    return Answer([call("record_review_actuals", **actuals(review))])


def actuals(review: dict[str, Any]) -> dict[str, Any]:
    """The arguments of ``record_review_actuals`` gathered so far."""
    return {"weeks": WEEKS, "streams": review["actuals"], "taught": review["taught"],
            "failed_promise": review["failed"], "answers": review["answers"]}  # fmt: skip


def _pick(review: dict[str, Any], text: str, plan: Plan, today: dt.date, skipped: bool) -> Answer:
    codes = [str(s["code"]) for s in review["suggestions"]]
    low = parse.normalise(text).strip(" .!?")
    if skipped or parse.is_none_answer(low) or parse.parse_yes_no(low) is False:
        review.clear()
        return Answer(notes=["Nothing applied: the plan stays as it is."])
    if _ALL.match(low):
        chosen = codes
    else:
        numbers = choices.parse_numbers(low, len(codes))
        if not numbers:
            return Answer(reply="Say 'all', the numbers to apply (e.g. '1 and 3'), or 'none'.")
        chosen = [codes[n - 1] for n in numbers]
    notes = []
    due = plan.review is None or plan.review.date <= today
    if due and "RB006" in codes and "RB006" not in chosen:
        # The review being held is the one booked: the plan needs the next date to stay final.
        chosen.append("RB006")
        notes.append("I also booked the next review, twelve weeks out, as this one is done.")
    calls = [
        # Recorded again so the suggestions apply even if the app restarted since the comparison.
        call("record_review_actuals", **actuals(review)),
        call("suggest_rebalance", apply=chosen),
        call("finalise"),
    ]
    review.clear()
    return Answer(calls, ["review-applied"], notes)


def read_actuals(review: dict[str, Any], body: dict[str, Any]) -> list[str]:
    """The comparison shown after ``record_review_actuals``; opens the pick."""
    if body.get("status") != "ok":
        review.clear()
        return ["I couldn't record the review: " + " ".join(map(str, body.get("errors", [])))]
    if review.get("step") != "compare":
        return []  # recorded again just before applying: already shown
    review["suggestions"] = list(body.get("suggestions", []))
    review["step"] = "pick"
    return ["\n".join(["How the quarter went against the plan:",
                       *(f"- {x}" for x in body["summary"])])]  # fmt: skip


def read_rebalance(body: dict[str, Any]) -> list[str]:
    """What applying the chosen suggestions did, refusals explained."""
    if body.get("status") == "refused":
        why = "; ".join(f"{f.get('message', '')} ({f.get('code', '?')}). To fix it: "
                        f"{f.get('fix', '')}" for f in body.get("findings", []))  # fmt: skip
        return [f"I couldn't apply those: {why}. Nothing changed."]
    if body.get("status") != "accepted":
        return ["I couldn't apply those: " + " ".join(map(str, body.get("errors", [])))]
    lines = [f"Applied {', '.join(body.get('applied', [])) or 'nothing'} "
             f"({body.get('operations', 0)} change(s))."]  # fmt: skip
    for refused in body.get("refused", []):
        fixes = "; ".join(str(f.get("fix", "")) for f in refused.get("findings", []))
        lines.append(f"{refused.get('code')} was refused by the rules: {fixes}")
    if body.get("version"):
        lines.append(f"I kept this as version {body['version']} of your plan; ask 'what "
                     "changed since last quarter?' any time.")  # fmt: skip
    return [" ".join(lines)]


def read_finalise(body: dict[str, Any]) -> list[str]:
    """The final checks after a review: final again, or what to fix (the changes stay)."""
    if body.get("status") == "accepted":
        return ["The plan passes the final checks again."]
    errors = [f for f in body.get("findings", []) if f.get("severity") == "error"]
    fixes = "; ".join(f"{f.get('fix', '')} ({f.get('code', '?')})" for f in errors)
    return [f"The plan is a draft again until: {fixes}."]


def read_changes(body: dict[str, Any]) -> list[str]:
    """What changed since the last version, for the chat."""
    if body.get("status") != "ok":
        return ["I can't compare versions here: " + " ".join(map(str, body.get("errors", [])))]
    since = body.get("since")
    if not since:
        return ["There's no earlier version to compare with yet; one is kept when the plan "
                "is finalised and after each review."]  # fmt: skip
    head = f"Since version {since['version']} ({since['label']}, {since['date']}):"
    changes = body.get("changes") or ["nothing has changed"]
    return ["\n".join([head, *(f"- {c}" for c in changes)])]
