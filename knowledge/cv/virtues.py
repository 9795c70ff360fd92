"""Generic virtues: what a person is like ("Reliable", "Team player", "Calm under pressure"),
not something they can do. A careful reader lists none of them as a skill, however a skills
list words it; the skills a CV shows are in what the person did.
"""

from __future__ import annotations

import re

_TRAITS = (
    r"(?:reliable|dependable|punctual|hard[- ]?working|diligent|conscientious|(?:self[- ])?"
    r"motivated|driven|enthusiastic|energetic|passionate|committed|dedicated|loyal|honest|"
    r"trustworthy|friendly|approachable|cheerful|polite|courteous|kind|caring|compassionate|"
    r"empathetic|patient|calm|positive|proactive|flexible|adaptable|versatile|resilient|"
    r"confident|outgoing|personable|tactful|discre(?:et|te)|tidy|neat|methodical|organi[sz]ed|"
    r"meticulous|thorough|careful|observant|unflappable|persistent|tenacious|determined|"
    r"self[- ]reliant|"
    r"well[- ]organi[sz]ed|punctual|willing|eager|keen|ambitious|creative|curious|"
    r"detail[- ]oriented|results[- ]driven|sociable|helpful|easy[- ]going|level[- ]headed|"
    r"zuverlässig|belastbar|teamfähig|flexibel|pünktlich|freundlich|engagiert|motiviert|"
    r"sorgfältig|selbstständig|selbständig|kommunikativ|hilfsbereit|geduldig|ehrlich)"
)
_DEGREE = r"(?:(?:very|highly|extremely|naturally|always|fully|really|sehr)\s+)?"
#: Where or with whom the person is so ("tidy on site", "calm under pressure").
_SETTING = (
    r"(?:\s+(?:on site|at work|under pressure|in a crisis|in emergencies|and on time|"
    r"with (?:customers|people|children|clients|patients|the public)))?"
)
_PHRASES = (
    r"(?:(?:a\s+)?team[- ]player|(?:fast|quick|keen|eager)\s+learner|(?:good|great|strong|"
    r"excellent|clear)\s+communicator|(?:good|great|active|patient)\s+listener|"
    r"people[- ]person|self[- ]starter|can[- ]do attitude|"
    r"(?:positive|good)\s+attitude|(?:strong\s+|good\s+)?work ethic|sense of humou?r|"
    r"(?:good|great) with (?:customers|people|children|clients|patients|the public)|"
    r"works? well (?:under pressure|in a team|alone|independently)|eye for detail|"
    r"willing(?:ness)? to learn|patience|punctuality|reliability|honesty|integrity|"
    r"enthusiasm|commitment|dedication|motivation|resilience|flexibility|adaptability|"
    r"zuverlässigkeit|belastbarkeit|teamfähigkeit|flexibilität|einsatzbereitschaft|"
    r"pünktlichkeit|lernbereitschaft|sorgfalt)"
)
_VIRTUE = re.compile(
    rf"^{_DEGREE}(?:{_TRAITS}(?:\s*(?:,|and|&|und)\s*{_DEGREE}{_TRAITS})*{_SETTING}|"
    rf"{_PHRASES})$",
    re.IGNORECASE,
)


def is_virtue(text: str) -> bool:
    """True when ``text`` names what a person is like, not what they can do ("Hard-working",
    "Friendly and approachable", "Good with customers", "Belastbarkeit")."""
    return bool(_VIRTUE.match(" ".join(text.split()).strip(" .;:")))
