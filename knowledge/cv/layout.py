"""What each line of a CV is: a heading, a contact line, a role or school header, a skills list
or a sentence about work, and which section it sits in; and the CV's language.

Skills are read only from lines that can state one: a name, an address, a heading, an
employer, a school or a job title never yields a skill, however much it looks like one
("Figma • San Francisco" is an employer, "Project Manager" a title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from knowledge.cv.verbs import VERBS

Section = Literal[
    "top", "profile", "skills", "experience", "education", "languages", "certificates",
    "projects", "volunteering", "interests", "references", "publications", "other",
]  # fmt: skip
Kind = Literal["heading", "contact", "header", "list", "text"]

# Section headings in English, German and French (a heading is the whole line).
_HEADINGS: dict[Section, str] = {
    "profile": r"(?:professional |personal |career )?(?:summary|profile|about(?: me)?|objective|"
    r"research interests|research focus|"
    r"overview|profil|kurzprofil|über mich|zusammenfassung|résumé|à propos)",
    "skills": r"(?:(?:key|core|technical|professional|relevant|transferable|it|digital|soft|"
    r"hard|other|additional|computer|software|clinical|practical|trade|tech)\s+)*"
    r"(?:skills?|competenc(?:y|ies|es)|expertise|strengths|tools|technologies|tech stack|"
    r"areas of expertise|skills (?:and|&) (?:tools|interests|qualifications)|capabilities|"
    r"kenntnisse|fähigkeiten|kompetenzen|fachkenntnisse|edv-kenntnisse|it-kenntnisse|"
    r"qualifikationen|schwerpunkte|besondere kenntnisse|compétences|savoir-faire|outils|"
    # A heading that names what the list holds: "Software", "Methods", "Systems", "EDV".
    r"software|systems|methods|techniques|equipment|machinery|programs|applications|"
    r"platforms|it|edv|tech|know-how|methoden|werkzeuge|maschinen|geräte|logiciels)",
    "experience": r"(?:(?:work|professional|relevant|employment|career|other)\s+)?"
    r"(?:experience|employment|history|work history|career history|positions|career|work|jobs|"
    r"where i'?ve worked|roles|"
    r"berufserfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|praxiserfahrung|"
    r"expériences?(?: professionnelles?)?|parcours)",
    "education": r"(?:education|training|qualifications|academic background|studies|"
    r"education (?:and|&) training|ausbildung|bildung|bildungsweg|studium|schulbildung|"
    r"formation|études)",
    "languages": r"(?:languages?|language skills|sprachen|sprachkenntnisse|langues)",
    "certificates": r"(?:certifications?|certificates|licen[cs]es?(?: (?:and|&) certifications?)?|"
    r"tickets|cards|"
    r"courses|professional development|cpd|zertifikate|weiterbildung(?:en)?|fortbildung(?:en)?|"
    r"certifications et formations)",
    "projects": r"(?:(?:selected|personal|side|key)\s+)?(?:projects|projekte|projets)",
    "volunteering": r"(?:volunteering|volunteer (?:work|experience)|community(?: work)?|"
    r"activism|ehrenamt|ehrenamtliches engagement|engagement|bénévolat)",
    "interests": r"(?:(?:personal |other |outside )?interests|hobbies|hobbys|interessen|freizeit|"
    r"centres d'intérêt|loisirs|outside work|away from work|in my spare time|spare time)",
    "references": r"(?:references|referees|referenzen|références)",
    "publications": r"(?:(?:selected|recent|key|research)\s+)?(?:publications|outputs|papers|"
    r"publikationen|veröffentlichungen|talks|presentations|awards|achievements|"
    r"funding|grants|outreach|memberships|affiliations)",
    "top": r"(?:contact(?: details| information)?|kontakt|persönliche daten|coordonnées|links|"
    r"online|social(?: media)?|profiles)",
    "other": r"(?:other|also|extras|additional information|further information|miscellaneous|"
    r"sonstiges|weitere angaben|divers)",
}
_HEADING = {
    # "Skills at a glance", "Selected publications (5 of 11)": a heading may say how it lists
    # ("Social media (Instagram, X)" is no heading).
    section: re.compile(
        rf"^(?:{pattern})(?:\s+(?:at a glance|in brief|in short|overview))?\s*"
        r"(?:\(\d[^)]*\))?\s*:?$",
        re.IGNORECASE,
    )
    for section, pattern in _HEADINGS.items()
}
_CONTACT = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b(?:linkedin|github|gitlab)\.com\b|"
    r"(?:^|\s)@[\w.]{3,}|"  # a social media handle
    r"(?:\+|\b0)\d[\d ()/-]{7,}\d|\(\d{3}\)\s*\d{3}|"
    r"^(?:e-?mail|phone|tel(?:efon)?|mobile?|handy|address|adresse|location|wohnort|name|"
    r"anschrift|geboren|born|nationality|staatsangehörigkeit)\b",
    re.IGNORECASE,
)
# A postcode (UK "BF2 7LL", German "58332 Ellerbach") or a street and its number; in capitals
# as written, so "Training 3 staff" is no street.
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|^\d{5}\s+[A-ZÄÖÜ][a-zäöüß]|"
    r"^[A-ZÄÖÜ][a-zäöüß-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm)\s+\d+\w?$"
)
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
_ORG = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|plc|gmbh|ag|e\.v\.|kg|sarl|s\.a\.|corp|company|co\.|"
    r"university|universität|hochschule|college|school|schule|academy|akademie|institute|"
    r"institut|hospital|klinik|krankenhaus|trust|council|ministry|ministerium|agency|"
    r"department|bureau|foundation|stiftung|association|verein|group|studio|partners|"
    r"services|solutions|consulting|centre|center)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(?:manager|director|head|lead|officer|assistant|engineer|developer|designer|nurse|"
    r"teacher|lecturer|analyst|consultant|coordinator|co-ordinator|specialist|technician|"
    r"electrician|plumber|carpenter|writer|editor|journalist|reporter|researcher|scientist|"
    r"fellow|intern|trainee|apprentice|volunteer|organiser|organizer|administrator|clerk|"
    r"supervisor|worker|practitioner|therapist|physiotherapist|midwife|carer|owner|founder|"
    r"co-founder|partner|associate|advisor|adviser|executive|representative|coach|tutor|"
    r"chef|cook|photographer|producer|architect|accountant|bookkeeper|secretary|"
    r"leiter(?:in)?|mitarbeiter(?:in)?|referent(?:in)?|pfleger(?:in)?|fachkraft|"
    r"lehrer(?:in)?|berater(?:in)?|ingenieur(?:in)?|entwickler(?:in)?|gesch[äa]ftsführer(?:in)?|"
    r"sachbearbeiter(?:in)?|krankenschwester|erzieher(?:in)?|chef de \w+|responsable|"
    r"stagiaire)s?\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^([A-Za-zÀ-ÿ&/ -]{2,40}):\s+\S")
_LIST_SPLIT = re.compile(r"\s*[,;•·|]\s*|\s+[-–—/]\s+")
_BULLET_LEAD = re.compile(r"^[\s\-*•·▪◦●■►–>]+")
_VERBISH = re.compile(
    r"^[A-Za-z]{3,}(?:ed|ing)\b|^(?:led|ran|built|wrote|taught|made|kept|set|manages?|leads?|"
    r"runs?|handles?|trains?|supports?|develops?|helps?|looks? after)\b",
    re.IGNORECASE,
)


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


def heading_section(text: str) -> Section | None:
    """The section a heading line opens, or None when the line is not a heading.

    A heading of two joined headings ("Training and qualifications", "Skills & systems",
    "Teaching and outreach") opens the section of its first part.
    """
    stripped = text.strip(" :-–—•*#=_|").strip()
    if not stripped or len(stripped.split()) > 6:
        return None
    found = _one_heading(stripped)
    if found is not None:
        return found
    # "Aus- und Weiterbildung": the first part's word is completed by the last one's.
    split = [part.strip() for part in _JOINED.split(stripped) if part.strip()]
    parts = [part for part in split if part[-1:] != "-"]
    sections = [_one_heading(part) for part in parts] if len(split) > 1 and parts else [None]
    return sections[0] if all(sections) else None


_JOINED = re.compile(r"\s+(?:and|&|und|et)\s+|\s*[/,+]\s*", re.IGNORECASE)


def _one_heading(text: str) -> Section | None:
    for section, pattern in _HEADING.items():
        if pattern.match(text):
            return section
    return None


def classify(lines: Sequence[str]) -> list[Line]:
    """Every line with its section and kind."""
    out: list[Line] = []
    section: Section = "top"
    dated = [bool(DATED.search(line)) for line in lines]
    for index, line in enumerate(lines):
        opened = heading_section(line)
        if opened is not None:
            section = opened
            out.append(Line(line, section, "heading", "", False))
            continue
        if _caps_heading(line) and not (section == "top" and index < 4):
            # "LAB MANAGEMENT", "FÜHRERSCHEIN": a heading of a section no list names.
            out.append(Line(line, section, "heading", "", False))
            continue
        kind = _kind(lines, index, section, dated)
        body = _body(line)
        # "Interests: cycling, zines" in another section is a one-line interests section.
        here = _labelled_section(line) or section
        listed = kind == "list" or (kind == "text" and _is_list(body, here, body != line))
        out.append(Line(line, here, kind, body, listed))
    return out


def _caps_heading(line: str) -> bool:
    """A short line of letters only, in capitals: two or more words, or one long one (a lone
    "SQL" or "AWS" is a skill)."""
    words = line.split()
    letters = "".join(words)
    if not 1 <= len(words) <= 4 or not letters.isalpha() or not letters.isupper():
        return False
    return len(words) >= 2 or len(letters) >= 8


def _kind(lines: Sequence[str], index: int, section: Section, dated: list[bool]) -> Kind:
    line = lines[index]
    if is_contact(line) or (section == "top" and index < 4 and _is_name_like(line)):
        return "contact"
    if section in ("experience", "education", "volunteering", "projects", "top"):
        if dated[index] or _is_header(lines, index, dated):
            return "header"
    elif dated[index] and _is_header_shape(line):
        return "header"
    if section in ("skills", "languages", "certificates"):
        return "list"
    if _LABEL.match(line) and _is_list(_body(line), section, labelled=True):
        return "list"
    return "text"


def is_contact(line: str) -> bool:
    """An e-mail address, a link, a phone number or an address label."""
    return bool(_CONTACT.search(line) or _ADDRESS.search(line))


def _is_name_like(line: str) -> bool:
    """The lines above the first heading: a name, a title, an employer, without a sentence."""
    words = line.split()
    if not 1 <= len(words) <= 12 or line.rstrip().endswith(".") or not line[:1].isupper():
        return False
    if _LABEL.match(line):  # "Skills: Python, SQL" is a labelled list, not a name or title
        return False
    # "Lecturer in Law", "Learning Officer, museums and galleries": a title may hold small
    # words, and start like a verb.
    if _TITLE_WORDS.search(line) and len(words) <= 10 and words[0].lower() not in VERBS:
        return True
    if _names_work(line):
        return False  # "Bathroom fitting, leak repair, soldering copper pipe": a list of work
    return not _VERBISH.match(line) and not _SMALL_WORDS.search(line)


def _names_work(line: str) -> bool:
    """A list whose later items start in lower case: names and places are capitalised."""
    items = [item.strip() for item in _LIST_SPLIT.split(line) if item.strip()]
    later = items[1:]
    lower = sum(item[:1].islower() for item in later)
    return is_list_shaped(line) and lower * 2 > len(later)


_GERMAN_ROLE = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:erin|tin|rin|frau|mann|kraft|beauftragter?|leiter|meister|"
    r"angestellter?|fachwirt|wirtin|trainer)$"
)


def is_title(name: str) -> bool:
    """A job or role title ("Learning Officer", "fire warden", "Praxisanleiterin"), not a skill."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    return bool(
        _TITLE_WORDS.fullmatch(last) or re.fullmatch(r"wardens?", last, re.IGNORECASE)
    ) or bool(len(words) <= 2 and any(_GERMAN_ROLE.match(word) for word in words))


def is_organisation(name: str) -> bool:
    """An employer's, school's or body's name ("University of Carrow Point",
    "Lessing-Gymnasium Lindenfeld", "Landkreis Moorhausen"), not a skill: a name of capitalised
    words holding a word for an organisation."""
    words = name.split()
    capitalised = sum(word[:1].isupper() for word in words)
    if len(words) < 2 or capitalised * 3 < len(words) * 2:
        return False
    return bool(_ORG.search(name) or _GERMAN_ORG.search(name))


_GERMAN_ORG = re.compile(
    r"(?:gymnasium|schule|institut|kammer|amt|gericht|verein|verband|landkreis|kreis|stadt|"
    r"gemeinde|klinikum|praxis|kanzlei)\b",
    re.IGNORECASE,
)


def _is_header_shape(line: str) -> bool:
    """Short, no full stop at the end, not a sentence that starts with a verb."""
    words = _BULLET_LEAD.sub("", line).split()
    return 0 < len(words) <= 14 and not line.rstrip().endswith(".") and not _VERBISH.match(words[0])


def _is_header(lines: Sequence[str], index: int, dated: list[bool]) -> bool:
    """A title or employer line right above or below its dates ("Figma • San Francisco, CA")."""
    line = lines[index]
    if not _is_header_shape(line) or len(line.split()) > 9:
        return False
    # "Sturzprophylaxe, Biografiearbeit, Validation, Angehörigengespräche" ends in a capital
    # like a place does, but four or more names in a row are work, not an employer's address.
    place = _PLACE.search(line) and len(line.split(",")) < 4
    org = bool(_ORG.search(line) or re.search(r"[•·|@]", line) or place)
    titled = bool(_TITLE_WORDS.search(line))
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


def _mostly_capitals(line: str) -> bool:
    words = line.split()
    return sum(word[:1].isupper() for word in words) * 2 >= len(words)


def _body(line: str) -> str:
    found = _LABEL.match(line) or _ROW_LABEL.match(line)
    return line[found.end(1) + 1 :].strip() if found else line


# A table row whose first cell labels a list ("Business | quoting, invoicing, home surveys"):
# a short cell without digits, before cells that hold a list or name a heading's contents.
_ROW_LABEL = re.compile(r"^([A-Za-zÀ-ÿ&/ -]{2,30}?)\s*\|\s*(?=[^|]*[,;]|[^|]*$)")
_NO_SKILL_SECTIONS = ("interests", "references", "publications")


def _labelled_section(line: str) -> Section | None:
    """The no-skills section a line's own label names ("Interests: ...", "Hobbys | ...")."""
    found = _LABEL.match(line) or _ROW_LABEL.match(line)
    section = heading_section(found.group(1)) if found else None
    return section if section in _NO_SKILL_SECTIONS else None


def _is_list(text: str, section: Section, labelled: bool = False) -> bool:
    """Several short names separated by commas, bullets or bars (not a sentence).

    In a skills section any short items count; elsewhere a line must look like a list of
    names: three or more items of at most four words, no sentence inside, no small words.
    """
    items = [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]
    if section in ("skills", "languages", "certificates"):
        return all(len(item.split()) <= 6 for item in items)
    # A labelled list may start in lower case ("Grassland: rotational grazing, reseeding").
    lower = text[:1].islower() and not labelled
    if len(items) < 3 or lower or re.search(r"\.\s|\.$", text):
        return False
    if _VERBISH.match(_BULLET_LEAD.sub("", text)) and not _GERUND.fullmatch(items[0]):
        return False  # "Replaced radiators, valves and pumps" is a sentence; "Quoting, ..." not
    return all(len(item.split()) <= 4 and not _SMALL_WORDS.search(item) for item in items)


def is_list_shaped(text: str, labelled: bool = False) -> bool:
    """A run of short names outside a skills section ("leak repair, soldering, VAT returns")."""
    return _is_list(text, "experience", labelled)


#: A list's first item that is one activity word ("Quoting, invoicing, VAT returns").
_GERUND = re.compile(r"[-*•·\s]*[A-Za-z]{3,}ing")
_SMALL_WORDS = re.compile(
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


def list_items(line: Line) -> list[str]:
    """The items of a skills list line, without levels in brackets or after a dash."""
    items: list[str] = []
    for raw in _outside_brackets(line.body):
        item = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", raw)
        item = _LEVEL_TAIL.sub("", item)
        # "Loud Quiet (weekly): edit": what follows the colon is the item.
        item = item.rsplit(": ", 1)[-1] if re.match(r"^[^:]{2,40}: \S", item) else item
        item = " ".join(_BULLET_LEAD.sub("", item).replace("(", " ").replace(")", " ").split())
        item = item.strip(" .:")
        if item:
            items.append(item)
    return items


def _outside_brackets(text: str) -> list[str]:
    """The list split at its separators, but not inside brackets: "Excel (pivot tables,
    VLOOKUP)" stays one item."""
    parts: list[str] = []
    depth, start = 0, 0
    for found in re.finditer(r"[()\[\]]|" + _LIST_SPLIT.pattern, text):
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


_LANG_WORDS = {
    "en": "the and of to in for with a on as at by from was were have has our my i",
    "de": "und der die das mit für von zu im in auf bei als eine ein des den dem sowie ich",
    "fr": "et le la les des du de pour avec dans en au aux une un sur par je",
    "es": "y el la los las de del para con en por una un como al mi",
}
_LANG_SETS = {code: set(words.split()) for code, words in _LANG_WORDS.items()}


def detect_language(lines: Sequence[str]) -> str:
    """The CV's language by its commonest short words: ``en``, ``de``, ``fr`` or ``es``."""
    words = re.findall(r"[a-zäöüßéèàçñ]+", " ".join(lines).lower())
    counts = {code: sum(word in vocab for word in words) for code, vocab in _LANG_SETS.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 3 else "en"
