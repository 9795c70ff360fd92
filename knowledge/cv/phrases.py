"""The person's own skill phrases: items of a skills list and verb phrases of achievement lines.

"Hire, train and schedule staff" gives three phrases ("hire staff", "train staff", "schedule
staff"); "Quoted and invoiced jobs" gives "quote jobs" and "invoice jobs". Each phrase keeps the
line it came from as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from knowledge.cv.layout import Line, list_items

_BASE_VERBS = """
administer advise advocate analyse analyze answer arrange assess audit author balance book
brief budget build calculate campaign care canvass catalogue check chair clean coach code
collect commission compile conduct configure consult coordinate co-ordinate cook counsel create
curate debug decorate deliver deploy design develop diagnose direct draft drive edit educate
engineer estimate evaluate facilitate file film fit forecast fundraise grade handle hire host
illustrate implement inspect install instruct interview invoice lay lead lobby maintain manage
market measure mediate mentor model moderate monitor negotiate nurse operate order organise
organize paint perform photograph pitch plan plaster plumb prepare present price produce
program programme promote proofread prototype publish quote recruit reconcile record repair
report research restore review rewire run schedule screen script serve service set sew shoot
sketch source staff supervise support survey teach test train transcribe translate treat
triage troubleshoot tune tutor typeset upholster volunteer weld wire write
"""
_IRREGULAR = {
    "led": "lead", "ran": "run", "built": "build", "wrote": "write", "taught": "teach",
    "sold": "sell", "drew": "draw", "oversaw": "oversee", "shot": "shoot", "cut": "cut",
    "held": "hold", "dealt": "deal", "drove": "drive", "set": "set", "made": "make",
    "kept": "keep", "gave": "give", "spoke": "speak", "found": "find", "won": "win",
    "laid": "lay", "fed": "feed", "sat": "sit", "brought": "bring", "bought": "buy",
}  # fmt: skip
_EXTRA_BASES = (
    "sell draw oversee shoot cut hold deal make keep give speak find win feed sit bring buy"
)


_DOUBLED = {"plan", "run", "set", "cut", "shop", "ship", "map", "log"}


def _forms(base: str) -> set[str]:
    """Base, third person, past and -ing forms of a regular verb."""
    if base in _DOUBLED:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    consonant_y = base.endswith("y") and base[-2] not in "aeiou"
    past = base + "d" if base.endswith("e") else base[:-1] + "ied" if consonant_y else base + "ed"
    third = (
        base[:-1] + "ies"
        if consonant_y
        else (base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s")
    )
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    return {base, third, past, stem + "ing"}


VERBS: dict[str, str] = {}
for _base in (_BASE_VERBS + " " + _EXTRA_BASES).split():
    for _form in _forms(_base):
        VERBS.setdefault(_form, _base)
VERBS.update(_IRREGULAR)

# Words that end the object of a verb ("trained staff [in] food hygiene").
_STOP = set(
    [
        "for",
        "to",
        "with",
        "in",
        "at",
        "across",
        "using",
        "via",
        "by",
        "from",
        "through",
        "on",
        "into",
        "within",
        "under",
        "over",
        "during",
        "including",
        "such",
        "which",
        "that",
        "who",
        "so",
        "while",
        "per",
        "as",
        "against",
        "around",
        "among",
        "about",
        "after",
        "before",
        "until",
        "when",
        "where",
        "whilst",
        "alongside",
        "between",
        "of",
    ]
)
_DROP_LEAD = set(
    [
        "a",
        "an",
        "the",
        "our",
        "my",
        "their",
        "its",
        "his",
        "her",
        "all",
        "new",
        "several",
        "multiple",
        "various",
        "many",
        "some",
        "each",
        "every",
        "over",
        "up",
        "more",
        "than",
        "around",
        "about",
        "approximately",
        "weekly",
        "daily",
        "monthly",
        "annual",
        "yearly",
        "regular",
        "both",
        "other",
        "key",
    ]
)
# A verb starts a phrase only at the start of a clause or after one of these ("I", "and"):
# "Manage 2 fundraising officers" has one verb, not two.
_STARTERS = {",", "and", "&", "then", "also", "i", "we", "to", "(", "both", "personally"}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'’+#./-]*|\d[\d,.%+]*|[,;:()]|&")


@dataclass(frozen=True)
class Phrase:
    """A skill phrase in the person's words, the line it came from, and how it was written."""

    text: str
    line: str
    #: ``item`` for an entry of a skills list, ``verb`` for a verb and its object.
    source: str


def phrases(lines: Sequence[Line]) -> list[Phrase]:
    """Skill phrases from the skills lists and the achievement lines, in order, without repeats."""
    found: dict[str, Phrase] = {}
    for line in lines:
        if line.kind in ("heading", "contact", "header") or line.section in _NO_SKILLS:
            continue
        produced = _items(line) if line.skills_context else _verb_phrases(line.text)
        for phrase in produced:
            found.setdefault(phrase.text.casefold(), phrase)
    return list(found.values())


_NO_SKILLS = ("interests", "references", "publications")


def _items(line: Line) -> Iterator[Phrase]:
    for item in list_items(line):
        if 1 <= len(item.split()) <= 6 and re.search(r"[A-Za-zÀ-ÿ]{2}", item):
            yield Phrase(item, line.text, "item")


def _verb_phrases(text: str) -> Iterator[Phrase]:
    """Verb + object pieces of an achievement line (coordinated verbs share the object)."""
    for clause in re.split(r"[;:.!?•|]|\s[-–—]\s", text):
        tokens = _TOKEN.findall(clause)
        index = 0
        while index < len(tokens):
            starts = index == 0 or tokens[index - 1].lower() in _STARTERS
            verbs, index = _verb_run(tokens, index) if starts else ([], index)
            if not verbs:
                index += 1
                continue
            obj, index = _object(tokens, index)
            if obj:
                for verb in verbs:
                    yield Phrase(f"{verb} {obj}", text, "verb")


def _verb_run(tokens: Sequence[str], index: int) -> tuple[list[str], int]:
    """Verbs joined by commas, "and", "or" or "&" ("hire, train and schedule")."""
    verbs: list[str] = []
    while index < len(tokens):
        base = VERBS.get(tokens[index].lower())
        if base is None:
            break
        verbs.append(base)
        index += 1
        if index < len(tokens) - 1 and tokens[index].lower() in {",", "and", "or", "&"}:
            following = tokens[index + 1].lower()
            if following in {"and", "or"} and index + 2 < len(tokens):
                following = tokens[index + 2].lower()
                if following in VERBS:
                    index += 1
            if following in VERBS:
                index += 1
                continue
        break
    return verbs, index


def _object(tokens: Sequence[str], index: int) -> tuple[str, int]:
    """The object's words up to a preposition, punctuation, a number or the next verb."""
    words: list[str] = []
    while index < len(tokens):
        token = tokens[index]
        low = token.lower()
        if low in _STOP or low in {",", ";", ":", "(", ")", "&", "and", "or"}:
            break
        if token[0].isdigit() and words:
            break
        if not words and (low in _DROP_LEAD or token[0].isdigit()):
            index += 1
            continue
        words.append(token)
        index += 1
    return (" ".join(words[:4]) if 0 < len(words) <= 5 else ""), index
