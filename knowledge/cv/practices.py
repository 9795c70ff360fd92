"""Practices named with a noun at the start of a clause about work, in English.

Many lines about work name the work rather than tell it: "Discharge planning with therapists
and social workers", "Capacity planning for the modelling grid; problem records and root-cause
analysis", "Plasma cutting. Grinding and finishing." A clause that opens with no verb gives the
noun phrase at its start, up to the first preposition or punctuation, when that phrase ends on
a word that names a practice ("planning", "analysis", "inspection", "surveys"), never a thing
or a person ("records", "residents"). Only the opening phrase of each clause counts: a practice
word later in a sentence is often a modifier of something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from knowledge.cv.verbs import VERBS

#: The last word of a noun phrase that names a practice. "-ing" words need four letters
#: before the ending ("Patching", not "king" or "thing").
_PRACTICE_HEAD = re.compile(
    r"^(?:[a-z-]{4,}ing|[a-z-]{3,}(?:tion|sion|ment|ysis)|compliance|maintenance|"
    r"surveys?|inspections?|assessments?|audits?|checks?|reviews?|interviews?|"
    r"repairs?|maintenance|care|support|design|research|advice|mapping|"
    r"reporting|testing|training|analysis|technique|techniques|upgrades?|installations?)$",
    re.IGNORECASE,
)
#: Words ending like a practice that name a thing, a person, a place or a time.
_NOT_PRACTICE = {
    "meeting", "meetings", "building", "buildings", "clothing", "ceiling", "evening",
    "morning", "thing", "something", "anything", "nothing", "everything", "string", "spring",
    "ring", "king", "wing", "during", "including", "following", "ongoing", "outstanding",
    "funding", "housing", "wedding", "setting", "settings", "listing", "listings", "booking",
    "bookings", "offering", "earnings", "savings", "findings", "proceedings", "surroundings",
    "department", "government", "environment", "equipment", "apartment", "statement",
    "statements", "document", "documents", "instrument", "instruments", "payment", "payments",
    "element", "elements", "experience", "audience", "conference", "residence", "licence",
    "allowance", "nation", "station", "stations", "position", "institution", "organisation",
    "organization", "association", "foundation", "federation", "corporation", "population",
    "location", "locations", "edition", "editions", "session", "sessions", "commission",
    "pension", "pensions", "extension", "television", "version", "mission", "division",
    "gallery", "bakery", "brewery", "battery", "delivery", "surgery", "cemetery", "nursery",
    "looking", "working", "opening", "closing", "retraining", "having", "being",
}  # fmt: skip
#: Words in a phrase that make it a description, not a practice's name: a determiner, a
#: person's time ("Ten years organising"), or how often ("Daily checks").
_DESCRIBING = {
    "a", "an", "the", "my", "our", "their", "this", "that", "years", "year", "months",
    "daily", "weekly", "monthly", "nightly", "annual", "yearly", "comfortable", "happy",
}  # fmt: skip
#: A sector of work, not a practice in it ("Adult social care", "Primary care").
_SECTOR = re.compile(
    r"^(?:(?:adult|adults'?|children'?s|social|health|primary|secondary|community)\s+)+care$",
    re.IGNORECASE,
)
#: Words that end the opening noun phrase of a clause.
_ENDS = {
    "for", "to", "with", "in", "at", "across", "using", "via", "by", "from", "through", "on",
    "into", "within", "under", "over", "during", "including", "such", "which", "that", "who",
    "so", "while", "per", "as", "against", "around", "among", "about", "after", "before",
    "until", "when", "where", "alongside", "between", "of", "is", "are", "was", "were", "and",
    "or", "&", "plus", "then",
}  # fmt: skip
#: Opening words after which what follows is no practice the person does.
_OPENERS = {
    "a", "an", "the", "my", "our", "their", "his", "her", "its", "i", "we", "you", "they",
    "he", "she", "it", "this", "that", "these", "those", "no", "not", "all", "some", "any",
    "most", "main", "other", "also", "mostly", "currently", "now", "since", "from", "full",
    "own", "key", "what", "how", "why", "member", "part", "got", "get",
}  # fmt: skip
#: A line told in the first person: its later clauses say what the person's work is about
#: ("I study how households get by: zero-hours work, informal borrowing"), which the verb
#: phrases read; the nouns there are topics more often than practices.
_TOLD = re.compile(r"^\W*(?:I|I'm|I've|We|We're|My|Our)\b")
_LIGHT_VERBS = {"do", "did", "does", "doing", "done"}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'’./-]*|\d\S*|[,;:()&]")
_CLAUSES = re.compile(r"[;:.!?•|(),]|\s[-–—]\s")


def practice_nouns(text: str) -> Iterator[str]:
    """The practices named at the start of the clauses of a line about work, in order.

    "Discharge planning with therapists" gives "Discharge planning"; "Patching and OS upgrades"
    gives "Patching" and "OS upgrades" (two practices joined at the start of a clause).
    """
    if _TOLD.match(text):
        return
    for clause in _CLAUSES.split(text):
        tokens = _TOKEN.findall(clause)
        if tokens and tokens[0].lower() in _LIGHT_VERBS:
            tokens = tokens[1:]  # "Do cognitive assessments": the practice is the noun
        if not tokens or tokens[0].lower() in VERBS or tokens[0].lower() in _OPENERS:
            continue
        for words in _opening_phrases(tokens):
            if names_practice(words):
                yield " ".join(words)


def _opening_phrases(tokens: list[str]) -> Iterator[list[str]]:
    """The noun phrase that opens the clause, and a second one joined to it by "and"."""
    words: list[str] = []
    index = 0
    while index < len(tokens) and tokens[index].lower() not in _ENDS:
        if not tokens[index][:1].isalpha():
            return  # a number or a bracket inside: a figure, not a practice's name
        words.append(tokens[index])
        index += 1
    if not words:
        return
    yield words
    if index < len(tokens) - 1 and tokens[index].lower() in {"and", "&"}:
        second: list[str] = []
        for token in tokens[index + 1 :]:
            if token.lower() in _ENDS or not token[:1].isalpha():
                break
            second.append(token)
        if second and second[0].lower() not in VERBS and second[0].lower() not in _OPENERS:
            yield second


def names_practice(words: Sequence[str]) -> bool:
    """Two to four words, not a proper name ("Quarrington Courier Training"), whose last word
    names a practice."""
    if not 2 <= len(words) <= 4 or _SECTOR.match(" ".join(words)):
        return False  # one word alone ("Closing", "Banking") is too broad to name a practice
    last = words[-1].lower()
    if last in _NOT_PRACTICE or not _PRACTICE_HEAD.match(last):
        return False
    if any(word.lower() in _DESCRIBING or word.lower().endswith("ed") for word in words):
        return False  # "Spearheaded the implementation", "Moved reporting": a sentence
    return len(words) < 2 or not all(word[:1].isupper() for word in words)


def object_practice(obj: str) -> str | None:
    """The object of a verb too general to name the work ("run", "hold", "keep") as the
    practice's name when it names one ("ran the weekly direct debit collection" -> "Direct
    debit collection"; "run credit checks" -> "Credit checks"), else None."""
    words = obj.split()
    if not names_practice(words) or not _PROCEDURE.match(words[-1]) or "and" in words:
        return None  # "ran store trading", "won union recognition": a result or a charge
    return f"{words[0][:1].upper()}{obj[1:]}"


#: Procedures done again and again, which "run", "hold" or "keep" can name the doing of.
_PROCEDURE = re.compile(
    r"^(?:checks|reviews|audits|assessments|inspections|surveys|interviews|appraisals|"
    r"collections?|reconciliations?|tests)$",
    re.IGNORECASE,
)
