"""The interviewer's conversation state, carried in its own messages.

Every message the interviewer writes holds the whole state under
``additional_kwargs["interviewer"]``, so a conversation resumes from the stored history alone
(even a trimmed one): the latest interviewer message says which question is open, which
answers are settled (and how many plan changes each made, so "go back" can undo them), the
proposal on the table and the tool calls still queued in this turn.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

KEY = "interviewer"


@dataclass
class Turn:
    """Work in progress within one user turn."""

    settle: list[str] = field(default_factory=list)
    ops: int = 0
    #: Changes beyond one that list calls made (a week of blocks is one undo, but the person
    #: is told of each of its changes).
    listed: int = 0
    notes: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    pop: bool = False
    applied: bool = False
    rollback: str = ""
    warnings: list[str] = field(default_factory=list)
    pending: str = ""
    pending_args: dict[str, Any] = field(default_factory=dict)
    #: Calls whose change a note already says, ``[tool, name, [arguments said]]``.
    told: list[list[Any]] = field(default_factory=list)
    #: ``finalise`` re-checks a plan after a change: a refusal is reported, not rolled back.
    recheck: bool = False
    #: The turn changes the week (blocks or loops) in words; a refusal shows the week again.
    week: bool = False
    #: The plan was final when the turn began, so a rolled-back turn finalises it again.
    was_final: bool = False
    #: A question back this turn answers from the guidance (the search's query).
    question: str = ""
    #: The facts and wishes waiting before this turn changed them, restored by "go back".
    memo: dict[str, Any] = field(default_factory=dict)
    #: The first message of a conversation the interviewer had not opened: greet first.
    greet: bool = False
    #: The message neither answered the open question nor tried to (a question back, an
    #: aside): asking it again after this message is no repeat.
    hold: bool = False
    #: How many times the question had been asked again before the answer "go back" took
    #: back (so the same message said again is read the same way).
    repeat: int | None = None
    #: The question back that was waiting when the message came, the figures turned down by
    #: then, and the questions asked back and left so far (``stuck_on``, ``asked``): "go back"
    #: puts them back with the plan.
    asked_back: dict[str, Any] = field(default_factory=dict)


@dataclass
class State:
    """Where the conversation is."""

    ask: str = ""
    settled: list[list[Any]] = field(default_factory=list)
    proposal: list[dict[str, Any]] = field(default_factory=list)
    queue: list[dict[str, Any]] = field(default_factory=list)
    cards: dict[str, list[str]] = field(default_factory=dict)
    options: list[dict[str, Any]] = field(default_factory=list)
    cv: list[dict[str, str]] = field(default_factory=list)
    review: dict[str, Any] = field(default_factory=dict)
    #: Facts that wait for another (savings before the weekly hours, months of savings before
    #: the monthly spending), as ``{"field", "value"}``.
    held: list[dict[str, Any]] = field(default_factory=list)
    #: Streams the person asked for before any proposal, added when the streams are proposed.
    wishes: list[dict[str, Any]] = field(default_factory=list)
    #: Questions back before anything is stored: ``{"ask": the open question, "items":
    #: [{"say", "calls", "settle"}]}``; a yes records the items, a no keeps the plan as it is.
    confirm: dict[str, Any] = field(default_factory=dict)
    #: Whether the plan passed its final checks and has not changed since (``None``: not
    #: tracked in an older history; the settled ``finalise`` question stands in).
    final: bool | None = None
    #: The rules' warnings already said in the chat (each is said once).
    warned: list[str] = field(default_factory=list)
    #: How many times in a row the open question was asked again without being settled.
    repeat: int = 0
    #: Figures read and turned down when asked back (``[field, subject, value]``): a message
    #: that says them again the same way is not asked about them again.
    declined: list[list[Any]] = field(default_factory=list)
    #: How many times each question back was asked (by :func:`.asked_twice.key`): one asked
    #: twice is not asked a third time.
    asked_back: dict[str, int] = field(default_factory=dict)
    #: The open question at which an answer the reading doubted already held it once: a
    #: doubt said again there is a try like any other.
    doubted_at: str = ""
    #: The activity a question about was last left after two tries without an answer: a
    #: second one left about it leaves the rest of its questions too.
    stuck_on: str = ""
    #: Activities named in passing away from the audit ("I also tutor in the evenings" while
    #: the setting is asked): the audit's question offers them, and a yes records them.
    mentioned: list[str] = field(default_factory=list)
    #: Limits said in passing before the constraints question ("42 max, tuesday nights are
    #: college"), in short words: the constraints question offers them, and a yes records them.
    limits: list[str] = field(default_factory=list)
    #: The person named a place whose "$" is no US dollar (Ottawa, Sydney): a plain "$" then
    #: names no currency for the plan.
    other_dollar: bool = False
    #: A fee told without how often, ``[question, its words]``: the next answer at the same
    #: question that gives only how often ("2 a month") is read with it.
    fee: list[str] = field(default_factory=list)
    #: How often work comes, as told with its fee ("2 a month at £350 each"), ``[work,
    #: words]``: one time's length said at its hours question gives the week's hours.
    often: list[list[str]] = field(default_factory=list)
    #: Two figures left out as one field's, ``[subject, field, value, currency, words]`` each: the
    #: next message may say whose one of them is.
    torn: list[list[Any]] = field(default_factory=list)
    #: The one recorded piece of work the last message spoke of: "it" in the next is that.
    spoken: str = ""
    #: The question the last message was read at, when it spoke of ``spoken``.
    spoken_at: str = ""
    #: The stream the last change to the streams proposal was about: "make it 6" is its.
    adjusted: str = ""
    turn: Turn = field(default_factory=Turn)

    def settled_ids(self) -> set[str]:
        """Question ids answered (or skipped) and not taken back."""
        return {qid for ids, *_ in self.settled for qid in ids}

    def is_final(self) -> bool:
        """True when the plan passed its final checks and has not changed since."""
        return self.final if self.final is not None else "finalise" in self.settled_ids()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form stored in the message: a copy made through JSON, as the stored
        history keeps it (``dataclasses.asdict`` deep-copied each value one by one, about three
        times as long, at every message of the interviewer)."""
        return json.loads(json.dumps(self, default=_fields))  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> State:
        """The state stored in a message."""
        data = json.loads(json.dumps(data))
        turn = Turn(**data.get("turn", {}))
        rest = {k: v for k, v in data.items() if k != "turn"}
        return cls(turn=turn, **rest)


def _fields(value: Any) -> dict[str, Any]:
    """The fields of the state or of its turn, for ``json.dumps``; nothing else in the state
    may be other than JSON."""
    if isinstance(value, (State, Turn)):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    raise TypeError(f"the interviewer's state holds a {type(value).__name__}, which is not JSON")


def latest_state(messages: Sequence[BaseMessage]) -> State | None:
    """The state in the newest interviewer message, or None at the start."""
    for message in reversed(messages):
        if isinstance(message, AIMessage) and KEY in message.additional_kwargs:
            return State.from_dict(message.additional_kwargs[KEY])
    return None
