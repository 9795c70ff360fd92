"""The frame of a message being read: what its segments speak of, and what was read so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from agent.interviewer.reading import asks
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading


@dataclass
class Frame:
    """What the segments of a message are speaking of, as they are read in order."""

    view: PlanView
    ask: str
    change: bool = False
    wish: bool = False
    activity: str | None = None
    new: bool = False
    stream: str | None = None
    pending: str | None = None
    named_here: bool = False
    pending_segment: Segment | None = None
    cued_after: set[int] = field(default_factory=set)
    constraint_mode: bool = False
    update: bool = False
    sentence_text: str = ""
    sentence_start: int = 0
    negated: list[float] = field(default_factory=list)
    jobs: list[tuple[str, Segment, float]] = field(default_factory=list)
    pending_confidence: float = 1.0
    #: The job said at a sentence's end waits for the figures the next sentence opens on.
    waits: bool = False
    #: How sure each new activity name is; figures said of it are no surer.
    name_confidence: dict[str, float] = field(default_factory=dict)
    #: Amounts said as examples of good and bad times.
    examples: int = 0
    #: The sentence in which someone else's work is spoken of.
    others: int = -1
    sentence_named: bool = False
    #: The sentence that describes the activity named before it (after a spaced dash).
    detail_sentence: int = -1
    #: The sentence the framed activity was named in.
    activity_sentence: int = -1
    #: A sentence that opens on words naming something unread: its figures may be another's.
    drifted: int = -1
    generic: bool = False
    itemised: bool = False
    readings: list[Reading] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    pairs: dict[int, Quantity] = field(default_factory=dict)
    text: str = ""

    @property
    def ask_kind(self) -> str:
        """``act:hours`` for ``act:hours:Teaching``; the ask itself otherwise."""
        return asks.kind(self.ask)

    @property
    def ask_subject(self) -> str | None:
        """The activity a per-activity question is about."""
        return asks.work(self.ask) or None

    @property
    def subject(self) -> str | None:
        """The activity the segment being read speaks of: named, or asked about."""
        return self.activity or self.ask_subject
