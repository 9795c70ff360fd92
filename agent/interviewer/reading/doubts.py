"""Figures the sentence leaves open, and figures put right as soon as they are said.

``doubtful`` lowers a yearly figure's confidence when its sentence leaves the year open (part of
the year, a stretch of months, a share or a cut, a count nobody multiplied, a small amount with
no period); ``revises`` reads "wait no, more like 3k" as the figure just said, put right.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import per_item, rates, term_weeks
from agent.interviewer.reading.figures import SURE, UNSURE, Figure
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantity import Quantity
from agent.interviewer.reading.revision_words import NEARER, TAKE_BACK

#: Part of the year only, or some months unlike others: a yearly figure is left open.
_SEASON = re.compile(
    r"\b(?:summer|winter|spring|autumn|season|seasonal|term[- ]time|school year|other months|"
    r"semesters?|during term|in term|academic year|"
    r"rest of the year|some months|busy months|in season|off season|christmas|"
    # "two classes a week when I'm home": only the weeks off a rotation
    r"when (?:i'?m|i am) (?:back )?home|(?:the )?weeks? (?:i'?m |i am )?(?:at )?home|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*(?:-|to|until|till)\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b"
)


_SHARE = re.compile(
    r"\b(?:i (?:keep|get) (?:half|a third|a quarter|a fifth|a sixth|a share|a cut|my share)|"
    r"takes? (?:a cut|half|commission)|split \d+ ways|split (?:it )?(?:with|between)|"
    r"shared (?:income|money|between)|(?:that'?s|it'?s|is) shared)\b"
)


#: "each about KSh 250,000": a fee said after "each", not only before it.
_EACH_BEFORE = re.compile(
    r"\beach\s+(?:(?:about|around|roughly|maybe|approx\.?|approximately|~)\s*)?"
    r"(?:[a-z]{1,3}\$?|[£$€₹₦])?\s*$"
)


#: "we spend 3,5k a month. wait no, more like 3k": the person puts right the figure just said.
_SELF_CORRECTION = re.compile(
    rf"\b{TAKE_BACK}\W*(?:(?:{NEARER}|it'?s|it was|about|around|actually|maybe)\s+)*$"
)


#: The doubt of an hourly rate with no hours beside it: it makes no year to doubt further.
_HOURLY_ONLY = "an hourly rate: how many hours?"


#: The note of a figure said again in place of one said before it in the same message.
PUT_RIGHT = "said again, put right"


def revises(q: Quantity, frame: Frame) -> Figure | None:
    """The figure that replaces the one said just before it; it is read in that figure's
    field, and asked back when the units of the two may differ."""
    before = frame.text[max(0, q.start - 40) : q.start]
    said = [r for r in frame.readings if isinstance(r.value, float) and r.act in {"fact", "change"}]
    if not _SELF_CORRECTION.search(before) or not said or q.kind not in {"money", "bare", "hours"}:
        return None
    last = said[-1]
    frame.readings.remove(last)
    frame.activity = last.subject if last.field and last.field.startswith("activity.") else None
    sure = SURE if not q.period and not last.note and last.confident else UNSURE
    return Figure(str(last.field), q.value, sure, PUT_RIGHT, q.currency)


#: "I work 80% as a ...", "an 80% contract", "60% FTE": the share of full time a job is.
_CONTRACT_BEFORE = re.compile(r"\b(?:work|working|employed|contracted|part[- ]time|at)\s*$")
_CONTRACT_AFTER = re.compile(
    r"^\s*(?:fte\b|contract\b|part[- ]time\b|time\b|as (?:a|an)\b|of (?:full[- ]time|fte|a full)\b)"
)


def _contract_share(q: Quantity, text: str) -> bool:
    """True for a percent that says how much of full time a job is, not a cut of its pay."""
    return bool(
        _CONTRACT_BEFORE.search(text[max(0, q.start - 20) : q.start])
        or _CONTRACT_AFTER.match(text[q.end : q.end + 30])
    )


_EVERY_BEFORE = re.compile(r"\b(?:every|each|per|after|within)\s*$")


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b")
_OTHER_RHYTHM = re.compile(
    r"\b(?:weekends?|twice|three times|times a|a month|monthly|every other|fortnight\w*|"
    r"last|did|once|\d+\s*(?:x|times))\b"
)


_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.0}
#: Words just before an amount that make it the price of one thing sold or done ("I sell
#: for", "sold it at", "my fee is", "charge").
_PRICE_OF_ONE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|go(?:es)? for|charge[sd]?|fee is|price is|costs?)"
    r"(?:\s+(?:it|them|one|each))?(?:\s+(?:for|at))?\s*(?:about|around|roughly|maybe)?\s*"
    r"(?:[a-z]{1,3}\$?|[£$€₹₦₩¥])?\s*$"
)


#: "10% of each booking, comes to AED 1,500 a month": the amount is what the cut comes to.
_COMES_TO = re.compile(
    r"\b(?:comes? to|came to|works? out (?:at|to|as)|adds? up to)\s+(?:about|around|roughly|"
    r"like|maybe)?\s*$"
)


def _how_often_each(unperiodic: list[Quantity], sentence: str) -> bool:
    """True when one count of people is said and how often is said of each of them ("each
    student has 4 classes a month", "per client twice a week")."""
    if len(unperiodic) != 1:
        return False
    noun = _singular(unperiodic[0].note)
    return re.search(rf"\b(?:each|every|per)\s+{re.escape(noun)}\b", sentence) is not None


def one_weekday(sentence: str) -> bool:
    """True when a sentence gives its work one weekday and no other rhythm ("a Saturday
    club", "on Wednesdays"): it happens once a week."""
    days = {m.group(1) for m in _WEEKDAY.finditer(sentence)}
    return len(days) == 1 and not _OTHER_RHYTHM.search(sentence)


#: The stretch a count of things sold or done was said over: a year, or a whole season.
_YEAR_OF_COUNT = re.compile(
    r"\b(?:last|this|past) (?:year|season)\b|\b(?:a|per|each|every) (?:year|season)\b|"
    r"\b(?:the|a) whole season\b|\bin (?:a|the) (?:year|season)\b"
)
#: A count still growing: no year's figure yet.
_SO_FAR = re.compile(r"\b(?:so far|up to now|until now|to date|yet)\b")
_OVER_WHAT_TIME = ": over what time?"
#: A count or total said of a year not over yet.
_STILL_COUNTING = re.compile(r"\b(?:so far|up to now|until now|to date)\b")


def _over_the_year_said(figure: Figure, sentence: str) -> Figure:
    """ "did 30 jobs last year at £200 each": a price times a count the sentence says is the
    year's (or the whole season's) is that year's figure, not asked over what time."""
    if not figure.note.endswith(_OVER_WHAT_TIME) or _SO_FAR.search(sentence):
        return figure
    if not _YEAR_OF_COUNT.search(sentence):
        return figure
    note = figure.note.removesuffix(_OVER_WHAT_TIME) + ", in the year said"
    return replace(figure, confidence=SURE, note=note)


#: A part of the year said as a remark beside the usual figure ("more at christmas", "summer
#: is way bigger"), or as the stretch a count was made over ("last season"): no limit of it.
_REMARK_BEFORE = re.compile(
    r"\b(?:more|less|busier|quieter|bigger|slower|extra|higher|lower|double)\s+"
    r"(?:\w+\s+)?(?:at|in|over|around|during|for|near)\s+(?:the\s+)?$"
)
_REMARK_AFTER = re.compile(
    r"^\s*(?:is|are|'s|gets?)\s+(?:way |much |a lot |a bit )?(?:more|busier|bigger|quieter|"
    r"slower|better|worse)\b"
)
_STRETCH_BEFORE = re.compile(r"\b(?:last|this|past|whole|per|each|every)\s+$")


def _limited_to_season(sentence: str) -> bool:
    """True when the sentence ties its figure to a part of the year ("in summer"), not when
    it only remarks that a part of the year differs or names the season a count was made in."""
    for found in _SEASON.finditer(sentence):
        before, after = sentence[: found.start()], sentence[found.end() :]
        if _REMARK_BEFORE.search(before) or _REMARK_AFTER.match(after):
            continue
        if found.group(0) == "season" and _STRETCH_BEFORE.search(before):
            continue
        return True
    return False


def doubtful(
    figure: Figure, q: Quantity, sentence_q: list[Quantity], frame: Frame, counted: bool = False
) -> Figure | None:
    """A yearly figure asked back when the sentence leaves the year open: a stretch of months
    ("£4,000 a month, a 3-month contract"), a count nobody multiplied ("20 students, R$120 a
    class"), or a small amount with no period beside how often ("4 clients a week, 25").
    ``counted``: the months the work runs were named and counted ("sept to may")."""
    if figure.note == _HOURLY_ONLY:  # "$18 an hour plus tips, good in summer": no year yet
        return figure
    figure = _over_the_year_said(figure, frame.sentence_text)
    still = figure.value > 0 and _STILL_COUNTING.search(frame.sentence_text)
    if figure.confidence == SURE and still:  # ("zero revenue so far" is a year's nothing)
        # "so far this year 12 orders at $50 each": the year is not over, so no year's figure
        return replace(figure, confidence=UNSURE, note=f"{figure.note}{_OVER_WHAT_TIME}")
    used = set(frame.used) | {id(f) for f in frame.pairs.values()} | {id(q)}
    # "renewed every 6 months": how often, not how long the income lasts
    others = [o for o in sentence_q if id(o) not in used and not (
        o.kind == "months" and _EVERY_BEFORE.search(frame.text[: o.start]))]  # fmt: skip
    periodic = q.period in {"month", "week"} or q.period.startswith("each")
    sentence = frame.sentence_text
    weeks_said = any(o.kind == "weeks" for o in sentence_q)
    weeks_said = weeks_said or bool(term_weeks.weeks(sentence, frame.text))
    weeks_said = weeks_said or counted  # "sept to may": the months were counted
    pair = frame.pairs.get(id(q))
    if q.period == "occasion" and pair is not None and pair.note == "weekday names":
        # "£10 a kid, 12 kids" on two weekdays: the same twelve each day, or twelve in all?
        return replace(figure, confidence=UNSURE, note="the same people each day?")
    seasonal = (periodic or rates.is_item_rate(q) or q.period == "hour") and not weeks_said
    # "£150 a go, did 12 this year, mostly summer": the count is the year's, seasons and all
    seasonal = seasonal and not (pair is not None and pair.period == "year")
    if seasonal and _limited_to_season(sentence):
        return replace(figure, confidence=UNSURE, note="for which part of the year?")
    cuts = [o for o in others if o.kind == "percent" and not _contract_share(o, frame.text)]
    result = _COMES_TO.search(frame.text[max(0, q.start - 30) : q.start])
    # "25 a week at $45, i get half": the half already taken of the price is no doubt left
    sized = any(o.note.endswith(": your share") for o in [q, *sentence_q])
    if (cuts or (_SHARE.search(sentence) and not sized)) and not result:
        return replace(figure, confidence=UNSURE, note="before or after the cut?")
    months = next((o for o in others if o.kind == "months"), None)
    if q.period == "month" and months is not None and not frame.pairs.get(id(q)):
        value = q.value * months.value  # "2.100 € a month, 5 months"
        return replace(figure, value=value, note=f"{q.value:g} a month for {months.value:g} months")
    each = re.match(r"^\s*each\b", frame.text[q.end :]) or _EACH_BEFORE.search(
        frame.text[: q.start]
    )
    counts = [o for o in others if o.kind == "count" and not o.period]
    if each and len(counts) == 1 and not frame.pairs.get(id(q)):  # "25 students, ₹1,500 each"
        value = figure.value * counts[0].value
        return replace(
            figure, value=value, note=f"{figure.note}; x {counts[0].value:g}".strip("; ")
        )
    yearly = [
        o
        for o in others
        if o.period in _PER_YEAR
        and (o.kind == "count" or (o.kind == "bare" and 0 < o.value <= 31))  # "2 or 3 a year"
    ]
    if each and not counts and len(yearly) == 1 and not q.period and not frame.pairs.get(id(q)):
        # "8 weddings a year at 1200 each": the fee times how many a year
        rate = yearly[0]
        value = figure.value * rate.value * _PER_YEAR[rate.period]
        return replace(
            figure, value=value, note=f"{figure.value:g} x {rate.value:g} a {rate.period}"
        )
    stretch = [
        o for o in others
        if o.kind in {"months", "duration"} or (o.kind == "label" and "month" in o.note)
    ]  # fmt: skip
    if (periodic or q.period == "hour") and stretch:
        return None  # "a 3-month contract at £4,000 a month": no year's income is said
    unperiodic = [o for o in others if o.kind == "count" and not o.period]
    # "£90 every Sunday + editing for 3 shows": a count said of other work is not this fee's
    unperiodic = [o for o in unperiodic if not _OTHER_WORK.search(_between(o, q, frame.text))]
    # "£6 a head, 2 classes": a fee per person times classes is no fee times people
    heads = q.period in per_item.PEOPLE and any(
        _singular(o.note) not in per_item.PEOPLE for o in unperiodic
    )
    if rates.is_item_rate(q) and len(unperiodic) == 1 and one_weekday(sentence) and not heads:
        # "a Saturday drama club, £12 a kid and usually 15 kids": that many, once a week
        count = unperiodic[0].value
        return replace(
            figure,
            value=q.value * count * 52,
            confidence=SURE,
            note=f"{q.value:g} x {count:g}, once a week",
        )
    days = _DAYS_COUNTED.search(q.note)  # "60 a saturday x 34 saturdays": the days counted
    if q.period == "occasion" and not frame.pairs.get(id(q)) and one_weekday(sentence) and not days:
        # "a Sunday chess club, £5 a child and usually 12 children": once a week
        return replace(figure, value=q.value * 52, confidence=SURE, note=f"{q.note}, once a week")
    if (
        q.period in _ONE_A_DAY
        and not frame.pairs.get(id(q))
        and not unperiodic
        and (one_weekday(sentence))
    ):  # "Saturdays at the market, £150 a day": one day's pay a week
        return replace(
            figure,
            value=q.value * 52,
            confidence=SURE,
            note=f"{q.value:g} a {q.period}, once a week",
        )
    if frame.pairs.get(id(q)):  # "at 2 studios, 5 classes/week, $55 a class": paid per class
        unperiodic = [o for o in unperiodic if _singular(o.note) not in _PLACES]
    if rates.is_item_rate(q) and frame.pairs.get(id(q)) and _how_often_each(unperiodic, sentence):
        # "£30 a lesson, each pupil comes 2 times a week, 5 pupils": how often is each one's
        count = unperiodic[0].value
        note = f"{figure.note}; x {count:g}, each as often".strip("; ")
        return replace(figure, value=figure.value * count, note=note)
    if rates.is_item_rate(q) and unperiodic:
        return replace(figure, confidence=UNSURE, note="how many, how often?")
    periodic_counts = [
        o
        for o in others
        if o.kind in {"count", "bare"}
        and o.period
        and not _OTHER_WORK.search(_between(o, q, frame.text))
    ]
    if not q.period and q.value < 1000 and periodic_counts:
        times = periodic_counts[0]
        one = len(periodic_counts) == 1 and times.period in _PER_YEAR
        if one and q.value > 0 and 0 < times.value <= 31:
            # "wedding cakes (maybe 1 a month, £350)", "4 clients a week, 25 pound": each time
            value = q.value * times.value * _PER_YEAR[times.period]
            note = f"{q.value:g} each time, {times.value:g} a {times.period}"
            return replace(figure, value=value, confidence=SURE, note=note)
        return replace(figure, confidence=UNSURE, note="per what?")
    if not q.period and periodic_counts and _PRICE_OF_ONE.search(frame.text[: q.start]):
        # "a tenor pan I sell for $6500, about one a month": the price of one, said beside
        # how many; what the year brings is not said outright
        return replace(figure, confidence=UNSURE, note="the price of one: how many a year?")
    if (
        not q.period
        and 0 < q.value < 500
        and frame.ask == "activities"
        and id(q) not in frame.pairs
    ):
        return replace(figure, confidence=UNSURE, note="so little a year? per what?")
    return figure


_OTHER_WORK = re.compile(r"\s\+\s|\bplus\b|;|\band also\b")
#: Fees paid once for a day's work: said beside one weekday, they come once a week.
_ONE_A_DAY = frozenset({"day", "day rate", "shift", "night", "evening"})


def _between(a: Quantity, b: Quantity, text: str) -> str:
    return text[min(a.end, b.end) : max(a.start, b.start)]


#: Places the work is done at: a count of them multiplies no fee ("at 2 studios").
_PLACES = frozenset({
    "studio", "gym", "school", "venue", "site", "shop", "location", "branch", "clinic",
    "practice", "centre", "center", "library", "hospital", "office", "club",
})  # fmt: skip


#: A fee already times a count of weekdays worked: the year's days, never once a week more.
_DAYS_COUNTED = re.compile(r" x [\d.]+ (?:mon|tues|wednes|thurs|fri|satur|sun)days\b")


def _singular(word: str) -> str:
    word = word.split()[-1] if word else ""
    if word in {"children", "people"}:
        return "person" if word == "people" else "child"
    return word[:-1] if word.endswith("s") else word
