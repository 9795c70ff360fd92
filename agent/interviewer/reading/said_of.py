"""What a remark says of work on record, at any question ("the tutoring teaches me patience",
"cleaning drains me, the cakes are fun", "the bakery is steady, the stall is seasonal").

A clause that opens by naming an activity the plan holds (by its name, a word only it has, or
a related word: "nursing" for the nurse, "the pottery" for "pottery classes") and goes on with
a lesson, a feeling or how steady the work is says that of the activity, whatever question is
open. Such a clause is never a new activity, a skill or a constraint, and neither is a short
piece said after it in the same breath ("..., the stall is seasonal - busy in december").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.interviewer.reading import cues
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.names import known_name, words
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading

_LEAD = re.compile(r"^(?:(?:and|but|while|whereas|though|also|plus|so|oh|the|my|our|all|that)\s+)+")
_LEARNS = re.compile(rf"^(?:{cues.TEACHES_ME})\s+(?P<rest>.+)$")
#: The words that join the work named to what is said of it ("is", "drains", "i love").
_LINK = re.compile(
    r"^(?:is|are|was|'s|feels?|has been|can be|tends to be|seems|goes|swings|varies|drains?|"
    r"energi[sz]es|exhausts|tires|bores|wipes|lifts|i (?:really |absolutely |honestly )?"
    r"(?:love|like|enjoy|hate|adore|dread|loathe))\b"
)
#: A pronoun standing for the work named just before ("they", "it"): the remark goes on.
_PRONOUN = re.compile(r"^(?:it|they|them|those|these)(?:\s+|(?='))")
#: A feeling said with no subject right after a remark about a work ("love them", "hate it").
_BARE_FEELING = re.compile(
    r"^(?:really |absolutely |honestly )?(?:love|like|enjoy|hate|adore|dread|loathe)\s+"
    r"(?:it|them|those|that|this|doing (?:it|them))\W*$"
)
_JOINED = re.compile(r"^[\s,\-\u2013]*(?:(?:and|or|plus)[\s,\-\u2013]*)?$")
_HEAD_WORDS = 4
_DETAIL_WORDS = 5
_FIELDS = ("activity.teaches", "activity.energy", "activity.volatility")
#: What a remark's words would otherwise have been taken for.
_DISPLACED = frozenset(
    {"activity", "skill", "skill.excites", "skill.under_used", "core_skill",
     "capacity.constraints", "context"}
)  # fmt: skip
#: Words that join two clauses: a head holding one names more than the work.
#: "photography is what excites me", "the bakery is my anchor": the work said as an answer to
#: another question, not a label of its own.
_NOT_SAID_OF = re.compile(
    r"^(?:is|are|'s)\s+(?:what|where|when|how|why|who|which|the one|my|our|the (?:main|best|"
    r"biggest|only))\b"
)
#: Words that say a feeling is neither way; "fine" and "ok" say too little on their own.
_NEUTRAL_WORDS = re.compile(r"\b(?:meh|so-so|neutral|neither|not bad|whatever)\b")
#: "the bakery is fine": neutral only beside other works' labels ("..., photography is fun").
_FINE = re.compile(
    r"^(?:is|are|'s)\s+(?:just\s+)?(?:fine|ok|okay|alright)"
    r"(?:\s+(?:i guess|i suppose|really|tbh|honestly))?\W*$"
)
_PLAIN_NOTE = "said as fine or ok, beside other labels"
_JOINS = frozenset({"but", "and", "or", "whereas", "while", "though", "than", "because"})


@dataclass
class _Remark:
    activity: str
    rest: str
    pieces: list[Segment]


def readings(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, found: list[Reading],
    text: str, clean: Callable[[str], str],
) -> list[Reading]:  # fmt: skip
    """``found`` with what each remark about recorded work says put in place of what its words
    were read as; ``found`` as it is when no clause is such a remark. An activity given two
    different labels of one kind gets none (it is asked again rather than guessed)."""
    remarks = _remarks(pieces, quantities, view, text)
    said = [r for remark in remarks for r in _said(remark, clean)]
    if len(remarks) < 2:  # "tutoring is ok, about 5 hours": "ok" alone is no feeling
        said = [r for r in said if r.note != _PLAIN_NOTE]
    if not said:
        return found
    spans = [p.text for remark in remarks for p in remark.pieces]
    covered = {(r.field, r.subject) for r in said}
    torn = {
        key for key in covered if len({r.value for r in said if (r.field, r.subject) == key}) > 1
    }
    said = [r for r in said if (r.field, r.subject) not in torn]
    kept = [
        r for r in found
        if not (r.act == "fact" and r.field in _DISPLACED and _within(r.span, spans))
        and (r.field, r.subject) not in covered
    ]  # fmt: skip
    return kept + said


def _within(span: str, spans: list[str]) -> bool:
    span = span.strip()
    return bool(span) and any(span in s or s in span for s in spans)


def _remarks(
    pieces: list[Segment], quantities: list[Quantity], view: PlanView, text: str
) -> list[_Remark]:
    out: list[_Remark] = []
    for i, piece in enumerate(pieces):
        if any(piece.start <= q.start < piece.end for q in quantities):
            continue
        opened = _opens(piece.text, view.activities)
        carried = _carried(piece.text) if out and out[-1].pieces[-1] is pieces[i - 1] else None
        if opened:
            out.append(_Remark(opened[0], opened[1], [piece]))
        elif carried is not None:
            out.append(_Remark(out[-1].activity, carried, [piece]))
        elif (
            out
            and out[-1].pieces[-1] is pieces[i - 1]
            and _detail(piece, pieces[i - 1], view, text)
        ):
            out[-1].pieces.append(piece)
    return out


def _opens(text: str, activities: tuple[str, ...]) -> tuple[str, str] | None:
    """(activity, what is said of it) when the clause opens by naming recorded work."""
    said = _LEAD.sub("", text.strip())
    tokens = said.split()
    for n in range(1, min(_HEAD_WORDS, len(tokens) - 1) + 1):
        rest = " ".join(tokens[n:])
        if not (_LINK.match(rest) or _LEARNS.match(rest)):
            continue
        if _JOINS & set(tokens[:n]):
            return None
        name = known_name(" ".join(tokens[:n]), activities)
        if name is not None:
            return name, rest
    return None


def _carried(text: str) -> str | None:
    """What a clause says of the work the clause before it named, when it goes on about it by a
    pronoun or with no subject at all ("..., they teach me patience", "..., love them")."""
    said = _LEAD.sub("", text.strip())
    pronoun = _PRONOUN.match(said)
    if pronoun:
        rest = re.sub(r"^'(?:s|ve) (?=taught)", "has ", said[pronoun.end() :])
        return rest if _LINK.match(rest) or _LEARNS.match(rest) else None
    bare = _BARE_FEELING.match(said)
    return f"i {said}" if bare else None


def _detail(piece: Segment, before: Segment, view: PlanView, text: str) -> bool:
    """ "..., the stall is seasonal - busy in december": a short piece said on in the same
    breath, naming nothing of its own."""
    between = text[before.end : piece.start]
    if len(words(piece.text)) > _DETAIL_WORDS or re.search(r"[.!?;\n]", between):
        return False
    return bool(_JOINED.match(between)) and known_name(piece.text, view.activities) is None


#: A piece that says, of a subject of its own, what it teaches ("nails teach me creativity").
_OWN_LESSON = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?!(?:it|they|them|that|this|which|those|these|both|all)\b)"
    r"[a-z][\w' -]{0,30}?\s+(?:teach(?:es)?|taught|has taught|have taught)\b"
)


def _said(remark: _Remark, clean: Callable[[str], str]) -> list[Reading]:
    span = ", ".join(p.text for p in remark.pieces)
    learns = _LEARNS.match(remark.rest)
    if learns:
        more: list[str] = []
        for piece in remark.pieces[1:]:
            if _OWN_LESSON.match(piece.text):
                break  # "..., nails teach me creativity": another work's lesson, not this one's
            more.append(piece.text)
        lesson = clean(" and ".join([learns.group("rest"), *more]))
        return (
            [Reading("fact", "activity.teaches", lesson, remark.activity, span)] if lesson else []
        )
    out = []
    if _NOT_SAID_OF.match(remark.rest):
        return []
    energy = cues.energy(remark.rest, asked=True)
    plain = energy == "neutral" and not _NEUTRAL_WORDS.search(remark.rest)
    if plain and not _FINE.match(remark.rest):
        energy = None  # "the bakery is fine with fewer hours": no feeling
    if energy:
        note = _PLAIN_NOTE if plain else ""
        out.append(Reading("fact", "activity.energy", energy, remark.activity, span, note=note))
    steady = cues.volatility(remark.rest, asked=False) or cues.asked_volatility(remark.rest)
    if steady:
        out.append(Reading("fact", "activity.volatility", steady, remark.activity, span))
    return out
