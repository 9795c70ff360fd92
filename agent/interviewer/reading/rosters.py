"""A roster with the length of its shift: the hours a week it averages (pure).

"4 on 4 off, 12 hr shifts" is 4 shifts of 12 hours every 8 days: 42 hours a week on average;
"2 weeks on 4 off, 12 h shifts" is 14 shifts every 6 weeks: 28 hours a week; "a 14/14
rotation, 12 hour days" is 14 shifts every 28 days. The arithmetic is the person's own, so the
plan takes the average it gives. A roster without a shift length, or with more than one length
or roster said, averages nothing: the numbers are left as they were (a rota names, it gives no
hours).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading.numbers import format_number, to_number
from agent.interviewer.reading.quantity import Quantity

_UNIT = r"(?:days?|nights?|shifts?|weeks?|wks?)"
#: "4 on 4 off", "2 weeks on, 1 off", "14/14 rotation", "8/6 roster", "2:2 swing".
_ROTA = re.compile(
    rf"\b(?P<on>\d+)\s*(?P<unit>{_UNIT})?\s+on,?\s*(?:and\s+)?(?P<off>\d+)\s*(?P<unit2>{_UNIT})?"
    r"\s+off\b|"
    r"\b(?P<on2>\d+)\s*[/:]\s*(?P<off2>\d+)\s+(?:day\s+|week\s+)?"
    r"(?:roster|rotation|rota|swing|fifo|shift pattern)\b|"
    # "2 days 2 nights 4 off": days, then nights, then the days off, the days and nights on
    r"\b(?P<days>\d)\s*days?,?\s+(?:and\s+|then\s+)?(?P<nights>\d)\s*nights?,?\s+"
    r"(?:and\s+|then\s+)?(?P<off4>\d)\s*(?:days?\s+)?off\b"
)
#: "14/14", "28/28": as many days off as on, the even rotations of offshore and remote work,
#: said with no word for them, alone in their clause (never a date or a count done:
#: "14/14/2024", "7/7 modules").
_EVEN_ROTA = re.compile(
    r"(?<![\d/.,])\b(?P<on3>7|14|21|28)\s*/\s*(?P<off3>(?P=on3))\b(?![/.,]?\d)"
    r"(?=\s*(?:$|[.,;!?)\n]|(?:day\s+)?(?:schedule|pattern|split)\b))"
)
#: "14 and 14", said alone: the same rotation in words.
_EVEN_ROTA_ALONE = re.compile(r"^\W*(?P<on3>7|14|21|28)\s+(?:and|&)\s+(?P<off3>(?P=on3))\W*$")
#: What makes hours the length of one shift: "12 hr shifts", "10 hr days", "12-hour nights".
_SHIFT_AFTER = re.compile(r"\s*-?\s*(?:long\s+)?(?:shifts?|days?|nights?|swings?)\b|s(?![\w'])")
#: The note of hours a week averaged from a roster.
NOTE = "roster"
#: The longest shift a roster is read with.
_LONGEST_SHIFT = 16.0


def averaged(found: list[Quantity], text: str) -> list[Quantity]:
    """The one roster and the one shift length a message gives, as the hours a week they
    average; anything else as it was."""
    found = _weeks_in_turn(found, text)
    even = list(_EVEN_ROTA.finditer(text)) + list(_EVEN_ROTA_ALONE.finditer(text))
    rotas = list(_ROTA.finditer(text)) or even
    if len(rotas) == 1:  # "12s, 8 on 6 off": shifts of twelve hours, said by their length
        found = [_shift_said_short(q, text) for q in found]
    shifts = [q for q in found if q.kind == "hours" and _SHIFT_AFTER.match(text, q.end)]
    named_only = rotas == even or (len(rotas) == 1 and rotas[0].groupdict().get("days"))
    if len(rotas) == 1 and named_only and not shifts:
        return _without(found, rotas[0])  # days on and off, no hours: nothing a week
    if len(rotas) != 1 or len(shifts) != 1 or any(q.kind == "hours" and q not in shifts
                                                  for q in found):  # fmt: skip
        return found
    rota, shift = rotas[0], shifts[0]
    groups = rota.groupdict()
    on = to_number(groups.get("on") or groups.get("on2") or groups.get("on3") or "0")
    off = to_number(groups.get("off") or groups.get("off2") or groups.get("off3") or "0")
    if groups.get("days"):  # "2 days 2 nights 4 off": both kinds of shift are on
        on = to_number(groups["days"]) + to_number(groups["nights"])
        off = to_number(groups["off4"])
    if not on or off is None or not 0 < shift.value <= _LONGEST_SHIFT:
        return found
    week = round(on * shift.value * 7 / (on + off), 2)
    weeks = re.match(r"w", groups.get("unit") or groups.get("unit2") or "") is not None
    shifts_on, cycle = (on * 7, (on + off) * 7) if weeks else (on, on + off)
    length = format_number(shift.value)
    said = f"{format_number(shifts_on)} x {length} h in {format_number(cycle)} days"
    averaged_ = replace(shift, value=week, period="week", note=f"{NOTE} {rota.group(0)}; {said}")
    return [averaged_ if q is shift else q for q in _without(found, rota, keep=shift)]


#: "12s", "10s": shifts named by their length in hours, the "s" right after the number.
_SHORT_SHIFT = re.compile(r"s(?![\w'])")


def _shift_said_short(q: Quantity, text: str) -> Quantity:
    """A bare number said as "12s" beside a roster, read as the length of its shifts."""
    if q.kind != "bare" or not 6 <= q.value <= _LONGEST_SHIFT:
        return q
    if not _SHORT_SHIFT.match(text, q.end):
        return q
    return replace(q, kind="hours", period="day", note="shift length said short")


def _without(
    found: list[Quantity], rota: re.Match[str], keep: Quantity | None = None
) -> list[Quantity]:
    """``found`` without the numbers of the roster itself (they count days, not hours)."""
    inside = range(rota.start(), rota.end() + 1)
    return [q for q in found if q is keep or not (q.start in inside and q.end in inside)]


#: "3 one week and 4 the next": a count of shifts that changes from one week to the next.
_IN_TURN = re.compile(
    r"\b(?P<a>[1-7])\s+(?:shifts?\s+)?(?:one|1|a|the first|every other) week,?\s+(?:and|then)\s+"
    r"(?P<b>[1-7])\s+(?:shifts?\s+)?(?:the next|the other|the week after|the following)"
    r"(?:\s+(?:one|week))?\b"
)


def _weeks_in_turn(found: list[Quantity], text: str) -> list[Quantity]:
    """ "12 hour shifts, 3 one week and 4 the next": the one shift length said times the mean
    of the two weeks' counts is the usual week; the counts themselves are no figures."""
    turns = list(_IN_TURN.finditer(text))
    shifts = [q for q in found if q.kind == "hours" and _SHIFT_AFTER.match(text, q.end)]
    if len(turns) != 1 or len(shifts) != 1 or not 0 < shifts[0].value <= _LONGEST_SHIFT:
        return found
    turn, shift = turns[0], shifts[0]
    mean = (to_number(turn.group("a")) + to_number(turn.group("b"))) / 2
    said = f"{format_number(mean)} x {format_number(shift.value)} h a week, weeks in turn"
    week = replace(shift, value=round(mean * shift.value, 2), period="week",
                   note=f"{NOTE} {turn.group(0)}; {said}")  # fmt: skip
    return [week if q is shift else q for q in _without(found, turn)]
