"""Figures no one would mean: asked back rather than stored.

A wrong figure in a plan is worse than a question asked twice. Some figures the reading rules
produce cannot be what the person means whatever rule produced them: more hours in a week than
a week can hold, or an amount far beyond what a person earns, spends or has saved in the
currency it is written in (numbers glued together, "39h 31k" read as one figure, a rate
multiplied by a total). ``implausible`` lowers their confidence so the interviewer asks back.
A figure said as the nominal one before the real one ("37.5 on paper but realistically 42")
is not what the person does, nor is a best case ("on a good year"): ``implausible`` asks
them back too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import doubts
from agent.interviewer.reading.figures import SURE, UNSURE
from agent.interviewer.reading.types import Reading

#: Currencies in which an amount's size says how plausible it is (a unit worth about a dollar
#: or more); amounts in other currencies are left to the rules that read them.
_STRONG = frozenset({"GBP", "USD", "EUR", "CHF", "AUD", "CAD", "NZD", "SGD"})
#: The most a person plausibly earns a year, spends a month or has saved, in those units.
_MONEY_LIMITS = {
    "activity.annual_revenue": 1_000_000.0,
    "capacity.monthly_spending": 50_000.0,
    "capacity.cash_buffer": 5_000_000.0,
}
#: An amount with no currency may be in any: it is held to a wider limit.
_UNNAMED_FACTOR = 5.0
_HOUR_FIELDS = frozenset(
    {"activity.hours_per_week", "capacity.hours_per_week", "stream.target_hours"}
)
#: A week has 168 hours; more than 100 of work is no one's week.
_MAX_HOURS = 100.0
_MAX_MONTHS = 120.0
#: Fewer than 2 hours a week in all is no plan's capacity; such a figure is read from a
#: rota ("2 weeks on, 1 off") or a slip, and asked back.
_MIN_CAPACITY = 2.0


#: "37.5 on paper but realistically 42": the figure before the turn is only the nominal one.
_NOMINAL_THEN_REAL = re.compile(
    r"\b(?:on paper|officially|contracted|contractually|in theory|nominally|supposedly|"
    r"technically)\b.*?\b(?P<turn>but|though|although|while|whereas)\b.*?\b(?:realistically|"
    r"really|actually|in practice|in reality|more like|closer to)\b"
)


#: "..., and do 6 hours cleaning at the school", "and 16h at Boots": hours that open a piece
#: of work named after them, not more said of the activity before.
_HOURS_THEN_WORK = re.compile(
    r"^(?:and\s+|plus\s+)?(?:i\s+)?(?:do\s+|work\s+)?(?:about\s+|around\s+|maybe\s+)?"
    r"\d[\d.]*\s*(?:h|hrs?|hours?)\s+(?:of\s+)?(?P<rest>(?:at|for)\s+(?!(?:the|a|an|my|home|"
    r"least|most|now|weekends?|nights?|work)\b)[a-z]{3,}|"
    r"(?!(?:during|evening|morning|something|nothing|everything|anything)\b)[a-z]{3,}ing\b)"
)


def _other_work(r: Reading) -> bool:
    """True when hours given to an activity named before open a piece of work of their own."""
    if r.field != "activity.hours_per_week" or not r.subject:
        return False
    found = _HOURS_THEN_WORK.match(r.span.strip())
    if found is None:
        return False
    said = {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", found.group("rest"))} - {"the", "for"}
    own = {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", r.subject.casefold())}
    return not said & own


#: "can I get one for youtube shorts, 2 hrs", "I'd like a seed stream for drone footage": a new
#: stream asked for; its figures and role are no change to a stream already proposed.
_NEW_STREAM = re.compile(
    r"\b(?:a|an|another|new|one)\s+(?:new\s+|more\s+|extra\s+)?(?:(?:anchor|client|leverage|"
    r"seed)\s+)?(?:stream|one|thing)\s+(?:for|of|about|doing|on)\b|\bget one for\b"
)


def new_stream_figures(readings: list[Reading], text: str) -> list[Reading]:
    """Changes to a proposed stream asked back when the message asks for a new stream and
    the change's own words do not name the stream it was given to."""
    if not _NEW_STREAM.search(text):
        return readings
    out = []
    for r in readings:
        if r.act == "change" and (r.field or "").startswith("stream.") and r.subject:
            own = {w for w in re.findall(r"[a-z]{3,}", r.subject.casefold())}
            span = r.span.casefold()
            named = own and all(w in span for w in own)
            if not named or (r.field == "stream.role" and _NEW_STREAM.search(span)):
                r = replace(
                    r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "a new stream?")
                )
        out.append(r)
    return out


#: A number said with hours as its unit ("40h", "6 hrs", "37.5 hours").
HOURS_AFTER_NUMBER = re.compile(r"\d\s*(?:h|hrs?|hours?)\b")
_HOURS_SAID = re.compile(rf"{HOURS_AFTER_NUMBER.pattern}|\bhours?\b|\bhrs\b")


def shares_in_a_row(readings: list[Reading]) -> list[Reading]:
    """ "the lets at 30% of income and the farm 55": a bare number said in a row with a
    stream's share is a share too. When it is said apart, could not be a share beside the
    other, or lands on the same stream, it is asked back."""
    shares = [r for r in readings if r.act == "change" and r.field == "stream.target_income_share"]
    if len(shares) != 1:
        return readings
    share = shares[0]
    out = []
    for r in readings:
        bare = r.act == "change" and r.field == "stream.target_hours"
        if bare and not _HOURS_SAID.search(r.span) and isinstance(r.value, float):
            sure = (
                r.span == share.span
                and r.subject != share.subject
                and float(r.value) + float(str(share.value)) <= 100
            )
            r = replace(r, field="stream.target_income_share", note="a share, said in a row")
            if not sure:
                r = replace(r, confidence=min(r.confidence, UNSURE))
        out.append(r)
    return out


def implausible(readings: list[Reading], ask: str = "") -> list[Reading]:
    """The readings with figures no one would mean, and nominal figures, asked back; of two
    figures for one field, the real one said after the nominal one is kept."""
    checked = [_checked(r) for r in readings]
    checked = [
        replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "which work?"))
        if _other_work(r) and not ask.startswith("act:")  # at "act:" the figures are its
        else r
        for r in checked
    ]
    if ask.startswith(_WORD_ASKS):
        checked = [_how_long(r) for r in checked]
    real = [r for r in checked if _after_turn(r) is True]
    out = []
    for r in checked:
        if _after_turn(r) is False:
            r = replace(
                r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "only on paper?")
            )
        elif r in real and r.note == _RIVALS and _only_real(r, checked):
            r = replace(r, confidence=SURE, note="the real figure, not the one on paper")
        out.append(r)
    return out


_RIVALS = "two figures for one field"
#: Questions answered in words: hours said there with no period are how long something
#: lasts ("talk about a book for 2 hours"), not hours a week.
_WORD_ASKS = ("act:teaches:", "act:energy:", "act:volatility:", "skills", "excited", "underused",
              "core")  # fmt: skip
_PERIOD_SAID = re.compile(
    r"(?:a|per|/|each|every|p)\s*(?:week|wk|w|day|month|mo|year|yr|fortnight)\b|weekly|daily|"
    r"monthly|\bpw\b|\bof (?:my|the|a) week\b"
)


def _how_long(r: Reading) -> Reading:
    if r.act != "fact" or r.field not in _HOUR_FIELDS or _PERIOD_SAID.search(r.span):
        return r
    if doubts.one_weekday(str(r.subject or "")):  # "a Sunday yoga class, 1 hr": once a week
        return r
    return replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "how often?"))


def _after_turn(r: Reading) -> bool | None:
    """True for a figure said after "... on paper but realistically", False for one said
    before it (or not found), None when the span has no such turn."""
    if r.act not in {"fact", "change"} or isinstance(r.value, bool | str) or r.value is None:
        return None
    turn = _NOMINAL_THEN_REAL.search(r.span)
    if turn is None or r.confidence < UNSURE:
        return None
    said = re.search(rf"(?<![\d.]){re.escape(f'{float(r.value):g}')}(?![\d]|\.\d)", r.span)
    return said is not None and said.start() > turn.start("turn")


def _only_real(r: Reading, readings: list[Reading]) -> bool:
    rivals = [o for o in readings if (o.field, o.subject, o.span) == (r.field, r.subject, r.span)]
    return len(rivals) == 2 and sum(_after_turn(o) is True for o in rivals) == 1


def _checked(r: Reading) -> Reading:
    if r.act not in {"fact", "change"} or not isinstance(r.value, int | float):
        return r
    if isinstance(r.value, bool):
        return r
    if r.field in _MONEY_FIELDS and _BEST_CASE.search(r.span):
        return replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "a best case?"))
    if r.field == "capacity.hours_per_week" and 0 < float(r.value) < _MIN_CAPACITY:
        return replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "so few hours?"))
    limit = _limit(r)
    if limit is None or abs(float(r.value)) <= limit:
        return r
    return replace(r, confidence=min(r.confidence, UNSURE), note=_join(r.note, "implausibly large"))


#: "forty thousand on a good year, way less on a bad one": a best case is no typical year.
_BEST_CASE = re.compile(
    r"\b(?:(?:on|in|for) a (?:good|great|busy|strong) (?:year|month|week|season)|at best|"
    r"best case|in a best case|(?:on|in) (?:the|my) best (?:year|month|week)s?|"
    # "good sunday i do 1200", "on a busy night we clear 900": one good day, no usual one
    r"(?:on|in|for) an? (?:good|great|busy|strong) (?:day|night|shift|weekend|market)|"
    r"(?:a |on a )?(?:good|great|busy|strong|best) (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)s?)\b"
)
_MONEY_FIELDS = frozenset({"activity.annual_revenue", "capacity.monthly_spending"})


def _limit(r: Reading) -> float | None:
    field = r.field or ""
    if field in _HOUR_FIELDS:
        return _MAX_HOURS
    if field == "capacity.buffer_months":
        return _MAX_MONTHS
    if field not in _MONEY_LIMITS:
        return None
    if r.currency is None:
        return _MONEY_LIMITS[field] * _UNNAMED_FACTOR
    return _MONEY_LIMITS[field] if r.currency in _STRONG else None


def _join(note: str, more: str) -> str:
    return f"{note}; {more}" if note else more


def first_said(readings: list[Reading], activities: tuple[str, ...]) -> list[Reading]:
    """ "barista (25h - no 20, they cut my hours)": a figure of an activity the message itself
    introduces revises nothing on record, so it is a fact, not a change."""
    new = {
        str(r.value).casefold()
        for r in readings
        if r.act == "fact"
        and r.field == "activity"
        and str(r.value).casefold() not in {a.casefold() for a in activities}
    }
    return [
        replace(r, act="fact")
        if r.act == "change"
        and r.field in _ACTIVITY_FIGURES
        and (r.subject or "").casefold() in new
        else r
        for r in readings
    ]


_ACTIVITY_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})


#: A sentence that opens with the answer to a later question about one activity ("varies
#: loads, weather mostly", "draining, the hours are long"): what follows is its reason.
_LABEL_FIRST = re.compile(
    r"^\W*(?:(?:it'?s|its|it is|pretty|very|quite|really|mostly|so|super|fairly)\s+)*"
    r"(?:var(?:ies|y|iable)(?:\s+(?:a lot|loads|massively|hugely|wildly|a bit))?|up and down|"
    r"all over the place|feast (?:or|and) famine|seasonal|steady|stable|regular|irregular|"
    r"draining|energi[sz]ing|exhausting|tiring)\s*(?:,|-|$)"
)


def label_reasons(readings: list[Reading], text: str, ask: str) -> list[Reading]:
    """At the question that lists activities, no activity from a sentence that opens with a
    label for one ("varies loads, weather mostly" names no "weather"), nor its figures."""
    if ask != "activities":
        return readings
    sentences = [s for s in re.split(r"(?<!\d)[.!?;\n]+", text) if s.strip()]
    reasons = [s for s in sentences if _LABEL_FIRST.match(s.strip())]
    if not reasons:
        return readings
    dropped = {
        str(r.value)
        for r in readings
        if r.field == "activity" and any(r.span and r.span in s for s in reasons)
    }
    return [r for r in readings if not (
        (r.field == "activity" and str(r.value) in dropped) or (r.subject in dropped)
    )]  # fmt: skip
