"""Inline SVG charts for the plan panel: donuts, a weekly calendar, a loop graph.

Pure functions from small value objects to SVG text. Every label that can come from a
user (stream names, notes) is escaped here, so a name such as ``<script>`` is drawn as
text and never becomes markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

#: Colours per stream role (colour-blind friendly, after the Okabe-Ito palette).
ROLE_COLOURS: dict[str, str] = {
    "anchor": "#0072B2",
    "client": "#E69F00",
    "leverage": "#009E73",
    "seed": "#CC79A7",
}
FALLBACK_COLOURS = ("#56B4E9", "#D55E00", "#F0E442", "#999999", "#000000")
LOOP_COLOURS: dict[str, str] = {"teaches": "#009E73", "funds": "#0072B2", "protects": "#D55E00"}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Slice:
    """One part of a donut: a label, a non-negative value and a colour."""

    label: str
    value: float
    colour: str


@dataclass(frozen=True)
class CalendarBlock:
    """A weekly block: day 0 (Monday) to 6, start and end in minutes after midnight."""

    day: int
    start: int
    end: int
    label: str
    colour: str


@dataclass(frozen=True)
class Edge:
    """A feedback loop from one stream to another: teaches, funds or protects."""

    source: str
    target: str
    kind: str


def colour_for(role: str, index: int) -> str:
    """The colour of a stream by its role, or a fallback picked by position."""
    return ROLE_COLOURS.get(role, FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)])


def _arc_path(cx: float, cy: float, r_out: float, r_in: float, a0: float, a1: float) -> str:
    """The SVG path of a ring segment between angles a0 and a1 (radians, clockwise from 12)."""
    large = 1 if a1 - a0 > math.pi else 0

    def point(r: float, a: float) -> str:
        return f"{cx + r * math.sin(a):.2f} {cy - r * math.cos(a):.2f}"

    return (
        f"M {point(r_out, a0)} A {r_out} {r_out} 0 {large} 1 {point(r_out, a1)} "
        f"L {point(r_in, a1)} A {r_in} {r_in} 0 {large} 0 {point(r_in, a0)} Z"
    )


def donut_svg(title: str, slices: list[Slice], *, size: int = 180) -> str:
    """A donut chart with a legend; an empty or all-zero chart says there is nothing yet."""
    cx = cy = size / 2
    r_out, r_in = size / 2 - 4, size / 4
    total = sum(max(s.value, 0.0) for s in slices)
    parts: list[str] = []
    if total <= 0:
        parts.append(
            f'<circle cx="{cx}" cy="{cy}" r="{(r_out + r_in) / 2}" fill="none" '
            f'stroke="#ddd" stroke-width="{r_out - r_in}"/>'
        )
        parts.append(_centre_text(cx, cy, "no data yet"))
    else:
        parts.extend(_segments(cx, cy, r_out, r_in, slices, total))
        parts.append(_centre_text(cx, cy, title))
    legend = _legend(slices, total, x=size + 10)
    height = max(size, 22 * len(slices) + 10)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-donut" '
        f'width="{size + 230}" height="{height}" viewBox="0 0 {size + 230} {height}">'
        f"<title>{escape(title)}</title>{''.join(parts)}{legend}</svg>"
    )


def _segments(
    cx: float, cy: float, r_out: float, r_in: float, slices: list[Slice], total: float
) -> list[str]:
    parts: list[str] = []
    angle = 0.0
    for s in slices:
        share = max(s.value, 0.0) / total
        if share <= 0:
            continue
        tip = f"<title>{escape(s.label)}: {share * 100:.0f}%</title>"
        if share >= 0.9999:
            ring = (r_out + r_in) / 2
            parts.append(
                f'<circle cx="{cx}" cy="{cy}" r="{ring}" fill="none" stroke="{escape(s.colour)}" '
                f'stroke-width="{r_out - r_in}">{tip}</circle>'
            )
            break
        end = angle + share * 2 * math.pi
        path = _arc_path(cx, cy, r_out, r_in, angle, end)
        parts.append(f'<path d="{path}" fill="{escape(s.colour)}">{tip}</path>')
        angle = end
    return parts


def _centre_text(cx: float, cy: float, text: str) -> str:
    return (
        f'<text x="{cx}" y="{cy + 4}" text-anchor="middle" font-size="12" '
        f'fill="currentColor">{escape(text)}</text>'
    )


def _legend(slices: list[Slice], total: float, *, x: float) -> str:
    rows = []
    for i, s in enumerate(slices):
        y = 14 + 22 * i
        pct = f"{max(s.value, 0.0) / total * 100:.0f}%" if total > 0 else "-"
        rows.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{escape(s.colour)}"/>'
            f'<text x="{x + 18}" y="{y}" font-size="12" fill="currentColor">'
            f"{escape(_shorten(s.label, 24))} {pct}</text>"
        )
    return "".join(rows)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def week_calendar_svg(blocks: list[CalendarBlock], *, width: int = 640) -> str:
    """A Monday-to-Sunday grid with one rectangle per block, scaled to the hours in use."""
    if not blocks:
        return '<p class="pc-empty">No weekly time blocks yet.</p>'
    first = min(b.start for b in blocks) // 60
    last = -(-max(b.end for b in blocks) // 60)
    top, left, hour_px = 24, 40, 22
    col = (width - left) / 7
    height = top + (last - first) * hour_px + 4
    parts = [
        f'<text x="{left + col * d + col / 2:.1f}" y="16" text-anchor="middle" '
        f'font-size="12" fill="currentColor">{name}</text>'
        for d, name in enumerate(DAYS)
    ]
    for h in range(first, last + 1):
        y = top + (h - first) * hour_px
        parts.append(
            f'<line x1="{left}" y1="{y}" x2="{width}" y2="{y}" stroke="#ccc" stroke-width="0.5"/>'
            f'<text x="{left - 4}" y="{y + 4}" text-anchor="end" font-size="10" '
            f'fill="currentColor">{h:02d}:00</text>'
        )
    for b in blocks:
        parts.append(_calendar_rect(b, left, top, col, hour_px, first))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-calendar" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>Weekly time blocks</title>{''.join(parts)}</svg>"
    )


def _calendar_rect(
    b: CalendarBlock, left: float, top: float, col: float, hour_px: float, first: int
) -> str:
    x = left + col * b.day + 1
    y = top + (b.start / 60 - first) * hour_px
    h = max((b.end - b.start) / 60 * hour_px, 2)
    span = f"{b.start // 60:02d}:{b.start % 60:02d}-{b.end // 60:02d}:{b.end % 60:02d}"
    label = escape(_shorten(b.label, 14))
    return (
        f"<g><title>{escape(b.label)} {DAYS[b.day]} {span}</title>"
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{col - 2:.1f}" height="{h:.1f}" rx="3" '
        f'fill="{escape(b.colour)}" opacity="0.85"/>'
        f'<text x="{x + 3:.1f}" y="{y + 12:.1f}" font-size="10" fill="#fff">{label}</text></g>'
    )


def loop_graph_svg(nodes: list[tuple[str, str]], edges: list[Edge], *, size: int = 320) -> str:
    """Streams on a circle (name, colour) with an arrow per feedback loop, coloured by kind."""
    if not nodes:
        return '<p class="pc-empty">No streams yet.</p>'
    cx = cy = size / 2
    radius = size / 2 - 50
    pos: dict[str, tuple[float, float]] = {}
    for i, (name, _colour) in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes)
        pos[name] = (cx + radius * math.sin(a), cy - radius * math.cos(a))
    marker = "".join(
        f'<marker id="pc-arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        f'fill="{colour}"/></marker>'
        for kind, colour in LOOP_COLOURS.items()
    )
    lines = [_edge(e, pos) for e in edges if e.source in pos and e.target in pos]
    circles = [_node(name, colour, *pos[name]) for name, colour in nodes]
    key = _loop_key(size)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-loops" width="{size}" '
        f'height="{size + 24}" viewBox="0 0 {size} {size + 24}"><title>Feedback loops</title>'
        f"<defs>{marker}</defs>{''.join(lines)}{''.join(circles)}{key}</svg>"
    )


def _edge(e: Edge, pos: dict[str, tuple[float, float]]) -> str:
    (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    # Offset sideways so that A->B and B->A stay apart, and stop at the node's rim.
    ox, oy = -uy * 5, ux * 5
    sx, sy = x1 + ux * 24 + ox, y1 + uy * 24 + oy
    tx, ty = x2 - ux * 24 + ox, y2 - uy * 24 + oy
    kind = e.kind if e.kind in LOOP_COLOURS else "teaches"
    colour = LOOP_COLOURS[kind]
    return (
        f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{tx:.1f}" y2="{ty:.1f}" stroke="{colour}" '
        f'stroke-width="2" marker-end="url(#pc-arrow-{kind})">'
        f"<title>{escape(e.source)} {escape(e.kind)} {escape(e.target)}</title></line>"
    )


def _node(name: str, colour: str, x: float, y: float) -> str:
    return (
        f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="22" fill="{escape(colour)}"/>'
        f'<text x="{x:.1f}" y="{y + 36:.1f}" text-anchor="middle" font-size="11" '
        f'fill="currentColor">{escape(_shorten(name, 20))}</text></g>'
    )


def _loop_key(size: int) -> str:
    items = []
    for i, (kind, colour) in enumerate(LOOP_COLOURS.items()):
        x = 10 + i * (size / 3)
        items.append(
            f'<line x1="{x}" y1="{size + 12}" x2="{x + 20}" y2="{size + 12}" stroke="{colour}" '
            f'stroke-width="3"/><text x="{x + 24}" y="{size + 16}" font-size="11" '
            f'fill="currentColor">{kind}</text>'
        )
    return "".join(items)
