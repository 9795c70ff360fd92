"""An activity is named by what the person does, not only where (pure).

"36 hours at the hospital" reads as an activity called "hospital": the place, not the work.
Such a name is completed from the message: with the job the person says they do ("I'm a nurse,
36 hours at the hospital" is "Nurse at the hospital"), else as the job there ("Hospital job").
A name that already says the work ("hospital nursing", "school teaching") is kept. A reading
left unsure only because its name was a place is sure once the name says the work.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import names
from agent.interviewer.reading.types import CONFIDENT, Reading

#: Places and employers: a name made of these (and a qualifier) says where, not what.
PLACES = frozenset({
    "hospital", "school", "university", "uni", "college", "clinic", "office", "bank", "shop",
    "store", "factory", "warehouse", "restaurant", "cafe", "café", "hotel", "council",
    "library", "museum", "charity", "agency", "firm", "company", "startup", "ward",
    "practice", "surgery", "pharmacy", "lab", "laboratory", "studio", "salon", "gym",
    "church", "prison", "court", "nursery", "supermarket", "pub", "bar", "centre", "center",
    "academy", "institute", "ministry", "department", "nhs", "hq", "plant", "site", "depot",
})  # fmt: skip
#: Words that may stand before a place in its name ("the local hospital", "a big bank").
_QUALIFIERS = frozenset({"the", "a", "an", "my", "our", "local", "big", "small", "main",
                         "city", "general", "district", "state", "private", "public",
                         "primary", "secondary", "high", "community", "village", "town",
                         "same", "other", "new", "old", "children's", "family"})  # fmt: skip
#: What the person says they are ("I'm a nurse", "I work as a porter").
_ROLE = re.compile(
    r"\b(?:i'?m|i am|i work as|i'?m working as|working as|work as|job as|employed as)\s+"
    r"(?:an?\s+)(?P<role>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)"
    r"(?=\s*(?:[,.;:!?(-]|\bat\b|\bin\b|\bfor\b|\band\b|\bwho\b|\bwith\b|\d|$))",
    re.I,
)
_NOT_ROLES = frozenset({"bit", "lot", "little", "few", "couple", "part", "member", "mum", "mom",
                        "dad", "parent", "single", "new", "freelancer"})  # fmt: skip


def place_only(name: str) -> bool:
    """True when ``name`` says only where ("Hospital", "the local school")."""
    words = re.findall(r"[a-z'é]+", name.casefold())
    return bool(words) and words[-1] in PLACES and all(w in _QUALIFIERS for w in words[:-1])


def named(readings: list[Reading], text: str, known: list[str]) -> list[Reading]:
    """``readings`` with each new activity that is named only by its place named by the work
    (see the module); the readings about it follow the new name."""
    places = [r for r in readings if r.field == "activity" and r.act in {"fact", "change"}
              and place_only(str(r.value or ""))
              and names.find(str(r.value), known) is None]  # fmt: skip
    if not places:
        return readings
    role = _role(text) if len(places) == 1 else None
    renamed = {str(r.value).casefold(): _name(str(r.value), role) for r in places}
    # A reading left unsure only because its name was a place is sure once named by the work.
    doubt = {str(r.value).casefold(): r.confidence for r in places}
    out = []
    for r in readings:
        if r in places:
            r = replace(r, value=renamed[str(r.value).casefold()], confidence=_sure(r.confidence))
        elif r.subject and str(r.subject).casefold() in renamed:
            said = str(r.subject).casefold()
            sure = _sure(r.confidence) if r.confidence == doubt[said] else r.confidence
            r = replace(r, subject=renamed[said], confidence=sure)
        out.append(r)
    return out


def _sure(confidence: float) -> float:
    return max(confidence, CONFIDENT)


def _role(text: str) -> str | None:
    found = _ROLE.search(text)
    if not found:
        return None
    role = found["role"].strip()
    first = role.split()[0].casefold()
    if first in _NOT_ROLES or place_only(role):
        return None
    return role


def _name(place: str, role: str | None) -> str:
    where = re.sub(r"^(?:the|a|an|my|our)\s+", "", place.strip(), flags=re.I)
    if role:
        return names.title(f"{role} at the {where.casefold()}")
    return names.title(f"{where} job")
