"""What a wished stream is called, and wishes that are no stream.

Read clause by clause, a wish is often named by its frame: "add a leverage one: an online
course", "I'd like a writing stream - paid commissions", "I want the celebrant work as a proper
stream". The words that only say *a stream* ("stream", "one", "thing", a role, "proper") are no
name; the name is what the frame points at (after the colon, before "as a ... stream", after
"a stream for"). A wish to think, check or talk something over ("not yet, I want to check the
hours with my partner first") asks for time, not for a stream.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import names
from agent.interviewer.reading.types import Reading

#: Words that say "a stream" without naming one.
_FRAME_WORDS = frozenset(
    (
        *("stream", "streams", "one", "thing", "proper", "new", "side", "extra", "another"),
        *("anchor", "client", "leverage", "seed", "role", "a", "an", "the", "my"),
    )
)
#: Verbs of thinking a decision over: "I want to <verb> ..." is no stream.
_DELIBERATE = re.compile(
    r"^(?:to )?(?:think|check|double-check|go through|go over|talk|discuss|look|sleep on|read|"
    r"review|run (?:it|this|that|them) by|ask|show|see|wait|consider|mull|chat|sit with|"
    r"sort out|speak|confirm|figure out)\b"
)
#: What a wished stream is to do, said after its name: "bookkeeping to bring in a quarter".
_PURPOSE = re.compile(r"\s+to(?:\s+(?:bring in|earn|make|be|pay|become|grow)\b.*)?$")
_SOME_DAY = re.compile(r"\b(?:some ?day|one day|eventually|in the future|someday)\b")
_PLACES = (
    # "add 'candle making kits' as a leverage one", "a stream 'tools for subtitlers'"
    re.compile(
        r"\b(?:add|adding|start|launch|include|stream|one|want|like|love)\s+"
        r"(?P<q>['\"])(?P<name>[^'\"]{2,60})(?P=q)"
    ),
    # "add a leverage one: an online course on kubernetes, 3 hours"
    re.compile(r"\b(?:stream|one|thing)\s*[:\-–—]\s*(?P<name>[^,.;:!?]+)"),
    # "I want the celebrant work as a proper stream"
    re.compile(
        r"\b(?:want|like|love|have|make|keep|see)\s+(?P<name>(?:the|my)\s+[^,.;:!?]+?)\s+as\s+"
        r"(?:a|an|its own|my)\s+(?:\w+\s+)?(?:stream|one)\b"
    ),
    # "a stream that's like training other unions", "a photography side thing"
    re.compile(
        r"\b(?:stream|thing|one)\s+(?:that'?s|that is|which is)\s+(?:like\s+|kind of\s+|"
        r"sort of\s+|about\s+)?(?P<name>[^,.;:!?]+)"
    ),
    re.compile(
        r"\b(?:for|on|with)\s+(?:a|an|my|some)\s+(?P<name>[^,.;:!?]+?)\s+side\s+"
        r"(?:thing|project|hustle|gig|business)\b"
    ),
    # "a seed stream for drone footage", "one for youtube shorts", "a seed for a podcast"
    re.compile(
        r"\b(?:stream|one|(?<=\ba )seed|(?<=\ba )leverage|(?<=\ba )client)\s+(?:for|of|doing|on)\s+"
        r"(?P<name>[^,.;:!?]+)"
    ),
    # "a side thing for the kids' parties"; never "a tutoring thing for nurses", whose own
    # words before "thing" name it (the pattern below)
    re.compile(
        r"(?:^|\b(?:a|an|another|one more|my|the|get|want|add|have|like)\s+)"
        r"(?:(?:new|separate|extra|proper|side|small|little|wee|anchor|client|leverage|seed)\s+)*"
        r"thing\s+(?:for|of|doing|on)\s+(?P<name>[^,.;:!?]+)"
    ),
    # "I want to add a small repair stream, 3h a week", "a medical spanish tutoring thing"
    re.compile(
        r"\b(?:add|start|want|like|love|put in)\s+(?:a|an|another|one more|my)\s+"
        r"(?P<name>[^,.;:!?]+?)\s+(?:stream|thing)\b"
    ),
)
_FRAMED = re.compile(
    r"^(?:(?:a|an|the|my|new|another|proper|side|anchor|client|leverage|seed)\s+)*"
    r"(?:stream|one|thing)\s+(?:for|of|doing|on)\s+",
    re.I,
)
_FIGURES_ON = re.compile(
    r"\s*(?:\b(?:like|maybe|about|around|say|perhaps)\s+)?[£$€]?\d.*$|\s+(?:lol|haha|instead|"
    r"please|pls)\b.*$"
)


def tidy(readings: list[Reading], text: str) -> list[Reading]:
    """The readings of ``text`` with each wish named by what it points at, and wishes to
    think things over left out."""
    alone = sum(r.act == "wish" and not r.remove for r in readings) == 1
    out: list[Reading] = []
    for reading in readings:
        if reading.act != "wish" or reading.remove:
            out.append(reading)
            continue
        if reading.subject and _DELIBERATE.match(reading.subject.casefold()):
            continue
        if reading.subject and names.assent_only(reading.subject):
            continue  # "add both please": a yes to what was offered, no stream
        if reading.hours is None and reading.share is None and _SOME_DAY.search(reading.span):
            continue  # "I'd love to make a course some day": a dream, not a stream asked for
        said = text if alone else reading.span
        reading = replace(reading, subject=_PURPOSE.sub("", reading.subject or "") or None)
        out += _two_named(_renamed(reading, said), said)
    return out


#: Two streams named in one wish, the second with its own article: "a podcast and a
#: newsletter", "workshops & a cookbook" ("writing and editing" may be one stream).
_TWO = re.compile(r"^(?P<a>.+?)\s+(?:and|&|plus)\s+(?:a|an|the|my|some)\s+(?P<b>.+)$", re.I)
_EACH = re.compile(r"\beach\b|\bapiece\b|\bfor both\b", re.I)


def _two_named(wish: Reading, said: str) -> list[Reading]:
    """A wish that names two streams at once, as two wishes ("I'd like a podcast and a
    newsletter stream, 2h each"): one stream named after both would be neither. Hours or a
    share said once for both are kept only when said for each; else the two are left as one
    wish, for the person to name apart."""
    joined = _TWO.match(wish.subject or "") or _TWO.match(_article_kept(wish))
    if joined is None or len(joined["a"].split()) > 4 or len(joined["b"].split()) > 4:
        return [wish]
    figures = wish.hours is not None or wish.share is not None
    if figures and not _EACH.search(said):
        return [wish]
    first, second = (re.sub(r"^(?:a|an|the|my|some)\s+", "", n.strip()) for n in joined.groups())
    if only_frame(first) or only_frame(second):
        return [wish]
    return [replace(wish, subject=_cased(first, said)), replace(wish, subject=_cased(second, said))]


def _article_kept(wish: Reading) -> str:
    """The wish's name as the message says it, with the articles the reading left out."""
    subject = (wish.subject or "").casefold()
    words = subject.split()
    if len(words) < 3:
        return ""
    low = wish.span.casefold()
    pattern = r"\s+(?:(?:a|an|the|my|some)\s+)?".join(re.escape(w) for w in words)
    found = re.search(pattern, low)
    return found.group(0) if found else ""


def only_frame(name: str) -> bool:
    """True when a name only says "a stream" ("leverage one", "proper stream")."""
    said = [w for w in re.findall(r"[a-z']+", name.casefold())]
    return bool(said) and all(w in _FRAME_WORDS for w in said)


def pointed_at(text: str) -> str | None:
    """The stream a wish's frame points at ("... a seed stream for drone footage, 2h")."""
    low = text.casefold()
    for place in _PLACES:
        match = place.search(low)
        if match is None:
            continue
        name = _FIGURES_ON.sub("", match.group("name")).strip(" -'\"")
        name = re.sub(r"^(?:a|an|the|my|some)\s+", "", name)
        if name and not only_frame(name) and len(name.split()) <= 6:
            return _cased(name, text)
    return None


def _renamed(wish: Reading, said: str) -> Reading:
    subject = wish.subject or ""
    framed = _FRAMED.match(subject)
    if framed:  # "seed stream for a baking podcast"
        subject = re.sub(r"^(?:a|an|the|my|some)\s+", "", subject[framed.end() :], flags=re.I)
        wish = replace(wish, subject=subject)
    words = subject.split()
    if not only_frame(subject) and not (words and words[-1].casefold() in {"stream", "one"}):
        return wish
    trimmed = " ".join(w for w in words if w.casefold() not in _FRAME_WORDS)
    if trimmed:  # "a writing stream - paid commissions": the stream's own word names it
        return replace(wish, subject=trimmed)
    better = pointed_at(wish.span) or pointed_at(said)
    return wish if better is None else replace(wish, subject=better)


def _cased(name: str, text: str) -> str:
    """``name`` with the casing the person gave it."""
    at = text.casefold().find(name)
    return text[at : at + len(name)] if at >= 0 else names.plain(name)
