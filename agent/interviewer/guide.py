"""Answering a question back from the guidance store (pure).

The person asks "what counts as a leverage stream?" at any point: the interviewer searches
the guidance cards and answers with the best card's short summary (its ``summary`` when the
card has one, else the first two or three sentences of the passage found), names the card,
and asks its open question again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from agent.interviewer.relevance import OFF_TOPIC, on_topic

MAX_SENTENCES = 3
MAX_CHARS = 420
NOT_FOUND = (
    "I couldn't find guidance on that in the cards I hold, so I won't guess. The plan's rules "
    "are listed with every proposal, and you can ask again in other words."
)


def query(question: str) -> str:
    """The search text for a question back: the question without filler around it."""
    text = re.sub(r"^\s*(?:sorry|sorry,|hmm+|um+|wait|ok|okay|so|but|and)[,\s]+", "",
                  question.strip(), flags=re.IGNORECASE)  # fmt: skip
    return text.strip()[:300] or question.strip()[:300]


#: What a figure or a list asked for is about, for a question whether something counts in it.
_COUNTED_IN = {
    "buffer": "cash buffer savings and monthly spending",
    "spending": "cash buffer savings and monthly spending",
    "capacity": "hours a week capacity paid and unpaid work",
    "activities": "which activities count paid and unpaid work",
}
#: A question whether something goes into the answer: "count", "include", "do you want/need
#: …", "should I add/put/list …", a question ending "also?", "too?", "as well?", or one of
#: whose share it is ("just me or the whole household?", "mine or ours?").
_COUNTS = re.compile(
    r"\bcount(?:s|ed|ing)?\b|\binclud(?:e|es|ed|ing)\b|\bdo you (?:want|need)\b"
    r"|\bshould i (?:add|put|list|include|mention)\b|\b(?:also|too|as well)\s*\?"
    r"|\b(?:just|only)\s+(?:me|mine|my\s+(?:own\s+)?(?:share|part|half))\b"
    r"|\bor\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:house(?:hold)?|family|ours|us|both\s+of\s+us)\b",
    re.IGNORECASE,
)


def counted_query(question: str, ask: str) -> str:
    """The search text for a question whether something counts ("I count the van too?") at a
    question about a figure or a list: the question and what that figure is, since it asks
    what goes into the answer (anything else: the question alone)."""
    said = query(question)
    topic = _COUNTED_IN.get(ask)
    return f"{said} ({topic})" if topic and _COUNTS.search(said) else said


_DEFINITION = re.compile(
    r"\bwhat(?:['’]?s|\s+is|\s+are)\b|\bcounts?\s+as\b|\bmeans?\b|\bmeaning\b"
    r"|\bdefin(?:e|ition)\b|\bexplain\b",
    re.IGNORECASE,
)
_SHOW = re.compile(r"\b(?:example|examples|show me|someone like|a person who)\b", re.IGNORECASE)


def asks_what_it_is(question: str) -> bool:
    """Whether a question asks what something is or means (not to be shown an example)."""
    return bool(_DEFINITION.search(question)) and not _SHOW.search(question)


def answer(
    cards: list[dict[str, Any]],
    seen: set[str] | frozenset[str] = frozenset(),
    question: str = "",
    names: Iterable[str] = (),
) -> str:
    """Two or three sentences from the best card, and the card's name; a plain "not found"
    when the search found nothing usable, and "outside what I can help with" when the cards
    found are far from a question that names nothing of the plan (``names``: its activities,
    streams and skills). A card in ``seen`` (titles the open question already cites) gives
    way to the next one, so the answer adds something; for a question about what something
    is, a worked example gives way to a card that explains."""
    usable = [c for c in cards if isinstance(c, dict) and not c.get("error")
              and (c.get("summary") or c.get("passage"))]  # fmt: skip
    fresh = [c for c in usable if str(c.get("title")) not in seen]
    if not usable:
        return NOT_FOUND
    if question and not on_topic(question, usable, names):
        return OFF_TOPIC
    ranked = fresh or usable
    if asks_what_it_is(question):
        ranked = [c for c in ranked if c.get("stage") != "examples"] or ranked
    card = ranked[0]
    text = str(card.get("summary") or "").strip() or first_sentences(str(card["passage"]))
    title = str(card.get("title") or card.get("card") or card.get("card_id") or "guidance")
    return f"From the guidance card '{title}': {text}"


def first_sentences(passage: str, count: int = MAX_SENTENCES) -> str:
    """The first ``count`` sentences of a passage (markup and line breaks removed), cut to a
    readable length at a sentence end."""
    flat = re.sub(r"[#*_>`]+", "", passage)
    flat = re.sub(r"\s+", " ", flat).strip()
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])", flat)
    chosen: list[str] = []
    for sentence in sentences[:count]:
        if chosen and len(" ".join([*chosen, sentence])) > MAX_CHARS:
            break
        chosen.append(sentence)
    text = " ".join(chosen)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS].rsplit(" ", 1)[0] + "..."
    return text
