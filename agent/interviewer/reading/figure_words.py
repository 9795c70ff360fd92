"""Figures said in words the clock and pay readers know by other names (pure: no I/O).

Run on the normalised text, once number words are digits:

- "eight in the morning until six in the evening" is "8am until 6pm": a time of day said with
  the part of the day it falls in;
- "taking the year as a whole, ..." opening a message only says how its figures are meant;
- "from 8 until one" is "from 8 until 1"; "8 while 8" is "8 till 8"; "5.30 to 8" is "5:30
  to 8";
- "every sat", "on weds" are "every saturday", "on wednesday"; "saturday an sunday" is
  "saturday and sunday";
- "and an hour every evening" is "and 1 hour every evening";
- "so call it €12k a year" is "so €12k a year": the figure settled on;
- "210 tisíc", "20 tys.", "30 tausend" are thousands ("210k");
- "M-F" is Monday to Friday;
- "$2,481.60 biweekly" is paid every two weeks, as "a fortnight";
- "1.340 € καθαρά, net, per month", "52.000 nominal por mes": the period of a pay said after a
  gloss of it (net, gross, nominal, and the person's own word for it), as if said next to it;
- "plus aguinaldo": the Latin American 13th month's pay, as "plus 13th month";
- "NT$8,000 one wedding" is "NT$8,000 a wedding": a price for one of something;
- "between 2 and 3 a week" (said in words) is "2-3 a week", as said in digits.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.money_words import CUR_AFTER, CUR_BEFORE

#: "8 in the morning", "6 in the evening", "2:30 in the afternoon": a time of day.
_DAY_PART = re.compile(
    r"\b(?P<h>\d{1,2}(?::\d\d)?)\s*(?:o'?clock\s+)?in the (?P<part>morning|afternoon|evening)\b"
)
_HALF = {"morning": "am", "afternoon": "pm", "evening": "pm"}
#: "taking the year as a whole, ...": how the figures are meant, no work of its own.
_AS_A_WHOLE = re.compile(
    r"^\s*(?:taking|taken|looking at|over|across)\s+the\s+(?:year|week)\s+as\s+a\s+whole\s*,?\s*"
)
#: "from 8 until one": the hour "one" ends a span of clock times begun with a digit.
_UNTIL_ONE = re.compile(r"(?<=\d)(\s*(?:am|pm)?\s*(?:-|to|till?|until)\s*)one\b(?!\s*[a-z]*s\b)")
#: "8 while 8", "9 while 5": "while" for "until" between two clock hours, as the north of
#: England says it.
_WHILE = re.compile(
    r"\b(?P<a>(?:1[0-2]|[1-9])(?::\d\d)?)\s+while\s+(?=(?:1[0-2]|[1-9])(?::\d\d)?\b)"
)
#: "5.30 to 8", "9 till 5.45": clock times written with a dot before their minutes, one end
#: of a span of the day; never an amount ("£5.30 to £8", "1.25 to 1.50 per kilo") nor hours.
_DOT_CLOCK = re.compile(
    r"(?<![\d.,£$€])\b(?P<a>1\d|2[0-3]|[1-9])(?:\.(?P<am>[0-5]\d))?"
    r"(?P<mid>\s*(?:-|to|till?|until)\s*)(?P<b>1\d|2[0-3]|[1-9])(?:\.(?P<bm>[0-5]\d))?\b"
    r"(?![.,]\d|\s*(?:h\b|hrs?\b|hours?\b|k\b|%|per\b|each\b|an?\s|[£$€]|euros?\b|dollars?\b|"
    r"pounds?\b))"
)


def _dot_clock(m: re.Match[str]) -> str:
    if not (m.group("am") or m.group("bm")):
        return m.group(0)
    a = m.group("a") + (f":{m.group('am')}" if m.group("am") else "")
    b = m.group("b") + (f":{m.group('bm')}" if m.group("bm") else "")
    return f"{a}{m.group('mid')}{b}"


#: "every sat", "on weds": a weekday said short after a word of when.
_SHORT_DAY = re.compile(
    r"\b(?P<when>every|each|on|most|every other)\s+"
    r"(?P<day>mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)(?P<s>s?)(?![\w'])"
)
_DAY_NAMES = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
              "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
              "fri": "friday", "sat": "saturday", "sun": "sunday"}  # fmt: skip
#: ", and an hour every evening": an hour said after "and" (left in words by the number
#: reader, which keeps "and a half" whole) is one hour.
_AND_AN_HOUR = re.compile(r"(?<=\band )an hour\b(?!'|\s+(?:and|or)\b)")
#: "so call it €12k a year", "call it 30 hours": the figure the person settles on, said after
#: "so" (never work called "call").
_CALL_IT = re.compile(r"\b(?:so\s+)?(?:let'?s\s+)?call it\s+(?=(?:about\s+|around\s+)?[£$€]?\d)")
#: "210 tisíc Kč", "20 tys. zł", "30 tausend": thousands said in Czech, Polish or German.
_THOUSANDS = re.compile(r"(?<=\d)\s*(?:tisíc|tisic|tis\.|tysięcy|tysiące|tys\.|tausend)(?!\w)")
#: "M-F", "m - f": the weekdays said by their first letters.
_WEEKDAYS = re.compile(r"(?<![\w-])m\s?-\s?f(?![\w-])")
#: "$2,481.60 biweekly", "2400 gross bi-weekly": pay every two weeks.
_BIWEEKLY = re.compile(r"(?<=\d)(\s*(?:[a-z]{1,6},?\s+)?)bi-?weekly\b")
#: The words that gloss a pay before its period: net or gross, said in English or not.
_PAY_WORD = r"(?:net|gross|nominal|netto|brutto|neto|bruto)"
#: "1.340 € καθαρά, net, per month": an amount, at most two words of gloss (one of them net,
#: gross or nominal) set off by commas, then the period.
_GLOSSED = re.compile(
    rf"(?P<amount>\d(?:[\d.,]*\d)?(?:\s*(?:€|eur|euros?))?)"
    rf"(?P<gloss>(?:\s*,?\s*[^\W\d_]+){{0,1}}\s*,?\s*{_PAY_WORD}\s*,\s*|\s+nominal\s+)"
    r"(?P<per>(?:per|a|por|al) (?:month|mes)\b|monthly\b)"
)
#: "4-10s", "3/12s": a roster said as so many days of so many hours (four ten-hour days),
#: never a range of hours; written as "4x10s", which the hours read.
_DAYS_OF_HOURS = re.compile(r"(?<![\d.,$£€/-])\b([2-7])\s?[-/]\s?(8|9|1[0-4])s\b")
#: "plus aguinaldo", "+ el aguinaldo", "plus décimo tercero": a 13th month's pay on top of a
#: monthly salary.
_AGUINALDO = re.compile(
    r"\b(?P<plus>plus|más|mas|\+|and|y|with|con)\s+(?:the\s+|el\s+|o\s+)?"
    # "plus décimo tercero", "mais o décimo terceiro": the 13th month's pay by its name
    r"(?:aguinaldo|d[ée]cimo\s+tercer[oa]?|d[ée]cimo\s+terceiro|decimotercer[oa]?)\b"
)


#: "NT$8,000 one wedding", "1,200 baht one class": an amount said for one of something, as
#: "a wedding" says it; never "one year", "one month" or "one of them".
_FOR_ONE = re.compile(
    rf"(?P<amount>{CUR_BEFORE}\s?\d[\d.,]*k?|\d[\d.,]*k?\s?{CUR_AFTER})\s+(?:for\s+)?one\s+"
    r"(?!(?:year|month|week|day|time|of|or|and|more|off|go|way|side)s?\b)(?=[a-z]{3,}\b)"
)


#: "Saturday an Sunday": "an" between two weekday names is "and", as said in Caribbean
#: English and typed in haste.
_DAY_AN_DAY = re.compile(
    r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+an\s+"
    r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)"
)


#: "between two and three a week", once its words are digits: the range a hyphen writes.
_BETWEEN = re.compile(r"\bbetween\s+(\d+(?:[.,]\d+)?)\s+and\s+(?=\d+(?:[.,]\d+)?\b(?![.,]\d))")


def plain(text: str) -> str:
    """``text`` with times of day, weekdays, pay periods and bonus months said plainly."""
    text = _AS_A_WHOLE.sub("", text)
    text = _DAY_PART.sub(lambda m: m.group("h") + _HALF[m.group("part")], text)
    text = _UNTIL_ONE.sub(r"\g<1>1", text)
    text = _WHILE.sub(r"\g<a> till ", text)
    text = _DOT_CLOCK.sub(_dot_clock, text)
    text = _SHORT_DAY.sub(lambda m: f"{m['when']} {_DAY_NAMES[m['day']]}{m['s']}", text)
    text = _AND_AN_HOUR.sub("1 hour", text)
    text = _CALL_IT.sub("so ", text)
    text = _THOUSANDS.sub("k", text)
    text = _WEEKDAYS.sub("monday to friday", text)
    text = _DAY_AN_DAY.sub(r"\1 and ", text)
    text = _BIWEEKLY.sub(r"\1a fortnight", text)
    text = _GLOSSED.sub(_glossed, text)
    text = _FOR_ONE.sub(r"\g<amount> a ", text)
    text = _BETWEEN.sub(r"\1-", text)
    text = _DAYS_OF_HOURS.sub(r"\1x\2s", text)
    return _AGUINALDO.sub(lambda m: f"{m.group('plus')} 13th month", text)


def _glossed(match: re.Match[str]) -> str:
    # the gloss is dropped: net or gross, the figure is the one said ("38.000 gross a month"
    # would read "gross" as a count of 144)
    return f"{match.group('amount')} {match.group('per')}"
