"""Money and its stretches of time as people write them, in the words the quantities read.

Written before the message is read (lower case, before number words become digits):

- a range said "between R4 000 and R6 000", "between ₦200k and ₦300k": one range, read as its
  midpoint, never two amounts to add (the plain "between 20 and 30" is read elsewhere);
- millions and ten-thousands in the notations of the Nordic and German-speaking countries and
  of Korea: "1,1 mill NOK", "2,5 Mio. CHF", "180만원" (180 times 10,000 won), and the Korean
  "per" said before the amount ("회당 180만원": 1,800,000 won each time);
- dollars named by their country after the sign: "58 400 $ CA" is Canadian;
- Kenyan "bob" for shillings ("3,000 bob a week"); the CFA franc as "F CFA" or "FCFA";
  "kr." before more words, whose stop ends no sentence;
- months said in other languages ("4 maanden", "6 Monate", "3 meses") and "half a year": a
  length in months, as "4 months" is;
- months of several runs a year: "4 months per session, 2 sessions a year" is 8 months a year;
- how much of the year work runs, said by the weeks it runs or the weeks taken off: "it runs
  30 weeks of the year" is 30 weeks a year, "I take 10 weeks off a year" is 42 weeks a year,
  "every week except the 2 week shutdown" is 50 weeks a year, "5 days, minus 6 weeks for rain
  and holidays" is 46 weeks a year.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.money_words import CUR_BEFORE
from agent.interviewer.reading.numbers import format_number, to_number

_AMOUNT = rf"{CUR_BEFORE}?\s?\d{{1,3}}(?:[ .,]\d{{3}})*(?:[.,]\d+)?\s*(?:k|grand|m)?"
#: "between R4 000 and R6 000": the range a hyphen writes.
_BETWEEN = re.compile(rf"\bbetween\s+({_AMOUNT})\s+and\s+(?={CUR_BEFORE}?\s?\d)")
#: "1,1 mill", "2,5 mio.", "3 millioner": millions written the Nordic or German way.
_MILLIONS = re.compile(r"(\d)\s*(?:mill\.?|mio\.?|millioner|miljoner|millionen)(?!\w)")
#: "180만원", "50만 원": ten-thousands of won.
_MAN_WON = re.compile(r"(\d+(?:[.,]\d+)?)\s*만\s*(?:원|won\b)?")
#: "회당 ₩1800000", "시간당 2만원": a Korean "per" said before the amount, after it in English.
_KO_PER = re.compile(
    r"(회당|건당|개당|편당|화당|시간당|일당)\s*(₩\s?\d+(?:[,.]\d+)*|\d+(?:[,.]\d+)*\s*(?:원|won\b))"
)
_KO_PERIOD = {"시간당": "an hour", "일당": "a day"}
#: "58 400 $ CA", "1 234,50 $ CAN": Canadian dollars written the Quebec way.
_CANADIAN = re.compile(r"\$\s*(?:ca|can)\b")
#: "3,000 bob", "52k bob": shillings; the multiplier stays with the amount.
_BOB = re.compile(r"(\d\s*(?:k|m)?)\s*bob\b")
#: "38.500 kr. every month": the stop of the abbreviation ends no sentence.
_KR_DOT = re.compile(r"(?<=\d)(\s*kr)\.(?=\s+[a-zæøå])")
#: "250 000 F CFA", "50.000 FCFA", "francs CFA": the CFA franc, written as one word.
_CFA = re.compile(r"\b(?:f\s?|francs?\s+)cfa\b")
_MONTH_WORDS = re.compile(
    r"(\d)\s*(?:monate|monaten|maanden|meses|mois|mesi|måneder|månader|miesięcy|miesiące)\b"
)
_HALF_YEAR = re.compile(r"\bhalf a year\b")
#: "4 months per session, 2 sessions a year": the months of each of several runs in a year.
_MONTHS_PER_RUN = re.compile(
    r"\b(?P<n>\d{1,2})\s*months\s+(?:per|a|an|each|every|par|por|pro|in (?:a|each))\s+"
    r"(?P<run>[a-z]{3,}?)s?\s*(?:,|and|;)?\s*(?P<m>\d)\s*(?P=run)s?\s+(?:a|per|each|every)\s+year\b"
)
#: "runs 30 weeks of the year", "30 weeks in the year".
_WEEKS_OF_YEAR = re.compile(r"\b(\d+)\s*weeks\s+(?:of|in|out of)\s+(?:the|a)\s+year\b")
#: "I take 10 weeks off a year", "6 weeks off each year".
_WEEKS_OFF = re.compile(r"\b(\d{1,2})\s*weeks\s+off\s+(?:a|per|each|every|in the)\s+year\b")
#: "usually get laid off like 6 weeks in winter", "closed for 8 weeks over the summer": the
#: weeks said after the words that stop the work are weeks without it.
_STOPPED_FOR_WEEKS = re.compile(
    r"\b(?:laid off|out of work|no work|without work|unpaid|closed|shut)\s+(?:for\s+)?"
    r"(?:like|about|around|maybe|roughly|usually|normally)?\s*(\d{1,2})\s*weeks\b"
    r"(?!\s+(?:ago|from now|notice|later)\b)(?:\s+(?:a|per|each|every|in the)\s+year\b)?"
)

#: "every week except the 2 week shutdown in july", "except for 3 weeks holiday": the weeks
#: said after "except" are weeks without the work.
_EXCEPT_WEEKS = re.compile(
    r"\b(?:every week,?\s+)?(?:except|apart from|other than|minus|bar)\s+(?:for\s+)?"
    r"(?:the\s+|a\s+|my\s+|our\s+)?(\d{1,2})[- ]?weeks?\b"
    r"(?=\s+(?:of\s+)?(?:shut ?down|off|holidays?|vacation|closure|"
    r"break|leave|layoff|annual leave)\b)"
)


#: "300 a day, 5 days, minus 6 weeks for rain and holidays": after a figure's how often, the
#: weeks taken off with "minus" or "less" and what they are for are weeks without the work.
_MINUS_WEEKS = re.compile(
    r",?\s*\b(?:minus|less)\s+(?:about\s+|around\s+|roughly\s+)?(\d{1,2})[- ]?weeks?\b"
    r"(?:\s+(?:off|for\s+(?:[a-z]+\s+){0,3}?(?:holidays?|vacation|leave|rain|weather|"
    r"winter|summer|christmas|breaks?)\b))?(?=\s*(?:[.,;!?]|$))"
)


def in_plain_words(text: str) -> str:
    """``text`` (lower case) with the notations above written as the quantities read them."""
    if "between" in text:
        text = _BETWEEN.sub(r"\1-", text)
    text = _MILLIONS.sub(r"\1 million", text)
    if "만" in text:
        text = _MAN_WON.sub(lambda m: f"₩{format_number(to_number(m.group(1)) * 10_000)}", text)
    if "당" in text:
        text = _KO_PER.sub(lambda m: f"{m.group(2)} {_KO_PERIOD.get(m.group(1), 'each')}", text)
    if "$" in text:
        text = _CANADIAN.sub("cad", text)
    if "kr." in text:
        text = _KR_DOT.sub(r"\1", text)
    if "cfa" in text:
        text = _CFA.sub("cfa", text)
    if "bob" in text:
        text = _BOB.sub(r"\1 ksh", text)
    text = _MONTH_WORDS.sub(r"\1 months", text)
    if "months" in text:
        text = _MONTHS_PER_RUN.sub(_months_a_year, text)
    if "half a year" in text:
        text = _HALF_YEAR.sub("6 months", text)
    if "weeks" in text:
        text = _WEEKS_OF_YEAR.sub(r"\1 weeks a year", text)
        text = _WEEKS_OFF.sub(lambda m: f"{52 - int(m.group(1))} weeks a year", text)
        text = _STOPPED_FOR_WEEKS.sub(lambda m: f"{52 - int(m.group(1))} weeks a year", text)
    if "except" in text or "apart from" in text or "minus" in text or "less" in text:
        text = _EXCEPT_WEEKS.sub(lambda m: f"{52 - int(m.group(1))} weeks a year", text)
        text = _MINUS_WEEKS.sub(lambda m: f", {52 - int(m.group(1))} weeks a year", text)
    return text


def _months_a_year(match: re.Match[str]) -> str:
    months = int(match.group("n")) * int(match.group("m"))
    return f"{months} months a year" if months <= 12 else match.group(0)
