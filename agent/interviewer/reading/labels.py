"""Labels for several activities in one answer ("the job is stable, mentoring goes up and down").

At the question about one activity's volatility or energy, a person often answers for two or
more at once. Each clause that holds a label belongs to the activity it names; a clause that
names none ("the job is stable") is about the activity asked. When the message gives labels to
two or more activities this way, each gets its own reading; an activity given two opposite
labels gets none (it is asked again rather than guessed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.interviewer.reading import cues
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.names import known_name
from agent.interviewer.reading.types import PlanView, Reading

#: Contrast words that join two activities' labels in one clause ("regular but pottery varies").
_CONTRAST = re.compile(r"\b(?:but|whereas|while|though)\b")
_COMPARED = re.compile(r"\bthan\b.*$")
_FIELDS: dict[str, tuple[str, Callable[[str], str | None]]] = {
    "act:volatility": ("activity.volatility", cues.asked_volatility),
    "act:energy": ("activity.energy", lambda text: cues.energy(text, asked=True)),
}


def per_activity(
    pieces: list[Segment], view: PlanView, kind: str, asked: str, now: Callable[[str], str]
) -> list[Reading] | None:
    """One reading per activity when the clauses label two or more of them, else ``None``
    (the answer is then read whole, for the activity asked). ``now`` keeps what holds today
    ("it used to ..., now ...")."""
    if kind not in _FIELDS:
        return None
    field, label_of = _FIELDS[kind]
    said: dict[str, list[tuple[str, str]]] = {}
    before = ""
    for clause, naming in _clauses(pieces):
        label = label_of(now(clause))
        if label is None:
            continue
        # "I like it more than the PhD": what a clause is compared with is not its subject
        named = known_name(_COMPARED.sub(" ", naming.casefold()), view.activities)
        # "the minibus wears me out, honestly exhausting": a bare label goes on with the work
        # named just before it
        named = named or (before if len(clause.split()) <= _LABEL_WORDS else "") or asked
        before = named
        said.setdefault(named, []).append((label, clause.strip()))
    if len(said) < 2:
        return None
    return [
        Reading("fact", field, labels[0][0], name, labels[0][1])
        for name, labels in said.items()
        if len({label for label, _ in labels}) == 1
    ]


def _clauses(pieces: list[Segment]) -> list[tuple[str, str]]:
    """(clause, words naming its activity) of each labelled clause: a piece whose sides are
    weighed ("the union drains me sometimes but mostly energising") is one clause, its label
    the side that holds; else each side of a contrast is its own."""
    out: list[tuple[str, str]] = []
    for piece in pieces:
        side = cues.on_balance(piece.text)
        if side != piece.text:
            out.append((side, piece.text))
        else:
            out += [(c, c) for c in _CONTRAST.split(piece.text) if c.strip()]
    return out


_LABEL_WORDS = 3
#: "union: ...", "agency - ...": a short label before a colon or a spaced dash.
_LABELLED = re.compile(r"^(?P<label>[a-z][\w' -]{0,30}?)\s*(?::|\s[-\u2013]\s)\s*(?P<rest>.+)$")
#: "the agency work teaches me terminology": the activity named before the verb of learning.
_LEARNS = re.compile(
    rf"^(?P<label>.{{1,40}}?)\s+(?:{cues.TEACHES_ME}|gives? me|(?:is|are) giving me)"
    r"\s+(?P<rest>.+)$"
)


def teaches_per_activity(
    pieces: list[Segment], view: PlanView, clean: Callable[[str], str], asked: str = ""
) -> list[Reading] | None:
    """What each activity teaches, when the answer names two or more recorded activities,
    each by a label ("union: organising. design: keeps my craft alive") or before the verb
    ("the agency work teaches me terminology, lessons teach me how to explain"); else
    ``None``. A piece that names none goes on with the activity before it."""
    said: dict[str, list[str]] = {}
    current: str | None = None
    verbs = 0
    for piece in pieces:
        text = piece.text.strip()
        learns = _LEARNS.match(text)
        match = _LABELLED.match(text) or learns
        named = known_name(match.group("label"), view.activities) if match else None
        if named and match:
            current, text = named, match.group("rest")
            verbs += match is learns
        elif len(text.split()) <= _LABEL_WORDS and known_name(text, view.activities):
            current = known_name(text, view.activities)  # "dogs – patience": cut at the dash
            continue
        if current is None:
            return None  # words before any activity is named: the answer is not split
        said.setdefault(current, []).append(text)
    if len(said) < 2 and not (said and asked not in said and verbs):
        return None  # one activity named: only "lessons teach me patience" said of another
    out = [(name, clean(", ".join(parts))) for name, parts in said.items()]
    return [Reading("fact", "activity.teaches", value, name, value) for name, value in out if value]
