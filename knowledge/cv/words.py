"""Normalised and significant words of a skill name, for comparing names written differently.

``normalise`` lowercases, turns ``&`` into "and", drops punctuation and a plural ``s``.
``significant`` also drops small words and reduces each word to a rough stem, so "staff
scheduling", "schedule staff" and "scheduling of staff" share the words {staff, schedul}.
"""

from __future__ import annotations

import re
import unicodedata

_SMALL = set(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "by",
        "from",
        "or",
        "as",
        "into",
        "via",
        "using",
        "its",
        "their",
        "our",
        "my",
        "skill",
        "skills",
        "knowledge",
        "experience",
        "proficiency",
        "proficient",
        "basic",
        "advanced",
        "good",
        "strong",
        "excellent",
        "working",
        "use",
    ]
)
# German small words: "Regelkontrollen von Straßenbäumen" holds "Regelkontrollen".
_SMALL |= {"von", "der", "die", "das", "des", "den", "dem", "und", "mit", "für", "im", "am",
           "zu", "zur", "zum", "auf", "bei", "beim", "nach", "aus", "ein", "eine", "einer",
           "oder"}  # fmt: skip
_ENDINGS = (("ization", "iz"), ("isation", "iz"), ("yzis", "yz"), ("ytics", "yz"), ("ytic", "yz"))
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers",
             "er", "ies", "es", "ed", "s", "e", "y")  # fmt: skip
#: Nouns made from a verb, cut to the verb's stem ("diagnosis" -> "diagnos", "inspection" ->
#: "inspect", "supervision" -> "supervis", "identification" -> "identify").
_NOUN_ENDINGS = (("ification", "ify"), ("ifying", "ify"), ("ified", "ify"), ("ifies", "ify"),
                 ("osis", "os"), ("ision", "is"), ("ction", "ct"), ("ption", "pt"),
                 ("tenance", "tain"))  # fmt: skip
#: Forms of a verb in "-ate" ("moderate", "moderated", "moderating", "moderates", "moderator").
_VERB_AT = ("ate", "ated", "ates", "ating", "ator", "ators")
_SPELLING = {"organis": "organiz", "optimis": "optimiz", "analys": "analyz",
             "prioritis": "prioritiz", "colour": "color", "centre": "center",
             "programme": "program", "licence": "license",
             "modelling": "modeling", "travelling": "traveling"}  # fmt: skip


def normalise(name: str) -> str:
    """Case, punctuation, ``&`` and a final plural ``s`` made uniform: "Wound-care & dressings"
    becomes "wound care and dressing"."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    text = re.sub(r"[^\w+#]+", " ", text)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "is", "us")) else w
             for w in text.split()]  # fmt: skip
    return " ".join(words)


def stem(word: str) -> str:
    """A rough stem: British and American spellings and common endings made one, so a verb's
    forms and the practice noun made from it share one ("managing" / "management",
    "diagnosed" / "diagnosis", "moderating" / "moderation", "supervised" / "supervision")."""
    for british, american in _SPELLING.items():
        word = word.replace(british, american)
    for ending, replacement in _ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    for ending, replacement in _NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + replacement
            break
    else:
        verb_at = word.endswith(_VERB_AT)
        for suffix in _SUFFIXES:
            if len(word) - len(suffix) >= 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        if word.endswith("e") and len(word) > 4:
            word = word[:-1]  # "management" -> "manage" -> "manag", as "managing"
        if verb_at and word.endswith("at") and len(word) >= 6:
            word = word[:-2]  # "moderating" -> "moder", as "moderation"
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "planning" -> "plann" -> "plan"
    return word


def significant(name: str) -> list[str]:
    """The stems of a name's meaningful words, in order, without repeats."""
    stems = [stem(word) for word in normalise(name).split() if word not in _SMALL]
    return list(dict.fromkeys(stems))


def capitalised(name: str) -> str:
    """A skill's name as shown: a capital first letter ("clinical checks" -> "Clinical
    checks"), unless its first word is written in mixed case ("iOS", "eBay", "pH")."""
    first = name.split()[0] if name.split() else ""
    if first[1:] != first[1:].lower():
        return name
    return name[:1].upper() + name[1:]


#: A version after a product ("AIX 7.x", "Solaris 10/11", "RHEL 6-9"): a level, not part of the
#: skill's name. A plain number stays ("Windows 10").
_VERSION = re.compile(r"(?<=[A-Za-z])\s+v?\d+(?:\.x|(?:[./-]\d+)+(?:\.x)?)\+?$")


def without_version(name: str) -> str:
    """The name without a version after it ("Solaris 10/11" -> "Solaris")."""
    return _VERSION.sub("", name)
