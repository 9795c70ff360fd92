"""What each line of a CV is: a heading, a contact line, a role or school header, a skills list
or a sentence about work, and which section it sits in.

Skills are read only from lines that can state one: a name, an address, a heading, an
employer, a school or a job title never yields a skill, however much it looks like one
("Figma • San Francisco" is an employer, "Project Manager" a title).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from knowledge.cv.headings import Section, caps_heading, heading_section
from knowledge.cv.lists import (
    BULLET_LEAD,
    LIST_SPLIT,
    SMALL_WORDS,
    VERBISH,
    is_list,
    is_list_shaped,
)
from knowledge.cv.names import ORG, TITLE_WORDS, is_contact
from knowledge.cv.verbs import VERBS

Kind = Literal["heading", "contact", "header", "list", "text"]

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|april|mai|"
    r"juni|juli|august|september|oktober|november|dezember|janv|févr|avr|juin|juil|août|déc)"
    r"[a-zé]*\.?"
)
# A role or school header: a year range, or a month and year.
DATED = re.compile(
    rf"\b(?:19|20)\d{{2}}\s*(?:-|–|—|to|bis|à)\s*(?:(?:19|20)\d{{2}}|present|current|now|"
    rf"today|date|heute|aktuell|jetzt|aujourd'hui)|\b{_MONTH}\s+(?:19|20)\d{{2}}\b|"
    r"\b\d{1,2}/(?:19|20)\d{2}\b|\b(?:seit|since)\s+(?:\d{1,2}/)?(?:19|20)\d{2}\b|"
    r"\b(?:19|20)\d{2}\s+(?:onwards|ongoing|to date)\b|"
    r"(?:^|[|,•·]\s*)(?:19|20)\d{2}\s*(?:[-–—]\s*)?$|^(?:present|current|heute|aktuell)$",
    re.IGNORECASE,
)

# "Software: InDesign, Figma", "* Flock health: vaccinations, foot trimming": a bullet may lead.
_LABEL = re.compile(r"^[\s*•·▪◦●■►>-]*([A-Za-zÀ-ÿ&/ -]{2,40}):\s+\S")


@dataclass(frozen=True)
class Line:
    """A cleaned CV line with its section, what kind of line it is and whether it lists skills."""

    text: str
    section: Section
    kind: Kind
    #: The text after a list label ("Software: InDesign, Figma" -> "InDesign, Figma").
    body: str
    #: True when the line lists skills (a skills section, a labelled or comma list).
    skills_context: bool


def classify(lines: Sequence[str], headed: Collection[str] = frozenset()) -> list[Line]:
    """Every line with its section and kind; ``headed`` lines were written as headings."""
    out: list[Line] = []
    section: Section = "top"
    dated = [bool(DATED.search(line)) for line in lines]
    for index, line in enumerate(lines):
        opened = heading_section(line)
        marked = line in headed and not (section == "top" and index < 4)
        unnamed = opened is None and (caps_heading(line) or marked)
        unnamed = unnamed and not (section == "top" and index < 4)
        if (opened in (None, "other") and unnamed) or opened == "other":
            # "CLINICAL" or "OTHER" above a column of short names ("Airway management",
            # "Sepsis recognition"): a list under a heading no section names. A heading marked
            # as one ("## Off air") that names no section opens another section.
            # One whose lines hold a role and its dates ("## At sea", "## Teaching") is work.
            work: Section = "experience" if _roles_follow(lines, index, dated, headed) else "other"
            fallback: Section = work if marked else section
            section = "skills" if _names_follow(lines, index, dated) else opened or fallback
            out.append(Line(line, section, "heading", "", False))
            continue
        if opened is not None:
            section = opened
            out.append(Line(line, section, "heading", "", False))
            continue
        kind = _kind(lines, index, section, dated)
        body = _body(line)
        # "Interests: cycling, zines" in another section is a one-line interests section.
        here = _labelled_section(line) or section
        listed = kind == "list" or (kind == "text" and is_list(body, here, body != line))
        out.append(Line(line, here, kind, body, listed))
    return out


def _roles_follow(
    lines: Sequence[str], index: int, dated: list[bool], headed: Collection[str]
) -> bool:
    """A dated line (a role's or a school's header) up to the next heading."""
    for later in range(index + 1, len(lines)):
        line = lines[later]
        if heading_section(line) is not None or caps_heading(line) or line in headed:
            return False
        if dated[later]:
            return True
    return False


def _names_follow(lines: Sequence[str], index: int, dated: list[bool]) -> bool:
    """Two or more lines up to the next heading, each only short names: no dates, no verb at
    the start, no part of more than five words between stops and separators."""
    run: list[str] = []
    for later in range(index + 1, len(lines)):
        if heading_section(lines[later]) is not None or caps_heading(lines[later]):
            break
        if dated[later]:
            return False
        run.append(lines[later])
    parts = [
        part.strip()
        for line in run
        for part in re.split(r"\.(?:\s+|$)|" + LIST_SPLIT.pattern, BULLET_LEAD.sub("", line))
    ]
    short = all(len(part.split()) <= _NAME_WORDS for part in parts)
    return len(run) >= 2 and short and not any(_starts_with_verb(line) for line in run)


def _says_what_was_done(line: str) -> bool:
    """ "Write grant applications: £38,000 raised since 2021" starts with a verb and its object
    in lower case: a line about work with a date in it, not a role's header ("Support Worker,
    2019 - 2021", "Lead Developer" start like verbs, in title case)."""
    words = BULLET_LEAD.sub("", line).split()
    return len(words) >= 3 and _starts_with_verb(line) and words[1][:1].islower()


def _starts_with_verb(line: str) -> bool:
    """ "Managed the rota" starts with a verb; "Advanced life support", "Blue-light driving"
    do not (a gerund names a practice)."""
    first = (BULLET_LEAD.sub("", line).split() or [""])[0].lower()
    return first in VERBS and not first.endswith("ing")


_NAME_WORDS = 5


def _kind(lines: Sequence[str], index: int, section: Section, dated: list[bool]) -> Kind:
    line = lines[index]
    if is_contact(line) or (section == "top" and index < 4 and _is_name_like(line)):
        return "contact"
    if section in ("experience", "education", "volunteering", "projects", "top"):
        dated_header = dated[index] and not (_is_sentence(line) or _says_what_was_done(line))
        if dated_header or _is_header(lines, index, dated):
            return "header"
    elif dated[index] and _is_header_shape(line):
        return "header"
    if section in _LIST_SECTIONS or _labelled_section(line) in _LIST_SECTIONS:
        return "list"  # "Skills: latte art, cash handling" lists skills in any section
    if _LABEL.match(line) and is_list(_body(line), section, labelled=True):
        return "list"
    return "text"


def _is_name_like(line: str) -> bool:
    """The lines above the first heading: a name, a title, an employer, without a sentence."""
    words = line.split()
    if not 1 <= len(words) <= 12 or line.rstrip().endswith(".") or not line[:1].isupper():
        return False
    if _LABEL.match(line):  # "Skills: Python, SQL" is a labelled list, not a name or title
        return False
    # "Lecturer in Law", "Learning Officer, museums and galleries": a title may hold small
    # words, and start like a verb.
    if TITLE_WORDS.search(line) and len(words) <= 10 and words[0].lower() not in VERBS:
        return True
    if _names_work(line):
        return False  # "Bathroom fitting, leak repair, soldering copper pipe": a list of work
    return not VERBISH.match(line) and not SMALL_WORDS.search(line)


def _names_work(line: str) -> bool:
    """A list whose later items start in lower case: names and places are capitalised."""
    items = [item.strip() for item in LIST_SPLIT.split(line) if item.strip()]
    later = items[1:]
    lower = sum(item[:1].islower() for item in later)
    return is_list_shaped(line) and lower * 2 > len(later)


def _is_header_shape(line: str) -> bool:
    """Short, no full stop at the end, not a sentence that starts with a verb."""
    words = BULLET_LEAD.sub("", line).split()
    return 0 < len(words) <= 14 and not line.rstrip().endswith(".") and not VERBISH.match(words[0])


def _is_header(lines: Sequence[str], index: int, dated: list[bool]) -> bool:
    """A title or employer line right above or below its dates ("Figma • San Francisco, CA")."""
    line = lines[index]
    if not _is_header_shape(line) or len(line.split()) > 9:
        return False
    # "Sturzprophylaxe, Biografiearbeit, Validation, Angehörigengespräche" ends in a capital
    # like a place does, but four or more names in a row are work, not an employer's address.
    place = _PLACE.search(line) and len(line.split(",")) < 4
    org = bool(ORG.search(line) or re.search(r"[•·|@]", line) or place)
    titled = bool(TITLE_WORDS.search(line))
    if index + 1 < len(lines) and dated[index + 1]:
        return titled or org
    if index > 0 and dated[index - 1]:
        bare = _dates_only(lines[index - 1])
        return org or (bare and titled)
    return False


_PLACE = re.compile(r",\s*[A-Z]{2}\b|,\s*[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?\s*$")


def _dates_only(line: str) -> bool:
    """A line that holds little but dates ("2017 – Present", "Jan 2019 - Dec 2022")."""
    rest = DATED.sub(" ", line)
    rest = re.sub(rf"\b{_MONTH}|\b(?:19|20)\d{{2}}\b|[^\w\s]", " ", rest, flags=re.IGNORECASE)
    return len(rest.split()) <= 2


def _body(line: str) -> str:
    found = _LABEL.match(line) or _ROW_LABEL.match(line)
    return line[found.end(1) + 1 :].strip() if found else line


# A table row whose first cell labels a list ("Business | quoting, invoicing, home surveys"):
# a short cell without digits, before cells that hold a list or name a heading's contents.
_ROW_LABEL = re.compile(r"^([A-Za-zÀ-ÿ&/ -]{2,30}?)\s*\|\s*(?=[^|]*[,;]|[^|]*$)")
_NO_SKILL_SECTIONS = ("interests", "references", "publications", "plans")
_LIST_SECTIONS = ("skills", "languages", "certificates")


def _labelled_section(line: str) -> Section | None:
    """The section a line's own label names when it is one of lists or of no skills
    ("Skills: ...", "Interests: ...", "Hobbys | ..."): the line is that section on its own."""
    found = _LABEL.match(line) or _ROW_LABEL.match(line)
    section = heading_section(found.group(1)) if found else None
    return section if section in _NO_SKILL_SECTIONS + _LIST_SECTIONS else None


#: Words beyond which a dated line is a sentence about work, not a role's header ("Dry stone
#: walling on my own account since 2016, mostly repairs and gaps on estate walls, ...").
_HEADER_WORDS = 14
_SENTENCE_SMALL_WORDS = 3


def _is_sentence(line: str) -> bool:
    words = [word for word in line.split() if any(ch.isalnum() for ch in word)]
    # A pasted header runs long too ("Full-time Jul 2025 - Present · 3 mos ..."): few small words.
    return len(words) > _HEADER_WORDS and len(SMALL_WORDS.findall(line)) >= _SENTENCE_SMALL_WORDS
