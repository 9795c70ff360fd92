"""German work phrases: a German CV names its work with nouns, not verbs.

"Bearbeitung von Anträgen auf Wohngeld" gives "Bearbeitung von Anträgen"; "Wundversorgung und
Verbandswechsel, auch bei chronischen Wunden" gives "Wundversorgung und Verbandswechsel";
"Angebote erstellen" and "Holzböden verlegt" are kept as written. A phrase runs from a noun at
the start of a clause to the first preposition that is not part of the name ("auf", "bei",
"mit", "im"...), at most seven words; two names joined by "und" are two phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.cv.bounds import trimmed

# "Monats-, Quartals- und Jahresabschlüsse" is one name: no clause ends after "Monats-,", and
# none inside a gendered word ("Kolleg:innen", "Mitarbeiter:in").
# "bzw." and "ggf." are abbreviations, not the end of a clause.
_CLAUSE = re.compile(
    r"[;•|()]|:(?!in(?:nen)?\b)|(?<!-),\s|\s[-–—]\s|(?<!\bbzw)(?<!\bggf)(?<!\busw)\.\s|\.$"
)
# Prepositions and words that end a phrase's name ("von", "und", "des" stay inside it).
_ENDS = {
    "am", "im", "in", "an", "auf", "bei", "beim", "mit", "für", "nach", "zur", "zum", "über",
    "unter", "durch", "als", "aus", "ab", "bis", "pro", "je", "inkl", "inklusive", "gemäß",
    "laut", "ohne", "gegen", "seit", "während", "wegen", "vor", "sowie", "auch", "z.b", "u.a",
    "etc", "insbesondere", "vom", "ins", "bzw", "beziehungsweise", "ggf", "usw",
}  # fmt: skip
# A clause that starts with one of these is a sentence, not a name of work.
_NOT_NAMES = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "ich", "wir",
    "mein", "meine", "unser", "unsere", "seit", "mit", "bei", "für", "von", "in", "im", "am",
    "zur", "zum", "auf", "als", "und", "oder", "sowie", "tätig", "verantwortlich",
}  # fmt: skip
_MAX_WORDS = 7
#: Brackets after a word of the line ("Furnieren von Fronten (Nussbaum, Eiche)", "Kalibrieren
#: von Assistenzsystemen (Frontkamera, Radar)"): what the work was done to or with, a count or
#: a grade, not a name of work; the line is read as if they were not there. A line that opens
#: with a bracket ("(Möbel- und Innenausbau, 9 Mitarbeiter)") is read as it is.
_AFTER_A_NAME = re.compile(r"(?<=\S)\s*\([^()]*\)")
_DATE = re.compile(r"(?:\d{1,2}[./])?(?:19|20)\d{2}:?")


def german_phrases(text: str) -> Iterator[str]:
    """The names of work at the start of each clause of a German CV line."""
    clauses = _CLAUSE.split(_AFTER_A_NAME.sub(" ", text.strip(" -–—*•·")))
    for at, clause in enumerate(clauses):
        words = clause.split()
        opening = at == 0
        while words and _DATE.fullmatch(words[0]):
            words.pop(0)  # "2020 Datenschutz in der Verwaltung": the year is not the name
            opening = False
        # Only a line's own opening is told with the verb first; "Akademie Weinheim" after a
        # comma or "2021 Sachkunde Klimaanlagen" after a year are names.
        for part in _objects_of_first_person(words) if opening else [words]:
            yield from _clause_names(part)


def _objects_of_first_person(words: list[str]) -> list[list[str]]:
    """A clause told with the verb first, as a CV says "I" without the word ("Nehme
    Abformungen und fertige Schalen", "Erstelle Angebote"), named by its objects: one list of
    words for each verb's object. Any other clause is returned as it is."""
    if len(words) < 2 or not _FIRST_PERSON.fullmatch(words[0]) or not _opens_object(words[1]):
        return [words]
    first, *others = re.split(r"\s+und\s+(?=[a-zäöüß]+e\s)", " ".join(words[1:]))
    # Each later object follows its own verb ("und fertige Schalen"), left out too.
    parts = [first.split(), *(other.split()[1:] for other in others)]
    return [part for part in parts if part and not part[0].lower().startswith(_PEOPLE)]


def _opens_object(word: str) -> bool:
    """A noun, an article or a number after the verb; a preposition or "und" says the first
    word was a noun itself ("Hausbesuche in Pflegeheimen", "Pflege und Betreuung")."""
    return word[:1].isupper() or word.lower() in _ARTICLES


#: What opens a verb's object; not "der" or "des", which follow a noun ("Pflege der Fässer").
_ARTICLES = {
    "die", "das", "den", "ein", "eine", "einen", "meine", "unsere", "unseren", "alle", "zwei",
    "drei", "vier", "fünf",
}  # fmt: skip


#: A verb in the first person singular at the start of a line ("Führe", "Passe", "Erstelle").
_FIRST_PERSON = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}e")
#: Objects that are people served ("Betreue Kundinnen und Kunden mit ..."): whom, not what.
_PEOPLE = (
    "kund", "patient", "bewohner", "klient", "auszubildend", "azubi", "mitarbeit", "schüler",
    "kinder", "eltern", "gäste", "kolleg", "senior", "menschen", "familien", "besucher",
)  # fmt: skip


def _clause_names(words: list[str]) -> Iterator[str]:
    """The name of work a clause opens with, as ``german_phrases`` reads it."""
    if words and words[0][:1].isdigit():
        return  # "11 Leistungen online", "5 Tage": a count of things, not a name of work
    if not words or not words[0][:1].isupper() or words[0].lower() in _NOT_NAMES:
        return
    kept: list[str] = []
    for at, word in enumerate(words):
        if word.lower().strip(".,") in _ENDS or word[:1].isdigit():
            kept += _how_or_where(words[at:])
            break
        kept.append(word)
    kept = trimmed(kept)  # "Hüten einer Herde von rund [650 ...]" ends on "Herde"
    if kept and kept[0].lower() in _TOGETHER:
        return  # "Zusammenarbeit mit Steuerberater": whom the person worked with
    if 1 <= len(kept) <= _MAX_WORDS and re.search(r"[^\W\d]{4}", kept[0]):
        yield from _joined(" ".join(kept))


#: Working together with someone ("Zusammenarbeit mit der Steuerberaterin") names the partner,
#: as "alongside the payroll team" does in English, not a practice of the person's.
_TOGETHER = {"zusammenarbeit", "kooperation"}

#: Prepositions whose one noun says how or where the work is done ("Verkauf ab Hof",
#: "Abtragen mit Abseiltechnik", "Anmeldung beim Netzbetreiber"): part of the name.
_OF_THE_NAME = {"ab", "mit", "beim"}


def _how_or_where(rest: list[str]) -> list[str]:
    """The preposition and its one common noun when they close the name (the clause ends or
    "und" follows), else nothing: "Pflege von Menschen mit Demenz" keeps "mit Demenz"."""
    noun = rest[1] if len(rest) >= 2 else ""
    if rest[0].lower() not in _OF_THE_NAME or not (noun[:1].isupper() and noun[1:].islower()):
        return []  # "Lohnbuchhaltung mit DATEV": a tool, a skill of its own
    if len(rest) > 2 and rest[2].lower() not in {"und", "oder", "sowie"}:
        return []
    return rest[:2]


def joined_names(phrase: str) -> list[str]:
    """The names a phrase joined by "und" holds (see ``_joined``)."""
    return _joined(phrase)


def _joined(phrase: str) -> list[str]:
    """Two names joined by "und" apart ("Wundversorgung und Verbandswechsel"), unless the first
    shares the second's ending ("Grund- und Behandlungspflege") or the parts differ in length
    ("Beratung von Bürgerinnen und Bürgern": one name, two objects)."""
    parts = re.split(r"\s+(?:und|oder|sowie)\s+", phrase)
    if len(parts) == 2 and all(len(part.split()) == 1 for part in parts) and parts[0][-1] == "-":
        return _completed(parts[0], parts[1]) or [phrase]
    if len(parts) == 2 and _work_on_two_things(*parts):
        return [parts[0]]  # "Furnieren von Fronten und Tischplatten": the work and its first
    if len(parts) == 1 or any(p.endswith("-") or not p[:1].isupper() for p in parts):
        return [phrase]
    return [phrase] if len({len(part.split()) for part in parts}) > 1 else parts


#: Words that join a German name of work to what it is done to ("Wartung von", "Pflege der").
_OF = {"von", "der", "des", "aller", "einer", "eines"}


def _work_on_two_things(first: str, second: str) -> bool:
    """ "Wartung von Häcksler und Fräse", "Erstellung der betrieblichen Steuererklärungen und
    privater ...": a name of work, its object, and a shorter second object after "und". Not
    a compound cut at its hyphen ("Monats- und Jahresabschlüsse") nor a pair of the same
    people ("Bürgerinnen und Bürgern"), which name one thing."""
    words, others = first.split(), second.split()
    if len(words) < 3 or words[1].lower() not in _OF or len(others) >= len(words):
        return False
    return not first.endswith("-") and words[-1][:4].lower() != others[-1][:4].lower()


#: Common last parts of German compound names of work, to complete "Kreditoren- und
#: Debitorenbuchhaltung" as "Kreditorenbuchhaltung" and "Debitorenbuchhaltung".
_HEADS = (
    "buchhaltung", "abschlüsse", "abschluss", "abrechnung", "abrechnungen", "rechnung",
    "planung", "pflege", "versorgung", "verwaltung", "beratung", "betreuung", "führung",
    "management", "prüfung", "prüfungen", "erklärungen", "verfahren", "wesen", "arbeit",
    "technik", "bau", "bearbeitung", "entwicklung", "steuer", "dienst", "recht", "installation",
    "wartung", "montage", "therapie", "diagnostik", "unterricht", "bildung",
)  # fmt: skip


def _completed(first: str, second: str) -> list[str]:
    """ "Grund- und Behandlungspflege" -> "Grundpflege", "Behandlungspflege"; [] when the
    shared last part is not one of the known ones."""
    lowered = second.lower()
    heads = [head for head in _HEADS if lowered.endswith(head) and len(lowered) > len(head)]
    if not heads:
        return []
    head = max(heads, key=len)
    return [first[:-1] + head, second]
