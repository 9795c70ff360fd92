"""An answer put right as it is said, kept from the words that put it right (pure).

"Let's say the 1st of March? no wait, I'll be flat out then. 15th of May.": the first date is
taken back by "no wait", and the date after it stands. Figures have their own rules for this
(``acts.drop_self_corrections``); a word answer such as a review date is read from the part
after the last words that take back what came before, when that part still gives an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Words that take back what was just said: "no wait", "actually no", "on second thought".
_TAKEN_BACK = re.compile(
    r"(?:^|[,.;!?—–-]\s*)(?:no,? wait|wait,? no|hmm+,? no|actually,? no|no,? actually|"
    r"on second thoughts?|scratch that|or rather|no no|nah,? wait|make (?:it|that))\b"
)


def last_said(text: str, answer: Callable[[str], str | None], whole: str) -> str:
    """The part of ``text`` after the last words taking back what came before, when
    ``answer`` reads an answer from it; ``whole`` (what is read) when nothing is taken back;
    the empty text when what was taken back is not put right ("end of June, no wait")."""
    found = list(_TAKEN_BACK.finditer(text))
    if not found or not answer(text[: found[-1].start()]):
        return whole
    rest = text[found[-1].end() :]
    return rest if answer(rest) else ""
