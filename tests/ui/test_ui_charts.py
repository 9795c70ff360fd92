"""The SVG chart renderers: well-formed, proportional, and escaping every label."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ui.charts import CalendarBlock, Edge, Slice, donut_svg, loop_graph_svg, week_calendar_svg

SVG = "{http://www.w3.org/2000/svg}"
EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_donut_has_one_segment_per_positive_slice_and_a_legend() -> None:
    svg = donut_svg(
        "Time", [Slice("Job", 60, "#111"), Slice("Side", 40, "#222"), Slice("Z", 0, "#3")]
    )
    root = _parse(svg)
    assert len(root.findall(f"{SVG}path")) == 2
    legend = [t.text for t in root.findall(f"{SVG}text")]
    assert "Job 60%" in legend and "Side 40%" in legend and "Z 0%" in legend


def test_donut_with_one_slice_draws_a_full_ring() -> None:
    root = _parse(donut_svg("Income", [Slice("Only", 5, "#111")]))
    assert root.findall(f"{SVG}path") == []
    assert len(root.findall(f"{SVG}circle")) == 1


def test_empty_donut_says_no_data() -> None:
    assert "no data yet" in donut_svg("Time", [])


def test_labels_are_escaped_everywhere() -> None:
    outputs = [
        donut_svg(EVIL, [Slice(EVIL, 1, "#111"), Slice("b", 1, "#222")]),
        week_calendar_svg([CalendarBlock(0, 540, 600, EVIL, "#111")]),
        loop_graph_svg([(EVIL, "#111"), ("b", "#222")], [Edge(EVIL, "b", "teaches")]),
    ]
    for svg in outputs:
        root = _parse(svg)  # would fail if the label broke the markup
        assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
        assert not list(root.iter("img")) and "<img" not in svg and "<script" not in svg


def test_calendar_places_blocks_by_day_and_time() -> None:
    blocks = [
        CalendarBlock(0, 9 * 60, 12 * 60, "Job", "#111"),
        CalendarBlock(2, 18 * 60, 19 * 60, "Write", "#222"),
    ]
    root = _parse(week_calendar_svg(blocks))
    rects = root.findall(f"{SVG}g/{SVG}rect")
    assert len(rects) == 2
    monday, wednesday = rects
    assert float(monday.get("x", 0)) < float(wednesday.get("x", 0))
    assert float(monday.get("height", 0)) == 3 * float(wednesday.get("height", 0))


def test_calendar_without_blocks_says_so() -> None:
    assert "No weekly time blocks" in week_calendar_svg([])


def test_loop_graph_draws_one_arrow_per_edge_between_known_nodes() -> None:
    nodes = [("Job", "#111"), ("Consulting", "#222"), ("Course", "#333")]
    edges = [
        Edge("Job", "Consulting", "funds"),
        Edge("Consulting", "Course", "teaches"),
        Edge("Ghost", "Job", "funds"),
    ]
    root = _parse(loop_graph_svg(nodes, edges))
    lines = [line for line in root.findall(f"{SVG}line") if line.get("marker-end")]
    assert len(lines) == 2
    assert {line.get("marker-end") for line in lines} == {
        "url(#pc-arrow-funds)",
        "url(#pc-arrow-teaches)",
    }
