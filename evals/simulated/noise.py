"""Typing noise: typos, lower case and dropped punctuation, never touching a figure.

A typo changes one word of four letters or more (two neighbouring letters swapped, a letter
dropped or doubled). Words holding a digit, the word right after a number (its unit: "45
grand", "8 hours") and number words are left alone, and punctuation between two digits
("1,200", "2.5", "3,5k") is kept, so the figures a person gives keep their values.
"""

from __future__ import annotations

import random
import re

from evals.simulated.persona import Noise

_TOKEN = re.compile(r"\S+|\s+")
_WORD = re.compile(r"^([^A-Za-z]*)([A-Za-z]{4,})([^A-Za-z]*)$")
_NUMBER_WORDS = {
    "thousand", "hundred", "million", "grand", "half", "quarter", "zero", "nothing",
    "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
}  # fmt: skip
#: Dropped when "drop" is asked, unless the mark sits between two digits.
_PUNCTUATION = re.compile(r"[.,;:!?()\"'’‘“”…]")


def add_noise(text: str, noise: Noise, rng: random.Random) -> str:
    """``text`` as the person would type it under ``noise``."""
    if noise.typos > 0:
        text = _with_typos(text, noise.typos, rng)
    if noise.lowercase:
        text = text.lower()
    if noise.punctuation == "drop":
        text = drop_punctuation(text)
    return text


def _with_typos(text: str, chance: float, rng: random.Random) -> str:
    out: list[str] = []
    after_number = False
    for token in _TOKEN.findall(text):
        if token.isspace():
            out.append(token)
            continue
        match = _WORD.match(token)
        protected = after_number or match is None or match[2].lower() in _NUMBER_WORDS
        if not protected and match is not None and rng.random() < chance:
            token = match[1] + typo(match[2], rng) + match[3]
        after_number = any(c.isdigit() for c in token)
        out.append(token)
    return "".join(out)


def typo(word: str, rng: random.Random) -> str:
    """One slip of the fingers in ``word`` (its first letter kept)."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def drop_punctuation(text: str) -> str:
    """``text`` without punctuation, except marks between two digits (figures stay whole)."""

    def keep_in_figures(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        return match[0] if before.isdigit() and after.isdigit() else ""

    return re.sub(r"[ \t]{2,}", " ", _PUNCTUATION.sub(keep_in_figures, text)).strip()
