"""The language a CV is written in, by its commonest short words."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
