"""Two pieces of work of one kind, told apart by the word before the kind (pure).

People with two cleaning contracts, two schools or two bars name the second by the word that
tells it from the first: "the school contract is 10 hours" with "Bank contract" on record,
"Moulin school is 8 hours" beside "Exupéry school". The reading finds the recorded work by the
word they share ("contract", "school") and puts the figures on it: stored when that work had
no figure yet, asked back as a change of it otherwise. A figure whose clause names the shared
word after a word of its own, and no other word of the recorded name, is the other work's:
its figures go to that work, named by the person's words ("School contract"), which the
dialog adds or offers as it does any work not on record. "the other contract" or "the second
school" name no work: those figures are asked back. "my main contract", "the Tuesday class"
and "the cleaning contract" (a word of the recorded name) are the recorded work as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import names
from agent.interviewer.reading.types import CONFIDENT, Reading

#: Words before the kind that say which of the person's works it is without naming another.
_SAME = frozenset(
    re.findall(
        r"\S+",
        "the my our a an this that his her their your its main usual regular current day "
        "daytime full part time same whole big small old proper actual real first normal weekly "
        "monthly and or but also plus then so with of at for in on",
    )
)
#: Words before the kind that say it is another without a name: asked back.
_ANOTHER = frozenset({"other", "second", "another", "2nd", "new", "third", "3rd"})
#: Times of the week or year: "the Tuesday class", "the summer job" are when, not which.
_WHEN = re.compile(
    r"^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:morning|afternoon|evening|night|"
    r"weekend|weekday|summer|winter|spring|autumn|fall|holiday|term|saturday|sunday)s?$"
)
_WORD = re.compile(r"[a-zà-ÿ0-9][a-zà-ÿ0-9'-]*")
#: The figures a second work of a kind is told apart by.
_FIGURES = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
#: Most words said before the kind that make the other work's name (and most words of a
#: recorded name told apart from it).
_NAME_WORDS = 3


#: Said when a figure was of another work of a recorded kind, named by no word of its own.
UNNAMED = (
    "I couldn't tell which of your works that figure is for, so I left it out; say it with "
    "the work's own name, e.g. 'the school contract is 8 hours a week'."
)


def told_apart(readings: list[Reading], recorded: list[str]) -> tuple[list[Reading], bool]:
    """``readings`` with each figure put on a recorded work by a shared word of its kind, in a
    clause that names another of that kind, put on that other work; a figure of the same
    message said without a name ("around £7,500") goes with it. A figure of "the other
    contract" is left out, and the second value says so."""
    moved = {str(r.subject): o for r in readings if (o := _other(r, recorded)) is not None}
    out: list[Reading] = []
    unnamed = False
    for r in readings:
        other = moved.get(str(r.subject)) if _bare(r, recorded) else _other(r, recorded)
        if other is None:
            out.append(r)
        elif other == "":
            unnamed = True
        else:
            if not any(o.field == "activity" and o.value == other for o in out):
                out.append(Reading("fact", field="activity", value=other, span=r.span))
            out.append(replace(r, subject=other))
    return out, unnamed


def _is_kind(word: str, name: object) -> bool:
    """True when ``word`` is the last word of ``name``: what kind of work it is ("contract"
    of "Bank contract"), not what it is about. A worker's title is no such kind: an
    "apprenticeship electrician" beside "Retraining to electrician" is the same person's one
    work, said another way."""
    last = _WORD.findall(str(name).casefold())[-1:]
    same = bool(last) and names.words(word) == names.words(last[0])
    return same and not _WORKER.search(word)


#: Endings of a worker's title ("electrician", "teacher", "tutor", "florist", "deckhand").
_WORKER = re.compile(r"(?:ian|er|or|ist|ant|ent|man|woman|person|hand)s?$")


def _bare(r: Reading, recorded: list[str]) -> bool:
    """True for a figure of a recorded work whose clause says no word of its name."""
    if r.field not in _FIGURES or r.subject not in recorded:
        return False
    own = names.words(str(r.subject))
    return not any(_shared(w, own) for w in _WORD.findall(r.span.casefold()))


def _other(r: Reading, recorded: list[str]) -> str | None:
    """The other work's name said in the clause of ``r``, "" when said without a name, or
    ``None`` when the clause speaks of the recorded work itself."""
    if r.field not in _FIGURES or r.subject not in recorded:
        return None
    own = names.words(str(r.subject))
    said = _WORD.findall(r.span.casefold())
    kinds = [i for i, w in enumerate(said) if _shared(w, own)]
    if not (2 <= len(own) <= _NAME_WORDS) or not kinds or not _is_kind(said[kinds[-1]], r.subject):
        return None  # a word of the name that is not what kind of work it is
    if len({_shared(said[i], own) for i in kinds}) == len(own):
        return None  # the recorded name itself ("the bank contract")
    first = kinds[0]
    last = first
    while last + 1 < len(said) and _shared(said[last + 1], own):
        last += 1
    before = _before(said[:first])
    if not before or _priced_item(r, said[: first - len(before)]):
        return None
    if before[-1] in _ANOTHER:
        return ""
    if _named_elsewhere(before, recorded, r.subject):
        return None
    return names.title(" ".join([*before, *said[first : last + 1]]))


def _priced_item(r: Reading, ahead: list[str]) -> bool:
    """True for a figure the reading doubts, said of "a" thing of the kind ("a tiered cake is
    350" beside "Wedding cakes"): the price of one item the work sells, never a second work;
    a doubted figure is no reason to record work nobody named as work."""
    return r.confidence < CONFIDENT and bool(ahead) and ahead[-1] in {"a", "an", "one", "each"}


def _shared(word: str, own: frozenset[str]) -> str | None:
    """The word of the recorded name ``word`` is, or None."""
    found = names.words(word)
    return next(iter(found)) if found and next(iter(found)) in own else None


def _before(said: list[str]) -> list[str]:
    """The words right before the kind that name which work it is (at most three), or []."""
    taken: list[str] = []
    for word in reversed(said):
        if word in _SAME or _WHEN.match(word) or word.isdigit() or len(taken) == _NAME_WORDS:
            break
        taken.insert(0, word)
    return taken


def _named_elsewhere(before: list[str], recorded: list[str], subject: object) -> bool:
    """True when the words before the kind are a word of another recorded work: that work's
    figure, left to the reading."""
    return any(names.mentioned(n, " ".join(before)) for n in recorded if n != subject)
