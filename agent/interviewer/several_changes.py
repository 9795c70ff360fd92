"""Several changes of the streams on the table said in one line (pure).

"call the van stream Routes and the portraits stream Sitters" renames two streams; read
whole, the line is no one change, and the reading finds nothing in it or only its first
change. Split where one change ends and the next begins ("and", "then", a comma or a
semicolon), each part read alone at the same question is one change (a later part without a
verb of its own takes the first part's); the line is those changes only when every part
reads as a change or a drop of the streams on the table, else nothing is guessed and the
line keeps its own reading. A new stream wished for, a question or several sentences are
never split: "can I add a class, teach it online? maybe 2 hours" is one wish.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.interviewer.reading.types import PlanView, Reading

Reader = Callable[[str, PlanView, str], list[Reading]]

#: Where one change of the streams ends and the next begins.
_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)", re.I)
#: The verb a change opens with, said once for all its parts ("call the van stream Deliveries
#: and the portraits stream Faces").
_VERB = re.compile(r"^\s*(?:please\s+)?(make|call|rename|set|give|turn|cut|raise|move)\b", re.I)
_MAX_PARTS = 4


def read_parts(readings: list[Reading], reader: Reader, text: str, view: PlanView,
               ask: str) -> list[Reading]:  # fmt: skip
    """The changes of each part of a line at the streams question, when each part reads as
    changes of the streams only and together they say more than the whole line read; else
    ``readings`` as they were."""
    whole = [r for r in readings if r.act != "nothing"]
    if ask != "streams" or not view.streams or not all(_change(r) for r in whole):
        return readings
    if "?" in text or re.search(r"[.!]\s+\S", text.strip()):
        return readings  # a question or several sentences: a wish told, not a list of changes
    parts = [p for p in _SPLIT.split(text.strip().rstrip(".!")) if p.strip()]
    if not 2 <= len(parts) <= _MAX_PARTS:
        return readings
    found: list[Reading] = []
    for part in _with_verb(parts):
        read = reader(part, view, ask)
        if not read or not all(_change(r) and r.subject for r in read):
            return readings
        found += read
    return found if len(found) > len(whole) else readings


def _with_verb(parts: list[str]) -> list[str]:
    """The parts, each later one without a verb of its own given the first part's verb."""
    opened = _VERB.match(parts[0])
    if opened is None:
        return parts
    verb = opened.group(1)
    return [parts[0], *(p if _VERB.match(p) else f"{verb} {p.strip()}" for p in parts[1:])]


def _change(reading: Reading) -> bool:
    """True for a change of a stream on the table or a stream dropped (no stream wished for)."""
    return reading.act == "change" or (reading.act == "wish" and reading.remove)
