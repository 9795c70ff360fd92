"""A venture the person owns is work of their own: "I've got a youtube channel on lime
mortar", "I have an Etsy shop", "I run a small podcast about gardening".

Such a venture names an activity by what it is and its topic ("youtube channel on lime
mortar"), whatever it earns; "makes nothing" after it is its revenue 0, and its audience ("200
subs") is a count, never money or hours.
"""

from __future__ import annotations

import re

_VENTURE = (
    r"(?:youtube|tiktok|twitch|instagram)?\s*(?:channel|podcast|blog|vlog|newsletter|substack|"
    r"patreon|shop|store|stall|website|online business|side business|small business|"
    r"business|zine|brand|range|label|kiosk|homestay|guesthouse|salon|bakery|"
    r"caf[eé]|restaurant|(?:cooking|dance|language|music|driving|surf|diving) school)s?"
)
#: Ventures named by a place or a kind of work that needs the word saying which ("a mobile
#: car wash", "a tiffin service", "a catfish farm"); "my workshop" alone is where work is done.
_KIND_NEEDED = (
    r"(?:own\s+)?(?:(?!(?:small|little|tiny|own|big|new|the|a|an)\b)[\w'-]+\s+){1,3}?"
    r"(?:farm|workshop|atelier|brewery|food truck|car ?wash|service)s?"
)
#: "I've got a ...", "I have a ...", "I own a ...", "I run a ...", "Also have a ...": owning.
OWNED = re.compile(
    r"^(?:(?:and|oh|so)[,\s]+)*(?:(?:also|plus)[,\s]+(?:(?:i|we)(?:'ve| have)?\s+)?|"
    r"(?:i|we)(?:'ve| have)?\s+(?:also\s+)?)"
    r"(?:got|have|own|run|started|set up|launched|do|host|write|make)\s+(?:also\s+)?"
    r"(?:(?:a|an|my|this|one|our)\s+|(?=(?:small|little|tiny)\s))"  # "I have small ..."
    r"(?P<name>(?:(?:small|little|tiny)\s+)?(?:(?:[\w'-]+\s+){0,3}?"
    + _VENTURE
    + r"|"
    + _KIND_NEEDED
    + r")\b.*)$"
)
_SIZE = re.compile(r"^(?:small|little|tiny)\s+")
#: "a podcast about gardening": the topic, said so that "about" reads as no hedge.
_TOPIC = re.compile(r"\b(" + _VENTURE + r")\s+about\s+(?=[a-z])")


def owned(text: str) -> bool:
    """True when a segment says the person owns a venture ("I've got a youtube channel")."""
    return OWNED.match(text.strip()) is not None


def venture_name(text: str) -> str:
    """The words that name an owned venture, without the owning ("I've got a small ..."),
    its size or the "about" before its topic; other text is returned as it is."""
    match = OWNED.match(text.strip())
    if match is None:
        return text
    return _TOPIC.sub(r"\1 on ", _SIZE.sub("", match.group("name")))
