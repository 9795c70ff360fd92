"""How the interviewer speaks: tool calls one at a time, then a reply that shows what was
recorded and asks the open question (part of the guided interviewer, :mod:`.model`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage

from agent.interviewer import asking, flow, lists, waiting
from agent.interviewer import review as rv
from agent.interviewer.compose import question_text, week_lines
from agent.interviewer.phrases import RULE_NOTE, WELCOME
from agent.interviewer.reading import asks
from agent.interviewer.state import KEY, State, Turn
from agent.plan.models import Plan

#: Questions preceded by a guidance search whose card titles the reply cites.
GUIDED = {
    "core": "core skill worth 10,000 hours",
    "streams": "designing portfolio streams anchor client leverage seed allocation",
    "blocks": "time blocks weekly rhythm context switching",
    "loops": "feedback loops streams teach fund protect",
}
#: The guidance cards' journey stage for each question that cites them.
CARD_STAGE = {"core": "core-skill", "streams": "streams", "blocks": "time-blocks",
              "loops": "feedback-loops"}  # fmt: skip
#: Questions never skipped for want of an answer (the plan cannot do without them).
NEVER_SKIPPED = frozenset({"activities", "streams", "blocks", "loops", "review", "finalise",
                           "forecast", "export", "done", "confirm", "continue", "cv"})  # fmt: skip
#: Questions whose second asking is no repeat of the same words (they carry their own state).
_NOT_REPEATED = frozenset({"confirm", "continue", "cv", "activities", "streams", "blocks",
                           "loops"})  # fmt: skip


class Replying:
    """Emitting tool calls and replies, settling what an answer changed, asking the next
    question."""

    if TYPE_CHECKING:
        plan_view: Callable[[], Any]
        clock: Callable[[], dt.date]
        max_calls_per_turn: int

    def _emit(self, state: State, plan: Plan, n: int) -> AIMessage:
        if state.queue and len(state.turn.done) < self.max_calls_per_turn:
            # the calls left this turn: a list call counts each of its items
            room = self.max_calls_per_turn - len(state.turn.done)
            next_call = lists.next_call(state.queue, room)
            state.turn.pending = next_call["name"]
            state.turn.pending_args = next_call["args"]
            tool_call = {"name": next_call["name"], "args": next_call["args"],
                         "id": f"gi-{n}-{next_call['name']}", "type": "tool_call"}  # fmt: skip
            return AIMessage(content="", tool_calls=[tool_call],
                             additional_kwargs={KEY: state.to_dict()})  # fmt: skip
        if state.queue:
            state.ask = "continue"
            lines = [
                *state.turn.done,
                "That's a lot at once: say 'go on' and I'll record the rest.",
            ]
            return self._message(state, "\n".join(lines))
        self._settle(state)
        follow = self._next(state, self._plan())
        if follow in GUIDED and follow not in state.cards:
            # Searched before it is first asked: asking it next is no repeat.
            state.ask, state.repeat = follow, -1
            # The blocks question also proposes the loops, so it cites their guidance too.
            stages = [follow, "loops"] if follow == "blocks" else [follow]
            state.queue = [flow.call("search_guidance", query=GUIDED[s], stage=CARD_STAGE[s])
                           for s in stages if s not in state.cards]  # fmt: skip
            if follow == "core":  # the edge in a combination is offered with the question
                state.queue.append(flow.call("find_skill_edges"))
            return self._emit(state, self._plan(), n)
        return self._ask(state, self._plan(), self._summary(state))

    def _settle(self, state: State) -> None:
        turn = state.turn
        if turn.applied:
            return
        turn.applied = True
        if turn.pop and state.settled:
            entry = state.settled.pop()
            memo = entry[2] if len(entry) > 2 else {}
            # Questions asked and left are counted as they were before that answer, so the
            # same message said again after "go back" is read the same way.
            state.stuck_on = memo.get("stuck_on", "")
            state.asked_back = dict(memo.get("asked", {}))
            # and the work "it" meant, and two figures asked which, as that answer found them
            state.spoken = memo.get("spoken", "")
            state.spoken_at = memo.get("spoken_at", "")
            state.torn = list(memo.get("torn", []))
            if memo:  # the facts and wishes kept before that answer
                state.held = memo.get("held", state.held)
                state.wishes = memo.get("wishes", state.wishes)
                state.limits = memo.get("limits", state.limits)
                turn.repeat = memo.get("repeat")
                if memo.get("confirm"):  # the question back that was waiting, asked again
                    state.confirm, state.declined = memo["confirm"], memo["declined"]
            # What was on the table when that answer came, with the person's changes to it
            # ("make consulting 8 hours", then "yes"), is on the table again; else it is made
            # afresh from the plan.
            state.proposal = list(memo.get("proposal", [])) if memo else []
            state.options = list(memo.get("options", [])) if memo else []
        elif (set(turn.settle) - state.settled_ids() or turn.ops or turn.memo) and not (
            turn.rollback
        ):
            # Every answer that changed something is one step back for "go back".
            memo = {**turn.memo, **turn.asked_back}
            # How often the question had been asked, so that the answer said again after
            # "go back" is read as it was the first time (left after two tries, or not).
            memo["repeat"] = state.repeat
            if turn.listed:  # what "go back" tells: every change, a list call's items each
                memo["changes"] = turn.ops + turn.listed
            if any(asks.kind(q) in flow.PROPOSALS for q in turn.settle):
                memo["proposal"], memo["options"] = state.proposal, state.options
                state.proposal, state.options = [], []
            state.settled.append([turn.settle, turn.ops, memo] if memo
                                 else [turn.settle, turn.ops])  # fmt: skip
            if "cv" in turn.settle:
                state.cv = []

    def _summary(self, state: State) -> list[str]:
        turn = state.turn
        if turn.rollback and turn.week:
            return [turn.rollback, "Your week as it stands:", *week_lines(self._plan())]
        if turn.rollback:
            return [turn.rollback]
        lines = [*turn.notes]
        if turn.done and not turn.pop:
            lines.append("Recorded: " + "; ".join(_unique(turn.done)) + ".")
        return lines + turn.warnings

    def _ask(self, state: State, plan: Plan, lead: list[str]) -> AIMessage:
        follow = self._next(state, plan)
        if follow != state.ask or state.repeat < 0:  # first asked: what waits is said again
            lead = [*lead, waiting.still(state.held, follow, plan.capacity is not None)]
        restored, turn = state.turn.repeat, state.turn
        if restored is not None:
            state.repeat = restored
        elif follow != state.ask:
            state.repeat, state.doubted_at = 0, ""
        elif not (turn.greet or turn.hold):  # asked before, and the message tried to answer
            state.repeat += 1
        state.ask = follow
        text = question_text(state.ask, plan, self.clock(), state)
        if state.repeat >= 1 and follow not in _NOT_REPEATED:
            text = asking.again(follow, text, skippable=follow not in NEVER_SKIPPED)
        # A warning of the rules is said once while its figures stay the same (the plan panel
        # keeps showing it).
        said = [x for x in dict.fromkeys(lead) if x and x not in state.warned]
        state.warned += [x for x in said if x.startswith(RULE_NOTE)]
        return self._message(state, "\n\n".join([*said, text]))

    def _next(self, state: State, plan: Plan) -> str:
        """The open question: the CV's skills while they wait for an answer, the review's step
        during a review, else the journey."""
        if state.confirm:
            return "confirm"
        if state.cv:
            return "cv"
        if state.review:
            return rv.qid(state.review)
        return flow.next_question(plan, state.settled_ids())

    def _message(self, state: State, text: str) -> AIMessage:
        if state.turn.greet:
            text = f"{WELCOME}\n\n{text}"
        state.turn = Turn()
        return AIMessage(content=text, additional_kwargs={KEY: state.to_dict()})

    def _plan(self) -> Plan:
        plan = self.plan_view()
        return plan if isinstance(plan, Plan) else Plan()


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
