"""Numbers as people write them: digits in UK, US and EU formats, and numbers in words.

``spell_out_words`` rewrites number words as digits ("three and a half thousand" -> "3500",
"thirty-seven and a half" -> "37.5") and leaves vague words alone ("a few" stays "a few": it is
no number). ``to_number`` reads one written number: "48,000" and "48.000" are 48000 (a dot or
comma followed by exactly three digits groups thousands), "3,5" and "3.5" are 3.5.
"""

from __future__ import annotations

import functools
import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_FIXED = {
    "an hour and a half": "1.5 hours",
    "an hour and a quarter": "1.25 hours",
    # "two practices, hour and a half each": the "an" dropped
    "hour and a half": "1.5 hours",
    "half an hour": "0.5 hours",
    "an hour or two": "1-2 hours",
    "an hour or so": "1 hour",
    "an hour": "1 hour",
    "a dozen": "12",
    "a couple of times": "a few times",
    "a tenner": "£10",
    "a fiver": "£5",
    "a couple of": "2",
    "a couple": "2",
    # "couple months", "couple of weeks": the "a" dropped before a stretch of time
    "couple(?: of)?(?= (?:months?|weeks?|days?|hours?|hrs|years?|grand|k)\\b)": "2",
    "a half": "0.5",
    "a fortnight": "every fortnight",
    "fifty-fifty": "50/50",
    "fifty fifty": "50/50",
}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SMALL = rf"(?:(?:{_WORD})(?:[\s-]+(?:{_WORD}))?)"
#: A spelled number: "forty-five", "three and a half thousand", "twelve hundred",
#: "two hundred and fifty", "a hundred".
_SPELLED = re.compile(
    rf"\b(?P<num>(?:{_SMALL}|a)(?:\s+and\s+a\s+half)?"
    rf"(?:\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?{_SMALL})?)*"
    rf"(?:\s+and\s+a\s+half)?)\b"
)
#: "one" is a number only before a quantity word ("one day a week"), not in "one of them".
_ONE_OK = re.compile(
    r"\s*(?:hundred|thousand|million|hours?|hrs?|days?|weeks?|months?|years?|evening|"
    r"morning|afternoon|lesson|session|class|client|k\b|grand|pound|dollar|euro|and a half|"
    r"a (?:week|month|year|day)\b|per\b|every\b|each\b|\w+ (?:a|per|every) "
    r"(?:week|month|year|fortnight)\b)"
)


#: "twenty five an hour": after a number said in words, "an hour" is its period, no figure.
_RATE_OF = re.compile(rf"\b(?:{_WORD}|hundred|thousand)\s+$")
#: "6 envelopes an hour", "about four haircuts an hour": after a count of things, "an hour" is
#: the count's period (a rate of output), no hours of work; "3 lessons an hour each" is no rate.
_COUNT_OF = re.compile(
    rf"(?:\d+(?:[.,]\d+)?|\b(?:{_WORD}|dozen))\s+(?:[a-z]+\s+)?"
    r"(?!(?:hours|hrs|mins|minutes|days|weeks|months|years|nights|evenings|mornings|shifts|"
    r"times|sessions)\b)[a-z]{2,}s\s+$"
)
_NOT_RATE_AFTER = re.compile(r"\s*(?:each|long|apiece|per|a (?:go|time|piece|pop))\b")
#: "12 pound an hour": after an amount's currency word, "an hour" is its period, no figure.
_AFTER_MONEY_WORD = "".join(
    f"(?<!{w} )" for w in ("pound", "pounds", "euro", "euros", "dollar", "dollars", "quid", "bucks")
)


#: A digit said as a word, as it is read out after "point".
_DIGIT = r"(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine|\d)"
_DIGIT_VALUE = {"zero": 0, "nought": 0, "oh": 0, **{w: v for w, v in _UNITS.items() if v < 10}}
#: "one point six grand", "two point five k": a number said with its decimals read out,
#: never "at one point two of us": "at one point" is a moment.
_POINT = re.compile(
    rf"(?<!\bat )\b(?P<whole>{_WORD}|\d+) point (?P<tenths>{_DIGIT})"
    rf"(?: (?P<hundredths>{_DIGIT}))?\b"
    r"(?=\s*(?:k\b|grand|thousand|million|mil\b|m\b|hours?|hrs?|[a-z]+ (?:a|per) |[,.;!?]|$))"
)


def _point_said(match: re.Match[str]) -> str:
    whole = match.group("whole")
    number = whole if whole.isdigit() else str(_UNITS.get(whole) or _TENS.get(whole, 0))
    digits = [match.group("tenths"), match.group("hundredths")]
    said = "".join(d if d.isdigit() else str(_DIGIT_VALUE[d]) for d in digits if d)
    return f"{number}.{said}"


def spell_out_words(text: str) -> str:
    """The text (lower case) with number words written as digits."""
    text = _POINT.sub(_point_said, text)
    text = re.sub(r"\b(\d+) and a half\b", lambda m: f"{m.group(1)}.5", text)
    for words, digits in _FIXED.items():
        text = re.sub(
            rf"(?<!and )(?<![\d£$€] ){_AFTER_MONEY_WORD}\b{words}\b(?=\s*(?:\w|£|\$|€|[,.;!?]|$))",
            functools.partial(_fixed, digits),
            text,
        )
    return _SPELLED.sub(_replace, text)


def _fixed(digits: str, match: re.Match[str]) -> str:
    return match.group(0) if _rate_of(match) else digits


def _rate_of(match: re.Match[str]) -> bool:
    if not match.group(0).startswith("an hour"):
        return False
    if _RATE_OF.search(match.string, 0, match.start()):
        return True
    counted = _COUNT_OF.search(match.string, max(0, match.start() - 60), match.start())
    return bool(counted) and not _NOT_RATE_AFTER.match(match.string, match.end())


def _replace(match: re.Match[str]) -> str:
    words = match.group("num")
    if words == "a":
        return words
    after = match.string[match.end() :]
    if words in {"one", "a"} and not _ONE_OK.match(after):
        return words
    value = _said_as_price(words, match.string[: match.start()], after)
    value = words_value(words) if value is None else value
    if value is None:
        return words
    # "thousand" marks money as much as "k" does: keep the mark.
    if re.search(r"thousand|million", words) and value >= 1000:
        return format_number(value / 1000) + "k"
    return format_number(value)


#: Before or after a time of day: "by five thirty", "at six forty", "seven fifteen pm".
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|from|until|till|til|to|after|before|around|about|past)\s*$")
_CLOCK_AFTER = re.compile(r"^\s*(?:am|pm|a\.m|p\.m|o'?clock|in the|tonight|-|to)\b")


def _said_as_price(words: str, before: str, after: str) -> float | None:
    """ "rent eight fifty", "council tax one forty": a price said as two numbers is hundreds
    and tens (850, 140), unless it reads as a time of day ("home by five thirty")."""
    tokens = re.split(r"[\s-]+", words.strip())
    if len(tokens) != 2 or tokens[0] not in _UNITS or tokens[1] not in _TENS:
        return None
    if _CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after):
        return None
    return float(_UNITS[tokens[0]] * 100 + _TENS[tokens[1]])


def words_value(words: str) -> float | None:
    """The value of a spelled number ("three and a half thousand" -> 3500), or ``None``."""
    total, current, half = 0.0, 0.0, False
    tokens = re.split(r"[\s-]+", words.strip())
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "and" and tokens[i + 1 : i + 3] == ["a", "half"]:
            half, i = True, i + 3
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "a":
            current += 1
        elif token in _SCALES:
            current = (current or 1) + (0.5 if half else 0)
            half = False
            current *= _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, 0.0
        elif token != "and":
            return None
        i += 1
    return total + current + (0.5 if half else 0)


_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")
#: "1,20,000", "12,50,000": grouped the Indian way, in lakhs and crores.
_LAKHS = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}$")


def to_number(written: str) -> float:
    """The value of a number written with digits: "48,000", "48.000", "3,5", "1,200.50",
    "1,20,000"."""
    text = written.strip()
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d\d)?", text):  # "24 310,50": cents after
        return float(text.replace(" ", "").replace(",", "."))
    if _THOUSANDS.match(text) or _LAKHS.match(text):
        return float(re.sub(r"[.,]", "", text))
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            return float(text.replace(".", "").replace(",", "."))
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def format_number(value: float) -> str:
    """A number with no trailing ``.0`` and no grouping ("3500", "37.5")."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")
