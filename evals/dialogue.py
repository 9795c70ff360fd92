"""What the conversation did with the person's own moves: their wish and their questions back,
and the exchanges (planner message -> user message -> reply) that reports point to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from agent.plan import Plan
from evals.metrics import HOURS_TOLERANCE, CardRef, cited_cards, close
from evals.simulated.persona import Wish
from evals.words import contains_words

_CODE = re.compile(r"\b(?:PC|OP)\d{3}\b")
_REFUSED = re.compile(
    r"couldn'?t|could not|can'?t|cannot|refused|not possible|won'?t fit|nothing changed", re.I
)


@dataclass(frozen=True)
class Moment:
    """One user turn: the planner message it answered, the user message, the planner's reply."""

    turn: int
    planner: str
    user: str
    reply: str


def moment(transcript: Sequence[tuple[str, str]], turn: int) -> Moment:
    """The exchange of user turn ``turn`` (1 is the opening) in an alternating transcript."""
    at = 2 * (turn - 1)
    before = transcript[at - 1][1] if 0 < at <= len(transcript) else ""
    user = transcript[at][1] if 0 <= at < len(transcript) else ""
    reply = transcript[at + 1][1] if at + 1 < len(transcript) else ""
    return Moment(turn, before, user, reply)


@dataclass(frozen=True)
class WishResult:
    """Whether the person's wished stream is in the final plan (or its refusal was shown)."""

    stream: str
    hours: float | None
    turn: int | None
    honoured: bool
    how: str


def wish_result(wish: Wish, turn: int | None, plan: Plan,
                transcript: Sequence[tuple[str, str]]) -> WishResult:  # fmt: skip
    """A wish is honoured when a stream of the final plan has the wished words in its name
    and (when hours were asked) target hours within the hours tolerance, or when the reply to
    the wish showed a refusal with its rule code and named the wished stream (a refusal of
    something else does not answer the wish)."""
    if turn is None:
        return WishResult(wish.stream, wish.hours, None, False, "never said")
    for stream in plan.streams:
        if contains_words(stream.name, wish.stream):
            hours_ok = wish.hours is None or close(stream.target_hours, wish.hours, HOURS_TOLERANCE)
            how = f"'{stream.name}' at {stream.target_hours:g} h a week"
            if hours_ok:
                return WishResult(wish.stream, wish.hours, turn, True, f"in the plan: {how}")
            missing = f"in the plan with other hours: {how}"
            break
    else:
        missing = "not in the final plan"
    reply = moment(transcript, turn).reply
    code = _CODE.search(reply)
    if code and _REFUSED.search(reply) and contains_words(reply, wish.stream):
        return WishResult(wish.stream, wish.hours, turn, True, f"refused with {code[0]}")
    return WishResult(wish.stream, wish.hours, turn, False, missing)


@dataclass(frozen=True)
class QuestionResult:
    """A question the person asked back and whether the reply answered it."""

    turn: int
    text: str
    answered: bool
    cited: list[str] = field(default_factory=list)


def question_result(turn: int, transcript: Sequence[tuple[str, str]], cards: Sequence[CardRef],
                    marks: Sequence[int]) -> QuestionResult:  # fmt: skip
    """Answered when the reply cites a guidance card (its id or title) that the message the
    question answered did not already cite, nothing was recorded from the question (it holds
    no fact), and the conversation went on after it (another user message followed).

    ``marks`` holds the number of events at the end of each user turn."""
    at = moment(transcript, turn)
    before = {c.id for c in cited_cards([at.planner], cards)}
    cited = [c.id for c in cited_cards([at.reply], cards) if c.id not in before]
    recorded = marks[turn - 1] - (marks[turn - 2] if turn > 1 else 0) if turn <= len(marks) else 0
    answered = bool(cited) and not recorded and turn < len(marks)
    return QuestionResult(turn, at.user, answered, cited)
