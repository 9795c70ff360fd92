"""Which figure a correction is about, told by the figure it takes back (pure).

"Let's say 45 hours a week, not 48": 48 is the capacity on record, so 45 is the new capacity,
whatever activity the open question is about. "I think 40 hours was too optimistic. Can we say
37?": 40 is on record as the capacity and 37 is the change. The figure taken back must hold
exactly one field of the plan; otherwise nothing is re-aimed.

A correction the dialog cannot place ("the retainer went up to 42.000 € this year", "it's 4
trainings a month now, not 3, same rate") is asked back with the plain questions about the
activity it names, so the person gives the figure plainly.
"""

from __future__ import annotations

import re

from agent.interviewer import names
from agent.interviewer.reading.types import Reading
from agent.plan.models import Plan

_AMOUNT = r"([£$€]?\s?\d[\d.,]*\s*(?:k\b|grand\b|thousand\b)?)"
_TAKEN_BACK = re.compile(
    r"\b(?:not|rather than|instead of|from)\s+(?:the\s+|about\s+|around\s+)?" + _AMOUNT,
    re.I,
)
_TOO = re.compile(
    _AMOUNT + r"\s*(?:h\b|hrs?\b|hours?\b)?(?:\s*(?:a|per) week)?\s+(?:was|is|were|seems?|"
    r"sounds?)\s+(?:too|a bit|way|far|rather|really|overly)\b",
    re.I,
)
_HOURS_FIELDS = frozenset({"capacity.hours_per_week", "activity.hours_per_week",
                           "stream.target_hours"})  # fmt: skip
_MONEY_FIELDS = frozenset({"capacity.cash_buffer", "capacity.monthly_spending",
                           "activity.annual_revenue"})  # fmt: skip
_DATA = frozenset({"fact", "change"})
_UPDATE = re.compile(
    r"\bnot [£$€]?\d|"  # "55k not 60k", "not £60k"
    r"\b(?:actually|actualy|correction|went up|gone up|go up|went down|gone down|now|not \d+|"
    r"rather than|instead of|more like|i forgot|forgot to say|i meant|should be|typo|mistake|"
    r"wrong|changed?|raised|cut|too (?:optimistic|much|high|low|many|little))\b",
    re.I,
)

Record = tuple[str, str | None, float]
#: The note of a change re-aimed at the figure it takes back: the figure names its subject.
TAKEN_BACK = "aimed by the figure it takes back"


def amount(said: str) -> float | None:
    """A figure as written: "48", "44k", "42.000 €", "3,5", "£1,200"."""
    low = said.casefold().strip(" £$€")
    scale = 1000.0 if re.search(r"k\b|grand|thousand", low) else 1.0
    digits = re.match(r"\d[\d.,]*", low)
    if digits is None:
        return None
    text = digits.group(0).rstrip(".,")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        text = re.sub(r"[.,]", "", text)
    text = text.replace(",", ".")
    try:
        return float(text) * scale
    except ValueError:
        return None


def on_record(plan: Plan) -> list[Record]:
    """Every figure the plan holds, as ``(reading field, subject, value)``."""
    found: list[Record] = []
    if plan.capacity is not None:
        cap = plan.capacity
        found += [("capacity.hours_per_week", None, cap.hours_per_week)]
        found += [(f"capacity.{k}", None, float(v)) for k, v in
                  (("cash_buffer", cap.cash_buffer), ("monthly_spending", cap.monthly_spending))
                  if v]  # fmt: skip
    for a in plan.activities:
        found += [("activity.hours_per_week", a.name, a.hours_per_week),
                  ("activity.annual_revenue", a.name, a.annual_revenue)]  # fmt: skip
    found += [("stream.target_hours", s.name, s.target_hours) for s in plan.streams]
    return [r for r in found if r[2]]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.005 * abs(b), 0.01)


#: The periods a year's income may have been said in: "60k a month" is held as 720,000.
_PERIODS = (12.0, 52.0)
#: A period said with a figure: the figure is then read in its own terms.
_PERIOD_SAID = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:year|month|week|annum)\b|/\s*(?:yr|year|mo|month|wk|week)\b|"
    r"\b(?:monthly|weekly|yearly|annual(?:ly)?|pm|pa|p/?w)\b",
    re.I,
)


def _holds(field: str, held: float, value: float) -> float | None:
    """How many of ``value`` make the figure ``held`` (1, or a year's months or weeks for an
    income said per month or week), or ``None`` when ``value`` is not what it holds."""
    money = field in _MONEY_FIELDS
    for said in (value, value * 1000) if money and value < 1000 else (value,):
        if _close(held, said):
            return said / value
        if field == "activity.annual_revenue":
            per = next((n for n in _PERIODS if _close(held, said * n)), None)
            if per is not None:
                return said * per / value
    return None


def _hits(text: str, plan: Plan) -> dict[Record, float]:
    said = [m.group(1) for m in [*_TAKEN_BACK.finditer(text), *_TOO.finditer(text)]]
    hits: dict[Record, float] = {}
    for figure in said:
        value = amount(figure)
        if value is None:
            continue
        for field, subject, held in on_record(plan):
            times = _holds(field, held, value)
            if times is not None:
                hits[(field, subject, held)] = times
    return hits


def _in_same_terms(raw: float, times: float) -> float:
    """The new figure read in the terms of the one it takes back: "55k not 60k" of 60k a
    month held as a year's is 55k a month; "6.5 not 8" of 8,000 held is 6,500. The thousands
    that made a bare "8" into 8,000 never scale a figure written in full ("£6,500, not 8")."""
    if times >= 1000 and raw >= 1000:
        return raw * times / 1000
    return raw * times


def referenced(text: str, plan: Plan) -> Record | None:
    """The one figure on record that the message takes back ("not 48", "40 hours was too
    optimistic", "55k not 60k" when 60k a month is held as a year's 720,000), or ``None``."""
    hits = _hits(text, plan)
    return next(iter(hits)) if len(hits) == 1 else None


def takes_back_unrecorded(text: str, plan: Plan) -> bool:
    """True when the message takes back a figure ("5h not 6") that the plan does not hold:
    it is about something else than what is on record, so no recent answer is re-answered."""
    said = [v for m in _TAKEN_BACK.finditer(text) if (v := amount(m.group(1))) is not None]
    held = on_record(plan)
    return bool(said) and not any(
        _holds(field, h, v) is not None for v in said for field, _subject, h in held
    )


def holds_taken_back(text: str, held: float, field: str = "") -> bool:
    """True when the message takes back no figure ("..., not 3.6k"), or takes back ``held``
    (the figure a change would replace; of ``field``, a year's income also as a month's or a
    week's): a change that takes back another figure is about something else than what holds
    ``held``."""
    said = [v for m in _TAKEN_BACK.finditer(text) if (v := amount(m.group(1))) is not None]
    kind = field or "capacity.cash_buffer"  # a money field: "60" may be "60k"
    return not said or any(_holds(kind, held, v) is not None for v in said)


def updating(text: str) -> bool:
    """True for a message that revises something said or recorded ("not 48", "went up")."""
    return bool(_UPDATE.search(text))


def retarget(readings: list[Reading], text: str, plan: Plan) -> list[Reading]:
    """The readings with the figure a correction gives re-aimed at the figure it takes back
    (see the module); the readings unchanged when no single figure on record is taken back."""
    ref = referenced(text, plan) if updating(text) else None
    if ref is None:
        return readings
    field, subject, old = ref
    kind = _HOURS_FIELDS if field in _HOURS_FIELDS else _MONEY_FIELDS
    figures = [r for r in readings if r.act in _DATA and r.field in kind
               and isinstance(r.value, int | float)]  # fmt: skip
    fresh = [r for r in figures if not _close(float(r.value or 0), old)]
    times = _hits(text, plan)[ref]
    if times != 1 and not _PERIOD_SAID.search(text):
        # "55k not 60k" when 60k a month is held: the new figure is said in the same terms
        raws = {v for m in re.finditer(_AMOUNT, text) if (v := amount(m.group(1))) is not None
                and not _close(v * times, old)}  # fmt: skip
        new = _in_same_terms(raws.pop(), times) if len(raws) == 1 else None
    else:
        new = float(fresh[0].value or 0) if fresh else _other_number(text, old)
    if new is None:
        return readings
    made = Reading("change", field=field, value=new, subject=subject,
                   span=fresh[0].span if fresh else text, note=TAKEN_BACK)  # fmt: skip
    gone = {id(r) for r in figures}
    named = {str(r.subject).casefold() for r in figures if r.subject}
    if subject is None or field.startswith("capacity."):
        # a name read beside the figure ("I think better 40 hours") named nothing
        gone |= {id(r) for r in readings if r.field == "activity"
                 and str(r.value).casefold() in named and not names.find(str(r.value), [
                     a.name for a in plan.activities])}  # fmt: skip
    return [made, *(r for r in readings if id(r) not in gone)]


def _other_number(text: str, old: float) -> float | None:
    """The one figure of the message that is not the one taken back ("can we say 37?")."""
    bare = r"\d[\d.,]*(?=\s*(?:[?.!,;]|$|h\b|hrs?\b|hours?\b|k\b|[£$€]))"
    values = {v for m in re.finditer(bare, text)
              if (v := amount(m.group(0))) is not None and not _close(v, old)}  # fmt: skip
    return values.pop() if len(values) == 1 else None


def unplaced_change(text: str, plan: Plan) -> str | None:
    """The one recorded activity a correction names when nothing could be read from it ("the
    retainer went up to 42.000 € this year"), to ask about plainly; ``None`` otherwise."""
    if not (_UPDATE.search(text) and re.search(r"\d", text)):
        return None
    words = names.words(text)
    named = [a.name for a in plan.activities
             if any(len(w) > 3 and w in words for w in names.words(a.name))]  # fmt: skip
    return named[0] if len(named) == 1 else None


#: "4 trainings a month now, not 3, same rate": a count changed at the same price.
_COUNT_NOW = re.compile(
    r"\b(?P<new>\d+)\s+(?:[a-z]+\s+){0,2}?(?:a|per|each|every)\s+(?:week|month|year|term)\b"
    r".*?\bnot\s+(?P<old>\d+)\b|"
    r"\bnot\s+(?P<old2>\d+)\b.*?\b(?P<new2>\d+)\s+(?:[a-z]+\s+){0,2}?(?:a|per|each|every)\s+"
    r"(?:week|month|year|term)\b",
    re.I,
)
_SAME = re.compile(r"\bsame\s+(?:per\s+\w+|(?P<word>[a-z]+))\b", re.I)
_PRICE_WORDS = ("rate", "price", "fee", "pay", "money", "amount", "fees", "rates")


def _same_price(text: str) -> bool:
    """True when the message keeps the price ("same rate", "same raet", "same per session")."""
    for m in _SAME.finditer(text):
        word = (m["word"] or "").casefold()
        if not word or any(word == w or names.one_typo(word, w) for w in _PRICE_WORDS):
            return True
    return False


def scaled_count(text: str, plan: Plan) -> tuple[str, float] | None:
    """A count of paid items changed at the same price ("it's 4 trainings a month now, not 3,
    same rate"), naming one recorded activity whose income is on record: that activity and its
    income scaled to the new count; ``None`` otherwise."""
    found = _COUNT_NOW.search(text)
    name = unplaced_change(text, plan)
    if not (found and name and _same_price(text)):
        return None
    new, old = int(found["new"] or found["new2"]), int(found["old"] or found["old2"])
    activity = next(a for a in plan.activities if a.name == name)
    if not old or new == old or not activity.given("annual_revenue"):
        return None
    return name, round(activity.annual_revenue * new / old, 2)
