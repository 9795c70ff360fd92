"""A greeting that opens a message, blanked before its clauses are read (pure).

"hey so I drive for uber 25 hours a week" is read as "so I drive for uber 25 hours a week":
without a comma after it, a greeting would join the first clause and hide the work said
there. Blanked with spaces, so every span and figure keeps its place in the text.
"""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^\s*(?:(?:hi|hii+|hey+|heya|hiya|hello+|helo|hallo|howdy|greetings|"
    r"good (?:morning|afternoon|evening|day)|g'day)"
    r"(?: there| all| everyone| again)?\b[\s,!.:;-]*)+",
    re.I,
)


def blank(text: str) -> str:
    """``text`` with the greeting that opens it, if any, turned to spaces."""
    found = _OPENING.match(text)
    if found is None or not text[found.end() :].strip():
        return text
    return " " * found.end() + text[found.end() :]
