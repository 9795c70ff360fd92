"""Which work the open question is about, said back when the person asks it (pure).

"is that for the café or the markets?" while the café's hours are asked, or "which one?",
asks about the question itself: a guidance search for those words finds no card, and the
reply said it had no guidance while the person still did not know which work to answer for.
The work the question is about is said back instead, nothing is recorded, and the question
stays open.
"""

from __future__ import annotations

import re
import unicodedata

from agent.interviewer.reading import asks, names

#: "which one?", "which job do you mean?", "for which?": the work asked for, by no name.
_WHICH = re.compile(
    r"^(?:(?:sorry|wait|hang on|hmm+|um+|ok|okay|so|and|but)\W+)*"
    r"(?:for |about )?which(?: one| job| work| activity| of them| of the two)?"
    r"(?: (?:do|did) you mean| is (?:that|this|it)(?: for| about)?| are you asking about)?\W*$",
    re.IGNORECASE,
)
#: "is that for X or Y?", "the café or the markets?", "you mean X or Y?": two works named.
_EITHER = re.compile(
    r"^(?:(?:sorry|wait|hang on|hmm+|um+|ok|okay|so|and|but)\W+)*"
    r"(?:(?:is|was|do you mean|you mean|are you asking about|do you want)\s+)?"
    r"(?:(?:that|this|it)\s+)?(?:for|about|of)?\s*(?P<one>[^?]+?)\s+or\s+(?P<two>[^?]+?)\W*$",
    re.IGNORECASE,
)


def work_asked(question: str, ask: str, works: list[str]) -> str | None:
    """The reply naming the work the open question ``ask`` is about, when ``question`` asks
    which work it means (by no name, or naming that work and another); else ``None``."""
    asked = asks.work(ask)
    if not asked:
        return None
    said = question.strip()
    if _WHICH.match(said):
        return f"This question is about {asked}."
    either = _EITHER.match(said)
    if either is None:
        return None
    plain = {_plain(w): w for w in works}  # "the cafe" names "Café job"
    one = plain.get(names.known_name(_plain(either["one"]), list(plain)) or "")
    two = plain.get(names.known_name(_plain(either["two"]), list(plain)) or "")
    if one is None or two is None or one == two or asked not in {one, two}:
        return None
    other = two if one == asked else one
    return f"This question is about {asked}; I'll ask about {other} in its turn."


def _plain(text: str) -> str:
    """``text`` in lower case without its accents."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))
