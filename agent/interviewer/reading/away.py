"""A message that says the person is away for a moment (pure).

"brb avalanche control, back in 20", "sorry cat on keyboard ;;;; one sec", "sorry got
distracted by a customer, what was the question": the person steps away or comes back, and
the words around it (the reason, a number of minutes, stray keys) answer nothing. Such a
message records nothing; one that asks for the question again is a question back.
"""

from __future__ import annotations

import re

#: Words that say the person steps away or was pulled away, in any short message.
_AWAY = re.compile(
    r"\b(?:brb|afk|be right back|back in (?:a |\d{1,2}(?![\d.,])|five|ten|two)\s*"
    r"(?:sec|secs|second|seconds|min|mins|minutes?|mo|moment|bit)?|"
    r"one (?:sec|second|moment|min|minute)|"
    r"(?:just )?a (?:sec|second|moment|minute)|(?:give|gimme) me a (?:sec|second|moment|minute)|"
    r"(?:got|get|getting|was) (?:distracted|interrupted|pulled away|called away)|"
    # "back later", "I come back.": the return promised, said last (never "back from work at 6")
    r"(?:(?:i'?ll|i will|i) (?:come|be) )?back (?:later|soon|shortly|in a (?:bit|while))(?=\W*$)|"
    r"(?:i'?ll|i will|i) (?:come|be) back(?=\W*$)|"
    # "customer come in", "gotta go": called away by someone at the door or the time
    r"(?:a |the )?(?:customer|client|patient)s? (?:just )?(?:come|comes|came|walked|walks|"
    r"walking) in|(?:gotta|got to|have to|need to) (?:go|run)(?=\W*$)|"
    # "sorry, I write later", "will answer later, customers": the answer put off to later
    r"(?:i'?ll |i will |i )?(?:write|text|message|answer|reply|continue|finish)(?: (?:you|this))?"
    r" (?:later|tonight|tomorrow|in a bit)|(?:talk|speak) (?:to you )?(?:later|soon|tomorrow)|"
    # "sorry, the kettle's boiling, two mins!!": an apology, then how long, said last
    r"(?:sorry|soz|hold on|hang on|wait)\b(?:.*[,;!.-])?\s*(?:one|two|three|five|ten|a few|"
    r"a couple(?: of)?|"
    r"\d{1,2}) ?(?:sec|secs|seconds?|min|mins|minutes?)(?=\W*$)|"
    # "sorry, phone call from my sister", "sorry, a cal from work": a call took the person away
    r"(?:sorry|soz)\W+(?:(?:a|the|got a|had a)\s+)?(?:phone\s+)?ca?ll?\s+from\b|"
    r"(?:phone|video)\s+call\s+from\b|"
    r"(?:cat|kitten|dog|puppy|baby|toddler|kid|köttur|chat|gato|katze)\s+(?:on|walked on|"
    r"walking on|sat on|sitting on) (?:the |my )?keyboard)\b"
)
#: "... I will return in about twenty minutes": the return promised with how long, said last;
#: the reason before it may take more words than an aside otherwise has.
_RETURNING = re.compile(
    r"\b(?:i'?ll|i will|i shall) (?:return|be back|come back) in (?:about |around |roughly )?"
    r"(?:a few|an?|\d{1,2}|five|ten|fifteen|twenty|thirty|forty)\s*(?:mins?|minutes?|moment)\W*$"
)
#: Words a message that ends by promising the return may have.
_SHORT_RETURN = 24
#: A request to hear the question again.
_ASKS_AGAIN = re.compile(
    r"\b(?:what was the question|what (?:were|are) you asking|(?:can|could) you (?:repeat|ask) "
    r"(?:that|it|the question)(?: again)?|say (?:that|it) again)\b"
)
#: Messages longer than this carry more than an aside, whatever words they hold.
_SHORT = 14
#: Signs of an answer given beside the aside: a figure with its unit or a currency.
_ANSWERED = re.compile(
    r"\d\w*\s*(?:h\b|hrs?\b|hours?\b|k\b|%|per\b)|[£$€₵₦]|\b(?:yes|no|hours?|hrs|a week|"
    r"a month|a year)\b"
)


def away(text: str) -> bool:
    """True when the whole (short) message says the person is away or was pulled away."""
    words = re.findall(r"[^\W_]+", text)
    said = (len(words) <= _SHORT and bool(_AWAY.search(text))) or (
        len(words) <= _SHORT_RETURN and bool(_RETURNING.search(text))
    )
    return said and not _ANSWERED.search(text)


def asks_again(text: str) -> bool:
    """True when the message asks for the question again ("what was the question")."""
    return bool(_ASKS_AGAIN.search(text))
