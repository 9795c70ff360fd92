"""Readings whose evidence is thinner than the path that made them supposes: asked back.

Each check looks at a reading already made (its field, value, span and the open question) and
names what leaves it in doubt, as a question for the person, or returns ``None``. They are the
situations in which the reader's most used paths stored wrong values on the studied batches,
as read today and as read when each batch was new (``docs/interviewer.md``, "Precision of the
reader's paths"), and where today's reader stores no right value of those batches:

- a work name whose own words say that something is not, or is not yet ("royalties haven't
  come in"): a remark, not a piece of work;
- a work name read from a clause that prices one unit of what is sold ("one cake is 900"):
  the thing sold, not the work;
- a work name of up to three words that opens the message and is followed at once by the
  person's own statement ("Dia dhuit. I work at ...", "so, I teach ..."): a greeting, an
  address or a filler in words the reader does not know, not a piece of work;
- at the weekly-limit question, one piece of work's hours read from a figure said as a total
  ("maybe 55 all together"): the whole week, not that work's;
- a year's income read from money said of one past month or week, with no period of its own
  ("last month I sold 640"): one month's takings, not the year's;
- a year's income under 1000 (not nothing) read from an amount said with no period of its
  own, nor worked out from one ("after fuel maybe 650"): hardly a year's pay; a week's, a
  price or a count more likely;
- a year's income read from an amount said with no period the reader took, when a period is
  said a few words after it ("3,000 <a currency it does not know> a week"): the words
  between kept the period from the amount;
- money whose number is followed by a word in another script ("300萬", "10 тис."): a word
  that may scale the number, which the reader cannot read;
- a year's income worked out from an hourly rate and the work's hours, when those hours are
  themselves asked back: a figure is never surer than the figure it was worked out from.

:mod:`confidence` lowers such readings below the threshold, and the figures of a work name
asked back follow it.
"""

from __future__ import annotations

import re
from dataclasses import replace

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
#: A year said right after an amount ("600 a year", "600/yr", "600 annually").
_YEAR_AFTER = re.compile(
    r"^\s*(?:[^\s\d]+\s+){0,3}?(?:(?:a|per|each|every|/)\s*(?:year|yr|annum)|annually|yearly)\b"
)
#: A number followed by a letter of another script.
_OTHER_SCRIPT_AFTER = re.compile(r"\d\s?([^\x00-\x7f])")
_MONEY_FIELDS = frozenset(
    {"activity.annual_revenue", "capacity.monthly_spending", "capacity.cash_buffer"}
)


def from_asked_hours(readings: list[Reading]) -> list[Reading]:
    """``readings`` with a year's income worked out from hours asked back lowered to the
    hours' confidence (the hours are in the income's note: "25 an hour, 10 h a week")."""
    asked = {
        (r.subject, round(float(r.value), 2))
        for r in readings
        if r.field == "activity.hours_per_week"
        and not r.confident
        and isinstance(r.value, int | float)
    }
    out = []
    for r in readings:
        hours = _HOURLY.search(r.note) if r.field == "activity.annual_revenue" else None
        if hours and r.confident and (r.subject, round(float(hours.group(1)), 2)) in asked:
            low = min(o.confidence for o in readings if o.field == "activity.hours_per_week"
                      and o.subject == r.subject and not o.confident)  # fmt: skip
            r = replace(r, confidence=low, note=f"{r.note}; worked out from hours asked back")
        out.append(r)
    return out


#: The note of a year's income worked out from an hourly rate: the hours a week it used.
_HOURLY = re.compile(r"an hour, (\d+(?:\.\d+)?) h a week")


def doubt(r: Reading, readings: list[Reading], text: str, ask: str) -> str | None:
    """What leaves ``r`` (one of ``readings`` of the normalised message ``text``) in doubt,
    said as a question, or ``None`` when nothing does."""
    if r.act not in {"fact", "change"}:
        return None
    if r.field == "activity" and isinstance(r.value, str) and _address(r.value, readings, text):
        return "a greeting or a word of address, or a piece of your work?"
    if r.field == "activity" and isinstance(r.value, str):
        return _name_doubt(r.value, r.span)
    if r.field == "activity.hours_per_week" and ask == "capacity" and _said_as_total(r):
        return "the whole of your week, or this work's hours?"
    if r.field in _MONEY_FIELDS and _scaled_in_other_script(r.span):
        return "what does the word after the number say?"
    if r.field == "activity.annual_revenue" and isinstance(r.value, int | float):
        return _year_doubt(float(r.value), r)
    return None


def _scaled_in_other_script(span: str) -> bool:
    return any(m.group(1).isalpha() for m in _OTHER_SCRIPT_AFTER.finditer(span))


#: What follows an opening word of address: a stop, then the person's own "I" or "we".
_THEN_I = re.compile(
    r"^(?:[,.!?…]+|\s+-)\s*(?:(?:and|so|ok|okay|also|well)[\s,]+)?"
    r"(?:i|i'm|im|i am|i've|we|we're)\b"
)


def _address(name: str, readings: list[Reading], text: str) -> bool:
    """True when ``name`` opens the message, has no figure of its own, and the person's own
    statement after it names other work ("Servus, I teach piano ..."; not "Plumber. I do 40
    hours a week", whose hours are the plumber's)."""
    if any(o.subject == name for o in readings):
        return False
    others = [o for o in readings if o.field == "activity" and o.value != name]
    return bool(others) and _opens_before_i(name, text)


def _opens_before_i(name: str, text: str) -> bool:
    said = name.casefold()
    opening = text.casefold().lstrip(" \"'")
    if not opening.startswith(said) or len(said.split()) > 3 or re.search(r"\d", said):
        return False
    return _THEN_I.match(opening[len(said) :]) is not None


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


def _year_doubt(value: float, r: Reading) -> str | None:
    if r.note:  # worked out from a period, a rate or parts: its own checks apply
        return None
    span = r.span.casefold()
    after = [span[m.end() :] for m in _AMOUNT.finditer(span) if _is(m, value)]
    if 0 < value < _LEAST_YEAR and not any(_YEAR_AFTER.match(a) for a in after):
        return "so little in a year, or a week's, a price or a count?"
    if any(_PERIOD_AFTER.match(a) for a in after):
        return "a year's money, or a week's or a month's?"
    if _ONE_PAST_PERIOD.search(span) and not _YEAR_SAID.search(span):
        return "the money of that one month or week: and over a year?"
    return None


def _is(amount: re.Match[str], value: float) -> bool:
    """True when the amount as written is ``value`` (a "k" counted)."""
    try:
        said = to_number(amount.group(1).rstrip(".,")) * (1000 if amount.group(2) else 1)
    except ValueError:
        return False
    return abs(said - value) <= 0.01 * abs(value) + 1e-9
