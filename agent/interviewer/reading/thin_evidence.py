"""Readings whose evidence is thinner than the path that made them supposes: asked back.

Each check looks at a reading already made (its field, value, span and the open question) and
names what leaves it in doubt, as a question for the person, or returns ``None``. They are the
situations in which the reader's most used paths stored wrong values on the studied batches,
as read today and as read when each batch was new (``docs/interviewer.md``, "Precision of the
reader's paths"), and where today's reader stores no right value of those batches:

- a work name whose own words say that something is not, or is not yet ("the grant hasn't
  come through"): a remark, not a piece of work;
- a work name read from a clause that prices one unit of what is sold ("one cake is 900"):
  the thing sold, not the work;
- at the weekly-limit question, one piece of work's hours read from a figure said as a total
  ("maybe 55 all together"): the whole week, not that work's;
- a year's income read from money said of one past month or week, with no period of its own
  ("last month I sold 640"): one month's takings, not the year's;
- a year's income under 100, or under 1000 read from an amount said with no period of its
  own, nor worked out from one, beside other numbers or words of shorter periods, in a
  message that says no year ("every saturday maybe 450"): hardly a year's pay; a week's, a price or
  a count more likely ("about 300" alone answering the income question is money);
- a year's income read from an amount said with no period the reader took, when a period is
  said a few words after it ("3,000 <a currency it does not know> a week"): the words
  between kept the period from the amount;
- a work's hours read from a count said per period and priced each, with no word of hours
  in it ("2 a month at about 135"): things sold, not hours;
- money whose number is followed by a word in another script that the reader did not read as
  a currency ("300萬", "10 тис."): a word that may scale the number.

:mod:`confidence` lowers such readings below the threshold, and the figures of a work name
asked back follow it.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.numbers import to_number
from agent.interviewer.reading.types import Reading

#: Words that say something is not, or not yet.
_DENIAL = re.compile(r"\b(?:not|never|nothing|none|no(?!-))\b|n[’']t\b")

#: A clause that opens on one unit of something and its price ("one X is 60", "a single X
#: costs 9 000", "1 kg X is 900").
_ONE_UNIT = re.compile(r"^\W*(?:one|1|a single)\s+(?:(?:kg|kilo|litre|liter|box|bag|piece)\s+)?")

#: Words that say a figure is a total of several things.
_TOTAL = r"(?:all together|altogether|in total|tota?ls?|in all|all in|all up|combined|overall)"

#: One past month or week named before the money ("last month I sold", "this week I made").
_ONE_PAST_PERIOD = re.compile(r"\b(?:last|this|that|one) (?:month|week|weekend)\b")
_YEAR_SAID = re.compile(r"\b(?:year|years|annual\w*|yearly|yr|p\.?a|season)\b")

#: Below this a year's income said with no period is hardly a year's pay.
_LEAST_YEAR = 1000

#: An amount as written, and a "k" after it.
_AMOUNT = re.compile(r"(?<![\d.,])(\d[\d,.]*(?: \d{3})*)\s*(k\b)?")
_PERIODS = r"(?:weeks?|months?|fortnights?|hours?|days?|nights?|evenings?)"
#: A period said within a few words after an amount ("bob a week", "every two weeks").
_PERIOD_AFTER = re.compile(
    rf"^\s*(?:[^\s\d]+\s+){{0,3}}?(?:a|an|per|every|each|some|/)\s*(?:\w+\s+)?{_PERIODS}\b|"
    r"^\s*(?:[^\s\d]+\s+){0,2}?(?:weekly|monthly|daily|hourly|nightly)\b"
)
#: Words of a period shorter than a year, or of how often, anywhere in a message.
_SHORTER_PERIOD = re.compile(
    rf"\b(?:{_PERIODS}|weekly|monthly|daily|hourly|nightly|every|each|per)\b"
)
#: A number followed by a letter of another script.
_OTHER_SCRIPT_AFTER = re.compile(r"\d\s?([^\x00-\x7f])")
#: A count per period followed by a price each ("2 a month at about 135", "3 a week at £40").
_PRICED_COUNT = re.compile(
    r"(?<![\d.,])\d+(?:[.,]\d+)?\s+(?:a|an|per|every|each)\s+(?:week|month|fortnight|day|year)\s+"
    r"at\s+(?:about\s+|around\s+|roughly\s+|~\s*)?[£$€]?\s?\d"
)
_HOUR_WORD = re.compile(r"\d\s*h\b|\b(?:hrs?|hours?)\b")
_MONEY_FIELDS = frozenset(
    {"activity.annual_revenue", "capacity.monthly_spending", "capacity.cash_buffer"}
)


def doubt(r: Reading, text: str, ask: str) -> str | None:
    """What leaves ``r`` (read from the normalised message ``text`` at the question ``ask``)
    in doubt, said as a question, or ``None`` when nothing does."""
    if r.act not in {"fact", "change"}:
        return None
    if r.field == "activity" and isinstance(r.value, str):
        return _name_doubt(r.value, r.span)
    if r.field == "activity.hours_per_week" and ask == "capacity" and _said_as_total(r):
        return "the whole of your week, or this work's hours?"
    if r.field == "activity.hours_per_week" and _priced_count(r.span.casefold()):
        return "hours, or how many you sell at that price?"
    if r.field in _MONEY_FIELDS and r.currency is None and _scaled_in_other_script(r.span):
        return "what does the word after the number say?"
    if r.field == "activity.annual_revenue" and isinstance(r.value, int | float):
        return _year_doubt(float(r.value), r, text.casefold())
    return None


def _priced_count(span: str) -> bool:
    """True when ``span`` says a count per period priced each and no word of hours."""
    return _PRICED_COUNT.search(span) is not None and _HOUR_WORD.search(span) is None


def _scaled_in_other_script(span: str) -> bool:
    return any(m.group(1).isalpha() for m in _OTHER_SCRIPT_AFTER.finditer(span))


def _name_doubt(name: str, span: str) -> str | None:
    said = name.casefold()
    if _DENIAL.search(said):
        return "a piece of your work, or a remark about it?"
    clause = span.casefold()
    unit = _ONE_UNIT.match(clause)
    if unit and clause[unit.end() :].startswith(said.split()[0]) and re.search(r"\d", clause):
        return "what you sell, or the work itself?"
    return None


def _said_as_total(r: Reading) -> bool:
    """True when the figure of ``r`` is said with a word of total after it."""
    if not isinstance(r.value, int | float) or not float(r.value).is_integer():
        return False
    figure = rf"(?<![\d.,]){int(r.value)}(?![\d.,])"
    unit = r"\s*(?:h|hrs?|hours?)?\s*(?:a week\s*)?"
    return re.search(rf"{figure}{unit}{_TOTAL}\b", r.span.casefold()) is not None


def _year_doubt(value: float, r: Reading, text: str) -> str | None:
    if r.note:  # worked out from a period, a rate or parts: its own checks apply
        return None
    span = r.span.casefold()
    after = [span[m.end() :] for m in _AMOUNT.finditer(span) if _is(m, value)]
    if 0 < value < _LEAST_YEAR and _too_small(value, text):
        return "so little in a year, or a week's, a price or a count?"
    if any(_PERIOD_AFTER.match(a) for a in after):
        return "a year's money, or a week's or a month's?"
    if _ONE_PAST_PERIOD.search(span) and not _YEAR_SAID.search(span):
        return "the money of that one month or week: and over a year?"
    return None


def _too_small(value: float, text: str) -> bool:
    """True for a year's income under 100, or under 1000 in a message that holds other
    numbers or speaks of shorter periods, and never of a year; a lone "about 300"
    answering the income question is that income, as the question asks it."""
    if value < _LEAST_YEAR / 10:
        return True
    beside = len(_AMOUNT.findall(text)) > 1 or _SHORTER_PERIOD.search(text) is not None
    return beside and not _YEAR_SAID.search(text)


def _is(amount: re.Match[str], value: float) -> bool:
    """True when the amount as written is ``value`` (a "k" counted)."""
    try:
        said = to_number(amount.group(1).rstrip(".,")) * (1000 if amount.group(2) else 1)
    except ValueError:
        return False
    return abs(said - value) <= 0.01 * abs(value) + 1e-9
