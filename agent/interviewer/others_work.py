"""Work told of someone else: "my husband earns about 15,000 a month, not stable" (pure).

People talk of a partner's or a child's work beside their own. A message that opens on
another person and says nothing of the person writing (no "I", "me" or "we") gives figures
of that person's work: none of them is the asked work's, nor is the work it names the
person's own.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.kin import KIN

#: A message opening on another person ("my wife works...", "and my son gets...", "he drives").
_OTHER = re.compile(
    rf"^\W*(?:(?:and|also|but|plus|oh|well)\W+)*(?:(?:my|our)\s+(?:{KIN}|flatmate|housemate)"
    r"\b|(?:he|she)\s+(?!is\b|was\b))",
    re.I,
)
#: The person writing in the message: then it is (also) their own work.
_SELF = re.compile(r"\b(?:i|i'?m|i'?d|i'?ve|i'?ll|me|mine|myself|my own|we|we'?re|us)\b", re.I)

#: What the person is told when another's work is left out.
LEFT_OUT = (
    "That sounds like someone else's work, so I've left its figures out: this plan is about "
    "your own work."
)


def told_of_another(text: str) -> bool:
    """True for a message about another person's work that says nothing of the writer's."""
    return bool(_OTHER.match(text)) and not _SELF.search(text)
