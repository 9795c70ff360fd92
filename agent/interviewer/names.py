"""Matching what a person calls something with the names a plan (or a proposal) holds (pure).

"the hospital" is the activity "Hospital nursing"; "the podcast" is the stream "Podcast": one
name matches another when the significant words of one are all in the other (case and plural
insensitive). A name that matches two recorded names matches neither, so nothing is guessed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

_FILLER = frozenset({
    "a", "an", "and", "the", "my", "our", "of", "in", "on", "at", "for", "with", "to", "is",
    "it", "its", "i", "me", "job", "work", "stuff", "thing", "things", "bit", "some", "this",
    "that", "those", "these", "one",
})  # fmt: skip


def words(text: str) -> frozenset[str]:
    """The significant words of a name, lower case, a plural 's' dropped."""
    found = re.findall(r"[a-z0-9][a-z0-9'-]*", text.casefold().replace("’", "'"))
    return frozenset(_stem(w) for w in found if w not in _FILLER)


def _stem(word: str) -> str:
    """A word without its plural, and without the ending that tells the work from the worker
    or the doing ("lecturing", "lecture" and "lecturer" are one word)."""
    word = word.removesuffix("'s")
    word = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
    for ending in ("ing", "er", "e"):
        if len(word) - len(ending) >= 5 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def same(a: str, b: str) -> bool:
    """True when one name's significant words are all in the other's (a word of five letters
    or more may carry one typo: "facilitaton" is "facilitation")."""
    left, right = words(a), words(b)
    if not left or not right:
        return a.strip().casefold() == b.strip().casefold()
    return _within(left, right) or _within(right, left)


def narrower(said: str, known: str) -> bool:
    """True when ``said`` is ``known`` with words of its own added ("ornamental plasterwork"
    of "Plastering", "wedding cakes" of "Cakes"): a kind of the known thing, not the same."""
    few, many = words(known), words(said)
    said_words = [_stem(w) for w in re.findall(r"[a-z0-9][a-z0-9'-]*", said.casefold())]
    head = [w for w in said_words if w not in _FILLER][-1:]
    if not head or len(said_words) > _NARROW_WORDS or len(many) <= len(few):
        return False
    # the kind is said by words before what it is a kind of: "ornamental plasterwork"
    said_head = frozenset(head)
    heads_known = any(_within(said_head, frozenset({k})) or _within(frozenset({k}), said_head)
                      for k in few)  # fmt: skip
    return heads_known and _within(few, many) and not _within(many, few)


#: Words a name of a kind may have: more is a sentence, not a name.
_NARROW_WORDS = 4


#: Letters two words must share from their start to be one word told two ways.
_KIN = 8


def kin(a: str, b: str) -> bool:
    """True when two names are the same work, or share a long word told with another ending
    ("Translator" and "Translation", "Illustrator" and "Illustration work")."""
    if same(a, b):
        return True
    left, right = ([single(w) for w in words(n)] for n in (a, b))
    return any(len(x) >= _KIN and len(y) >= _KIN and x[:_KIN] == y[:_KIN]
               for x in left for y in right)  # fmt: skip


def single(word: str) -> str:
    """Words with each doubled letter said once (a key held down: "translaation")."""
    return re.sub(r"(.)\1+", r"\1", word)


#: How alike a name typed in haste must be to a recorded one to be taken for it.
_ALIKE = 0.8


def typed_as(said: str, known: Iterable[str]) -> str | None:
    """The one recorded name ``said`` is, typed with slips ("Bessie" for "Beside"): found as
    by :func:`find`, else the only name alike enough; ``None`` when none or two are."""
    found = find(said, known)
    if found is not None:
        return found
    key = said.strip().casefold()
    alike = [n for n in known
             if difflib.SequenceMatcher(None, key, n.casefold()).ratio() >= _ALIKE]  # fmt: skip
    return alike[0] if len(alike) == 1 else None


def within(part: str, whole: str) -> bool:
    """True when every significant word of ``part`` is in ``whole`` (one typo allowed)."""
    few, many = words(part), words(whole)
    return bool(few) and _within(few, many)


def _within(few: frozenset[str], many: frozenset[str]) -> bool:
    return all(
        w in many or any(one_typo(w, m) or _short(w, m) or _head(w, m) for m in many)
        for w in few
    )  # fmt: skip


def _head(word: str, full: str) -> bool:
    """True for the last part of a word made of two ("lash" of "eyelash", "turning" of
    "woodturning"): what the thing is, said without what kind it is."""
    core = word[:-1] if word.endswith("e") and not full.endswith(word) else word
    return len(core) >= 4 and len(full) >= len(core) + 3 and full.endswith(core)


def _short(word: str, full: str) -> bool:
    """True for a word cut short ("uni" for "university", "admin" for "administration")."""
    return len(word) >= 3 and len(full) > len(word) + 2 and full.startswith(word)


def one_typo(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` (four letters or more) differ by one letter added, dropped,
    changed, or two neighbours swapped; the first letter is never the typo."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a == b or a[0] != b[0]:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (
            a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
        )
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def mentioned(name: str, text: str) -> bool:
    """True when ``text`` says ``name`` or one of its significant words ("the audit work"
    names "Coding audits"; a word cut short or with one typo counts)."""
    said = words(text)
    return any(
        w in said or any(_short(t, w) or one_typo(t, w) or _head(t, w) for t in said)
        for w in words(name) if len(w) >= 3
    )  # fmt: skip


def find(name: str | None, known: Iterable[str]) -> str | None:
    """The one known name ``name`` refers to (exactly, else by words), or ``None``. A name
    that adds teaching or a class to a known one names other work (:func:`more_work`)."""
    if not name:
        return None
    options = list(known)
    exact = [k for k in options if k.casefold() == name.strip().casefold()]
    if exact:
        return exact[0]
    matches = [k for k in options if same(name, k)]
    if len(matches) > 1:  # "the nurse wellbeing blog" beside the nurse and the blog: the blog
        matches = [k for k in matches if not _adds(name, k, _MEDIA)]
    return matches[0] if len(matches) == 1 and not more_work(name, matches[0]) else None


#: Words that make work of its own of publishing about a craft: "a blog on nurse wellbeing"
#: is no nursing.
_MEDIA = frozenset(
    _stem(w)
    for w in re.findall(r"\S+", "blog vlog podcast newsletter channel column zine substack")
)
#: Words that make work of its own of passing a craft on: teaching the craft, a class in it,
#: or publishing about it.
_PASSING_ON = _MEDIA | frozenset(
    _stem(w)
    for w in ("teach", "teaching", "tutoring", "class", "course", "workshop", "lesson", "coaching")
)


def _adds(said: str, known: str, kind: frozenset[str]) -> bool:
    """True when ``said`` adds to ``known`` a word of ``kind`` that ``known`` has none of."""
    return bool((words(said) - words(known)) & kind) and not words(known) & kind


def more_work(said: str, known: str) -> bool:
    """True when ``said`` holds the words of ``known`` and more that make other work of it:
    "teaching at the barber academy" is not the barbering, "a welding course" not the
    welding (unless the known work is itself teaching)."""
    return _adds(said, known, _PASSING_ON)


def title(name: str) -> str:
    """A name as the plan keeps it: the person's words, first letter upper case."""
    name = name.strip().strip(" .,;:!?\"'")
    return name[:1].upper() + name[1:]
