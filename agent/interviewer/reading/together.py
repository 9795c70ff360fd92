"""Work the person does together with someone, said with both of them as its subject.

"me and my mom sell hornado at the market", "my wife and I run a cold room", "with my brother
I co-own an escape room": the person does the work, with someone; the shapes that read work
said by "I" or "we" read it once both are said as "we". Only where a clause opens (the start,
after a stop or a comma, after a joining word or a time) and before the verb: "I run a stall
with my mom and I sell ..." keeps its words.
"""

from __future__ import annotations

import re

#: Someone close, said with the person: a relative, a partner, a friend.
_WHO = (
    r"(?:(?:my|our|me|ma) )?(?:(?:little|big|older|younger|elder|twin|best|old|late|own) )?"
    r"(?:mom|mum|mam|ma|mother|dad|father|pa|parents|brother|sister|bro|sis|cousin|uncle|aunt|"
    r"auntie|husband|wife|missus|partner|fiancée?|boyfriend|girlfriend|son|daughter|kids|"
    r"family|friend|mate|neighbour|neighbor|grandma|grandmother|grandad|grandfather|gran|nan|"
    r"in-laws|father-in-law|mother-in-law|brother-in-law|sister-in-law)"
)
#: Where a clause may open: the start, a stop or a comma, a joining word, a day or a time.
_OPENING = (
    r"(?:^|[.,;:!?]\s*|\b(?:and|also|plus|then|so|but)\s+|"
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|evenings?|nights?|mornings?|"
    r"afternoons?)\s+)"
)
_TOGETHER = re.compile(
    r"(?P<open>" + _OPENING + r")"
    r"(?:(?:me|i) and " + _WHO + r"|" + _WHO + r" and (?:me|i)|"
    r"(?:together )?with " + _WHO + r",? (?:i|we))"
    # the verb they do it with: never one said of "I" alone ("me and my wife am ...")
    r"(?=\s+(?:also\s+|both\s+|together\s+)?(?!am\b|'m\b)[a-z])",
    re.IGNORECASE,
)


def as_we(text: str) -> str:
    """``text`` with each subject that says the person and someone close ("me and my mom",
    "my wife and I", "with my brother I") said as "we"."""
    return _TOGETHER.sub(lambda m: m.group("open") + "we", text)
