"""What a list of names looks like, and its items: "Excel (pivot tables, VLOOKUP), SQL" is a
list of two, "Replaced radiators, valves and pumps" a sentence."""

from __future__ import annotations

import re

from knowledge.cv.bounds import trimmed_item
from knowledge.cv.headings import Section

LIST_SPLIT = re.compile(r"\s*[,;•·|]\s*|\s+[-–—/]\s+")
BULLET_LEAD = re.compile(r"^[\s\-*•·▪◦●■►–>]+")
VERBISH = re.compile(
    r"^[A-Za-z]{3,}(?:ed|ing)\b|^(?:led|ran|built|wrote|taught|made|kept|set|manages?|leads?|"
    r"runs?|handles?|trains?|supports?|develops?|helps?|looks? after)\b",
    re.IGNORECASE,
)


def is_list(text: str, section: Section, labelled: bool = False) -> bool:
    """Several short names separated by commas, bullets or bars (not a sentence).

    In a skills section any short items count; elsewhere a line must look like a list of
    names: three or more items of at most four words, no sentence inside, no small words.
    """
    items = [item.strip() for item in LIST_SPLIT.split(text) if item.strip()]
    if section in ("skills", "languages", "certificates"):
        return all(len(item.split()) <= 6 for item in items)
    # A labelled list may start in lower case ("Grassland: rotational grazing, reseeding").
    lower = text[:1].islower() and not labelled
    if len(items) < 3 or lower or re.search(r"\.\s|\.$", text):
        return False
    if VERBISH.match(BULLET_LEAD.sub("", text)) and not _GERUND.fullmatch(items[0]):
        return False  # "Replaced radiators, valves and pumps" is a sentence; "Quoting, ..." not
    return all(len(item.split()) <= 4 and not SMALL_WORDS.search(item) for item in items)


def is_list_shaped(text: str, labelled: bool = False) -> bool:
    """A run of short names outside a skills section ("leak repair, soldering, VAT returns")."""
    return is_list(text, "experience", labelled)


#: A list's first item that is one activity word ("Quoting, invoicing, VAT returns").
_GERUND = re.compile(r"[-*•·\s]*[A-Za-z]{3,}ing")
SMALL_WORDS = re.compile(
    r"\b(?:the|a|an|to|for|with|from|by|of|in|on|at|our|my|was|were|is|are|has|have|"
    r"demonstrating|showcasing|ensuring|including)\b",
    re.IGNORECASE,
)


# "Python: 5 years", "Welding - advanced": the level after a colon or a spaced dash.
_LEVEL_TAIL = re.compile(
    r"(?:\s*:\s*|\s+[–—-]\s+)(?:\d+\+?\s*(?:years?|yrs|jahre)?|basic|intermediate|advanced|"
    r"expert|fluent|native|beginner)\b.*$",
    re.IGNORECASE,
)


def list_items(body: str) -> list[str]:
    """The items of a skills list (a line's body), without levels in brackets or after a dash."""
    items: list[str] = []
    for raw in _outside_brackets(body):
        item = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", raw)
        item = _LEVEL_TAIL.sub("", item)
        # "Loud Quiet (weekly): edit": what follows the colon is the item.
        item = item.rsplit(": ", 1)[-1] if re.match(r"^[^:]{2,40}: \S", item) else item
        item = " ".join(BULLET_LEAD.sub("", item).replace("(", " ").replace(")", " ").split())
        # "Sanding, priming, then painting": the joining word is not part of the item
        item = trimmed_item(item.strip(" .:"))
        if item:
            items.append(item)
    return items


def _outside_brackets(text: str) -> list[str]:
    """The list split at its separators, but not inside brackets: "Excel (pivot tables,
    VLOOKUP)" stays one item."""
    parts: list[str] = []
    depth, start = 0, 0
    for found in re.finditer(r"[()\[\]]|" + LIST_SPLIT.pattern, text):
        mark = found.group(0)
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0:
            parts.append(text[start : found.start()])
            start = found.end()
    parts.append(text[start:])
    return parts
