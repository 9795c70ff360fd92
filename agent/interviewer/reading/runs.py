"""Lists typed without punctuation: where, in a run of words and figures, a new item starts.

Terse people type all their work in one breath: "bakery 28h 24k steady cakes 5h 6k varies",
"ward 36 hrs 38k agency 8hrs 10k up and down". Such a run is a name, then a group of figures
with their units, periods, labels ("steady", "up and down") and fillers ("avg", "so",
"approx"), then the next name with a group of its own. A new item starts where words that are
none of those follow a group holding a complete figure (one with its unit or currency) and are
followed by a complete figure of their own, of a kind the item before already holds (or the
item before holds hours and pay both); labels and fillers stay with the item before them. The
reader then reads each item's figures apart from the other items' (``amounts_before_items``
here, the items of a sentence in ``reader``).

Where the cut is not clear (a long run of words, or words that may still describe the item
before: "a lot", "depends on tips") the new item is marked unclear, so its name and figures are
asked back rather than stored under a name that may be wrong. Pure: no LangChain, no I/O.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from agent.interviewer.reading import cues
from agent.interviewer.reading.quantity import Quantity

if TYPE_CHECKING:
    from agent.interviewer.reading.clauses import Segment

#: A figure typed as one token: "30h", "$58k", "£4,500", "5h/wk", "38000", "1.2k/mo".
_FIGURE = re.compile(
    r"^~?[£$€¥₹]?\d[\d.,]*(?:-\d[\d.,]*)?"
    r"(?P<unit>k|m|h|hr|hrs|hours?|grand|quid|bucks|e|eur|usd|gbp|nzd|aud|cad|chf|zł|kr)?"
    r"(?:[£$€])?(?P<per>/(?:wk|w|week|mo|mth|month|yr|y|year|annum|pa|pw|hr|h|day|d))?"
    r"(?:-?ish|odd|\+)?$"
)
#: A currency said apart from its amount ("$ 58k", "58 k", "58 grand", "36 hrs").
_CURRENCY = re.compile(r"^[£$€¥₹]$")
_UNIT = re.compile(
    r"^(?:k|h|hr|hrs|hours?|grand|quid|bucks|dollars?|pounds?|euros?|eur|usd|gbp|nzd|aud|cad|"
    r"chf|sek|nok|dkk|zł|zloty|kr|rand|lakh)(?:/(?:wk|w|week|mo|mth|month|yr|y|year|day|d|pa|"
    r"pw))?$"
)
#: Period words: details of a figure right before them ("20h a week", "15k per year").
_PERIOD = re.compile(
    r"^(?:a|an|per|each|every|x|/|/?week|weeks|/?wk|wks|/?w|/?month|months|/?mo|mos|/?mth|mths|"
    r"/?year|years|/?yr|yrs|annum|/?day|days|night|nights|shift|shifts|session|sessions|pw|pa|"
    r"pcm|pm|p/w|p/a|"
    r"weekly|monthly|yearly|annually|fortnight|fortnightly|term|season|total|tops|max|min|"
    r"gross|net|profit|turnover|revenue|income|salary|pay|before|after|pre|tax|take|home|"
    r"avg|average|averaged|odd|ish|-ish)$"
)
#: How often, said in words wherever it stands ("8 gigs a month", "3 tracks per week").
_PERIOD_SAID = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:week|wk|month|mo|mth|year|yr|day|night|fortnight|term|"
    r"season|quarter)\b"
)
#: Words that stay with the item before them wherever they stand: fillers and hedges.
_FILLER = re.compile(
    r"^(?:avg|average|averaged|averages|about|around|approx|approximately|roughly|circa|ca|"
    r"ish|-ish|maybe|probably|prob|so|or|give|tops|max|est|estimated|like|"
    r"say|usually|mostly|mainly|normally|typically|currently|now|atm|unpaid|voluntary|cash|"
    r"fixed|flat|all|it|its|it's|is|pretty|quite|very|fairly|really|super|kinda|bit|a|lot|"
    r"too|only|just|yeah|though|tho|but|mind|honestly|tbh)$"
)
#: Words that join two items ("... 8k then dog walking ...", "... 40k + tiling ...").
_JOIN = re.compile(r"^(?:then|also|plus|and|&|\+|next)$")
#: Labels of how steady the pay is or how the work feels, said after the figures.
_LABELS = (
    cues.STABLE,
    cues.VARIABLE,
    cues.ENERGISING,
    cues.DRAINING,
    re.compile(
        r"\b(?:regular|dependable|steady-?ish|stable-?ish|varies a bit|depends|seasonal|"
        r"summer only|winter only|fun|boring|neutral|meh|fine|ok|okay|tiring|rewarding|"
        r"stressful|draining-?ish|on average|give or take|or so|at most|at least|before tax|"
        r"after tax|take home|cash in hand|year round|all year|term time|in season)\b"
    ),
)
#: Words that may still describe the item before them: a cut before them is unclear.
_SOFT = re.compile(
    r"^(?:lot|bit|more|less|much|depending|depends|because|cos|cause|since|when|which|who|"
    r"that|if|though|tho|but|except|unless|tips|cash|hand|busy|quiet|slow|good|bad|month|"
    r"months|week|weeks|year|"
    r"years|sometimes|often|rarely|usually|mostly|mainly|anyway|ish)$"
)
#: Words that open details of the item before, never a new name ("at weekends", "for the
#: council", "from home").
_DETAIL_OPENER = re.compile(
    r"^(?:a|an|the|for|at|in|on|from|to|of|with|by|over|via|through|into|during|per|each|"
    r"every|most|some|other|this|last|next|is|are|was|were|it|its|it's|we|they|he|she|you|"
    r"which|who|that|not|no|nothing|none|zero|x|times)$"
)
#: Kinds of token a period word is said after ("20h a week": "a" and "week" both periods).
_FIGURED = frozenset({"figure", "bare", "unit", "period"})
#: Words that go on about the item before ("and pays £33,000", "the studio pays me $60").
_CONTINUES = re.compile(
    r"^(?:pays?|paid|paying|earns?|earned|earning|makes?|made|brings?|brought|gets?|"
    r"got|takes?|took|clears?|cleared|charges?|charged|bills?|billed|nets?|netted|comes?|"
    r"came|costs?|totals?|adds?|is|are|was|were|i'm|it's|that's|means?|"
    # the figure after them revises or compares the one before ("... after fuel more like 33k")
    r"after|before|more|less|than|rather|instead|actually|nearer|closer|down|up|only|still|"
    r"though|tho|except|minus|without|with)$"
)
#: A name run this long may hold words about the item before: unclear.
_LONG_NAME = 4


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str  # "figure", "bare", "unit", "period", "label", "detail", "join", "word"


def cuts(piece: str) -> list[tuple[int, int, bool]]:
    """Where a piece typed without punctuation starts new items: (start, end, unclear) of each
    cut, the text between start and end belonging to neither item. A comma already ends an
    item, so each stretch between commas is read on its own."""
    out: list[tuple[int, int, bool]] = []
    position = 0
    for comma in [*re.finditer(r"(?<!\d),|,(?!\d)", piece), None]:
        end = comma.start() if comma else len(piece)
        out += [(a + position, b + position, u) for a, b, u in _stretch(piece[position:end])]
        position = comma.end() if comma else end
    return out


def details_after_figures(text: str) -> list[tuple[int, int]]:
    """ "furniture 8h $12k varies", "agency 8hrs 10k up and down": in an item that names its
    work before its figures, the labels said after the figures, the fillers and periods that
    end it and the signs between two figures ("£180 x 8") are about them, never part of the
    name: their spans."""
    tokens = _tokens(text)
    if not tokens or tokens[0].kind != "word":
        return []
    first = next((i for i, t in enumerate(tokens) if t.kind in {"figure", "bare"}), None)
    if first is None or not any(_complete(tokens, i) for i in range(first, len(tokens))):
        return []
    trailing = len(tokens)
    while trailing > first and tokens[trailing - 1].kind != "word":
        trailing -= 1
    return [
        (t.start, t.end)
        for i, t in enumerate(tokens[first:], first)
        if t.kind == "label"
        or (t.kind in {"detail", "period", "unit"} and (i >= trailing or _between(tokens, i)))
    ]


def trailing_name(piece: str) -> int | None:
    """Where the words that end a piece start, when they follow a complete group of figures
    and could name an item ("30 hrs/wk $58,000/yr furniture making"); ``None`` otherwise."""
    tokens = _tokens(piece)
    if not tokens or tokens[-1].kind != "word":
        return None
    first = len(tokens) - 1
    while first > 0 and tokens[first - 1].kind == "word":
        first -= 1
    before = [i for i in range(first) if tokens[i].kind in {"figure", "bare", "unit"}]
    if not before or tokens[first - 1].kind in {"bare", "word"} or len(tokens) - first > 4:
        return None
    if not any(_complete(tokens, i) for i in before):
        return None
    words = [t.text for t in tokens[first:]]
    if _DETAIL_OPENER.match(words[0]) or not _may_name(words):
        return None
    return tokens[first].start


def _may_name(words: list[str]) -> bool:
    """False for words after a group of figures that are still about it: "at £11.44/h" (a
    rate of the item before), "and pays £33,000", "the studio pays me $60", "after fuel more
    like 33k" (the figure after them revises the one before), "20k saved and spend 2.5k a
    month" (what the figures are for)."""
    if all(_DETAIL_OPENER.match(w) or _SOFT.match(w) for w in words):
        return False
    if any(_CONTINUES.match(w) for w in words):
        return False
    said = " ".join(words)
    return not any(cue.search(said) for cue in (cues.SAVINGS, cues.SPENDING, cues.CAPACITY))


def _between(tokens: list[_Token], i: int) -> bool:
    """True for a token standing between two numbers ("£180 x 8")."""
    numbers = {"figure", "bare"}
    return 0 < i < len(tokens) - 1 and {tokens[i - 1].kind, tokens[i + 1].kind} <= numbers


def _stretch(piece: str) -> list[tuple[int, int, bool]]:
    tokens = _tokens(piece)
    if not tokens or tokens[0].kind != "word":
        return []  # "30h shearing 58k ...": figures before names, no order to cut by
    out: list[tuple[int, int, bool]] = []
    held: set[str] = set()  # the kinds of complete figure the item being read holds
    for i, token in enumerate(tokens):
        if token.kind in {"figure", "bare", "unit"} and _complete(tokens, i):
            held |= {_figure_kind(tokens, i)}
        elif token.kind == "word" and held:
            cut = _cut_here(tokens, i, held)
            if cut is not None:
                out.append(cut)
                held = set()
    return out


def _cut_here(tokens: list[_Token], i: int, held: set[str]) -> tuple[int, int, bool] | None:
    """The cut before the word at ``i``, when a new item clearly or possibly starts there."""
    before = tokens[i - 1]
    if before.kind == "bare" or before.kind == "word":
        return None  # "2 kids", "9 to 5 job": a bare number counts what follows it
    end = i
    while end < len(tokens) and (
        tokens[end].kind == "word"
        or (tokens[end].kind == "join" and end + 1 < len(tokens) and tokens[end + 1].kind == "word")
    ):
        end += 1  # "i also cater 5h 4k": a join between words is inside the item
    after = end
    while after < len(tokens) and tokens[after].kind in {"label", "detail", "join"}:
        after += 1
    if after >= len(tokens) or not _complete(tokens, after, own=True):
        return None  # words with no figures of their own: details of the item before
    run = tokens[i:end]
    words = [t.text for t in run if t.kind == "word"]
    if not _may_name(words):
        return None
    # a figure of a kind the item before already holds, or an item before holding hours and
    # pay both, says a new item starts; otherwise the words are more likely about the item
    # before ("37 hours for the county council for 31k", "35 an hour and teach 6 hours")
    if _figure_kind(tokens, after) not in held and not held >= {"hours", "money"}:
        return None
    opener = _DETAIL_OPENER.match(run[0].text) is not None
    unclear = opener or len(run) >= _LONG_NAME or any(_SOFT.match(w) for w in words)
    joins = i
    while joins > 0 and tokens[joins - 1].kind == "join":
        joins -= 1
    start = tokens[joins - 1].end if joins > 0 else tokens[joins].start
    return start, tokens[i].start, unclear


def _figure_kind(tokens: list[_Token], i: int) -> str:
    """ "hours", "money" or "count" for the complete figure at ``i`` (or the figure its unit
    follows)."""
    token = tokens[i]
    if token.kind == "unit":
        return "hours" if re.match(r"^h", token.text) else "money"
    match = _FIGURE.match(token.text)
    unit = (match.group("unit") or "") if match else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if not unit and nxt is not None and nxt.kind == "unit":
        unit = nxt.text
    if token.kind == "bare" and not unit and not _complete(tokens, i, own=True):
        return "count"  # "8 a month": how many, not how much
    return "hours" if unit.startswith("h") else "money"


def _complete(tokens: list[_Token], i: int, *, own: bool = False) -> bool:
    """True when the figure at ``i`` carries its unit or currency (or is a large amount), so
    the group it is in says what it counts."""
    token = tokens[i]
    if token.kind == "unit":
        return i > 0 and tokens[i - 1].kind in {"figure", "bare"}
    if token.kind == "figure":
        return True
    if token.kind != "bare":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    currency = i > 0 and _CURRENCY.match(tokens[i - 1].text) is not None
    digits = re.sub(r"[^\d.]", "", token.text.replace(",", ""))
    # "2.6.2027", a date with dots, is no amount (and no float)
    large = bool(re.fullmatch(r"\d+(?:\.\d+)?", digits)) and float(digits) >= 1000
    return bool(currency or large or (after is not None and after.kind == "unit")) or (
        not own and after is not None and after.kind == "period"
    )


def _tokens(piece: str) -> list[_Token]:
    """The tokens of a piece, each with its kind; labels of several words are details."""
    labelled = [m.span() for label in _LABELS for m in label.finditer(piece)]
    periods = [m.span() for m in _PERIOD_SAID.finditer(piece)]
    out: list[_Token] = []
    for match in re.finditer(r"(?:[^\s,;:!?]|(?<=\d)[,.](?=\d))+", piece):
        text = match.group(0).rstrip(".")
        if not text:
            continue
        start, end = match.start(), match.start() + len(text)
        inside = any(a <= start and end <= b for a, b in labelled)
        previous = out[-1] if out else None
        kind = _kind(text, previous, inside)
        if kind in {"word", "detail"} and any(a <= start and end <= b for a, b in periods):
            kind = "period"  # "8 gigs a month": how often, after the thing counted
        out.append(_Token(text, start, end, kind))
    return out


def _kind(text: str, previous: _Token | None, labelled: bool) -> str:
    """What one token is, given the one before it."""
    if _FIGURE.match(text):
        unit = _FIGURE.match(text)
        assert unit is not None
        marked = unit.group("unit") or unit.group("per") or re.match(r"^[£$€¥₹~]", text)
        return "figure" if marked or text.endswith(("£", "$", "€")) else "bare"
    if _CURRENCY.match(text) or not re.search(r"[^\W\d_]", text):
        return "detail"  # "$ 58k", "@ £12", "= 6h": signs, never a name
    after_figure = previous is not None and previous.kind in {"figure", "bare", "unit"}
    if _UNIT.match(text) and after_figure:
        return "unit"
    if _PERIOD.match(text) and previous is not None and previous.kind in _FIGURED:
        return "period"  # "20h a week", "15k per year", "8k net"
    if labelled:
        return "label"
    if _JOIN.match(text):
        return "join"
    if _FILLER.match(text):
        return "detail"
    return "word"


def amounts_before_items(quantities: list[Quantity], pieces: list[Segment]) -> list[Quantity]:
    """ "mixing 8h 9k lessons 6h £9,360": thousands said right before the name of the next
    item of a list typed without punctuation are the pay of the item before, which has its
    hours and no other pay, never 9,000 lessons ("210k subs" alone stays a count)."""
    out = list(quantities)
    for before, item in itertools.pairwise(pieces):
        if not item.opens_item or item.unclear:
            continue
        own = [q for q in out if before.start <= q.start < before.end]
        last = own[-1] if own else None
        if last is None or last.kind != "count" or last.note != _THOUSANDS:
            continue
        if any(q.kind == "hours" for q in own) and not any(q.kind == "money" for q in own):
            out[out.index(last)] = replace(last, kind="money", note="")
    return out


#: The note of an amount in thousands read as a count of things ("210k subs").
_THOUSANDS = "thousands of things"
