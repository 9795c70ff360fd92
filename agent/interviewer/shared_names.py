"""A stream change named by words two or more streams share ("make the wheel building one 5
hours" beside "Writing and teaching on Wheel building" and "Experiment with Wheel building"):
nothing is changed and the person is asked which stream is meant, naming each (pure).

The words that name the stream are the words of the message that any stream's name holds;
every stream whose name holds them all is meant. A message that says one stream's whole name
names that one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.interviewer import names

WHICH = "Which stream do you mean: {options}? Say it again with that stream's name{example}."


def streams_meant(text: str, streams: Sequence[str]) -> list[str]:
    """The streams whose names hold every word of ``text`` that names a stream."""
    low = text.casefold()
    if any(re.search(rf"\b{re.escape(s.casefold())}\b", low) for s in streams):
        return []  # a whole name said: that stream
    said = names.words(text)
    own = {s: names.words(s) for s in streams}
    naming = {w for w in said if any(_holds(ws, w) for ws in own.values())}
    if not naming:
        return []
    return [s for s, ws in own.items() if all(_holds(ws, w) for w in naming)]


def _holds(name_words: frozenset[str], word: str) -> bool:
    return word in name_words or any(names.one_typo(word, w) for w in name_words)


def ask_which(text: str, streams: Sequence[str], figure: str = "") -> str | None:
    """The question back for a change whose words two or more streams share, or ``None``."""
    if not re.search(r"\d", text):
        return None
    meant = streams_meant(text, streams)
    if len(meant) < 2:
        return None
    options = ", ".join(meant[:-1]) + f" or {meant[-1]}"
    example = f", e.g. 'make {meant[0]} {figure}'" if figure else ""
    return WHICH.format(options=options, example=example)
