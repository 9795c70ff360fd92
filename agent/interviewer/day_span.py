"""A working day said from clock to clock at a question about weekly hours (pure).

"9 to 5:30", "from 8 till 4.30": the length of one day, with no days said. Taken as the week
it would put a day's eight hours in the plan as forty, or as eight; so nothing is recorded and
the reply says what was heard and asks how many days a week, with the hours said again, so the
answer holds both ("5 days, 9 to 5:30"). The question stays open however often it comes.
"""

from __future__ import annotations

from agent.interviewer.reading import clauses
from agent.interviewer.reading.numbers import format_number
from agent.interviewer.reading.quantities import find_quantities

ASKED = ("I read '{span}' as one working day of {hours} hours, not the week's. How many days a "
         "week is that? Say it with the hours, e.g. '5 days, {span}'.")  # fmt: skip


def asked(text: str, ask: str) -> str | None:
    """The question back for a day from clock to clock said at the weekly-hours question
    ``ask``, or ``None`` when the message says no such day."""
    if ask != "capacity" and not ask.startswith("act:hours"):
        return None
    low = clauses.normalise(text)
    days = [
        q
        for q in find_quantities(low)
        if q.kind == "hours" and q.period == "day" and q.note.startswith("clock")
    ]
    if len(days) != 1:
        return None
    day = days[0]
    span = low[day.start : day.end].strip()
    return ASKED.format(span=span, hours=format_number(day.value))
