"""The practice a job title names: "Picture Editor" -> "Picture editing", "Bar & Restaurant
Manager" -> "Bar management" and "Restaurant management", "Head Baker" -> "Baking".

A title says what the person did all day in a word a careful reader turns back into the
practice. Only a title's own words are used (the headline under the name and the role lines
beside their dates), a rank ("Senior", "Head", "Assistant") is left out, and a bare agent word
names a practice only when it is a trade on its own ("Baker", "Photographer"); "Manager",
"Coordinator" or "Engineer" alone name none, and a manager names a practice only as the
manager of a place ("Store Manager").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from knowledge.cv.german import joined_names
from knowledge.cv.layout import Line
from knowledge.cv.names import is_title

#: Agent nouns and the practice each names; the second value says whether the word alone,
#: with no modifier before it, names a practice.
_AGENTS: dict[str, tuple[str, bool]] = {
    "editor": ("editing", True),
    "manager": ("management", False),
    "organiser": ("organising", False),
    "organizer": ("organizing", False),
    "controller": ("control", False),
    "coordinator": ("coordination", False),
    "co-ordinator": ("coordination", False),
    "designer": ("design", False),
    "photographer": ("photography", True),
    "trainer": ("training", False),
    "researcher": ("research", False),
    "analyst": ("analysis", False),
    "planner": ("planning", False),
    "fundraiser": ("fundraising", True),
    "baker": ("baking", True),
    "welder": ("welding", True),
    "butcher": ("butchery", True),
    "therapist": ("therapy", False),
    "installer": ("installation", False),
    "writer": ("writing", False),
    "producer": ("production", False),
    "presenter": ("presenting", False),
    "interpreter": ("interpreting", True),
    "translator": ("translation", True),
    "cook": ("cooking", True),
    "cleaner": ("cleaning", True),
    "gardener": ("gardening", True),
    "carpenter": ("carpentry", True),
    "joiner": ("joinery", True),
    "plumber": ("plumbing", True),
    "bookkeeper": ("bookkeeping", True),
    "illustrator": ("illustration", True),
    "animator": ("animation", True),
    "journalist": ("journalism", True),
    "bartender": ("bartending", True),
    "counsellor": ("counselling", True),
    "mediator": ("mediation", True),
    "surveyor": ("surveying", False),
    "inspector": ("inspection", False),
    "auditor": ("auditing", False),
}
#: Ranks and terms of work before a title, not part of the practice.
_RANKS = {
    "senior", "junior", "head", "lead", "chief", "deputy", "assistant", "trainee", "staff",
    "freelance", "self-employed", "principal", "specialist", "qualified", "registered",
    "chartered", "master", "time-served", "apprentice", "volunteer", "acting", "interim",
    "general", "main", "sole", "associate", "executive", "regional", "national", "area",
    "district", "relief", "locum", "bank", "part-time", "full-time", "temporary", "then",
    "now", "and", "&", "hands-on", "experienced", "postdoctoral", "graduate", "evening",
    "weekend",
}  # fmt: skip
#: Places a manager runs: running one is a practice of its own ("Store management"). A
#: manager of a function ("Marketing Manager", "Finance Manager") names the function, which
#: the lines about the work name better.
_WORKPLACES = {
    "store", "shop", "restaurant", "bar", "cafe", "café", "pub", "hotel", "kitchen", "salon",
    "practice", "office", "site", "warehouse", "branch", "farm", "venue", "studio", "clinic",
    "ward", "depot", "yard", "gallery", "nursery", "bakery",
}  # fmt: skip
_SEGMENTS = re.compile(r"\s[-–—·|/]\s|[,;:()|·/—–]|\*\*|#+\s")
_JOINED = re.compile(r"\s(?:&|and|then)\s")
_DATES = re.compile(
    r"\b(?:(?:19|20)\d{2}|now|present|today|date|onwards|heute)\b|\b(?:since|seit|from)\b.*$",
    re.IGNORECASE,
)


def title_practices(lines: Sequence[Line]) -> Iterator[tuple[str, str]]:
    """(practice, line) for each practice the CV's titles name, in order."""
    for line in lines:
        if not _is_title_line(line):
            continue
        for segment in _SEGMENTS.split(_DATES.sub("", line.text)):
            for name in _segment_practices(segment):
                yield name, line.text


def _is_title_line(line: Line) -> bool:
    """A role line beside its dates, or a line above the first heading (the headline)."""
    if line.section == "education":
        return False
    return line.kind == "header" or (line.section == "top" and line.kind == "contact")


def _segment_practices(segment: str) -> Iterator[str]:
    """ "Bar & Restaurant Manager" -> "Bar management", "Restaurant management"."""
    parts = [part.split() for part in _JOINED.split(segment.strip()) if part.strip()]
    if not parts or not parts[-1] or parts[-1][-1].lower() not in _AGENTS:
        yield from _each_own(parts)
        return
    head = parts[-1][-1].lower()
    for words in parts:
        agent = words[-1].lower() if words else ""
        shared = agent not in _AGENTS  # "Bar" in "Bar & Restaurant Manager"
        if shared and (is_title(" ".join(words)) or len(words) > 2):
            continue  # "Kiln Operator & ...": a title of its own, with no practice we name
        practice = _practice([*words, head] if shared else words)
        if practice:
            yield practice


def _each_own(parts: list[list[str]]) -> Iterator[str]:
    """Parts with their own agent word ("Photographer and picture editor")."""
    for words in parts:
        if words and words[-1].lower() in _AGENTS:
            practice = _practice(words)
            if practice:
                yield practice


def _practice(words: list[str]) -> str | None:
    """ "Head Baker" -> "Baking", "Picture Editor" -> "Picture editing", else None."""
    if len(words) > 4:
        return None  # a sentence, not a title
    noun, alone = _AGENTS[words[-1].lower()]
    modifiers = [w for w in words[:-1] if w.lower() not in _RANKS and w[:1].isalpha()]
    if any(not re.fullmatch(r"[A-Za-z-]+", word) for word in modifiers):
        return None
    if noun == "management" and not (modifiers and modifiers[-1].lower() in _WORKPLACES):
        return None  # "Marketing Manager": the CV's lines name the marketing done
    if not modifiers:
        return noun.capitalize() if alone else None
    return " ".join([modifiers[0].capitalize(), *(w.lower() for w in modifiers[1:]), noun])


#: A German title with its field: "Gärtnerin im Gemüsebau", "Referentin für Klima- und
#: Energiepolitik", "Winzerin (Weinbau und Kellerwirtschaft)". The field is the practice.
_GERMAN_FIELD = re.compile(
    r"(?:^|[\s·|,])[A-ZÄÖÜ][a-zäöüß-]+(?:in|er|frau|mann)\s+"
    r"(?:\((?P<inner>[^)]+)\)|(?:im|in der|für|für den|für die)\s+(?P<after>[^,;·|()]+))"
)


def german_title_fields(lines: Sequence[Line]) -> Iterator[tuple[str, str]]:
    """(field, line) for each field a German CV's titles name, in order."""
    for line in lines:
        if not _is_title_line(line):
            continue
        for found in _GERMAN_FIELD.finditer(line.text):
            field = (found.group("inner") or found.group("after") or "").strip()
            for name in joined_names(field):
                if 1 <= len(name.split()) <= 3 and name[:1].isupper():
                    yield name, line.text
