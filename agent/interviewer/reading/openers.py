"""What comes before a yes or a no to a proposal, and a proposal put off (pure).

People often thank or greet before they answer ("thanks, yes finalise", "cheers - go ahead",
"merci, oui"): the answer is the clause after that word. And an answer that puts the decision
off for someone or something first ("hang on, I'd like to run it by my wife first", "let me
sleep on it") is a "not yet", whatever words it is said in.
"""

from __future__ import annotations

import re

from agent.interviewer import assent
from agent.interviewer.reading import greetings

#: A single word (thanks, a greeting, "honestly") set off by a comma or a dash before the
#: answer; never a word that is itself a no.
_ONE_WORD_FIRST = re.compile(r"^\s*([^\W\d_]+)\s*(?:,|\s-|:)\s*(?=\S)")
#: Thanks said in English before the answer ("thank you so much, yes").
_THANKS = re.compile(
    r"^\s*(?:thank you(?: (?:so|very) much)?|thanks?|cheers|ta|many thanks|thx|ty)\b[\s,.!:-]*"
)


def after_opener(text: str) -> str | None:
    """The answer after a word of thanks or greeting that opens ``text``, or None when
    nothing opens it ("Enkosi, yes finalise" -> "yes finalise")."""
    thanked = _THANKS.match(text)
    if thanked and text[thanked.end() :].strip():
        return text[thanked.end() :]
    greeted = greetings.blank(text)
    if greeted != text:
        return greeted.strip()
    first = _ONE_WORD_FIRST.match(text)
    if first is None or assent.NO.match(first.group(1)):
        return None
    return text[first.end() :]


#: Putting the decision off until someone has seen it or the person has thought it over:
#: "want to show my husband first", "let me check with the accountant before we finalise",
#: "I'd like to sleep on it".
_PUT_OFF = re.compile(
    # "hold on, love, I want to ...": a word the person calls the reader by, set off by commas
    r"^(?:(?:hold on|hang on|wait|one sec|not yet|just|ok|okay|hmm+)\W+(?:[a-z]+,\s*)?)*(?:i\s+)?"
    r"(?:want|wanna|need|have|gotta|got|'?d like|would like|let me|lemme|i'?ll)\s+(?:to\s+)?"
    r"(?:(?:show|ask|check|run it|run this|run that|talk|speak|chat|read|go over|look|discuss)"
    r"\b[^?]{0,60}\b(?:first|before (?:i|we|that|finali[sz]\w*|confirm\w*|sign\w*|commit\w*))\b|"
    # "sleep on the hours": a part of the plan thought over, the decision put off all the same
    r"(?:sleep on (?:it|this|that|(?:the|those|these|my) [a-z]+)|"
    r"think (?:it|this|that) over|mull (?:it|this|that) over|think about it))"
)


def puts_off(text: str) -> bool:
    """True when the answer puts the proposal off until someone has seen it or the person
    has thought it over: a "not yet"."""
    return bool(_PUT_OFF.match(text.strip()))


#: The signs and the words that close a short message with a yes: "好 👍", "merci. ok".
_APPROVING_SIGN = re.compile("[\U0001f44d\U0001f44c\u2705\U0001f64c\U0001f4af]")
_CLOSING_YES = re.compile(r"[.,!]\s*(?:ok|okay|ok then|okay then|yes|yeah|yep)\W*$")
_SHORT = 3


def approved_short(text: str) -> bool:
    """True for a message of at most three words, none of them a no nor a question, closed
    by a yes or holding an approving sign: its other words greet or thank in the person's
    own language ("qujannamiik. ok"), or say the yes in it ("好 👍")."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if not words or len(words) > _SHORT or "?" in text:
        return False
    if any(assent.NO.match(w) or w in {"not", "but"} for w in words):
        return False
    return bool(_APPROVING_SIGN.search(text) or _CLOSING_YES.search(text.casefold()))
