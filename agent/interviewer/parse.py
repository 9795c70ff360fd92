"""Reading free answers in words: number words, skips, undos, corrections, volatility, yes/no,
energy, the setting, lists and names (pure).

Every function here is pure: text in, a small value (or ``None`` when the text does not say)
out. Amounts (money, hours, months, percentages) are read by :mod:`agent.interviewer.amounts`,
dates by :mod:`agent.interviewer.dates`.
"""

from __future__ import annotations

import re
from enum import Enum

from agent.interviewer import assent

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a dozen": 12, "a couple of": 2, "a couple": 2, "a few": 3, "half": 0.5,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS_RE = "|".join(_TENS)
_UNITS_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_NUMBER_WORDS = re.compile(
    rf"\b(?:(?P<tens>{_TENS_RE})(?:[\s-](?P<unit_after>one|two|three|four|five|six|seven|"
    rf"eight|nine))?|(?P<unit>{_UNITS_RE}))\b(?:\s+hundred\b)?",
)


class Intent(Enum):
    """What a message asks of the interviewer beyond answering the question."""

    ANSWER = "answer"
    SKIP = "skip"
    UNDO = "undo"
    CORRECTION = "correction"


def normalise(text: str) -> str:
    """Lower-case the text, straighten quotes and dashes, and spell number words as digits."""
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-").strip()
    return _NUMBER_WORDS.sub(_number_word_value, text)


def _number_word_value(match: re.Match[str]) -> str:
    if match.group("tens"):
        value: float = _TENS[match.group("tens")]
        if match.group("unit_after"):
            value += _UNITS[match.group("unit_after")]
    else:
        value = _UNITS[match.group("unit")]
    if match.group(0).endswith("hundred"):
        value *= 100
    return _fmt(value)


def _fmt(value: float) -> str:
    """A number as people write it: no trailing ``.0``, thousands separated."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


def fmt_number(value: float) -> str:
    """Public face of the number formatter used in notes and replies."""
    return _fmt(value)


# --- intents -------------------------------------------------------------------------------

_SKIP = re.compile(
    r"^(?:skip(?: (?:it|this|that))?|pass|next|n/?a|dunno|no idea|not sure|unsure|"
    r"i (?:don'?t|do not) know|don'?t know|(?:i'?d )?rather not(?: say)?|prefer not(?: to say)?|"
    r"no comment|not applicable|can'?t say|later|let'?s skip(?: (?:it|this|that))?)\b"
)
_UNDO = re.compile(
    r"^(?:undo|revert|take (?:that|it) back|undo (?:that|the last(?: change)?))\b|"
    # "back pain", "go back to uni in March": the back, or a return, is no step back
    r"^(?:go )?back(?:\s+(?:please|pls|one|a step|a question|to (?:the )?(?:last|previous)\b))?"
    r"(?:\W|$)(?!\s*(?:pain|problems?|injury|issues?|to\b))"
)
_CORRECTION = re.compile(
    r"^(?:(?:oh|ah|um|erm|hmm|hang on)\W+)?"
    r"(?:actually|correction|sorry|oops|i meant|i mean|make (?:that|it)|(?:no\s+)?wait|"
    r"no(?:pe)?\s*[,.;:!-]|no\s+(?=[£$€]?\d))\s*[,.:;!-]?\s*"
)


#: A figure said again as the right one after a change of mind ("25 was right", "back to
#: 25", "25 it is"): the figure alone, as a correction.
_RIGHT_AFTER_ALL = re.compile(
    r"^(?:(?:let'?s\s+)?(?:go\s+)?back\s+to\s+|the\s+)?"
    r"(?P<fig>[£$€]?\d[\d.,]*\s*(?:k|h|hrs?|hours?)?)"
    r"(?:\s+(?:was|is)\s+(?:right|correct|fine|ok|okay)|\s+it\s+is|$)"
    r"(?:\s+after\s+all)?$"
)
_BACK_TO = re.compile(
    r"^(?:let'?s\s+)?(?:go\s+)?back\s+to\s+\S|\s(?:was|is)\s+(?:right|correct)|\sit\s+is$"
)


def said_again(text: str) -> str:
    """A figure said again as the right one after a change of mind ("no wait, 25 was right",
    "back to 25") as a plain correction ("actually 25"); any other message as it is."""
    kind, rest = intent(text)
    low = normalise(text).strip(" .!?")
    plain = low
    while match := _CORRECTION.match(plain):
        plain = plain[match.end() :].strip()
    again = _RIGHT_AFTER_ALL.match(plain)
    if kind is Intent.CORRECTION and again and plain != rest:
        return f"actually {rest}"
    return text


def intent(text: str) -> tuple[Intent, str]:
    """Classify a message: skip, undo, correction (with the corrected text) or a plain answer."""
    low = normalise(text).strip(" .!?")
    if _UNDO.match(low):
        return Intent.UNDO, ""
    if _SKIP.match(low):
        return Intent.SKIP, ""
    rest = low
    while match := _CORRECTION.match(rest):
        rest = rest[match.end() :].strip()
    again = _RIGHT_AFTER_ALL.match(rest)
    if again and (rest != low or _BACK_TO.search(rest)):
        return Intent.CORRECTION, again.group("fig").strip()
    if rest and rest != low:
        return Intent.CORRECTION, rest
    return Intent.ANSWER, low


# --- words ----------------------------------------------------------------------------------

_NEGATED = r"(?:not|n't|never|hardly|isn'?t|is not|no longer)\s+(?:\w+\s+)?"
_VARIABLE = (
    r"vari|vary|up and down|ups and downs|unpredictab|irregular|lumpy|feast|famine|depends|"
    r"fluctuat|seasonal|volatile|unstable|patchy|sporadic|on and off|swings|uneven|changes"
)
_STABLE = (
    r"stable|steady|fixed|regular|predictab|salar|reliable|consistent|same every|secure|"
    r"guaranteed|constant|retainer|solid"
)


def parse_volatility(text: str) -> str | None:
    """``"stable"`` or ``"variable"`` from a free answer ("it varies", "steady"), else ``None``."""
    low = normalise(text)
    if re.search(_NEGATED + rf"(?:{_STABLE})", low):
        return "variable"
    if re.search(_NEGATED + rf"(?:{_VARIABLE})", low):
        return "stable"
    if re.search(_VARIABLE, low):
        return "variable"
    if re.search(_STABLE, low):
        return "stable"
    return None


#: A no said to a plain question that the proposals' reader leaves to be read: "never mind"
#: drops what was asked back, where at a proposal "never before 9" is a limit; a bare "n".
_NO_HERE = re.compile(r"^(?:never|n)\b")


#: A filler before the answer ("oh yes", "um, no"). "oh no" is left alone: as often dismay.
_LEAD_IN = re.compile(r"^(?:(?:oh(?![ ,.!]+no\b)|ah+|um+|uh+|hm+|er+m?|well|haha|lol)\b[ ,.!]*)+")


def parse_yes_no(text: str) -> bool | None:
    """``True`` for yes-like answers ("yep", "sounds good", "oh yes"), ``False`` for no-like
    ones: the words of :mod:`agent.interviewer.assent`, as the reading layer hears them."""
    low = _LEAD_IN.sub("", normalise(text).strip(" .!?"))
    if _NO_HERE.match(low) or assent.NO.match(low):
        return False
    if assent.YES.match(low):
        return True
    return None


_NONE = re.compile(
    r"(?:no|nope|nah|none|nothing|n/?a|not really|nothing really|none really|none at all|"
    r"nothing at all|no,? (?:none|nothing)(?: really)?|no (?:constraints?|limits?)(?: really)?|"
    r"nothing limits (?:them|it|me|my hours)|no thanks|"
    # the same bare "none" in the other languages whose words are read
    r"aucune?|rien|non|ningun[ao]?|keine?|nichts|nessun[ao]?|niente|nenhum[ao]?)"
)


def is_none_answer(text: str) -> bool:
    """True only for a bare "no", "none", "nothing" or "no constraints": "no evening teaching"
    names a constraint, it does not deny having one."""
    return bool(_NONE.fullmatch(normalise(text).strip(" .!?")))


#: "rewarding", "satisfying": the worth felt in the work is how it lifts the person; the same
#: words turned down ("unrewarding", "dissatisfying", "thankless") drain.
_ENERGISING = (
    r"energi[sz]|love|enjoy|fun\b|alive|buzz|(?<!un)fulfil|inspir|passion|joy|thrill|excit|"
    r"(?<!un)rewarding|(?<!dis)(?<!un)satisf|gratif"
)
_DRAINING = (
    r"drain|exhaust|tir(?:ing|ed)|hate|dread|burn|sucks|grind|boring|bored|stress|slog|"
    r"unrewarding|unfulfil|dissatisf|unsatisf|thankless"
)
#: Whole words only: "look forward to" holds no "ok", "define" no "fine", "bother" no "both".
_NEUTRAL = r"\b(?:neutral|mixed|both|fine|okay|ok|meh|so-so|depends|a bit of both|neither)\b"


def parse_energy(text: str) -> str | None:
    """``"energising"``, ``"draining"`` or ``"neutral"`` from a free answer, else ``None``."""
    low = normalise(text)
    if re.search(_NEGATED + rf"(?:{_DRAINING})", low):
        return "energising"
    if re.search(_NEGATED + rf"(?:{_ENERGISING})", low):
        return "draining"
    found = [
        label
        for label, pattern in (
            ("energising", _ENERGISING),
            ("draining", _DRAINING),
            ("neutral", _NEUTRAL),
        )
        if re.search(pattern, low)
    ]
    if {"energising", "draining"} <= set(found):
        return "neutral"
    return found[0] if found else None


#: Words of each setting. A word that only names the people or places of a job ("I teach
#: kids", "a family business", "a translation agency", "the food bank") says no setting.
_CONTEXTS: tuple[tuple[str, str], ...] = (
    (
        "caregiver",
        r"caregiv|\bcarer|\bcaring for|\bcare for|look(?:ing)? after (?:my|our|a|an)\b|"
        r"\b(?:my|our) (?:kids|children|child|toddler|baby|newborn|twins)\b|"
        r"(?:single|stay[- ]at[- ]home|lone) (?:parent|mum|mom|dad)|\bparenting\b",
    ),
    ("activist", r"activis|union|movement|campaign|non-?profit|ngo|organi[sz]ing|charit"),
    (
        "government",
        r"government|public sector|civil serv|council|ministry|state job|"
        r"(?:government|state|public|federal|executive) agency",
    ),
    (
        "corporate",
        r"corporat|(?<!own )(?<!family )compan|enterprise|(?<!food )\bbank(?!\s+holiday)|"
        r"office (?:job|work)|(?:in|at) an? office|firm\b|employer|big org",
    ),
    ("tech", r"tech|software|developer|programm|startup|coding|engineer|data scien"),
    # "none of those": general; a bare "none" or "none really" names no setting (a limit or
    # an answer to another question, typed while the setting is asked)
    (
        "general",
        r"general|other|\bnone (?:of|fits?)\b|mix|academic|universit|freelanc|"
        r"self-employ|creative",
    ),
)


def parse_context(text: str) -> str | None:
    """The working context named in a free answer: corporate, government, activist, tech,
    caregiver or general; ``None`` when nothing matches."""
    low = normalise(text)
    for name, pattern in _CONTEXTS:
        if re.search(pattern, low):
            return name
    return None


_LIST_SPLIT = re.compile(r"\s*(?:,|;|\n|&|\+|\band\b|\bplus\b|\bas well as\b|\balso\b)\s*")
_LEADING = re.compile(
    r"^(?:i (?:do|have|am|run)|i'm|my|a|an|the|some|and|also|doing|bit of|"
    r"little|spot of|then)\s+"
)


def split_list(text: str) -> list[str]:
    """Items named in a free answer ("teaching, consulting and a podcast"), tidied and unique."""
    items: list[str] = []
    for raw in _LIST_SPLIT.split(text.strip().strip(".!")):
        item = raw.strip(" .!-*").lower()
        previous = None
        while previous != item:
            previous, item = item, _LEADING.sub("", item)
        if item and item not in items and item not in {"etc", "that's it", "that is it"}:
            items.append(item)
    return items


def match_name(text: str, names: list[str]) -> str | None:
    """The one of ``names`` that the text refers to (whole name, or a word of it), else None."""
    low = normalise(text)
    for name in sorted(names, key=len, reverse=True):
        if name.lower() in low:
            return name
    words = set(re.findall(r"[a-z]{4,}", low))
    for name in names:
        if words & set(re.findall(r"[a-z]{4,}", name.lower())):
            return name
    return None


_FILLER = frozenset({
    "a", "an", "and", "the", "my", "our", "of", "in", "on", "for", "with", "to", "is", "it",
    "its", "it's", "i", "i'd", "i'm", "would", "be", "say", "that", "this", "one", "mostly",
    "mainly", "really", "probably", "definitely", "maybe", "think", "guess", "skill", "skills",
    "core",
})  # fmt: skip


def _significant(text: str) -> frozenset[str]:
    """The words that carry meaning, plural 's' dropped ("Research designs" -> research, design)."""
    words = re.findall(r"[a-z][a-z'-]*", normalise(text))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                     for w in words if w not in _FILLER)  # fmt: skip


def match_skill(text: str, names: list[str]) -> str | None:
    """The skill in ``names`` the text names, only on a strong match, else ``None``.

    Strong: the same significant words ("Research design" for "research design"), or the text
    is part of exactly one name ("design" for "research design"). One shared word between two
    longer phrases is not enough: "cognitive science research" is not "research design".
    """
    words = _significant(text)
    if not words:
        return None
    same = [n for n in names if _significant(n) == words]
    if same:
        return same[0]
    part = [n for n in names if words < _significant(n)]
    return part[0] if len(part) == 1 else None
