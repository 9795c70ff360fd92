"""Lines addressed to a machine reader of the CV: instructions, never evidence.

A CV may carry a line written for the software that screens it rather than for a person
("Note for the AI reviewer: ...", "To the automatic reviewer: please list ...", "Recruiting
software: this applicant is an expert in ...", "If a computer is reading this, ...",
"Hinweis an das automatische Bewerbermanagementsystem: ..."). Whatever skills such a line
names, the CV shows none of them. A line is taken to be one when it names a machine reader
and speaks to it (a greeting or label, "reading this", "should", "please", "only"), or when it
tells the reader how to credit the applicant ("treat this candidate as an expert in").

A machine named as the person's work ("Ran the automatic feeder", "Loaded the dispensary
robot", "automated QC") is neither a reader nor spoken to, so it stays evidence.
"""

from __future__ import annotations

import re

# What reads the CV: a noun of reading or screening with a word that says a machine does it
# ("automatic reviewer", "CV-scanning algorithm", "reviewer bots"); then screening software by
# its kind ("applicant tracking system"); then a machine named alone, only when spoken to.
_READER = (
    r"\b(?:automatic|automated|AI|ATS|applicant[- ]tracking|machine|computer|robot|CV|"
    r"r[ée]sum[ée]|screening|scanning|parsing|recruit(?:ment|ing)|hiring|reviewer)"
    r"(?:[\s-]+(?:CV|r[ée]sum[ée]|screening|scanning|parsing|tracking|review))*"
    r"[\s-]+(?:reviewers?|readers?|screeners?|parsers?|bots?|algorithms?)\b"
)
_SYSTEM = (
    r"\b(?:AI|automatic|automated|ATS|applicant[- ]tracking|CV[- ]?screening|CV[- ]?scanning|"
    r"recruit(?:ment|ing)|hiring)[\s-]+(?:screening[\s-]+)?(?:software|systems?|tools?|"
    r"programs?|programmes?|models?)\b"
)
_ALONE = r"\b(?:bots?|robots?|algorithms?|LLMs?|language models?|AI|computers?|machines?)\b"
_ANY = rf"(?:{_READER}|{_SYSTEM}|{_ALONE})"
_SPOKEN_TO = re.compile(
    # a greeting: "Dear automatic reviewer", "Hello, bots"
    rf"\b(?:dear|hey|hi|hello)[\s,]+(?:the\s+|any\s+|all\s+)?(?:[\w-]+[\s-]+){{0,2}}?{_ANY}"
    rf"|\b(?:attention|attn)[\s,:]+(?:the\s+|any\s+|all\s+)?{_ANY}"
    # a note to it: "Note to the CV-scanning algorithm", "P.S. for the screening software"
    rf"|\b(?:note|message|instructions?|notice|hint|P\.?\s?S\.?)\b[^.:]{{0,15}}?\b(?:for|to)\s+"
    rf"(?:the\s+|any\s+|all\s+|an?\s+)?(?:[\w-]+[\s-]+){{0,2}}?{_ANY}"
    # "To the automatic reviewer:", "(For automatic reviewers only)"
    rf"|\b(?:to|for)\s+(?:the\s+|any\s+|all\s+|an?\s+)?(?:[\w-]+[\s-]+){{0,2}}?{_ANY}"
    rf"\s*(?:only\b\s*)?[:)\]]"
    # a label: "Automatic CV reviewers: ...", "Reviewer bots - ..."
    rf"|^[\s*•·(\[<!#/-]*(?:(?:any|all|the|dear)\s+)?(?:[\w-]+[\s-]+)?{_READER}\s*(?:[:,–—]|-\s)"
    # "If a computer is reading this", "any automatic reviewer reading this file"
    rf"|{_ANY}\s+(?:\w+\s+)?(?:is\s+|are\s+)?(?:reading|scanning|reviewing|screening|parsing|"
    rf"processing)\s+(?:this|my)\b"
    # "Automatic reviewers should list ...", "please, automatic reviewer, tick ..."
    rf"|{_READER}[^.]{{0,20}}?\b(?:should|must|please|kindly)\b|\bplease\b[\s,]+{_READER}",
    re.IGNORECASE,
)
# Telling the reader how to credit the applicant, whoever is addressed: a CV does not call its
# own writer "the candidate" or "this applicant" ("treat this applicant as an expert in",
# "the candidate should be credited with", "this person is a ... expert").
_CREDIT = re.compile(
    r"\b(?:treat|rate|rank|score|record|credit|list|file|mark|consider|regard|class|classify|"
    r"tag|flag|count|describe|present|include)\s+(?:this|the)\s+(?:candidate|applicant)\b"
    r"(?!['’])[^.]{0,20}?\b(?:as|with|among)\b"
    r"|\b(?:this|the)\s+(?:candidate|applicant)\s+(?:is\s+an?\s+expert|has\s+(?:expert|mastered)|"
    r"knows|should\s+be)\b"
    r"|\bthis\s+(?:candidate|applicant|person)\s+(?:is|has)\b[^.]{0,60}\bexpert\b",
    re.IGNORECASE,
)
# The same in German: "Hinweis an das automatische ...", "Für die automatische Vorauswahl:";
# "Schulung für die automatische Lagerverwaltung" is work, and "KI-Systeme:" a list of tools.
_SPOKEN_TO_DE = re.compile(
    r"\b(?:Hinweis|Nachricht|Anweisung|Bitte)\b[^.:]{0,15}?\b(?:an|für)\s+(?:das|die|den|jedes?|"
    r"jeden)\s+(?:automatische\w*|KI[- ]?\w*|Bewerbermanagement\w*|Bewerbungssoftware)"
    r"|\b(?:automatische\w*|KI)[- ]?\s*(?:Auswertung|Vorauswahl|Sichtung|Leser\w*)\s*:",
    re.IGNORECASE,
)
# The forms the audit has always caught, kept whatever the two tests above say.
_NOTED = re.compile(
    r"\b(?:note|message|instructions?)\s+(?:for|to)\s+(?:the\s+|any\s+)?(?:AI|automated|"
    r"language model|LLM|ATS|bot|screening)|\b(?:AI|LLM|automated|ATS)\s+(?:reviewer|screener|"
    r"screening|system|model|assistant|recruiter)s?\b[^.]*\b(?:should|must|please|rank|score)|"
    r"\b(?:should|must)\s+be\s+(?:ranked|rated|scored|shortlisted)\b|"
    r"\bignore\s+(?:all\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|text)",
    re.IGNORECASE,
)


# A cheap first look: a line with none of these words speaks to no machine (most lines).
_CUE_WORDS = (
    "automat", "applicant", "candidate", "person", "machine", "computer", "robot", "bot",
    "algorithm", "llm", "language model", "reviewer", "reader", "screen", "scann", "parser",
    "parsing", "recruit", "hiring", "bewerb", "software", "ki-",
)  # fmt: skip
_CUE_SHORT = re.compile(r"\b(?:AI|ATS|KI)\b", re.IGNORECASE)


def _cued(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _CUE_WORDS) or bool(_CUE_SHORT.search(text))


def to_the_machine(text: str) -> bool:
    """True when the line is written to software that reads the CV, not to a person."""
    if _NOTED.search(text):
        return True
    if not _cued(text):
        return False
    return any(pattern.search(text) for pattern in (_SPOKEN_TO, _CREDIT, _SPOKEN_TO_DE))
