"""A change said of "it" at the streams proposal, after one stream was just changed (pure).

"make illustration 8 hours", then "actually no, make it 6": the second message names no
stream, and was read as nothing, so the proposal kept 8 hours without a word. The stream the
last change to the proposal was about is kept (``State.adjusted``); a bare change said next
("make it 6", "let's say 5 hours", "make that 15%") is that stream's, read as if named.
"""

from __future__ import annotations

import re
from typing import Any

_BARE = re.compile(
    r"^\W*(?:(?:actually|no|nah|nope|wait|sorry|hmm+|ok|okay|oh|on second thought|hang on)\W+)*"
    r"(?:(?:make (?:it|that)|(?:let'?s )?(?:say|go with|do)|(?:it|that) should be)\s+"
    # "actually no, 3": a figure alone after a word taking the change back
    r"|(?<=\W)(?=\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|%|percent)?\W*$))"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>h|hrs?|hours?|%|percent)?(?:\s+(?:instead|then))?\W*$",
    re.I,
)


def changed_stream(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> str:
    """The one stream of the proposal ``after`` whose terms differ from ``before``, or "".
    A stream just added (a wish) is the one changed, however the others were reshaped to
    make room for it: "make it 2 hours" next is said of it."""
    old = {str(c["args"].get("name")): c["args"] for c in before if "args" in c}
    added = [str(c["args"].get("name")) for c in after
             if "args" in c and str(c["args"].get("name")) not in old]  # fmt: skip
    if before and len(added) == 1:
        return added[0]
    changed = [str(c["args"].get("name")) for c in after
               if "args" in c and old.get(str(c["args"].get("name"))) != c["args"]]  # fmt: skip
    return changed[0] if len(changed) == 1 and len(after) == len(before) else ""


def with_stream(text: str, adjusted: str, ask: str) -> str:
    """The message said as a change of ``adjusted`` when, at the streams proposal, it is a
    bare change that names no stream ("make it 6" -> "make Illustration 6 hours"); else the
    message as it is."""
    found = _BARE.match(text.strip())
    if ask != "streams" or not adjusted or found is None:
        return text
    if (found.group("unit") or "").startswith(("%", "percent")):
        return f"give {adjusted} {found.group('n')}%"
    return f"make {adjusted} {found.group('n')} hours"
