"""Questions back and requests, told apart by the dialog (pure).

A question back ("why does the charity job have to be the anchor?", "define leverage stream")
is answered from the guidance and never becomes data, even when the reading did not mark it as
a question. A request worded as a question ("could the money club be in there too?", "can we
say 37?", "can I have a stream for an online course, 3 h a week?") is no question for the
guidance: it asks for a stream or a change.

At the streams proposal, and after it, a request for a stream of one's own with its hours is
a *wish* even when the reading attached the hours elsewhere: "I would like to build a
finance-for-founders course; 4 hours a week seems right" asks for a stream "Finance-for-founders
course" of 4 h a week, not for 4 h of finance director work.
"""

from __future__ import annotations

import re

from agent.interviewer import names

_FILLERS = (
    r"(?:(?:hmm+|um+|uh+|so|ok(?:ay)?|sorry|but|and|oh|well|wait|quick question|"
    r"a question|one question|question|before that|before i answer|just wondering)[,:;.!\s-]+)*"
)
_ASKING = re.compile(
    _FILLERS + r"(?:why|what|how|which|who|when|where|is|are|does|do|did|should|would|will|"
    r"isn'?t|aren'?t|doesn'?t|don'?t|can'?t|couldn'?t|shouldn'?t|wouldn'?t|am|was|were|has|"
    r"have)\b",
    re.I,
)
#: A question even without its question mark (typed in a hurry): "whats a leverage stream";
#: the first kind never answers a question, the second may ("what makes a mix translate").
_ASKING_BARE = re.compile(
    _FILLERS + r"(?:what'?s\b|whats\b|what is (?:a|an|the)\b|define\b|explain\b|"
    r"tell me (?:about|what|why|how)\b|what do you mean\b|can you explain\b)",
    re.I,
)
_ASKING_LOOSE = re.compile(
    _FILLERS + r"(?:why\b|what (?:is|are|does|do|counts|makes|happens)\b)", re.I
)
_REQUEST = re.compile(
    r"^\W*" + _FILLERS + r"(?:(?:can|could|may|might|would|shall) (?:we|i|you)\b(?! (?:ask|"
    r"explain|tell)|(?: please)? \w+ (?:me|us) (?:why|what|how|whether|if)\b)|"
    r"(?:could|can|would) (?:the|my|a|an|it|this|that)\b.*\b(?:be|go|fit|stay|"
    r"come)\b|is there (?:room|space|a way)|how about\b|what about (?:adding|a|an|making|"
    r"giving)\b|why not\b)",
    re.I,
)
_INCLUDE = re.compile(r"\b(?:in there|in the plan|as well|too|also|added|included)\W*$", re.I)


_REPHRASE = re.compile(
    r"\b(?:ask (?:that|it|me) (?:another|a different|in another) way|(?:could|can) you rephrase|"
    r"not sure what you (?:need|mean|want)|what do you (?:need|want) from me|"
    r"i don'?t (?:understand|get) (?:the|that|your|what)|don'?t understand the question)",
    re.I,
)
_SAY_AGAIN = re.compile(
    r"^\W*(?:(?:sorry|oops|wait|hang on|hold on|um+|erm?|ok(?:ay)?|right|so|hi|hello|hey)\W*)*"
    r"(?:(?:i'?m|i am) back\W*)?(?:"
    r"what was the question|what (?:was|is) (?:that|it) you asked|what did you (?:just )?ask|"
    r"what (?:were|are) you asking(?: me)?|what do you mean(?: by that)?|"
    r"where (?:were|was) (?:we|i)(?: up to)?|"
    r"(?:could|can) you (?:repeat|say) (?:that|the question|it)(?: again)?|"
    r"repeat the question|come again|pardon|what)\W*(?:again|please)?\W*$",
    re.I,
)


def rephrase(text: str) -> bool:
    """True for a message that asks for the question in other words."""
    return bool(_REPHRASE.search(text))


def say_again(text: str) -> bool:
    """True for a message that only asks to hear the open question again ("sorry, what was
    the question?", "come again?"): no try at it."""
    return bool(_SAY_AGAIN.match(text))


def sentences(text: str) -> list[str]:
    """The sentences of a message (a question mark ends one too)."""
    return [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if s.strip()]


#: A change supposed aloud: "what if the course had 6 hours?", "suppose the podcast got 4h".
_WHAT_IF = re.compile(
    r"^\W*" + _FILLERS + r"(?:what if|what about if|suppose|supposing|how about if)\s+"
    r"(?:the|my|our|we|i|it|this|that|a|an)\b", re.I,
)  # fmt: skip
#: Asking how many hours a stream gets ("can the podcast get 4h?"): a request, with its hours.
_GIVE = re.compile(r"\b(?:give|get|have|had|got|gets|take|takes|make|put|allow|be)\b", re.I)


def request(sentence: str) -> bool:
    """True for a sentence that asks for a change or a stream, not for an answer ("what if
    the course had 6 hours?" supposes a change: one with hours is a request)."""
    if _WHAT_IF.match(sentence) and _HOURS.search(sentence):
        return True
    return bool(_REQUEST.match(sentence)) or bool(_INCLUDE.search(sentence.rstrip(" ?!.")))


def hours_asked(sentence: str) -> float | None:
    """The hours a week a request asks a stream to get ("Could we give it 3 hours a week?",
    "can the podcast get 4h?", "what if the course had 6 hours?"), or ``None`` when the
    sentence is no such request (or gives two figures)."""
    if not (request(sentence) and _GIVE.search(sentence)):
        return None
    found = {_number(m.group(1)) for m in _HOURS.finditer(sentence)}
    return found.pop() if len(found) == 1 and 0 < min(found) <= 80 else None


def question(text: str, bare: bool = True) -> str:
    """The question back in a message, or ``""``: sentences (or their last clause) that end
    with a question mark and open as a question ("..., is my plan broken?"), and, when
    sentences that open as one needing no mark ("whats a leverage stream", "define leverage
    stream"; with ``bare`` also "why ...", "what counts ..."); requests are left out."""
    asked = []
    for sentence in sentences(text):
        if request(sentence):
            continue
        last = re.split(r"[,;:]\s+", sentence)[-1]
        if sentence.endswith("?") and _ASKING.match(sentence):
            asked.append(sentence)
        elif sentence.endswith("?") and _ASKING.match(last) and not request(last):
            asked.append(last)
        elif _ASKING_BARE.match(sentence) or (bare and _ASKING_LOOSE.match(sentence)):
            asked.append(sentence)
    return " ".join(asked)[:300]


# --- wishes said in words ------------------------------------------------------------------

_WANT = re.compile(
    r"\b(?:i'?d (?:r[a-z]{4,5} )?(?:like|love)|i (?:would|really) (?:like|love)|i (?:really )?want|"
    r"i wanna|i'?d want|^\W*(?:wanna|want)|(?:can|could|may) (?:we|i|you)|ple+a*se|let'?s|"
    r"how about|what about|"
    r"there(?:'s| is) (?:one |a |just one )?\w+ missing|missing|add|include|also|too|"
    r"in there|as well|"
    r"give it|keep (?:running|doing)|try)\b",
    re.I,
)
_HOURS = re.compile(
    r"(?:\b(?:about|around|maybe|just|like|roughly|only|say)\s+)?"
    r"\b(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:h|hrs?|hours?)\b(?:\s*(?:a|per|/|each)\s*(?:w\w{0,3}k|wk)\b|\s*weekly\b)?",
    re.I,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_LEAD = re.compile(
    r"^.*?\b(?:(?:what )?i'?d (?:r[a-z]{4,5} )?(?:like|love)(?: is)? to|"
    r"i (?:would|really) (?:like|love) to|(?:could|can|would)(?= (?:the|my|a|an) )|"
    r"i (?:really )?want to|i wanna|i'?d like|i (?:really )?want|want to|wanna|want|"
    r"(?:can|could) (?:we|i) "
    r"(?:have|add|get|include|put|keep|try|start|run|do)|ple+a*se(?: also)?:?|let'?s (?:add|try|"
    r"start|run|do)|how about|what about|there(?:'s| is) (?:one |a |just one )?\w+ missing:?|"
    r"add|include|"
    r"keep running|keep doing|try)\s+",
    re.I,
)
_VERB = re.compile(r"^(?:keep (?:running|doing)|build|make|run|start|try|do|launch|write|"
                   r"create|set up|add|include|put in|have|turn (?:\S+ )?\S+ into|keep)\s+",
                   re.I)  # fmt: skip
_CUT = re.compile(
    r"\s*(?:[,;:!?(]|\.(?:\s|$)| - | — |\bin there\b|\btoo\b|\bas (?:a|an|my)\b|\blike\b|"
    r"\b(?:about|around|maybe|just|roughly) \d|\b\d|\b(?:one|two|three|four|five|six) "
    r"(?:h|hours?)\b|\bbecause\b|\bso that\b|\bif\b|\bseems\b|\bwould\b|\bcould\b|"
    r"\bbe\b|\bwho\b|\bwhich\b|\bthat\b)",
    re.I,
)
#: Articles, and what says a stream is asked for ("a proper stream for", "its own stream for").
_ARTICLE = re.compile(r"^(?:(?:an?\s+|its\s+|their\s+)?(?:\w+\s+)?str[a-z]?e?a?m\s+for|a|an|the|my|"
                      r"some|"
                      r"one)\s+", re.I)  # fmt: skip
#: Verbs that open a wish, for one slip ("makke an online course").
_WISH_VERBS = ("make", "build", "start", "create", "launch", "write", "teach", "offer",
               "include")  # fmt: skip
_ROLE = {"experiment": "seed", "seed": "seed", "trial": "seed", "pilot": "seed",
         "leverage": "leverage", "client": "client"}  # fmt: skip


_DETAIL = re.compile(r"\s+(?:for|from|with|to|about|on)\s+.*$", re.I)


def short_name(said: str) -> str:
    """A stream's name without the detail said after it when two words or more come before
    ("Lunchtime process clinic for other teams" is "Lunchtime process clinic"; "Workshops for
    nurses" keeps its detail)."""
    head = _DETAIL.sub("", said).strip()
    return head if len(names.words(head)) >= 2 else said


def stream_name(said: str) -> str:
    """A wished stream's name as the reading gave it, without the request's verb and article
    ("include a finance for founders course" is "finance for founders course", "makke an
    online course" is "online course") and without the detail said after a long name."""
    said = _VERB.sub("", said.strip())
    first = said.split(" ", 1)
    if len(first) == 2 and any(names.one_typo(first[0].casefold(), v) for v in _WISH_VERBS):
        said = first[1]
    while (shorter := _ARTICLE.sub("", said)) != said:
        said = shorter
    return short_name(said) if names.words(said) else said


def wished(text: str) -> tuple[str, float, str | None] | None:
    """A stream asked for in words with its hours a week: ``(name, hours, role)``, or ``None``
    when the message asks for none (no asking words, no hours, or no name left)."""
    if not _WANT.search(text):
        return None
    hours = [_number(m.group(1)) for m in _HOURS.finditer(text)]
    if len(set(hours)) != 1:
        return None
    said = _LEAD.sub("", text.strip(), count=1)
    said = _VERB.sub("", said.strip())
    first = said.split(" ", 1)
    if len(first) == 2 and any(names.one_typo(first[0].casefold(), v) for v in _WISH_VERBS):
        said = first[1]  # "makke an online course": the verb with a slip
    said = _CUT.split(said, maxsplit=1)[0].strip()
    while (shorter := _ARTICLE.sub("", said)) != said:
        said = shorter
    said = re.sub(r"\s+stream$", "", said, flags=re.I).strip(" .'\"")
    if len(said.split()) > 6:  # "a small online course of Portuguese for expats": the detail goes
        said = short_name(said)
    if not names.words(said) or len(said.split()) > 6:
        return None
    role = next((r for w, r in _ROLE.items() if re.search(rf"\b(?:as|an?) {w}\b", text, re.I)),
                None)  # fmt: skip
    return names.title(said), hours[0], role


def _number(said: str) -> float:
    return float(_WORDS.get(said.casefold(), said.replace(",", ".") if said[0].isdigit() else 0))
