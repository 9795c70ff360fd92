"""A name beside recorded work that names none of it: asked back, or given to the one it fits.

When the plan already holds the person's work, a name said with figures that matches none of
it is far more often a place ("Hospital: around 41.000 DKK a month", "Saturdays at the market 7
till 3"), an employer, a pay word ("Hrubá mzda, gross, 1.850 €", "plus feriepenge"), a thing
made or sold in recorded work ("one Jawa 350") or a piece of a clause ("expect
the same", "Off season") than a new piece of work. More work is said as more ("also", "oh and
I ...", "I forgot", "besides", "on the side", "what else"), by a verb of its own ("I sell
sweet corn"), or alone as the whole first line of the answer ("kombucha. stirling market
sundays. ..."): such names are read as before.

So is a name told as an item with sure figures of its own ("dog walking, 10h a week"), unless
it is a label: said before its figures ("Hospital: ...", "X, gross, ..."), a workplace said
as who pays ("Ballet school pays ...") or with "at the" ("at the market 7 till 3"). A label
beside recorded work the message says nothing else of is that work's: when exactly one such
activity is left, the label's figures are given to it and the label names no work; when
several are left, it is asked back; when none is, it is more work, read as before. Any other
new name, and what is read of it, is asked back, never recorded silently: a bare name beside
recorded work ("stirling market sundays", "Off season", "plus aguinaldo") or words joined
across a figure ("big carved one [18 000] Kč"). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import names, places
from agent.interviewer.reading.types import PlanView, Reading

#: Below this the interviewer asks back (see ``types.CONFIDENT``).
_UNSURE = 0.5

#: Words before a name that say more work is told: "also", "oh and", "I forgot", "besides".
_MORE_WORK = re.compile(
    r"\b(?:also|too|as well|forgot|forgotten|besides|on the side|else|another|one more|"
    r"other|others|extra|separately|additionally|apart from|as well as|side gig|side hustle|"
    r"second|third|fourth|fifth|finally|lastly)\b"
)
#: Words of adding said in the name's own sentence: "and I ...", "patrol + summer trail crew".
_ADDED_HERE = re.compile(r"\b(?:oh|ah)\b|\band (?:i|we)\b|[+&]")
#: The name follows the person and a verb of their own: "I build ...", "I'm a ...".
_OWN_VERB = re.compile(r"\b(?:i|we|i'm|im|i've)\s+(?:[a-z'-]+\s+){0,2}$")
#: Nothing but an article before the name: the answer opens on it.
_OPENS = re.compile(r"^\W*(?:(?:the|my|our)\s+)?$")
#: A label said before its figures: "X: ...", "X, gross, ...".
_LABEL_AFTER = re.compile(r"^\s*(?::|,\s*(?:gross|net|netto|brutto|before tax|after tax)\b)")
#: A workplace said as who pays: "Ballet school pays 900 € netto per month".
_PAYER_AFTER = re.compile(r"^\s+(?:pays|paid|gives|gave)\b")
#: What may stand before a label at the start of its sentence: "the", "one", "each".
_LABEL_BEFORE = re.compile(r"(?:^|[.!?;:\n])\W*(?:(?:the|my|our|one|each|a|per)\s+)?$")
#: A workplace said with "at the": "Saturdays at the market 7 till 3".
_AT_PLACE = re.compile(r"\b(?:at|in)\s+(?:the|a|my|our)\s+$")
_FIGURE_FIELDS = frozenset({"activity.hours_per_week", "activity.annual_revenue"})
_SENTENCE = re.compile(r"(?<!\d)[.!?;\n]+(?!\d)")


def weighed(readings: list[Reading], text: str, view: PlanView, ask: str) -> list[Reading]:
    """``readings`` with each new activity name that names no recorded work and is not said
    as more work either given to the one recorded activity it fits or asked back (see the
    module). ``text`` is the normalised message."""
    if not view.activities or ask == "context":
        return readings
    recorded = {a.casefold() for a in view.activities}
    for name in _unknown(readings, recorded):
        readings = _weigh(readings, name, text, view)
    return readings


def _weigh(readings: list[Reading], name: str, text: str, view: PlanView) -> list[Reading]:
    """``readings`` with the new name ``name`` kept, given or asked back."""
    where = _found(text, name)
    if where is None:
        # "selling milk" for "I sell milk" is work said by its verb; "big carved one Kč" for
        # "big carved one 18 000 Kč" is words joined across a figure
        return _asked(readings, name) if _glued(text, name) else readings
    if _said_as_work(text, name, where):
        return readings
    figures = [r for r in readings if r.subject == name and r.field in _FIGURE_FIELDS]
    if figures and _labelled(text, name, where):
        left = _left(readings, text, view, name)
        if not left:
            return readings  # every recorded activity is spoken of beside it: more work
        return _given(readings, name, left[0]) if len(left) == 1 else _asked(readings, name)
    if any(r.confident for r in figures):
        return readings  # "dog walking, 10h a week": an item told with figures of its own
    return _asked(readings, name)  # "stirling market sundays", "plus aguinaldo"


def _unknown(readings: list[Reading], recorded: set[str]) -> list[str]:
    return [
        str(r.value)
        for r in readings
        if r.act == "fact" and r.field == "activity" and str(r.value).casefold() not in recorded
    ]  # fmt: skip


def _found(text: str, name: str) -> int | None:
    """Where ``name`` is said in ``text`` as the person wrote it, or ``None``."""
    said = re.search(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])", text)
    return said.start() if said else None


def _glued(text: str, name: str) -> bool:
    """True when the name's words are said in order in one sentence with a figure between
    them ("came around 4.5 lakh alle"): words joined across a figure, never the person's name
    for work ("blog about dementia caregiving" read as "blog dementia caregiving" is)."""
    said = names.words(name.casefold())
    gap = r"(?![\w-])(.*?)(?<![\w-])"
    pattern = r"(?<![\w-])" + gap.join(map(re.escape, said)) + r"(?![\w-])"
    for sentence in _SENTENCE.split(text):
        joined = re.search(pattern, sentence)
        if joined and any(re.search(r"\d", g) for g in joined.groups()):
            return True
    return False


def _said_as_work(text: str, name: str, where: int) -> bool:
    """True when the name is told as more work, by a verb of the person's, or alone as the
    first line of the answer."""
    before = text[:where]
    own_sentence = _SENTENCE.split(before)[-1]
    if _MORE_WORK.search(before) or _ADDED_HERE.search(own_sentence) or _OWN_VERB.search(before):
        return True
    if _OPENS.match(before) and not _LABEL_AFTER.match(text[where + len(name) :]):
        return True  # "dog walking 10h a week": the answer opens on the work, as an item
    first = _SENTENCE.split(text.strip(), maxsplit=1)[0]
    return first.strip(" ,:-").casefold() == name.casefold()


def _labelled(text: str, name: str, where: int) -> bool:
    """True for a label said before its figures ("Hospital: ...", "Hrubá mzda, gross, ...")
    or a workplace said with "at the" ("at the market 7 till 3")."""
    before, after = text[:where], text[where + len(name) :]
    if _AT_PLACE.search(before):
        return True
    if _PAYER_AFTER.match(after) and places.names_employer(name.casefold()):
        return True
    return bool(_LABEL_BEFORE.search(before)) and bool(_LABEL_AFTER.match(after))


def _left(readings: list[Reading], text: str, view: PlanView, name: str) -> list[str]:
    """The recorded activities the message says nothing else of: no reading about them and
    no sentence that names them."""
    spoken = {str(r.subject).casefold() for r in readings if r.subject and r.subject != name}
    sentences = [s for s in _SENTENCE.split(text) if s.strip() and name.casefold() not in s]
    for sentence in sentences:
        meant = names.known_name(sentence, view.activities)
        if meant:
            spoken.add(meant.casefold())
    return [a for a in view.activities if a.casefold() not in spoken]


def _given(readings: list[Reading], name: str, owner: str) -> list[Reading]:
    """The figures said under the label go to ``owner``; the label names no work."""
    out = []
    for r in readings:
        if r.field == "activity" and r.value == name:
            continue
        if r.subject == name and r.field in _FIGURE_FIELDS:
            r = replace(r, subject=owner)
        elif r.subject == name:
            r = replace(r, confidence=min(r.confidence, _UNSURE))
        out.append(r)
    return out


def _asked(readings: list[Reading], name: str) -> list[Reading]:
    """The name and what is read of it are asked back, never recorded."""
    return [
        replace(r, confidence=min(r.confidence, _UNSURE))
        if (r.field == "activity" and r.value == name) or r.subject == name
        else r
        for r in readings
    ]
