"""``GuidedInterviewer``: a deterministic LangChain chat model that conducts a career reboot.

It reads the conversation (its own state rides in its messages) and the current plan (through
``plan_view``), and answers as an LLM would: with one tool call at a time while an answer is
being recorded, then with a short coach-like reply that shows what was recorded and asks the
next question. One call per message keeps the event log in the same order on every run.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict

from agent.interviewer import (
    asking,
    choices,
    cvskills,
    dialog,
    flow,
    guide,
    listen,
    names,
    parse,
    refer,
    week,
)
from agent.interviewer import review as rv
from agent.interviewer.compose import question_text, recorded_line, week_lines
from agent.interviewer.currency import currency_calls
from agent.interviewer.phrases import (
    NOTHING_TO_UNDO,
    RULE_NOTE,
    SKIPPED,
    UNDONE,
    WELCOME,
    plural,
    rule_note,
)
from agent.interviewer.results import READERS
from agent.interviewer.state import KEY, State, Turn, latest_state
from agent.plan.models import Plan

#: Plan-changing tools; the others (search, check, export) change nothing to undo.
READ_ONLY = {"search_guidance", "check_plan", "export_plan", "audit_cv", "finalise",
             "show_options", "forecast_cash_flow", "record_review_actuals",
             "what_changed", "find_skill_edges"}  # fmt: skip
#: Where a quarterly review may start: the plan has passed (or is at) its final checks.
REVIEW_FROM = {"finalise", "forecast", "export", "done"}
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
QUESTION_OF_STAGE = {stage: qid for qid, stage in CARD_STAGE.items()}
#: The kind of figure each question records, for routing a correction by its unit.
FIGURES = {"capacity": "hours", "act:hours": "hours", "buffer": "revenue", "spending": "revenue",
           "act:revenue": "revenue"}  # fmt: skip
#: Questions at which the week can be changed in words: while blocks or loops are proposed
#: (the proposal is edited) and once they are in the plan (tool calls).
PROPOSING = {"blocks", "loops"}
WEEK_ASKS = PROPOSING | {"review"} | REVIEW_FROM
#: Messages a question back waits through (asides, questions) before the plan is kept as is.
ASK_BACK_TRIES = 2
LEFT_FOR_NOW = "Let's leave that one for now; I've noted it as unknown, and you can tell me later."
KEPT_AS_IT_WAS = "I've left that as it was; tell me if you want it changed."
UNPLACED = ("I couldn't tell which figure to change, so I changed nothing; say it with what it "
            "is for, e.g. 'consulting brings in 9k a year'.")  # fmt: skip
#: Questions never skipped for want of an answer (the plan cannot do without them).
NEVER_SKIPPED = frozenset({"activities", "streams", "blocks", "loops", "review", "finalise",
                           "forecast", "export", "done", "confirm", "continue", "cv"})  # fmt: skip
#: Questions whose second asking is no repeat of the same words (they carry their own state).
_NOT_REPEATED = frozenset({"confirm", "continue", "cv", "activities", "streams", "blocks",
                           "loops"})  # fmt: skip
REOPEN = {"PC021": "core", "PC020": "review", "PC017": "blocks", "PC011": "loops"}


class GuidedInterviewer(BaseChatModel):
    """The offline interviewer. ``plan_view`` returns the current plan; ``clock`` gives today."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    plan_view: Callable[[], Any]
    clock: Callable[[], dt.date] = dt.date.today
    #: Enough for a whole proposal (a week of time blocks) in one turn, yet bounded.
    max_calls_per_turn: int = 30
    #: Reads a whole message into dialog acts (``"default"``: the reading layer when this
    #: install has it; ``None``: each message is read as the answer to the open question).
    reader: Any = "default"

    @property
    def _llm_type(self) -> str:
        return "guided-interviewer"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> GuidedInterviewer:
        """The interviewer knows its tools by name; binding changes nothing."""
        return self

    def _generate(
        self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:  # fmt: skip
        message = self.respond(messages)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def opening(self) -> AIMessage:
        """The interviewer's first message, before the person has typed anything: the
        greeting and the first question still open for the plan as it is."""
        return self._ask(State(), self._plan(), [WELCOME])

    def respond(self, messages: Sequence[BaseMessage]) -> AIMessage:
        """The next message of the interviewer for this conversation."""
        plan = self._plan()
        state = latest_state(messages)
        last = messages[-1] if messages else None
        greet = state is None
        if state is None:
            opening_upload = isinstance(last, HumanMessage) and choices.mentions_cv_upload(
                str(last.content)
            )
            if opening_upload or not isinstance(last, HumanMessage) or self._reader() is None:
                return self._start(plan, last, len(messages))
            # Not opened by the interviewer: greet, and read the message (it may tell a story).
            state = State(ask=self._next(State(), plan))
        if isinstance(last, ToolMessage):
            return self._after_tool(state, plan, last, len(messages))
        text = str(last.content) if isinstance(last, HumanMessage) else ""
        return self._on_human(state, plan, text, len(messages), greet)

    def _start(self, plan: Plan, last: BaseMessage | None, n: int) -> AIMessage:
        """The first reply: the welcome and first question, or, when the conversation opens
        with a CV upload, the welcome and the CV's skills at once (the first question follows
        their answer)."""
        text = str(last.content) if isinstance(last, HumanMessage) else ""
        if not choices.mentions_cv_upload(text):
            return self._ask(State(), plan, [WELCOME])
        state = State()
        state.queue, state.turn.notes = [flow.call("audit_cv")], [WELCOME]
        return self._emit(state, plan, n)

    # --- a user message ---------------------------------------------------------------------

    def _on_human(self, state: State, plan: Plan, text: str, n: int, greet: bool) -> AIMessage:
        if state.ask == "continue":
            state.turn.done = []
            return self._emit(state, plan, n)
        state.turn = Turn(was_final=state.is_final(), greet=greet)
        kind, rest = parse.intent(text)
        if kind is parse.Intent.UNDO and state.review:
            return self._ask(state, plan, [rv.back(state.review)])
        if kind is parse.Intent.UNDO:
            state.ask = str(state.confirm.get("ask") or state.ask)
            state.confirm = {}
            return self._undo(state, plan, n)
        if state.ask != "cv" and choices.mentions_cv_upload(text):
            state.queue = [flow.call("audit_cv")]
            return self._emit(state, plan, n)
        if state.review or (state.ask in REVIEW_FROM and rv.wants_review(text)):
            return self._review(state, plan, text, kind is parse.Intent.SKIP, n)
        if rv.wants_changes(text):
            state.queue = [flow.call("what_changed")]
            return self._emit(state, plan, n)
        if state.ask in REVIEW_FROM and choices.wants_finalise(text):
            state.queue, state.turn.recheck = [flow.call("finalise")], True
            return self._emit(state, plan, n)
        if state.ask in WEEK_ASKS and kind is not parse.Intent.SKIP:
            offered = state.proposal if state.ask in PROPOSING else []
            change = week.adjust(rest, plan, offered, said=text)
            if change is not None:
                return self._week(state, plan, change, n)
        pending = state.confirm
        if pending:
            state.turn.asked_back = {"confirm": pending, "declined": list(state.declined)}
        revising = frozenset(f for i in pending.get("items", []) for f in i.get("fields", []))
        if state.confirm:
            answered = self._on_confirm(state, plan, text, n)
            if answered is not None:
                return answered
        reader = self._reader()
        unread = stuck = False
        if reader is not None and state.ask not in listen.OWN_STEPS and not state.review:
            at = str(next((i.get("read_as") for i in pending.get("items", [])
                           if i.get("read_as")), "") or state.ask)  # fmt: skip
            decision = listen.decide(
                reader, text, plan, state, at, self.clock(), revising=revising,
                correcting=kind is parse.Intent.CORRECTION,
                asked=tuple(i["read"] for i in pending.get("items", []) if i.get("read")),
            )  # fmt: skip
            if pending and not (decision.calls or decision.confirm or decision.settle):
                # Nothing recorded: the question back still stands, asked once more at most.
                tries = int(pending.get("tries", 0)) + 1
                if tries < ASK_BACK_TRIES:
                    state.confirm = {**pending, "tries": tries}
                else:
                    decision.notes.append(KEPT_AS_IT_WAS)
                if decision.reply and not decision.acts:
                    return self._ask(state, plan, [*decision.notes, decision.reply])
            # A question back, an aside, or an answer the reading doubted (once): the person
            # is not stuck, so the open question asked again is no repeat.
            doubted = decision.doubted and state.repeat == 0
            state.turn.hold = decision.aside or bool(decision.question) or doubted
            stuck = _stuck(state, decision) and kind is not parse.Intent.CORRECTION
            if stuck:
                decision.skip = True  # asked twice and still not answered: move on
            if decision.skip and not decision.acts:
                kind = parse.Intent.SKIP
            elif not decision.defer and not self._unit_correction(kind, rest, decision):
                return self._act(state, plan, decision, n, text)
            unread = not decision.defer
        question = question_text(state.ask, plan, self.clock(), state)
        if kind is parse.Intent.SKIP:
            reply = flow.skip(state.ask, question)
            reply.notes = reply.notes or [LEFT_FOR_NOW if stuck else SKIPPED]
        elif state.ask == "cv":
            reply = cvskills.answer(text, state.cv)
        elif kind is parse.Intent.CORRECTION and unread:
            # Read by the dialog and found in nothing: never an answer to the open question,
            # and a recent answer is re-answered only when no recorded activity is named.
            named = any(names.mentioned(a.name, text) for a in plan.activities)
            named = named or refer.takes_back_unrecorded(text, plan)
            fixed = None if named else self._correction(state, plan, rest)
            reply = fixed or flow.Answer(reply=UNPLACED)
        elif kind is parse.Intent.CORRECTION:
            reply = self._correction(state, plan, rest) or self._answer(state, plan, rest)
        else:
            reply = self._answer(state, plan, text)
        if reply.proposal is not None:
            state.proposal = reply.proposal
        if not reply.calls and not reply.settle:
            return self._ask(
                state, plan, [*reply.notes, reply.reply] if reply.reply else reply.notes
            )
        state.queue, state.turn.settle, state.turn.notes = reply.calls, reply.settle, reply.notes
        state.queue = [*currency_calls(text, plan, reply.calls), *state.queue]
        return self._emit(state, plan, n)

    def _act(
        self, state: State, plan: Plan, decision: dialog.Decision, n: int, text: str = ""
    ) -> AIMessage:
        """Carry out the dialog manager's decision: record, ask back, answer, or reply."""
        if decision.undo:
            return self._undo(state, plan, n)
        if decision.reply and not decision.acts:
            # The welcome already answers a greeting; a promise to ask later still needs saying.
            said = [] if state.turn.greet and not decision.later else [decision.reply]
            return self._ask(state, plan, [*decision.notes, *said])
        state.queue = listen.stage(decision, state, plan)
        state.queue = [*currency_calls(text, plan, state.queue), *state.queue]
        state.turn.settle, state.turn.notes = list(decision.settle), list(decision.notes)
        if decision.agree and (state.proposal or state.ask not in flow.PROPOSALS):
            # "yes, and ...": the proposal (or the date, the final checks) still stands
            agreed = self._answer(state, plan, "yes")
            state.queue += agreed.calls
            state.turn.settle += agreed.settle
        if decision.skip and state.ask not in decision.settle:
            # "skip that one, 2,500 a month": what was given is kept, the open question marked
            skipped = flow.skip(state.ask, question_text(state.ask, plan, self.clock(), state))
            state.queue += skipped.calls
            state.turn.settle += skipped.settle
            state.turn.notes += skipped.notes or [SKIPPED]
        if (
            state.queue
            and state.turn.was_final
            and any(c["name"] in flow.STREAM_TOOLS for c in state.queue)
        ):
            state.queue.append(flow.call("finalise"))  # keep it final when it still passes
            state.turn.recheck = True
        if not (state.queue or state.turn.settle or state.turn.memo):
            return self._ask(state, plan, state.turn.notes)
        return self._emit(state, plan, n)

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
            return self._emit(state, plan, n)
        if answer is False and not any(ch.isdigit() for ch in text):
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
        return parse.figure_kind(parse.drop_negated_figures(rest)) is not None

    def _reader(self) -> listen.Reader | None:
        if self.reader == "default":
            self.reader = listen.default_reader()
        return self.reader  # type: ignore[no-any-return]

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
        rest = parse.drop_negated_figures(rest)
        kind = parse.figure_kind(rest)
        bare = kind is None and any(ch.isdigit() for ch in parse.normalise(rest))
        recent = [(n, qid) for ids, *_ in state.settled[-3:][::-1] for n, qid in enumerate(ids)]
        for position, qid in recent:
            if flow.base(qid) in {"streams", "blocks", "loops", "finalise", "forecast",
                                  "export", "cv"}:  # fmt: skip
                continue
            if kind is not None and FIGURES.get(flow.base(qid)) != kind:
                continue
            if bare and qid.startswith("act:") and position > 0:
                continue
            fixed = flow.answer(qid, rest, plan, self.clock(), state.proposal)
            if fixed.calls:
                fixed.notes = ["Corrected.", *fixed.notes]
                return fixed
        return None

    def _undo(self, state: State, plan: Plan, n: int) -> AIMessage:
        if not state.settled:
            return self._ask(state, plan, [NOTHING_TO_UNDO])
        count = int(state.settled[-1][1])
        state.turn.pop = True
        state.turn.notes = [UNDONE.format(count=count, s=plural(count))]
        state.queue = [flow.call("undo") for _ in range(count)]
        return self._emit(state, plan, n)

    # --- a tool result ----------------------------------------------------------------------

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
            state.turn.notes.append(
                guide.answer(list(body.get("cards", [])), cited, state.turn.question)
            )
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
            self._accepted(state, name, body, plan.currency)
        elif not state.turn.rollback:
            return self._refused(state, plan, body, n)
        return self._emit(state, plan, n)

    def _accepted(
        self, state: State, name: str, body: dict[str, Any], currency: str | None = None
    ) -> None:
        if state.turn.rollback:
            return
        if name == "finalise":
            state.final = True
        if name not in READ_ONLY:
            state.final = False
            # adopt_option applies a whole list of operations; undo must take back each one.
            state.turn.ops += int(body.get("operations", 1))
        state.turn.done.append(recorded_line(name, state.turn.pending_args, body, currency))
        state.turn.warnings = [
            rule_note(str(f.get("code", "")), str(f.get("message", "")), str(f.get("fix", "")))
            for f in body.get("findings", [])
            if f.get("severity") == "warning"
        ][:2]

    def _refused(self, state: State, plan: Plan, body: dict[str, Any], n: int) -> AIMessage:
        findings = body.get("findings") or []
        reasons = [f"{f.get('message', '')} ({f.get('code', '?')}). To fix it: {f.get('fix', '')}"
                   for f in findings] or [str(e) for e in body.get("errors", [])]  # fmt: skip
        state.turn.rollback = "I couldn't record that: " + " ".join(reasons) + " Nothing changed."
        if state.turn.memo:
            state.held, state.wishes = state.turn.memo["held"], state.turn.memo["wishes"]
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
        state.turn.settle, state.turn.ops = [], 0
        return self._emit(state, plan, n)

    # --- emitting ---------------------------------------------------------------------------

    def _emit(self, state: State, plan: Plan, n: int) -> AIMessage:
        if state.queue and len(state.turn.done) < self.max_calls_per_turn:
            next_call = state.queue.pop(0)
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
            if len(entry) > 2 and entry[2]:  # the facts and wishes kept before that answer
                memo = entry[2]
                state.held = memo.get("held", state.held)
                state.wishes = memo.get("wishes", state.wishes)
                turn.repeat = memo.get("repeat")
                if memo.get("confirm"):  # the question back that was waiting, asked again
                    state.confirm, state.declined = memo["confirm"], memo["declined"]
            # What was on the table followed from the answer just taken back.
            state.proposal, state.options = [], []
        elif (set(turn.settle) - state.settled_ids() or turn.ops or turn.memo) and not (
            turn.rollback
        ):
            # Every answer that changed something is one step back for "go back".
            memo = {**turn.memo, **turn.asked_back}
            if state.repeat > 0:
                memo["repeat"] = state.repeat
            state.settled.append([turn.settle, turn.ops, memo] if memo
                                 else [turn.settle, turn.ops])  # fmt: skip
            if any(flow.base(q) in flow.PROPOSALS for q in turn.settle):
                state.proposal, state.options = [], []
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
        restored, turn = state.turn.repeat, state.turn
        if restored is not None:
            state.repeat = restored
        elif follow != state.ask:
            state.repeat = 0
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


def _stuck(state: State, decision: dialog.Decision) -> bool:
    """True when the open question was asked twice in a row (the second time with its options
    and a way to skip) and this answer says nothing that could be read: it is not asked a
    third time."""
    return (state.repeat >= 1 and state.ask not in NEVER_SKIPPED and not decision.acts
            and not decision.question and not decision.undo and not decision.aside
            and not decision.unread)  # fmt: skip


def _json(content: Any) -> dict[str, Any]:
    try:
        data = json.loads(content) if isinstance(content, str) else content
    except ValueError:
        status = "refused" if "refused" in str(content).lower() else "ok"
        return {"status": status, "findings": [], "errors": [str(content)]}
    return data if isinstance(data, dict) else {"status": "ok"}


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
