"""Two pieces of work said with one "I" and joined by "and": "I also tutor maths and run a
small eBay shop", "we breed alpacas and sell yarn at the farmers' market" (pure).

An "and" between two verbs parts two works only when each side names work of its own: a
verb and the thing it is done to. When "and" joins the pieces of one work it stays whole:
two verbs of one object ("I cut and colour hair", "I build and restore organs"), two
objects of one verb ("I do hair and makeup"), or a verb done to what was just named ("I make
candles and sell them", "I make furniture and sell at markets").
"""

from __future__ import annotations

import re

from agent.interviewer.reading import work_verbs

#: Words that only say which kind of a thing: its age, state, colour or make ("used and
#: vintage vinyl", "black and white pudding", "new and second-hand tyres").
_KIND = (
    r"(?:used|new|old|vintage|antique|second[- ]?hand|handmade|home-?made|custom|bespoke|"
    r"fresh|dried|frozen|raw|cooked|hot|cold|sweet|savou?ry|spicy|mild|big|small|large|"
    r"black|white|red|green|blue|brown|yellow|pink|purple|grey|gray|golden|silver|"
    r"wooden|leather|glass|metal|paper|plain|printed|painted|single|double|"
    r"(?!(?:need|want|us|retir|employ|marri|qualifi|train|bor|tir|stress|bor)ed\b)[a-z]{3,}ed)"
)
_KIND_LAST = re.compile(rf"\b(?:i|we)\s+(?:[a-z]+\s+)?[a-z]+\s+{_KIND}$")
_KIND_FIRST = re.compile(rf"{_KIND}\s+[a-z]{{3,}}")


def two_kinds(left: str, right: str) -> bool:
    """True when an "and" joins two words of kind before one thing, the first after a verb
    and the second before the thing: "I make black | white pudding", "we sell new | used
    tyres"; the two sides are one work, never two."""
    return bool(_KIND_LAST.search(left.strip())) and bool(_KIND_FIRST.match(right.strip()))


#: Where the two sides part: before the "and", which stays with the second to say it is work
#: said with the first one's "I" (a comma may stand before it).
_AND = re.compile(r",?\s+(?=and\s+)")
#: Where the left side's clause starts: a comma, or the piece's start.
_CLAUSE_START = re.compile(r".*,\s*", re.S)
#: Work said with "I" or "we" and the verbs the reader knows are work even where
#: ``work_verbs`` leaves them to other words ("I run a stall", "we do weddings").
_LEFT = re.compile(
    r"^\W*(?:(?:and|also|plus|then|so|but|oh)[,\s]+)*(?:i|we)\s+"
    r"(?:(?:also|now|still|often|sometimes|mostly|mainly|[a-z]+ly)\s+)?"
    r"(?:work\s+(?:as|at|for|in)\b|(?:run|do|volunteer|help|make)\s+(?!(?:it|them|that|this)\b)"
    r"[a-z])"
)
#: A verb of work the reader knows, said right after the "and" (the right side's own verb).
_KNOWN_VERB = re.compile(
    r"(?:teach|tutor|coach|run|drive|clean|sell|write|make|deliver|babysit|mentor|translate|"
    r"paint|bake|host|organi[sz]e|design|edit|busk|dj|foster|cook|manage|fix|repair|build|"
    r"restore|walk|sit|groom|breed|grow|knit|sew|shoot|photograph|film|record|produce|"
    r"volunteer|work)\s+"
)
#: Words right after a verb that show it has no object of its own: it is done to what was
#: just named ("sell them"), or only where and how ("sell at markets", "sell online").
_NO_OWN_OBJECT = re.compile(
    r"(?:it|them|they|those|these|that|this|one|ones|some|each|all|both|on|at|in|for|to|from|"
    r"by|with|via|through|online|locally|direct(?:ly)?|privately|too|as well|also|up\b(?=\s*$))"
    r"\b"
)


#: Words of when, which open no work after "and" ("Monday and Wednesday evenings").
_WHEN = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|mornings?|"
    r"afternoons?|evenings?|nights?|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|summers?|winters?|springs?|autumns?|holidays?|"
    r"school|term|other|every|most|some|each|twice|once|then|sometimes|occasionally)\b"
)


def cuts(piece: str) -> list[re.Match[str]]:
    """The "and"s of ``piece`` that part two pieces of work, each with its verb and object."""
    return [m for m in _AND.finditer(piece) if _parts_two(piece, m)]


def second(text: str) -> bool:
    """True when ``text`` is the second of two works cut apart here: "and", a verb of work
    and the thing it is done to ("and run a small eBay shop")."""
    return text.startswith("and ") and _own_verb_and_object(text[4:].lstrip())


def _parts_two(piece: str, joint: re.Match[str]) -> bool:
    left = _CLAUSE_START.sub("", piece[: joint.start()], count=1)
    if two_kinds(left, piece[joint.end() + 3 :].lstrip()):
        return False  # "I sell used and vintage vinyl": two kinds of one thing, one work
    if not (work_verbs.said_as_work(left) or _LEFT.match(left) or _known_left(left)):
        return False
    if _has_verb_only(left):
        return False  # "I cut and colour hair": two verbs of one object
    return _own_verb_and_object(piece[joint.end() + 3 :].lstrip())


#: The person and the words between them and the verb, on the left side.
_SUBJECT = re.compile(
    r"^\W*(?:(?:and|also|plus|then|so|but|oh)[,\s]+)*(?:i|we)\s+"
    r"(?:(?:also|now|still|often|sometimes|mostly|mainly)\s+)?"
)
#: One's own animal or home: what a verb of work is done to outside work ("walk the dog").
_OWN_THINGS = re.compile(r"(?:the|my|our)\s+(?:dogs?|cats?|horses?|kids|house|garden)\b")


def _known_left(left: str) -> bool:
    """ "I also walk dogs": a verb the reader knows is work, with an object of its own (not
    one's own dog, nor only where: "walk to work")."""
    said = _SUBJECT.match(left)
    if said is None:
        return False
    rest = left[said.end() :]
    return _own_verb_and_object(rest) and not _OWN_THINGS.match(rest, rest.find(" ") + 1)


def _own_verb_and_object(right: str) -> bool:
    """True when ``right`` opens with a verb of work and an object of its own."""
    verb = _KNOWN_VERB.match(right)
    if verb is None:
        if _WHEN.match(right) or not work_verbs.said_as_work(f"i {right}"):
            return False  # "hair and makeup": two objects of one verb
        verb = re.match(r"[a-z]+\s+(?:(?:up|out|on|in)\s+(?=[a-z]{3,}))?", right)
        if verb is None:
            return False
    return _NO_OWN_OBJECT.match(right, verb.end()) is None and bool(
        re.match(r"\W*[a-z0-9£$€]", right[verb.end() :])
    )


def _has_verb_only(left: str) -> bool:
    """True when the left side is a subject and a verb with nothing after it ("I cut")."""
    words = re.findall(r"[a-z']+", left)
    while words and words[0] in {"and", "also", "plus", "then", "so", "but", "oh"}:
        words = words[1:]
    rest = words[1:]
    while rest and rest[0] in {"also", "now", "still", "often", "sometimes", "mostly"}:
        rest = rest[1:]
    return len(rest) <= 1
