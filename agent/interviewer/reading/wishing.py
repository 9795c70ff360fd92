"""Wishes while a sentence is read: a stream asked for, dropped, or filled with its figures.

A wish names a new stream (one the plan does not hold, though it may share a word with one);
its hours, income share and role come from the figures and words said with it. A stream is
dropped by a removal said of it, also in the later part of a sentence that first edits another
("X should be the leverage one, and kill the newsletter").
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import acts, figures, names, streams, wish_names
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.frame import Frame
from agent.interviewer.reading.quantities import Quantity
from agent.interviewer.reading.types import PlanView, Reading

#: Quantities that can be a wish's hours or income share.
_FIGURES = frozenset({"hours", "bare", "days", "percent", "zero"})


def pointed(whole: str, sentence: list[Segment], own: list[Quantity], frame: Frame) -> bool:
    """ "can I get one for youtube shorts of plumbing fails, 2 hrs": a wish that points at its
    stream by its frame is that stream, even when a word of it is a proposed stream's."""
    said = frame.text[sentence[0].start : sentence[-1].end]  # with its commas, which end names
    name = wish_names.pointed_at(said) or wish_names.pointed_at(whole)
    if name is None or not new_stream_named(name, frame.view):
        return False
    frame.readings.append(Reading("wish", subject=name, span=whole))
    frame.stream, frame.activity = name, None
    fill(frame, [q for q in own if q.kind in _FIGURES], Segment(whole, sentence[0].start, 0))
    return True


def figures_said(text: str, own: list[Quantity]) -> bool:
    """True when a sentence gives hours or a share, or a figure something is brought down to
    ("drop mining to 25"): then a removal word edits, not drops."""
    return any(q.kind in {"hours", "percent"} for q in own) or bool(
        re.search(r"\b(?:share|hours|percent)\b|\b(?:down )?to (?:about |around |just )?\d", text)
    )


def later_removal(sentence: list[Segment], own: list[Quantity], frame: Frame) -> int:
    """Where a stream dropped in a sentence's later segments starts (0 when none is): "the game
    needs 8h, and drop the game jam thing" drops one stream and edits another."""
    at = next((k for k, s in enumerate(sentence) if k and acts.removal(s.text)), 0)
    if not at or acts.removal(" ".join(s.text for s in sentence[:at])):
        return 0
    rest = " ".join(s.text for s in sentence[at:])
    later = [q for q in own if q.start >= sentence[at].start]
    if figures_said(rest, later) or streams.named(rest, frame.view, None) is None:
        return 0
    return at if removal(rest, frame) else 0


def new_stream_named(text: str, view: PlanView) -> bool:
    """True when a wish names a stream the plan does not hold (it may share a word)."""
    purpose = _PURPOSE.search(text)
    text = purpose.group("name") if purpose else text  # "I'd like X to be 10% of my income"
    stream = names.known_name(text, [s.name for s in view.streams])
    if stream is None:
        return True
    candidate = names.new_name(re.sub(r"[£$€]?\d[\d.,]*\s*(?:h|hrs?|hours?|%)?", " ", text))
    own = {names.stem(w) for w in names.words_and_parts(stream.casefold())}
    return candidate is not None and bool(
        {names.stem(w) for w in names.words(candidate)} - own - {"the", "a", "an", "my"}
    )


#: A stream wished to do something: "I'd like bookkeeping to bring in a quarter".
_PURPOSE = re.compile(
    r"\bi'?d (?:also |really )?(?:like|love) (?P<name>(?:[\w'-]+ ){1,6}?)to (?:bring in|earn|"
    r"make|be|pay|become|grow)\b"
)


def beyond(text: str, known: str) -> str | None:
    """ "add a weekend welding course" beside the activity "welding": the new name a wish
    says, when it holds more than the known name's words; else ``None``."""
    candidate = names.new_name(re.sub(r"[£$€]?\d[\d.,]*\s*(?:h|hrs?|hours?|%)?", " ", text))
    own = {names.stem(w) for w in names.words_and_parts(known.casefold())}
    extra = {names.stem(w) for w in names.words(candidate or "")} - own
    return candidate if extra - {"the", "a", "an", "my", "for", "of", "guy"} else None


def more_than(candidate: str | None, name: str) -> bool:
    """True when a name said holds words a recorded name does not ("welding class" beside
    "welding"): something new that shares a word with it."""
    return bool(words_beyond(candidate, name))


def words_beyond(candidate: str | None, name: str) -> set[str]:
    """The words (stemmed) of a name said that a recorded name does not hold."""
    own = {names.stem(w) for w in names.words_and_parts(name.casefold())}
    said = {names.stem(w) for w in names.words(candidate or "")}
    return said - own - {"the", "a", "an", "my"}


def removal(text: str, frame: Frame) -> bool:
    """Record the stream a text drops (one proposed, or a new name while streams are
    discussed); False when it names none."""
    stream = streams.named(text, frame.view, frame.stream)
    found = acts.removal_words(text)
    if stream is None and found:  # "could the course be removed, I'm not ready to teach ..."
        stream = streams.named(re.split(r"[,;]", text[: found.end()])[-1], frame.view)
    if stream is None:
        target = names.new_name(re.sub(r"\b(?:drop|remove|delete|lose|get rid of|please)\b",
                                       "", text))  # fmt: skip
        if target is None or frame.ask not in {"streams", "blocks", "review"}:
            return False
        stream = target
    frame.readings.append(Reading("wish", subject=stream, remove=True, span=text))
    frame.stream = stream  # "... it's my hobby - take it out": "it" is the stream dropped
    return True


def fill(frame: Frame, numeric: list[Quantity], segment: Segment) -> None:
    """Give the last wish the hours, share and role said in ``segment``."""
    wish = frame.readings[-1]
    if wish.remove:
        return  # a stream dropped takes no hours, share or role
    for q in numeric:
        if q.kind == "days" and re.match(r"1 day\W*$", frame.text[q.start :]):
            continue  # "10% of my income one day": some day, not a day a week
        if q.kind == "zero":
            wish = replace(wish, share=0.0)
        elif q.kind == "percent":
            wish = replace(wish, share=q.value)
        elif q.kind in {"hours", "bare", "days"}:
            wish = replace(wish, hours=round(figures.weekly_hours(q, None)[0], 2))
    role = streams.ROLES.search(segment.text)
    said = role.group(1) if role else "seed" if _TRIAL.search(segment.text) else None
    if said is None and wish.role is None and wish.share == 0.0:
        said = "seed"  # "no money in it yet": earning nothing for now is what a seed does
    frame.readings[-1] = replace(wish, role=said or wish.role)


#: A stream said to be a trial ("it's an experiment", "just to test the waters") is a seed.
_TRIAL = re.compile(
    r"\b(?:it'?s|it is|as|just)\s+(?:an?\s+|kind of an?\s+)?(?:experiment|trial|test|try-?out)\b|"
    r"\btest the waters\b"
)


def role_only(text: str, blank: str) -> bool:
    """True for a clause that only gives the wish before it a role: "as a leverage thing",
    "it is an experiment"."""
    if _TRIAL.search(text):
        return True
    if not streams.ROLES.search(text):
        return False
    rest = re.sub(r"^(?:as|like|more|kind of|sort of)\s+", "", blank.strip())
    return names.new_name(blank) is None or wish_names.only_frame(rest)
