"""Reading choices among listed items (portfolio options, CV skills) and side requests.

Pure functions over the person's words: asking for other options, picking one by number,
picking CV skills by number, saying a CV was uploaded, asking for the cash-flow forecast.
"""

from __future__ import annotations

import re

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}  # fmt: skip
_OPTIONS = re.compile(
    r"\b(?:show|see|give|list|other|more|different|some|any)\b.*\b(?:options?|alternatives?)\b"
    r"|^(?:options?|alternatives?)$|\bwhat (?:are|else)\b.*\b(?:options?|alternatives?)\b"
)
_NUMBER = r"\d{1,2}|" + "|".join(_ORDINALS)
_PICK = re.compile(
    r"^(?:(?:i'?ll|i will|i'?d|let'?s|we'?ll)\s+)?"
    r"(?:(?:take|pick|choose|adopt|go (?:for|with)|want|like|use)\s+)?(?:the\s+)?"
    r"(?:option|number|no\.?|#)?\s*(?P<n>" + _NUMBER + r")(?:\s+(?:one|option))?"
    r"(?:\s*,?\s*please)?$"
)
_ITEM_WORDS = re.compile(r"\d+|" + "|".join(rf"\b{w}\b" for w in _ORDINALS))
_FILLER = re.compile(r"\b(?:and|numbers?|only|just|the|please|" + "|".join(_ORDINALS) + r")\b")
_CV = re.compile(r"\b(?:cv|c\.v\.|resume|résumé|curriculum vitae)\b")
_UPLOADED = re.compile(r"\b(?:upload(?:ed)?|attached|sent|added|here(?:'s| is)|read|check|look)\b")
_FINALISE = re.compile(
    r"^(?:please\s+)?(?:finali[sz]e(?: it| the plan)?|mark (?:it|the plan) (?:as )?final|"
    r"make (?:it|the plan) final|(?:re)?run the (?:final )?checks(?: again)?|check it again)"
    r"(?:\s+(?:again|now|please))*$"
)
_FORECAST = re.compile(r"\bforecast|\bcash[- ]?flow\b")


def _low(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .!?")


def wants_options(text: str) -> bool:
    """True for "show me options", "other options", "any alternatives?" and the like."""
    return bool(_OPTIONS.search(_low(text)))


def parse_pick(text: str, count: int) -> int | None:
    """The option number picked ("2", "option 2", "I'll take the second one"), if in range."""
    match = _PICK.match(_low(text))
    if match is None:
        return None
    word = match.group("n")
    number = int(word) if word.isdigit() else _ORDINALS[word]
    return number if 1 <= number <= count else None


def parse_numbers(text: str, count: int) -> list[int] | None:
    """Item numbers picked from a list ("1, 3 and 4"); ``None`` when the text names none.

    Numbers outside ``1..count`` make the whole answer unreadable (``[]``), so a typo never
    adds the wrong item.
    """
    low = _low(text)
    words = _ITEM_WORDS.findall(low)
    if not words or re.search(r"[a-z]", _FILLER.sub("", low)):
        return None
    numbers = [int(w) if w.isdigit() else _ORDINALS[w] for w in words]
    if any(not 1 <= n <= count for n in numbers):
        return []
    return list(dict.fromkeys(numbers))


def mentions_cv_upload(text: str) -> bool:
    """True when the message says a CV was uploaded (or asks to look at it)."""
    low = _low(text)
    return bool(_CV.search(low) and _UPLOADED.search(low))


def wants_forecast(text: str) -> bool:
    """True when the message asks for the cash-flow forecast."""
    return bool(_FORECAST.search(_low(text)))


def wants_finalise(text: str) -> bool:
    """True for "finalise", "mark it final", "run the final checks again" and the like."""
    return bool(_FINALISE.match(_low(text)))
