"""What the interviewer makes of a tool's result: guidance cards cited, a change recorded,
a refusal taken back whole (part of the guided interviewer, :mod:`.model`)."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage

from agent.interviewer import flow, guide, lists
from agent.interviewer import review as rv
from agent.interviewer.compose import recorded_line
from agent.interviewer.phrases import rule_note
from agent.interviewer.replies import CARD_STAGE, Replying
from agent.interviewer.results import READERS
from agent.interviewer.state import State
from agent.plan.models import Plan

#: Plan-changing tools; the others (search, check, export) change nothing to undo.
READ_ONLY = {"search_guidance", "check_plan", "export_plan", "audit_cv", "finalise",
             "show_options", "forecast_cash_flow", "record_review_actuals",
             "what_changed", "find_skill_edges"}  # fmt: skip
QUESTION_OF_STAGE = {stage: qid for qid, stage in CARD_STAGE.items()}
REOPEN = {"PC021": "core", "PC020": "review", "PC017": "blocks", "PC011": "loops"}


class ToolResults(Replying):
    """Reading each tool result and going on with the turn."""

    def _after_tool(self, state: State, plan: Plan, result: ToolMessage, n: int) -> AIMessage:
        body = _json(result.content)
        status = str(body.get("status", "error"))
        name = state.turn.pending
        if (
            name == "search_guidance"
            and state.turn.question
            and (state.turn.pending_args.get("query") == state.turn.question)
        ):
            asks = [state.ask, "loops"] if state.ask == "blocks" else [state.ask]
            cited = {t for q in asks for t in state.cards.get(q, [])}
            cards = list(body.get("cards", []))
            state.turn.notes.append(guide.answer(cards, cited, state.turn.question, _names(plan)))
        elif name == "search_guidance":
            titles = [str(c.get("title", c.get("id", ""))) for c in body.get("cards", [])][:2]
            stage = str(state.turn.pending_args.get("stage") or state.ask or "_")
            qid = QUESTION_OF_STAGE.get(stage, stage)
            state.cards[qid] = [t for t in titles if t] or ["(no card found)"]
        elif name == "finalise" and state.turn.recheck:
            state.final = status == "accepted"
            state.turn.notes += rv.read_finalise(body)
        elif name == "suggest_rebalance":
            state.turn.notes += rv.read_rebalance(body)
            if body.get("status") == "accepted":
                state.turn.ops += int(body.get("operations", 0))
                if body.get("operations"):
                    state.final = False
        elif name in READERS:
            state.turn.notes += READERS[name](state, plan, body)
        elif status in {"accepted", "ok"}:
            self._accepted(state, name, body, plan)
        elif not state.turn.rollback:
            return self._refused(state, plan, body, n)
        return self._emit(state, plan, n)

    def _accepted(self, state: State, name: str, body: dict[str, Any], plan: Plan) -> None:
        if state.turn.rollback:
            return
        if name == "finalise":
            state.final = True
        if name not in READ_ONLY:
            state.final = False
            # adopt_option applies a whole list of operations; undo must take back each one.
            state.turn.ops += int(body.get("operations", 1))
        singles = lists.singles(name, state.turn.pending_args)
        state.turn.listed += len(singles) - 1
        for single, args in singles:
            untold = _untold(single, args, state.turn.told)
            if untold is not None:  # a change said aloud already is not listed again
                said = _with_stream_name(untold, plan)
                state.turn.done.append(recorded_line(single, said, body, plan.currency))
        state.turn.warnings = [
            rule_note(str(f.get("code", "")), str(f.get("message", "")), str(f.get("fix", "")))
            for f in body.get("findings", [])
            if f.get("severity") == "warning"
        ][:2]

    def _refused(self, state: State, plan: Plan, body: dict[str, Any], n: int) -> AIMessage:
        findings = body.get("findings") or []
        # the rules that refused it; a warning beside them is no reason for the refusal
        blocking = [f for f in findings if f.get("severity", "error") != "warning"] or findings
        reasons = [
            f"{f.get('message', '')} ({f.get('code', '?')}). To fix it: "
            f"{str(f.get('fix', '')).rstrip('. ')}."
            for f in blocking
        ] or [str(e) for e in body.get("errors", [])]
        state.turn.rollback = "I couldn't record that: " + " ".join(reasons) + " Nothing changed."
        if state.turn.memo:
            state.held, state.wishes = state.turn.memo["held"], state.turn.memo["wishes"]
            state.limits = state.turn.memo.get("limits", state.limits)
        for finding in findings:
            reopen = REOPEN.get(str(finding.get("code")))
            state.settled = [s for s in state.settled if reopen not in s[0]]
        state.queue = [flow.call("undo") for _ in range(state.turn.ops)]
        if state.turn.pending == "finalise":
            state.final = False
        elif state.turn.ops and state.turn.was_final:
            # Undoing leaves the plan as it was, but as new events: the checks mark it final again.
            state.queue.append(flow.call("finalise"))
            state.turn.recheck = True
        state.turn.settle, state.turn.ops, state.turn.listed = [], 0, 0
        return self._emit(state, plan, n)


def _untold(tool: str, args: dict[str, Any], calls: list[list[Any]]) -> dict[str, Any] | None:
    """The arguments of an accepted call the reply has not said yet (``calls``: the calls
    whose change a note says, with the arguments said), ``None`` when the change was said
    aloud whole ("Changed your hours from 40 h a week to 45 h a week.")."""
    name = str(args.get("name", ""))
    told = [k for c in calls if c[0] == tool and c[1] == name for k in c[2]]
    if not told:
        return args
    rest = {k: v for k, v in args.items() if k not in told}
    return None if "*" in told or not set(rest) - {"name"} else rest


def _json(content: Any) -> dict[str, Any]:
    try:
        data = json.loads(content) if isinstance(content, str) else content
    except ValueError:
        status = "refused" if "refused" in str(content).lower() else "ok"
        return {"status": status, "findings": [], "errors": [str(content)]}
    return data if isinstance(data, dict) else {"status": "ok"}


def _names(plan: Plan) -> list[str]:
    """The names a question back may speak of: the plan's activities, streams and skills."""
    return [*(a.name for a in plan.activities), *(s.name for s in plan.streams),
            *(s.name for s in plan.skills)]  # fmt: skip


def _with_stream_name(args: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """A tool call's arguments with the name of the stream its ``stream_id`` points at, for
    the line that says what was recorded ("Bus driver: 55 % of income", not its id)."""
    stream_id = args.get("stream_id")
    if not isinstance(stream_id, str):
        return args
    name = next((s.name for s in plan.streams if s.id == stream_id), stream_id.replace("-", " "))
    return {**args, "stream": name}
