"""Where work is done is no work of its own: "in Leeds", "on site", "from home", "at the
depot", "out of my van".

A segment that says only where ("I do about 35 hrs on site") speaks of the work named before it
in the story ("I'm a stonemason, ..."): its figures are that work's, and the place names no
activity. Said with no work before it ("36 hours at the hospital, 8 at the agency") the place is
still the best name the message gives, and is read as one; so is an employer ("at the
hospital"), which people use as the name of the work done there.
"""

from __future__ import annotations

import re

#: Words around a place that say nothing of the work: the doer, doing, hedges, time units.
_FILLER = (
    r"(?:and|but|so|then|i|i'?m|im|we|we'?re|do|does|doing|work|works|working|spend|spent|"
    r"put in|based|usually|mostly|normally|generally|about|around|roughly|maybe|approx|"
    r"approximately|like|say|probably|or so|on average|a|per|week|weeks|wk|day|days|hrs?|"
    r"hours?|h|pw|each|most|of them|of it)"
)
_PLACE_ONLY = re.compile(
    r"^\W*(?:" + _FILLER + r"\W+)*"
    r"(?:in|on|at|from|out of|around|across|near|based in|based at)\s+"
    # a place's letters may carry accents ("Montréal", "Zürich", "São Paulo")
    r"(?:the|my|a|an|our|their)?\s*(?P<place>[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*"
    r"(?:\s+[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*){0,2})"
    r"(?:\W+" + _FILLER + r")*\W*$"
)


#: Workplaces that people use as the name of the work done there ("the hospital", "the
#: agency", "school 0.6"): an employer, never only a place.
_EMPLOYERS = re.compile(
    r"\b(?:agency|company|firm|council|hospital|school|college|uni|university|charity|studio|"
    r"clinic|shop|practice|surgery|library|museum|office|bank|ward|trust|nhs)\b"
)


def place_only(blank: str) -> bool:
    """True when a segment, its figures blanked, says only where the work is done (a town, a
    site, home, a van, a depot), never an employer the work may be named by."""
    match = _PLACE_ONLY.match(blank.strip())
    return match is not None and _EMPLOYERS.search(match.group("place")) is None


_AT_EMPLOYER = re.compile(
    r"\b(?:at|for)\s+(?:the|a|an|my|our)\s+(?:[a-z'-]+\s+){0,2}" + _EMPLOYERS.pattern[2:]
)


def at_employer(text: str) -> bool:
    """True when a text says work done at or for an employer ("at the library", "for a
    design agency"): work of its own, never only the place of the work named before."""
    return _AT_EMPLOYER.search(text) is not None
