"""Where a skill phrase starts and ends: on a word of its name, never on a small word.

A phrase cut at a number or at the next clause keeps the words that led up to the cut ("Hüten
einer Herde von rund 650 Mutterschafen" -> "Hüten einer Herde von rund", "assess children aged
2 to 11" -> "children aged 2"), and an item of a list may keep the word that joined it to the
one before ("Sweeping, shampooing, then cutting" -> "then cutting"). Such a phrase is neither a
skill nor a fair name of one, so its ends are trimmed to the words of the name.
"""

from __future__ import annotations

from collections.abc import Sequence

#: Words that join an item to the one before it: never the start of a name.
_JOINING = {"and", "or", "then", "also", "plus", "&", "und", "oder", "sowie", "dann", "auch"}
#: Articles, prepositions, conjunctions and words that stand before a number ("aged 2",
#: "rund 650", "bis zu 900"), in English and German: never the end of a name when in lower case.
#: A verb's particle may be ("cashing up", "handing over"), so "up" and "over" are not here.
_NEVER_LAST = {
    "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or",
    "&", "as", "than", "then", "my", "our", "their", "his", "her", "its", "your", "this", "that",
    "these", "those", "per", "via", "into", "onto", "about", "around", "approximately", "aged",
    "some", "each", "every", "all", "nearly", "almost", "roughly",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines",
    "von", "vom", "zu", "zum", "zur", "für", "mit", "bei", "beim", "im", "am", "auf", "aus",
    "nach", "über", "unter", "und", "oder", "sowie", "rund", "ca", "ca.", "etwa", "circa",
    "knapp", "fast", "bis", "je", "pro", "mehr", "als", "insgesamt", "jeweils",
}  # fmt: skip


def _number(word: str) -> bool:
    """A count or figure ("650", "2", "1,200", "30%"), not a name with digits ("6G", "S3")."""
    return bool(word) and not any(ch.isalpha() for ch in word) and any(ch.isdigit() for ch in word)


def trimmed(words: Sequence[str], numbers: bool = True) -> list[str]:
    """The words without joining words at the start, nor small words at the end, nor (with
    ``numbers``) a count the phrase was cut at."""
    kept = list(words)
    while kept and kept[0].lower() in _JOINING:
        kept.pop(0)
    while kept and ((numbers and _number(kept[-1])) or kept[-1] in _NEVER_LAST):
        kept.pop()
    return kept


def trimmed_item(text: str) -> str:
    """A list item without the word that joined it to the one before ("then cutting" ->
    "cutting") or a small word it was cut at; a number at its end is its level or a figure
    ("RHS Level 2", "down 55 to 38"), which the item's own rules read, so it stays."""
    return " ".join(trimmed(text.split(), numbers=False))
