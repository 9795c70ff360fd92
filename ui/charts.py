"""Charts for the plan panel: donuts with their legends, and the feedback-loop graph.

Pure functions from small value objects to HTML and inline SVG. Each chart takes the width
its box gives it (``width="100%"`` with a ``viewBox``), so it fills the panel on a desktop and
fits a phone. Every label that can come from a user (stream names, notes) is escaped here, so
a name such as ``<script>`` is drawn as text and never becomes markup; a name too long for its
place is wrapped or shortened, with the whole name in a tooltip.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

#: Colours per stream role (colour-blind friendly, after the Okabe-Ito palette).
ROLE_COLOURS: dict[str, str] = {
    "anchor": "#0072B2",
    "client": "#E69F00",
    "leverage": "#009E73",
    "seed": "#CC79A7",
}
#: For a second stream of a role already shown, and for unknown roles.
FALLBACK_COLOURS = ("#56B4E9", "#D55E00", "#999999", "#F0E442", "#000000")
LOOP_COLOURS: dict[str, str] = {"teaches": "#009E73", "funds": "#0072B2", "protects": "#D55E00"}
#: Characters of a node label's line in the loop graph, and its lines.
LABEL_LINE = 15
LABEL_LINES = 3


@dataclass(frozen=True)
class Slice:
    """One part of a donut: a label, a non-negative value and a colour."""

    label: str
    value: float
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


def stream_colours(roles: Sequence[str]) -> list[str]:
    """A colour per stream, in order: its role's colour for the first stream of each role,
    a fallback colour for a second one, so no two streams share a colour."""
    used: set[str] = set()
    spare = iter(FALLBACK_COLOURS * 4)
    out = []
    for role in roles:
        colour = ROLE_COLOURS.get(role, "")
        while not colour or colour in used:
            colour = next(spare)
        used.add(colour)
        out.append(colour)
    return out


def _arc_path(cx: float, cy: float, r_out: float, r_in: float, a0: float, a1: float) -> str:
    """The SVG path of a ring segment between angles a0 and a1 (radians, clockwise from 12)."""
    large = 1 if a1 - a0 > math.pi else 0

    def point(r: float, a: float) -> str:
        return f"{cx + r * math.sin(a):.2f} {cy - r * math.cos(a):.2f}"

    return (
        f"M {point(r_out, a0)} A {r_out} {r_out} 0 {large} 1 {point(r_out, a1)} "
        f"L {point(r_in, a1)} A {r_in} {r_in} 0 {large} 0 {point(r_in, a0)} Z"
    )


def donut_svg(title: str, slices: list[Slice], *, size: int = 160) -> str:
    """A donut chart with the title in its hole; an empty or all-zero chart says there is
    nothing yet. Its legend is :func:`legend_html`."""
    cx = cy = size / 2
    r_out, r_in = size / 2 - 2, size / 2 - 30
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
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-donut" width="100%" '
        f'viewBox="0 0 {size} {size}"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )


def legend_html(slices: list[Slice]) -> str:
    """The donut's legend as a list: colour, the whole name (it wraps) and the share."""
    total = sum(max(s.value, 0.0) for s in slices)
    rows = []
    for s in slices:
        pct = f"{max(s.value, 0.0) / total * 100:.0f} %" if total > 0 else "-"
        rows.append(
            f'<li><span class="pc-dot" style="background:{escape(s.colour)}"></span>'
            f'<span class="pc-legend-name">{escape(s.label)}</span>'
            f'<span class="pc-legend-pct">{pct}</span></li>'
        )
    return f'<ul class="pc-legend">{"".join(rows)}</ul>'


def donut_card(title: str, slices: list[Slice]) -> str:
    """A donut with its title and legend, as one box of the panel."""
    return (
        f'<figure class="pc-donut-card"><figcaption>{escape(title)}</figcaption>'
        f'<div class="pc-donut-box">{donut_svg(title, slices)}</div>'
        f"{legend_html(slices)}</figure>"
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
        f'<text x="{cx}" y="{cy + 5}" text-anchor="middle" font-size="14" '
        f'fill="currentColor">{escape(text)}</text>'
    )


def wrap_label(text: str, width: int = LABEL_LINE, lines: int = LABEL_LINES) -> list[str]:
    """``text`` in at most ``lines`` lines of about ``width`` characters, broken between
    words; what does not fit ends in an ellipsis (the whole name stays in the tooltip)."""
    out: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        out.append(current)
    out = [line if len(line) <= width + 4 else line[: width - 1] + "…" for line in out]
    if len(out) > lines:
        out = [*out[: lines - 1], out[lines - 1][: width - 1].rstrip() + "…"]
    return out or [""]


# -- the loop graph -----------------------------------------------------------------------

GRAPH_W, GRAPH_H = 470, 400
NODE_R = 20


def loop_graph_svg(nodes: list[tuple[str, str]], edges: list[Edge]) -> str:
    """Streams on a circle (name, colour) with an arrow per feedback loop, coloured by kind.

    Names sit outside the circle, away from its centre, and arrows run inside it, so no
    arrow crosses a name.
    """
    if not nodes:
        return '<p class="pc-empty">No streams yet.</p>'
    # The top node's name sits above it: a name of three lines moves the circle down.
    cx, radius = GRAPH_W / 2, 100.0
    cy = 130.0 + 15 * max(len(wrap_label(nodes[0][0])), 2)
    pos: dict[str, tuple[float, float, float]] = {}
    for i, (name, _colour) in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes)
        pos[name] = (cx + radius * math.sin(a), cy - radius * math.cos(a), a)
    marker = "".join(
        f'<marker id="pc-arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        f'fill="{colour}"/></marker>'
        for kind, colour in LOOP_COLOURS.items()
    )
    lines = [_edge(e, pos) for e in edges if e.source in pos and e.target in pos]
    circles = [_node(name, colour, pos[name]) for name, colour in nodes]
    # The canvas ends under the lowest name (a node at the bottom has its name below it).
    lowest = max(y + (NODE_R + 6 + 15 * max(len(wrap_label(name)), 2)
                      if abs(math.sin(a)) < 0.35 else NODE_R + 12)
                 for name, (_, y, a) in pos.items())  # fmt: skip
    height = round(min(lowest, GRAPH_H - 30) + 34)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="pc-loops" width="100%" '
        f'viewBox="0 0 {GRAPH_W} {height}"><title>Feedback loops</title>'
        f"<defs>{marker}</defs>{''.join(lines)}{''.join(circles)}{_loop_key(height)}</svg>"
    )


def _edge(e: Edge, pos: dict[str, tuple[float, float, float]]) -> str:
    (x1, y1, _), (x2, y2, _) = pos[e.source], pos[e.target]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    # Offset sideways so that A->B and B->A stay apart, and stop at the node's rim.
    ox, oy = -uy * 5, ux * 5
    gap = NODE_R + 3
    sx, sy = x1 + ux * gap + ox, y1 + uy * gap + oy
    tx, ty = x2 - ux * gap + ox, y2 - uy * gap + oy
    kind = e.kind if e.kind in LOOP_COLOURS else "teaches"
    colour = LOOP_COLOURS[kind]
    return (
        f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{tx:.1f}" y2="{ty:.1f}" stroke="{colour}" '
        f'stroke-width="2" marker-end="url(#pc-arrow-{kind})">'
        f"<title>{escape(e.source)} {escape(e.kind)} {escape(e.target)}</title></line>"
    )


def _node(name: str, colour: str, at: tuple[float, float, float]) -> str:
    """A node and its name, placed outward from the circle's centre along the node's angle."""
    x, y, angle = at
    dx, dy = math.sin(angle), -math.cos(angle)
    lines = wrap_label(name)
    if abs(dx) < 0.35:  # top or bottom: the name above or below the node, centred
        anchor, tx = "middle", x
        first = y - NODE_R - 8 - 15 * (len(lines) - 1) if dy < 0 else y + NODE_R + 16
    else:  # a side: the name beside the node, away from the centre
        anchor = "start" if dx > 0 else "end"
        tx = x + (NODE_R + 6) * (1 if dx > 0 else -1)
        first = y + 4 - 7.5 * (len(lines) - 1)
    spans = "".join(
        f'<tspan x="{tx:.1f}" y="{first + 15 * i:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f"<g><title>{escape(name)}</title>"
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_R}" fill="{escape(colour)}"/>'
        f'<text text-anchor="{anchor}" font-size="13" fill="currentColor">{spans}</text></g>'
    )


def _loop_key(height: float) -> str:
    items = []
    for i, (kind, colour) in enumerate(LOOP_COLOURS.items()):
        x = GRAPH_W / 2 - 160 + i * 112
        y = height - 10
        items.append(
            f'<line x1="{x}" y1="{y - 4}" x2="{x + 22}" y2="{y - 4}" stroke="{colour}" '
            f'stroke-width="3"/><text x="{x + 27}" y="{y}" font-size="13" '
            f'fill="currentColor">{kind}</text>'
        )
    return "".join(items)
