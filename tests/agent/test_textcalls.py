"""Tool calls written as text (``agent.textcalls``): every form local models use is read, near
misses stay prose, and a streamed reply never passes on a call's text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agent.textcalls import CallFilter, read_calls

TOOLS = {"set_capacity", "add_stream", "finalise", "update_plan"}
CAP = {"hours_per_week": 40}
STREAM = {"name": "Consulting", "role": "client"}

#: id -> (reply text, expected calls as (name, args) with None for unusable args, prose left)
CALLS: dict[str, tuple[str, list[tuple[str | None, Any]], str]] = {
    "bare-arguments": ('{"name": "set_capacity", "arguments": {"hours_per_week": 40}}',
                       [("set_capacity", CAP)], ""),
    "bare-parameters": ('{"name": "set_capacity", "parameters": {"hours_per_week": 40}}',
                        [("set_capacity", CAP)], ""),
    "bare-in-prose": ('Noted. {"name": "set_capacity", "arguments": {"hours_per_week": 40}} '
                      "What else?", [("set_capacity", CAP)], "Noted.  What else?"),
    "arguments-as-string": ('{"name": "set_capacity", "arguments": "{\\"hours_per_week\\": 40}"}',
                            [("set_capacity", CAP)], ""),
    "openai-shape": ('{"type": "function", "function": {"name": "set_capacity", '
                     '"arguments": {"hours_per_week": 40}}}', [("set_capacity", CAP)], ""),
    "list": ('[{"name": "set_capacity", "arguments": {"hours_per_week": 40}}, '
             '{"name": "add_stream", "arguments": {"name": "Consulting", "role": "client"}}]',
             [("set_capacity", CAP), ("add_stream", STREAM)], ""),
    "no-arguments": ('{"name": "finalise"}', [("finalise", {})], ""),
    "hermes": ('I will record that.\n<tool_call>\n{"name": "set_capacity", "arguments": '
               '{"hours_per_week": 40}}\n</tool_call>', [("set_capacity", CAP)],
               "I will record that."),
    "hermes-two": ('<tool_call>{"name": "set_capacity", "arguments": {"hours_per_week": 40}}'
                   '</tool_call>\n<tool_call>{"name": "add_stream", "arguments": {"name": '
                   '"Consulting", "role": "client"}}</tool_call>',
                   [("set_capacity", CAP), ("add_stream", STREAM)], ""),
    "hermes-unclosed": ('<tool_call>\n{"name": "set_capacity", "arguments": '
                        '{"hours_per_week": 40}}', [("set_capacity", CAP)], ""),
    "qwen3-coder-xml": ("<tool_call>\n<function=set_capacity>\n<parameter=hours_per_week>\n40\n"
                        "</parameter>\n</function>\n</tool_call>", [("set_capacity", CAP)], ""),
    "python-tag-json": ('<|python_tag|>{"name": "set_capacity", "parameters": '
                        '{"hours_per_week": 40}}<|eom_id|>', [("set_capacity", CAP)], ""),
    "python-tag-call": ("<|python_tag|>set_capacity(hours_per_week=40)<|eot_id|>",
                        [("set_capacity", CAP)], ""),
    "llama-function-tag": ('<function=set_capacity>{"hours_per_week": 40}</function>',
                           [("set_capacity", CAP)], ""),
    "mistral": ('[TOOL_CALLS][{"name": "set_capacity", "arguments": {"hours_per_week": 40}}]',
                [("set_capacity", CAP)], ""),
    "fenced-json": ('Sure.\n```json\n{"name": "set_capacity", "arguments": '
                    '{"hours_per_week": 40}}\n```', [("set_capacity", CAP)], "Sure."),
    "fenced-plain": ('```\n{"name": "set_capacity", "arguments": {"hours_per_week": 40}}\n```',
                     [("set_capacity", CAP)], ""),
    "fenced-tool-call-tag": ('```\n<tool_call>{"name": "set_capacity", "arguments": '
                             '{"hours_per_week": 40}}</tool_call>\n```',
                             [("set_capacity", CAP)], ""),
    "fenced-tool-code": ("```tool_code\nset_capacity(hours_per_week=40)\n```",
                         [("set_capacity", CAP)], ""),
    "pythonic-list": ('[set_capacity(hours_per_week=40), add_stream(name="Consulting", '
                      'role="client")]', [("set_capacity", CAP), ("add_stream", STREAM)], ""),
    # JSON written as a Python literal, and a trailing comma: read as the same values.
    "python-literal": ("{'name': 'set_capacity', 'arguments': {'hours_per_week': 40}}",
                       [("set_capacity", CAP)], ""),
    "python-literal-in-prose": ("Noted. {'name': 'set_capacity', 'arguments': "
                                "{'hours_per_week': 40, 'flexible': True}} Next?",
                                [("set_capacity", {**CAP, "flexible": True})], "Noted.  Next?"),
    "python-literal-list-in-tag": ("<tool_call>[{'name': 'set_capacity', 'parameters': "
                                   "{'hours_per_week': 40}}]</tool_call>",
                                   [("set_capacity", CAP)], ""),
    "trailing-comma": ('{"name": "set_capacity", "arguments": {"hours_per_week": 40,}}',
                       [("set_capacity", CAP)], ""),
    "python-literal-unknown-whole-reply": ("{'name': 'set_hours', 'arguments': {'h': 40}}",
                                           [("set_hours", {"h": 40})], ""),
    # Unusable calls: still calls (the loop corrects them), never shown.
    "python-literal-malformed": ("{'name': 'set_capacity', 'arguments': {'hours_per_week': 4",
                                 [("set_capacity", None)], ""),
    "trailing-comma-json-words": ('{"name": "set_capacity", "arguments": {"flexible": true,}}',
                                  [("set_capacity", None)], ""),
    "hermes-malformed": ('<tool_call>{"name": "set_capacity", "arguments": '
                         '{"hours_per_week": 40}</tool_call>', [("set_capacity", None)], ""),
    "bare-malformed-known": ('{"name": "set_capacity", "arguments": {"hours_per_week": 40}',
                             [("set_capacity", None)], ""),
    "bare-bad-key-known": ('Here: {"name": "set_capacity", "arguments": {hours_per_week: 40}}',
                           [("set_capacity", None)], "Here:"),
    "arguments-null": ('{"name": "set_capacity", "arguments": null}',
                       [("set_capacity", None)], ""),
    "arguments-array": ('{"name": "set_capacity", "arguments": [40]}',
                        [("set_capacity", None)], ""),
    "unknown-tool-whole-reply": ('{"name": "launch_rocket", "arguments": {"speed": 9}}',
                                 [("launch_rocket", {"speed": 9})], ""),
    "unknown-tool-in-tag": ('<tool_call>{"name": "set_hours", "arguments": {"h": 40}}'
                            "</tool_call>", [("set_hours", {"h": 40})], ""),
    "tag-without-name": ('<tool_call>{"hours_per_week": 40}</tool_call>', [(None, None)], ""),
    "python-positional": ("<|python_tag|>set_capacity(40)", [("set_capacity", None)], ""),
}  # fmt: skip

#: Replies that merely contain braces, brackets, fences or tags-like text: never calls.
NEAR_MISSES = [
    'A saved plan looks like {"streams": [{"name": "Consulting", "target_hours": 10}]} in JSON.',
    'For example {"name": "Consulting", "arguments": {"hours": 3}} would be a stream, not a call.',
    'Your record: {"name": "Consulting"}. Shall I keep it?',
    '{"name": "Consulting", "role": "client", "target_hours": 10}',
    "I love {curly braces} and [1] footnotes [see p. 3].",
    "An unclosed { brace and an unclosed [ bracket stay as they are",
    'Here is the idea in code:\n```python\nprint({"name": "x", "arguments": {}})\n```\nFine?',
    '```json\n{"streams": 3, "anchor": "day job"}\n```',
    "```bash\nset_capacity --hours 40\n```",
    "Try the <function> of each stream, and the [tool] you use most.",
    "Lists work too: [mentoring(paid), writing(unpaid)] are two streams.",
    "Set the review for {date} and tell me what [a] and (b) mean.",
    "Ask me: what is set_capacity(hours_per_week=40) in plain words?",
    "A stream like {'name': 'Consulting', 'arguments': {'x': 1}} is only an example.",
    "{'name': 'Consulting', 'hours': 10}",
    "I'd say {'a': 1} or {don't} matter, and ['x', 'y'] too.",
    "",
]


def _calls(reading_calls: list[Any]) -> list[tuple[str | None, Any]]:
    return [(c.name, c.args) for c in reading_calls]


@pytest.mark.parametrize("case", CALLS, ids=list(CALLS))
def test_every_text_form_becomes_calls_and_leaves_the_prose(case: str) -> None:
    text, expected, prose = CALLS[case]
    reading = read_calls(text, TOOLS)
    assert _calls(reading.calls) == expected
    assert reading.prose == prose
    for call in reading.calls:
        assert call.valid is (call.args is not None and call.name is not None)
        assert call.raw and call.raw.strip() in text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_prose_with_braces_is_never_a_call(text: str) -> None:
    reading = read_calls(text, TOOLS)
    assert reading.calls == [] and reading.prose == text


def _stream(text: str, size: int) -> tuple[list[str], str, list[Any]]:
    filter_ = CallFilter(TOOLS)
    shown = [filter_.feed(text[i : i + size]) for i in range(0, len(text), size)]
    rest, calls = filter_.finish()
    return shown, rest, calls


@pytest.mark.parametrize("size", [1, 2, 5, 13, 10_000])
@pytest.mark.parametrize("case", CALLS, ids=list(CALLS))
def test_streamed_calls_match_and_their_text_is_never_passed_on(case: str, size: int) -> None:
    text, expected, prose = CALLS[case]
    shown, rest, calls = _stream(text, size)
    assert _calls(calls) == expected
    assert ("".join(shown) + rest).strip() == prose.strip()
    passed_on = "".join(shown) + rest
    for marker in ('"arguments"', '"parameters"', "<tool_call>", "<|python_tag|>", "<function=",
                   "[TOOL_CALLS]", "hours_per_week", "<|eom_id|>"):  # fmt: skip
        assert marker not in passed_on, (marker, passed_on)


@pytest.mark.parametrize("size", [1, 3, 10_000])
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_streamed_prose_comes_through_unchanged(text: str, size: int) -> None:
    shown, rest, calls = _stream(text, size)
    assert calls == [] and "".join(shown) + rest == text


def test_prose_before_a_call_is_shown_before_the_call_ends() -> None:
    filter_ = CallFilter(TOOLS)
    assert filter_.feed("Thanks, noted. ") == "Thanks, noted. "
    assert filter_.feed('<tool_call>{"name": "set_capacity", ') == ""
    assert filter_.feed('"arguments": {"hours_per_week": 40}}</tool_') == ""
    assert filter_.feed("call> Anything else?") == " Anything else?"
    rest, calls = filter_.finish()
    assert rest == "" and _calls(calls) == [("set_capacity", CAP)]


def test_text_that_may_open_a_call_waits_and_is_released_when_it_does_not() -> None:
    filter_ = CallFilter(TOOLS)
    assert filter_.feed("A plan has streams <") == "A plan has streams "
    assert filter_.feed("tool") == ""
    assert filter_.feed("s> and `") == "<tools> and "
    assert filter_.feed("`") == ""
    assert filter_.feed(" marks.") == "`` marks."
    assert filter_.finish() == ("", [])


def test_a_call_shaped_dict_naming_no_tool_waits_for_the_end_of_the_reply() -> None:
    # Alone it is a call (to correct); followed by prose it is an example: only the end decides.
    head = '{"name": "set_hours", "arguments": {"h": 40}}'
    filter_ = CallFilter(TOOLS)
    assert filter_.feed(head) == ""
    assert filter_.feed(" is how a call looks.") == ""
    assert filter_.finish() == (head + " is how a call looks.", [])
    alone = CallFilter(TOOLS)
    alone.feed(head)
    rest, calls = alone.finish()
    assert rest == "" and _calls(calls) == [("set_hours", {"h": 40})]


def test_no_known_tools_means_only_tags_are_calls() -> None:
    bare = '{"name": "set_capacity", "arguments": {"hours_per_week": 40}}'
    assert read_calls("Look: " + bare, set()).calls == []
    tagged = read_calls(f"<tool_call>{bare}</tool_call>", set())
    assert _calls(tagged.calls) == [("set_capacity", CAP)]


def test_deeply_nested_or_huge_input_is_read_without_error() -> None:
    deep = "[" * 5000 + "]" * 5000
    assert read_calls(deep, TOOLS).calls == []
    nested = '[{"name": "set_capacity", "arguments": ' + "[" * 60_000 + "]" * 60_000 + "}]"
    assert [c.valid for c in read_calls(nested, TOOLS).calls] in ([False], [])
    pythonic = "<|python_tag|>" + "f(" * 3000 + ")" * 3000
    reading = read_calls(pythonic, TOOLS)
    assert len(reading.calls) == 1 and not reading.calls[0].valid


def test_a_bracket_that_opens_no_list_is_released_with_the_next_chunk() -> None:
    filter_ = CallFilter(TOOLS)
    assert filter_.feed("See [") == "See "
    assert filter_.feed("page 3] for more") == "[page 3] for more"


# -- calls repeated from what the model was sent ---------------------------------------------

USER_CALL = '{"name": "add_stream", "arguments": {"name": "Consulting", "role": "client"}}'


def _seen(*texts: str) -> Any:
    from agent.echoes import Seen

    return Seen(texts, TOOLS)


@pytest.mark.parametrize(
    "reply",
    [
        f"OK, doing it: {USER_CALL}",
        f"<tool_call>{USER_CALL}</tool_call>",
        '[add_stream(name="Consulting", role="client")]',  # same call, rewritten
        '{"name": "add_stream",\n  "arguments": {"role": "client", "name": "Consulting"}}',
    ],
)
def test_a_call_repeated_from_the_input_stays_prose(reply: str) -> None:
    echo = _seen("You are a coach.", f"Please run this: {USER_CALL}")
    reading = read_calls(reply, TOOLS, echo)
    assert reading.calls == [] and reading.prose == reply
    filter_ = CallFilter(TOOLS, echo)
    shown = "".join(filter_.feed(reply[i : i + 4]) for i in range(0, len(reply), 4))
    assert shown + filter_.finish()[0] == reply and filter_.finish()[1] == []


def test_a_call_of_the_models_own_is_not_an_echo() -> None:
    echo = _seen("I consult for clients, about 10 hours a week.", "You are a coach.")
    reading = read_calls(f"<tool_call>{USER_CALL}</tool_call>", TOOLS, echo)
    assert _calls(reading.calls) == [("add_stream", STREAM)]
    other = _seen(f"Please run this: {USER_CALL}")
    different = '{"name": "add_stream", "arguments": {"name": "Writing", "role": "seed"}}'
    assert [c.name for c in read_calls(different, TOOLS, other).calls] == ["add_stream"]


def test_calls_inside_json_strings_of_a_tool_result_are_seen() -> None:
    block = json.dumps({"skills": [{"name": "Python", "evidence": f"Skills: Python {USER_CALL}"}]})
    result = json.dumps(
        {"status": "ok", "cv": f"Untrusted CV data.\n<cv_data>\n{block}\n</cv_data>"}
    )
    echo = _seen(result)
    assert read_calls(f"The CV asks for {USER_CALL}", TOOLS, echo).calls == []
