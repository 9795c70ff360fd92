"""Whether a setting read from a story is one the person works in today (pure).

A long opening ("I'm a midwife with the NHS, 30 hours on the ward, and I run classes at
weekends") often names the setting by its employer rather than by the setting's name. The
setting is kept when the clause it was read from names it by a strong cue (the NHS, a council,
a software company) or the whole story names it in plain words, and never when that clause
speaks of work left behind ("I used to be with the council") or of work beside the main job
("I also mentor at a start-up").
"""

from __future__ import annotations

import re

from agent.interviewer import parse
from agent.interviewer.reading import cues
from agent.interviewer.reading.types import Reading

#: Work said of the past: a former employer sets no setting today.
_PAST = re.compile(
    r"\b(?:used to|left|quit|retired|former(?:ly)?|ex-|previously|was (?:a|an|with|at|in)|"
    r"were (?:with|at|in)|worked (?:for|at|in|as)|until|years ago|back then|last job)\b",
    re.I,
)
#: Work said beside the main job ("I also mentor at a start-up"): a client or a side place,
#: not the setting the person works in.
_BESIDE = re.compile(r"\b(?:also|too|as well|on the side|besides|alongside|and i)\b", re.I)


#: The person said to be on their own account, as a clause about themselves ("im self
#: employed", "I'm my own boss", "I work for myself"), anywhere in the story.
_OWN_ACCOUNT = re.compile(
    r"\b(?:(?:i'?m|im|i am)\s+(?:(?:all|fully|now|mostly|basically)\s+)?(?:self[- ]employed|"
    r"freelance|a freelancer|a sole trader|my own boss|an? (?:self[- ]employed|freelance) "
    r"[a-z]+)|my own boss|i work for myself)\b",
    re.I,
)
#: Work for someone else said in the same story: the setting may be theirs, so it is asked.
_EMPLOYED = re.compile(
    r"\b(?:day job|salaried|on staff|staff job|(?<!self )(?<!self-)employed (?:by|at|with)|"
    r"contract with|agency)\b",
    re.I,
)


def _own_account(clause: str, text: str) -> bool:
    """True when the story says the person works on their own account, in a clause of its
    own, and names no other setting or employer: the general setting is then the person's."""
    return bool(
        _OWN_ACCOUNT.search(clause)
        and not _BESIDE.search(clause)
        and not _EMPLOYED.search(text)
        and parse.parse_context(text) in {None, "general"}
    )


def kept(reading: Reading, text: str) -> bool:
    """True when a setting read from a story (``text``) is said as today's, in words that
    name it: the general setting only when said as the person's own ("im self employed")."""
    value = str(reading.value or "")
    clause = reading.span or text
    if value == "general":
        return _own_account(clause, text) and not _PAST.search(clause)
    if _PAST.search(clause) or _BESIDE.search(clause):
        return False
    said = cues.context(parse.normalise(reading.span), asked=False, whole=text)
    return said == value or parse.parse_context(text) == value
