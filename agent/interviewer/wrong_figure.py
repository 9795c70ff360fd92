"""A correction that says the old figure was wrong before the new one ("oh the 24k was wrong,
it's 25,500 actually"), said much later than the answer it corrects.

Read as it is written, the figure said "wrong" was taken as the new value (24,000 again, for
no work) and the new one was lost. The message is said again in the form corrections are read
in, the new figure first and the old one taken back ("actually it's 25,500 not 24k"), so the
answer that holds the old figure is the one corrected (:mod:`taken_back`). Pure: no LangChain.
"""

from __future__ import annotations

import re

_FIGURE = r"[£$€]?\d[\d,.]*(?:\s*(?:k|grand|hours?|hrs?|h|a (?:year|month|week)))?"
_WRONG = re.compile(
    rf"^\W*(?:(?:oh|sorry|oops|ah|wait|actually|hmm+)\W+)*(?:the\s+|my\s+)?(?P<old>{_FIGURE})"
    r"\s+(?:i (?:said|gave)(?: you)?\s+)?(?:earlier\s+)?(?:was|is)\s+(?:wrong|a mistake|a typo|"
    r"off|not right|incorrect|out)(?:\s+earlier)?\W+(?:sorry\W+)?(?:it'?s|it is|it was|"
    rf"should be|should have been|make it|i (?:meant|can do)|more like|really)\s+"
    rf"(?P<new>{_FIGURE})(?P<rest>.*)$",
    re.I,
)


def said_as_correction(text: str) -> str:
    """``text`` as "actually it's NEW not OLD" when it says OLD was wrong and then NEW;
    any other message as it is."""
    found = _WRONG.match(text.strip())
    if found is None:
        return text
    rest = re.sub(r"^\W*(?:actually|then|now)?\W*$", "", found["rest"], flags=re.I)
    return f"actually it's {found['new']}{rest} not {found['old']}"
