"""``GuidedInterviewer``: a deterministic LangChain chat model that conducts a career reboot.

It reads the conversation (its own state rides in its messages) and the current plan (through
``plan_view``), and answers as an LLM would: with one tool call at a time while an answer is
being recorded, then with a short coach-like reply that shows what was recorded and asks the
next question. One call per message keeps the event log in the same order on every run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict

from agent.interviewer import (
    asked_twice,
    bare_change,
    carried,
    choices,
    cvskills,
    dialog,
    flow,
    intents,
    listen,
    names,
    offered_figures,
    parse,
    refer,
    told_often,
    unknown_work,
    waiting,
    week,
    wrong_figure,
)
from agent.interviewer import review as rv
from agent.interviewer.answering import Answering
from agent.interviewer.compose import offered_activities, question_text
from agent.interviewer.currency import currency_calls, names_other_dollar
from agent.interviewer.phrases import (
    SKIPPED,
    WELCOME,
)
from agent.interviewer.reading import asks
from agent.interviewer.replies import NEVER_SKIPPED
from agent.interviewer.state import State, Turn, latest_state
from agent.plan.models import Plan

#: Where a quarterly review may start: the plan has passed (or is at) its final checks.
REVIEW_FROM = {"finalise", "forecast", "export", "done"}
#: Questions at which the week can be changed in words: while blocks or loops are proposed
#: (the proposal is edited) and once they are in the plan (tool calls).
PROPOSING = {"blocks", "loops"}
WEEK_ASKS = PROPOSING | {"review"} | REVIEW_FROM
#: Messages a question back waits through (asides, questions) before the plan is kept as is.
ASK_BACK_TRIES = 2
#: How many told frequencies the state keeps (the latest win).
_OFTEN_KEPT = 12
LEFT_FOR_NOW = "Let's leave that one for now; I've noted it as unknown, and you can tell me later."
KEPT_AS_IT_WAS = "I've left that as it was; tell me if you want it changed."
UNPLACED = ("I couldn't tell which figure to change, so I changed nothing; say it with what it "
            "is for, e.g. 'consulting brings in 9k a year'.")  # fmt: skip


class GuidedInterviewer(Answering, BaseChatModel):
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
        # What the turn may change about questions asked and left, put back by "go back".
        before = {"stuck_on": state.stuck_on, "asked": dict(state.asked_back),
                  "spoken": state.spoken, "spoken_at": state.spoken_at,
                  "torn": list(state.torn)}  # fmt: skip
        state.turn.asked_back = {k: v for k, v in before.items() if v}
        spoken, state.spoken = state.spoken, ""  # "it" is the work of the message before only
        spoken_at, state.spoken_at = state.spoken_at, ""
        torn, state.torn = state.torn, []  # two figures asked which: answered in the next only
        state.other_dollar = state.other_dollar or names_other_dollar(text)
        text = parse.said_again(text)  # "no wait, 25 was right": a correction to 25
        text = wrong_figure.said_as_correction(text)  # "the 24k was wrong, it's 25,500"
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
            state.turn.asked_back |= {"confirm": pending, "declined": list(state.declined)}
        revising = frozenset(f for i in pending.get("items", []) for f in i.get("fields", []))
        if state.confirm:
            answered = self._on_confirm(state, plan, text, n)
            if answered is not None:
                return answered
        text = bare_change.with_stream(text, state.adjusted, state.ask)  # "make it 6"
        reader = self._reader()
        unread = stuck = False
        if reader is not None and state.ask not in listen.OWN_STEPS and not state.review:
            at = str(next((i.get("read_as") for i in pending.get("items", [])
                           if i.get("read_as")), "") or state.ask)  # fmt: skip
            at = state.ask if _of_other_work(text, plan, at) else at
            text = listen.with_fee(text, state, at)  # "2 a month" after "£90 a party"
            # "£250 each" after "3 gigs a month" was said of that work: read with it
            text, told_back = told_often.with_told(text, at, state.often)
            fee_asked = bool(state.fee)  # a fee asked about once: asked again, it is a repeat
            decision = listen.decide(
                reader, text, plan, state, at, self.clock(), revising=revising,
                correcting=kind is parse.Intent.CORRECTION,
                asked=tuple(i["read"] for i in pending.get("items", []) if i.get("read")),
                spoken=spoken, torn=tuple(torn), spoken_here=spoken_at == at,
            )  # fmt: skip
            if at != state.ask and not _records(decision):
                decision = self._open_instead(reader, text, plan, state, spoken, decision)
            if told_back and decision.calls:
                decision.notes.append(told_back)
            state.fee = [state.ask, decision.fee] if decision.fee else []
            state.often = [*state.often, *decision.often][-_OFTEN_KEPT:]
            state.torn = [[r.subject, r.field, r.value, r.currency, r.span] for r in decision.torn]
            recorded = [a.name for a in plan.activities]
            state.spoken = carried.spoken_of(decision.calls, text, recorded)
            state.spoken_at = at if state.spoken else ""
            # A question back already asked twice is not asked again, nor is the one waiting.
            dropped = asked_twice.drop_repeated(decision, state.asked_back)
            if pending and not dropped and not (decision.calls or decision.confirm
                                                or decision.settle):  # fmt: skip
                # Nothing recorded: the question back still stands, asked once more at most.
                tries = int(pending.get("tries", 0)) + 1
                if tries < ASK_BACK_TRIES and asked_twice.again(pending, state.asked_back):
                    state.confirm = {**pending, "tries": tries}
                else:
                    decision.notes.append(KEPT_AS_IT_WAS)
                if decision.reply and not decision.acts:
                    return self._ask(state, plan, [*decision.notes, decision.reply])
            # A question back, an aside, or an answer the reading doubted (once): the person
            # is not stuck, so the open question asked again is no repeat.
            # Once only: the same doubt said again must not hold the question for ever.
            doubted = decision.doubted and state.repeat == 0 and state.doubted_at != state.ask
            state.doubted_at = state.ask if doubted else state.doubted_at
            # Nor is an activity named in passing, or a message that only revises an earlier
            # figure: neither tries to answer.
            only_revised = decision.revised and state.ask not in decision.settle
            held = decision.limits is not None and not decision.acts  # a limit, kept for later
            # Facts about another activity only ("the gigs are all over the place" while the
            # youth work's income is asked) answer a question not asked: no try at this one.
            other = _other_activity(state.ask, decision) or _label_only(state.ask, decision)
            # A story told before anything is on record answers ahead: no try at the question.
            story = bool(decision.calls) and state.repeat == 0 and _nothing_recorded(plan)
            state.turn.hold = (decision.aside or bool(decision.question) or doubted
                               or bool(decision.later) or only_revised or held
                               or other or story
                               or bool(decision.fee and not fee_asked))  # fmt: skip
            # "Sorry, could you ask that another way?" opens like a correction but corrects
            # nothing: asked again twice, the question is left like any other.
            sorry = kind is parse.Intent.CORRECTION and not intents.rephrase(text)
            stuck = _stuck(state, decision) and not sorry
            decision.left = not stuck and _left(state, decision)
            if stuck or decision.left:
                decision.skip = True  # asked twice and still not answered: move on
            if decision.skip and not decision.acts:
                kind = parse.Intent.SKIP
            elif not decision.defer and not self._unit_correction(kind, rest, decision):
                return self._act(state, plan, decision, n, text)
            unread = not decision.defer
        question = question_text(state.ask, plan, self.clock(), state)
        if kind is parse.Intent.SKIP:
            reply = flow.skip(state.ask, question)
            # a step the plan needs is refused, not noted as unknown
            noted = [LEFT_FOR_NOW if stuck else SKIPPED] if reply.calls or reply.settle else []
            reply.notes = reply.notes or noted
            if stuck:
                self._leave_rest(state, plan, reply)
            reply.notes += [n for n in [waiting.kept(state.held, state.ask)] if n]
        elif state.ask == "cv":
            reply = cvskills.answer(text, state.cv)
        elif kind is parse.Intent.CORRECTION and unread:
            # Read by the dialog and found in nothing: never an answer to the open question,
            # and a recent answer is re-answered only when no recorded activity is named.
            named = any(names.mentioned(a.name, text) for a in plan.activities)
            named = named or refer.takes_back_unrecorded(text, plan)
            # "actually 10 hours for the quiz", the quiz only named in passing: not the week's
            work = offered_figures.owner(rest, offered_activities(plan, state))
            named = named or offered_figures.for_something_else(rest)
            fixed = None if named or work else self._correction(state, plan, rest)
            unplaced = offered_figures.NOT_ON_LIST.format(name=work) if work else UNPLACED
            reply = fixed or flow.Answer(reply=unplaced)
        elif kind is parse.Intent.CORRECTION:
            reply = self._correction(state, plan, rest) or self._answer(state, plan, rest)
        else:
            reply = self._answer(state, plan, text)
        if reply.proposal is not None:
            state.adjusted = bare_change.changed_stream(state.proposal, reply.proposal)
            state.proposal = reply.proposal
        if not reply.calls and not reply.settle:
            return self._ask(
                state, plan, [*reply.notes, reply.reply] if reply.reply else reply.notes
            )
        state.queue, state.turn.settle, state.turn.notes = reply.calls, reply.settle, reply.notes
        dollar = state.other_dollar
        state.queue = [*currency_calls(text, plan, reply.calls, other_dollar=dollar), *state.queue]
        return self._emit(state, plan, n)

    def _open_instead(
        self, reader: listen.Reader, text: str, plan: Plan, state: State, spoken: str,
        decision: dialog.Decision,
    ) -> dialog.Decision:  # fmt: skip
        """A message that answers nothing of a question back ("patience, and cooking for 200"
        while the week's hours are asked back) answers the open question it was asked at: read
        there, the question back is closed with the old value kept; else ``decision``."""
        instead = listen.decide(reader, text, plan, state, state.ask, self.clock(),
                                spoken=spoken)  # fmt: skip
        if not _records(instead):
            return decision
        state.confirm = {}
        instead.notes = [KEPT_AS_IT_WAS, *instead.notes]
        return instead

    def _act(
        self, state: State, plan: Plan, decision: dialog.Decision, n: int, text: str = ""
    ) -> AIMessage:
        """Carry out the dialog manager's decision: record, ask back, answer, or reply."""
        if decision.undo:
            return self._undo(state, plan, n)
        state.mentioned += [name for name in decision.later if name not in state.mentioned]
        if decision.reply and not decision.acts:
            # The welcome already answers a greeting; a promise to ask later still needs saying.
            said = [] if state.turn.greet and not decision.later else [decision.reply]
            return self._ask(state, plan, [*decision.notes, *said])
        state.queue = listen.stage(decision, state, plan)
        dollar = state.other_dollar
        state.queue = [*currency_calls(text, plan, state.queue, other_dollar=dollar), *state.queue]
        state.turn.settle, state.turn.notes = list(decision.settle), list(decision.notes)
        state.turn.told = list(decision.told)
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
            noted = [LEFT_FOR_NOW if decision.left else SKIPPED] if skipped.settle else []
            state.turn.notes += skipped.notes or noted or [skipped.reply]
            state.turn.notes += [n for n in [waiting.kept(state.held, state.ask)] if n]
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

    def _leave_rest(self, state: State, plan: Plan, reply: flow.Answer) -> None:
        """A second question about one activity left unanswered: its other questions are left
        with it (see :mod:`.unknown_work`)."""
        settled = state.settled_ids()
        rest, state.stuck_on = unknown_work.leave_rest(state.ask, plan, settled, state.stuck_on)
        for qid in rest:
            left = flow.skip(qid, question_text(qid, plan, self.clock(), state))
            reply.calls, reply.settle = [*reply.calls, *left.calls], [*reply.settle, *left.settle]
        if rest:
            reply.notes.append(unknown_work.note(asks.work(state.ask)))

    def _reader(self) -> listen.Reader | None:
        if self.reader == "default":
            self.reader = listen.default_reader()
        return self.reader  # type: ignore[no-any-return]


_ACTIVITY_TOOLS = frozenset({"record_activity", "update_activity"})


def _records(decision: dialog.Decision) -> bool:
    """True when a decision records, asks back or settles something."""
    return bool(decision.calls or decision.confirm or decision.settle)


def _of_other_work(text: str, plan: Plan, at: str) -> bool:
    """True when a message said while a figure of one work is asked back names another
    recorded work and never the one asked about ("calligraphy is seasonal, ... about 1,500
    a year" while the radiography's income is asked back): it passes the question back over,
    and is read at the open question."""
    asked = asks.work(at)
    if not asked or names.mentioned(asked, text):
        return False
    said = names.words(text)
    return any(
        w in said and len(w) >= _NAMING and w not in _TIME_WORDS
        for a in plan.activities if a.name != asked
        for w in names.words(a.name)
    )  # fmt: skip


#: The fewest letters of a word that names a work; words of time name none.
_NAMING = 4
_TIME_WORDS = frozenset({"hour", "week", "month", "year", "time", "day", "days", "night"})


def _other_activity(ask: str, decision: dialog.Decision) -> bool:
    """True when, at a question about one activity, the message records facts about other
    activities only, and settles nothing and asks nothing back."""
    if not ask.startswith("act:") or not decision.calls or decision.confirm:
        return False
    asked = asks.work(ask)
    return all(
        c["name"] in _ACTIVITY_TOOLS and not names.same(str(c["args"].get("name", "")), asked)
        for c in decision.calls
    ) and all(q.startswith("act:") and not names.same(asks.work(q), asked)
              for q in decision.settle)  # fmt: skip


#: What a message may record at a figure's question and still leave it untried: labels.
_LABELS_ONLY = frozenset({"name", "volatility", "energy"})
#: The questions where labels said out of turn are no try at the question, and which labels.
_OUT_OF_TURN = {"act:hours": _LABELS_ONLY, "act:revenue": _LABELS_ONLY,
                "act:volatility": frozenset({"name", "energy"}),
                "act:energy": frozenset({"name", "volatility"})}  # fmt: skip


def _label_only(ask: str, decision: dialog.Decision) -> bool:
    """True when, at the question of one activity's hours, income, steadiness or energy, the
    message records only how steady or how tiring work is ("goes up and down, summer is
    mental"): said out of turn, it tries no answer, and the question stays open as it was."""
    if asks.kind(ask) not in _OUT_OF_TURN or not decision.calls:
        return False
    # at one label's question, only the other label is said out of turn ("it's knackering")
    labels = _OUT_OF_TURN[asks.kind(ask)]
    return (not decision.confirm and ask not in decision.settle
            and all(c["name"] in _ACTIVITY_TOOLS and set(c["args"]) <= labels
                    for c in decision.calls))  # fmt: skip


def _nothing_recorded(plan: Plan) -> bool:
    """True before the person has told anything: no hours, no activity and no setting but
    the default on record."""
    return plan.capacity is None and not plan.activities and plan.profile.context == "general"


def _left(state: State, decision: dialog.Decision) -> bool:
    """True when the open question was asked twice in a row and this message, which tried to
    answer it, records other things but not its answer: what it says is kept and the question
    is left for later, never asked a third time."""
    return (state.repeat >= 1 and state.ask not in NEVER_SKIPPED and not state.turn.hold
            and decision.acts and not decision.confirm and not decision.undo
            and not decision.defer and state.ask not in decision.settle)  # fmt: skip


def _stuck(state: State, decision: dialog.Decision) -> bool:
    """True when the open question was asked twice in a row (the second time with its options
    and a way to skip) and this answer says nothing that could be read: it is not asked a
    third time. A message that could not be read is explained once more, but not a third time:
    the same unreadable answer never keeps the question open for ever."""
    return (state.repeat >= 1 and state.ask not in NEVER_SKIPPED and not decision.acts
            and not decision.question and not decision.undo and not decision.aside
            and (not decision.unread or state.repeat >= 2) and not decision.later
            and decision.limits is None)  # fmt: skip
