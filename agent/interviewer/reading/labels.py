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
    "act:volatility": ("activity.volatility", cues.steadiness_answer),
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
#: "dispensing teaches accuracy": said without "me", only of work on record or the asked one.
_LEARNS_BARE = re.compile(r"^(?P<label>.{1,40}?)\s+(?:teach(?:es)?|taught)\s+(?P<rest>.+)$")


#: A lesson said with the verb first, no work named before it ("taught me to listen").
_VERB_FIRST = re.compile(r"^(?=(?:teach(?:es)?|taught|has taught)\s)")
#: Work named before a lesson that is on no record: what it teaches is no lesson of the plan.
_ELSEWHERE = "\x00elsewhere"
#: A doing alone before a lesson ("knitting teaches me ..."): other work when the asked work
#: gets its own lesson beside it, else perhaps how the asked work is done.
_DOING = "\x00doing"
#: Words that say "the work asked" without naming it ("it teaches me", "the job: ...").
_ASKED_WORK = re.compile(
    r"^(?:it|this|that|this one|that one|the job|my job|the work|work|the role|my role)$"
)


def _named(label: str, view: PlanView, asked: str) -> str | None:
    """The work a label before a lesson names: on record, the work asked by a word of its
    form ("dispensing" for the pharmacy dispenser), or work on no record said with its
    verb of learning (``_ELSEWHERE``)."""
    known = known_name(label, view.activities)
    if known or not asked:
        return known
    low = label.strip().casefold()
    if _ASKED_WORK.match(low) or _same_form(low, asked):
        return asked
    short = re.fullmatch(r"(?:the |my )?[a-z][a-z' -]{2,30}", low) and len(low.split()) <= 3
    # a doing alone ("teaching teaches me patience") may be how the asked work is done
    doing = re.fullmatch(r"[a-z]{3,}ing", low) is not None
    return (_DOING if doing else _ELSEWHERE) if short else None


def _bare_lesson(text: str, view: PlanView, asked: str) -> re.Match[str] | None:
    """ "dispensing teaches accuracy": a lesson said without "me" of work on record."""
    bare = _LEARNS_BARE.match(text)
    named = _named(bare.group("label"), view, asked) if bare else None
    return bare if named and not named.startswith("\x00") else None


def _same_form(label: str, asked: str) -> bool:
    """True when a word of the label and one of the asked work's name share their stem
    ("dispensing", "dispenser"; "nursing", "nurse")."""
    said = [w for w in re.findall(r"[a-z]{4,}", label)]
    name = [w for w in re.findall(r"[a-z]{4,}", asked.casefold())]
    return any(a[:5] == b[:5] and min(len(a), len(b)) >= 5 for a in said for b in name)


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
        if current is None:  # "teaches me patience": a lesson of the work asked
            text = _VERB_FIRST.sub("it ", text)
        learns = _LEARNS.match(text) or _bare_lesson(text, view, asked)
        match = _LABELLED.match(text) or learns
        named = _named(match.group("label"), view, asked) if match else None
        if named and match:
            current, text = named, match.group("rest")
            verbs += match is learns
        elif len(text.split()) <= _LABEL_WORDS and known_name(text, view.activities):
            current = known_name(text, view.activities)  # "dogs – patience": cut at the dash
            continue
        if current is None:
            return None  # words before any activity is named: the answer is not split
        said.setdefault(current, []).append(text)
    doing = said.pop(_DOING, None)
    if doing is not None and asked not in said and _ELSEWHERE not in said:
        return None  # "teaching teaches me patience": maybe the asked work, read whole
    elsewhere = said.pop(_ELSEWHERE, None) is not None or doing is not None
    if (elsewhere and len(said) <= 1) or (verbs and list(said) == [asked]):
        return [  # "crochet teaches me patience. dispensing teaches accuracy": work not on
            Reading("fact", "activity.teaches", value, name, value)  # record gets nothing
            for name, value in [(n, clean(", ".join(p))) for n, p in said.items()]
            if value
        ]
    if len(said) < 2 and not (said and asked not in said and verbs):
        return None  # one activity named: only "lessons teach me patience" said of another
    out = [(name, clean(", ".join(parts))) for name, parts in said.items()]
    return [Reading("fact", "activity.teaches", value, name, value) for name, value in out if value]
