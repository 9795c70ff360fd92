"""More work said beside work already named: which words open an activity of its own.

"... and sell kids' clothes on Vinted", "..., plus 6 hours a week at the library", "sheep (about
400 ewes), 2 holiday cottages", "I forgot, I also do a stall at the Christmas market, about
£1,500": work of its own beside the work named before, with the figures that are its own; and
what is no work of its own ("39 hoors, aboot £31k": a word about the figures of the work just
named). Pure: no LangChain, no I/O.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import names
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity, find_quantities

#: A bare verb with a thing of its own as object ("run a market stall", "sell candles").
OWN_OBJECT = re.compile(
    r"^\W*(?:and\s+)?[a-z]+\s+(?!(?:it|them|this|that|those|these|to|at|on|in|for|with|from|"
    r"online|there|locally|directly|through|via|back)\b)[a-z]"
)


#: The field of an activity each kind of figure fills.
FIELD_OF = {
    "hours": "activity.hours_per_week",
    "days": "activity.hours_per_week",
    "money": "activity.annual_revenue",
    "zero": "activity.annual_revenue",
}


#: "I forgot, I also do ...", "I've just started a ...": more work said at any question; with
#: its hours and pay in its sentence it names an activity.
SAID = re.compile(
    r"^(?:(?:and|oh|so|also|sorry)[,\s]+)*(?:i forgot(?: to (?:say|mention))?,?\s+)?"
    r"(?:i(?:'ve| have)?\s+(?:also|just started|recently started|started)|i also)\b"
)


def lone_word_beside(
    segment: Segment, candidate: str, figures: list[Quantity], cued: bool, frame: Frame
) -> bool:
    """ "bus drivin, 39 hoors, aboot £31k": one word before the figures the work just named
    still lacks, in its sentence and with nothing that opens an item, may be a word about
    those figures (a hedge in dialect, a slip) rather than work of its own: asked back."""
    if cued or not figures or not frame.activity or not frame.sentence_named:
        return False
    if len(names.words(candidate)) != 1:
        return False
    held = {r.field for r in frame.readings if r.subject == frame.activity}
    return not {FIELD_OF.get(q.kind) for q in figures} & held


def paid_here(segment: Segment, frame: Frame) -> bool:
    """True when the sentence of a segment gives money for work ("..., about £1,500")."""
    said = re.split(r"(?<!\d)[.!?;\n]", frame.text[segment.start :], maxsplit=1)[0]
    return any(q.kind == "money" for q in find_quantities(said))


def hours_elsewhere(segment: Segment, frame: Frame) -> bool:
    """ "..., plus 6 hours a week at the library", "and 16h at Boots": figures that open an
    item of their own and then say where they are worked are other work, not the work named
    before them."""
    before = frame.text[: segment.start].rstrip()
    opened = re.search(r"(?:\band|\bplus|[&+])$", before) is not None
    return opened and _FIGURES_AT.match(segment.text) is not None


#: A segment that opens on figures and then says where they are worked ("6 hours at the ...").
_FIGURES_AT = re.compile(r"^\W*[\d£$€][^a-z]*\s*(?:\w+\s+){0,3}?at\s")


#: Where work is done or who it is for, counted: no work of its own ("2 agencies", "3 shops").
_COUNTED_PLACES = re.compile(
    r"(?:agencies|companies|firms|employers|schools|shops|stores|sites|venues|studios|"
    r"locations|branches|gyms|hospitals|practices|clinics|offices|sessions|days|weeks|kids|"
    r"sons|daughters|grandkids|dogs|cats)"
)


def bare_count_item(segment: Segment, own: list[Quantity], first: Quantity, frame: Frame) -> bool:
    """ "sheep (about 400 ewes), 2 holiday cottages, and I drive ...": a comma-list item that
    is only a count of something of its own, after an item closed by its bracket, names that
    work ("the B&B, three rooms in the farmhouse" describes the B&B)."""
    after = frame.text[segment.end :].lstrip()
    return (
        len(own) == 1
        and frame.activity is not None
        and re.search(r"\)\s*,$", frame.text[: segment.start].rstrip()) is not None
        and (not after or after[0] in ",.;")
        and _COUNTED_PLACES.fullmatch(first.note) is None
        and len(names.words(segment.text)) >= 3
    )


#: Work that makes or grows what is sold after it ("I make candles and sell ...").
_MAKES = re.compile(
    r"\b(?:mak|grow|bak|import|knit|sew|brew|craft|paint|build|breed|farm|cook|print|design|"
    r"buy|source|forag|pick|carv|throw|roast)\w*"
)
#: "sell kids' clothes on Vinted": a selling verb with a thing of its own as object
#: ("sell the honey": the thing said before, with its article, is the work before's).
_SELLS = re.compile(
    r"^\W*(?:and\s+)?(?:sell|resell|flog|trade)\s+(?!(?:the|my|our|his|her|their|its)\b)"
)


def selling_beside(segment: Segment, candidate: str | None, frame: Frame) -> bool:
    """ "I do bookkeeping for two shops and sell kids' clothes on Vinted": selling things of
    its own, after work that neither makes nor names them, is work of its own; "I make
    furniture and sell at markets" or "... and sell them online" stays one activity."""
    if not candidate or not _SELLS.match(segment.text) or not OWN_OBJECT.match(segment.text):
        return False
    before = frame.activity or ""
    shared = set(names.words(candidate)) & set(names.words(before)) - {"and", "the", "a"}
    return bool(before) and not shared and not _MAKES.search(before)
