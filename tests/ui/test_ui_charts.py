"""The chart renderers: well-formed, proportional, sized by their box, escaping every label."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from ui.charts import (
    Edge,
    Slice,
    donut_card,
    donut_svg,
    legend_html,
    loop_graph_svg,
    stream_colours,
    wrap_label,
)
from ui.week_view import CalendarBlock, ink, week_calendar_html

SVG = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def _tags(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_donut_has_one_segment_per_positive_slice_and_scales_to_its_box() -> None:
    svg = donut_svg(
        "Time", [Slice("Job", 60, "#111"), Slice("Side", 40, "#222"), Slice("Z", 0, "#3")]
    )
    root = ET.fromstring(svg)
    assert len(root.findall(f"{SVG}path")) == 2
    assert root.get("width") == "100%" and root.get("viewBox") == "0 0 160 160"


def test_the_legend_keeps_whole_names_and_their_shares() -> None:
    long = "Experiment with explaining research to people"
    html = legend_html([Slice(long, 6, "#111"), Slice("Job", 94, "#222")])
    assert long in html and "…" not in html
    assert re.findall(r'pc-legend-pct">([^<]+)<', html) == ["6 %", "94 %"]


def test_donut_with_one_slice_draws_a_full_ring() -> None:
    root = ET.fromstring(donut_svg("Income", [Slice("Only", 5, "#111")]))
    assert root.findall(f"{SVG}path") == []
    assert len(root.findall(f"{SVG}circle")) == 1


def test_empty_donut_says_no_data() -> None:
    assert "no data yet" in donut_svg("Time", [])


def test_labels_are_escaped_everywhere() -> None:
    outputs = [
        donut_card(EVIL, [Slice(EVIL, 1, "#111"), Slice("b", 1, "#222")]),
        week_calendar_html([CalendarBlock(0, 540, 600, EVIL, "#111")]),
        loop_graph_svg([(EVIL, "#111"), ("b", "#222")], [Edge(EVIL, "b", "teaches")]),
    ]
    for html in outputs:
        tags = _tags(html)
        assert "script" not in tags and "img" not in tags
        assert "<img" not in html and "<script" not in html
    ET.fromstring(outputs[2])  # the graph is still well-formed SVG


def test_calendar_places_blocks_by_day_and_time() -> None:
    blocks = [
        CalendarBlock(0, 9 * 60, 12 * 60, "Job", "#111"),
        CalendarBlock(2, 18 * 60, 19 * 60, "Write", "#222"),
    ]
    html = week_calendar_html(blocks)
    days = re.findall(r'<div class="pc-cal-day">(.*?)</div></div>', html)
    assert len(days) == 7 and "Job" in days[0] and "Write" in days[2] and "Job" not in days[2]
    heights = [int(h) for h in re.findall(r"height:(\d+)px;background", html)]
    assert heights[0] == 3 * heights[1]
    assert "Mon</strong> Job 09:00-12:00" in html and "Wed</strong> Write 18:00-19:00" in html


def test_calendar_blocks_carry_their_whole_name_in_a_tooltip_and_readable_ink() -> None:
    html = week_calendar_html([CalendarBlock(4, 600, 660, "A very long stream name", "#F0E442")])
    assert 'title="A very long stream name, Fri 10:00-11:00"' in html
    assert "color:#1a1a1a" in html  # dark text on yellow
    assert ink("#0072B2") == "#fff" and ink("not a colour") == "#fff"


def test_calendar_without_blocks_says_so() -> None:
    assert "No weekly time blocks" in week_calendar_html([])


def test_two_streams_of_one_role_get_different_colours() -> None:
    colours = stream_colours(["anchor", "client", "client", "seed", "leverage", "seed"])
    assert len(set(colours)) == 6
    assert colours[0] == "#0072B2" and colours[1] == "#E69F00"


def test_loop_graph_draws_one_arrow_per_edge_between_known_nodes() -> None:
    nodes = [("Job", "#111"), ("Consulting", "#222"), ("Course", "#333")]
    edges = [
        Edge("Job", "Consulting", "funds"),
        Edge("Consulting", "Course", "teaches"),
        Edge("Ghost", "Job", "funds"),
    ]
    root = ET.fromstring(loop_graph_svg(nodes, edges))
    lines = [line for line in root.findall(f"{SVG}line") if line.get("marker-end")]
    assert len(lines) == 2
    assert {line.get("marker-end") for line in lines} == {
        "url(#pc-arrow-funds)",
        "url(#pc-arrow-teaches)",
    }
    assert root.get("width") == "100%"


def _segments_cross(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    p1, p2, p3, p4 = (a[0], a[1]), (a[2], a[3]), (b[0], b[1]), (b[2], b[3])
    return side(p3, p4, p1) * side(p3, p4, p2) < 0 and side(p1, p2, p3) * side(p1, p2, p4) < 0


def test_no_arrow_crosses_a_stream_name() -> None:
    names = ["University job", "Consulting", "Podcast", "Experiment with explaining research"]
    nodes = [(n, "#111") for n in names]
    edges = [Edge(a, b, "teaches") for a in names for b in names if a != b]
    root = ET.fromstring(loop_graph_svg(nodes, edges))
    arrows = [
        tuple(float(line.get(k, 0)) for k in ("x1", "y1", "x2", "y2"))
        for line in root.findall(f"{SVG}line")
        if line.get("marker-end")
    ]
    for text in root.iter(f"{SVG}text"):
        for span in text.findall(f"{SVG}tspan"):
            x, y, chars = float(span.get("x", 0)), float(span.get("y", 0)), len(span.text or "")
            width = chars * 7.5  # 13 px text: under 7.5 units a character
            left = {"start": x, "end": x - width}.get(text.get("text-anchor", ""), x - width / 2)
            box = (left, y - 12, left + width, y + 3)
            edges_of_box = [
                (box[0], box[1], box[2], box[1]), (box[0], box[3], box[2], box[3]),
                (box[0], box[1], box[0], box[3]), (box[2], box[1], box[2], box[3]),
            ]  # fmt: skip
            for arrow in arrows:
                assert not any(_segments_cross(arrow, side) for side in edges_of_box), span.text


def test_long_names_wrap_between_words_and_end_in_an_ellipsis() -> None:
    assert wrap_label("University job") == ["University job"]
    assert wrap_label("Experiment with explaining research to people") == [
        "Experiment with",
        "explaining",
        "research to…",
    ]
    assert wrap_label("Mentoring bootcamp students") == ["Mentoring", "bootcamp", "students"]
    assert wrap_label("Consulting for small charities") == ["Consulting for", "small charities"]


@pytest.mark.parametrize("count", [2, 3, 4, 5])
def test_names_of_three_lines_stay_on_the_canvas_and_clear_of_the_key(count: int) -> None:
    long = "Mentoring bootcamp students"
    nodes = [(f"{long} {i}" if i else long, "#111") for i in range(count)]
    root = ET.fromstring(loop_graph_svg(nodes, []))
    height = float(root.get("viewBox", "0 0 0 0").split()[3])
    key_top = height - 10 - 13
    for text in root.iter(f"{SVG}text"):
        ys = [float(span.get("y", 0)) for span in text.findall(f"{SVG}tspan")]
        if ys:
            assert min(ys) - 12 >= 0 and max(ys) + 3 <= key_top, (ys, height)
    assert any(len(t.findall(f"{SVG}tspan")) == 3 for t in root.iter(f"{SVG}text"))
