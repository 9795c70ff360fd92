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
_ENDINGS = (("ization", "iz"), ("isation", "iz"), ("yzis", "yz"), ("ytics", "yz"), ("ytic", "yz"))
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers",
             "er", "ies", "es", "ed", "s", "e", "y")  # fmt: skip
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
    """A rough stem: British and American spellings and common endings made one."""
    for british, american in _SPELLING.items():
        word = word.replace(british, american)
    for ending, replacement in _ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
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
