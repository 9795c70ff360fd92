"""The weekly calendar of the plan panel: seven day columns with a box per time block.

HTML rather than one SVG: the columns share the panel's width and each name wraps inside its
box at a readable size, on a desktop as on a phone. A name longer than its box is cut at the
box's edge, with the stream, day and hours in the box's tooltip. Every name is escaped here.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: Pixels per hour: a one-hour block holds a line of text.
HOUR_PX = 24


@dataclass(frozen=True)
class CalendarBlock:
    """A weekly block: day 0 (Monday) to 6, start and end in minutes after midnight."""

    day: int
    start: int
    end: int
    label: str
    colour: str


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def week_calendar_html(blocks: list[CalendarBlock]) -> str:
    """A Monday-to-Sunday grid scaled to the hours in use; a note when there are no blocks."""
    if not blocks:
        return '<p class="pc-empty">No weekly time blocks yet.</p>'
    first = min(b.start for b in blocks) // 60
    last = -(-max(b.end for b in blocks) // 60)
    height = (last - first) * HOUR_PX
    hours = "".join(
        f'<span style="top:{(h - first) * HOUR_PX}px">{h:02d}:00</span>'
        for h in range(first, last + 1)
    )
    columns = []
    for day, name in enumerate(DAYS):
        boxes = "".join(_block(b, first) for b in blocks if b.day == day)
        columns.append(
            f'<div class="pc-cal-day"><div class="pc-cal-head">{name}</div>'
            f'<div class="pc-cal-col" style="height:{height}px">{boxes}</div></div>'
        )
    grid = (
        f'<div class="pc-calendar" role="img" aria-label="Weekly time blocks">'
        f'<div class="pc-cal-hours" style="height:{height}px">{hours}</div>'
        f"{''.join(columns)}</div>"
    )
    return grid + _agenda(blocks)


def _agenda(blocks: list[CalendarBlock]) -> str:
    """The same week as a list by day, for a screen too narrow for names in the grid (the
    page's CSS shows one or the other)."""
    days = []
    for day, name in enumerate(DAYS):
        slots = sorted((b.start, b.end, b.label) for b in blocks if b.day == day)
        if slots:
            said = "; ".join(f"{escape(label)} {_clock(a)}-{_clock(z)}" for a, z, label in slots)
            days.append(f"<li><strong>{name}</strong> {said}</li>")
    return f'<ul class="pc-agenda">{"".join(days)}</ul>'


def _block(b: CalendarBlock, first: int) -> str:
    top = (b.start / 60 - first) * HOUR_PX
    height = max((b.end - b.start) / 60 * HOUR_PX, 3)
    span = f"{_clock(b.start)}-{_clock(b.end)}"
    tip = escape(f"{b.label}, {DAYS[b.day]} {span}")
    return (
        f'<div class="pc-cal-block" title="{tip}" style="top:{top:.0f}px;height:{height:.0f}px;'
        f'background:{escape(b.colour)};color:{ink(b.colour)}"><span>{escape(b.label)}</span>'
        "</div>"
    )


def ink(colour: str) -> str:
    """Dark text on a light colour, white on a dark one ('#rrggbb'; anything else: white)."""
    digits = colour.lstrip("#")
    if len(digits) != 6 or any(c not in "0123456789abcdefABCDEF" for c in digits):
        return "#fff"
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return "#1a1a1a" if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else "#fff"
