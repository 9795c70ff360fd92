"""Answers the interviewer reads without the dialog manager: a yes or no to a question back,
a correction of a recent answer, a step of the quarterly review, a change of the week, "go back"
(part of the guided interviewer, :mod:`.model`)."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from agent.interviewer import amounts, dialog, flow, listen, parse, taken_back
from agent.interviewer import review as rv
from agent.interviewer.phrases import NOTHING_TO_UNDO, UNDONE, UNDONE_WAITING, plural
from agent.interviewer.reading import acts, asks
from agent.interviewer.state import State
from agent.interviewer.tool_results import ToolResults
from agent.plan.models import Plan

#: The kind of figure each question records, for routing a correction by its unit.
FIGURES = {"capacity": "hours", "act:hours": "hours", "buffer": "revenue", "spending": "revenue",
           "act:revenue": "revenue"}  # fmt: skip


class Answering(ToolResults):
    """Reading the answers that keep their own reading."""

    def _on_confirm(self, state: State, plan: Plan, text: str, n: int) -> AIMessage | None:
        """The answer to a question back: a yes records what was asked about, a bare no keeps
        the plan as it is; anything else is read as a new message at the open question."""
        pending, state.confirm = state.confirm, {}
        state.ask = str(pending.get("ask") or self._next(state, plan))
        answer = parse.parse_yes_no(text)
        if not (answer and len(parse.normalise(text).split()) <= 4):
            state.declined += [list(i["read"]) for i in pending.get("items", []) if i.get("read")]
        if answer and len(parse.normalise(text).split()) <= 4:
            state.queue, state.turn.settle = listen.confirmed(pending)
            state.turn.notes = ["Done."]
            state.turn.hold = True  # a yes to a question back is no try at the open question
            return self._emit(state, plan, n)
        # "no work on Sundays, ...": a limit said with "no" is read as a message, no bare no
        limit = acts.no_as_limit(parse.normalise(text))
        if answer is False and not any(ch.isdigit() for ch in text) and not limit:
            return self._ask(state, plan, ["All right, I kept it as it was."])
        return None

    @staticmethod
    def _unit_correction(kind: parse.Intent, rest: str, decision: dialog.Decision) -> bool:
        """True for a correction the reading found nothing in but whose figure names its unit
        ("sorry, consulting brings in 9k"): it goes to the recent question about that kind of
        figure, as below. A correction without a figure and unit ("sorry, the dog needs
        walking") is no answer."""
        if kind is not parse.Intent.CORRECTION or decision.acts or not decision.reply:
            return False
        return amounts.figure_kind(amounts.drop_negated_figures(rest)) is not None

    def _review(self, state: State, plan: Plan, text: str, skipped: bool, n: int) -> AIMessage:
        """One step of the quarterly review (started by "quarterly review" on a final plan)."""
        if not state.review:
            if not plan.streams:
                return self._ask(state, plan, ["There are no streams to review yet."])
            state.review = rv.start(plan)
            return self._ask(state, plan, [rv.INTRO])
        reply = rv.answer(state.review, text, plan, self.clock(), skipped=skipped)
        if not reply.calls:
            return self._ask(state, plan, [*reply.notes, reply.reply])
        state.queue, state.turn.settle, state.turn.notes = reply.calls, reply.settle, reply.notes
        state.turn.recheck = bool(reply.settle)
        return self._emit(state, plan, n)

    def _week(self, state: State, plan: Plan, change: flow.Answer, n: int) -> AIMessage:
        """A change of blocks or loops in words: the proposal edited, or the tool calls made
        (and the final checks run again when the plan was final)."""
        if change.proposal is not None:
            state.proposal = change.proposal
        if not change.calls:
            return self._ask(state, plan, [*change.notes, change.reply])
        state.queue, state.turn.settle = list(change.calls), change.settle
        state.turn.notes, state.turn.week = change.notes, True
        if state.turn.was_final:
            state.queue.append(flow.call("finalise"))
            state.turn.recheck = True
        return self._emit(state, plan, n)

    def _answer(self, state: State, plan: Plan, text: str) -> flow.Answer:
        return flow.answer(state.ask, text, plan, self.clock(), state.proposal, state.options)

    def _correction(self, state: State, plan: Plan, rest: str) -> flow.Answer | None:
        """Re-answer the recent question the correction is about.

        A figure with a unit goes to the question about that kind of figure ("9000 a year" to
        revenue even when one answer settled hours and revenue together); a bare number only
        to the question that was asked (the first id of each settled answer).
        """
        said = rest
        rest = amounts.drop_negated_figures(rest)
        kind = amounts.figure_kind(rest)
        bare = kind is None and any(ch.isdigit() for ch in parse.normalise(rest))
        recent = [(n, qid) for ids, *_ in state.settled[-3:][::-1] for n, qid in enumerate(ids)]
        for position, qid in recent:
            if asks.kind(qid) in {"streams", "blocks", "loops", "finalise", "forecast",
                                  "export", "cv"}:  # fmt: skip
                continue
            if kind is not None and FIGURES.get(asks.kind(qid)) != kind:
                continue
            if bare and qid.startswith("act:") and position > 0:
                continue
            if taken_back.not_meant(said, plan, qid):
                continue  # "30 hours not 32": the answer that holds 32 is the one corrected
            fixed = flow.answer(qid, rest, plan, self.clock(), state.proposal)
            if fixed.calls:
                fixed.notes = ["Corrected.", *fixed.notes]
                return fixed
        return None

    def _undo(self, state: State, plan: Plan, n: int) -> AIMessage:
        if not state.settled:
            return self._ask(state, plan, [NOTHING_TO_UNDO])
        count = int(state.settled[-1][1])
        memo = state.settled[-1][2] if len(state.settled[-1]) > 2 else {}
        said = int(memo.get("changes", count))  # a list call is one undo of several changes
        state.turn.pop = True
        state.turn.notes = [UNDONE.format(count=said, s=plural(said)) if count else UNDONE_WAITING]
        state.queue = [flow.call("undo") for _ in range(count)]
        return self._emit(state, plan, n)
