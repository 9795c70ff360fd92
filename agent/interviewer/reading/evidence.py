"""Checks on the evidence a figure or a label stands on, whatever words carry it.

Each check looks at what a reading was read from (its span, the note of how it was read, the
open question and the other readings) and answers whether that evidence leaves it in doubt.
They are the general causes of the wrong values the reader made on messages it had not seen
before (``docs/interviewer.md``, "Wrong on first sight"): a stretch of time or an "each" said
beside a figure that its reading did not use, a figure said of a condition, a name after a
comma that takes the figures of the work named before it, a year's money, savings or a month's
spending too small to be one said with no mark of money, a figure of the asked activity given
to another one named by no word of its own, and steady money read from a word that only says
how the work is employed.
:mod:`confidence` asks such readings back.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agent.interviewer.reading import asks, cues, manner
from agent.interviewer.reading.money_words import CUR_AFTER, CUR_BEFORE
from agent.interviewer.reading.types import Reading

_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})

#: The periods each figure field is read over, any of which the reader turns into the field's
#: own (a month's hours into a week's, a week's money into a year's).
_PERIODS_OF = {
    "activity.hours_per_week": ("week", "month"),
    "capacity.hours_per_week": ("week", "month"),
    "activity.annual_revenue": ("week", "month", "year"),
    "capacity.monthly_spending": ("week", "month", "year"),
}
_PERIOD = re.compile(r"\b(week|wk|month|year|annual|annum|weekly|monthly|yearly|p\.?a)s?\b")
#: Stretches of time no figure field is read over: a figure said of one is of that stretch.
_STRETCH = re.compile(r"\b(term|semester|quarter|fortnight)(?:s|ly)?\b")
#: One occurrence of the work said as what a figure is counted by ("a night", "12hr shifts",
#: "per session"), not as when the work happens ("at nights", "most days").
_OCCURRENCE = re.compile(
    r"(?:\b(?:a|an|per|each|every)\s+|/|\d\s*(?:h|hrs?|hours?)[- ]?)"
    r"(day|night|evening|morning|afternoon|shift|gig|session|visit|event)s?\b"
)
#: "each" of several things, not "each week" nor "we each".
_EACH = re.compile(r"(?<!\bwe )(?<!\bthey )(?<!\byou )\beach\b(?!\s+(?:week|month|year|day)\b)")
#: A note that shows the reading counted the occurrences ("2 h, 3 times a week", "x 25",
#: "once a week", "350 a occasion, as often as said", "150 a night, fridays") or added
#: figures up.
_COUNTED = re.compile(r"\b(?:times|x|each|once|added|as often as said)\b|\ba [a-z-]+, \S")
_NUMBER = re.compile(r"(\d[\d,.]*)\s*(k|grand)?\b")


def unused_stretch(r: Reading) -> str | None:
    """What is said beside a figure about the stretch it covers that its reading did not use:
    "40 hours a term" read as 40 a week, "5 hours each" or "12 hr shifts" read as a week's
    hours, "1500 each" as a year's money. ``None`` when the figure is said over a period its
    field is read over, or the note of how it was read names or counts what was said."""
    periods = _PERIODS_OF.get(str(r.field))
    if r.act not in {"fact", "change"} or periods is None:
        return None
    span = _without(r.span.casefold(), r.subject)
    note = r.note.casefold()
    counted = bool(_COUNTED.search(note))
    stretch = _STRETCH.search(span)
    if stretch and not (counted or stretch.group(1) in note or _converted(r)):
        weekly_hours = periods[0] == "week" and re.search(r"\b(?:week|wk)s?\b", span)
        if not weekly_hours:
            return stretch.group(1)
    if any(_each_of_this(span, m.start(), str(r.field)) for m in _EACH.finditer(span)) and not (
        counted
    ):
        return "each"
    said = _OCCURRENCE.search(span)
    if said and not counted and said.group(1) not in note and not _PERIOD.search(span):
        return said.group(1)
    return None


#: A figure said just before "each": money ("$25 each") or hours ("3 hrs each").
_MONEY_BEFORE = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:k|grand|quid|euros?|dollars?))\s*$"
)
_HOURS_BEFORE = re.compile(r"\d[\d,.]*\s?(?:h|hrs?|hours?|mins?|minutes?)\s*$")


def _each_of_this(span: str, at: int, field: str) -> bool:
    """False when the "each" belongs to a figure of the other kind said just before it ("3 hrs
    $25 each": the fee is each, not the hours)."""
    before = span[max(0, at - 16) : at]
    other = _MONEY_BEFORE if field.endswith("hours_per_week") else _HOURS_BEFORE
    return not other.search(before)


def _converted(r: Reading) -> bool:
    """True when the value is none of the numbers said in the span: the reader turned the
    figure into its field's period."""
    said = set()
    for digits, thousands in _NUMBER.findall(r.span.casefold()):
        try:
            number = float(digits.replace(",", "").rstrip("."))
        except ValueError:
            continue
        said |= {number, number * 1000} if thousands else {number}
    return isinstance(r.value, int | float) and all(abs(r.value - n) > 0.01 for n in said)


def _without(span: str, subject: str | None) -> str:
    """The span without the words of the figure's own name ("night shifts 12h" names the
    work, not the stretch the 12 hours cover)."""
    for word in re.findall(r"[a-z]+", (subject or "").casefold()):
        span = re.sub(rf"\b{re.escape(word)}\b", " ", span)
    return span


#: Words that make a figure one of a condition, not the usual: "on a good year", "when the
#: kids are with me", "between shows", "during a run".
_CONDITION = re.compile(
    r"\b(?:on|in|for) an? (?:good|bad|busy|quiet|slow|great|decent)\b|\bwhen\b"
    # "6 hours a week when he's asleep": when the hours are found in the day, no condition
    r"(?!\s+(?:he|she|they|the (?:kids?|baby|children|twins)|my (?:son|daughter|kids?|baby))"
    r"(?:'s|'re|\s+is|\s+are)?\s+(?:asleep|sleeping|napping|in bed|at school|at nursery|at kita|"
    r"at daycare)\b)"
    # "between shows": a condition; "between savings and chequing": two things added
    r"|\bbetween (?!them\b|us\b|both\b|the two\b)[a-z]+s\b(?!\s+and\s)"
    r"|\bduring (?:a|the) (?:run|busy|peak|summer|season)\b"
)


def of_a_condition(r: Reading) -> bool:
    """A figure said of a condition ("about 40k a year on a good year", "between shows it's
    zero"): not the usual figure the plan needs."""
    return (
        r.act in {"fact", "change"}
        and isinstance(r.value, int | float)
        and not isinstance(r.value, bool)
        and bool(_CONDITION.search(r.span.casefold()))
        and not r.note.startswith("alternate weeks")  # each kind of week, already weighed
    )


#: A year's money under this, said with no currency and no thousands, is most often a count
#: ("three or four a year, roughly 2000 each") or a month's or one time's money.
_LEAST_BARE_YEAR = 1000.0
_MONEY_MARK = re.compile(rf"{CUR_BEFORE}|{CUR_AFTER}|\d\s*(?:k|m|grand|thousand|mil|lakh)\b")


def bare_small_year(r: Reading) -> bool:
    """A year's money too small to be one, said with no mark of money at all."""
    return (
        r.act in {"fact", "change"}
        and r.field == "activity.annual_revenue"
        and isinstance(r.value, int | float)
        and 0 < r.value < _LEAST_BARE_YEAR
        and r.currency is None
        and not _MONEY_MARK.search(r.span.casefold())
    )


#: Savings or a month's spending under these, said with no currency and no thousands, are
#: most often thousands left unsaid ("the savings is 150 not 180" after "180 mil") or an
#: amount whose scale word was not read ("7-8 mln sum" read as 7.5): no month's spending is
#: under a hundred of any currency.
_LEAST_BARE_OWN = {"capacity.cash_buffer": 1000.0, "capacity.monthly_spending": 100.0}


def bare_small_own_money(r: Reading) -> bool:
    """Savings or spending too small to be meant as said, with no mark of money at all."""
    least = _LEAST_BARE_OWN.get(str(r.field))
    return (
        least is not None
        and r.act in {"fact", "change"}
        and isinstance(r.value, int | float)
        and 0 < r.value < least
        and r.currency is None
        and not _MONEY_MARK.search(r.span.casefold())
    )


#: "dont put a number on it", "hard to put a figure on it", "I wouldn't quote a number": the
#: person disowns the figure they give.
_DISOWNED = re.compile(
    r"\b(?:do(?:n'?t| not)|wouldn'?t|would not|can'?t|cannot|hard to|impossible to)\s+"
    r"(?:really\s+)?(?:put|give|quote|pin)\s+(?:a|any|one)\s+(?:number|figure)\b"
)


def disowned(r: Reading, text: str) -> bool:
    """A figure the person says not to take as a figure."""
    return (
        r.act in {"fact", "change"}
        and isinstance(r.value, int | float)
        and bool(_DISOWNED.search(text.casefold()))
    )


def form_as_label(r: Reading, text: str, ask: str) -> bool:
    """Steady money read away from its question from a word that only says how the work is
    employed ("court reporting (salaried, $68,500)"), with no other word of the message saying
    it: at that question "salaried" answers it; beside a job's name it says the contract."""
    if r.act != "fact" or r.field != "activity.volatility" or ask.startswith("act:volatility"):
        return False
    if r.value != "stable":  # "seasonal", "ad hoc": a form of work that does say it varies
        return False
    span = r.span.casefold()
    return (
        manner.without_forms(span) != span
        and cues.volatility(manner.without_forms(text.casefold()), asked=False) is None
    )


#: Words that name any work, so tie a figure to no work in particular.
_ANY_WORK = frozenset({"job", "jobs", "work", "gig", "gigs", "shift", "shifts", "thing", "stuff"})


def borrowed_owner(r: Reading, text: str, ask: str) -> bool:
    """A figure asked of one activity given to another that the message names only by a word
    any work shares, or not at all ("depends on the job but call it 40", asked of plastering,
    given to "skim jobs")."""
    if r.field not in _FIGURES or not r.subject or not ask.startswith("act:"):
        return False
    if r.subject.casefold() == asks.work(ask).casefold():
        return False
    words = set(re.findall(r"[a-z]+", text.casefold()))
    said = {w for w in re.findall(r"[a-z]+", r.subject.casefold()) if w in words}
    return said <= _ANY_WORK


#: What ends a stretch of words about one piece of work.
_STRETCH_ENDS = ".;:!?\n/+"
#: Words that introduce a piece of work of its own ("the caregiver support group I co-run",
#: "my blog", "I also coach").
_INTRODUCED = re.compile(r"(?:the|a|an|my|our|his|her|their|i|i'm|we|also|plus|and|then)\b")


def comma_names(readings: list[Reading], text: str) -> set[str]:
    """Activity names read right after a comma in the same stretch of words as the activity
    named before them, which take a figure that activity lacks ("electrician, self
    employed. 45-50 hrs", "bus drivin, 39 hoors, aboot £31k"): such words most often say
    more about the work just named (how it is employed, a hedge, a status), and its figures
    are that work's. A name introduced by words of its own ("the support group I co-run",
    "and I run a drama club") or said in a new sentence is not one of them."""
    named = sorted(
        (at, str(r.value), said)
        for r in readings
        if r.act == "fact" and r.field == "activity" and r.confident
        for at, said in [_where(str(r.value), r.span, text)]
        if at >= 0
    )
    found: set[str] = set()
    for (_, before, before_said), (at, name, _) in pairwise(named):
        lead = text[:at]
        cut = max(lead.rfind(end) for end in _STRETCH_ENDS)
        if before_said <= cut or not lead.rstrip().endswith(",") or _INTRODUCED.match(text[at:]):
            continue
        if _figure_fields(readings, name) - _figure_fields(readings, before):
            found.add(name)
    return found


def _where(name: str, span: str, text: str) -> tuple[int, int]:
    """Where a name is said (its own words, else the span it was read from) and where the
    words it was read from begin ("i do 3 things: plumbing" begins before the colon); -1 when
    nowhere."""
    at = text.find(name.casefold())
    said = text.find(span) if span else -1
    if at < 0:
        return said, said
    return at, min(at, said) if said >= 0 else at


def _figure_fields(readings: list[Reading], name: str) -> set[str]:
    return {
        str(r.field) for r in readings if r.subject == name and r.field in _FIGURES and r.confident
    }
