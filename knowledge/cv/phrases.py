"""The person's own skill phrases: items of a skills list and verb phrases of achievement lines.

"Hire, train and schedule staff" gives three phrases ("hire staff", "train staff", "schedule
staff"); "Quoted and invoiced jobs" gives "quote jobs" and "invoice jobs". Each phrase keeps the
line it came from as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from knowledge.cv.bounds import trimmed
from knowledge.cv.german import german_phrases
from knowledge.cv.layout import Line
from knowledge.cv.lists import list_items
from knowledge.cv.people import names_people, shared_wrongly
from knowledge.cv.practices import names_practice, practice_nouns
from knowledge.cv.verbs import VERBS

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
        "inside",
        "outside",
        "beyond",
        "throughout",
        "towards",
        "without",
        "onto",
        "upon",
        "like",
        "incl",
        "e.g",
        "i.e",
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
        # A verb's particle ("give out medication", "report back", "review together"): the
        # object, if any, follows it.
        "out",
        "back",
        "off",
        "away",
        "down",
        "together",
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
        "full",
        "whole",
        "entire",
        "first",
        "second",
        "third",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "twenty",
        "dozens",
        "hundreds",
        # padding: a rank or how often is who or when, not what was done ("trained two junior
        # artworkers" is training artworkers)
        "junior",
        "senior",
        "quarterly",
        "fortnightly",
        "termly",
        "nightly",
    ]
)
#: A length of time before the object ("a five-minute news round-up", "a ten-week course"):
#: padding, not what was done.
_DURATION = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-"
                       r"(?:minute|hour|day|week|month|year|night)s?$")  # fmt: skip
_DETERMINERS = {"a", "an", "the", "each", "every", "per", "this", "that", "these", "those"}
_WH = {"what", "how", "why", "whether", "who", "whom", "whatever", "wherever"}
#: Pronouns that open a clause of their own inside a line ("write condition reports they
#: work from"): the object ends before them.
_SUBJECTS = {"i", "we", "they", "he", "she", "you"}
_ADVERBS = {"together", "again", "now", "often", "too", "well", "alone", "myself", "ourselves"}
#: Words that say how or where a thing went, never what was done ("I trained anyway"): no
#: object follows the verb.
_NO_OBJECT_WORDS = {"anyway", "anyhow", "instead", "regardless", "nonetheless", "there", "here"}
#: Words after "and" that open the next clause, never a second word of the same object
#: ("marked coursework and was moderator", "analyse it and then explain it").
_CLAUSE_OPENERS = {
    "is", "was", "were", "are", "be", "been", "am", "has", "have", "had", "do", "did", "does",
    "will", "would", "can", "could", "should", "may", "might", "must", "got", "get", "i", "we",
    "he", "she", "they", "it", "you", "then", "also", "so", "still", "later", "now", "not",
}  # fmt: skip
# A verb starts a phrase only at the start of a clause or after one of these ("I", "and"):
# "Manage 2 fundraising officers" has one verb, not two.
_STARTERS = {",", "and", "&", "then", "also", "i", "we", "(", "both", "personally"}
_JOINERS = {",", "and", "&"}
#: Verbs that are never a thing done: "Commissions come in three kinds" has no verb and object.
_NO_OBJECT = {"come", "comes", "go", "goes", "seem", "seems", "become", "becomes"} | {
    word for word in _CLAUSE_OPENERS if word not in {"it", "now", "then", "also", "so"}
}
#: A number with capitals after it ("6G pipe", "3D models") is one word, a name's, not a count.
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w'’+#./-]*|\d[\d,.%+]*(?:[A-Z]+\b)?|[,;:()]|&")


@dataclass(frozen=True)
class Phrase:
    """A skill phrase in the person's words, the line it came from, and how it was written."""

    text: str
    line: str
    #: ``item`` for an entry of a skills list, ``verb`` for a verb and its object, ``noun``
    #: for a German line's name of its work.
    source: str
    #: The verb's base form, for a verb phrase ("write" in "write reports").
    verb: str | None = None
    #: The verb's object, for a verb phrase ("reports" in "write reports").
    object: str | None = None


def phrases(lines: Sequence[Line], german: bool = False) -> list[Phrase]:
    """Skill phrases from the skills lists and the achievement lines, in order, without repeats.

    In a German CV the lines about work name it with nouns (``german``), read as items are.
    """
    found: dict[str, Phrase] = {}
    for line in lines:
        if line.kind in ("heading", "contact", "header") or line.section in _NO_SKILLS:
            continue
        if line.skills_context:
            produced: Iterator[Phrase] = _items(line, german)
        elif line.section in ("education", "certificates"):
            # "Ausbildung zur Pflegefachfrau, Uniklinik Köln", "Organising Academy, regional
            # trades council (2024)": a course's name, not work the person did
            continue
        elif german and _GERMAN_TOLD.search(line.text):
            # "... Wissenschaft und Zivilgesellschaft. Ich bereite ... auf": a line told in
            # the first person names topics and tells the work with verbs, not with names.
            continue
        elif german:
            produced = (Phrase(text, line.text, "noun") for text in german_phrases(line.text))
        else:
            produced = _work_phrases(line.text, line.section != "other")
        for phrase in produced:
            if line.section == "languages" and phrase.text == phrase.text.lower():
                continue  # a language has a name ("isiXhosa"); "iaith gyntaf" is a level
            found.setdefault(phrase.text.casefold(), phrase)
    return list(found.values())


_NO_SKILLS = ("interests", "references", "publications", "plans")
_GERMAN_TOLD = re.compile(r"\b(?:ich|wir|mein|meine|meinen|meiner|unser|unsere)\b", re.IGNORECASE)

# A list's label that names a practice ("Equipment maintenance:", "Moving and handling -",
# "Patch reporting:"): its items in lower case are what the practice was done to or with,
# unless an item names a practice itself ("radiator sizing", "leak repair"); a named tool
# ("Scripting: Bash, Perl") is still one.
_PRACTICE_LABEL = re.compile(
    r"(?:[a-z]{3,}ing|maintenance|repairs?)$",
    re.IGNORECASE,
)
_PRACTICE_ITEM = re.compile(
    r"(?:[a-z]{2,}(?:ing|tion|sion|ment|ance|ence|sis|ery|try|ure)|repairs?|design|work|care|"
    r"checks?|tests?|testing|control|planning|support|advice)\b",
    re.IGNORECASE,
)


#: A label naming one certificate or licence (a name and the word in the singular).
_ONE_CERTIFICATE = re.compile(
    r"^\S+.*\s(?:certificate|licen[cs]e|card|ticket|permit)$", re.IGNORECASE
)


def _names_a_practice(label: str) -> bool:
    """A label of two or three words whose last one names a practice (a one-word label,
    "Teaching:", is the list's category)."""
    return 2 <= len(label.split()) <= 3 and bool(_PRACTICE_LABEL.search(label))


def _items(line: Line, german: bool = False) -> Iterator[Phrase]:
    label = line.text[: len(line.text) - len(line.body)].strip(" :|-–—")
    practice = not german and _names_a_practice(label)
    if _ONE_CERTIFICATE.search(label):
        return  # "ADR certificate: packages and tanks, class 3": what one certificate covers
    if practice:
        yield Phrase(label, line.text, "item")  # the practice the items are done to or with
    for item in list_items(line.body):
        if practice and item == item.lower() and not _PRACTICE_ITEM.search(item):
            continue  # "Equipment maintenance: centrifuges, plate readers": what it was done to
        if german:  # "Datenschutz in der Verwaltung" names Datenschutz
            item = next(german_phrases(item), item)
            if item == item.lower():
                continue  # "jährliche" (a wrapped line's last word): a German name has a noun
        if 1 <= len(item.split()) <= 6 and re.search(r"[A-Za-zÀ-ÿ]{2}", item):
            yield Phrase(item, line.text, "item")


def _work_phrases(text: str, nouns: bool = True) -> Iterator[Phrase]:
    """The verb phrases of a line about work, then (with ``nouns``) the practices it names
    with nouns. A section no heading names ("ALSO", "EXTRAS") gathers pastimes and odds and
    ends ("Sheepdog trials. Fell running."), whose nouns name no work."""
    yield from _verb_phrases(text)
    for name in practice_nouns(text) if nouns else ():
        yield Phrase(name, text, "item")


def _verb_phrases(text: str) -> Iterator[Phrase]:
    """Verb + object pieces of an achievement line (coordinated verbs share the object)."""
    for index, clause in enumerate(re.split(r"[;:.!?•|]|\s[-–—]\s", text)):
        if index == 0 and text[len(clause) : len(clause) + 1] == ":" and not _told_as_done(clause):
            # "Supported living for young adults: helped with ...", "Ran a food bank: rotas,
            # stock, volunteers": before the colon the setting or project, after it the work.
            continue
        # A spaced plus joins like "and" in terse lines ("hire + train Saturday staff").
        tokens = _TOKEN.findall(re.sub(r"\s\+\s", " and ", clause))
        index = 0
        # A clause that opens with a verb we may not know ("Logged and synced rushes") or a
        # pronoun ("we raised ... and made ...") may go on with a verb after "and".
        first = tokens[0].lower() if tokens else ""
        seen_verb = first in VERBS or first.endswith("ed") or first in {"i", "we"}
        told_in_past, verb_at = _past(first) or _progressive(first, clause), 0
        while index < len(tokens):
            before = tokens[index - 1].lower() if index else ""
            # "every match and training night": an -ing word after "and" is a noun's modifier.
            gerund_after_and = before in {"and", "&"} and tokens[index].lower().endswith("ing")
            # "Breakdown and repair calls", "converters, pitch systems": after a comma or "and"
            # a new verb needs a verb before it in the clause, else it is a noun's modifier.
            joined = before in _JOINERS and not seen_verb
            joined = joined or (told_in_past and _noun_after_place(tokens, verb_at, index))
            starts = (index == 0 or before in _STARTERS) and not (gerund_after_and or joined)
            named = _named_by_its_object(tokens, index) if starts else None
            if named is not None:
                # "Carried out rub-down searches", "Complete incident reports": the thing done
                # names the practice; the verb says only that it was done.
                obj, index = _object(tokens, named)
                seen_verb = True
                if obj:
                    yield Phrase(obj, text, "item")
                continue
            verbs, index = _verb_run(tokens, index) if starts else ([], index)
            if not verbs:
                index += 1
                continue
            seen_verb, verb_at = True, index
            obj, index = _object(tokens, index)
            if _before_of(tokens, index, obj):
                continue  # "led the split of a monolith": the work is in what follows "of"
            if obj:
                wrong = shared_wrongly(verbs, obj)
                for verb in (verb for verb in verbs if verb not in wrong):
                    yield Phrase(f"{verb} {obj}", text, "verb", verb, obj)
                second, index = _second_practice(tokens, index)
                for verb in verbs if second else ():
                    yield Phrase(f"{verb} {second}", text, "verb", verb, second)


def _told_as_done(clause: str) -> bool:
    """A clause before a colon that opens with a verb in its base form ("Organise and host
    author events: ...") is work the person does; a past or a noun opens a setting, and so
    does "Present" of a label ("Present post: ...")."""
    first = clause.split()[0].lower() if clause.split() else ""
    return VERBS.get(first) == first and first not in _SAME_IN_PAST | {"present"}


def _past(word: str) -> bool:
    """A verb in the past ("ran", "co-wrote", "installed"), not a present form ("co-supervise")
    nor one the present shares ("set", "cut")."""
    word = word.removeprefix("co-").removeprefix("re-")
    base = VERBS.get(word)
    return base is not None and word != base and not word.endswith(("s", "ing"))


_BE_DOING = re.compile(r"\b(?:am|is|are|was|were|been)\s+[a-z]+ing\b", re.IGNORECASE)


def _progressive(first: str, clause: str) -> bool:
    """A clause told with an -ing verb ("Grading for studios ...", "I am doing it for ..."): a
    second verb of it would take -ing too, so a bare form is no verb of it."""
    return (first.endswith("ing") and first in VERBS) or bool(_BE_DOING.search(clause))


def _noun_after_place(tokens: Sequence[str], verb_at: int, index: int) -> bool:
    """In a line told in the past or with -ing, a verb's bare form after "and" that ends a
    preposition's nouns ("Ran cable in schools and care homes", "against the local plan and
    design guides") is a noun's modifier, not a verb in another tense."""
    if index == 0 or tokens[index - 1].lower() not in _JOINERS or not _bare(tokens[index]):
        return False
    return any(token.lower() in _STOP for token in tokens[verb_at:index])


def _bare(token: str) -> bool:
    """A verb's base form that is not also its past ("care", "post"; not "cut")."""
    low = token.lower()
    return VERBS.get(low) == low and low not in _SAME_IN_PAST


_SAME_IN_PAST = {"set", "cut", "put", "hit", "let", "shut", "spread", "cost", "read", "quit"}


#: Verbs that only say a piece of work was done, its object naming the work ("carry out
#: tenancy audits", "undertook site visits", "complete risk assessments").
_DONE_VERBS = {
    "carry": "out", "carries": "out", "carried": "out", "carrying": "out",
    "undertake": "", "undertakes": "", "undertook": "", "undertaking": "",
    "complete": "", "completes": "", "completed": "", "completing": "",
}  # fmt: skip


def _named_by_its_object(tokens: Sequence[str], index: int) -> int | None:
    """Where the object starts when a verb that only says the work was done opens here."""
    particle = _DONE_VERBS.get(tokens[index].lower())
    if particle is None:
        return None
    if not particle:
        return index + 1
    following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    return index + 2 if following == particle else None


def _second_practice(tokens: Sequence[str], index: int) -> tuple[str, int]:
    """A second object after "and" that names a practice ("Prepare the aged debt report and
    bad debt provision"), and where it ends; else nothing, and the index unchanged."""
    if index + 1 >= len(tokens) or tokens[index].lower() not in {"and", "&"}:
        return "", index
    following = tokens[index + 1].lower()
    if following in VERBS or following in _STARTERS:
        return "", index
    second, end = _object(tokens, index + 1)
    return (second, end) if second and names_practice(second.split()) else ("", index)


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


#: Adverbs that open no object ("I sand by hand, mostly at weekends").
_LEAD_ADVERBS = _ADVERBS | {"just", "mainly", "mostly", "also", "still", "usually", "always"}


def _adverb_alone(low: str, following: str) -> bool:
    """An adverb right after the verb that is followed by a preposition, "as" or the clause's
    end says how the work is done; "acutely unwell adults" goes on to the object."""
    in_ly = low.endswith("ly") and len(low) > 4 and not low.endswith(("ily", "ply", "bly"))
    if low not in _LEAD_ADVERBS and not in_ly:
        return False  # "family", "supply", "assembly" are nouns
    after = following.lower()
    return not after or after in _STOP or after in {"as", ",", ";", ":", ".", ")", "and", "or"}


def _object(tokens: Sequence[str], index: int) -> tuple[str, int]:
    """The object's words up to a preposition, punctuation, a number or the next verb."""
    words: list[str] = []
    while index < len(tokens):
        token = tokens[index]
        low = token.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if (
            len(words) == 1
            and not words[0].lower().endswith("s")
            and low in _JOINS
            and _shares_the_head(following, tokens[index + 2 :])
        ):
            words.append(token)  # "major and minor applications": one object, joined
            index += 1
            continue
        if low in _STOP or low in {",", ";", ":", "(", ")", "&", "and", "or"}:
            break
        if token[0].isdigit() and words and not following[:1].isalpha():
            break  # "Year 5 curriculum" goes on; "boilers 300 times" does not
        count = token[0].isdigit() and not token[-1].isalpha()
        lead = low in _DROP_LEAD or count or _possessive(low) or _DURATION.match(low)
        if not words and lead and not _opens_a_name(token, following):
            index += 1
            continue
        if low in _WH or (words and low in _SUBJECTS) or (not words and low in _NO_OBJECT):
            break  # "measure what people get"; "condition reports they work from": a new clause
        if not words and low in _NO_OBJECT_WORDS:
            break  # "measure what people get"; "condition reports they work from": a new clause
        if not words and _adverb_alone(low, following):
            break  # "I grade mainly in ...", "I care just as much": how, not what
        if words and (low in _DETERMINERS or low in _ADVERBS or low.endswith("ly")):
            break  # "boilers a year", "books daily": the object ended
        if words and _participle_after(token, following):
            break  # "investigated accidents reported under RIDDOR": a new clause begins
        if words and low.endswith("ing") and token[:1].islower() and names_people(words[-1]):
            break  # "support adults living with dementia": the people, then what they do
        words.append(token)
        index += 1
    if len(words) > 4 and all(word[:1].isupper() for word in words):
        return "", index  # a proper name too long to be a skill's is not cut to four words
    # "children aged 2 [to 11]": an object cut at a number or a clause ends on a word of it
    return (" ".join(trimmed(words[:4])) if 0 < len(words) <= 5 else ""), index


#: Lead words that are never part of a name ("the New Medicine Service" starts at "New").
_NEVER_IN_NAME = {"a", "an", "the", "our", "my", "their", "its", "his", "her", "over", "up"}


def _participle_after(token: str, following: str) -> bool:
    """A past participle after the object's noun, before a preposition ("accidents reported
    under RIDDOR", "data collected in the field"): it opens a clause about the object. A
    hyphened word ("person-centred") or one before a noun ("delegated and committee reports")
    stays in the object."""
    low = token.lower()
    return (
        len(low) > 4
        and low.endswith("ed")
        and "-" not in low
        and token[:1].islower()
        and (not following or following.lower() in _STOP or not following[:1].isalpha())
    )


def _opens_a_name(token: str, following: str) -> bool:
    """A capitalised lead word before another capitalised word opens a proper name ("deliver
    the New Medicine Service", "ran the First Steps programme"): it stays in the object."""
    return (
        token[:1].isupper()
        and token.lower() not in _NEVER_IN_NAME
        and following[:1].isupper()
        and following[:1].isalpha()
    )


_JOINS = {"and", "or", "&"}
#: Objects that stay what was done when "of" follows: "recruit a team of 20 guides".
_GROUPS = {"team", "teams", "group", "groups", "crew", "crews"}


def _before_of(tokens: Sequence[str], index: int, obj: str) -> bool:
    """The object stops before "of" and is not a group of people."""
    if index + 2 < len(tokens) and tokens[index].lower() in _JOINS and tokens[index + 2] == "of":
        index += 2  # "design the insides and outsides of books": both heads stop before "of"
    if index >= len(tokens) or tokens[index].lower() != "of" or not obj:
        return False
    return obj.split()[-1].lower() not in _GROUPS


def _shares_the_head(word: str, rest: Sequence[str]) -> bool:
    """After "and": a word of the same object ("delegated and committee reports"), not a new
    verb ("and ran surveys") or a new clause."""
    low = word.lower()
    if not word[:1].isalpha() or low in VERBS or low in _STOP or low in _DROP_LEAD:
        return False
    if low in _CLAUSE_OPENERS:
        return False
    return bool(rest) and rest[0][:1].isalpha() and rest[0].lower() not in _STOP | _JOINS


def _possessive(word: str) -> bool:
    """ "the union's first bids": the owner is not part of what was done."""
    return word.endswith(("'s", "’s"))
