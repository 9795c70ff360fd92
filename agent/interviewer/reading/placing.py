"""Placing a figure: which field it fills, for whom, and how sure the reading is.

A figure goes to its frame's activity or stream, else to the field its own words name
(savings, spending, capacity), else to the open question's field; money is turned into the
field's period (``figures``), rates take their frequency (``rates``), and a figure no rule
places is asked back, never guessed into a field.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import (
    closed_months,
    cues,
    current,
    doubts,
    figures,
    full_time,
    hours_said,
    month_span,
    name_cues,
    own_share,
    parts,
    rates,
    rosters,
    term_weeks,
)
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.figures import SURE, UNSURE, Figure
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity, find_quantities
from agent.interviewer.reading.types import Act, Reading

_EXAMPLE = re.compile(
    r"\b(?:some|other|one|good|bad|best|worst|busy|quiet|slow) (?:months?|weeks?|years?|seasons?)"
    r"\s*(?:it'?s|is|are|was|i get|i make|i made)?\s*(?:about|around|maybe|roughly|like|only|"
    r"just|up to)?\s*$|\b(?:sometimes|up to|as much as|as little as|"
    r"at best|at worst)\s*$"
)


#: A cost of living said just before its amount ("rent's £850", "the mortgage is about").
_LIVING_COST = re.compile(
    r"\b(?:rent|mortgage|bills|council tax|childcare)(?:'s|\s+(?:is|are|costs?(?: me)?|"
    r"comes? to))\s*(?:(?:about|around|roughly|maybe|like|only|just)\s+)?\W*$"
)
#: Rent or bills said at the savings question: what is spent each month.
_RENT = re.compile(r"\b(?:rent|mortgage|bills)\s+(?:is|are|of|comes? to)\b")
#: "a good month", "a bad week": the period amounts said beside it are counted in.
_KIND_OF_PERIOD = re.compile(r"\b(?:good|bad|busy|quiet|slow|normal|typical) (month|week)\b")
#: More hours than any week holds beside sleep.
_MOST_HOURS = 100
_MONEY_WORD = re.compile(
    r"\b(?:profit|turnover|salary|income|revenue|earn(?:s|ing)?|makes?|paid|pays?|brings? in|"
    r"fee|rate|invoice)\s+(?:is\s+|of\s+|maybe\s+|about\s+|around\s+|roughly\s+)*$"
)
#: "3-4h most nights": hours a day on days not counted.
_SOME_DAYS = re.compile(
    r"^\s*(?:on\s+)?(?:most|some|many|a few|the odd|busy|good)\s+(?:nights|days|evenings|mornings|"
    # "three 7 hour shifts most weeks": the usual week, said so
    r"weekends)\b|^\s*(?:on\s+)?(?:some|many|a few|the odd|busy|good)\s+weeks\b|"
    r"^\s*(?:a|per|each|every)\s+(?:night|evening|morning|shift|session)\b|"
    # "3 hours a day on my days off": days off whose number is not said
    r"^\s*(?:on\s+)?(?:my\s+|the\s+|your\s+)?(?:(?:off|rest|free|spare)\s+days|days\s+off)\b"
)
_DAYS_SAID = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:every ?day|daily|weekdays?|weekends?|"
    r"days?|evenings?|mornings?|nights?|afternoons?|a week|per week|school hours|term time)\b"
)
_SOME_DAYS_SAID = re.compile(
    r"\b(?:most|some|many|the odd) (?:days|nights|evenings|mornings|weeks)\b"
)
#: Times of the day worked whose number the words leave open ("most evenings").
_SITTINGS_OPEN = re.compile(
    r"\b(?:most|some|many|a few|the odd) (?:days|nights|evenings|mornings|afternoons)\b"
)
_WEEK_SAID = re.compile(r"\b(?:a|per|each|every|in the|the|/)\s*(?:week|wk)\b|\bweekly\b|\bpw\b")


def _sittings_uncounted(sentence: str) -> bool:
    """True when a sentence gives a length for times of the day whose number it leaves open
    ("most evenings, an hour or two") and says nothing of a week."""
    return bool(_SITTINGS_OPEN.search(sentence)) and not _WEEK_SAID.search(sentence)


#: Hours said for one season only ("25 hours, winter only").
_SEASON_ONLY = re.compile(
    r"\b(?:summer|winter|spring|autumn|term[- ]time|in season)s?\s+only\b|"
    r"\bonly (?:in )?(?:the )?(?:summer|winter|spring|autumn|term[- ]time|season)s?\b"
)
#: "nothing in between", "off season nothing": the work stops between its seasons.
_BETWEEN_SEASONS = re.compile(
    r"\b(?:nothing|none|zero|not much|very little|little) in between\b|"
    r"\b(?:off[- ]season|out of season)\b"
)
#: "60 hrs a week in lambing, less otherwise": hours of the busiest time, not of a usual week.
_AT_PEAK = re.compile(
    r"\b(?:less|more|fewer|lower|quieter|busier|nothing like that|half that)\s+(?:otherwise|"
    r"the rest of the (?:year|time)|rest of the year|other times|other months|off[- ]season)\b|"
    r"\bat (?:the )?(?:peak|busiest)\b|\bin (?:the )?(?:busy|peak|high) (?:season|times|periods|"
    r"months|weeks)\b"
)
#: "but that's the house deposit, not touching it": savings that are no buffer.
_SET_ASIDE = re.compile(
    r"\b(?:(?:not|never|don'?t|do not) touch(?:ing)?|can'?t touch|won'?t touch|off limits|"
    r"earmarked|(?<!fixed )(?<!term )deposit|ring-?fenced|"  # a fixed deposit is savings
    r"locked (?:in|up|away)|pension)\b"
)
#: Money said at the savings question that the person keeps out of reach ("not touch", "off
#: limits"); a "fixed deposit" there is savings in the bank.
_NOT_TOUCHED = re.compile(
    r"\b(?:(?:not|never|don'?t|do not|can'?t|won'?t) touch(?:ing)?|off limits|earmarked|"
    r"ring-?fenced)\b"
)
#: "unpaid mostly", "part-time paid + lots of unpaid": some of it is paid, so no zero.
_PARTLY_PAID = re.compile(
    r"\b(?:mostly|partly|largely|mainly|usually|often|sometimes|lots of|a lot of|some)\s+"
    r"(?:unpaid|voluntary|volunteer)|\b(?:unpaid|voluntary)\W+(?:mostly|largely|mainly|usually|"
    r"often|lol mostly)\b|(?<!un)\bpaid\b.*\bunpaid\b|\bunpaid\b.*(?<!un)\bpaid\b"
)
#: "wishlist 3,400", "followers 12,000": a number right after a noun that is no money word
#: counts things, unless a currency says otherwise.
_COUNTED = re.compile(
    r"\b(?!(?:about|around|roughly|maybe|approx|approximately|like|made|make|makes|earn|earns|"
    r"earned|salary|income|revenue|paid|pays|gross|net|clear|clears|bring|brings|get|gets|got|"
    r"take|takes|total|altogether|plus|only|just|nearly|almost|over|under|some|stipend|wage|"
    r"wages|bursary|grant|pension|fee|fees|rate|budget|turnover|profit|takings|sales|"
    r"commission|bonus|pay|comes|came|billed|invoiced|charge|charges|cost|costs|worth|"
    r"is|was|are|were|for|of|at|on|to|and|or|the|my|a|an|around|till|until|from|actually|"
    r"really|now|more|nearer|closer|instead|rather|correction|sorry|yes|yeah|well|hmm|then|"
    r"that|this|it|that's|it's|its|say|call|exactly|roughly|still|probably|perhaps|guess|think|reckon|"
    r"usually|normally|typically|average|least|most|max|maximum|minimum|tops|net|after|"
    r"before|tax|home|hand|year|years|month|week|annually|yearly|monthly|per|each)\b)"
    r"[a-z]{3,}\s*$"
)
#: Spending said as one part of it: "rent is 1,150, before anything else".
_PART_ONLY = re.compile(
    r"\b(?:before anything else|not (?:counting|including)|excluding|just (?:the )?rent|"
    r"only (?:the )?rent)\b"
)
#: Words after a number that make it money: "150-200 a month in sales".
_MONEY_AFTER = re.compile(
    r"^\s*(?:in (?:sales|revenue|tips|income|fees|takings)|of (?:income|revenue|sales)|"
    r"(?:profit|revenue|income|turnover|takings)\b)"
)
#: "the hours are about 6", "hours: 6": a number said as hours at another question.
_HOURS_NAMED = re.compile(
    r"\bhours\s*(?:are|is|:|=)?\s*(?:about|around|roughly|maybe|like|usually)?\s*$"
)
#: The periods that make a number after a money word a rate of pay ("makes 300 a month").
_PAY_PERIODS = frozenset({"week", "month", "year"})
_ADD = re.compile(r"\b(?:add|another|an extra|a further)\s+(?:maybe\s+|about\s+|around\s+)?$")
#: A stretch of weeks or months that is not every week of the year ("for 3 weeks in June").
_STRETCH = frozenset({"weeks", "months", "duration"})
#: A share of a full-time week said beside a full-time figure: the pay is a part of it.
_PART_TIME = re.compile(
    r"\b[1-4](?:\.5)?\s*(?:days?|d)\s*(?:/|a|per)\s*(?:wk|week)\b|\b[1-4] days\b|"
    r"\b0?\.\d+\s*(?:fte|contract|post)?\b|\bpart[- ]time\b|\b\d{2}\s*%"
)
#: "made 400 total", "about 900 in total so far": a total over a time not said.
_TOTAL_UNTIMED = re.compile(
    r"^\s*(?:usd|eur|gbp|dollars?|euros?|pounds?|quid)?\s*(?:in\s+)?(?:total|all told|"
    r"altogether|so far|to date|ever)\b(?!\s+(?:a|per|each|every)\s)"
)
#: Words giving a total its time ("in total last year", "this year so far").
_PERIOD_SAID = re.compile(
    r"\b(?:a|per|each|every|last|this)\s+(?:year|month|week)\b|\b(?:annually|yearly|monthly|"
    # "last season the stand did 14k total": a season comes once a year
    r"weekly)\b|\b(?:last|this|the whole|all)\s+season\b"
)
#: "I'm paying off a car, 190 a month": a debt's repayment, said beside savings, is no
#: figure of what the month costs in all.
_DEBT_PAID = re.compile(
    r"\b(?:paying (?:off|back)|pay(?:ing)? back|repay(?:ing|ments?)?|loan|instal+ments?|debt|"
    r"owe|owing|credit card)\b"
)
#: Words right after a figure that say it comes on top of other hours ("6 more", "8 hours a
#: week extra", "10 to 12 on top of my job").
_ADDITIVE = re.compile(
    r"^\s*(?:h\b|hrs?\b|hours?\b)?\s*(?:(?:a|per) (?:week|wk)\s+)?"
    r"(?:more|extra|spare|additional|free|on top)\b"
)


#: Hours said of each time the work is done ("4 hours each time", "3h per gig", "a session"):
#: with no word of how often, they are no hours a week.
_PER_OCCASION = re.compile(
    r"\s*(?:each(?:\s+time)?|a\s+time|per\s+time|a\s+go|apiece|"
    r"(?:per|a|an|each)\s+(?!week|wk|month|year|day|annum|fortnight|term|quarter|season)"
    r"[a-z]{3,})\b",
    re.I,
)


_HOURS_FIELDS = frozenset({"activity.hours_per_week", "capacity.hours_per_week"})


def place(q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame) -> Figure | None:
    figure = _place(q, segment, sentence_q, frame)
    if (
        figure
        and figure.field in _HOURS_FIELDS
        and hours_said.day_capped(q, frame.text, id(q) in frame.pairs)
    ):  # "6 hours a day max": on how many days is not said
        return replace(figure, confidence=UNSURE, note=hours_said.DAY_CAP_NOTE)
    if (
        figure
        and figure.field == "capacity.hours_per_week"
        and hours_said.ceiling_set_by_others(q, frame.text)
    ):  # "legally 56 max": a ceiling set by others, not what the person gives
        return None
    if (
        figure
        and figure.field == "capacity.monthly_spending"
        and _PART_ONLY.search(frame.sentence_text)
    ):  # "rent is 1,150 and that's before anything else": a part, no figure of the whole
        return None
    if (
        figure
        and figure.field == "capacity.monthly_spending"
        and frame.ask == "buffer"
        and _DEBT_PAID.search(frame.sentence_text)
        and not cues.SPENDING.search(frame.sentence_text)
    ):  # "€11k saved. And I'm paying off a car, 190 a month": a debt, not the month's costs
        return None
    if (
        figure
        and figure.field == "activity.annual_revenue"
        and _TOTAL_UNTIMED.search(frame.text[q.end : q.end + 40])
    ):  # "made like 400 usd total": a total over a time not said is no year's income
        return None if not _PERIOD_SAID.search(frame.sentence_text) else figure
    return figure


def _place(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    text = segment.text
    revised = (
        doubts.revises(q, frame)
        or _total_of_last(q, segment, frame)
        or own_share.share_of_last(q, segment, frame)
    )
    if revised is not None:
        return revised
    # "2k savings, 1.5k/month": money said beside savings or spending is no wording of a limit
    # (unlike "I can't earn more than £151 a week")
    beside = q.kind == "money" and cues.buffer_words(frame.sentence_text)
    if frame.constraint_mode and not cues.buffer_words(text) and not beside:
        return None
    if _now_worked(q, segment, frame):
        return None
    if q.kind == "months":
        if cues.SAVINGS.search(text) or frame.ask == "buffer":
            return Figure("capacity.buffer_months", q.value, note=q.note)
        return None
    if q.kind in {"percent", "freq", "weeks", "vague", "weekdays"}:
        return None
    if (
        frame.ask_kind == "act:volatility"
        and q.kind in {"money", "bare", "zero"}
        and not frame.change
    ):
        # "£200 one month, £1,500 the next": examples of how it varies; "steady, a retainer
        # of 800 a month": what the steady work pays
        return _steady_pay(q, sentence_q, frame)
    if q.kind in {"money", "zero"}:
        return _money(q, segment, sentence_q, frame)
    if q.kind == "bare":
        return _bare(q, segment, sentence_q, frame)
    return _hours(q, segment, sentence_q, frame)


#: Words that say money is what the work pays every time, without change.
_PAY_WORD = re.compile(r"\b(?:salary|salaried|retainer|wage|stipend|pays?|paid|fixed)\b")


def _steady_pay(q: Quantity, sentence_q: list[Quantity], frame: Frame) -> Figure | None:
    """At the question whether some work is steady, the one amount said beside "steady" or
    "fixed" as what it pays ("steady-ish, it's a retainer of 800 a month", "fixed salary
    forty thousand") is its yearly income; amounts said as examples of variation are not."""
    amounts = [o for o in sentence_q if o.kind in {"money", "bare", "zero"}]
    if amounts != [q] or q.kind == "zero" or cues.asked_volatility(frame.sentence_text) != "stable":
        return None
    if q.period not in {"year", "month", "week", ""} or frame.examples:
        return None
    if q.kind == "bare" and not (q.period and _PAY_WORD.search(frame.sentence_text)):
        return None
    if not q.period and not _PAY_WORD.search(frame.sentence_text):
        return None
    return figures.annual(replace(q, kind="money"), None, None)


def _now_worked(q: Quantity, segment: Segment, frame: Frame) -> bool:
    """ "on top of my 39 hours at the depot": at the capacity question, the hours of the work
    done now are read as that work's hours (``current``), not as the capacity."""
    work = current.current_work(q, frame)
    if work is None:
        return False
    name, new = work
    if new and not any(r.field == "activity" and r.value == name for r in frame.readings):
        frame.readings.append(Reading("fact", "activity", name, None, segment.text))
    value, note = figures.weekly_hours(q, frame.pairs.get(id(q)))
    frame.readings.append(
        Reading("fact", "activity.hours_per_week", value, name, segment.text, SURE, note=note)
    )
    return True


#: "£500, depends on the job": an amount said to depend is no usual figure.
_SAID_TO_DEPEND = re.compile(r"^\W*(?:it )?depends\b")


def _spread(q: Quantity, after: str) -> bool:
    """ "£20-£300 varies", "£40 a job, varies": a spread or a fee said to vary is no usual
    figure; "$12k varies" is the usual year's income, said to vary."""
    varies = re.match(r"^\W*(?:it )?varies\b", after) is not None
    return varies and (bool(q.note) or q.period not in {"", "year", "month", "week"})


#: Days said to be kept from work: "so those are out", "I can't work them".
_DAYS_KEPT = re.compile(
    r"\b(?:those|they|these|them|that|which|both)(?: are|'re| is|'s) (?:out|off|taken|"
    r"off limits|a no)\b|\b(?:can'?t|cannot|won'?t) (?:work|do)\b|\bnot available\b|"
    r"\bunavailable\b"
)


def _money(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    before = segment.text[: max(q.start - segment.start, 0)]
    after = segment.text[max(q.end - segment.start, 0) :]
    if _EXAMPLE.search(before) or _SAID_TO_DEPEND.match(after) or _spread(q, after):
        frame.examples += 1  # "good year £3k, bad year £500": it varies
        return None
    if q.kind == "zero" and _SOME_TIMES.match(after):
        return None  # "zero some weeks, 25 in a deadline week": one kind of week, no figure
    if q.kind == "zero" and _TO_SPEAK_OF.match(after):  # "no savings to speak of": a little
        return Figure(_zero_field(frame), 0.0, UNSURE, "none, or a little: how much?")
    if q.kind == "money" and not q.period and _IN_A_MONTH.match(after) and frame.subject:
        # "maybe 1.500 € in December": one month's takings, not the year's
        note = "in that month: and over the year?"
        return Figure("activity.annual_revenue", q.value, UNSURE, note, q.currency)
    kind_of = _KIND_OF_PERIOD.search(frame.sentence_text)
    if not q.period and kind_of and q.kind == "money":
        # "on a good month £600, usually nearer 250": the usual amount is a month's too
        q = replace(q, period=kind_of.group(1))
    cue = _money_cue(segment.text, q.start - segment.start)
    if cue is None and _LIVING_COST.search(before):
        cue = "spending"  # "Rent's £850" told with one's work: a cost of living, never earned
    if cue is None and not frame.named_here:  # "scrap what I said about savings, it's 6k"
        earlier = frame.text[frame.sentence_start : q.start]
        cue = (
            _money_cue(earlier, len(earlier))
            or _cue_carried(before, frame)
            or _amount_of_the_last(before, after, frame)
        )
        own_work = frame.activity or frame.subject
        if cue == "savings" and q.period == "month" and (frame.ask == "buffer" or not own_work):
            return figures.monthly(q)  # "Savings: 12.000 €, monthly around 1.800 €"
    if cue == "savings":
        if q.period in {"month", "week"}:
            return None  # "I put away about 200 a month": a rate of saving, no buffer
        if _SET_ASIDE.search(frame.sentence_text):
            return None  # "12 grand for the house deposit, not touching it": no buffer
        return Figure("capacity.cash_buffer", q.value, SURE, q.note, q.currency)
    if cue is None and frame.ask == "spending" and not frame.activity and _earned(before):
        return None  # "I earn 45k a year", "change the shop salary to 45k": pay, not spending
    if cue == "spending" or (frame.ask == "spending" and not frame.activity):
        return figures.monthly(q)
    if q.kind == "zero" and _PARTLY_PAID.search(segment.text):
        return None  # "unpaid mostly": some of it is paid, so no zero and no figure
    if q.kind == "zero" and not (frame.activity or frame.subject):
        return None if frame.ask != "buffer" else Figure("capacity.cash_buffer", 0.0)
    if (frame.activity or frame.subject) and full_time.post_share(q.value, q.kind, frame.text):
        return None  # "FTE salary 98k, I'm 0.8": the share of the post is no pay
    if frame.activity or frame.subject:
        said = (  # "term time": 39; "but in January and February it is closed": 43.33
            term_weeks.weeks(frame.sentence_text, frame.text)
            or closed_months.weeks(frame.sentence_text)
            or 52.0
        )
        weeks = next((w.value for w in sentence_q if w.kind == "weeks"), said)
        hours = _activity_hours(frame, [h for h in sentence_q if _same_item(h, q, frame.text)])
        figure = figures.annual(q, frame.pairs.get(id(q)), hours, weeks)
        figure = figures.over_days_said(figure, frame.pairs.get(id(q)), sentence_q)
        figure = _months_paid(figure, q, frame)
        span = month_span.months_of(frame.text, q.start, q.end) if weeks == 52.0 else None
        spanned = _over_months(figure, q, frame, hours, span) if span else None
        counted, figure = spanned is not None, spanned or figure  # "sept to may": 9 months
        if span and not q.period and q.kind == "money" and figure.confidence == SURE:
            # "about 7k, March to November": a month's money, or the season's in all?
            figure = replace(figure, confidence=UNSURE, note="a month's, or the season's?")
        if q.period == "hour" and _weekday_session(frame):
            # "tuesdays 6-9pm, £45 an hour": a weekly session; how many weeks a year it runs
            # (a term? all year?) is not said
            return replace(figure, confidence=UNSURE, note="every week of the year?")
        if full_time.said(segment.text, q.start - segment.start, q.end - segment.start):
            return _full_time(figure, q, frame)
        return doubts.doubtful(figure, q, sentence_q, frame, counted=counted)
    if frame.ask == "buffer":
        if q.period in {"month", "week", "year"}:
            return figures.monthly(q)
        if _NOT_TOUCHED.search(frame.sentence_text):
            return None  # "also 1500 dollar, for the wedding, not touch": no buffer
        return Figure("capacity.cash_buffer", q.value, note=q.note, currency=q.currency)
    if q.period in {"quarter", "month", "fortnight", "week"}:
        # "around 2k a month": whoever earns it, it is a year's worth, said with its period
        figure = figures.annual(q, None, None)
        return replace(figure, confidence=UNSURE, note=f"{figure.note}; whose income?")
    return Figure("activity.annual_revenue", q.value, UNSURE, "whose income?", q.currency)


def _months_paid(figure: Figure, q: Quantity, frame: Frame) -> Figure:
    """ "€900 a fortnight, but not in July and August", "$2,000 a month. 8 months only per
    year": a month's or a fortnight's pay over the months the message says it is paid."""
    paired = frame.pairs.get(id(q)) is not None
    if q.period not in {"month", "fortnight"} or paired or figure.confidence != SURE:
        return figure
    starts = [frame.text.rfind(c, 0, q.start) for c in ".!?\n"]
    ends = [i for i in (frame.text.find(c, q.end) for c in ".!?\n") if i >= 0]
    sentence = frame.text[max(starts) + 1 : min(ends, default=len(frame.text))]
    paid = closed_months.months_paid(sentence, frame.text)
    if paid is None:
        return figure
    note = f"{figure.note}; paid {paid} months a year".strip("; ")
    return replace(figure, value=round(figure.value * paid / 12, 2), note=note)


def _full_time(figure: Figure, q: Quantity, frame: Frame) -> Figure | None:
    """A full-time figure ("31,000 pro rata", "FTE salary 98k"): beside the share of full time
    worked ("4 days a week", "0.8"), that share of it, said back with the figure given to be
    put right; alone, asked what is paid."""
    part = full_time.share(frame.sentence_text) or full_time.share(frame.text)
    if part is None:
        if _PART_TIME.search(frame.sentence_text):
            return None  # a part of full time this reader does not work out
        return replace(figure, confidence=UNSURE, note="a full-time figure: what is paid?")
    value = round(figure.value * part.part)
    return replace(figure, value=value, confidence=UNSURE, note=full_time.note(q.value, part))


def _over_months(
    figure: Figure, q: Quantity, frame: Frame, hours: float | None, months: int
) -> Figure | None:
    """The year's figure when the work runs only in ``months`` named months ("sept to may"):
    a month's pay times those months, a week's (or a fee's weeks) over their weeks; ``None``
    when the figure is not one that runs by the week or month (a year's, a season's total, an
    hourly rate, whose hours may be of a weekend or a season)."""
    pair = frame.pairs.get(id(q))
    if q.period == "hour" and not (hours and _PER_WEEK_SAID.search(frame.sentence_text)):
        return None  # "£15/hour, 10h per weekend, June to September": the hours' weeks unsaid
    if q.period == "month" and pair is None:
        note = f"{q.value:g} a month for {months} months"
        return replace(figure, value=q.value * months, note=note)
    spanned = figures.annual(q, pair, hours, 52 * months / 12)
    return spanned if spanned.value != figure.value and spanned.confidence == SURE else None


#: "15 hours per week, from October to May": hours said by the week, each week of the span.
_PER_WEEK_SAID = re.compile(r"\b(?:a|per|each|every)\s+week\b(?!end)|\bweekly\b")
#: After a zero: the times it holds for, not all of them ("zero some weeks").
_SOME_TIMES = re.compile(r"^\W*(?:in\s+)?(?:some|most|many|a few|other|quiet|slow)\s+"
                         r"(?:weeks|months|days|years|seasons)\b")  # fmt: skip
#: "no savings to speak of", "nothing worth mentioning": a little, not nothing.
_TO_SPEAK_OF = re.compile(r"^[^.;!?\d]{0,25}\b(?:to speak of|worth (?:mentioning|talking about))\b")
#: "in December": a month named after an amount said with no period.
_IN_A_MONTH = re.compile(
    rf"^\s*(?:in|during|for|over)\s+(?:the\s+month\s+of\s+)?{closed_months.FULL_MONTHS}\b"
)


def _zero_field(frame: Frame) -> str:
    if frame.subject:
        return "activity.annual_revenue"
    return "capacity.cash_buffer" if frame.ask == "buffer" else "activity.annual_revenue"


_TOTAL_ONLY = re.compile(
    r"^\W*(?:so\s+|that'?s\s+|about\s+|around\s+)*(?:\S+)\s*(?:all in|in total|altogether|"
    r"all told|total)\W*$"
)


def _total_of_last(q: Quantity, segment: Segment, frame: Frame) -> Figure | None:
    """ "spend 1200 a month on rent+bills, 1600 all in": a figure said only as a total is the
    total of the field just read in its sentence."""
    if q.kind not in {"money", "bare"} or not _TOTAL_ONLY.match(segment.text):
        return None
    said = [r for r in frame.readings if isinstance(r.value, float) and r.act == "fact"]
    last = said[-1] if said else None
    if last is None or last.span not in frame.sentence_text or not last.field:
        return None
    if last.field not in {"capacity.monthly_spending", "capacity.cash_buffer"}:
        return None
    frame.readings.remove(last)
    value = q.value if not q.period or q.period == "month" else figures.monthly(q).value
    return Figure(last.field, value, figures.SURE, "the total said", q.currency or last.currency)


#: A figure said as the usual one, or as what is meant, after another ("... normally 2,800").
_ANOTHER_OF_THE_SAME = re.compile(
    r"^\W*(?:but\s+)?(?:normally|usually|typically|rather|eher|plutôt)\W*"
    r"(?:about|around|like|maybe)?\W*$"
)


def _cue_carried(before: str, frame: Frame) -> str | None:
    """ "the card statement was 3,240 ... normally 2,800": a figure with no words of its own
    said as the usual or meant one is of the same kind as the savings or spending before."""
    if not _ANOTHER_OF_THE_SAME.match(before):
        return None
    said = [r.field for r in frame.readings if r.field in _CUE_OF]
    return _CUE_OF[said[-1]] if said else None


_CUE_OF = {
    "capacity.cash_buffer": "savings",
    "capacity.buffer_months": "savings",
    "capacity.monthly_spending": "spending",
}


def _amount_of_the_last(before: str, after: str, frame: Frame) -> str | None:
    """ "4 months of money saved? about 6k": an amount said alone, right after the savings or
    the spending, is how much they come to."""
    if not _BARE.match(before) or not _BARE.match(after) or not frame.readings:
        return None
    return _CUE_OF.get(str(frame.readings[-1].field))


#: Nothing but a hedge around an amount said alone.
_BARE = re.compile(
    r"^\W*(?:so|and|or|that'?s|thats|its|it'?s)?\W*(?:about|around|roughly|maybe|like|approx\w*|"
    r"near(?:ly)?|almost|just under|just over|give or take|ish|in total|all in|or so)?\W*$"
)


def _earned(before: str) -> bool:
    """True when the words before an amount say it is earned ("my salary is", "I make"): at
    the spending question such a figure is pay, never what is spent."""
    return _EARNED.search(before) is not None


#: Words of pay earned, never of a cost ("I pay 1,850 a month" is spent, "make do on" lived on).
_EARNED = re.compile(
    r"\b(?:earn|earns|earned|earning|salary|wages?|income|revenue|turnover|brings? in|"
    r"take home|(?:make|makes|making)(?! do\b)|pays me|paid me|raise)\b"
)


def _money_cue(text: str, position: int) -> str | None:
    """``savings`` or ``spending``: the cue nearest before the amount, else the one after."""
    found = [(m.start(), "savings") for m in cues.SAVINGS.finditer(text)]
    found += [(m.start(), "spending") for m in cues.SPENDING.finditer(text)]
    # "8k saved and the mortgage is 1,050": the cost said nearer the amount is what is spent
    found += [(m.start(), "spending") for m in parts.COST_SAID.finditer(text)]
    before = [f for f in found if f[0] < position]
    if before:
        return max(before)[1]
    return min(found)[1] if found else None


def _weekday_session(frame: Frame) -> bool:
    return any(
        r.field == "activity.hours_per_week"
        and r.subject == frame.subject
        and r.note.endswith("once a week")
        for r in frame.readings
    )


def _pay_after_hours(q: Quantity, frame: Frame, sentence_q: list[Quantity]) -> bool:
    """True for a number a month or a year too large to count anything ("3 or 4 a year" are
    retreats), or a week too large to be hours, said of an activity after its hours, away
    from the question about its hours."""
    too_big = q.value >= 100 if q.period == "week" else q.value >= 50
    return (
        q.period in {"month", "year", "week"}
        and too_big
        and bool(frame.activity)
        and frame.ask_kind != "act:hours"
        and any(h.kind == "hours" and h.end <= q.start for h in sentence_q)
    )


#: Between two figures: another piece of work begins ("..., and I do expert witness work").
_NEW_ITEM = re.compile(
    # "..., then I'm on a casual contract at the clinic": "then I" opens the next work too
    r"\bthen (?:i|we)\b|"
    r"\bplus\b|\band also\b|\bas well as\b|;|\band (?:i|we)(?:'m| am)? (?:also )?(?!get|earn|make|"
    r"charge|bill|take|clear)[a-z]+ (?!(?:maybe|about|around|roughly|like|usually|approx|only|"
    r"just|up|over|under|at|for|between|nearly|almost)\b)[a-z]{3,}"
)


def _same_item(other: Quantity, q: Quantity, text: str) -> bool:
    """True when no other piece of work begins between two figures of a sentence: an hourly
    rate is multiplied by its own work's hours, never by those of the work said before."""
    return not _NEW_ITEM.search(text[min(q.end, other.end) : max(q.start, other.start)])


def _activity_hours(frame: Frame, sentence_q: list[Quantity]) -> float | None:
    subject = frame.subject
    for reading in frame.readings:
        if reading.field == "activity.hours_per_week" and reading.subject == subject:
            return float(reading.value)  # type: ignore[arg-type]
    hours = [q for q in sentence_q if q.kind == "hours"]
    if not hours and frame.ask_kind == "act:revenue":
        # "£35 an hour. oh and it's 4 hours a week now": at the question about one piece of
        # work, its only hours a week said anywhere in the message
        said = [q for q in find_quantities(frame.text) if q.kind == "hours" and q.period == "week"]
        hours = said if len(said) == 1 else []
    if not hours:
        return None
    clock = hours[0].note.startswith("clock") and id(hours[0]) not in frame.pairs
    if clock and doubts.one_weekday(frame.sentence_text):
        return hours[0].value  # "£8.60 an hour, 10 till 6 every saturday": one day a week
    if clock and (
        _SOME_DAYS_SAID.search(frame.sentence_text) or not _DAYS_SAID.search(frame.sentence_text)
    ):  # "£12 an hour, 10 till 6": the hours of a day, on days not said
        return None
    return figures.weekly_hours(hours[0], frame.pairs.get(id(hours[0])))[0]


def _as_money(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    """A plain number placed as money, keeping how often it comes ("110 a day, 3 days a
    week": the days stay paired with the amount they multiply)."""
    money = replace(q, kind="money")
    paired = frame.pairs.get(id(q))
    if paired is None:
        return _money(money, segment, sentence_q, frame)
    frame.pairs[id(money)] = paired
    try:
        return _money(money, segment, sentence_q, frame)
    finally:
        del frame.pairs[id(money)]  # ids are only good while the object lives


def _bare(q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame) -> Figure | None:
    text, kind = segment.text, frame.ask_kind
    big = q.value >= 1000 or re.search(r"\d[.,]\d{3}\b", text) is not None
    capacity = frame.view.capacity
    if (
        frame.change
        and capacity is not None
        and any(abs(v - capacity) < 0.5 for v in frame.negated)
    ):
        return _capacity(q, frame)  # "36 not 63": the capacity said before, corrected
    before = text[: max(q.start - segment.start, 0)]
    cue = _money_cue(text, q.start - segment.start) or _cue_carried(before, frame)
    if re.search(r"\b(?:capacity|my hours)\b", text) and not big and cue is None:
        return _capacity(q, frame)
    if cue == "savings" and q.period in {"month", "week"}:
        return None  # a rate of saving, no buffer
    if kind == "buffer" and cue is None and _RENT.search(text):
        return figures.monthly(q)  # "rent is 900 and everything else maybe 600"
    if cue == "savings" or (kind == "buffer" and big and not q.period and cue is None):
        return Figure("capacity.cash_buffer", q.value, note=q.note)
    if kind == "buffer" and cue is None and q.value == 0:
        return Figure("capacity.cash_buffer", 0.0)  # "literally 0": no spending is nothing
    if kind == "buffer" and cue is None and not q.period and not big:
        return Figure("capacity.cash_buffer", q.value, UNSURE, "savings or spending?")
    if cue == "spending" or kind in {"spending", "buffer"}:
        return figures.monthly(q)
    each_period = q.period in {"month", "week", "year"} and re.match(
        r"^\s*each\b", frame.text[q.end :]
    )
    if (_MONEY_AFTER.match(text[max(q.end - segment.start, 0) :]) or each_period) and (
        frame.activity or frame.ask_subject
    ):  # "150-200 a month in sales"
        return _as_money(q, segment, sentence_q, frame)
    if q.period == "hour" and (frame.activity or frame.ask_subject):
        return _as_money(q, segment, sentence_q, frame)
    if _pay_after_hours(q, frame, sentence_q):
        # "tutoring 5h, 500 a month": the hours are said, so a number a month is the pay
        return _as_money(q, segment, sentence_q, frame)
    if _HOURS_NAMED.search(text[: max(q.start - segment.start, 0)]) and frame.ask_subject:
        return _hours(q, segment, sentence_q, frame)  # "oh and the hours are about 6"
    if _shifts_summed(q, segment, sentence_q, frame):
        return _hours(q, segment, sentence_q, frame)  # "12h shifts, works out to about 42 a week"
    if full_time.post_share(q.value, q.kind, frame.text):
        return None  # "FTE salary 98k, I'm 0.8": the share of the post is no figure of its own
    if full_time.share_with_hours(q.value, q.kind, frame.text[q.end :].casefold()):
        return None  # "0.6 is 22.5 hours": the hours said are the figure
    if kind == "act:revenue" and q.value < 100 and not q.period and q.value != 0:
        return Figure("activity.annual_revenue", q.value, UNSURE, "so little a year?")
    if kind != "act:revenue" and big and _COUNTED.search(text[: max(q.start - segment.start, 0)]):
        return Figure("activity.annual_revenue", q.value, UNSURE, "a count, or money?")
    if kind == "act:revenue" or (big and (frame.activity or frame.ask_subject)):
        return _as_money(q, segment, sentence_q, frame)
    if big:
        return None
    before = text[: max(q.start - segment.start, 0)]
    if _MONEY_WORD.search(before) and q.period in _PAY_PERIODS and frame.subject:
        return _as_money(q, segment, sentence_q, frame)  # "makes 300 a month"
    if _MONEY_WORD.search(before):  # "turnover 20 grand but profit maybe 6"
        return Figure("activity.annual_revenue", q.value, UNSURE, "how much, per what?")
    if _ADD.search(before) and frame.ask_kind == "capacity":  # "I can add maybe 5"
        return Figure("capacity.hours_per_week", q.value, UNSURE, "hours on top of what?")
    if cues.capacity_words(text, frame.ask) and not frame.named_here:
        if _ADDITIVE.search(frame.text[q.end :]) or _added_before(q, frame):
            return Figure("capacity.hours_per_week", q.value, UNSURE, "hours on top of what?")
        return _capacity(q, frame)
    if kind in {"capacity", "act:hours"}:
        return _hours(q, segment, sentence_q, frame)
    if kind == "activities" and q.period in {"month", "year"} and q.value <= 20:
        return None  # "bank shifts maybe 2 a month": how many times, not hours
    if frame.activity and kind == "activities":  # "120 paying": hours? people?
        figure = _hours(q, segment, sentence_q, frame)
        return replace(figure, confidence=UNSURE, note="hours?") if figure else None
    return None


def _shifts_summed(q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame) -> bool:
    """True for a number a week that shifts of a said length "work out to" or "come to": the
    hours of the work spoken of, not a count ("12 hr shifts, works out to about 42 a week")."""
    before = segment.text[: max(q.start - segment.start, 0)]
    return (
        q.period == "week"
        and bool(frame.activity or frame.ask_subject)
        and rates.SUMS_TO.search(before) is not None
        and any(h.kind == "hours" and h.start < q.start for h in sentence_q)
    )


def _hours(
    q: Quantity, segment: Segment, sentence_q: list[Quantity], frame: Frame
) -> Figure | None:
    if q.kind == "days" and any(h.kind == "hours" for h in sentence_q):
        return None
    clock = q.note.startswith("clock") and id(q) not in frame.pairs
    one_day = doubts.one_weekday(frame.sentence_text) or doubts.one_weekday(segment.text)
    if clock and one_day and frame.ask != "constraints":
        # "Thursdays 7-9pm": one evening a week, not every weekday; "Monday to Friday 8 to
        # 6, and Saturday mornings 8 until 1": the Saturday's clause names its one day
        return Figure(_hours_field(frame), q.value, SURE, f"{q.value:g} h, once a week")
    if clock and frame.ask_kind not in {"capacity", "act:hours"} and not frame.activity:
        return None  # "9 to 5" said of a job, not of hours a week
    if clock and (
        _SOME_DAYS_SAID.search(frame.sentence_text) or not _DAYS_SAID.search(frame.sentence_text)
    ):  # "6-8, most days"; "9 to 6" with no days said: hours of a day, no week's hours
        return None
    weeks_said = any(w.kind == "weeks" for w in sentence_q)
    weeks_said = weeks_said or bool(term_weeks.weeks(frame.sentence_text, frame.text))
    weeks_said = weeks_said or bool(month_span.months(frame.sentence_text))
    if q.kind == "hours" and _SEASON_ONLY.search(frame.sentence_text) and not weeks_said:
        return None  # "25 hours, winter only": the weeks of the year it runs are not said
    if q.kind in {"hours", "bare"} and _BETWEEN_SEASONS.search(frame.text):
        # "38 in pruning. 50 odd in vintage. nothing in between": hours of some seasons
        return Figure(_hours_field(frame), q.value, UNSURE, "for which part of the year?")
    if q.kind == "hours" and _AT_PEAK.search(frame.sentence_text):
        return Figure(_hours_field(frame), q.value, UNSURE, "at the busiest: and on average?")
    if (
        q.kind == "days"
        and q.note == "weekday names"
        and (frame.ask == "constraints" or _DAYS_KEPT.search(frame.sentence_text))
    ):
        # "I teach Monday and Wednesday evenings" at the limits question, or "swim practice
        # mon/wed evenings so those are out" anywhere: days taken, said as a limit
        return None
    if q.kind == "days" and q.note != "day":
        return Figure("activity.hours_per_week", q.value, UNSURE, f"how long is each {q.note}?")
    value, note = figures.weekly_hours(q, frame.pairs.get(id(q)))
    if value > _MOST_HOURS:
        return None  # "800 each", "500 a month": no week holds that many hours
    before = frame.text[max(0, q.start - 40) : q.start]
    if _EXAMPLE.search(before) and not frame.change:
        return None  # "on a good week 30": one kind of week, no usual one
    roster = q.note.startswith(rosters.NOTE)
    lasts = (
        q.kind == "hours"
        and id(q) not in frame.pairs
        and _LONG_EACH.match(frame.text, q.start) is not None
        and not roster  # a roster says how many
    )
    if roster and _hours_field(frame) != "activity.hours_per_week":
        return None  # a roster is one job's hours: what the person can give is said apart
    if roster and frame.ask_kind != "act:hours":
        # averaged by the reading, not said: taken as the answer to the hours question only
        return Figure(_hours_field(frame), value, UNSURE, "averaged from the roster: right?")
    if lasts and not doubts.one_weekday(frame.sentence_text):  # "12hr shifts": how many?
        return None  # the length of one, with no number of them: no hours a week
    days_a_year = id(q) in frame.pairs and frame.pairs[id(q)].kind == "days"
    if q.kind == "hours" and days_a_year and frame.pairs[id(q)].period == "year":
        # "3 hours a day, 175 days a year": the year's hours, no usual week's; at the pay
        # question they only give the pay
        if frame.ask_kind == "act:revenue":
            return None
        return Figure(_hours_field(frame), value, UNSURE, "days a year: in a usual week?")
    yearly = [c for c in sentence_q if c.kind == "count" and c.period == "year"]
    if q.kind == "hours" and id(q) in frame.pairs and yearly and frame.pairs[id(q)] not in yearly:
        # "6 weekends a year, 2 days each, 12 hr days": a season's hours, not a week's
        return Figure(_hours_field(frame), value, UNSURE, "for how many weeks a year?")
    after = segment.text[max(q.end - segment.start, 0) :]
    if q.kind == "hours" and _SOME_DAYS.match(after) and id(q) not in frame.pairs:
        return None  # "3-4h most nights": hours a day on days not counted
    if q.kind == "hours" and id(q) not in frame.pairs and _sittings_uncounted(frame.sentence_text):
        return None  # "most evenings, an hour or two": the same said before the length
    if q.kind == "days" and id(q) not in frame.pairs:  # "6 days": of how many hours?
        if frame.ask_kind != "act:hours":
            return None  # days said of a job, of a length not said: no hours a week
        return Figure(_hours_field(frame), value, UNSURE, note)
    season = next((w for w in sentence_q if w.kind == "weeks" and w.period == "year"), None)
    paid = any(m.kind == "money" for m in sentence_q)  # the weeks go to the pay
    if season is not None and q.kind == "hours" and not paid:
        value, note = value * season.value / 52, f"{note}; {season.value:g} weeks a year"
    if _ADDITIVE.search(frame.text[q.end :]) or _added_before(q, frame):
        return Figure("capacity.hours_per_week", value, UNSURE, "hours on top of what?")
    # "(about 7 hours all in)" in brackets after a piece of work: that work's total
    bracketed = segment.bracket and frame.activity and cues.total_only(segment.text)
    # "maybe 60 total counting the stand": the work named is counted in, the figure is all
    named = frame.named_here and not _COUNTING_IN.search(segment.text)
    if cues.capacity_words(segment.text, frame.ask) and not named and not bracketed:
        if frame.sentence_named and frame.ask != "capacity" and cues.total_only(segment.text):
            return Figure("activity.hours_per_week", value, UNSURE, "hours in total: a week?")
        return Figure("capacity.hours_per_week", value, note=note)
    said = frame.text[q.start : q.end]
    per_said = re.search(r"(?:a|per|/|p)\s*(?:week|wk|w|day|month|mo)\b|weekly|daily|monthly", said)
    each = q.kind == "hours" and q.period != "day" and id(q) not in frame.pairs and not per_said
    others = [o for o in sentence_q if o.kind == "hours" and o is not q]
    if each and not others and rates.item_lasts(q, frame.text):  # "gigs are usually 4 hours"
        one = _ONE_OF.search(frame.text[max(0, q.start - 30) : q.start])
        if frame.ask_kind == "act:hours" and not one:  # the hours asked: maybe the week's
            return Figure(_hours_field(frame), value, UNSURE, "each one, or the whole week?")
        return None  # how long one takes, with no word of how often: no hours a week
    weekly = doubts.one_weekday(frame.sentence_text)  # "Saturdays only, 5 hours each"
    if each and _PER_OCCASION.match(frame.text, q.end) and not weekly:  # "3h per gig"
        return Figure(_hours_field(frame), value, UNSURE, "how long each time: how often?")
    if each and _PER_OCCASION.match(frame.text, q.end):  # and one weekday said: once a week
        return Figure(_hours_field(frame), value, note=f"{value:g} h each time, once a week")
    # "carpentry (commissions, 20-25 hrs), ... the markets once a month": a bracket between
    # the hours and how often keeps the frequency another item's
    loose = [f for f in sentence_q if f.kind == "freq" and id(f) not in frame.used
             and f not in frame.pairs.values()
             and not _bracket_between(q, f, frame.text)]  # fmt: skip
    weekly_only = all(f.value == 1.0 for f in loose)  # "an hour on air, every saturday"
    if q.kind == "hours" and loose and id(q) not in frame.pairs and not per_said:
        if weekly_only:
            return Figure(_hours_field(frame), value, note=f"{value:g} h each time, once a week")
        return Figure(_hours_field(frame), value, UNSURE, "how long each time?")
    stretch = any(w.kind == "weeks" and w.period != "year" for w in sentence_q)
    if stretch and q.kind == "hours" and season is None and not paid:  # "40 hrs a week for 3 weeks"
        return None  # a few weeks of the year: no usual week's hours
    if frame.activity or (frame.ask_subject and frame.ask_kind != "capacity"):
        return Figure("activity.hours_per_week", value, note=note)
    if frame.ask_kind == "context" and name_cues.JOB.search(frame.sentence_text):
        # "I'm a planning officer at the council, 37h": the job's hours, or all one can give?
        return Figure("capacity.hours_per_week", value, UNSURE, "the job's hours, or in all?")
    if frame.ask_kind in {"capacity", "context", "constraints", "buffer", "spending"}:
        sure = SURE if frame.ask_kind == "capacity" or q.kind == "hours" else UNSURE
        return Figure("capacity.hours_per_week", value, sure, note)
    return Figure("capacity.hours_per_week", value, UNSURE, "whose hours?")


#: "60 total counting the stand", "50 all in including the shop": a total with a work in it.
_COUNTING_IN = re.compile(
    r"\b(?:total|in total|all in|altogether|all told)\s+(?:counting|including|incl\.?|with)\b"
)


#: "On top of that I can give about 8 hours": hours said as more than the work said before.
_ADDED_BEFORE = re.compile(
    r"\b(?:on top of (?:that|this|it|those|all that)|in addition(?: to that)?|besides that|"
    r"as well as that)\b[^.;!?\d]*$"
)


def _added_before(q: Quantity, frame: Frame) -> bool:
    """True for hours said after words that put them on top of what was said before."""
    start = min(frame.sentence_start, q.start)
    return _ADDED_BEFORE.search(frame.text[start : q.start]) is not None


def _bracket_between(a: Quantity, b: Quantity, text: str) -> bool:
    return bool(re.search(r"[()]", text[min(a.end, b.end) : max(a.start, b.start)]))


#: "each show lasts", "a single class is": words that say a length is one time's.
_ONE_OF = re.compile(r"\b(?:each|every|per|a single|one)\b")
#: "12hr shifts", "10-hour days": how long each one is, said without how many.
_LONG_EACH = re.compile(
    r"\d[\d.,]*\s*-?(?:hours?|hrs?|h)\s+(?:long\s+)?(?:shifts?|days?|nights?)\b"
)


def _hours_field(frame: Frame) -> str:
    if frame.activity or (frame.ask_subject and frame.ask_kind != "capacity"):
        return "activity.hours_per_week"
    return "capacity.hours_per_week"


#: Words that say a figure has moved since it was given ("it's 6 hours now", "picked up").
_REVISED = re.compile(
    r"\b(?:picked up|dropped|gone (?:up|down)|went (?:up|down)|up to|down to|more now|less now)\b|"
    r"\b(?:it'?s|that'?s|is|are)\s+(?:\w+\s+){0,3}now\b"
)


def _updates(figure: Figure, subject: str | None, frame: Frame) -> bool:
    """ "the bank shifts are more like 4 hours a week now": a figure of an activity the plan
    holds, revised with an update word while another question is open."""
    if not frame.update:
        return False
    if subject is not None:
        # "energising! and it's 6 hours now": at the energy question, hours said with an
        # update word revise the hours on record
        asked = {"act:hours": "activity.hours_per_week", "act:revenue": "activity.annual_revenue"}
        other_field = asked.get(frame.ask_kind) != figure.field and bool(
            _REVISED.search(frame.sentence_text)
        )
        return subject in frame.view.activities and (subject != frame.ask_subject or other_field)
    if figure.field in _OWN_MONEY:  # "also savings are 4 lakh now": asked long before
        return frame.ask in _MONEY_ASKED_BEFORE
    return (
        figure.field == "capacity.hours_per_week"
        and frame.view.capacity is not None
        and (frame.ask != "capacity")
    )


#: The person's own money, and the questions that come after it was asked for.
_OWN_MONEY = frozenset(
    {"capacity.cash_buffer", "capacity.monthly_spending", "capacity.buffer_months"}
)
_MONEY_ASKED_BEFORE = frozenset(
    {"streams", "blocks", "review", "finalise", "forecast", "export", "done"}
)


def _capacity(q: Quantity, frame: Frame) -> Figure:
    value, note = figures.weekly_hours(q, frame.pairs.get(id(q)))
    return Figure("capacity.hours_per_week", value, note=note)


def _after_other_work(segment: Segment, frame: Frame) -> bool:
    """True when work was named with no figures earlier in this sentence, after the work the
    frame is on was named in a sentence before ("... $68k. weekends i build furniture, sold 6
    last year for 9 grand"): the figure may be the new work's, so it is not the old one's."""
    pending = frame.pending_segment
    return (
        pending is not None
        and pending.sentence == segment.sentence
        and pending.start < segment.start
        and frame.activity_sentence != segment.sentence
    )


def owner_in_doubt(segment: Segment, frame: Frame) -> bool:
    """True when what ``segment`` says of the frame's activity may be said of other work: the
    frame drifted in its sentence, or other work was named earlier in it."""
    return frame.drifted == segment.sentence or _after_other_work(segment, frame)


def record(figure: Figure, segment: Segment, frame: Frame) -> None:
    """The figure as a reading of the frame's activity (or of the plan)."""
    subject = frame.subject if figure.field.startswith("activity.") else None
    act: Act = "change" if frame.change or _updates(figure, subject, frame) else "fact"
    drifted = owner_in_doubt(segment, frame)
    if subject is not None and drifted:
        figure = replace(figure, confidence=min(figure.confidence, UNSURE), note="whose figure?")
    if subject is not None and subject in frame.name_confidence:
        figure = replace(figure, confidence=min(figure.confidence, frame.name_confidence[subject]))
    frame.readings.append(
        Reading(
            act,
            figure.field,
            round(figure.value, 2),
            subject,
            segment.text,
            figure.confidence,
            figure.currency,
            note=figure.note,
            source=figure.source,
        )
    )
