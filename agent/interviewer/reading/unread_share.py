"""A share of a shared figure said in words the reader cannot size ("my share is most of it",
"I pay 60%", "we split it between us"): the figure said is the whole, the person's part of it
is not known, so the whole is asked back rather than stored as theirs. Pure.

Shares the reader sizes ("my share is half", "we split it 50/50") are folded into the figure
before this (``share_words``, ``own_share``); an appositive "my share" or "(my half)" says the
figure already is the person's part and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import cues
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.own_share import SHARED_FIELDS
from agent.interviewer.reading.types import Reading

__all__ = ["UNREAD_SHARE_NOTE", "asked_back", "doubted", "span_in_sentence", "without_share_words"]

UNREAD_SHARE_NOTE = "the whole: what is your share of it?"
#: Words that make the figure before them a whole split with others, by a part not sized.
_SHARE_TALK = re.compile(
    r"\b(?:my\s+(?:share|part|half|cut|portion|bit)\s*(?:is|'s|comes to)"
    r"(?!\s*(?:about|around|roughly|like|maybe|just|only|approx\.?)?\s*[£$€]?\d)|"
    r"(?:i|i'm|im)\s+(?:only\s+)?(?:pay|cover|put in|chip in)\s+(?:for\s+)?(?:about\s+|around\s+"
    r"|roughly\s+|maybe\s+)?(?:most|some|part|a bit|a chunk|a portion|the bulk|less|more|"
    r"the majority|the lion's share|a share|my share|\d+\s*%|\d+\s*percent|\d+\s+thirds?)|"
    r"(?:we|i)\s+(?:split|share|divide)\s+(?:it|that|this|them|everything|the\s+[a-z]+)|"
    r"split\s+(?:it\s+)?(?:between|with)|between\s+(?:us|the\s+(?:two|both)\s+of\s+us)|"
    r"(?:shared|split)\s+with\s+(?:my|the|our)\b|"
    r"of\s+(?:it|that|this)\s+(?:is|'s)\s+mine|"
    # another person's part ("my partner covers half", "the wife pays the rent"): the figure is
    # the household's, and the person's own part is theirs to say
    r"(?:my|our|the)\s+(?:partner|husband|wife|spouse|other half|boyfriend|girlfriend|"
    r"fianc[eé]e?|flatmates?|housemates?|roommates?|parents?|mum|mom|dad|family)\s+"
    r"(?:covers?|pays?|puts? in|chips? in|takes? care of|handles?|splits?)\b)"
)
_SIZED = re.compile(r"your share|" + re.escape("of what is shared"))
#: Another person's part said to be paid apart from the figure, so no share of it.
_APART = re.compile(r"\b(?:separately|on (?:his|her|their) own|apart|himself|herself)\b")


def _clause_end(text: str, at: int) -> int:
    return min((i for i in (text.find(m, at) for m in ".!?;,\n") if i >= 0), default=len(text))


def asked_back(readings: list[Reading], text: str) -> list[Reading]:
    """``readings`` with a household figure followed, in its sentence, by share words that give
    no size asked back as the whole; a share said with no figure before it and no word of
    savings or spending ("my share is about 1,500" at the savings question) is asked which."""
    shared = [r for r in readings if r.act in {"fact", "change"} and r.field in SHARED_FIELDS]
    return [
        doubted(r, UNREAD_SHARE_NOTE) if _unsized(r, text, shared)
        else doubted(r, _WHICH_NOTE) if _share_of_what(r)
        else r
        for r in readings
    ]  # fmt: skip


def _unsized(r: Reading, text: str, shared: list[Reading]) -> bool:
    placed = span_in_sentence(r, text)
    if r not in shared or _SIZED.search(r.note or "") or placed is None:
        return False
    at, end, stop = placed
    talk = _SHARE_TALK.search(text, at, stop)
    if talk is None or _APART.search(text, talk.end(), _clause_end(text, talk.end())):
        return False  # "my husband covers the school fees separately": a cost outside it
    # the share words are said of the figure just before them: "3k saved and spend 2,400 a
    # month, I pay most of it" leaves the savings as said
    later = any(
        o is not r and end <= text.find(o.span, end) < talk.start()
        for o in shared if o.span and o.span != r.span
    )  # fmt: skip
    return not later and not any(_cue_at(o) > _cue_at(r) for o in shared if o.span == r.span)


def span_in_sentence(r: Reading, text: str) -> tuple[int, int, int] | None:
    """Where the reading's span starts and ends in ``text``, and where its sentence ends;
    ``None`` when the span is not found."""
    at = text.find(r.span) if r.span else -1
    if at < 0:
        return None
    end = at + len(r.span)
    stop = min((i for i in (text.find(m, end) for m in ".!?\n") if i >= 0), default=len(text))
    return at, end, stop


def _cue_at(r: Reading) -> int:
    """Where the last word naming the reading's field sits in its span (-1 when none)."""
    cue = cues.SAVINGS if r.field == "capacity.cash_buffer" else cues.SPENDING
    return max((m.start() for m in cue.finditer(r.span or "")), default=-1)


_WHICH_NOTE = "your share of the savings, or of the spending?"
#: "my share is about 1,500": a share with no word of what it is a share of.
_SHARE_ALONE = re.compile(r"\bmy\s+(?:share|part|half|cut|portion)\b")
_OF_WHAT = re.compile(r"\b(?:sav\w*|saved|put by|bank|spend\w*|bills|costs?|rent|mortgage)\b")


def _share_of_what(r: Reading) -> bool:
    return (
        r.act in {"fact", "change"}
        and r.field == "capacity.cash_buffer"
        and bool(_SHARE_ALONE.search(r.span or ""))
        and not _OF_WHAT.search(r.span or "")
        and not _SIZED.search(r.note or "")
    )


def doubted(r: Reading, why: str) -> Reading:
    """``r`` asked back, ``why`` added to its note."""
    note = f"{r.note}; {why}" if r.note else why
    return replace(r, confidence=min(r.confidence, UNSURE), note=note)


#: A clause that only says whose part of a figure is whose ("my share is half", "I pay a third
#: of it", "we split it 50/50").
_SHARE_CLAUSE = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:my\s+(?:share|part|half|cut|portion)\b|(?:i|we)\s+(?:only\s+)?"
    r"(?:pay|cover|split|share|go)\b|(?:half|a third|a quarter)\s+of\s+(?:it|that|this)\b)"
)


def without_share_words(readings: list[Reading]) -> list[Reading]:
    """``readings`` without a limit read from the words that gave a shared figure's part: once
    the figure is the person's share, those words are said."""
    if not any(_SIZED.search(r.note or "") for r in readings if r.field in SHARED_FIELDS):
        return readings
    return [
        r for r in readings
        if not (r.field == "capacity.constraints" and _SHARE_CLAUSE.match(r.span or ""))
    ]  # fmt: skip
