"""Lines that hold a list inside something else, split so the list is read as a list.

A terse CV writes its skills where a careful reader still finds them:

- a list as one sentence among others ("Plumber, 12 yrs. Bathroom fitting, leak repair,
  soldering copper pipe."): each such sentence becomes a line of its own;
- a list after a dated role line's colon ("Ran own firm 2016-2024: quoting, invoicing, VAT
  returns"): the role line keeps its dates, and the list follows under the role's words as
  its label ("Ran own firm: quoting, invoicing, VAT returns").

A line is only split when a piece has the shape of a list (``lists.is_list_shaped``): a
sentence about work stays whole, so its verb phrases are read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.cv.layout import DATED
from knowledge.cv.lists import is_list_shaped

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
# "Ran own firm 2016-2024: ...": the role's words, its dates, a colon, then the rest.
_DATED_COLON = re.compile(r"^(?P<head>[^:]{2,160}?):\s+(?P<rest>\S.*)$")
_LABEL_WORDS = re.compile(r"^[A-Za-zÀ-ÿ&/ -]{2,40}$")


def split_fragments(lines: Sequence[str]) -> list[str]:
    """The lines with embedded lists set on lines of their own (see the module's docstring)."""
    out: list[str] = []
    for line in lines:
        out += _dated_list(line) or _sentences(line)
    return out


def _dated_list(line: str) -> list[str]:
    found = _DATED_COLON.match(line.strip())
    if not found or not DATED.search(found["head"]):
        return []
    rest = found["rest"].rstrip(" .")
    label = " ".join(DATED.sub(" ", found["head"]).split()).strip(" ,;-–—|")
    if _LABEL_WORDS.match(label) and is_list_shaped(rest, labelled=True):
        return [found["head"], f"{label}: {rest}"]
    # "seit 10/2019 | Pflegerin, Intensivstation, Klinikum: Versorgung beatmeter Patienten,
    # Überwachung und Monitoring, ...": the work after the role, read as a line about work.
    return [found["head"], rest] if _names_work(rest) else []


def _names_work(text: str) -> bool:
    """Three or more short comma-separated names of work, not sentences."""
    items = [item.strip() for item in re.split(r"[,;]", text) if item.strip()]
    return len(items) >= 3 and all(len(item.split()) <= 7 for item in items) and ". " not in text


def _sentences(line: str) -> list[str]:
    pieces = _SENTENCE_END.split(line.strip())
    if len(pieces) < 2 or not any(is_list_shaped(p.rstrip(" .")) for p in pieces):
        return [line]
    return [p.rstrip(" .") if is_list_shaped(p.rstrip(" .")) else p for p in pieces]
