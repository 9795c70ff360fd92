"""The guided interviewer sends single additions queued in a row as one list call."""

from __future__ import annotations

from agent.interviewer import lists


def _call(tool: str, **args: object) -> dict[str, object]:
    return {"name": tool, "args": args}


def test_blocks_then_loops_go_as_one_week_and_the_rest_waits() -> None:
    queue = [_call("add_time_block", stream_id="bakery", weekday="monday"),
             _call("add_time_block", stream_id="wedding-cakes", weekday="sunday"),
             _call("add_feedback_loop", from_stream="bakery", to_stream="wedding-cakes"),
             _call("set_review", date="2027-05-01")]  # fmt: skip
    first = lists.next_call(queue, 30)
    assert first["name"] == "add_week"
    assert [b["weekday"] for b in first["args"]["blocks"]] == ["monday", "sunday"]  # type: ignore[index]
    assert len(first["args"]["loops"]) == 1  # type: ignore[arg-type]
    assert [c["name"] for c in queue] == ["set_review"]
    assert lists.singles("add_week", first["args"]) == [  # type: ignore[arg-type]
        ("add_time_block", {"stream_id": "bakery", "weekday": "monday"}),
        ("add_time_block", {"stream_id": "wedding-cakes", "weekday": "sunday"}),
        ("add_feedback_loop", {"from_stream": "bakery", "to_stream": "wedding-cakes"}),
    ]


def test_a_block_after_a_loop_is_not_moved_before_it() -> None:
    queue = [_call("add_feedback_loop", kind="funds"), _call("add_time_block", weekday="friday")]
    assert lists.next_call(queue, 30)["name"] == "add_feedback_loop"
    assert lists.next_call(queue, 30)["name"] == "add_time_block" and not queue


def test_one_addition_stays_a_single_call_and_the_limit_holds() -> None:
    queue = [_call("add_stream", name="Tours"), _call("search_guidance", query="q")]
    assert lists.next_call(queue, 30) == {"name": "add_stream", "args": {"name": "Tours"}}
    streams = [_call("add_stream", name=n) for n in ("Tours", "Guidebooks", "Talks")]
    first = lists.next_call(streams, 2)
    assert first["name"] == "add_streams" and len(first["args"]["streams"]) == 2  # type: ignore[arg-type]
    assert streams == [_call("add_stream", name="Talks")]
    assert lists.singles("export_plan", {"format": "pdf"}) == [("export_plan", {"format": "pdf"})]
