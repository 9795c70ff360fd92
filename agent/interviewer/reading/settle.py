"""Several figures for one field in one message: which one the person means.

A figure said as the total wins ("rent 950, bills 300, so 1,250"); else money said in parts
adds up (savings in two accounts, spending item by item, a base salary plus commission); else
the figure said as wanted or realistic beats the one said as now or in the past ("I'm at 55
right now, I want 45"; "40, but I was doing 60 back in 2020"); "6 more on top" adds to the
hours said beside it. When none stands out, every one is asked back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from agent.interviewer.reading import (
    cues,
    fee_counts,
    inside_parts,
    kept_takings,
    left_out,
    marked,
    own_share,
    parts,
    pay_unsized,
)
from agent.interviewer.reading import rates as rates_mod
from agent.interviewer.reading.figures import UNSURE
from agent.interviewer.reading.quantities import find_quantities
from agent.interviewer.reading.revision_words import (
    ACTUALLY_AFTER,
    NEARER,
    REVISION,
    TAKEN_BACK_OPENING,
)
from agent.interviewer.reading.types import Reading

TOTAL = re.compile(
    r"^(?:so|that'?s|thats|which is)\b|\b(?:in total|total|all in|all up|altogether|overall|in all|"
    r"across everything|all together|includ(?:ing|es) everything|everything included|"
    r"with everything|that'?s basically it|call it|"
    r"averages? (?:out )?(?:at |to )?(?!price|cost|fee|rate|ticket|sale|order)|"
    r"on average|so (?:maybe|about|around|roughly)?\s*[£$€]?\d|"
    # "base is 40k ..., with the commission it was 47k": the pay with its extras in it
    r"(?:with|w/|incl\.?|including)\s*(?:the\s+|my\s+)?(?:comm?iss?ions?|overtime|ot|"
    r"allowances?|bonus(?:es)?|tips)\b)"
)
_WANTED = re.compile(
    r"\b(?:more realistic|realistically|realistic|more honest|"
    r"i want|i'?d like|i would like|ideally|aim|"
    r"target|cap|at most|no more than|not more than|max|maximum|limit|tops|i meant|more like|"
    r"in reality|in practice|really do|let'?s say|i'?d want|i would want|would love|"
    r"(?:get|bring|cut) (?:it |that )?down to)\b"
)
_NOT_NOW = re.compile(
    r"\b(?:was|were|used to|back in|last year|right now|currently|at the moment|at present|"
    r"up from|down from|the year before|year before last|the previous year|contracted|on paper|"
    r"these days i do|officially|already|i told you|i said|i put)\b"
)
_PAST = re.compile(r"\b(?:was|were|used to|last year|back in|previously)\b")
_PARTS = frozenset({"capacity.cash_buffer", "capacity.monthly_spending"})
_MONEY_FIELDS = _PARTS | {"activity.annual_revenue"}
#: The note of a figure already read as the person's share of a shared one.
_SHARE_SIZED = "your share"
#: The note of figures that stay rivals for one field: both are asked back.
RIVALS = "two figures for one field"
_JOINED = re.compile(
    r"\b(?:plus|bonus|commission|on top|tips|and then|in overtime|in allowances)\b|\+"
)


def settle(readings: list[Reading], text: str = "") -> list[Reading]:
    """The readings with each field's figures settled to one, or asked back."""
    readings = _put_right(readings, text)
    out: list[Reading] = []
    done: set[int] = set()
    for r in readings:
        if id(r) in done:
            continue
        rivals = [o for o in readings if _same_slot(o, r)]
        if len(rivals) < 2:
            past = r.act == "fact" and _past(r, text) and isinstance(r.value, float)
            out.append(replace(r, confidence=UNSURE, note="said of the past") if past else r)
            continue
        done |= {id(o) for o in rivals}
        # "20 hrs on top of the 36 ... so 56": the figure after "so" sums the hours on top
        rivals = _scaled(rivals, text)  # "Made 84 last year. 84 thousand I mean."
        if len(rivals) == 1:
            out.append(rivals[0])
            continue
        settled = _settled_on(rivals, text) or _taken_back(rivals, text)
        if settled is not None:
            out.append(settled)
            continue
        unsized = pay_unsized.asked_back(rivals, text)
        if unsized is not None:  # "basic 4,100, with overtime it can reach 5k+"
            out += unsized
            continue
        rivals = [_plus_said(o, text) for o in rivals]
        if rivals[0].field in _PARTS:  # "8'500 in the third pillar, which I do not count"
            rivals = left_out.counted(rivals, text)
            one = rivals[0] if len(rivals) == 1 else inside_parts.settled(rivals, text)
            if one is not None:
                out.append(one)
                continue
        if len(rivals) == 2 and _ALTERNATE.search(text):
            # "20 when the kids are with me, 40 when they're at their dad's, we alternate
            # weeks": one week of each, so the usual week is their mean
            mean = round((_number(rivals[0]) + _number(rivals[1])) / 2, 2)
            out.append(
                replace(rivals[0], value=mean, confidence=0.9, note="alternate weeks: the mean")
            )
            continue
        totals = any(TOTAL.search(o.span) for o in rivals)
        if rivals[0].field in _PARTS and not totals and _alternatives(rivals, text):
            out += _one_said(rivals)  # "like 2k maybe. no, rather 1.500": one, not parts
            continue
        concluding = not any(o.note == _ON_TOP for o in readings)
        kept = _one_of(rivals, concluding=concluding, text=text)
        if len(kept) > 1 and _BY_TIMES.search(text) and not any(r.confident for r in kept):
            continue  # "70 in lambing, 45 the rest of the year": it depends on when
        out += kept
    out = fee_counts.counted_said(out, text)  # "$200 a dance. I called 60 dances last year."
    # "£40 a lesson", "£30 an hour": a fee with no word of how often is no year's income
    out = [r for r in out if r.confident or not _RATE_ONLY.match(r.note or "")]
    return _add_on_top(out)


#: Figures said for different times ("summers 60, winters 20", "2 days last week, 4 the week
#: before", "paid exactly twice, £50 and £75"): no usual week or year among them.
_BY_TIMES = re.compile(
    r"\b(?:depends|depending|varies|in (?:june|july|august|december|january|lambing|summer|"
    r"winter|spring|autumn|season)|the rest of the (?:year|time)|last week|the week before|"
    r"one week|the next|summers?|winters?|exactly (?:once|twice)|"
    r"(?:busy|quiet|good|bad) (?:weeks?|months?))\b"
)


#: Two kinds of week that take turns: "we alternate weeks", "week on week off".
_ALTERNATE = re.compile(
    r"\b(?:alternate|alternating|alternative) weeks\b|\bweek on,? (?:and )?week off\b|"
    r"\bevery other week\b.*\b(?:the other|the rest|otherwise)\b"
)


#: "2 hrs on sat, plus an hour setting up": "plus" cut off before the part it adds.
_PLUS_BEFORE = re.compile(r"\bplus(?:\s+(?:maybe|about|around|another))?\s*,?\s*$")


_ELSEWHERE = re.compile(r"\b(?:my|at|for|in)\b")


def _plus_said(r: Reading, text: str) -> Reading:
    """Hours whose span lost the "plus" before them when the clause was cut keep it."""
    if not (r.field or "").endswith("hours_per_week") or r.span.startswith("plus"):
        return r
    if _ELSEWHERE.search(r.span):  # "plus my 37 at the ministry": hours of other work
        return r
    at = text.find(r.span)
    if at <= 0 or not _PLUS_BEFORE.search(text[max(0, at - 20) : at]):
        return r
    return replace(r, span=f"plus {r.span}")


_ON_TOP = "hours on top of what?"
_PART = re.compile(
    r"\b(?:of (?:that|it|this|which)|out of that|included|of the total|"
    r"(?:inside|within|part of|included in) (?:that|it|this|the total))\b"
)
_NET = re.compile(
    r"^\W*after\b|"  # "..., after the van and diesel about £500": what is left of it
    r"\b(?:to me|after (?:[\w']+ (?:and )?){0,3}?(?:costs|expenses|materials|fuel|fees|tax|cut)|"
    r"take[- ]home|net|profit|"
    r"i keep|clear)\b"
)
_GROSS = re.compile(r"\b(?:turnover|gross|before (?:costs|expenses|tax)|revenue is|omsättning)\b")


#: Doubts of a rate whose frequency was not said ("£230 a shift"): no yearly figure of its own.
_RATE_ONLY = re.compile(
    r"^(?:a fee per \w+(?: \w+)?: how often\?|an hourly rate: how many hours\?)$"
)


def _one_of(rivals: list[Reading], *, concluding: bool = True, text: str = "") -> list[Reading]:
    shares = [r for r in rivals if r.note == own_share.SHARE_NOTE]
    if len(shares) == 1:  # "2.2k a month between us, my half is 1100": the person's part
        rivals = rivals[rivals.index(shares[0]) :]  # of the whole before it; parts after count
        if len(rivals) == 1:
            return rivals
    parts_of = [r for r in rivals if (r.note or "").startswith("part of ")]
    if len(parts_of) == 1 and len(rivals) == 2 and _SHARE_SIZED in (parts_of[0].note or ""):
        return parts_of  # "we sold for 38,000. My half is 19": the person's part of the whole
    more = [r for r in rivals if r.note == _ON_TOP]
    base = [r for r in rivals if r not in more and r.confident and not TOTAL.search(r.span)]
    if len(more) == 1 and len(base) == 1 and len(rivals) == 2:  # "40 hours, i can add 8 more"
        total = round(_number(base[0]) + _number(more[0]), 2)
        return [replace(base[0], value=total, note="hours on top added")]
    if _mix_unsaid(rivals):  # "310 wreaths, most at $35, some at $60": how many of each?
        return []
    counted = fee_counts.multiplied(rivals)  # "$425 a house. Did 58 last year."
    if counted is not None:
        return [counted]
    rates = [r for r in rivals if not r.confident and _RATE_ONLY.match(r.note or "")]
    if len(rates) == len(rivals):  # "€40 a small one, €55 a large one": prices, no year
        return rivals
    years = [r for r in rivals if r not in rates]
    # "£230 a shift, so maybe 5.5k a year": a year of a fee is more than the fee
    if rates and years and min(map(_number, years)) > max(map(_number, rates)):
        if not _restates(rates, years, text):
            # "£19.75 an hour, nights out £30 a night, 4 a week": the nights are one part of
            # the pay; the hours' part is not known, so no year is sure
            return [replace(r, confidence=UNSURE, note="and the fee said beside it?")
                    for r in years]  # fmt: skip
        said = rates[0].currency  # "£230 a shift ... 5.5k a year": the same pounds
        rivals = [replace(r, currency=r.currency or said) for r in rivals if r not in rates]
        if len(rivals) == 1:
            return rivals
    if all(abs(_number(r) - _number(rivals[0])) <= 0.01 * abs(_number(r)) for r in rivals):
        return [rivals[0]]  # "about 20 hours ... 8 to 12 Monday to Friday": said twice
    wholes = [r for r in rivals if not _PART.search(r.span)]
    if wholes and len(wholes) < len(rivals):  # "1.2k? rent's 650 of that": 650 is a part
        rivals = wholes
        if len(rivals) == 1:
            return rivals
    pieces = _pieces(rivals)  # "mortgage is 2100 and we're at 5 grand all in": one span
    totals = [r for r, piece in zip(rivals, pieces, strict=True) if TOTAL.search(piece)]
    if (
        len(totals) > 1 and concluding
    ):  # "an hour a walk so 10 hours a week": one clause, the figure after "so"
        totals = _concluded(totals) or totals
    later_plus = any(re.match(r"^plus\b", r.span) for r in rivals[1:])
    if len(totals) == 1 and _below_a_part(totals[0], rivals):
        totals = []  # "rent 4,200, ..., food and the rest maybe 3,000 altogether": one more part
    if len(totals) == 1 and not later_plus:
        return totals
    if len(totals) == 1 and later_plus and _summed(rivals, text):
        # "so 40 hours, plus travel maybe 8": the total and what is said on top of it
        start = rivals.index(totals[0])
        rivals = [totals[0]] + [r for r in rivals[start + 1 :] if re.match(r"^plus\b", r.span)]
    if (not totals or later_plus) and _summed(rivals, text) and _whole_then_parts(rivals):
        # "I spend 2k a month, rent 900, food 300": the month in all with its parts, or more?
        return [replace(r, confidence=UNSURE, note="in all, or with the parts added?")
                for r in rivals]  # fmt: skip
    if (not totals or later_plus) and _summed(rivals, text) and len(_currencies(rivals)) > 1:
        # "24 mln so'm, also 1500 dollar": amounts in two currencies are never one sum
        return [replace(r, confidence=UNSURE, note="in which currency?") for r in rivals]
    if (not totals or later_plus) and _summed(rivals, text):
        value = round(sum(_number(r) for r in rivals), 2)
        parts = " + ".join(f"{_number(r):g}" for r in rivals)
        note = f"{parts}: the parts added up"
        if all(_SHARE_SIZED in (r.note or "") for r in rivals):  # "I pay 60% of it all"
            note += f", each {_SHARE_SIZED}"
        return [replace(rivals[0], value=value, note=note)]
    kept = kept_takings.kept_of_takings(rivals, text)
    if kept is not None:  # "turned over 68k, profit was 41": what the person kept
        return [kept]
    gross = _pay_before_tax(rivals, text)
    if gross is not None:  # "£31k before tax, about 2.1 a month in my hand": the pay is 31k
        return [gross]  # (asked back when no period says whose pay it is: "gross 1 780")
    if _net_and_gross(rivals):  # "38k after materials, maybe 70k turnover": which to plan on?
        return [replace(r, confidence=UNSURE, note="net or turnover?") for r in rivals]
    ranks = [_rank(r) for r in _own_parts(rivals)]
    best = max(ranks)
    top = [r for r, rank in zip(rivals, ranks, strict=True) if rank == best]
    if len(top) == 1:
        return top
    whole = marked.the_marked(rivals, text)  # "£60 for a small one ... £2.3k last year"
    if whole is not None:
        return [whole]
    return [replace(r, confidence=UNSURE, note=RIVALS) for r in top]


_MOST = re.compile(r"^\W*(?:most(?:ly)?|the most|the majority)\b")
_SOME = re.compile(r"\b(?:some|a few|the odd|others?|the rest)\b")


def _mix_unsaid(rivals: list[Reading]) -> bool:
    """True for two prices of one year's things, one said of most of them and one of some
    ("most at $35, some big ones $60"): the mix is not said, so no year's income is."""
    if len(rivals) != 2 or rivals[0].field != "activity.annual_revenue":
        return False
    most = [r for r in rivals if _MOST.match(r.span)]
    return len(most) == 1 and any(_SOME.search(r.span) for r in rivals if r is not most[0])


def _below_a_part(total: Reading, rivals: list[Reading]) -> bool:
    """True when a spending or savings figure said as a total is smaller than another figure
    said before it: it cannot be their sum, so it sums only the things of its own clause."""
    if total.field not in _PARTS:
        return False
    before = rivals[: rivals.index(total)]
    return any(r.confident and _number(r) > _number(total) for r in before)


#: Where the words of one figure end and the next's begin inside one span: a comma, "and",
#: "but" or a semicolon between them.
_BETWEEN_FIGURES = re.compile(r",|;|\band\b|\bbut\b")


def _pieces(rivals: list[Reading]) -> list[str]:
    """Each rival's own words: its span, or, when every rival was read from one span with one
    number each and a pause between them, the piece of it from the pause before its number to
    the pause before the next ("mortgage is 2100 " and "and we're at 5 grand a month all in")."""
    span = rivals[0].span
    numbers = list(re.finditer(r"\d[\d.,]*", span))
    if any(r.span != span for r in rivals) or len(numbers) != len(rivals) or len(rivals) < 2:
        return [r.span for r in rivals]
    cuts = [0]
    for before, after in itertools.pairwise(numbers):
        pauses = list(_BETWEEN_FIGURES.finditer(span, before.end(), after.start()))
        if not pauses:  # "an hour a walk so 10 hours a week": one clause, read as one
            return [r.span for r in rivals]
        cuts.append(pauses[-1].start())
    cuts.append(len(span))
    return [span[a:b] for a, b in itertools.pairwise(cuts)]


#: Where one clause turns to another figure ("maybe 50 a week but honestly 45 is more realistic").
_TURN = re.compile(r"\b(?:but|though|although|whereas|while|or rather|i mean)\b|;|\s-+\s")


#: Words between two amounts of savings or spending that make the later one another figure
#: for the same thing ("2k maybe, no, rather 1,500"; "last month was 3,240 but normally
#: 2,800"), never one more part to add: a correction, a turn or the usual amount.
_OTHER_FIGURE = re.compile(
    r"\b(?:but|or|rather|normally|usually|typically|otherwise|no|nah|nope|ne|nee|eher|"
    r"plutôt|sonst|más bien|piuttosto|eerder)\b"
)


def _alternatives(rivals: list[Reading], text: str) -> bool:
    """True when words between the figures make them alternatives, not parts."""
    starts = [text.find(r.span) for r in rivals]
    if any(s < 0 for s in starts):
        return False
    spans = sorted(zip(starts, rivals, strict=True), key=lambda p: p[0])
    for (a, first), (b, later) in itertools.pairwise(spans):
        digits = [m.start() for m in re.finditer(r"\d", later.span)] or [0]
        between = text[a + len(first.span) : b + digits[0]]
        if first.span == later.span:  # "was 2,900 but usually 2,100": both in one clause
            between = later.span[digits[0] : digits[-1]]
        if _OTHER_FIGURE.search(between):
            return True
    return False


#: The amount said as the usual one, or as what is meant after a turn.
_USUAL = re.compile(
    r"\b(?:normally|usually|typically|rather|eher|plutôt|más bien|piuttosto|eerder)\b"
)


def _one_said(rivals: list[Reading]) -> list[Reading]:
    """Of figures said as alternatives, the one said as the usual or the meant one, or the
    one ranked above the others; else every one is asked back."""
    owned = [_side_of(r) for r in rivals]  # "was 2,900 but usually 2,100": each its own side
    usual = [r for r, side in zip(rivals, owned, strict=True) if _USUAL.search(side)]
    if len(usual) == 1:
        return [replace(usual[0], note="the usual or meant figure of those said")]
    ranks = [_rank(replace(r, span=side)) for r, side in zip(rivals, owned, strict=True)]
    top = [r for r, rank in zip(rivals, ranks, strict=True) if rank == max(ranks)]
    if len(top) == 1:
        return top
    return [replace(r, confidence=UNSURE, note=RIVALS) for r in top]


#: Words between a fee and a later yearly figure that add another part ("and then the bonus").
_ADDS_A_PART = re.compile(r"\b(?:and|plus|then|bonus|on top|also|tips|as well)\b|\+")


def _restates(rates: list[Reading], years: list[Reading], text: str) -> bool:
    """True when the yearly figures say what the fee comes to in a year: said after it, with
    no words adding a part between, and no fee of their own ("€400 a day so about 9k a
    year"); not when the year comes first or is another fee's ("nights out £30 a night")."""
    if not text:
        return True
    fee_end = max(text.find(r.span) + len(r.span) for r in rates)
    for year in years:
        at = text.find(year.span)
        if at < 0 or year.span in {r.span for r in rates}:
            continue  # one clause: "€400 a day so about 9k a year"
        if at < fee_end or _ADDS_A_PART.search(text[fee_end:at]):
            return False
        if any(rates_mod.is_item_rate(q) or q.period == "hour" for q in find_quantities(year.span)):
            return False
    return True


def _side_of(r: Reading) -> str:
    """The part of the reading's span, cut at turns, that holds its figure as written
    ("2,900" or "2.900" for 2900); the whole span when none or several do."""
    sides = [p for p in _TURN.split(r.span) if p]
    number = re.compile(rf"(?<![\d.,]){_number(r):g}(?!\d)")
    mine = [p for p in sides if number.search(re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", p))]
    return mine[0] if len(mine) == 1 else r.span


def _own_parts(rivals: list[Reading]) -> list[Reading]:
    """Rivals read from one span, each given the part of it on its own side of a turn, so
    that "realistic" after the turn ranks only the figure said there."""
    span = rivals[0].span
    if any(r.span != span for r in rivals):
        return rivals
    parts = _TURN.split(span)
    owned = []
    for r in rivals:
        number = re.compile(rf"(?<![\d.,]){_number(r):g}(?![\d])")
        mine = [p for p in parts if number.search(p)]
        if len(mine) != 1:
            return rivals
        owned.append(replace(r, span=mine[0]))
    return owned if len({r.span for r in owned}) == len(owned) else rivals


_SO = re.compile(
    r"\b(?:so|which is|that'?s|thats|making|=)\s+(?=(?:maybe|about|around|roughly|approx|like|"
    r"call it)?\s*[£$€]?\d)|="
)


def _concluded(rivals: list[Reading]) -> list[Reading] | None:
    """Of figures read from one clause, the one said after "so" or "which is": the total the
    clause comes to ("0.8 so about £35k")."""
    spans = {r.span for r in rivals}
    found = list(_SO.finditer(rivals[0].span))
    if len(spans) != 1 or not found:
        return None
    said = [q for q in find_quantities(rivals[0].span[found[-1].end() :]) if q.value]
    if not said:
        return None
    hits = [r for r in rivals if abs(_number(r) - said[0].value) <= 0.01 * said[0].value]
    return hits if len(hits) == 1 else None


def _net_and_gross(rivals: list[Reading]) -> bool:
    """True when a yearly income is given both after costs and as what comes in, and neither
    is said as the person's own take."""
    if rivals[0].field != "activity.annual_revenue" or len(rivals) != 2:
        return False
    net = [r for r in rivals if _NET.search(r.span) and not _GROSS.search(r.span)]
    gross = [r for r in rivals if _GROSS.search(r.span) and not _NET.search(r.span)]
    return len(net) == 1 and len(gross) == 1 and not _KEPT.search(net[0].span)


_TAKEN_BACK = re.compile(TAKEN_BACK_OPENING)
_ACTUALLY_AFTER = re.compile(ACTUALLY_AFTER)


def _taken_back(rivals: list[Reading], text: str) -> Reading | None:
    """Of two figures for one field, the later when the person takes the first back on the
    way to it ("about 9,000. Ah no, I forgot the boiler, say 7,500"; "three grand. 2.5,
    actually"): a correction inside the message, so it takes the first figure's act (nothing
    on record is changed by it) and its currency when it names none."""
    if len(rivals) != 2:
        return None
    starts = [text.find(r.span) for r in rivals]
    if min(starts) < 0 or starts[0] == starts[1]:
        return None
    first, later = sorted(rivals, key=lambda r: text.find(r.span))
    digit = re.search(r"\d", later.span)
    at = text.find(later.span) + (digit.start() if digit else 0)
    between = text[text.find(first.span) + len(first.span) : at]
    number_end = re.match(r"[\d.,]*", text[at:])
    after = text[at + (number_end.end() if number_end else 0) :]
    actually = _ACTUALLY_AFTER.match(after) and re.search(r"[.!?;]\s*$", between)
    if not (_TAKEN_BACK.search(between) or actually):
        return None
    return replace(later, act=first.act, currency=later.currency or first.currency,
                   note="put right in the same message")  # fmt: skip


#: A number's thousands or millions said in a word ("84 thousand", "2 mil", "31k").
_SCALE_WORD = re.compile(r"\d\s*(?:k|grand|thousand|m|mil|million)\b")


def _scaled(rivals: list[Reading], text: str) -> list[Reading]:
    """ "Made 84 last year. 84 thousand I mean.": a figure said again later with its thousands
    or millions is that figure; the bare one before it is no rival of its own."""
    if rivals[0].field not in _MONEY_FIELDS:
        return rivals
    placed = sorted(
        (r for r in rivals if isinstance(r.value, float) and text.find(r.span) >= 0),
        key=lambda r: text.find(r.span),
    )
    for k, first in enumerate(placed):
        small = _number(first)
        for later in placed[k + 1 :]:
            large = _number(later)
            same_place = text.find(later.span) == text.find(first.span)
            scale_said = _SCALE_WORD.search(later.span) and not _SCALE_WORD.search(first.span)
            if (
                small <= 0
                or same_place
                or not scale_said
                or not any(abs(large - small * m) <= 0.01 * large for m in (1e3, 1e6))
            ):
                continue
            again = replace(later, act=first.act, currency=later.currency or first.currency,
                            note="the figure said again with its scale")  # fmt: skip
            return [again if r is later else r for r in rivals if r is not first]
    return rivals


#: Pay said before tax, and what of it reaches the person once tax is taken.
_BEFORE_TAX = re.compile(
    r"\b(?:before (?:tax(?:es)?|deductions)|pre-?tax|gross|ctc|cost to company|brutto)\b|"
    # "... after deductions. Before, about 23 000": the side said by "before" alone
    r"^\W*before\s*[,:-]"
)
_AFTER_TAX = re.compile(
    r"\b(?:after (?:tax(?:es)?|deductions)|post-?tax|in (?:my |the )?hand|take[- ]home|net|"
    r"netto|neto)\b"
)
#: What a business pays out of what comes in: with these, "net" is after costs, not tax.
_COSTS_SAID = re.compile(
    r"\b(?:costs?|expenses|materials|fuel|diesel|petrol|cut|commission|profit|turnover|"
    r"margin|stock|supplies|overheads|sales|takings|reinvest\w*)\b"
)


def _pay_before_tax(rivals: list[Reading], text: str) -> Reading | None:
    """The pay before tax when a yearly income is said both before tax and as what reaches
    the person ("CTC 9 lakh a year but in hand 62k a month"): the plan counts pay before tax,
    and tax is no cost of the work; None when costs are spoken of, or the figure said before
    tax is not the larger (a month's gross said without its month)."""
    if rivals[0].field != "activity.annual_revenue" or len(rivals) != 2:
        return None
    if _COSTS_SAID.search(text):
        return None
    sides = [_with_sentence_opening(side, text) for side in _sides_in_order(rivals)]
    gross = [r for r, side in zip(rivals, sides, strict=True) if _BEFORE_TAX.search(side)
             and not _AFTER_TAX.search(side)]  # fmt: skip
    net = [r for r, side in zip(rivals, sides, strict=True) if _AFTER_TAX.search(side)
           and not _BEFORE_TAX.search(side)]  # fmt: skip
    if len(net) == 1 and not gross:  # "my salary is 285k a month but after tax it is 241k"
        gross = [r for r, side in zip(rivals, sides, strict=True)
                 if r is not net[0] and _PAY_SAID.search(side)]  # fmt: skip
    if len(gross) != 1 or len(net) != 1:
        return None
    pay, kept = gross[0], net[0]
    per_year = _PER_YEAR.get(_period_of(kept.span), 1)
    if _number(pay) <= _number(kept) and per_year > 1 and not _PERIOD.search(pay.span):
        # "18,500 net a month, gross is about 26,000": the gross is of the same month (week)
        pay = replace(pay, value=round(_number(pay) * per_year, 2))
    if _number(pay) <= _number(kept):
        return None
    if _number(pay) < _MONTH_SIZED and not any(_PERIOD.search(r.span) for r in (pay, kept)):
        return replace(pay, confidence=UNSURE, note="pay before tax: a month's or a year's?")
    said = pay.currency or kept.currency  # "net 5.800 lei a month, gross 9.900": lei too
    return replace(pay, currency=said, note="pay before tax, the take-home said beside it")


#: A pay's period, said after it, and the times it comes in a year.
_PERIOD_SAID = re.compile(
    r"\b(?:a|per|every|each|/)\s?(?P<a>week|fortnight|month)\b|\b(?P<b>week|fortnight|month)ly\b"
)
_PER_YEAR = {"week": 52, "fortnight": 26, "month": 12}
#: The words of a pay said with no side of tax: the pay as it is, before what is taken off.
_PAY_SAID = re.compile(
    r"\b(?:salary|pay|paid|wages?|basic|earn|earns|earning|earned|fees|income|make|made)\b"
)


def _period_of(span: str) -> str:
    """The period a pay is said per ("1,480 a week" -> "week"), or ""."""
    said = _PERIOD_SAID.search(span)
    return (said.group("a") or said.group("b")) if said else ""


#: Pay before and after tax with no period said, below this, may be a month's as well as a
#: year's.
_MONTH_SIZED = 12_000
_PERIOD = re.compile(r"\b(?:a|per|every|each) (?:year|month|week|day|annum)\b|\b(?:yearly|"
                     r"annual(?:ly)?|monthly|weekly|daily|lakh a year)\b")  # fmt: skip


def _with_sentence_opening(side: str, text: str) -> str:
    """A figure's words, with the opening of its sentence when they name no side of tax
    ("Gross I don't remember exactly, around 40 thousand": the gross opens the sentence)."""
    at = text.find(side) if side else -1
    if at < 0 or _BEFORE_TAX.search(side) or _AFTER_TAX.search(side):
        return side
    start = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    return text[start:at] + side


def _sides_in_order(rivals: list[Reading]) -> list[str]:
    """Each rival's own words: its span, or, for rivals read from one span, the parts of it
    cut at a turn, in the order the figures were said ("CTC 9 lakh but in hand 62k")."""
    spans = [r.span for r in rivals]
    if len(set(spans)) == len(spans):
        return spans
    parts = [p for p in _TURN.split(spans[0]) if re.search(r"\d", p)]
    return parts if len(parts) == len(rivals) and len(set(spans)) == 1 else spans


#: Words that turn from one figure to the one meant ("... but after materials more like 29k").
_TURNS_TO = re.compile(r"\b(?:but|though|although|or rather|i mean|actually|really)\b")


#: A sentence that opens on its figure, hedged or not ("Maybe 35 after ...", "so about 29k").
_OPENS_ON_FIGURE = re.compile(
    r"^\W*(?:(?:so|then|but|and|maybe|probably|about|around|roughly|approx|more like|like|"
    r"call it|say|only|just|net|profit)\s+)*[£$€]?\d"
)


def _settled_on(rivals: list[Reading], text: str) -> Reading | None:
    """ "turnover was £41k last yr but after materials more like 29k": the net said after a
    turn from the turnover, in the same sentence, replaces it; it is the figure kept."""
    if not _net_and_gross(rivals):
        return None
    net = next(r for r in rivals if _NET.search(r.span) and not _GROSS.search(r.span))
    gross = next(r for r in rivals if r is not net)
    start = text.find(gross.span)
    end = text.find(net.span, start + len(gross.span)) if start >= 0 else -1
    if end < 0:
        return None  # the net said first: asked back
    if re.search(r"[.!?;\n]", text[start + len(gross.span) : end]):
        # "Did about 60k gross. Maybe 35 after materials.": the next sentence opens on what
        # is left once the costs are paid, so the person goes on from the takings to it
        if _OPENS_ON_FIGURE.match(net.span) is None:
            return None  # the net in a sentence of its own, said some other way: asked back
    elif not _TURNS_TO.search(text[start + len(gross.span) : end + len(net.span)]):
        return None
    return replace(net, note="the net said after the turnover replaces it")


#: Net said as the person's own take ("to me maybe 420 000"): that is the figure to plan on.
_KEPT = re.compile(
    r"\b(?:to me|i keep|take[- ]home|i clear|for me|in my pocket|"
    # "we split it ... so I got maybe 12": what reached the person
    r"so i (?:only )?(?:got|kept|cleared|took home))\b"
)


#: "2h recording and 3h editing": hours said for each part of the work.
#: "..., and Saturday mornings from 8 until 1", "..., and 1 hour every evening Monday to
#: Thursday": hours of other days of the week, said after the first days' hours, add to them.
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b"
_OTHER_DAYS = re.compile(
    rf"^(?:and|plus)\s+(?:on\s+)?{_DAY}(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\s+"
    r"(?:from\s+)?\d"
)
_HOURS_ON_DAYS = re.compile(
    rf"^(?:(?:and|plus)\s+)?(?:about\s+|around\s+)?\d[\d.]*\s*(?:h|hrs?|hours?)\s+"
    rf"(?:every|each|on)\s+(?:\w+\s+)?{_DAY}"
)


#: "Tue and Thu evenings 18-21, Saturdays 10-14": a part of the week opening with its day.
_DAY_THEN_CLOCK = re.compile(
    rf"^(?:on\s+)?{_DAY}(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\s+(?:from\s+)?"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:-|to|till?|until)\s*\d"
)


def _other_days(rivals: list[Reading]) -> bool:
    """True when the hours after the first are each said of other days of the week."""
    first_day = re.search(_DAY_OR_SHORT, rivals[0].span or "") is not None
    return all(
        _OTHER_DAYS.match(r.span)
        or (first_day and (_HOURS_ON_DAYS.match(r.span) or _DAY_THEN_CLOCK.match(r.span)))
        for r in rivals[1:]
    )


_DAY_OR_SHORT = rf"\b(?:{_DAY}|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b)"


#: "4 of the small model at €3,900 and 3 big ones at €6,800": each a number of things sold
#: times the price of each, the parts of one takings.
_SOLD = re.compile(r"^\d[\d.]* each x \d[\d.]*(?: \w+)?$")
_PART_OF_WORK = re.compile(r"\d\s*(?:h|hrs?|hours?)\s+(?:of\s+)?[a-z]{3,}ing\b")


#: Words that say a month's spending as a whole, not one cost of it.
_WHOLE_SPENDING = re.compile(
    r"\b(?:i|we) (?:spend|live on|get by on|need)\b|\b(?:spending|outgoings|monthly costs|"
    r"cost of living|living costs|expenses)\b(?!\s*:)"  # "spending: rent 950, ...": a heading
)


def _whole_then_parts(rivals: list[Reading]) -> bool:
    """True when one spending figure is said as the month's whole and the others each name a
    cost: they may be its parts or more on top, so nothing is added up by guessing."""
    if rivals[0].field != "capacity.monthly_spending":
        return False
    wholes = [r for r in rivals if _WHOLE_SPENDING.search(r.span) and not parts.COST.search(r.span)]
    return len(wholes) == 1 and len(rivals) > 1


def _summed(rivals: list[Reading], text: str = "") -> bool:
    if any(not r.confident for r in rivals):
        return False
    if rivals[0].field in _PARTS:
        return not any(_OTHER_KIND[rivals[0].field].search(r.span) for r in rivals)
    if (rivals[0].field or "").endswith("hours_per_week") and (
        any(re.match(r"^(?:plus|and another|and then|on top)\b", r.span) for r in rivals[1:])
        or _other_days(rivals)
        or all(_PART_OF_WORK.search(r.span) for r in rivals)
    ):
        return True  # "40 hours, plus travel between the gyms maybe 8"
    return rivals[0].field == "activity.annual_revenue" and (
        any(_JOINED.search(r.span) for r in rivals)
        or all(_SOLD.search(r.note) for r in rivals)
        or _by_channel(rivals, text)
    )


#: Right after an amount: where it came in ("£1,600 at fairs", "maybe £400 on etsy").
_CHANNEL = re.compile(
    r"[\d.,]*\s*(?:k|grand)?\s+(?:at|on|from|through|via)\s+(?:the\s+|my\s+)?(?P<ch>[a-z]+)"
)
_NO_CHANNEL = re.compile(
    r"^(?:a|an|average|best|worst|good|bad|busy|quiet|top|most|least|times?|weekends?|"
    r"weekdays?|christmas|easter|summer|winter|spring|autumn|fall|season|paper|"
    r"jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)$"
)


def _by_channel(rivals: list[Reading], text: str) -> bool:
    """True for two amounts of a year's income joined by "and", each said with a different
    place it came in ("£1,600 at fairs and maybe £400 on etsy"): the parts of one year."""
    if len(rivals) != 2 or not text or len({r.currency for r in rivals} - {None}) > 1:
        return False
    channels, ends = [], []
    for r in rivals:
        at = text.find(r.span)
        number = list(re.finditer(r"\d[\d.,]*", r.span))
        if at < 0 or len(number) != 1:
            return False
        said = _CHANNEL.match(text, at + number[0].start())
        if said is None or _NO_CHANNEL.match(said.group("ch")):
            return False
        channels.append(said.group("ch"))
        ends.append((at, said.end()))
    (_, first_end), (second_start, _) = sorted(ends)
    between = text[first_end:second_start]
    return channels[0] != channels[1] and re.search(r"\b(?:and|plus)\b", between) is not None


#: A part said as the other kind of money is no part: a sum each month is spending, not
#: savings ("2.500 € a month, savings 15.000 €"); money put by is savings, not spending.
_OTHER_KIND = {
    "capacity.cash_buffer": re.compile(
        r"\b(?:a|per|each|every|im|pro|al|par|in a)\s+(?:month|monat|mes|mois|week|year)\b|"
        r"\b(?:monthly|weekly|yearly|annually|pcm)\b|/\s*(?:mo|month|wk|week|yr|year)\b"
    ),
    "capacity.monthly_spending": re.compile(
        r"\b(?:saved|savings|in the bank|put by|put aside|set aside|nest egg|buffer|ersparnisse|"
        r"emergency fund)\b"
    ),
}


def _past(r: Reading, text: str) -> bool:
    """A figure said of the past; last year's income is what a year brings in, unless the
    message says this year is different."""
    if r.field == "activity.annual_revenue" and not re.search(
        r"\b(?:this year|these days|nowadays|since then)\b", text
    ):
        return bool(re.search(r"\b(?:used to|back in|previously)\b", r.span))
    return bool(_PAST.search(r.span))


def _rank(r: Reading) -> int:
    span = r.span
    if r.field == "activity.annual_revenue":  # last year's income is a year's income
        span = re.sub(r"\blast year\b", "", span)
    rank = 2 * bool(_WANTED.search(span)) - 2 * bool(_NOT_NOW.search(span))
    if r.field == "activity.annual_revenue":
        kept = _NET.search(r.span) or _KEPT.search(r.span)  # "for me stays around 11k"
        rank += bool(kept) - bool(_GROSS.search(r.span))
    if r.field == "capacity.hours_per_week" and cues.CAPACITY.search(r.span):
        rank += 1
    rank += 2 * bool(re.search(r"\brealistic(?:ally)?\b", span))  # "50 tops. 45 realistic"
    rank -= bool(_NOW_AND_THEN.search(span))  # "about 8, sometimes 12": 8 is the usual week
    return rank


#: A figure said as the exception, beside the usual one.
_NOW_AND_THEN = re.compile(
    r"\b(?:sometimes|occasionally|now and then|at a push|at a stretch|if i'?m desperate|"
    r"on a (?:busy|good|big) (?:week|month)|the odd (?:week|month))\b"
)


#: Words that put a figure said before right: "actually it's closer to 24".
_PUT_RIGHT = re.compile(rf"^\W*{REVISION}\b|\b{NEARER}\s+\d")


def _put_right(readings: list[Reading], text: str = "") -> list[Reading]:
    """ "20 hrs/wk, $60k/yr. Actually it's closer to 24 hours now": a figure said, then revised
    later in the same message, is the revised one; the figure first said is no fact of its
    own. "3 grand saved. 2.5, actually": a figure opening its sentence, "actually" after it,
    puts the first right too, and is no change of the plan."""
    out = list(readings)
    for later in readings:
        if later.act != "change" or not isinstance(later.value, float):
            continue
        opening = _opens_then_actually(later, text)
        if not _PUT_RIGHT.search(later.span) and not opening:
            continue  # "though that can change": no figure put right
        first = [
            r for r in out[: out.index(later)]
            if r.act == "fact" and (r.field, r.subject) == (later.field, later.subject)
            and isinstance(r.value, float) and r.span != later.span
        ]  # fmt: skip
        if len(first) == 1 and later.confident:
            out.remove(first[0])
            act = first[0].act if opening else later.act
            out[out.index(later)] = replace(later, act=act, note="put right as it was said")
    return out


def _opens_then_actually(r: Reading, text: str) -> bool:
    """True when the reading's figure opens a sentence and "actually" follows it ("2.5,
    actually, I bought tyres")."""
    said = re.search(rf"(?:^|[.!?;]\s*)({re.escape(r.span)})", text)
    if said is None or not re.match(r"[\d.,]+$", r.span.strip()):
        return False
    return _ACTUALLY_AFTER.match(text[said.end(1) :]) is not None


def _same_slot(a: Reading, b: Reading) -> bool:
    numeric = isinstance(a.value, float) and isinstance(b.value, float)
    # a figure whose owner is in doubt ("whose figure?") is no rival of the owner's own
    doubted = (a.note == _WHOSE) != (b.note == _WHOSE)
    return numeric and not doubted and a.act in {"fact", "change"} and (
        a.act, a.field, a.subject) == (b.act, b.field, b.subject)  # fmt: skip


_WHOSE = "whose figure?"


def _number(reading: Reading) -> float:
    return float(reading.value) if isinstance(reading.value, int | float) else 0.0


def _add_on_top(readings: list[Reading]) -> list[Reading]:
    """ "I work 36 hours and could add 6 more": capacity is 42."""
    base = [r for r in readings if r.field == "activity.hours_per_week" and r.confident]
    out = []
    for r in readings:
        if r.field == "capacity.hours_per_week" and r.note == _ON_TOP and base:
            total = sum(_number(b) for b in base) + _number(r)
            r = replace(r, value=round(total, 2), confidence=0.9, note="hours on top added")
        out.append(r)
    return out


def _currencies(readings: list[Reading]) -> set[str]:
    """The currencies the readings name (an amount with none names none)."""
    return {r.currency for r in readings if r.currency}
