"""Proposed time blocks, feedback loops and review date for a plan's streams (pure).

Blocks never overlap, keep clear of the times the person's limits rule out (as
:mod:`agent.interviewer.week_limits` reads them) and add up to each stream's target hours
when the week has room: the anchor takes weekday daytime, the other streams fill free windows
(weekend mornings, weekday afternoons and evenings, then any free time) in a fixed order, so
the same plan and limits always get the same week. Hours with no room are reported, never
placed where a limit forbids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from agent.interviewer import when
from agent.interviewer.week_limits import DAY_MINUTES, Limit, Window, read_limits
from agent.plan.models import Plan, Stream

DAYS = when.DAYS
WEEKDAYS = DAYS[:5]
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


@dataclass(frozen=True)
class Shortfall:
    """A stream whose target hours do not all fit in the times the person's limits leave."""

    stream_id: str
    name: str
    hours: float


@dataclass(frozen=True)
class Week:
    """The proposed blocks, the streams left short, and the person's limits as read."""

    blocks: list[BlockProposal]
    short: list[Shortfall]
    limits: list[Limit]


def propose_blocks(plan: Plan) -> list[BlockProposal]:
    """Weekly blocks for every stream that has none yet (see :func:`propose_week`)."""
    return propose_week(plan).blocks


def propose_week(plan: Plan) -> Week:
    """Weekly blocks for every stream that has none yet, matching its target hours and kept
    clear of the times the person's limits rule out and of the blocks already in the plan.

    The anchor is spread over the weekdays from 09:00, the others take weekend mornings,
    weekday afternoons and evenings, then any time left between 07:00 and 22:00 (06:00 and
    midnight last), at most twelve hours of work a day. When the week has less room than the
    hours, every stream's hours are cut in the same proportion, so each still gets a block,
    and what is missing is reported as a shortfall, never placed in a limit's window.
    """
    limits = read_limits(plan.capacity.constraints if plan.capacity else [])
    free = _Free([w for limit in limits for w in limit.avoid])
    for held in plan.time_blocks:
        free.take(held.weekday, _minutes(held.start), max(_minutes(held.start), _minutes(held.end)))
    taken = {b.stream_id for b in plan.time_blocks}
    streams = [s for s in plan.streams if s.id not in taken and s.target_hours > 0]
    anchor = next((s for s in streams if s.role == "anchor"), None)
    wanted = {s.id: round(s.target_hours * (60 if s is anchor else 4)) * (1 if s is anchor else 15)
              for s in streams}  # fmt: skip
    needs = _shared(wanted, free.total())
    blocks: list[BlockProposal] = []
    after = DAY_START
    if anchor is not None:
        placed, after = _place_anchor(anchor, needs[anchor.id], free)
        blocks += placed
    windows = _free_windows(after) + FALLBACK
    for stream in streams:
        if stream is not anchor:
            blocks += _fill(stream.id, needs[stream.id], windows, free)[0]
    short = []
    for stream in streams:
        placed_minutes = sum(_minutes(b.end) - _minutes(b.start) for b in blocks
                             if b.stream_id == stream.id)  # fmt: skip
        if wanted[stream.id] - placed_minutes >= 15:
            short.append(
                Shortfall(stream.id, stream.name, (wanted[stream.id] - placed_minutes) / 60)
            )
    return Week(_joined(blocks), short, limits)


def _shared(wanted: dict[str, int], room: int) -> dict[str, int]:
    """Each stream's minutes, all cut in the same proportion (in quarter hours, half an hour
    at least) when together they want more than the week's room."""
    total = sum(wanted.values())
    if total <= room:
        return wanted
    return {sid: max(30, _round_quarter(need * room / total)) for sid, need in wanted.items()}


#: Where hours go when the usual windows are full or ruled out: the day from 07:00 to 22:00,
#: then its earliest and latest hours.
FALLBACK = [(d, 7 * 60, 22 * 60) for d in DAYS] + [(d, 6 * 60, 24 * 60) for d in DAYS]
ANCHOR_END = 21 * 60
#: The most work the proposal puts in one day, all streams together: a week with less room
#: than the hours is reported short rather than filled from dawn to midnight.
DAY_CAP = 12 * 60


class _Free:
    """The free spans of each day (the whole day, less the limits' windows and what is taken)
    and the minutes of work the day already holds."""

    def __init__(self, avoid: list[Window]) -> None:
        self.gaps = {d: [(0, 24 * 60)] for d in DAYS}
        self.worked = dict.fromkeys(DAYS, 0)
        for w in avoid:
            self.take(w.weekday, w.start, w.end, work=False)

    def take(self, day: str, start: int, end: int, work: bool = True) -> None:
        kept = []
        for s, e in self.gaps[day]:
            kept += [(s, e)] if e <= start or end <= s else []
            kept += [(s, start)] if s < start < e else []
            kept += [(end, e)] if s < end < e else []
        self.gaps[day] = sorted(kept)
        self.worked[day] += (end - start) if work else 0

    def within(self, day: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = [(max(s, start), min(e, end)) for s, e in self.gaps[day]]
        return [(s, e) for s, e in spans if s < e]

    def room(self, day: str) -> int:
        """Minutes of work the day can still take."""
        return max(0, DAY_CAP - self.worked[day])

    def total(self) -> int:
        """Minutes of work the week can still take, in the hours blocks are placed."""
        first, last = FALLBACK[-1][1], FALLBACK[-1][2]
        return sum(min(self.room(d), sum(e - s for s, e in self.within(d, first, last)))
                   for d in DAYS)  # fmt: skip


def _place_anchor(anchor: Stream, need: int, free: _Free) -> tuple[list[BlockProposal], int]:
    """The anchor's ``need`` minutes spread evenly over the weekdays with room from 09:00 (any
    day when no weekday has room), and where the others' weekday work may start."""
    roomy = [d for d in DAYS if sum(e - s for s, e in free.within(d, DAY_START, ANCHOR_END)) >= 60]
    days = [d for d in roomy if d in WEEKDAYS] or roomy
    if not days:
        return _fill(anchor.id, need, FALLBACK, free)[0], DAY_START
    daily = _round_quarter(need / len(days))
    extra = need - daily * len(days)
    blocks: list[BlockProposal] = []
    left = 0
    for n, day in enumerate(days):
        cap = daily + (extra if n == len(days) - 1 else 0)
        placed, rest = _fill(anchor.id, cap, [(day, DAY_START, ANCHOR_END)], free)
        blocks += placed
        left += rest
    # The others' afternoons begin an hour after the anchor's day (its last day may run longer).
    ends = [_minutes(b.end) for b in blocks if b.weekday != days[-1]] or [
        _minutes(b.end) for b in blocks
    ]
    after = max(ends, default=DAY_START) + 60
    return blocks + _fill(anchor.id, left, FALLBACK, free)[0], after


def _free_windows(after: int) -> list[tuple[str, int, int]]:
    """The usual [day, start, end] windows of the side streams, in the order handed out."""
    windows = list(WEEKEND)
    if EVENING[0] - after >= 120:
        windows += [(d, after, EVENING[0] - 60) for d in ("tuesday", "thursday", "wednesday")]
    evening_start = max(EVENING[0], after)
    windows += [(d, evening_start, EVENING[1]) for d in EVENING_ORDER if evening_start < EVENING[1]]
    windows += [("saturday", 14 * 60, 17 * 60), ("sunday", 14 * 60, 17 * 60)]
    return windows


def _fill(
    stream_id: str, need: int, windows: list[tuple[str, int, int]], free: _Free
) -> tuple[list[BlockProposal], int]:
    """Blocks for ``need`` minutes taken from the free spans of ``windows`` in order (no
    piece under half an hour unless less is needed), and the minutes that did not fit."""
    blocks = []
    for day, start, end in windows:
        for s, e in free.within(day, start, end):
            take = min(need, e - s, free.room(day))
            if take <= 0 or (take < 30 and need >= 30):
                continue
            blocks.append(BlockProposal(stream_id, day, _clock(s), _clock(s + take)))
            free.take(day, s, s + take)
            need -= take
        if need <= 0:
            break
    return blocks, need


def _joined(blocks: list[BlockProposal]) -> list[BlockProposal]:
    """The blocks with a stream's touching blocks on one day made one."""
    out: list[BlockProposal] = []
    for b in blocks:
        same = next((i for i, o in enumerate(out) if (o.stream_id, o.weekday) == (b.stream_id,
                     b.weekday) and b.start <= o.end and o.start <= b.end), None)  # fmt: skip
        if same is None:
            out.append(b)
        else:
            o = out[same]
            out[same] = BlockProposal(b.stream_id, b.weekday, min(o.start, b.start),
                                      max(o.end, b.end))  # fmt: skip
    return out


def propose_loops(plan: Plan) -> list[LoopProposal]:
    """A teaching cycle through the streams (each teaches the next) and the anchor funding
    the seed, so every stream is in a loop and teaches another; loops already in the plan are
    not proposed again."""
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
    # A week proposed again (after the final checks found a stream with no block) keeps the
    # loops already recorded; proposed twice, they were refused as duplicates at every yes.
    held = {(lp.from_stream, lp.to_stream, lp.kind) for lp in plan.feedback_loops}
    return [lp for lp in loops if (lp.from_stream, lp.to_stream, lp.kind) not in held]


def propose_review(today: dt.date, constraints: Sequence[str] = ()) -> dt.date:
    """The first quarterly review: twelve weeks from today, moved on to the next day the
    person's limits leave open ("no work on Sundays" moves a Sunday review to the Monday).

    Only a day a limit rules out whole is passed over; a part of a day ruled out ("no
    mornings") still leaves time for a review that day.
    """
    closed = {
        w.weekday
        for limit in read_limits(constraints)
        for w in limit.avoid
        if w.start <= 0 and w.end >= DAY_MINUTES
    }
    due = today + dt.timedelta(weeks=REVIEW_WEEKS)
    for ahead in range(len(DAYS)):
        day = due + dt.timedelta(days=ahead)
        if DAYS[day.weekday()] not in closed:
            return day
    return due  # every day ruled out whole: the limits say nothing a date could keep to


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
