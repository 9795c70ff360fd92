"""A working day said by the clock: split shifts and the break taken out (pure: no I/O).

"8-12 and 13:30-17:30" is one day of eight hours, not two figures of four; "7 till 3:30, half
hour smoko" is a day of eight hours, "10pm to 7am, minus 1 hour break" one of eight. The day's
hours then take the days said beside them ("Mon-Thu") as any hours a day do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number, to_number
from agent.interviewer.reading.quantity import Quantity

#: Between the two spans of a split day: "and", "e", "y", "+", a comma, and the time of day
#: the second span is in ("mornings 6:30 to 8 and afternoons 2:45 to 4:15").
_SPLIT = re.compile(
    r"\s*(?:,|\+|&|/)?\s*(?:(?:and|e|y|et|und|en|og|och|then)\s+)?(?:(?:in the |then )?"
    r"(?:afternoons?|evenings?|nights?|after lunch|pm)\s+)?(?:again\s+|from\s+)?"
)
#: A break taken in the working day: "half an hour for lunch", "minus 1 hour break", "30 min
#: smoko", "lunch is 45 minutes". Numbers are digits ("half an hour" is "0.5 hours").
_LENGTH = (
    r"(?:\d+(?:[.,]\d+)?\s*-?\s*(?:hours?|hrs?|h|mins?|minutes)|half[ -](?:an )?(?:hour|hr)|"
    r"an (?:hour|hr))"
)
_BREAK_WORD = r"(?:lunch(?:\s*break)?|break|smoko|pause|pausa|mittagspause|dinner break|tea break)"
#: A meal named right after a length is a break too: "half hour dinner", "an hour for tea".
_MEAL = r"(?:dinner|tea|meal|breakfast|lunches)"
_BREAK = re.compile(
    rf"(?P<len>{_LENGTH})(?:'s)?\s+(?:(?:for|of)\s+)?(?:(?:a|an|the|my|unpaid|paid)\s+)?"
    rf"(?:{_BREAK_WORD}|{_MEAL})\b|\b{_BREAK_WORD}"
    # "lunch is 45 minutes", "lunch small, like 30 minutes": words that only say how long
    r"(?:[\s,:=-]+(?:is|of|small|short|quick|only|just|about|around|usually|like|maybe|"
    r"roughly|takes?|lasts?))*[\s,:=-]+"
    rf"(?P<len2>{_LENGTH})"
)
#: "half hour lunch is paid", "lunch (paid)", "a paid half-hour lunch", "an hour's break but
#: it's paid": a break paid as work.
_PAID = re.compile(
    r"\W*(?:(?:but|and|though)\s+)?(?:(?:is|are|which is|that is|that'?s|it'?s|its|they'?re)\s+)?"
    r"(?:also\s+|still\s+)?paid\b"
)
_PAID_BEFORE = re.compile(
    r"(?<!un)\bpaid\s+(?:half (?:an )?hour|\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|h|mins?|minutes))?"
    rf"\s*{_BREAK_WORD}\b"
)
#: The longest break read as taken out of one day.
_LONGEST_BREAK = 2.0


def split_days(found: list[Quantity], text: str) -> list[Quantity]:
    """The spans of one split working day said one after the other ("8-12 e 13:30-17:30") as
    one day's hours, then the one break the message takes out of it."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if last is not None and _day_clock(last) and _joined(last, q, text):
            q = _second_span(q, text)  # "5.30 to 9.30 then 4 to 8": the 4 to 8 is clock too
        if last is not None and _day_clock(last) and _day_clock(q) and _joined(last, q, text):
            hours = last.value + q.value
            note = f"{format_number(last.value)} h + {format_number(q.value)} h the same day"
            out[-1] = replace(last, value=round(hours, 2), end=q.end, note=f"clock; {note}")
            continue
        out.append(q)
    return _with_more(_without_break(out, text), text)


#: More time said after a day told by the clock: "then cleaning up another hour", "another
#: half hour of prep". "Another" adds to the day just said; with a period of its own ("another
#: 2 hours a week") it is no part of the day.
_MORE = re.compile(
    r"\banother\s+(?P<len>half (?:an )?hour|hour|\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|h|mins?|minutes))"
    r"\b(?!\s*(?:a|per|each|every|/)\s*(?:week|wk|month|fortnight|year)\b|\s*(?:on|at) )"
)


def _with_more(found: list[Quantity], text: str) -> list[Quantity]:
    """The one day said by the clock with the time said as "another" hour after it added, and
    that time no figure of its own."""
    days = [q for q in found if _day_clock(q)]
    more = list(_MORE.finditer(text))
    if len(days) != 1 or len(more) != 1 or more[0].start() < days[0].end:
        return found
    said = more[0].group("len")
    length = 1.0 if said == "hour" else _hours_of(said)
    if length is None or not 0 < length <= _LONGEST_BREAK:
        return found
    day = days[0]
    note = f"{day.note}; and {format_number(length)} h more"
    added = replace(day, value=round(day.value + length, 2), note=note)
    inside = range(more[0].start(), more[0].end() + 1)
    return [
        added if q is day else q
        for q in found
        if not (q.kind in {"hours", "bare"} and q.start in inside)
    ]


#: A range of two hours of the clock written as a range of figures ("4 to 8").
_HOURS_RANGE = re.compile(r"(?P<a>1[0-2]|[1-9])\s*(?:to|till|til|until|-|–)\s*(?P<b>1[0-2]|[1-9])")


def _second_span(q: Quantity, text: str) -> Quantity:
    """``q`` read as a span of the clock when it is a bare range of two hours of the clock said
    right after another span of the clock (the second half of a split day), else ``q``."""
    said = _HOURS_RANGE.fullmatch(text[q.start : q.end].strip())
    if q.kind != "bare" or said is None:
        return q
    start, end = int(said.group("a")), int(said.group("b"))
    length = (end - start) % 12
    if not 0 < length <= 8:
        return q
    note = f"clock; {start} to {end} is {length} h"
    return replace(q, kind="hours", value=float(length), period="day", note=note)


def _day_clock(q: Quantity) -> bool:
    return q.kind == "hours" and q.period == "day" and q.note.startswith("clock")


def _joined(first: Quantity, second: Quantity, text: str) -> bool:
    return _SPLIT.fullmatch(text[first.end : second.start]) is not None


def _without_break(found: list[Quantity], text: str) -> list[Quantity]:
    """The break said in a message holding one day said by the clock, taken out of that day;
    the break's own length is no figure of hours."""
    days = [q for q in found if _day_clock(q)]
    breaks = list(_BREAK.finditer(text))
    if not days or len(breaks) != 1:
        return found
    said = breaks[0]
    length = _hours_of(said.group("len") or said.group("len2"))
    day = _day_of_break(days, said)
    if day is None:
        return found
    if length is None or not 0 < length <= _LONGEST_BREAK or length >= day.value:
        return found
    at = said.start("len") if said.group("len") else said.start("len2")
    paid = _PAID.match(text, said.end()) or _PAID_BEFORE.search(text, 0, said.end())
    note = f"{day.note}; less a {format_number(length)} h break"
    out = []
    for q in found:
        if q is day and not paid:  # "half hour lunch is paid": worked time, kept in the day
            q = replace(q, value=round(q.value - length, 2), note=note)
        elif q.kind == "hours" and said.start() <= q.start and q.end <= said.end() + 1:
            continue  # the break's length
        elif q.kind in {"hours", "bare"} and q.start == at:
            continue
        out.append(q)
    return out


def _day_of_break(days: list[Quantity], said: re.Match[str]) -> Quantity | None:
    """The day a break is taken from: the only day said, or of several days the one said
    just before the break, when the next day is said after it ("8am until 6pm, Monday to
    Friday, less an hour for lunch, and Saturday mornings from 8 until 1")."""
    if len(days) == 1:
        return days[0]
    before = [q for q in days if q.end <= said.start()]
    after = [q for q in days if q.start >= said.end()]
    if not before or not after or len(before) + len(after) != len(days):
        return None
    return before[-1]


def _hours_of(said: str) -> float | None:
    """Hours in a break's length: "0.5 hours", "30 min", "half hour", "an hour"."""
    if said.startswith("half"):
        return 0.5
    if said in {"an hour", "an hr"}:
        return 1.0
    number = re.match(r"\d+(?:[.,]\d+)?", said)
    if number is None:
        return None
    value = to_number(number.group(0))
    return value / 60 if re.search(r"min", said) else value


#: The days of the week in Italian, Spanish, Portuguese, French, German, Dutch and the Nordic
#: languages, by the English day they name ("segunda" alone is also "second": only with
#: "-feira").
_DAY_WORDS = {
    "monday": r"luned[iì]|lunes|segunda-feira|lundi|montag|maandag|mandag|måndag",
    "tuesday": r"marted[iì]|martes|terça-feira|terca-feira|mardi|dienstag|dinsdag|tirsdag|tisdag",
    "wednesday": r"mercoled[iì]|mi[ée]rcoles|quarta-feira|mercredi|mittwoch|woensdag|onsdag",
    "thursday": r"gioved[iì]|jueves|quinta-feira|jeudi|donnerstag|donderdag|torsdag",
    "friday": r"venerd[iì]|viernes|sexta-feira|vendredi|freitag|vrijdag|fredag",
    "saturday": r"sabato|s[áa]bado|samedi|samstag|sonnabend|zaterdag|l[øö]rdag",
    "sunday": r"domenica|domingo|dimanche|sonntag|zondag|s[øö]ndag",
}
_DAY_WORD = {
    english: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") for english, words in _DAY_WORDS.items()
}
#: "da lunedì a giovedì", "von Montag bis Freitag", "de segunda a sexta": a span of days.
_ENGLISH_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_SPAN = re.compile(
    rf"\b(?:(?:da|dal|de|del|von|du|van|fra|från|from)\s+)?(?P<a>{_ENGLISH_DAY})\s+"
    rf"(?:a|al|à|au|bis|tot|til|till|to|-)\s+(?P<b>{_ENGLISH_DAY})\b"
)
#: "de segunda a sexta": Portuguese weekdays said short, in a span of them.
_SHORT_PT = re.compile(
    r"\bde (?P<a>segunda|terça|terca|quarta|quinta|sexta|s[áa]bado) a "
    r"(?P<b>segunda|terça|terca|quarta|quinta|sexta|s[áa]bado|domingo)\b"
)
_PT_DAY = {"segunda": "monday", "terça": "tuesday", "terca": "tuesday", "quarta": "wednesday",
           "quinta": "thursday", "sexta": "friday", "sábado": "saturday", "sabado": "saturday",
           "domingo": "sunday"}  # fmt: skip


#: A span of clock times in other languages: "dalle 8 alle 17", "de 8 a 17", "8 às 17",
#: "9h à 17h30", "9 tot 17". A bare "a" joins two times only after "de", "da" or "dalle".
_CLOCK_SPAN = re.compile(
    r"(?<![\d.,])(?P<from>\b(?:de|dalle|dalla|das|da|von|van|fra|från)\s+)?(?P<a>\d{1,2})"
    r"(?:[h:.](?P<am>\d\d)|h)?\s*(?P<sep>às|as|alle|à|bis|tot|a)\s+(?P<b>\d{1,2})"
    r"(?:[h:.](?P<bm>\d\d)|h)?(?:\s*(?:uhr|uur))?(?!\d|[.,]\d|\s*(?:%|k\b|[£$€]))\b"
)


#: "every day except Sunday", "tous les jours sauf dimanche", "todos los días menos el
#: domingo": the week but one day, said as the span of the six others.
_EVERY_DAY_BUT = re.compile(
    r"\b(?:every ?day|all days|daily|7 days(?: a week)?|tous les jours|todos los d[ií]as|"
    r"cada d[ií]a|jeden tag|tutti i giorni|todos os dias|elke dag|hver dag|varje dag)\s*,?\s*"
    r"(?:except|but|apart from|besides|sauf|menos|excepto|salvo|au(?:ß|ss)er|tranne|exceto|"
    r"behalve|unntatt|utom|bortsett fra)\s+(?:(?:on|le|el|los|o|la|il|den|am)\s+)?"
    r"(?P<day>sunday|monday)s?\b"
)
_SIX_DAYS = {"sunday": "monday to saturday", "monday": "tuesday to sunday"}


def weekdays_in_english(text: str) -> str:
    """``text`` (lower case) with the days of the week said in other languages, spans of them
    ("da lunedì a giovedì", "Montag bis Samstag": "monday to thursday") and spans of clock
    times ("dalle 8 alle 17": "8:00-17:00") in English."""
    text = _SHORT_PT.sub(lambda m: f"{_PT_DAY[m.group('a')]} to {_PT_DAY[m.group('b')]}", text)
    for english, said in _DAY_WORD.items():
        text = said.sub(english, text)
    text = _DAY_SPAN.sub(lambda m: f"{m.group('a')} to {m.group('b')}", text)
    text = _EVERY_DAY_BUT.sub(lambda m: _SIX_DAYS[m.group("day")], text)
    text = _SHIFT_LENGTHS.sub(lambda m: f"{m.group(1)} {_LENGTHS[m.group(2)]}s", text)
    text = _HALF_HOUR.sub(lambda m: f"{m.group('to')} {m.group('h')}:30", text)
    return _H_SPAN.sub(_h_span, _CLOCK_SPAN.sub(_clock_span, text))


#: "6 till half 10", "from half 7": half past the hour said the British way, at an end of a
#: span of clock times ("half 3 hours" is no time of day).
_HALF_HOUR = re.compile(
    r"\b(?P<to>till|til|until|to|from)\s+half\s+(?P<h>1[0-2]|[1-9])\b"
    r"(?!\s*(?:hours?|hrs?|h\b|an?\b|days?|weeks?|months?|[.,:]\d))"
)


#: Shifts named by their length in words: "3 twelves", "four tens" (as "3 12s", "four 10s").
_LENGTHS = {"eights": 8, "nines": 9, "tens": 10, "elevens": 11, "twelves": 12}
_SHIFT_LENGTHS = re.compile(
    r"\b([1-7]|one|two|three|four|five|six|seven) (eights|nines|tens|elevens|twelves)\b"
)


#: "9h to 18h", "8h30 - 17h": a span of clock times written the French way in English words,
#: read so only when it ends in the afternoon or evening and no period follows ("10h to 12h
#: a week" is a range of hours).
_H_SPAN = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,2})h(?P<am>\d\d)?\s*(?:to|till|until|-)\s*(?P<b>\d{1,2})h(?P<bm>\d\d)?"
    r"(?!\w|[.,]\d|\s*(?:a|an|per|/|each|every)\s*(?:week|wk|month|day|fortnight)\b)"
)


def _h_span(match: re.Match[str]) -> str:
    start, end = int(match.group("a")), int(match.group("b"))
    if not start < end <= 24 or end < 13:
        return match.group(0)
    return f"{start}:{match.group('am') or '00'}-{end}:{match.group('bm') or '00'}"


def _clock_span(match: re.Match[str]) -> str:
    start, end = int(match.group("a")), int(match.group("b"))
    # a bare "a" joins two times after "de", or when an end is said with its minutes
    # ("6 a 2:30"): a count "a" number is never written so
    bare = match.group("sep") in {"a", "as"} and not match.group("from")
    bare = bare and ":" not in match.group(0)
    if bare or start > 24 or end > 24:
        return match.group(0)
    return f"{start}:{match.group('am') or '00'}-{end}:{match.group('bm') or '00'}"
