"""Work said by a count of the things it runs: "I run 2 matatus", "I drive 3 tuk-tuks", "we
keep 40 hens", "I have my own 2 acres of tea" (pure).

The count says how many there are, never hours or money; the things are the work's name
("matatus", "tea"). Said with a verb of running or owning ("run", "operate", "own", "drive",
"manage") the work is the person's; said with a verb of having ("have", "keep", "got") it may
be a household's, so it is offered and asked back. People, time, money and pets are never
work's name ("I have 2 kids", "I've got 3 months saved", "we have 2 dogs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERB = r"(?P<verb>run|operate|drive|own|have|keep|'ve got|have got|got)"
#: Words that end the things' name ("2 matatus on the Thika road").
_STOP = (
    r"(?:on|in|at|near|for|with|from|to|of|and|or|but|so|that|which|who|they|it|i|we|my|our|"
    r"a|an|the|each|every|per|about|around|outside|here|there|now|too|as|plus|then)"
)
_SAID = re.compile(
    r"^\W*(?:(?:and|also|so|plus|oh|but|then)[,\s]+)*(?:i|we)\s+(?:(?:also|now|still)\s+)?"
    + _VERB
    + r"\s+(?:(?:my|our) own\s+)?(?:about\s+|around\s+|like\s+)?(?P<count>\d+)\s+"
    r"(?P<things>[a-z][\w'-]*(?:\s+(?!" + _STOP + r"\b)[a-z][\w'-]*)?)"
    r"(?:\s+of\s+(?P<crop>[a-z][\w'-]*))?"
    r"(?!\s+(?:a|an|per|each|every)\s)"  # "I run 2 classes a week": how often, not what
)
#: Things counted that name no work of one's own.
_NOT_WORK = re.compile(
    r"(?:kids?|children|child|sons?|daughters?|babies|grandkids|grandchildren|people|"
    r"workers|staff|employees|friends|brothers?|sisters?|parents|jobs?|gigs?|clients?|"
    r"students|customers|years?|months?|weeks?|days?|hours?|hrs?|nights?|shifts?|times?|"
    r"grand|k|quid|bucks|dollars|pounds|euros|rupees|shillings|cedis|naira|rand|pesos|"
    r"mille|thousand|hundred|million|dogs?|cats?|pets?|rabbits?|hamsters?|fish|cars?|"
    r"bedrooms?|rooms?|accounts?|cards?|loans?|mortgages?|degrees?|languages?|"
    r"streams?|things?|ones?|teams?|groups?|crews?|classes|sessions|lessons|miles?|km|"
    r"marathons?|races?|laps?|more|other|others|of|or|and|to|in|at|a|an)$"
)
#: Measures whose "of" names the thing grown or kept ("2 acres of tea").
_MEASURE = re.compile(r"(?:acres?|hectares?|ha|plots?|fields?|rows?|tonnes?|tons?)$")
#: What may follow things had, for them to name the work: nothing, or where they are.
_ONLY_WHERE = re.compile(r"\s*(?:(?:in|at|near|on|outside|behind)\s+[\w' -]+)?[\s.!,]*$")
_OWNING = frozenset({"run", "operate", "drive", "own"})


@dataclass(frozen=True)
class Fleet:
    """Work named by what it runs: its name, where its count is, and whether it is sure."""

    name: str
    count_start: int
    count_end: int
    sure: bool


def said(text: str) -> Fleet | None:
    """The work ``text`` names by a count of what it runs, else ``None``."""
    found = _SAID.match(text)
    if found is None:
        return None
    things, crop = found.group("things"), found.group("crop")
    if _MEASURE.fullmatch(things):
        if crop is None or _NOT_WORK.fullmatch(crop):
            return None
        name = crop
    elif _NOT_WORK.fullmatch(things) or len(things) < 3:
        return None
    else:
        name = things
    sure = found.group("verb") in _OWNING
    if not sure and not _ONLY_WHERE.match(text[found.end() :]):
        return None  # "we have 40 hens and sell the eggs": the work is said by its verb
    return Fleet(name, found.start("count"), found.end("count"), sure)
