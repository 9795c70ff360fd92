"""How work feels, or how steady its income is, said while another of its questions is asked
(pure).

"it's knackering" while the income of the supper club is asked for being steady or not, or
"income goes with the season" while its energy is asked, is no answer there, and the reading
at that question finds nothing in it; said of the work being asked about, it is that work's
energy or steadiness, read at that work's own question.

At the question of what a work teaches, any words are a lesson to the reading, yet "most days
tired" or "the bees make me happy" say how the work feels and teach nothing: said with no word
of learning, they are that work's energy (:func:`of_lesson_asked`), and the lesson is asked
again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.interviewer import assent, names, parse
from agent.interviewer.reading import asks, cues
from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

#: At each question of one work, the label questions of the same work a short answer may
#: belong to when it answers nothing there.
_ELSEWHERE = {
    "volatility": ("energy",),
    "energy": ("volatility",),
    "hours": ("energy", "volatility"),
    "revenue": ("energy", "volatility"),
}
#: Longer messages tell more than a label; a figure is the answer's own.
_MAX_WORDS = 10


def of_asked(
    readings: list[Reading], reader: Reader, text: str, view: PlanView, ask: str
) -> list[Reading]:
    """The energy or steadiness of the work asked about, when the message read nothing at the
    open question and, read at one other label question of that work, says only that label;
    else ``readings`` as they were (also when both label questions read something)."""
    work = asks.work(ask)
    others = _ELSEWHERE.get(asks.field(ask), ())
    if not work or not others or any(r.act != "nothing" for r in readings):
        return readings
    if re.search(r"\d", text) or len(text.split()) > _MAX_WORDS or "?" in text:
        return readings
    if asks.field(ask) == "energy" and cues.mixed_feeling(text.casefold()):
        return readings  # "both, depends on the day": how it feels varies, not its income
    found = [again for other in others if (again := _label(reader, text, view, work, other))]
    return found[0] if len(found) == 1 else readings


def _label(reader: Reader, text: str, view: PlanView, work: str, field: str) -> list[Reading]:
    """The one label fact the message gives at ``work``'s question of ``field``, or ``[]``."""
    again = reader(text, view, f"act:{field}:{work}")
    if len(again) != 1 or again[0].act != "fact" or again[0].field != f"activity.{field}":
        return []
    return again if names.same(str(again[0].subject or work), work) else []


#: Words of a lesson ("how to stay calm", "patience with tired kids", "dealing with stress"):
#: a message holding one says what the work teaches, whatever feeling word it also holds.
_LESSON_WORDS = re.compile(
    r"\b(?:how|what|why|when|where|which|to|of|with|about|at|for|learn\w*|teach\w*|taught|"
    r"manag\w*|handl\w*|deal\w*|cop\w*|skills?|lessons?|patience|discipline|"
    r"resilience|confidence)\b",
    re.I,
)


def of_lesson_asked(
    readings: list[Reading], reader: Reader, text: str, view: PlanView, ask: str
) -> list[Reading]:
    """At the question of what a work teaches, a short answer that says only how the work
    feels ("honestly it drains me", "most days tired"): that work's energy, as read at its
    energy question; else ``readings`` as they were."""
    work = asks.work(ask)
    if not work or asks.field(ask) != "teaches" or len(readings) != 1:
        return readings
    if readings[0].act != "fact" or readings[0].field != "activity.teaches":
        return readings
    if re.search(r"\d", text) or len(text.split()) > _MAX_WORDS or "?" in text:
        return readings
    if _LESSON_WORDS.search(text) or cues.TEACHES.search(text.casefold()):
        return readings
    if assent.only_ok(parse.normalise(text)):
        return [Reading("nothing", span=text)]  # "ok i guess": no lesson and no feeling
    return _label(reader, text, view, work, "energy") or readings
