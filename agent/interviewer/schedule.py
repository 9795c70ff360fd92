"""Proposed time blocks, feedback loops and review date for a plan's streams (pure).

Blocks never overlap and add up to each stream's target hours: the anchor takes weekday
daytime, the other streams fill free windows (weekday afternoons and evenings, weekend
mornings) in a fixed order, so the same plan always gets the same week.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from agent.plan.models import Plan, Stream

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")
DAY_START = 9 * 60
EVENING = (18 * 60, 21 * 60)
WEEKEND = (("saturday", 9 * 60, 13 * 60), ("sunday", 10 * 60, 13 * 60))
# Evenings in this order spread the side streams over the week instead of stacking them.
EVENING_ORDER = ("tuesday", "thursday", "wednesday", "monday", "friday")
REVIEW_WEEKS = 12
FUNDS_NOTE = "its steady income buys the time"


@dataclass(frozen=True)
class BlockProposal:
    """One proposed block, in the shape of an ``add_time_block`` call."""

    stream_id: str
    weekday: str
    start: str
    end: str

    def as_args(self) -> dict[str, object]:
        """Arguments of the ``add_time_block`` tool call."""
        return {
            "stream_id": self.stream_id,
            "weekday": self.weekday,
            "week_of_month": "every",
            "start": self.start,
            "end": self.end,
        }

    @property
    def hours(self) -> float:
        """Length of the block in hours."""
        return (_minutes(self.end) - _minutes(self.start)) / 60


@dataclass(frozen=True)
class LoopProposal:
    """One proposed feedback loop, in the shape of an ``add_feedback_loop`` call."""

    from_stream: str
    to_stream: str
    kind: str
    note: str

    def as_args(self) -> dict[str, object]:
        """Arguments of the ``add_feedback_loop`` tool call."""
        return {
            "from_stream": self.from_stream,
            "to_stream": self.to_stream,
            "kind": self.kind,
            "note": self.note,
        }


def propose_blocks(plan: Plan) -> list[BlockProposal]:
    """Weekly blocks for every stream that has none yet, matching its target hours."""
    taken = {b.stream_id for b in plan.time_blocks}
    streams = [s for s in plan.streams if s.id not in taken and s.target_hours > 0]
    anchor = next((s for s in streams if s.role == "anchor"), None)
    blocks: list[BlockProposal] = []
    day_end = DAY_START
    if anchor is not None:
        daily = _round_quarter(anchor.target_hours * 60 / len(WEEKDAYS))
        day_end = DAY_START + daily
        blocks += [
            BlockProposal(anchor.id, d, _clock(DAY_START), _clock(day_end)) for d in WEEKDAYS
        ]
        extra = round(anchor.target_hours * 60) - daily * len(WEEKDAYS)
        if extra > 0:
            blocks[-1] = BlockProposal(
                anchor.id, "friday", _clock(DAY_START), _clock(day_end + extra)
            )
    windows = _free_windows(day_end + (60 if anchor else 0))
    for stream in streams:
        if stream is not anchor:
            blocks += _fill(stream, windows)
    return blocks


def _free_windows(after: int) -> list[list[object]]:
    """Mutable [day, start, end] windows in the order they are handed out."""
    windows: list[list[object]] = [[d, start, end] for d, start, end in WEEKEND]
    if EVENING[0] - after >= 120:
        windows += [[d, after, EVENING[0] - 60] for d in ("tuesday", "thursday", "wednesday")]
    evening_start = max(EVENING[0], after)
    windows += [[d, evening_start, EVENING[1]] for d in EVENING_ORDER if evening_start < EVENING[1]]
    windows += [["saturday", 14 * 60, 17 * 60], ["sunday", 14 * 60, 17 * 60]]
    return windows


def _fill(stream: Stream, windows: list[list[object]]) -> list[BlockProposal]:
    need = round(stream.target_hours * 4) * 15
    blocks = []
    for window in windows:
        day, start, end = str(window[0]), int(str(window[1])), int(str(window[2]))
        take = min(need, end - start)
        if take < 30 and need >= 30:
            continue
        if take <= 0:
            continue
        blocks.append(BlockProposal(stream.id, day, _clock(start), _clock(start + take)))
        window[1] = start + take
        need -= take
        if need <= 0:
            break
    return blocks


def propose_loops(plan: Plan) -> list[LoopProposal]:
    """A teaching cycle through the streams (each teaches the next) and the anchor funding
    the seed, so every stream is in a loop and teaches another."""
    streams = plan.streams
    if len(streams) < 2:
        return []
    loops = []
    for i, source in enumerate(streams):
        target = streams[(i + 1) % len(streams)]
        # The note says what flows; the sentence around it names both streams.
        loops.append(LoopProposal(source.id, target.id, "teaches", source.teaches.strip()))
    anchor = next((s for s in streams if s.role == "anchor"), None)
    funded = next((s for s in streams if s.role in {"seed", "leverage"}), None)
    if anchor is not None and funded is not None:
        loops.append(LoopProposal(anchor.id, funded.id, "funds", FUNDS_NOTE))
    return loops


def propose_review(today: dt.date) -> dt.date:
    """The first quarterly review: twelve weeks from today."""
    return today + dt.timedelta(weeks=REVIEW_WEEKS)


REVIEW_QUESTIONS = [
    "What did each stream teach that made another one better?",
    "Which stream funded or protected the others, and which took more than it gave?",
    "Do the hours really worked match the targets, with slack left?",
    "What did the experiment reveal about future income: keep, grow or stop it?",
]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(clock: str) -> int:
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def _round_quarter(minutes: float) -> int:
    return int(minutes // 15) * 15
