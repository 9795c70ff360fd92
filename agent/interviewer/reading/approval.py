"""A proposal approved in the person's own words, not only by "yes".

People accept what is put to them by judging it ("looks fine", "that's lovely, thank you",
"them blocks suit me"), in their own region's words of approval ("grand", "sound", "sharp
sharp", "deadly", "class"), or with an approving emoji after a few words ("looks fine 👍").
Such a message is a yes only when all of it is that judgement: a short message whose every
clause approves or thanks, with no negation, no "but" and no figure. "looks fine but the
course is too long" or "grand, 20 hours then" are read as before.
"""

from __future__ import annotations

import re

#: Words that judge a proposal good, in the registers people write in.
_GOOD = (
    r"(?:good|great|fine|grand|lovely|alright|all right|ok|okay|perfect|brilliant|class|ace|"
    r"sound|sorted|deadly|sweet|nice|excellent|fab|fabulous|champion|magic|wonderful|amazing|"
    r"spot on|bang on|tidy|lekker|sharp|super|cool|solid|gorgeous|top)"
)
#: "looks fine", "that's class", "grand job", "sharp sharp", "all good so".
_JUDGED = re.compile(
    r"^(?:(?:that|this|it|all|everything|them|those|these|the \w+)(?:'s|s| is| are| was)?\s+)?"
    # "some good", "dead good", "real fine": the judgement said with a region's intensifier
    r"(?:looks?|sounds?|seems?|all)?\s*(?:really |very |pretty |so |all |just |totally |some |"
    r"dead |real |proper |wicked )?"
    rf"{_GOOD}(?:\s+{_GOOD})?(?:\s+(?:job|stuff|so|then|enough|as|by me|to me|with me|now))*$"
)
#: "them blocks suit me", "that works for me", "happy with that", "go on so".
_SUITS = re.compile(
    r"^(?:(?:[\w']+\s+){0,3})?(?:suits?|works? for) me(?: (?:fine|grand|well|perfectly))?$|"
    r"^(?:i'?m |i am |very |really )*happy with (?:that|it|this|them|those|these)$|"
    r"^go on(?: so| then)?$|^go ahead(?: so| then)?$|^let'?s do (?:it|that|this)$|"
    # "confirmed.", "lock it in": the plan settled in the words of one who signs it off
    r"^confirm(?:ed)?$|^lock (?:it|that|this|them|everything) in$|^locked in$"
)
#: Courtesies that may go with the judgement: "That's lovely, thank you".
_COURTESY = re.compile(r"^(?:thanks?|thank you(?: so much)?|cheers|ta|nice one|thx|ty)$")
#: Emoji (an approving one among them) and laughter: no words of the judgement.
_NOT_WORDS = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]|\\b(?:lol|haha+|ㅋ+|ㅎ+)\\b|[ㅋㅎ]+"
)
_AGAINST = re.compile(r"\b(?:not|no|n't|never|but|though|except|only|wrong|too|change)\b|\d|\?")
_MAX_WORDS = 12
#: The person spoken to, named at the end of a clause ("go ahead dear", "sound mate").
_ADDRESS = re.compile(r"\s+(?:dear|love|luv|mate|bro|hun|hon|pet|boss|my friend|my dear)$")


def approves(text: str) -> bool:
    """True when the whole (normalised, short) message approves what was proposed."""
    words = _NOT_WORDS.sub(" ", text).strip(" .!")
    if not words:
        return False
    if len(words.split()) > _MAX_WORDS or _AGAINST.search(words):
        return False
    clauses = [
        _ADDRESS.sub("", c.strip()) for c in re.split(r"[,.;!:—–]+|\s-\s", words) if c.strip()
    ]
    judged = [c for c in clauses if _JUDGED.match(c) or _SUITS.match(c)]
    return bool(judged) and all(c in judged or _COURTESY.match(c) for c in clauses)
