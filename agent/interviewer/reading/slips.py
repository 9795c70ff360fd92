"""Words typed with one slip of the hand (pure: no I/O).

People type fast: a letter doubled ("herre"), dropped ("daa") or two neighbours swapped
("ggis"). A word the reader knows (a filler it drops, a word of a name on record) said with
one such slip is that word. The first letter is never the slip, and a changed letter is no
slip here: it turns too many words into other real words ("side" and "site").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

#: Shortest word a slip is looked for in: shorter ones are too easily other words.
_SHORTEST = 4


def one_slip(said: str, word: str) -> bool:
    """True when ``said`` is ``word`` with one letter doubled, one letter dropped or two
    neighbouring letters swapped, the first letter kept."""
    if said == word or not said or not word or said[0] != word[0]:
        return False
    if len(said) == len(word) + 1:
        at = _first_difference(said, word)
        return said[at - 1] == said[at] and said[:at] + said[at + 1 :] == word
    if len(said) == len(word) - 1:
        at = _first_difference(word, said)
        return word[:at] + word[at + 1 :] == said
    if len(said) == len(word):
        at = _first_difference(said, word)
        return (
            at + 1 < len(said)
            and said[at] == word[at + 1]
            and said[at + 1] == word[at]
            and said[at + 2 :] == word[at + 2 :]
        )
    return False


def _first_difference(longer: str, shorter: str) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter)
    )


#: Endings that make another word of a word ("write" and "writer", "work" and "works"): a
#: word that only adds one of them is that other word, never a slip.
_WORD_ENDINGS = ("s", "r", "d", "n", "y", "e")


def meant(said: str, known: Iterable[str], *, real: Collection[str] = ()) -> str | None:
    """The one word of ``known`` that ``said`` is with one slip, else ``None``. A word in
    ``real`` (a word of its own the reader knows) is never a slip, nor is a known word with
    one of the endings that make another word."""
    if len(said) < _SHORTEST or said in real:
        return None
    found = {
        word
        for word in known
        if len(word) >= _SHORTEST - 1
        and one_slip(said, word)
        and not (said.startswith(word) and said[len(word) :] in _WORD_ENDINGS)
        and not (word.startswith(said) and word[len(said) :] in _WORD_ENDINGS)
    }
    return found.pop() if len(found) == 1 else None


_WORD = re.compile(r"(?<![\w'])[a-z][a-z']*(?![\w'])")


def mend(text: str, known: Collection[str], *, real: Collection[str] = ()) -> tuple[str, int]:
    """``text`` with each word that is a ``known`` word with one slip written as that word,
    and how many were mended."""
    mended = 0

    def _mend(match: re.Match[str]) -> str:
        nonlocal mended
        said = match.group(0)
        if said in known:
            return said
        word = meant(said, known, real=real)
        if word is None:
            return said
        mended += 1
        return word

    return _WORD.sub(_mend, text), mended
