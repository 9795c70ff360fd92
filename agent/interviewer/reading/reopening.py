"""A "no" or "that's all" the person takes back in the same breath.

"nothing else really, oh wait I'm starting a podcast ..." and "no that's it. oh actually I
sell candles on etsy" close a list and then reopen it: what follows the taking back is the
answer, and the closing words would otherwise be read as a skip or a declined question.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import list_end

#: The words closing a list, a plain "no" among them ("nah", "that's everything").
_CLOSED = rf"(?:{list_end.CLOSING}|{list_end.PLAIN_NO})"
_TAKEN_BACK = (
    r"(?:oh,? )?(?:wait|actually|hang on|hold on)|oh,? (?:and|yes|yeah)|come to think of it|"
    r"(?:well,? )?(?:except|apart from|other than|besides)|although|but"
)
_OPENING = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|hmm+|um+|so|well)[,.\s]+)*{_CLOSED}(?:[,\s]+{_CLOSED})?"
    r"(?:\s+(?:really|i think|for now))?"
    rf"(?:\s*[,.;:!-]+\s*|\s+)(?:{_TAKEN_BACK})\b[,.:!\s-]*",
    re.I,
)


def reopened(text: str) -> str:
    """The text after a closing word taken back at its start ("none, oh wait, I also tutor"
    -> "I also tutor"); the text itself when it does not open so."""
    opened = _OPENING.match(text)
    rest = text[opened.end() :] if opened else ""
    if len(re.findall(r"\w+", rest)) < 2:
        return text  # "none besides that": nothing is reopened
    return rest
