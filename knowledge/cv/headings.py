"""Section headings of a CV, in English, German and French: which section a heading line opens.

A heading is the whole line ("Skills", "Berufserfahrung", "Training and qualifications"); a short
line in capitals ("LAB MANAGEMENT") is a heading even when no known section names it.
"""

from __future__ import annotations

import re
from typing import Literal

Section = Literal[
    "top", "profile", "skills", "experience", "education", "languages", "certificates",
    "projects", "volunteering", "interests", "references", "publications", "plans", "other",
]  # fmt: skip

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
    "education": r"(?:education|training|qualifications|quals|learning|academic background|studies|"
    r"education (?:and|&) training|ausbildung|bildung|bildungsweg|studium|schulbildung|"
    r"formation|études)",
    "languages": r"(?:languages?|language skills|sprachen|sprachkenntnisse|langues)",
    "certificates": r"(?:certifications?|certificates|licen[cs]es?(?: (?:and|&) certifications?)?|"
    r"tickets|cards|(?:professional )?registrations?|"
    r"courses|professional development|cpd|zertifikate|weiterbildung(?:en)?|fortbildung(?:en)?|"
    r"certifications et formations)",
    "projects": r"(?:(?:selected|personal|side|key)\s+)?(?:projects|projekte|projets)",
    "volunteering": r"(?:volunteering|volunteer (?:work|experience)|community(?: work)?|"
    r"activism|ehrenamt|ehrenamtliches engagement|engagement|bénévolat)",
    "interests": r"(?:(?:personal |other |outside )?interests|hobbies|hobbys|hobby|pastimes?|"
    r"leisure|free time|interessen|freizeit|"
    r"centres d'intérêt|loisirs|outside work|away from work|in my spare time|spare time|"
    # Time off named by what it is off ("Off the clock", "Off air", "Off duty", "Downtime").
    r"off (?:the )?(?:clock|air|duty|shift|tools|work|the day job)|downtime|after hours|"
    r"(?:life )?(?:outside|beyond) (?:the )?(?:day job|office|studio|lab|work)|"
    r"when i'?m not (?:working|at work))",
    "references": r"(?:references|referees|referenzen|références)",
    # What is still to come ("NEXT", "Coming up", "Learning next"): courses booked, plans.
    "plans": r"(?:next|next steps?|(?:learning|coming) next|coming up|what'?s next|plans|"
    r"future plans|planned|in the pipeline|als nächstes|demnächst|geplant|pläne|ausblick|"
    r"à venir)",
    "publications": r"(?:(?:selected|recent|key|research)\s+)?(?:publications|outputs|papers|"
    r"publikationen|veröffentlichungen|talks|presentations|awards|achievements|"
    r"funding|grants|outreach|memberships|affiliations)",
    "top": r"(?:contact(?: details| information)?|kontakt|persönliche daten|coordonnées|links|"
    r"online|social(?: media)?|profiles)",
    "other": r"(?:other|also|extras|additional information|further information|miscellaneous|"
    r"sonstiges|weitere angaben|persönliches|persönlich|erfolge|divers)",
}
_HEADING = {
    # "Skills at a glance", "Selected publications (5 of 11)": a heading may say how it lists
    # ("Social media (Instagram, X)" is no heading).
    section: re.compile(
        rf"^(?:{pattern})(?:\s+(?:at a glance|in brief|in short|overview))?\s*"
        r"(?:\((?:\d[^)]*|[a-z][a-z -]{2,20})\))?\s*:?$",
        re.IGNORECASE,
    )
    for section, pattern in _HEADINGS.items()
}


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
    return "experience" if _KIND_OF_WORK.match(text) else None


# "Paid work", "Union work (unpaid)", "Teaching experience", "Previous roles": a word or two
# that say which work, then the experience heading's own word.
_KIND_OF_WORK = re.compile(
    r"^(?:[A-Za-z][\w-]*\s+){1,2}(?:work|experience|employment|roles|jobs)\s*"
    r"(?:\([a-z][a-z -]{2,20}\))?\s*:?$",
    re.IGNORECASE,
)


def caps_heading(line: str) -> bool:
    """A short line of letters only, in capitals: two or more words, or one long one (a lone
    "SQL" or "AWS" is a skill)."""
    words = line.split()
    letters = "".join(words)
    if not 1 <= len(words) <= 4 or not letters.isalpha() or not letters.isupper():
        return False
    return len(words) >= 2 or len(letters) >= 8
