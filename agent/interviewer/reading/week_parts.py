"""A week of work said in parts, put together or asked back (pure: no I/O).

Asked for one work's hours, people often give the parts of their week rather than its total:
"Tuesday and Thursday 4 to 6, plus most Saturdays 9 to 1" (two schedules), "3 hours a gig,
usually 2 a weekend" (a length and how many), "40 hours, then another 3 on Saturdays" (a sum),
"5 days on 2 off, 11 hours give or take" (a roster and its day). Each part is a length times how
often, or hours said for the week; the week is their sum when every part is whole. When one
part cannot be made weekly ("an hour a night, and a fair a full Saturday once a month", "5
hours for one booking"), the hours are asked back rather than one part stored as the week.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from agent.interviewer.reading import acts
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.types import CONFIDENT, PlanView, Reading

_HOURS = "activity.hours_per_week"
_SURE = 0.9

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: A weekday by its name or a usual short form; "sat" and "sun" alone only before a time of
#: day or a clock ("sat mornin 10-12"), as they are words of their own too.
_WEEKDAY = (
    r"(?:mondays?|mon|tuesdays?|tues?|wednesdays?|weds?|thursdays?|thurs?|thu|fridays?|fri|"
    r"saturdays?|saterdays?|sundays?|(?:sat|sun)(?=\s+(?:and|morn|aft|even|night|sun|\d)|\s*[,.;&]|\s*$))"
)
#: The last day of a range may be short for Saturday or Sunday ("mon to sat").
_RANGE_END = rf"(?:{_WEEKDAY}|sat|sun)"
_DAY_RANGE = re.compile(
    rf"\b(?P<a>{_WEEKDAY})\s*(?:to|till|til|until|thru|through|-|–)\s*(?P<b>{_RANGE_END})\b"
)
_ONE_DAY = re.compile(rf"\b{_WEEKDAY}\b")
_DAY_BEFORE = re.compile(rf"\b{_WEEKDAY}$")
_DAY_AFTER = re.compile(rf"{_WEEKDAY}\b")
#: A weekday said free: "sunday off", "off on Mondays", "free on Wednesday", "except Monday".
_OFF = re.compile(
    rf"\b{_WEEKDAY}\s+off\b|\b(?:off|free)\s+(?:on\s+)?{_WEEKDAY}|\bexcept\s+{_WEEKDAY}"
)
_EVERY_DAY = re.compile(r"\b(?:every (?:single )?day|daily|7 days a week|seven days a week)\b")
_PURE = re.compile(
    rf"(?:\s|,|&|-|\b(?:and|to|till|thru|through)\b|{_RANGE_END}|"
    r"\b(?:mornings?|afternoons?|evenings?|nights?|arvo)\b)*"
)
_FULL_DAY = re.compile(rf"\b(?:full|whole|all)\s+(?:of\s+)?(?:the\s+)?(?:day\b|{_WEEKDAY})")

#: Where one part of a week ends and the next begins, inside a sentence.
_JOIN = re.compile(
    r",?\s+(?:plus|and then|then|and also|and|\+|&)\s+(?P<next>\d)?|,\s+(?=(?:usually|normally|"
    r"mostly|most|another|plus|then|and|about|around|maybe|say|like|prob\w*)?\s*\S)|"
    # "8 till 5 mon to fri sometimes a sat morning": an exception said after the usual week
    r"\s+(?=(?:sometimes|occasionally|now and then)\b)|"
    # "usually 5 of them but some weeks only 3": the exception turned to with "but"
    r",?\s+but\s+(?=(?:sometimes|occasionally|now and then|some weeks)\b)"
)
_WEEKS = frozenset({"week", "weekend"})
_DAY_KINDS = frozenset({"days", "weekdays"})
_SENTENCE = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n|\s-\s")

#: After a length: it is per one sitting, shift or day, not per week.
_PER_ONE = re.compile(
    r"^\s*(?:or so\s+|give or take\s+|about\s+|roughly\s+)?(?:each(?: time| one)?|apiece|"
    r"every time|a go|daily|per (?:session|shift|day|night|evening|class|lesson|gig|game|visit|go)|"
    r"(?:a|an|per|every) (?:day|night|evening|morning|session|shift|time|go)\b|"
    r"(?:-\s*)?(?:hours?|hrs?|h)?\s*(?:shifts?|days|nights)\b|for (?:one|each|a|every) \w+)"
)
#: After hours: they are the week's.
_PER_WEEK = re.compile(
    r"^\s*(?:or so\s+)?(?:(?:a|an|per|each|every|/|in the|through the|during the|over the|"
    r"across the|the rest of the)\s*(?:week|wk)\b|weekly|pw\b|/\s*w\b)"
)
_WEEK_INSIDE = re.compile(
    r"\b(?:a|an|per|each|every|in the|through the|during the|over the)\s*(?:week|wk)\b|weekly"
)
#: "another 3 hours", "an hour or two more": time added to what was said.
_ANOTHER = re.compile(r"\b(?:another|extra|more)\s*$")
#: How often said by the month, fortnight or year: no weekly count of days.
_RARE = re.compile(
    r"\b(?:once|twice|\d+ times?|\d+ \w+) (?:a|every|per) (?:month|fortnight|year)\b|"
    # "the first Sunday of the month", "last Saturday of every month": one day a month
    r"\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+\w+\s+(?:of\s+)?(?:the|each|every)"
    r"\s+month\b"
)
#: The part of a day a day is worked in: days named with different ones ("Saturday all day,
#: Sunday morning") are days of different lengths, so a figure said after them is their sum.
_SITTING = re.compile(r"\b(?:all|whole|full) day\b|\b(?:morning|afternoon|evening|night|arvo)s?\b")
#: Words that say a day named is kept for something else ("Friday nights are choir").
_TAKEN = re.compile(r"\b(?:is|are|not|no|off|free|busy|except|never|apart from)\b")
#: A season or a few months named: a part that is only a peak beside the usual week.
_SEASON = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|summer|winter|spring|autumn|"
    r"season|holidays?|hols|christmas|xmas|easter)\b"
)
_ROSTER = re.compile(r"(\d+)\s*(?:days?\s*)?on,?\s*(\d+)\s*(?:days?\s*)?off")


@dataclass(frozen=True)
class _Part:
    """One part of the week: a length per sitting, how many a week, or the week's hours
    (``said`` tells how: "week" said per week, "another" added to what came before)."""

    length: float | None = None
    count: float | None = None
    weekly: float | None = None
    rare: bool = False
    seasonal: bool = False
    said: str = ""
    bare: bool = False
    per_piece: bool = False
    clock: bool = False
    exception: bool = False
    named: bool = False  # the count is only weekdays named ("Sunday is church")
    days_named: bool = False  # the count is of weekdays named
    pure: bool = False  # the part is weekdays named and nothing else ("Saturday and")
    full_day: bool = False  # "Sunday full day": a day of no length said
    nightly: bool = False  # a length with a frequency of its own ("an hour a night")
    every: bool = False  # counted as every day ("every day 6-9, Monday to Friday")
    total: bool = False  # the sum of the days named before it ("Sat all day, Sun morning, 12h")
    sitting: bool = False  # a part of a day said ("Sunday morning"): a time worked

    @property
    def figured(self) -> bool:
        return (
            any(v is not None for v in (self.length, self.count, self.weekly))
            or self.rare
            or self.bare
        )

    @property
    def hours(self) -> float | None:
        if self.rare or self.bare:
            return None
        if self.weekly is not None:
            return self.weekly if self.length is None and self.count is None else None
        if self.length is not None and self.count is not None:
            return self.length * self.count
        return None

    @property
    def schedule(self) -> bool:
        return self.length is not None and self.count is not None and not self.bare


@dataclass(frozen=True)
class Week:
    """What the parts of a message make: ``hours`` when every part is whole, else ``None``
    (the hours are asked back); ``parts`` is how many parts were put together."""

    hours: float | None
    parts: int


#: Words that say the total themselves, or a week that is not every week: other readers'.
_TOTAL_SAID = re.compile(
    r"\b(?:all up|in total|total|altogether|all in|all told|on average|averag\w*|every other|"
    r"so (?:about |around |roughly |like |maybe )?\d|every second|alternate|fortnightly|"
    r"half of|(?:my|a|his|her|their) share)\b"
)
#: Hours said by the month or the year, which their own reader averages.
_OTHER_PERIOD = re.compile(r"\ba (?:month|year)\b")
#: A part that is an exception beside the usual week ("sometimes a Sunday extra").
_EXCEPTION = re.compile(
    r"\b(?:sometimes|some weeks|occasionally|now and then|the odd|if (?:i|we) have to|"
    r"when (?:it'?s|we'?re|i'?m) busy|at times|when (?:a|an|there'?s|there is|we have)|"
    r"if there)\b"
)


def week_of(text: str, found: list[Quantity]) -> Week | None:
    """The week the parts said in ``text`` make, or ``None`` when the message is no week told
    in parts (one figure, or figures in several sentences, which other readers settle)."""
    if _TOTAL_SAID.search(text) or any("roster" in q.note or _OTHER_PERIOD.search(q.note)
                                       for q in found if q.kind == "hours"):  # fmt: skip
        return None
    told = []
    for start, end in _spans(text):
        parts = _parts(text, start, end, [q for q in found if start <= q.start < end])
        if any(p.figured for p in parts):
            told.append(parts)
    usual_told = [t for t in told if not all(_aside(p) for p in t if p.figured)]
    excepted = 0 < len(usual_told) < len(told)  # "10 hrs? 20 some weeks": the usual week
    told = usual_told if excepted else told
    if len(told) != 1:
        return None
    parts = [p for p in told[0] if p.figured and not _peak(p) and not (p.named and _count_only(p))]
    if parts and any(_unsized(p) for p in told[0]):
        return Week(None, len(told[0]))  # "picking Sunday morning, then 4 hours in the week"
    usual = [p for p in parts if not p.exception]
    excepted = excepted or 0 < len(usual) < len(parts)
    parts = usual if usual else parts  # "..., plus Sunday 2 hours when a show is coming"
    if any(p.bare for p in parts):
        return None
    sure = [p for p in parts if p.schedule or p.said]
    plain = [p for p in parts if p.weekly is not None and not p.said and p.count is None]
    loose = [p for p in parts if p not in sure and p not in plain]
    if not loose and excepted and len(sure) + len(plain) == 1:
        return Week((sure or plain)[0].hours, 1)
    if not loose:
        return _summed(sure, plain)
    if (sure or plain) and any(p.rare or p.clock or p.count is not None for p in loose):
        return Week(None, len(parts))  # "an hour a night, and a full Saturday once a month"
    rare = any(p.rare for p in loose)
    if rare and any(p.nightly for p in loose):
        return Week(None, len(parts))  # "an hour a night, and a full Saturday once a month"
    if not sure and not plain and any(p.per_piece for p in loose) and not rare:
        return Week(None, len(parts))  # "5 hours for one booking": how many?
    return None


def _unsized(p: _Part) -> bool:
    """A day of the usual week worked at a time of day with no length ("Sunday morning")."""
    return p.named and p.sitting and _count_only(p) and not (p.exception or p.seasonal)


def _aside(p: _Part) -> bool:
    """An exception beside the usual week: "sometimes a Sunday", or a bare figure for a time
    of the year ("In the summer also 6")."""
    return p.exception or (p.seasonal and p.bare)


def _peak(p: _Part) -> bool:
    """A count of days with no length in a season named ("all day Saturday in March")."""
    return p.seasonal and p.count is not None and p.length is None and p.weekly is None


def _summed(sure: list[_Part], plain: list[_Part]) -> Week | None:
    """The parts added: schedules and hours said per week or added ("another 3 hours") are
    parts of the week; hours said plainly are one only beside time added to them."""
    if plain and (len(plain) > 1 or not any(p.said == "another" for p in sure)):
        return None  # "40h and I really do 40h", "3 hrs to build, 8-12 hours a week"
    parts = [*sure, *plain]
    if len(parts) < 2 and not any(p.schedule or p.total for p in parts):
        return None
    if any(p.hours is None for p in parts):
        return None
    values = [p.hours or 0.0 for p in parts]
    said = [p.hours or 0.0 for p in parts if not p.schedule]  # a total said beside its days
    if len(values) > 1 and any(abs(v - (sum(values) - v)) < 0.01 for v in said):
        return None  # one part the sum of the rest: the week said again
    return Week(round(sum(values), 2), len(parts))


def _spans(text: str) -> list[tuple[int, int]]:
    out, last = [], 0
    for m in _SENTENCE.finditer(text):
        out.append((last, m.start()))
        last = m.end()
    return [*out, (last, len(text))]


def _parts(text: str, start: int, end: int, own: list[Quantity]) -> list[_Part]:
    """The parts of one sentence, a part that has only a length joined to the next or the one
    before that has only how often ("3 hours a gig, usually 2 a weekend")."""
    cuts = [start]
    for m in _JOIN.finditer(text, start, end):
        if any(q.start < m.start() < q.end for q in own if q.kind not in _DAY_KINDS):
            continue
        timed = any(cuts[-1] <= q.start < m.start() and q.kind == "hours" for q in own)
        listed = _DAY_BEFORE.search(text, start, m.start()) and _DAY_AFTER.match(text, m.end())
        if listed and not timed:
            continue  # "Tuesday and Thursday 4-6": one list of days
        if m.group("next") and not (timed and any(q.start == m.start("next") for q in own)):
            continue  # "between 2 and 3": a figure joined, no second part
        cuts.append(m.start("next") if m.group("next") else m.end())
    bounds = [*zip(cuts, [*(c for c in cuts[1:]), end], strict=True)]
    parts = [_part(text, a, b, [q for q in own if a <= q.start < b]) for a, b in bounds]
    figured = [p for p in parts if p.figured]
    if _sum_of_days(figured) and _sittings_apart(text, start, own):
        return [replace(figured[-1], said="week", total=True)]
    return _joined(figured)


def _sum_of_days(parts: list[_Part]) -> bool:
    """True when the parts are days named with no length, then hours said plainly."""
    *days, last = parts or [_Part()]
    plain = last.weekly is not None and last.length is None and last.count is None
    return (
        plain
        and not last.said
        and len(days) > 1
        and all((p.named or p.full_day) and _count_only(p) for p in days)
    )


def _joined(parts: list[_Part]) -> list[_Part]:
    out: list[_Part] = []
    for p in parts:
        last = out[-1] if out else None
        if last is not None and _halves(last, p):
            out[-1] = _merge(last, p)
            continue
        if last is not None and ((last.pure and p.days_named) or (p.pure and last.days_named)):
            out[-1] = _more_days(last, p)  # "Saturday and Sunday 11-2", "9pm-1am, Fri and Sat"
            continue
        if last is not None and last.every and p.named and _count_only(p):
            out[-1] = replace(last, count=p.count, every=False)  # "every day 6-9, Mon to Fri"
            continue
        if last is not None and _count_only(last) and not last.named and last.count == p.count:
            out[-1] = p  # "two mornings a week, Mondays and Wednesdays 5-11": said again
            continue
        out.append(p)
    counts = {p.count for p in out if p.schedule}
    return [p for p in out if not (_count_only(p) and not p.named and p.count in counts)]


def _more_days(a: _Part, b: _Part) -> _Part:
    base, extra = (b, a) if a.pure else (a, b)
    return replace(base, count=(base.count or 0.0) + (extra.count or 0.0), pure=a.pure and b.pure)


def _count_only(p: _Part) -> bool:
    return p.count is not None and p.length is None and p.weekly is None and not p.bare


def _halves(a: _Part, b: _Part) -> bool:
    """True when one part says only how long and the other only how often."""
    if a.rare or b.rare or not (a.figured and b.figured):
        return False
    a_len = a.count is None and (a.length is not None or a.weekly is not None)
    b_len = b.count is None and (b.length is not None or b.weekly is not None)
    a_count = a.count is not None and a.length is None and a.weekly is None
    b_count = b.count is not None and b.length is None and b.weekly is None
    if a_len and b.named and a.length is None and not b.pure:
        return False  # "30 hours, Tuesday and Thursday nights are college": days of another
    return (a_len and b_count and not a.said) or (a_count and b_len and not b.said)


def _merge(a: _Part, b: _Part) -> _Part:
    length = a.length if a.length is not None else (b.length if b.length is not None else None)
    if length is None:
        length = a.weekly if a.weekly is not None else b.weekly
    count = a.count if a.count is not None else b.count
    return _Part(length=length, count=count, seasonal=a.seasonal and b.seasonal,
                 bare=a.bare or b.bare, exception=a.exception or b.exception,
                 days_named=a.days_named or b.days_named)  # fmt: skip


def _part(text: str, start: int, end: int, own: list[Quantity]) -> _Part:
    words = text[start:end]
    count = _count(text, start, end, own)
    days_named = count is not None and bool(_ONE_DAY.search(_OFF.sub(" ", words)))
    named = days_named and not re.search(r"\b(?:a|per|every) week\b|\bweekly\b", words)
    pure = days_named and bool(_PURE.fullmatch(words.strip(" ,")))
    full_day = bool(_FULL_DAY.search(words))
    length, weekly, said, piece, clock, nightly = None, None, "", False, False, False
    for q in own:
        if q.kind != "hours" or q.shifts:
            continue
        after, before = text[q.end : end], text[start : q.start]
        if "clock" in q.note and q.period == "day":
            length, clock = (length or 0.0) + q.value, True
        elif (
            "fortnight" in q.note
            or _PER_WEEK.match(after)
            or _PER_WEEK.match(_unit_after(text, q))
            or _WEEK_INSIDE.search(text[q.start : q.end])  # "an hour or two in the week"
        ):
            weekly, said = (weekly or 0.0) + q.value, said or "week"
        elif _PER_ONE.match(after) or _PER_ONE.match(_unit_after(text, q)):
            length, piece = (length or 0.0) + q.value, True
            nightly = nightly or bool(_NIGHTLY.match(after) or _NIGHTLY.match(_unit_after(text, q)))
        elif _ANOTHER.search(before):
            weekly, said = (weekly or 0.0) + q.value, "another"
        else:
            weekly = (weekly or 0.0) + q.value
    if any(_TWICE.match(text, q.end) or _each_of_two(text, q) for q in own if q.kind == "hours"):
        length = length * 2 if length is not None else length  # "an hour morning and night"
        weekly = weekly * 2 if weekly is not None else weekly
    seasonal, exception = bool(_SEASON.search(words)), bool(_EXCEPTION.search(words))
    plain = [q for q in own if q.kind == "hours" and "clock" not in q.note]
    bare = any(_unread(q, text) for q in own) or (len(plain) > 1 and not said)  # "5h to 10h"
    bare = bare or any(q.kind == "count" and q.period not in _WEEKS for q in own)  # "3 games"
    clocks = [q for q in own if "clock" in q.note]
    bare = bare or any(" or " in text[a.end : b.start] for a, b in pairwise(clocks))
    rare = bool(_RARE.search(words))
    if rare:  # "a full Saturday once a month": no count of days a week
        return _Part(length, None, weekly, rare, seasonal, said, bare, piece, clock, exception)
    base = _Part(length, count, weekly, rare, seasonal, said, bare, piece, clock, exception)
    every = count == 7.0 and not days_named and bool(_EVERY_DAY.search(words))
    base = replace(base, days_named=days_named, pure=pure, full_day=full_day, every=every)
    sitting = bool(_SITTING.search(words)) and not _TAKEN.search(words)
    base = replace(base, nightly=nightly, sitting=sitting)
    if named and length is None and weekly is None:
        return replace(base, named=not full_day)
    if weekly is not None and length is None and count is not None and not said:
        return replace(base, length=weekly, weekly=None)  # "Sunday 4 hours"
    return base


def _sittings_apart(text: str, start: int, own: list[Quantity]) -> bool:
    """True when the days named before the sentence's hours are worked in different parts of
    the day ("Saturday all day, Sunday morning, maybe 12 hours"): no one length for each."""
    first = max((q.start for q in own if q.kind == "hours"), default=start)
    said = {m.group(0).rstrip("s").split()[-1] for m in _SITTING.finditer(text, start, first)}
    return len(said) > 1


_NIGHTLY = re.compile(r"\s*(?:a|an|per|every) (?:day|night|evening|morning)\b|\s*daily\b")
_TWICE = re.compile(
    r"\s*(?:(?:each|every|in the) )?(?:morning and (?:night|evening)|twice a day)\b"
)


#: Two times of the day named before a length said "each" ("mornings and evenings, an hour
#: each"): the length is said twice a day.
_TWO_TIMES = re.compile(
    r"\b(?:morning|afternoon|evening|night)s? and (?:morning|afternoon|evening|night)s?\b"
)
_EACH = re.compile(r"\s*(?:hours?|hrs?|h)?\s*each\b")


def _each_of_two(text: str, q: Quantity) -> bool:
    """True when ``q`` is a length said "each" of two times of the day named before it in the
    same sentence."""
    before = _SENTENCE.split(text[: q.start])[-1]
    return bool(_EACH.match(text, q.end) and _TWO_TIMES.search(before))


def _unread(q: Quantity, text: str) -> bool:
    """A figure whose unit the part leaves open ("plus emails maybe 4"): no part to add."""
    if q.kind != "bare":
        return False
    if _HOW_MANY.match(text, q.start):
        return False  # "5 in a week": how many sittings
    said = text[q.start : q.end + 20]
    return not re.match(r"\d[\d.,]*\s*(?:a|an|per|every)\s+weekend\b", said)


def _unit_after(text: str, q: Quantity) -> str:
    """The words after the figure's own unit ("7.6 hr shifts": " shifts")."""
    m = re.match(r"\s*(?:hours?|hrs?|h)\b", text[q.end :])
    return text[q.end + m.end() :] if m else ""


#: How many sittings a week or a fortnight, said after the sitting ("8 hour shifts, 9 of them
#: a fortnight", "shifts of 8 hours, 5 in a week").
_HOW_MANY = re.compile(
    r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s+(?:of (?:them|those|these)|in)\s+"
    r"(?:a|per|every|each|the)\s+(?P<per>week|fortnight)\b|"
    # "8 hr shifts, usually 5 of them": at the hours question, the sittings of the week
    # ("12 of them mine" is the person's part of shared hours, no count of sittings)
    r"(?<![\d.,])(?P<n2>\d+)\s+of (?:them|those|these)\b"
    r"(?!\s+(?:a|per|every|each|in|mine|are|is|by|my|me|for)\b)"
)


def _count(text: str, start: int, end: int, own: list[Quantity]) -> float | None:
    """How many sittings or days a week the part says, or ``None``."""
    words = _OFF.sub(" ", text[start:end])
    many = _HOW_MANY.search(words)
    if many:
        n = float(many.group("n") or many.group("n2"))
        return n / 2 if many.group("per") == "fortnight" else n
    ranges = list(_DAY_RANGE.finditer(words))
    days = sum(_span_days(m.group("a"), m.group("b")) for m in ranges)
    rest = _DAY_RANGE.sub(" ", words)
    days += len({m.group(0)[:3] for m in _ONE_DAY.finditer(rest)})
    if days:
        return float(days)
    if _EVERY_DAY.search(words) and not re.search(r"\b\d+ days\b", text):
        return 7.0
    roster = _ROSTER.search(words)
    if roster:
        on, off = int(roster.group(1)), int(roster.group(2))
        return round(on * 7 / (on + off), 4) if on + off else None
    for q in own:
        if q.kind in {"days", "weekdays"} and q.period == "week":
            return q.value
        if q.kind == "freq" and q.period == "week" and q.value >= 1:  # "twice a week"
            return q.value
        if q.kind == "count" and q.period in {"week", "weekend"}:
            return q.value
        if q.kind == "bare" and not _unread(q, text):
            return q.value
    return None


def _span_days(a: str, b: str) -> int:
    i, j = _DAYS.index(_day(a)), _DAYS.index(_day(b))
    return (j - i) % 7 + 1


def _day(word: str) -> str:
    return "sat" if word.startswith("sater") else word[:3]


def put_together(readings: list[Reading], text: str, view: PlanView, ask: str) -> list[Reading]:
    """At a work's hours question, the week its parts make in place of one part read as the
    week; the hours asked back when a part cannot be made weekly."""
    if not ask.startswith("act:hours:"):
        return readings
    said = acts.drop_negated_figures(acts.blank_adding(acts.drop_self_corrections(text)))
    week = week_of(said, find_quantities(said))
    if week is None:
        return readings
    subject = ask.removeprefix("act:hours:")
    # a part read as a change by a word of its own ("we cut the chips") is a part all the same
    hours = [
        r
        for r in readings
        if r.field == _HOURS and (r.act == "fact" or (r.act == "change" and r.subject == subject))
    ]
    if (
        week.hours is not None
        and week.parts < 2
        and any(
            r.value == week.hours and r.subject == subject and r.confidence >= CONFIDENT
            for r in hours
        )
    ):
        return readings
    named = {r.subject for r in hours}
    known = set(view.activities)
    if len(named) > 1 and any(s in known and s != subject for s in named):
        if week.hours is None:
            return [replace(r, confidence=min(r.confidence, UNSURE)) if r in hours else r
                    for r in readings]  # fmt: skip
        return readings  # hours of another work said beside: not one week in parts
    dropped = {s for s in named if s != subject and s not in known}  # "then packing an hour"
    kept = [r for r in readings if not (r.field == "activity" and r.value in dropped)]
    if week.hours is None:  # the parts asked back, as the asked work's
        return [_unsure(r, subject, dropped) if r in hours else r for r in kept]
    kept = [r for r in kept if r not in hours]
    return [*kept, Reading("fact", _HOURS, week.hours, subject, text, _SURE)]


def _unsure(r: Reading, subject: str, dropped: set[str | None]) -> Reading:
    """``r`` asked back, as the hours of ``subject`` when it was read as a work not known."""
    owner = subject if r.subject in dropped else r.subject
    return replace(r, confidence=min(r.confidence, UNSURE), subject=owner)
