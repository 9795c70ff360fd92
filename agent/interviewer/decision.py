"""What the dialog manager decides for one message (:class:`Decision`), where the conversation
stands when it arrives (:class:`Context`), and the short replies it can give. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

#: Questions whose answers (yes, a pick, a date, a format) the per-question reading handles.
PROPOSAL_ASKS = frozenset({"streams", "blocks", "loops", "review", "finalise", "forecast",
                           "export", "done"})  # fmt: skip
#: Questions where "none" / "no" is an answer (no constraints, no skill excites).
NONE_ASKS = frozenset({"constraints", "excited", "underused"})
OFF_TOPIC = "No problem, nothing to record there."
WELCOME_BACK = "Welcome back. Here is where we were:"
#: A message with words in it that answer nothing the interviewer can read: said so, never
#: taken as the person having nothing to say.
NOT_READ = "I couldn't read that as an answer to this question, so I've recorded nothing from it."
VAGUE = "Could you put it in a few words, even a rough phrase? It helps me build your streams."
HELLO = "Hello!"
ALREADY = "I have all of that already."
LATER = "I'll ask about that when we go through your activities."


@dataclass
class Decision:
    """What one message leads to."""

    calls: list[dict[str, Any]] = field(default_factory=list)
    settle: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reply: str = ""
    proposal: list[dict[str, Any]] | None = None
    confirm: list[dict[str, Any]] = field(default_factory=list)
    question: str = ""
    held: list[dict[str, Any]] | None = None
    wishes: list[dict[str, Any]] | None = None
    defer: bool = False
    skip: bool = False
    #: The message also says yes to the proposal on the table ("yes, and ...").
    agree: bool = False
    undo: bool = False
    #: Activities named in passing before the audit, left for it to ask about.
    later: list[str] = field(default_factory=list)
    #: The message steps away from the conversation ("brb, meeting"): nothing in it is read.
    aside: bool = False
    #: Something in the message was read but left out as unsure: its question comes again.
    doubted: bool = False
    #: Something in the message was read but could not be stored (the person said something).
    unread: bool = False
    #: The open question, asked twice, is left for later beside what the message records.
    left: bool = False
    #: The message only revises what was said before ("my real limit is 44 hours, not 48").
    revised: bool = False
    #: A note already says a figure of the message was left out.
    figure_noted: bool = False
    #: A fee said without how often ("£90 a party"): the words, carried to the next message.
    fee: str = ""
    #: Two figures said for one field of one thing and asked which it is: the next message
    #: may say whose one of them is (:mod:`torn_answer`).
    torn: list[Reading] = field(default_factory=list)
    #: Calls whose change a note already says, ``[tool, name, [arguments said]]``: the reply
    #: does not list those arguments again as recorded.
    told: list[list[Any]] = field(default_factory=list)
    #: What waited in the state when the message came (``Context.held``, ``Context.wishes``):
    #: what the message adds to it is kept (:attr:`keeps`).
    waited: tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]] = ((), ())
    #: Limits said in passing before the constraints question, held for it to offer (the
    #: whole list, when it changed).
    limits: list[str] | None = None
    #: How often work comes, told with its fee ("2 a month at £350 each"): ``[work, words]``.
    often: list[list[str]] = field(default_factory=list)

    @property
    def keeps(self) -> bool:
        """True when the message gives facts that wait for another (savings before the weekly
        hours) or a wish that waits for the proposal: it acts, though it records nothing yet,
        so nothing it says is lost when the open question is then skipped or left."""
        held, wishes = self.waited
        new = [h for h in self.held or [] if h not in held]
        wished = [w for w in self.wishes or [] if w not in wishes]
        return bool(new or wished)

    @property
    def acts(self) -> bool:
        """True when the decision changes, proposes or asks something."""
        return bool(self.calls or self.settle or self.confirm or self.question or self.keeps
                    or self.proposal is not None)  # fmt: skip


@dataclass(frozen=True)
class Context:
    """Where the conversation stands when the message arrives."""

    ask: str
    plan: Plan
    settled: frozenset[str]
    today: dt.date
    proposal: tuple[dict[str, Any], ...] = ()
    held: tuple[dict[str, Any], ...] = ()
    wishes: tuple[dict[str, Any], ...] = ()
    #: How many times in a row the open question was asked again.
    repeat: int = 0
    #: Figures the person turned down when asked back: ``[field, subject, value]``.
    declined: tuple[list[Any], ...] = ()
    #: Activities named in passing that the audit's question offers to add.
    offered: tuple[str, ...] = ()
    #: Limits said in passing that the constraints question offers to record.
    limits: tuple[str, ...] = ()
    #: How often each piece of work comes, as told with its fee: ``[work, words]``.
    often: tuple[list[str], ...] = ()
