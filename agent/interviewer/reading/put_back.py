"""A stream just dropped asked back: "wait no, put the consulting back" (pure).

While streams are discussed, asking to put back or bring back a stream the plan no longer
holds takes the last change back: it is an undo, not a new stream nor a no to the proposal.
A stream the plan still holds ("put the tours back to 3 hours") is a change of it, and a
message with figures says more than the undo, so it is read as before.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.types import PlanView

_PUT_BACK = re.compile(
    r"^(?:(?:oh|ah|wait|hang on|hold on|actually|no|nah|nope|sorry|oops|hmm+)\W+)*"
    r"(?:(?:can you|could you|please|pls)\s+)?(?:put|bring) (?:the |my |our )?"
    r"(?P<name>[a-z][\w' -]{0,30}?) back(?: in| on(?: the (?:list|plan))?)?"
    r"(?=\W*$|\s*[,.;!]| (?:i|because|cos|since|as|after all|please|pls)\b)"
)


def asks_back(text: str, view: PlanView) -> bool:
    """True when the (figure-free) message asks for a stream the plan no longer holds back."""
    if re.search(r"\d", text):
        return False
    found = _PUT_BACK.match(text.strip())
    if not found:
        return False
    words = set(re.findall(r"[a-z]{3,}", found.group("name")))
    held = {w for s in view.streams for w in re.findall(r"[a-z]{3,}", s.name.casefold())}
    return bool(words) and not words & held
