"""The person's limits read as times of the week that blocks must keep clear of (pure).

A limit is stored in the person's words ("no mornings, school run", "weekends are off
limits", "can't start before 10", "school run 8-9 and 3-4", "7am-3pm shifts Mon-Thu", "nights
only"). Read, it is a set of windows (a weekday, a start and an end) that no block may touch;
"only X" is read as the whole week but X. Days, parts of the day and clock times are read with
the helpers that read the week's changes (:mod:`agent.interviewer.when`) and number words with
the reading layer's.

A limit is read clause by clause. A clause that only gives a reason ("school run", "I look
after my dad") adds nothing; a clause that speaks of time in a way not understood (a count of
days, a number left over, a time with no word of what it rules out) leaves the limit unread:
its windows that were read are still kept clear, but it is never named as honoured, so the
person is asked to check it. Nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agent.interviewer import when
from agent.interviewer.reading import kept, times
from agent.interviewer.reading.numbers import spell_out_words

DAY_MINUTES = 24 * 60
#: The span a part of the day covers when a limit rules it out or keeps to it: the whole of it
#: ("no mornings" is nothing before noon), wider than the block a change places there.
PARTS = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 17 * 60),
         "evening": (17 * 60, DAY_MINUTES)}  # fmt: skip
#: Minutes kept clear either side of a thing done at a time ("pick up the kids at 15:30").
AROUND = 30

_DAY_WORD = r"(?:mon|tue|wed|thu|fri|sat|sun|week)[a-z]*"
#: Where a limit's clauses part; a comma before a day or a time lists them ("Mon, Wed & Fri").
_CLAUSES = re.compile(
    rf"\s*(?:,(?!\s*(?:and\s+)?(?:{_DAY_WORD}|\d))|;|[.!?](?:\s|$)|\bbut\b|\bplus\b|\band also\b|"
    r"\band\b(?=\s+(?:no|not|never|nothing|only|can'?t|cannot)\b))\s*"
)
_NEG = re.compile(
    r"\b(?:no|not|never|nothing|none|can'?t|cannot|can not|couldn'?t|don'?t|do not|doesn'?t|"
    r"won'?t|will not|unable|avoid|off|out|busy|taken|impossible|unavailable|"
    r"(?:are|is) for|keep|kept|reserved?|protected?|sacred)\b|n't\b"
)
_ONLY = re.compile(r"\bonly\b")
#: What makes a time the end of the working day ("home by 6", "finish at 5").
_END = re.compile(
    r"\b(?:home|back|finish(?:ed|es)?|done|stop(?:s|ped)?|leave|off|clock off|knock off|"
    r"out of the door|wrap up)\b"
)
#: What makes a time the start of it ("can't start before 10", "free from 3").
_START = re.compile(r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|free|available)\b")
#: A thing done at a time, kept clear around it ("I pick up the kids at 15:30").
_EVENT = re.compile(
    r"\b(?:pick(?:s|ing)?(?: \w+)? up|pick-?ups?|collect(?:s|ing)?|drop(?:s|ping)?(?: \w+)? off|"
    r"drop-?offs?|school|nursery|run|appointments?|class(?:es)?|kids|children|meds|medication)\b"
)
#: Words of a reason given beside a limit: a clause made of them limits nothing by itself.
_REASON = re.compile(
    r"\b(?:kids?|children|child|twins|bab(?:y|ies)|toddlers?|grand\w+|naps?|son|daughter|mum|"
    r"mom|dad|mother|father|parents?|partner|wife|husband|family|school(?: run)?|nursery|"
    r"childcare|care|caring|carer|look(?:ing)? after|"
    r"because|due to|college|church|class(?:es)?|study|studying|health|appointments?|commute|"
    r"pick-?ups?|drop-?offs?|course|lessons?|lectures?|training|rehearsals?|shifts?)\b"
)
#: Care or schooling given by others: the times it runs may be the person's free time or the
#: edge of it ("kids at school 9-3", "the day centre runs 10 to 4"); which is not said, unless
#: the person's own part is named ("school run 8-9", "pick up from nursery at 6").
_PROVIDED = re.compile(
    r"\b(?:school|nursery|daycare|day care|day centre|day center|creche|kita|program(?:me)?|"
    r"club|childminder|respite|sitter|nanny|carers?|after-?school)\b"
)
_OWN_PART = re.compile(
    r"\b(?:run|pick(?:s|ing)?|pick-?ups?|drop(?:s|ping)?|drop-?offs?|collect(?:s|ing)?|take|"
    r"bring|fetch|walk)\b"
)
#: Words that make a limit partial, rotating or seasonal, which a weekly pattern cannot say.
_SOMETIMES = re.compile(
    r"\b(?:every other|alternate|some|sometimes|occasional(?:ly)?|most|usually|often|"
    r"fortnightly|once|twice|times a (?:month|year)|first|second|third|last|holidays?|terms?|"
    r"rotating|rota|varies|vary|changing|seasons?|seasonal|harvest|summers?|winters?|spring|"
    r"autumn|christmas|easter|semester|january|february|march|april|june|july|august|"
    r"september|october|november|december)\b"
)
#: Time wanted free of work ("wants Fridays free", "keep my evenings clear").
_FREE = re.compile(
    rf"\b(?:want|wants|keep|keeps|need|needs|like|likes)\s+(?:my\s+|the\s+)?(?:{kept.TIME_WORD})"
    r"(?:\s+\w+)?\s+(?:free|clear|off)\b"
)
_POINT = re.compile(
    r"\b(?P<cue>before|after|past|by|until|till|til|at|from|earlier than|later than)\s+"
    rf"(?:about\s+|around\s+|roughly\s+)?{when.CLOCK_TIME}(?![\d:])"
)
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{when.CLOCK_TIME})\s+and\s+(?P<b>{when.CLOCK_TIME})\b")
_DAY_SPAN = re.compile(r"\b([a-z]{3,9})\s*(?:-|to|through|thru|till|until)\s*([a-z]{3,9})\b")
_PART = r"(?:mornings?|afternoons?|evenings?|nights?)"
#: A part of the day and a day listed side by side ("no mornings or weekends"): each stands alone.
_APART = re.compile(
    rf"\b{_PART}\s*(?:or|and|nor|&|/|,)\s*(?:on\s+)?{_DAY_WORD}|"
    rf"\b{_DAY_WORD}\s*(?:or|and|nor|&|/|,)\s*(?:in the\s+)?{_PART}"
)


@dataclass(frozen=True)
class Window:
    """A span of one weekday, in minutes after midnight."""

    weekday: str
    start: int
    end: int


@dataclass(frozen=True)
class Limit:
    """A limit as said, the windows it rules out, and whether all of it was read."""

    said: str
    avoid: tuple[Window, ...]
    whole: bool

    def allows(self, weekday: str, start: int, end: int) -> bool:
        """True when a block on ``weekday`` from ``start`` to ``end`` touches no window."""
        return not any(w.weekday == weekday and w.start < end and start < w.end for w in self.avoid)


def read_limit(said: str) -> Limit:
    """The windows ``said`` rules out; ``whole`` only when every clause about time was read."""
    windows: list[Window] = []
    whole = True
    for clause in _CLAUSES.split(_prepare(said)):
        read = _clause(clause.strip(" .!-"))
        if read is None:
            whole = False
        else:
            windows += read
    return Limit(said, tuple(merged(windows)), whole and bool(windows))


def read_limits(said: Iterable[str]) -> list[Limit]:
    """Each limit read (see :func:`read_limit`), in the order given."""
    return [read_limit(s) for s in said if s.strip()]


def merged(windows: Iterable[Window]) -> list[Window]:
    """The windows with overlapping or touching ones of a day joined, in week order."""
    out: list[Window] = []
    for w in sorted(windows, key=lambda w: (when.DAYS.index(w.weekday), w.start, w.end)):
        if out and out[-1].weekday == w.weekday and w.start <= out[-1].end:
            out[-1] = Window(w.weekday, out[-1].start, max(out[-1].end, w.end))
        elif w.start < w.end:
            out.append(w)
    return out


def _prepare(said: str) -> str:
    text = spell_out_words(when.lower(said))
    text = re.sub(r"(?<=\d)\s*([ap])\.\s?m\b\.?", r"\1m", text)  # "6 p.m." is "6pm"
    text = re.sub(r"\b(?:12\s*)?(?:noon|midday)\b", "12pm", text)
    text = re.sub(r"\bmidnight\b", "24:00", text)
    return _BETWEEN.sub(lambda m: f"{m.group('a')}-{m.group('b')}", text)


def _clause(clause: str) -> list[Window] | None:
    """The windows one clause rules out; ``[]`` for a reason alone, ``None`` when unread."""
    neg = bool(_NEG.search(clause) or kept.KEPT.search(clause) or _FREE.search(clause))
    only = bool(_ONLY.search(clause))
    parts, days = when.periods(clause), _days(clause)
    timed = _clock_spans(clause, parts, neg, only)
    said_when = parts or days or re.search(r"\d", clause)
    if said_when and _PROVIDED.search(clause) and not _OWN_PART.search(clause):
        return None
    if timed is None or (neg and only) or _SOMETIMES.search(clause):
        return None
    avoid, keep, rest = timed
    if re.search(r"\d", rest):
        return None  # a number left over: a count, a length, or a time not understood
    scope = days or list(when.DAYS)
    others = [Window(d, 0, DAY_MINUTES) for d in when.DAYS if only and days and d not in days]
    if avoid or keep:
        kept_to = _complement([Window(d, s, e) for d in scope for s, e in keep]) if keep else []
        ruled = [Window(d, s, e) for d in scope for s, e in avoid]
        return ruled + [w for w in kept_to if w.weekday in scope] + others
    if not (neg or only or _REASON.search(clause)):
        return None
    if parts and days and _APART.search(clause):
        alone = [Window(d, *PARTS[p]) for d in when.DAYS for p in parts]
        alone += [Window(d, 0, DAY_MINUTES) for d in days]
        return _complement(alone) if only else alone
    if parts:
        windows = [Window(d, *PARTS[p]) for d in scope for p in parts]
        if only:
            windows = [w for w in _complement(windows) if w.weekday in scope] + others
        return windows
    if days:
        return others if only else [Window(d, 0, DAY_MINUTES) for d in days]
    return None if neg or only else []


def _complement(keep: list[Window]) -> list[Window]:
    """The week outside ``keep``."""
    out = []
    for day in when.DAYS:
        at = 0
        for w in merged(k for k in keep if k.weekday == day):
            out.append(Window(day, at, w.start))
            at = w.end
        out.append(Window(day, at, DAY_MINUTES))
    return [w for w in out if w.start < w.end]


def _days(clause: str) -> list[str]:
    """Weekdays named, with spans ("mon-thu", "Monday to Thursday") counted day by day."""
    found: list[str] = []

    def span(match: re.Match[str]) -> str:
        first, last = when.days(match.group(1)), when.days(match.group(2))
        if len(first) != 1 or len(last) != 1:
            return match.group(0)
        i, j = when.DAYS.index(first[0]), when.DAYS.index(last[0])
        found.extend(when.DAYS[(i + k) % 7] for k in range((j - i) % 7 + 1))
        return " " * len(match.group(0))

    rest = _DAY_SPAN.sub(span, clause)
    return sorted(set(found + when.days(rest)), key=when.DAYS.index)


Spans = list[tuple[int, int]]


def _clock_spans(
    clause: str, parts: list[str], neg: bool, only: bool
) -> tuple[Spans, Spans, str] | None:
    """The spans of the day a clause's clock times rule out, those it keeps to ("only 9-3"),
    and the clause without them; ``None`` when a time is said but not understood."""
    avoid: Spans = []
    keep: Spans = []
    rest = clause
    for found in when.clock_ranges(clause, parts[0] if parts else None):
        if times.DAYS.match(clause, found.at) or times.HOURS.match(clause, found.at):
            return None  # "2-3 days", "4-5 hours": how many, no time of day
        if found.minutes is None:
            return None
        (keep if only else avoid).append(found.minutes)
        rest = rest[: found.at] + " " * (found.to - found.at) + rest[found.to :]
    for point in _POINT.finditer(rest):
        ruled = _point(point, parts, neg, only, rest)
        if ruled is None:
            return None
        avoid.append(ruled)
    return avoid, keep, _POINT.sub(" ", rest)


def _point(
    point: re.Match[str], parts: list[str], neg: bool, only: bool, clause: str
) -> tuple[int, int] | None:
    """The span one time rules out ("not after 7", "home by 6", "pick up at 15:30"), by its
    word before it and the words of the clause; ``None`` when they do not say which side."""
    cue = point.group("cue")
    end, start, event = _END.search(clause), _START.search(clause), _EVENT.search(clause)
    if cue == "by" or (cue == "at" and end):
        kind = "end"
    elif cue in {"after", "past", "later than"}:
        kind = "end" if neg else "start" if (only or start) else ""
    elif cue in {"before", "earlier than"}:
        kind = "start" if neg else "end" if (only or end) else ""
    elif cue in {"until", "till", "til"}:
        kind = "start" if (neg or event) else "end" if only else ""
    elif cue == "from":
        kind = "start" if (only or start) else ""
    else:
        kind = "event" if event else "start" if start else ""
    at = _time(point, parts, "end" if kind == "end" else "start" if kind == "start" else "at")
    if not kind or at is None:
        return None
    if kind == "end":
        return at, DAY_MINUTES
    if kind == "start":
        return 0, at
    return max(0, at - AROUND), min(DAY_MINUTES, at + AROUND)


def _time(point: re.Match[str], parts: list[str], sense: str) -> int | None:
    """Minutes after midnight of a time said; an hour said alone is read as a person means it
    ("home by 6" is 18:00, "not before 9" 09:00, "pick up at 3" 15:00, "no evenings after 7"
    19:00)."""
    hour, mins, ampm = int(point.group(2)), point.group(3), point.group(4)
    if hour > 24 or (mins is not None and int(mins) > 59):
        return None
    if ampm or hour == 0 or hour >= 12:
        return min(DAY_MINUTES, when.on_clock(hour, mins, ampm))
    if "evening" in parts or "afternoon" in parts:
        pm = True
    elif "morning" in parts:
        pm = False
    else:
        pm = sense == "end" or hour < (6 if sense == "start" else 7)
    return when.on_clock(hour, mins, "pm" if pm else "am")
