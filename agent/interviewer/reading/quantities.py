"""Typed quantities in a normalised text: money, hours, months, days, percent, counts, ages.

``find_quantities(text)`` returns each quantity with its span, in order. Patterns run from the
most specific to the least, and a span taken by one kind is never read again, so "I'm 47" is an
age (never hours), "since 2019" a year (never money), "two kids" a count, and "45" with nothing
around it a *bare* number whose meaning the open question decides. Money keeps its currency
and period ("£50 a lesson" is 50 GBP per lesson, not a yearly figure); hours are per week
("8 a day" is 40 h) unless only the open question can say; ranges read as their midpoint.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from agent.interviewer.reading import (
    clock_days,
    comma_ranges,
    currency_codes,
    income_parts,
    joined_amounts,
    occasions,
    pay_months,
    per_item,
    prices,
    rate_words,
    rosters,
    scales,
    season_days,
    share_words,
    usual_figure,
)
from agent.interviewer.reading.money_words import CUR_AFTER, CUR_BEFORE, currency_of
from agent.interviewer.reading.money_words import CURRENCIES as CURRENCY_NAMES
from agent.interviewer.reading.numbers import to_number
from agent.interviewer.reading.quantity import (
    ITEMS,
    NUM,
    SPACED,
    Quantity,
    midpoint,
    period_of,
    span,
)
from agent.interviewer.reading.times import (
    BOTH_DAYS,
    CLOCK_AMPM,
    CLOCK_MINUTES,
    CLOCK_RANGE,
    DAY_NAMES,
    DAYS,
    EVERY,
    HOURS,
    MINUTES,
    SHIFTS,
    TIME,
    WEEKDAYS,
    read_both_days,
    read_clock_ampm,
    read_clock_minutes,
    read_clock_range,
    read_day_names,
    read_days,
    read_every,
    read_hours,
    read_minutes,
    read_shifts,
)

__all__ = ["Quantity", "find_quantities"]

_MULT = {
    "k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mil": 1e6,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
}  # fmt: skip
#: Words after "a" or "per" that are no item a fee is paid for ("£2k a bit more").
_NOT_ITEMS = (
    r"(?!(?:few|bit|lot|little|couple|half|quarter|good|great|bad|big|small|total|fair|decent|"
    r"nice|tidy|solid|modest|max|maximum|min|minimum|month|week|year|day|and|or|but|the|very|"
    r"pretty|fortnight|row|time|while|start|tops|go)\b)"
)
_MULTW = r"(?:k|grand|thousand|million|mil|m|lakhs?|crore)\b"
_PER = (
    r"(?:\s*(?:gross|netto|netti|net|bruto|brutto|before tax|after tax|pre-tax|take[- ]home|"
    r"on hand|in hand|tax free|tax-free|cash|profit|income|revenue|commission|in sales|"
    r"sales|in tips|tips|takings|turnover)\b)?"
    # "300 € in month": a period said with a bare "in", as some say "per"
    r"(?:\s*(?:(?:/|per|a|an|each|every|p|the|in the|in a|in(?=\s+(?:month|week|year|day)\b)|"
    r"for|for an?|for each)\s*|(?=each\b)|"
    # "2.600 euro netto month": a period said right after the amount, without "a" or "per"
    r"(?<=\s)(?=(?:month|year|week)\b(?!\s*(?:ago|later|before|after|of|in|to)\b)))"
    r"(?P<per>year|yr|annum|month|mo|"
    r"mth|week|wk|day|fortnight|quarter|mes|m[eê]s|mois|monat|semana|semaine|woche|año|jahr|"
    rf"hour|hr|h|(?:{ITEMS})s?)\b(?:\s*(?:a|per|/)\s*(?P<per3>month|week|year)\b)?"
    # "£60 a month per student": a month's fee for each of them
    rf"(?:\s*(?:a|per|/|for each)\s*(?P<item3>(?:{ITEMS}|pupil|kid|child|person|head|patient|"
    r"learner|family|alumno|aluno)s?)\b)?|"
    # "£85 a bride", "£5/kid"; not "31k / Uber ...", a spaced slash between two pieces of work
    rf"(?:\s*(?:a|an|per)\s+|/\s*){_NOT_ITEMS}(?P<item>[a-z]{{3,}})\b|"
    r"\s*(?P<per2>annually|yearly|monthly|weekly|daily|hourly|"
    r"pa|p\.a\.|pcm|pw|ph|pp|quarterly|al mese|al mes|por mes|par mois|pro monat|im monat|"
    r"monatlich|"
    r"mensual|mensuel)\b)?"
)
MONEY = re.compile(
    rf"(?P<cur>{CUR_BEFORE})?\s*(?:(?<=\br)|(?<=\brs)|(?<=\b[nkpq])|(?<![a-z\d])(?<!\d[.,]))(?P<a>{SPACED}|{NUM})\s*(?P<multa>{_MULTW})?"
    rf"(?:\s*(?P<sep>-|to|or|,(?=\s*{NUM}\s*{CUR_AFTER}))\s*(?P<curb>{CUR_BEFORE})?\s*(?P<b>{SPACED}|{NUM})\s*"
    rf"(?P<mult>{_MULTW})?)?"
    rf"(?:\s*(?P<cur2>{CUR_AFTER})(?![a-z]))?(?:-?ish\b)?" + _PER
)
LASTS = re.compile(
    r"\b(?:(?:enough for|last(?:s)? (?:me|us)?\s*|cover(?:s)?\s+(?:me|us)?\s*(?:for)?)\s*"
    r"(?:about\s+)?(?P<a>a|an|one|\d+)\s+(?P<unit>years?|months?)\b|(?P<a2>a|an|one|\d+)\s+"
    r"(?P<unit2>years?|months?)'?s?'? worth\b)"
)
#: "minimum 4 hour call-out", "a 3 hr minimum": the least a booking is paid for, no week's
#: hours (a length per piece with no count).
CALL_MINIMUM = re.compile(
    r"\b(?:minimum|min\.?|at least)\s+(?:of\s+)?\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h)\b"
    r"(?=\s*-?\s*(?:call-?outs?|bookings?|visits?|jobs?|calls?|charge)\b)|"
    r"\b\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?|h)\s+minimum\b(?!\s+(?:a|per)\s+(?:week|wk)\b)"
)
VAGUE = re.compile(
    rf"\b{NUM}\s*(?:odd|something)\b|\b{NUM}(?:\.\d+)?\s*fte\b"
    # a contract fraction ("a 0.8 contract", "0.6 post") is no figure of hours or money
    r"|(?:\b[01]|(?<![\w.]))\.\d+\s*(?:contract|post|position|role|job)\b"
    # a share of full time as a fraction ("I'm 4/5", "a 3/5 contract"): no date, count or hours
    r"|(?:\b(?:i'?m|i am|am|at|on|work|working|do|a)\s+)(?<![\d/.])[1-9]/(?:5|10)(?![\d/.])"
    r"|(?<![\d/.])[1-9]/(?:5|10)(?![\d/.])(?=\s*(?:contract|post|position|role|job|fte|"
    r"time|of (?:full|a full|the week|a week)))"
)
#: "an hour here and there", "a day now and then": now and then, no figure a week.
NOW_AND_THEN = re.compile(
    r"\b1\s*(?:hours?|days?|evenings?|nights?|afternoons?|mornings?|weekends?)\s+"
    r"(?:here and there|now and then|now and again|every now and then|every so often)\b"
)
WEEKS = re.compile(
    rf"(?<!\bin )\b(?P<a>{NUM})\s*weeks?\b(?!\s*(?:of|notice|ago|from now|off|time)\b)"
    r"(?:\s*(?:a|per|each|every)\s*(?P<per>year))?"
)
MONTHS = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?\s*(?:months?|mths?|mos?)\b(?!\s*(?:ago|old))"
)
PERCENT = re.compile(rf"(?P<a>{NUM})\s*(?:%|percent\b|per\s?cent\b|pct\b)")
AGE = re.compile(
    r"\b(?:i'm|im|i am|aged?|turning|turned)\s+(?:only\s+|nearly\s+|almost\s+|just\s+)?"
    r"(?P<a>\d{2})\b(?!\s*(?:h\b|hrs?|hours?|k\b|%|a\s|per|/))|(?P<b>\d{2})\s*"
    r"(?:years? old|yrs? old|y/?o)\b|\b(?:since|when) i was (?P<d>\d{1,2})\b|\b(?:son|daughter|"
    r"kids?|child|children|boy|girl|baby|he|she|"
    r"they|mum|mom|dad|mother|father|husband|wife|partner)(?:'s| is| are)\s+(?:only\s+|nearly\s+)?"
    r"(?P<c>\d{1,2})(?:\s*(?:and|&|,)\s*\d{1,2})*\b(?!\s*(?:h\b|hrs?|hours?|k\b|%))|"
    r"\bin (?:my|his|her|their|our) (?P<e>\d0)s\b"
    # "my 2 kids are 4 and 7": how many children, then their ages; none of it a figure
    r"|\b\d\s+(?:kids|children|sons|daughters|boys|girls)\s+(?:are|aged)\s+(?P<f>\d{1,2})"
    r"(?:\s*(?:and|&|,)\s*\d{1,2})*\b(?!\s*(?:h\b|hrs?|hours?|k\b|%))"
)
#: "N320,000", "N1.5m": the naira's letter glued to an amount with its thousands or its scale
#: is money, never a name with a digit in it ("N95").
_GLUED_AMOUNT = r"(?!(?<=\bn)(?:\d{1,3}(?:,\d{3})+|\d+\.\d+(?:k|m|bn))\b)"
#: "band 6", "level 3", "FY2", "a 4-day contract": numbers that name or describe, no figure.
LABEL = re.compile(
    # "$71,400 on a 10-month contract, paid over 12": how many pay runs, never money
    r"\b(?:paid|spread)\s+(?:out\s+)?over\s+(?:the\s+)?\d{1,2}\b(?![.,]\d)"
    r"(?!\s*(?:months?|mths?|weeks?|days?|hours?|hrs?|years?|k\b|%|[£$€]))|"
    # "this year 52 turkeys": the year of a count of things, no label ("year 2", "band 5")
    r"\b(?:band|level|grade|(?<!this )(?<!last )(?<!next )year|year(?!\s+\d+\s+[a-z]+s\b)|"
    r"tier|stage|step|phase|zone|type|key stage|ks|no\.?|number|room|"
    r"page|chapter|route|size|part|version|unit|module|lot)\s+\d+(?:[.,]\d+)?\b(?!\s*(?:%|k\b|\)\s))"
    r"(?! \d{3}\b)|"  # "last year 24 310,50 €": an amount's thousands, spaced, follow
    # a digit inside a word ("b2b", "a4") names; "R40 000", "Rs.800" are amounts in rand, rupees
    r"(?<=[a-z])(?<!\br)(?<!\brs)(?!(?<=\bq)\d{2})" + _GLUED_AMOUNT + r"\d+\b|"
    r"(?<=[a-wyz])\d+(?=[a-z])(?!(?:k|h|hrs?|m|am|pm)\b)|"
    r"\b\d+[a-z]{1,2}\d+\b|"
    # "pillar 3a", "flat 2c": a number with a letter that is no unit names a thing
    r"\b\d{1,2}[acef]\b(?![.,]\d)|"
    # an age group ("the under 12s", "over-50s"): a team or a class, never hours or money
    r"\b(?:\d+\s+)?(?:under|over)[- ]?\d{1,2}'?s\b|"
    r"\b\d+-(?:day|week|month|year|person|bed|bedroom|room|acre|page|minute|mile|seat|piece|"
    r"star|storey|story|part|step)\b(?=\s+[a-z])|"
    # "10th std", "2nd year": an ordinal names, never hours or money
    r"\b\d+(?:st|nd|rd|th)\b|"
    # "on call 24/7": all the time, never 24 hours and 7 of something
    r"\b24\s?[/x-]\s?7\b|"
    # "24hr callouts", "a 24-hour garage": round the clock, never a day's or a week's hours
    r"\b24\s?-?\s?(?:hrs?|hours?|h)\s+(?!(?:a|an|per|each|every|week|weekly|wk|pw|total|max|"
    r"tops|or|and|of|on|in|at|for|with|so|ish|about|plus|shifts?|days?|nights?|straight|"
    r"now|then|but|is|are|was|over|across|spread|during|from|to|till|until|including|incl|"
    r"between|since|when|if|because|cos|which|that|this|last|next|most|give|just|only|"
    r"[a-z]+ly)\b)(?=[a-z]{3,})|"
    # "4 on 4 off", "2 weeks on 1 off": a rota, never hours or money
    r"\b\d+\s*(?:days?|nights?|weeks?|shifts?)?\s+on,?\s*(?:and\s+)?\d+\s*"
    r"(?:days?|nights?|weeks?|shifts?)?\s+off\b|"
    # "on call 1 week in 6", "one weekend out of four": how often, never hours or money
    r"\b\d+\s+(?:weeks?|weekends?|months?|days?|nights?|shifts?)\s+(?:in|out of)\s+(?:every\s+)?"
    r"\d+\b(?!\s*(?:h\b|hrs?|hours?|k\b|%|[£$€]))"
)
#: A year ("since 2019"), never a figure given a period ("2000 a month", "2010/yr").
YEAR = re.compile(
    # "1500-2000": the top of a range of amounts, not a year
    r"(?<!\b\d{3}-)(?<!\b1[0-8]\d\d-)(?<!\b\d{3} - )(?<!\b1[0-8]\d\d - )(?<!\b1[0-8]\d\d to )"
    r"\b(?P<a>19[5-9]\d|20[0-4]\d)\b(?!\s*(?:k\b|[£$€]|hours?|hrs?|%|-\d))"
    r"(?!\s*(?:a|an|per|/|each|every)\s*(?:months?|mo|mth|weeks?|wk|years?|yr|day|fortnight)\b)"
    r"(?!\s*(?:monthly|weekly|yearly|annually|pcm|pm|pa|p/?m)\b)"
)
#: A decade ("the 1950s", "70s pieces", "back in the '90s"): a time, never money or hours.
DECADE = re.compile(r"(?<![\d.,£$€])'?\b(?P<a>1[89]\d0|20[0-4]0|[2-9]0)s\b")
DURATION = re.compile(rf"(?P<a>{NUM})\+?\s*(?:years?|yrs?|decades?)\b(?!\s*old)")
#: "rained for 3 days": a stretch of time, no days a week.
SPAN = re.compile(
    rf"\b(?:for|in|within|after)\s+(?:the\s+(?:last|past|next)\s+)?(?P<a>{NUM})\s*days\b"
    r"(?!\s*(?:a|per|each|every|of)\b)"
)
COUNT = re.compile(
    rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?(?:-?ish)?\s+"
    # "4 months savings": a length of time before its noun is read as time, not as a count
    r"(?!(?:hours?|hrs?|days?|weeks?|months?|mths?|years?|yrs?)\b)"
    r"(?P<noun>(?:[a-z]+-[a-z]+\s+)?(?:(?!(?:since|for|at|in|on|to|and|or|but|because|when|if|"
    r"from|with|by|till|until)\b)[a-z]+\s+)?(?:[a-z]+s|children|people|men|women|staff|crew|folk)|"
    # "1 gig a month": one item said in the singular, counted by its period
    r"(?<=\b1\s)(?!(?:day|week|month|year|hour|hr|time|off|or|to|and|in|at)\b)[a-z]{3,}"
    r"(?=\s+(?:a|per|each|every)\s+(?:week|month|year)\b))\b"
    r"(?:\s*(?:(?:a|per|/|each|every|last|this|in a|over the (?:last|past))\s*)?"
    r"(?P<per>week(?:end)?|month|year|day)\b|\s*(?P<per2>weekly|monthly|yearly)|"
    # a season comes once a year: "80 hives this spring" is that year's count
    r"\s*(?:this|last|each|every|a|per)\s+(?P<season>spring|summer|autumn|fall|winter|season))?"
)
_BARE_TAIL = (
    r"(?:-?ish\b)?"
    # "2,600 net a month": pay said before or after tax, then its period
    r"(?:\s*(?:gross|net|before tax|after tax|take[- ]home)(?=\s*(?:/|per|a|an)\s*(?:week|month|"
    r"year|annum)\b))?"
    r"(?:\s*(?:(?:/|per|a|an|each|every|the|last|this)\s*(?P<per>week(?:end)?|wk|month|mo|year|yr|day|"
    r"hour|hr|quarter|fortnight)\b|"
    r"\s*(?P<per2>weekly|monthly|yearly|annually|daily|quarterly|pcm|p\.a\.|pa)(?![a-z])))?"
)
BARE = re.compile(rf"(?P<a>{NUM})(?:\s*(?:-|to|or)\s*(?P<b>{NUM}))?" + _BARE_TAIL)
#: "1 450" with no currency: thousands grouped by a space, read so where the message groups
#: an amount it names the currency of that way too ("1 780 euros, in hand about 1 450").
SPACED_BARE = re.compile(rf"(?<![\d.,])(?P<a>{SPACED})" + _BARE_TAIL)
_SPACED_GROUP = re.compile(rf"(?<![\d.,]){SPACED}")
_SPACED_MONEY = re.compile(rf"(?:{CUR_BEFORE})\s?{SPACED}|{SPACED}\s?(?:{CUR_AFTER})(?![a-z])")
_HOUR_UNITS = ("h", " h", "hr", " hr", "hrs", " hrs", " hours", " hours a week", "h a week",
               "h/wk", "h/week", "h pw", " hrs a week")  # fmt: skip
#: "youtube channel 2h nothing", "choir 1 hr, nothing": a bare "nothing" right after an
#: item's hours is what it pays (never "nothing else").
_NOTHING_AFTER_HOURS = (
    "(?:"
    + "|".join(f"(?<=\\d{unit}{sep})" for unit in _HOUR_UNITS for sep in (" ", ", "))
    + ")nothing\\b(?!\\s+(?:else|more|much)\\b)"
)
_ZERO = re.compile(
    # "an unpaid lunch", "30 min unpaid break": a break is not paid, the work may be
    r"\b(?:unpaid(?!\s+(?:lunch|break|breaks|lunch break|lunches|meal break|smoko|pause))|"
    r"for free(?!\s+(?:membership|tickets?|food|meals?|lunch|rent|accommodation|"
    r"classes|lessons|entry|drinks|gear|kit|products|stuff|training|sessions|beers?|pints?|"
    r"wine|coffee|dinners?|books|parking|travel))|"
    r"free of charge|pro bono|volunteer(?:ing)?|no money|for nowt|"
    # "nae pey": no pay, in Scots
    r"nae (?:pay|pey|money|cash)|"
    r"no income|"
    r"not paid|doesn'?t pay|does not pay|(?:makes?|earns?|earning|making|pays?|brings? in|"
    r"bring in|get)\s+(?:me\s+)?(?:nothing|zero|zilch|nada|0)|nothing (?:yet|saved|put by|"
    r"at all|in savings)|(?:zero|0) (?:income|savings)|no savings|not a penny|not a cent|nil|"
    r"(?:nobody|no one|no-one) pays(?: me)?|volunt(?:ary|ry|arily)|zero(?![- ]hours?)|zilch|"
    r"nada)\b(?![.,]\d)|" + _NOTHING_AFTER_HOURS
)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (lower case, numbers as digits), in reading order."""
    taken = [False] * len(text)
    found: list[Quantity] = []
    for pattern, build in _READERS:
        for match in pattern.finditer(text):
            if match.end() == match.start() or any(taken[match.start() : match.end()]):
                continue
            quantity = build(match)
            if quantity is None:
                continue
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            if lead:
                quantity = replace(quantity, start=quantity.start + lead)
            found.append(quantity)
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    found = clock_days.split_days(sorted(found, key=lambda q: q.start), text)
    found = rosters.averaged(comma_ranges.comma_ranges(found, text), text)
    found = prices.priced_each(_fee_each_time(found, text), text)
    found = occasions.periods_said_apart(occasions.with_extras(found, text), text)
    found = occasions.shares_of_hours(found, text)
    found = scales.carried(rate_words.named_rates(_dollars(found, text), text), text)
    found = scales.share_carried(found, text)  # "sold for 38,000. My half is 19"
    found = _one_currency(found, text)
    found = joined_amounts.period_carried(joined_amounts.shared_period(found, text), text)
    found = _a_weekday_weekly(usual_figure.period_said_once(found, text), text)
    found = season_days.fold(per_item.fold(found, text), text)
    return share_words.fold(pay_months.fold(found, text), text)


_WEEKDAY = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})  # fmt: skip
#: How often the days come, said anywhere: "2 saturdays a month", "every other sunday".
_DAYS_COUNTED = re.compile(
    r"(?<![£$€\d.,])\b(?:\d{1,2}|other|second|alternate|some|most|few)\s+"
    r"(?:(?!(?:a|an|per|each)\b)\w+\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)days?\b"
)


def _a_weekday_weekly(found: list[Quantity], text: str) -> list[Quantity]:
    """ "$300 a Saturday at the market": an amount said per a day of the week comes each week,
    unless the message says how often those days come ("2 Saturdays a month")."""
    if _DAYS_COUNTED.search(text):
        return found
    return [
        replace(q, period="week")
        if q.kind == "money" and q.period in _WEEKDAY and not q.note
        else q
        for q in found
    ]


def _fee_each_time(found: list[Quantity], text: str) -> list[Quantity]:
    """ "£90 every Sunday": an amount with no period said right before how often it comes is
    paid each time."""
    out = list(found)
    for q, nxt in itertools.pairwise(found):
        just_before = re.fullmatch(r"\s*,?\s*", text[q.end : nxt.start])
        if q.kind == "money" and not q.period and nxt.kind == "freq" and just_before:
            out[out.index(q)] = replace(q, period="each")
        # "every sunday like 600 bolivianos in sales", "each saturday i make about £90": how
        # often, then the amount of each time, said with nothing else between
        said_after = _TAKEN_EACH_TIME.fullmatch(text[q.end : nxt.start])
        if q.kind == "freq" and nxt.kind == "money" and not nxt.period and said_after:
            out[out.index(nxt)] = replace(nxt, period="each")
    return out


#: Between how often and the amount of each time: who takes it and how, nothing else.
_TAKEN_EACH_TIME = re.compile(
    r"\s*,?\s*(?:(?:i|we)\s+(?:make|made|take|takes|earn|get|sell|do|clear|bring in|take in|"
    r"pull in)\s+)?(?:like|about|around|roughly|maybe|approx|approximately|some|usually)?\s*"
)


_NAMED = re.compile(rf"{CUR_BEFORE}|(?<![a-z]){CUR_AFTER}(?![a-z])")


def _one_currency(found: list[Quantity], text: str) -> list[Quantity]:
    """ "25 mii lei, no wait, 32 mii": an amount said with no currency at all, in a message
    whose amounts name one currency only, is in that currency (an amount whose word names
    several currencies, "300 pesos", stays unnamed)."""
    codes = {q.currency for q in found if q.kind == "money" and q.currency}
    if not codes:
        codes = _currency_of_all(text)
        # "In USD, fees of about 2,500 to 3,500 per month": the amounts per period are money
        found = [
            replace(q, kind="money") if codes and q.kind == "bare" and q.period else q
            for q in found
        ]
    if len(codes) != 1:
        return found
    code = codes.pop()
    return [
        replace(q, currency=code)
        if q.kind == "money" and q.currency is None and not _NAMED.search(text, q.start, q.end)
        else q
        for q in found
    ]


#: "In USD, fees of about 2,500 to 3,500 per month": the currency of all the amounts, said
#: once before them.
_ALL_IN = re.compile(r"(?:^|[.;!?]\s*)(?:all\s+|figures\s+|amounts\s+)?in\s+([a-z]{3,})\s*[,:]")


def _currency_of_all(text: str) -> set[str]:
    said = _ALL_IN.search(text)
    if said is None or said.group(1) not in {*CURRENCY_NAMES, *currency_codes.CODES}:
        return set()
    code = currency_of(None, said.group(1))
    return {code} if code else set()


_DOLLARS = frozenset({"NZD", "AUD", "CAD", "HKD", "SGD"})


def _dollars(found: list[Quantity], text: str) -> list[Quantity]:
    """ "NZ$78k ... $60 per class": a plain "$" is the dollar the message named."""
    named = {q.currency for q in found if q.currency in _DOLLARS}
    if len(named) != 1:
        return found
    dollar = named.pop()
    return [
        replace(q, currency=dollar)
        if q.currency == "USD" and _plain_dollar(text[q.start : q.end])
        else q
        for q in found
    ]


def _plain_dollar(said: str) -> bool:
    """True when an amount's dollar is a plain "$", before it or after it ("6 000 $")."""
    return re.search(r"(?<![a-z])\$", said) is not None


def _money(match: re.Match[str]) -> Quantity | None:
    cur = match.group("cur") or match.group("curb") or match.group("cur2")
    mult_b = match.group("mult")
    mult_a = match.group("multa") or (mult_b if match.group("b") else None)
    if not (cur or mult_a or mult_b):
        return None
    if match.group("b") and not (match.group("multa") or mult_b or match.group("curb") or cur):
        return None
    if " " in match.group("a") and not (match.group("cur") or match.group("cur2")):
        return None
    scale_b = _MULT.get(mult_b or mult_a or "", 1.0)
    scale_a = _MULT.get(mult_a or "", 1.0)
    value, note = midpoint(match, scale_b, scale_a)
    period = period_of(match.group("per") or match.group("per2") or match.group("item") or "")
    period = period or _rate_before(match.string, _said_from(match)) or _period_before(match)
    period = period or _period_one_word_after(match)
    if match.group("per3") and period not in {"year", "month", "week", "day", "hour"}:
        period = f"each-{match.group('per3')}"
    elif match.group("item3") and period in {"year", "month", "week"}:
        period = f"each-{period}"
    after = match.string[match.end() :]
    counted = re.match(r"\s+(?!pounds|dollars|euros|quid|bucks)([a-z]+s)\b", after)
    if not cur and counted and counted.group(1) not in _NOT_COUNTED | {"tips", "bonus"}:
        return span(match, "count", value, note="thousands of things")  # "210k subs"
    code = currency_of(match.group("cur") or match.group("curb"), match.group("cur2"))
    if not cur and (mult_a or mult_b or "").startswith(("lakh", "crore")):
        code = "INR"  # lakh and crore are counted in rupees
    return span(match, "money", value, currency=code, period=period, note=note)


_RATE_WORD = re.compile(
    r"\b(?:(day|daily|hourly|weekly|monthly) rate|(tagessatz|tarifa diaria|taux journalier)|"
    r"(stundensatz|tarifa por hora|taux horaire))\s*(?:is|of|at|:)?\s*$"
)


def _rate_before(text: str, start: int) -> str:
    """ "day rate £220": the period a rate named before the amount gives."""
    word = _RATE_WORD.search(text[max(0, start - 25) : start])
    if word is None:
        return ""
    return period_of(word.group(1)) if word.group(1) else "day" if word.group(2) else "hour"


_PERIOD_BEFORE = re.compile(
    r"\b(monthly|weekly|yearly|annually|quarterly|each month|every month|each week|every week|"
    # "per day i make 12,000": the period said before the one who earns
    r"(?:per|each|every) day(?=,?\s+(?:we|i)\s+(?:make|earn|get|clear|take home|bring in)\b))"
    r",?:?\s+(?:(?:we|i)\s+\w+(?:\s+home|\s+in)?(?:\s+|$))?(?:about|around|roughly|"
    r"maybe|approx|approximately|like|some|only)?\s*$"
)


def _period_before(match: re.Match[str]) -> str:
    """ "monthly around 1.800 €": a period said just before the amount."""
    start = _said_from(match)  # "monthly 3 420 €": the match opens with the space
    said = _PERIOD_BEFORE.search(match.string[max(0, start - 30) : start])
    if said is None:
        return ""
    word = said.group(1).split()[-1]
    return period_of(word)


#: "52k bob a month", "2.450 € neto per month": one word of the amount's own between it and
#: its period (a currency's nickname, "net" in another language); never a word that starts
#: another part of the sentence ("500 and 3 days a week", "2k for a week").
_PERIOD_ONE_WORD_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|plus|then|so|for|from|to|of|in|on|at|by|with|is|was|are|were|i|we|"
    r"you|he|she|they|it|that|which|who|my|his|her|their|our|your|the|this|last|next|each|"
    r"every|per|a|an|ago|once|twice|over|about|around|saved|savings|spent|rent)\b)"
    r"[a-z]{2,}\s+(?:a|an|per|each|every)\s+(month|week|year|fortnight)\b"
    r"(?!\s*(?:ago|later|before|after|off|of|or so)\b)"
)


def _said_from(match: re.Match[str]) -> int:
    """Where the amount's own words start, after any space the match opens with."""
    return match.start() + len(match.group(0)) - len(match.group(0).lstrip())


def _period_one_word_after(match: re.Match[str]) -> str:
    """The period said one word after an amount that has none of its own."""
    said = _PERIOD_ONE_WORD_AFTER.match(match.string, match.end())
    return period_of(said.group(1)) if said else ""


def _simple(kind: str) -> Callable[[re.Match[str]], Quantity]:
    def build(match: re.Match[str]) -> Quantity:
        value, note = midpoint(match)
        return span(match, kind, value, note=note)

    return build


def _lasts(match: re.Match[str]) -> Quantity:
    """ "enough for a year" of savings: 12 months."""
    said, unit = match.group("a") or match.group("a2"), match.group("unit") or match.group("unit2")
    count = 1.0 if said in {"a", "an", "one"} else float(said)
    months = count * 12 if unit.startswith("year") else count
    return span(match, "months", months, note=f"{match.group(0).strip()}: {months:g} months")


def _age(match: re.Match[str]) -> Quantity:
    value = match.group("a") or match.group("b") or match.group("c") or match.group("d")
    value = value or match.group("e") or match.group("f")
    return span(match, "age", float(value))


_NOT_COUNTED = frozenset(
    re.findall(
        r"\S+",
        "is was has does this yes its his us as plus thus less unless across always sometimes "
        "perhaps whereas besides towards afterwards maybe or and but so per at in on a an the "
        "for to of with without from by into including incl inc tops odds ends "
        # money said by what it is: "2000 savings" is an amount, never 2,000 things
        "savings earnings wages outgoings expenses takings profits "
        # pay said by its side of tax or costs: "88 gross", "35 after materials" is an amount
        "gross net after before "
        # how the amount behaves: "12k varies" is an amount that varies, never 12,000 things
        "varies fluctuates swings drains energises energizes depends",
    )
)


_SEASON = re.compile(
    r"\s*(?:this|last|each|every|a|per)\s+(?:spring|summer|autumn|fall|winter|season)\b"
)


def _count(match: re.Match[str]) -> Quantity | None:
    noun = match.group("noun").split()[-1]
    words = match.group("noun").split()
    if len(words) == 2 and words[0].endswith("s") and words[1] in _NOT_COUNTED:
        # "80 hives this spring": the count is the first word, the next one starts the rest
        end = match.start("noun") + len(words[0])
        value, _ = midpoint(match)
        season = _SEASON.match(match.string, end)
        period = "year" if season else ""
        end = season.end() if season else end
        return Quantity("count", value, match.start(), end, period=period, note=words[0])
    if noun in _NOT_COUNTED or any(w in _NOT_COUNTED for w in words):
        return None
    if re.fullmatch(r"(?:hours?|hrs|days|weeks|months|years|yrs|percent|pounds|dollars|"
                    r"euros|quid|bucks|grand|thousands?)", noun):  # fmt: skip
        return None
    period = match.group("per") or (match.group("per2") or "").replace("ly", "")
    period = period or ("year" if match.group("season") else "")
    value, _ = midpoint(match)
    return span(match, "count", value, period=period, note=noun)


def _bare(match: re.Match[str]) -> Quantity:
    value, note = midpoint(match)
    period = period_of((match.group("per") or match.group("per2") or "").replace(".", ""))
    return span(match, "bare", value, period=period, note=note)


def _spaced_bare(match: re.Match[str]) -> Quantity | None:
    # "48 000" said with no other figure than such amounts is one number too; beside other
    # figures ("one pair 12 000, 20-30 pairs") it is left to those
    others = match.string[: match.start()] + " " + match.string[match.end() :]
    alone = re.search(r"\d", _SPACED_GROUP.sub(" ", others)) is None
    if _SPACED_MONEY.search(match.string) is None and not alone:
        return None  # "3 500 visitors, 2 rooms": no amount of it groups its thousands so
    return _bare(match)


def _zero(match: re.Match[str]) -> Quantity:
    return span(match, "zero", 0.0)


_READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Quantity | None]]] = [
    (CLOCK_AMPM, read_clock_ampm),
    (CLOCK_MINUTES, read_clock_minutes),
    (TIME, lambda m: span(m, "time", 0.0)),
    (LABEL, lambda m: span(m, "label", 0.0, note=m.group(0))),
    (DAY_NAMES, read_day_names),
    (SHIFTS, read_shifts),
    (CLOCK_RANGE, read_clock_range),
    (AGE, _age),
    (NOW_AND_THEN, lambda m: span(m, "vague", 0.0)),
    (PERCENT, _simple("percent")),
    (income_parts.FRACTION, income_parts.fraction),
    (MONEY, _money),
    (NOW_AND_THEN, lambda m: span(m, "vague", 0.0)),
    (CALL_MINIMUM, lambda m: span(m, "vague", 0.0)),
    (HOURS, read_hours),
    (MINUTES, read_minutes),
    (VAGUE, lambda m: span(m, "vague", 0.0)),
    (SPAN, _simple("duration")),
    (BOTH_DAYS, read_both_days),
    (DAYS, read_days),
    (COUNT, _count),
    (EVERY, read_every),
    (WEEKS, lambda m: span(m, "weeks", to_number(m.group("a")), period=m.group("per") or "")),
    (WEEKDAYS, lambda m: span(m, "weekdays", 5.0, period="week")),
    (LASTS, _lasts),
    (MONTHS, _simple("months")),
    (DECADE, _simple("year")),
    (YEAR, _simple("year")),
    (DURATION, _simple("duration")),
    (_ZERO, _zero),
    (SPACED_BARE, _spaced_bare),
    (BARE, _bare),
]
