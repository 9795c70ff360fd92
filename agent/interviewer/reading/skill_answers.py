"""Skills said in words: a list, a sentence, languages spoken (pure: no I/O)."""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer import parse
from agent.interviewer.reading import acts, remarks, restated, skill_runs, slips
from agent.interviewer.reading.clauses import Segment
from agent.interviewer.reading.skill_words import ING_NOUNS, LANGUAGE
from agent.interviewer.reading.types import PlanView, Reading
from agent.interviewer.reading.wording import (
    CHAT_ONLY,
    NONE,
    YES_NO,
    clean,
    without_loose_tail,
)

_SPEAKS = re.compile(
    r"^(?:and |also |plus )?(?:(?:i'?m |i am )?(?:\w+ )?(?:fluent|native) in|"
    # "languages uzbek russian" or "language: Welsh" label a list; "language teaching" is a skill
    r"i (?:also )?(?:speak|sign)|speak|languages:?|language:)\s+"
)


def _languages(text: str) -> list[str]:
    """ "I speak Spanish and English", "fluent in Portuguese and Spanish": one language each."""
    lead = _SPEAKS.match(text)
    if lead is None:
        return _language_run(text)
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text[lead.end() :])
    return [one for part in parts if part for one in _language_run(part)]


def _language_run(text: str) -> list[str]:
    """ "Maltese Italian English", "Malay/English/Cantonese": two or more languages run
    together are one skill each; any other text is one item."""
    parts = [p for p in re.split(r"\s*(?:/|&|\band\b|\s)\s*", text.strip(" .!")) if p]
    if len(parts) >= 2 and all(LANGUAGE.fullmatch(p) for p in parts):
        return parts
    return [text]


_NOT_AN_ITEM = re.compile(
    r"^(?:i|it|that|which|those|these|they|but|because|so|as|if|when|not|this|that's|it's|there|"
    r"what|where|we|you|he|she|haven'?t|hasn'?t|don'?t|didn'?t|never|used to|the cv|my cv|"
    r"sounds|seems|looks|feels)\b|"
    r"\b(?:is|are|was|were|cv)\b|"
    r"^(?:definitely|probably|really|honestly|etc|that's it|that is it|and so on)$"
)


#: A sentence that takes back the one before it ("nah actually ...", "jk", "kidding").
_TAKEN_BACK = re.compile(r"^\W*(?:nah|no no|jk|just kidding|kidding|joking|only joking)\b")


#: A sentence after the list telling something of the works ("btw the shop is dead in
#: winter", "the lessons and the gigs both come through friends", "lose that, lose both"):
#: a remark, no skills.
_OF_THE_WORK = re.compile(
    r"^\W*(?:btw|by the way|fyi|ps|p\.s)\b|\b(?:are|r|were) both\b|"
    r"\b(?:both|all) (?:come|came|get|got|go|went|pay|paid|run|need|happen|tend|depend)\w*\b|"
    r"\b(?:come|comes|came) (?:through|off|from)\b|\bboth\W*$"
)


#: "both the lessons and the stall depend on the summer", "the regulars and the van": a
#: sentence after the list whose parts name things with "the" or "both" speaks of the works or
#: the people they serve, not of skills ("the teaching bit of it" names a part of a skill).
_THINGS_NAMED = re.compile(r"^(?:both|the)\b(?!.*\b(?:bit|side|part|aspect)\b)")


#: "dealing with customers who think they know better": what follows says more of the item.
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which)\b.*$")


#: "woodwork mainly", "sourdough specifically": the item narrows the one said before it.
_NARROWED = re.compile(
    r"^(?:and |but )?(.+?)\s+(?:specifically|mainly|in particular|particularly|especially)\W*"
    r"(?:\s+\S*[^\w\s]\S*)?$"
)
#: A clause with its own subject ("now I write emails", "I have a decent camera"): a story
#: about the person, whose parts are no list items.
_STATEMENT = re.compile(r"\b(?:i|i'm|im|i've|i'd|we|he|she|they|it)\s+(?!am\b)[a-z']+")


#: Statements that name a skill ("I speak Welsh", "I'm good at admin", "I've got my HGV").
_CLAIM = re.compile(
    r"(?:and |also |so |plus )?(?:i'?m |i am )?(?:\w+ )?(?:fluent|native) in|"
    r"(?:and |also |so |plus )?i (?:also )?(?:speak|sign|can|know)\b"
)
#: "... so I'm good with admin": a skill claimed, wherever it starts in the clause.
_GOOD_AT = re.compile(
    r"\b(?:i'?m|i am) (?:\w+ )?(?:a |an )?(?:good|great|decent|strong|handy|pro|expert) "
    r"(?:at|with)\b"
)
#: "I have a decent camera": what the person owns, at the questions about one skill.
_OWNS = re.compile(r"(?:and |also |plus )?(?:i'?ve got|i have|i own)\b")


#: "I like ...", "I really enjoy ...": what excites, said as a liking.
_ENJOYS = re.compile(
    r"^(?:(?:nah|no|ok|so|but|and|actually|honestly|tbh)[,\s]+)*i (?:really |actually )?"
    r"(?:like|love|enjoy)\s+(?=\w)"
)
#: "the teaching bit of the first aid", "the bathroom fitting side": the part named.
_PART_OF = re.compile(
    r"^(?:the )?(?P<part>[a-z][\w' -]*?) (?:bit|side|part|aspect)(?: of (?:the |my |it )?"
    r"(?P<whole>[a-z][\w' -]*))?$"
)


def _part_of(item: str) -> str:
    """ "teaching bit of the first aid" -> "teaching first aid"."""
    part = _PART_OF.match(item)
    if part is None:
        return item
    return " ".join(p for p in (part.group("part"), part.group("whole")) if p)


def _told(plain: list[Segment], text: str, field: str) -> list[Segment]:
    """The pieces that can be items: a piece joined by "and" to a story before it in its
    sentence ("I have a decent camera and a good eye") continues the story, and a piece after a
    spaced dash that follows a single item says more of it ("sign language - BSL level 3")."""
    out: list[Segment] = []
    story = False
    for index, piece in enumerate(plain):
        before = plain[index - 1] if index else None
        gap = text[before.end : piece.start] if before is not None and text else ""
        same = before is not None and before.sentence == piece.sentence
        story = same and story and bool(re.fullmatch(r"\s*(?:and|&)\s*", gap))
        if story:
            continue
        alone = before is not None and all(p.sentence != before.sentence or p is before
                                           for p in plain)  # fmt: skip
        if re.fullmatch(r"\s+-{1,2}\s+", gap) and alone and not _STATEMENT.search(piece.text):
            continue
        # "I've got my HGV licence" names a skill at the skills question, a thing elsewhere
        claim = (
            _CLAIM.match(piece.text)
            or _GOOD_AT.search(piece.text)
            or (field == "skill" and _OWNS.match(piece.text))
        )
        story = bool(_STATEMENT.search(piece.text)) and not claim
        out.append(piece)
    return out


#: "Samoan oratory, the lauga", "my restoration knowledge - the chemistry of paper": the thing
#: named again, by a short name with "the", right after it.
_NAMED_AGAIN = re.compile(r"^the (?:[\w'-]+ ?){1,3}$")
_GAP_OF_NAMING = re.compile(r"\s*,\s*|\s+[-—–]{1,2}\s+")


def _named_again(plain: list[Segment], text: str) -> list[Segment]:
    """At the excited and under-used questions, a first sentence of two pieces whose second
    names the first again ("the lauga") is one thing, said in both ways."""
    if len(plain) < 2 or not text or not _NAMED_AGAIN.match(plain[1].text):
        return plain
    one, again = plain[0], plain[1]  # a dash may part them into two sentences
    if any(p.sentence in {one.sentence, again.sentence} for p in plain[2:]):
        return plain
    gap = text[one.end : again.start]
    if not _GAP_OF_NAMING.fullmatch(gap) or _CONNECTED_AFTER.search(again.text):
        return plain
    if re.search(r"\b(?:not|less|never|no|nor)\b", again.text):
        return plain  # "..., the paperwork less so": another thing, set aside
    joined = replace(one, text=f"{one.text}{gap}{again.text}")
    return [joined, *(p for p in plain if p is not one and p is not again)]


#: "the carpentry too": one more thing, not the first named again.
_CONNECTED_AFTER = re.compile(r"\b(?:too|also|as well)$")


def _items(plain: list[Segment], field: str, found: list[Reading], text: str = "") -> list[Reading]:
    if field in {"skill.excites", "skill.under_used"}:
        plain = _named_again(plain, text)
    # a sentence asks as a whole: "ceramics, which isn't on your list" is no question
    whole = {p.sentence: " ".join(q.text for q in plain if q.sentence == p.sentence) for p in plain}
    asking = {p.sentence for p in plain if acts.question(whole[p.sentence], marked=p.question)}
    # "gaming obvs 😂 nah actually i like the bathroom fitting": a joke taken back
    taken_back = {p.sentence - 1 for p in plain if _TAKEN_BACK.match(whole[p.sentence])}
    first = min((p.sentence for p in plain), default=0)
    told = {
        p.sentence for p in plain if p.sentence > first and _OF_THE_WORK.search(whole[p.sentence])
    }
    if field == "skill":  # a sentence opening "Both the ..." or "The ..." after the list
        opening = {p.sentence: p for p in sorted(plain, key=lambda p: -p.start)}
        told |= {n for n, p in opening.items() if n > first and _THINGS_NAMED.match(p.text)}
    kept = [p for p in _told(plain, text, field) if p.sentence not in asking | taken_back | told]
    if field in {"skill.excites", "skill.under_used"}:  # "Colour! Bas colour.": one thing
        again = restated.restating(plain)
        kept = [p for p in kept if p.start not in again]
    texts = [p.text for p in kept]
    openers = {
        p.text for p in kept if p.start == min(q.start for q in plain if q.sentence == p.sentence)
    }
    if field != "capacity.constraints":
        texts = [part for t in texts for part in _languages(t)]
    if field == "skill" and len(texts) == 1:  # "welding small engine repair hunting": a run
        texts = skill_runs.split_run(texts[0])
    if len(texts) == 1 and NONE.match(texts[0].strip(" .!")):
        return []
    out: list[Reading] = []
    for text in texts:
        narrowed = _NARROWED.match(text)
        if narrowed and out:  # "bread. sourdough specifically": the one meant
            out.pop()
            text = narrowed.group(1)
        claimed = _GOOD_AT.search(text)
        if claimed and claimed.start():  # "I used to be a secretary so I'm good with admin"
            text = text[claimed.start() :]
        if field == "skill.excites" and text in openers:  # "nah actually i like the ..."
            text = _ENJOYS.sub("", text)  # (after the items, "I love ..." says why)
        item = without_loose_tail(_part_of(clean(text)))
        if field == "skill" and len(item.split()) > 5:
            item = _RELATIVE.sub("", item)
        if not item or len(item.split()) > 12 or YES_NO.fullmatch(item) or acts.chat(text):
            continue
        item = _LAUGHING.sub("", item)
        if _NOT_SO.search(item):
            continue  # "backgrounds not so much": named to be set aside, not listed
        listed = field == "skill" and sum(len(t.split()) <= 3 for t in texts) >= 2
        doing = listed and _DOING.match(item) and not _TOLD.search(item)
        longest = _LONGEST_IN_LIST if doing else _LONGEST
        if field != "capacity.constraints" and (
            len(item.split()) > longest or _NOT_AN_ITEM.search(item)
        ):
            continue
        if field != "skill" and (_STATEMENT.search(item) or _OWNS.match(text)):
            continue  # "now I write emails": what the person does instead
        out.append(Reading("fact", field, item, None, text))
    if field in {"skill.excites", "skill.under_used"}:  # "shaping boards. proper job 🤙"
        return remarks.without_remarks(out, plain)
    return out


#: An item set aside as it is named: "backgrounds not so much", "admin, less so".
_NOT_SO = re.compile(
    r"\b(?:not so much|not that much|not really|less so|not at all|not for me|no thanks)\W*$"
)


#: Words an item may have: a skill said as a doing in a list beside short items ("staying
#: calm when things go wrong", "running a service to the minute") may be longer.
_LONGEST, _LONGEST_IN_LIST = 5, 8
#: Laughter closing an item ("fixing stuff with fencing wire haha").
#: A skill said as a doing ("staying calm ...", "fixing stuff ..."), the shape a longer one has.
_DOING = re.compile(r"^[a-z]{3,}ing\b")
#: Words of a clause telling something, not naming a skill ("a woodpecker has just landed").
_TOLD = re.compile(r"\b(?:has|have|had|just|forgot\w*|asked|sorry)\b")
_LAUGHING = re.compile(rf"(?:\s+{acts.LAUGHTER})+$")


_FILLER = frozenset(
    re.findall(
        r"\S+",
        "for sure definitely mind you ah oh sorry before after now then too as well haha lol tbh "
        "honestly really obviously obvs anyway though i guess i think i suppose etc and so on "
        "yes yeah no nope ok okay well hmm um right idk dunno nothing special rusty "
        "defo deffo def defs deffs innit init tbf aye mate eh hey "
        "weirdly strangely oddly funnily surprisingly secretly",
    )
)


_NOT_A_SKILL = re.compile(
    # a figure opens no skill; "3D modelling" is a word
    r"^\d(?![a-z])|^(?:from|in|at|on|for|with|to|of|by|during|since|mostly|mainly|especially|"
    r"like|e\.g|"
    r"except|apart from|other than|besides|"
    r"such as|including|which|that|not|nothing|nobody|did|was|were|got|had|used|went|never|"
    r"seeing|watching)\b|^(?:skills?|stuff|things|everything|anything)$|"
    # "lots of small things": how many, not which
    r"^(?:lots of|loads of|many|various|all sorts of|a few|some|different|a bunch of)\s+"
    r"(?:\w+\s+)?(?:things|stuff|bits|bits and bobs)$|"
    # "learned for the camera manuals", "picked it up at school": how a skill came, no skill
    r"^(?:learn(?:ed|t)|picked (?:it |them )?up|self[- ]taught)\s+(?:it\s+|them\s+)?(?:for|from|at|"
    r"in|when|as|by|during|through|on|while|back)\b|"
    # "the smell, people lined up": what the work is like around it, no thing done
    r"^the (?:smell|smells|taste|quality|view|views|vibe|vibes|atmosphere)(?:\s+of\s+.+)?$|"
    r"^(?:people|customers|folks|kids|crowds|queues)\s+(?:lined|queu(?:ed|ing)|waiting|"
    r"smiling|laughing|clapping|coming back)\b"
)


#: "energising", "pretty stable", "love it": a label or a feeling, the answer to an earlier
#: question about an activity, is no skill.
LABEL_ONLY = re.compile(
    r"^(?:(?:it'?s|its|it is|pretty|very|quite|really|mostly|so|kind of|sort of|super|fairly)\s+)*"
    r"(?:energi[sz]ing|draining|neutral|stable|steady|variable|varies|regular|irregular|seasonal|"
    r"fun|boring|meh|lovely|exhausting|tiring|(?:i )?(?:love|hate|like|enjoy) (?:it|that|them)|"
    r"(?:it )?(?:drains|energi[sz]es) me)(?:\s+(?:tbh|honestly|really|though|too))*\W*$"
)


#: "10 years of bookkeeping": how long, before the skill.
_EXPERIENCE = re.compile(r"^\d+\+? (?:years?|yrs?) (?:of|doing)\s+|^\d+ of\s+")


def _word_items(
    plain: list[Segment], field: str, found: list[Reading], text: str = ""
) -> list[Reading]:
    """Items of a list answer, without fillers ("for sure"), details ("from my uni days")
    and qualifiers of the item before ("mostly diesels")."""
    return [
        r
        for index, r in enumerate(_items(plain, field, found, text))
        if not _NOT_A_SKILL.match(str(r.value))
        and not _NOT_A_SKILL.match(_EXPERIENCE.sub("", r.span))
        and not set(str(r.value).split()) <= _FILLER
        and not LABEL_ONLY.match(str(r.value))
        and not CHAT_ONLY.fullmatch(str(r.value).casefold())
        and not (index and _POINTS_BACK.match(str(r.value).casefold()))
    ]


#: "decorating the trays, making them beautiful": a doing said of the item before it.
_POINTS_BACK = re.compile(r"^[a-z]{3,}ing (?:them|it|those|these)\b")


_USED = re.compile(r"\bi (?:only |mostly |just |do )?use (?:only |mostly |just )?([a-z#+]+)")


#: "none of it right now", "nothing at the moment": no skill named, whatever follows.
_NO_SKILL = re.compile(
    r"^(?:(?:honestly|tbh|well|um+|erm|hmm+|to be honest|sadly)\W+)*(?:none|nothing|not really|"
    r"none of (?:it|them|those|these))(?:\s+(?:right now|at the moment|atm|these days|now|"
    r"really|tbh))*(?:\s*[,.;!-]|\s+(?:i'?m|im|burnt|burned|tired|exhausted|too)\b|\s*$)"
)


_EXCEPT = re.compile(
    r"\b(?:except|apart from|but|other than|besides|only|maybe|perhaps|more than|like|beats)\b"
)


def skills(
    plain: list[Segment], field: str, view: PlanView, found: list[Reading], text: str = ""
) -> list[Reading]:
    """Skills named, or "all of them"; at the excited and under-used questions a skill not on
    the list is a new skill too ("ceramics, which isn't on your list!")."""
    said = " ".join(p.text for p in plain)
    if field != "skill" and _NO_SKILL.match(said) and not _EXCEPT.search(said):
        return []  # "honestly none of it right now, burnt out": a feeling, no skill
    if field != "skill" and re.match(r"^(?:all of them|all|every one|all of those)\b", said):
        return [Reading("fact", field, skill, None, said) for skill in view.skills]
    # A skill in other words than the list's may be the same skill: only one the person says
    # is missing from the list becomes a new skill too.
    missing = re.search(r"(?:\bnot|n'?t) (?:on (?:your|the|my|this) list|listed)\b", said)
    used = {m.group(1) for m in _USED.finditer(said)} if field == "skill.under_used" else set()
    out: list[Reading] = []
    for reading in _doings_apart(_word_items(plain, field, found, text)):
        if str(reading.value).casefold() in used:
            continue  # "... and I use only English at work": that one is used
        known = parse.match_skill(str(reading.value), list(view.skills))
        if field != "skill" and known is None:
            known = _slipped_skill(str(reading.value), view.skills)
            reading = replace(reading, value=known) if known else reading
        out.append(reading)
        if field != "skill" and known is None and missing:
            out.append(replace(reading, field="skill"))
    return out


def _doings_apart(readings: list[Reading]) -> list[Reading]:
    """ "surfing shaping coaching": three or more doings typed in a row with nothing between
    are that many skills, not one."""
    out = []
    for r in readings:
        words = str(r.value).split()
        doings = len(words) >= 3 and all(
            re.fullmatch(r"[a-z]{3,}ing", w) and w not in ING_NOUNS for w in words
        )
        out += [replace(r, value=w) for w in words] if doings else [r]
    return out


def _slipped_skill(said: str, names: tuple[str, ...]) -> str | None:
    """The one skill on record that ``said`` names with a slip of the hand in one of its
    words ("daa engineering" for *Data engineering*); the other words as written."""
    typed = said.casefold().split()
    found = []
    for name in names:
        own = name.casefold().split()
        if len(own) != len(typed):
            continue
        slipped = [a != b for a, b in zip(typed, own, strict=True)]
        if sum(slipped) == 1 and all(
            a == b or (slips.one_slip(a, b) or slips.one_slip(b, a))
            for a, b in zip(typed, own, strict=True)
        ):
            found.append(name)
    return found[0] if len(found) == 1 else None
