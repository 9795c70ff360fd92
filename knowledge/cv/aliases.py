"""Taxonomy aliases found on a CV's lines, with guards, and the name each finding is shown by.

A skill is shown by the CV's own name for it when that names it more exactly than the taxonomy
does: the item of a skills list that holds the alias ("Boiler installation and servicing"), or
the alias as written in a sentence ("first aid" rather than Emergency medical care, "QGIS"
rather than Geographic information systems). The taxonomy's name is kept when the CV's words
are only a cue (a single common word such as "suppliers", a verb phrase such as "leading
teams") or the name with a version or one more word ("Python 3", "Microsoft Excel"). Every
finding keeps its taxonomy skill, so its family and fields are the taxonomy's.

Guards: an alias of a practice right before a thing or a title ("conflict resolution
algorithms", "Training Officer") does not count; an alias of two letters or fewer ("R", "Go",
"UX") counts only as a whole token in a skills list or beside another skill.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from knowledge.cv.acronyms import inside_spelled_out
from knowledge.cv.firms import opens_a_firm_name
from knowledge.cv.layout import Line
from knowledge.cv.lists import list_items
from knowledge.cv.names import is_title, names_qualification
from knowledge.cv.people import PRACTICES, names_people
from knowledge.cv.semantic import matchable
from knowledge.cv.taxonomy import Skill, load_taxonomy, own_skill
from knowledge.cv.verbs import VERBS
from knowledge.cv.virtues import is_virtue
from knowledge.cv.words import capitalised, normalise, significant, stem, without_version

# A skill name right before one of these is the modifier of a thing, not the person's skill.
_ARTIFACTS = re.compile(
    r"^[\s-]*(?:algorithms?|engines?|modules?|library|libraries|services?|microservices?|apis?|"
    r"meetings?|labs?|laborator(?:y|ies)|"
    # A place or its furniture named by what is done there ("the reception desk", "two
    # reception classes", "a hotel banqueting kitchen", "a hospital research unit").
    r"desks?|counters?|class(?:es)?|classrooms?|kitchens?|units?|studios?|rooms?|wards?|"
    # A thing made or worked from ("communication boards", "compliance sheets", "three-phase
    # motors"): the thing, not the practice.
    r"boards?|sheets?|motors?|"
    # People named by where or at what they work ("front-of-house staff").
    r"staff|"
    r"apps?|plugins?|sdks?|bots?|scripts?|codebase|pipelines?|widgets?|endpoints?|"
    # A job title in a sentence ("Training Officer", "Marketing Manager") is not a skill.
    r"officers?|managers?|directors?|coordinators?|co-ordinators?|assistants?|leads?|"
    r"specialists?|consultants?|administrators?|analysts?|executives?|engineers?|designers?)\b",
    re.IGNORECASE,
)
# Two modifiers sharing one head ("mediation and conflict resolution service"): the head
# after the second names what the first qualifies too.
_SHARED_HEAD = re.compile(r"^\s+(?:and|or|&)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+\w)")
_SHARED_ARTIFACT = re.compile(
    r"^\s+(?:services?|officers?|managers?|directors?|co-?ordinators?|specialists?|"
    r"consultants?|advis[eo]rs?|assistants?)\b",
    re.IGNORECASE,
)
# A skill's words right before a body's name word are part of that name ("Harrowfield Adult
# Learning Centre", "Northside Social Work Trust"); written in capitals, so case-sensitive.
# Also a business's ("Python Hill Brewery", "Final Cut Coffee Roasters", "Agile Lettings"),
# perhaps after one or two capitalised words of its name ("Python Hill Research Farm").
_BODY_AFTER = re.compile(
    r"^(?:\s+[A-Z][a-z]+){0,2}\s+(?:Park|Centre|Center|Trust|College|School|University|Institute|Council|"
    r"Network|Society|Association|Foundation|Group|Partners|Services|Service|Ltd|Limited|Club|"
    r"Project|Brewery|Roasters|Coffee|Lettings|Homes|House|Farm|Estates?|Press|Records|Studios?|"
    r"Bakery|Kitchen|Hotel|Gallery|Theatre|Museum|Motors|Builders|Housing|Inn|Arms)\b"
)
# "from Reception to Year 2", "reception-to-Year-2 classes": a school year, not a front desk.
_SCHOOL_YEAR_AFTER = re.compile(r"^[\s-]*(?:to|and|-)[\s-]*(?:Year|Y)[\s-]*\d")
# A practice before the kind of employer it names is their sector, not the person's work
# ("fintech and logistics companies", "Maschinenbau-Kunden").
_SECTOR_AFTER = re.compile(
    r"^[\s-]+(?:companies|company|firms?|businesses|sector|industry|industries|start-?ups|"
    r"brands|kunden|unternehmen|branche|firmen|betriebe)\b",
    re.IGNORECASE,
)
# A scheme named by its card, ticket or licence is the document ("CSCS card", "ECS gold card",
# "full driving licence"): holding it is no skill readers list.
_DOCUMENT_AFTER = re.compile(
    r"^(?:/\w+)?(?:\s+(?:gold|blue|green|red|black|white))?\s+(?:cards?|tickets?|permits?|"
    r"licen[cs]es?)\b"
    # two documents sharing the word ("Gas Safe core and appliance tickets")
    r"|^\s+[a-z]+\s+(?:and|&)\s+[a-z]+\s+(?:cards|tickets|permits|licen[cs]es)\b",
    re.IGNORECASE,
)
# Aliases that name where the work is done: narrowed by a noun before them ("a radiocarbon
# laboratory") they name a workplace, not a practice.
_PLACE_WORDS = frozenset({"laboratory", "laboratories", "lab", "labs"})
_PLACE_NARROWED = re.compile(
    r"\b(?:a|an|the|our|their|his|her|my|its|this|that)\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE
)
_SHORT = 2  # letters in an alias that needs a skills context ("R", "Go", "UX", "PR")
# A tool named before a thing is still used ("a Kubernetes service"); a practice is not
# ("a payment reconciliation service" is software, not reconciliation work).
_TOOL_FAMILIES = ("software", "infrastructure", "data")
_NEIGHBOUR = re.compile(r"(?:,|&|/|\band\b|\bor\b|\bin\b|\bwith\b)\s*$|^\s*(?:,|&|/|and\b|or\b)")
_MAX_ITEM_WORDS = 6
_ACTION_VERBS = {
    "meet", "compute", "minimise", "minimize", "maximise", "maximize", "reduce", "increase",
    "improve", "optimise", "optimize", "ensure", "streamline", "refine", "drive", "deliver",
}  # fmt: skip
_PHRASE_WORDS = {"with", "the", "a", "an", "to", "my", "our", "their", "your", "for"}
_TAUGHT_LANGUAGE = re.compile(
    r"\s+as\s+an?\s+(?:additional|second|foreign|other)\s+language", re.IGNORECASE
)
_MODIFIER_AFTER = re.compile(
    r"^-(?:informed|based|led|style|friendly|aware|focused|centred|centered|related|driven|"
    r"oriented|inspired|adjacent)\b",
    re.IGNORECASE,
)
# "plain English", "simple German": how something is written or said, not a language spoken.
_REGISTER_BEFORE = re.compile(r"\b(?:plain|simple|simplified|easy|leichte[rm]?)\s+$", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|und|et|y|&)\s")
# Words joined by hyphens before the alias ("maths-through-cooking"): one compound word; and
# "non-" before it names the opposite ("non-fiction" is no fiction).
_COMPOUND_BEFORE = re.compile(r"[a-z]-[a-z]+-$|\b(?i:non)-$")
_COMPOUND_AFTER = re.compile(r"-[a-z]+-[a-z]")
_CAPITALISED_AFTER = re.compile(r"^[ -]([A-Z][a-z]+)\b")
_NAME_AFTER = re.compile(r"^ [A-Z][a-z]+\b(?! (?:and|or)\b)")
_VERSION = re.compile(r"\b(?:v?\d[\d.]*|x)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """One acceptable occurrence of a skill's alias: its line and the CV's name for it."""

    skill: Skill
    line: str
    #: The CV's name for the skill when it is more exact than the taxonomy's, else None.
    written: str | None
    #: True when the alias is a named thing (a product, a tool, an acronym, a German noun).
    named: bool


def alias_hits(lines: Sequence[Line], skills: Sequence[Skill]) -> list[Hit]:
    """Each skill's acceptable alias occurrences, one per distinct name, in taxonomy order.

    One pass per skill over the lines joined by newlines: a phrase a PDF wrapped onto the next
    line ("campaign" / "management") matches across the break. Within a skill, a list item or a
    named tool gives its own finding ("Photoshop", "Illustrator"); other occurrences only add
    to the first.
    """
    texts = [matchable(line.text) for line in lines]
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    lowered = joined.lower()
    matches = {
        skill: list(skill.matcher.finditer(joined))
        for skill in skills
        if skill.may_occur_in(lowered)
    }
    spans = sorted((m.start(), m.end(), skill.name) for skill, ms in matches.items() for m in ms)
    read: dict[Skill, tuple[list[Hit], list[Hit] | None]] = {}
    for skill, occurrences in matches.items():
        inside = [m for m in occurrences if not _inside_another(m, skill.name, spans)]
        plain = [m for m in inside if not _SOFTWARE_SENSE_ONLY.fullmatch(m.group(0))]
        hits = list(_hits(skill, inside, joined, starts, lines))
        without = list(_hits(skill, plain, joined, starts, lines)) if plain != inside else None
        read[skill] = (hits, without)
    return _in_their_trade(read)


# Words of the software trade that other trades use in a sense of their own: "on-call" is a
# platform team's incident rota, but a duty rota in a school, on a labour ward or for lifts.
_SOFTWARE_SENSE_ONLY = re.compile(r"on[- ]call", re.IGNORECASE)
_SOFTWARE_TRADE = ("software", "infrastructure")


def _in_their_trade(read: dict[Skill, tuple[list[Hit], list[Hit] | None]]) -> list[Hit]:
    """Each skill's hits, with or without the software trade's own words ((all, without them)
    per skill): they count only in a CV that names another skill of that trade."""
    company = any(
        without if without is not None else hits
        for skill, (hits, without) in read.items()
        if skill.family in _SOFTWARE_TRADE
    )
    found: list[Hit] = []
    for skill, (hits, without) in read.items():
        chosen = hits if company or without is None else without
        # A narrower practice kept as written ("stock audits") is a skill of its own.
        found += [hit for hit in chosen if hit.skill is not skill]
        found += _distinct([hit for hit in chosen if hit.skill is skill])
    return found


def _inside_another(found: re.Match[str], name: str, spans: Sequence[tuple[int, int, str]]) -> bool:
    """One word inside a longer occurrence of another skill ("grading" in "colour grading",
    "hygiene" in "food hygiene"): the longer name is the skill the CV names. Two words or more
    ("virtual servers" in "Windows virtual servers") may name a skill of their own."""
    start, end = found.start(), found.end()
    if len(found.group(0).split()) > 1:
        return False
    at = bisect.bisect_right(spans, (start, end, "\uffff"))
    return any(
        other != name and s <= start and end <= e and e - s > end - start
        for s, e, other in spans[:at]
        if e >= end
    )


def _hits(
    skill: Skill,
    occurrences: Sequence[re.Match[str]],
    joined: str,
    starts: list[int],
    lines: Sequence[Line],
) -> Iterator[Hit]:
    tool = skill.family in _TOOL_FAMILIES
    for found in occurrences:
        first = bisect.bisect_right(starts, found.start()) - 1
        last = bisect.bisect_right(starts, max(found.end() - 1, found.start())) - 1
        local = joined[starts[first] : starts[last + 1] - 1]
        offset = found.start() - starts[first]
        span = lines[first : last + 1]
        listed = all(item.skills_context for item in span)
        end = offset + len(found.group(0))
        if not _acceptable(local, offset, end, listed, tool):
            continue
        if opens_a_firm_name(local, offset, end):
            continue  # "worked for Swift Couriers": the firm, not the tool
        if first == last and _in_label(span[0], offset, end):
            continue  # "Communication: scientific writing, talks": the label names a category
        if skill.family == "language" and _TAUGHT_LANGUAGE.match(local[end:]):
            continue  # "English as an additional language" is what the pupils learn
        if skill.family == "language" and _NAME_AFTER.match(local[end:]):
            continue  # "Welsh Mountain ewes", "English Heritage": part of a name
        text = " ".join(found.group(0).split())
        if is_virtue(text):
            continue  # "detail-oriented", "Sorgfalt": what the person is like, as in own words
        line = span[0].text if first == last else " ".join(item.text for item in span)
        if _taught_subject(skill, local[:offset]):
            # "teach Functional Skills English and maths": the person's skill is teaching it
            yield Hit(_teaching(), line, f"{text[:1].upper()}{text[1:]} teaching", True)
            continue
        if listed and local[:offset].count("(") > local[:offset].count(")"):
            # "Social media (Instagram, X)", "Workday (HR)": an example or a note on the item,
            # not a skill of its own.
            continue
        if skill.family == "language" and _REGISTER_BEFORE.search(local[:offset]):
            continue  # "explain things in plain English": a way of putting things, no language
        if inside_spelled_out(local, offset, end):
            continue  # "CART: communication access realtime translation": one thing, named
        if _DONE_TO_ME.match(local[end:]):
            continue  # "which taught me to touch-type", "she trained us": the person learnt
        if _other_trades_sense(skill, local[:offset]):
            continue  # "sampling campaigns", "coring campaigns": a season of fieldwork
        generic = _generic_practice(skill, local, offset, end)
        if generic == "":
            continue  # "monthly audits", "audit trails": which audits is not said
        if generic is not None:
            # "medicines reconciliation", "stock audits": the narrower practice, as written
            yield Hit(own_skill(capitalised(generic)), line, None, True)
            continue
        item = _item_holding(span[0], text) if listed and first == last else None
        if item is not None and skill.family == "language" and _JOINED.search(item):
            item = None  # "Deutsch und Englisch (beide Muttersprache)": two languages, each named
        if item is not None:
            yield Hit(skill, line, _written(skill, item), True)
            continue
        if _papers_written(skill, local[:offset]):
            # "I have written or co-written nine peer-reviewed papers": the writing is the
            # person's, the publishing the journal's
            yield Hit(skill, line, "Scientific writing", False)
            continue
        alias = _taxonomy_spelling(skill, text)
        if alias is not None and _is_title_alias(alias):
            continue  # "mixed-methods researcher", "Lehrer": a job title names no skill
        if alias is not None and is_title(alias) and _SOMEONE_ELSES.search(local[:offset]):
            continue  # "with my team lead", "mit Steuerberater": another person
        if not listed and _narrowed(skill, local, offset, end):
            continue  # "qualitative longitudinal research", "research groups": not the family
        written = _written(skill, alias) if alias is not None and _nameable(alias) else None
        if alias is None:
            written = _people_named(skill, text)
        elif written is None and not listed:
            if alias.lower() in _PLACE_WORDS and _PLACE_NARROWED.search(local[:offset]):
                continue  # "a brewery laboratory", "the chemistry lab": where, not what
            written = _compound(skill, alias, local, offset, end) or _done_to_people(
                skill, alias, local[:offset]
            )
        # A pattern's match ("Hired", "supervised") is a cue, never a named thing.
        yield Hit(skill, line, written, alias is not None and _named(alias))


# What a school, college or tutor teaches: after a verb of teaching, the subject is what is
# taught ("taught GCSE maths"), and the skill a reader names is its teaching.
_SUBJECTS = {"Mathematics", "Statistics"}
_TEACHING_BEFORE = re.compile(
    r"\b(?:[Tt]each(?:es|ing)?|[Tt]aught|[Tt]utor(?:s|ed|ing)?|[Ll]ectur(?:e|es|ed|ing))"
    r"(?:\s+(?:[A-Z][\w&/-]*|[\d/-]+|and|or|&|,|the|some|basic|adult|primary|secondary|entry|"
    r"level|key|stage|year|functional|skills|maths?|mathematics|science|sciences|statistics|"
    r"chemistry|physics|biology|history|geography|music|art|drama|computing|literacy|numeracy)"
    r",?){0,6}\s+$"
)


# A verb of writing earlier in the clause of a cue for papers ("wrote", "co-written").
_WRITTEN_BEFORE = re.compile(r"\b(?:co-?)?(?:wr[io]te|written|writes?|writing|authored)\b")


def _papers_written(skill: Skill, before: str) -> bool:
    """Papers the person wrote, named by the cue of the publishing entry after a verb of
    writing in the same clause."""
    if skill.name != "Academic publishing":
        return False
    clause = re.split(r"[.;:!?()]", before)[-1]
    return bool(_WRITTEN_BEFORE.search(clause.lower()))


def _taught_subject(skill: Skill, before: str) -> bool:
    """A subject (a language, mathematics) right after a verb of teaching in its clause."""
    if skill.family != "language" and skill.name not in _SUBJECTS:
        return False
    clause = re.split(r"[.;:!?()]", before)[-1]
    return bool(_TEACHING_BEFORE.search(" " + clause))


@functools.lru_cache(maxsize=1)
def _teaching() -> Skill:
    return next(skill for skill in load_taxonomy() if skill.name == "Teaching")


def _is_title_alias(alias: str) -> bool:
    """An alias that names a person by their job ("researcher", "lecturer", "Lehrer", "chef de
    cuisine"); a title that is also a verb or its object ("coach", "apprentices") still counts."""
    agent = alias.lower().endswith(("er", "or")) and is_title(alias.split()[-1])
    return agent or bool(_TITLE_ALIAS.fullmatch(alias))


# A possessive or "with" before a title names another person ("my team lead", "our ward
# manager", "Zusammenarbeit mit Steuerberater").
_SOMEONE_ELSES = re.compile(
    r"\b(?:my|our|his|her|their|(?:with|for|mit|für)(?:\s+(?:the|a|an|dem|der|den|einem|einer))?)"
    r"\s+$",
    re.IGNORECASE,
)
_TITLE_ALIAS = re.compile(r"(?:chef de \w+|lehrer(?:in)?|koch|köchin|enseignant|bénévole)", re.I)


# The person as the object right after the alias: the work was done to them, not by them.
# Not "myself": "do the door knocking myself" says who did it.
_DONE_TO_ME = re.compile(r"^\s+(?:me|us)\b", re.IGNORECASE)
# Aliases a word of another trade before them turns to that trade's sense: a campaign of
# fieldwork in the sciences is a season of sampling, not a campaign run for a cause or a brand.
_OTHER_SENSE_BEFORE = {
    "Campaign management": re.compile(
        r"\b(?:field|fieldwork|sampling|coring|drilling|survey|surveying|offshore|measurement|"
        r"monitoring|observation|excavation|seismic)\s+$",
        re.IGNORECASE,
    ),
}


def _other_trades_sense(skill: Skill, before: str) -> bool:
    """The alias right after a word that puts it in another trade's sense."""
    sense = _OTHER_SENSE_BEFORE.get(skill.name)
    return sense is not None and bool(sense.search(before))


# Practices that name a whole family of narrower ones: in a sentence, the word with a noun
# before it ("target research", "longitudinal research") or after it ("research groups",
# "research excavation") names the narrower practice or a thing, and a careful reader lists
# that, never the family's name beside it.
_BROAD_PRACTICES = {"research"}
_OPEN_BEFORE = re.compile(
    r"(?:^|[\s(\[\"'/,;:.!?-])(?:and|or|of|in|on|for|to|the|a|an|my|our|do|did|doing|does|"
    r"some|own|with|into|from|about|also|plus|including|incl)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"\s+(?![Aa]nd\b|[Oo]r\b|[Ii]n\b|[Oo]n\b|[Ii]nto\b|[Ff]or\b|[Aa]t\b|"
    r"[Ww]ith\b|[Tt]o\b|[Ff]rom\b|[Oo]f\b|[Aa]s\b)[a-z][a-z-]+"
)


# "the research", "years of research in": the field the person works in, not a practice.
_DO = frozenset({"do", "does", "did", "done"})
_FIELD_BEFORE = re.compile(r"(?:^|[^\w-])(?:([\w-]+)\s+)?(?:the|of|my|our)\s+$", re.IGNORECASE)


def _as_a_field(before: str) -> bool:
    """The broad word after "the" or "of" that no verb governs ("around the research",
    "eight years of research in"), unlike "led the research"."""
    found = _FIELD_BEFORE.search(before)
    if found is None:
        return False
    verb = (found.group(1) or "").lower()
    return verb not in VERBS and verb not in _DO and not verb.endswith(("ed", "ing"))


def _narrowed(skill: Skill, text: str, start: int, end: int) -> bool:
    """A broad practice's word that a noun beside it narrows or turns into a modifier."""
    if (
        skill.name.lower() not in _BROAD_PRACTICES
        or text[start:end].lower() not in _BROAD_PRACTICES
    ):
        return False
    if _NOUN_AFTER.match(text[end:]):
        return True
    before = text[:start]
    if _as_a_field(before):
        return True
    word = re.search(r"\b([a-z][a-z-]+)\s+$", before)
    if word is None or _OPEN_BEFORE.search(before):
        return False
    modifier = word.group(1)
    return modifier not in VERBS and not modifier.endswith(("ed", "ing"))


# Practice words many trades share ("audits": clinical, stock, safety or financial; a
# "reconciliation" of medicines or of payments): bare, they name the taxonomy's broad entry
# only when a word of its own family narrows them ("payment reconciliation", "financial
# audits"). A noun of another trade before them names that trade's narrower practice, kept
# as written; a word of time before them ("monthly audits") leaves the practice unsaid.
_GENERIC_PRACTICES = {
    "Auditing": {"audit", "audits", "auditing"},
    "Reconciliation": {"reconciliation", "reconciliations"},
}
_TIME_WORDS = re.compile(
    r"^(?:daily|weekly|fortnightly|monthly|quarterly|annual|yearly|regular|routine|periodic|"
    r"spot|ad-hoc|occasional|frequent|termly|six-monthly)$",
    re.IGNORECASE,
)


def _generic_practice(skill: Skill, text: str, start: int, end: int) -> str | None:
    """For a bare practice word many trades share: None to keep the taxonomy's entry, "" for
    no finding, or the narrower practice as written ("medicines reconciliation", "MAR
    audits")."""
    words = _GENERIC_PRACTICES.get(skill.name)
    if words is None or text[start:end].lower() not in words:
        return None
    before = text[:start]
    found = re.search(r"\b([A-Za-z][A-Za-z-]+)\s+$", before)
    if found is not None and _TIME_WORDS.match(found.group(1)):
        return ""  # "monthly audits with the area manager": which audits is not said
    if _NOUN_AFTER.match(text[end:]) or found is None or _OPEN_BEFORE.search(before):
        return None  # "the audit file", "did the audits": as the taxonomy names it
    modifier = found.group(1)
    low = modifier.lower()
    if low in VERBS or low.endswith(("ed", "ing")) or low in _family_words(skill.family):
        return None  # "payment reconciliation", "financial audits": the family's own work
    return f"{modifier} {text[start:end]}"


def _compound(skill: Skill, alias: str, text: str, start: int, end: int) -> str | None:
    """A single common word the taxonomy names a broader practice by, narrowed by a noun of
    the CV before it ("dive logistics", "food-grade pipework"): that compound is the CV's name
    for the practice, the entry's name is only close. None when nothing narrows it."""
    if " " in alias or _named(alias) or _NOUN_AFTER.match(text[end:]) or names_people(alias):
        return None  # "second-year apprentice": a person, not a narrower practice
    if skill.family in _TOOL_FAMILIES:
        return None  # "inspection spreadsheets" are spreadsheets
    before = text[:start]
    found = re.search(r"(?:^|[\s(])([a-z][a-z-]+[a-z])\s+$", before)
    if found is None or _OPEN_BEFORE.search(before):
        return None
    modifier = found.group(1)
    if (
        modifier in VERBS
        or modifier.endswith(("ed", "ing", "ly"))
        or modifier in _SMALL_MODIFIERS
        or _TIME_WORDS.match(modifier)
        or _COUNT.search(modifier)
        or modifier in _family_words(skill.family)
    ):
        return None
    return f"{modifier} {text[start:end]}"


def _people_named(skill: Skill, text: str) -> str | None:
    """A pattern's verb and the people it was done to, when the verb is the entry's own
    practice ("trained staff" under Training and onboarding): the people and that practice
    ("Staff training"), the name a reader gives it; the entry's name covers more."""
    words = text.split()
    verb = VERBS.get(words[0].lower()) if len(words) >= 2 else None
    people = [word for word in words[1:] if word.lower() not in {"a", "an", "the", "new"}]
    if verb is None or len(people) != 1 or not names_people(people[0]):
        return None
    practice = next((w for w in skill.name.split() if stem(w.lower()) == stem(verb)), None)
    if practice is None:
        return None
    person = people[0].lower()
    person = person[:-1] if person.endswith("s") and not person.endswith("ss") else person
    return _written(skill, f"{person} {practice.lower()}")


def _done_to_people(skill: Skill, alias: str, before: str) -> str | None:
    """People the entry is named for, after a verb of another practice ("supervise an
    apprentice" under Apprentice training): the people and that practice ("Apprentice
    supervision"), as a reader names it."""
    if " " in alias or not names_people(alias):
        return None
    found = _VERB_BEFORE.search(before)
    verb = VERBS.get(found.group(1).lower()) if found else None
    practice = PRACTICES.get(verb or "")
    if practice is None or set(significant(practice)) & set(significant(skill.name)):
        return None  # "trained apprentices" is the entry's own practice
    person = alias[:-1] if alias.endswith("s") and not alias.endswith("ss") else alias
    return f"{person} {practice.lower()}"


#: A verb, then at most three lead words, right before the alias ("mentor two new ...").
_VERB_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:(?:a|an|the|my|our|two|three|four|five|six|new|junior|\d+)\s+){0,3}$"
)
#: A count or a length ("two mailboxes", "one-day workshops"): how many, not which practice.
_COUNT = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|first|second|third|"
    r"single|double|half|multi)(?:-|$)"
)
#: Words before a practice that grade or count it, not narrow it ("good communication").
_SMALL_MODIFIERS = {
    "good", "strong", "excellent", "advanced", "basic", "general", "all", "any", "some",
    "more", "most", "less", "much", "many", "few", "other", "own", "new", "key", "main",
    "great", "high", "low", "full", "best", "better", "whole", "overall", "wider", "broad",
    "effective", "professional", "personal", "practical", "daily", "weekly", "this", "that",
    "these", "those", "such", "their", "his", "her", "its", "your", "every", "each", "both",
    "have", "has", "had", "was", "were", "are", "been", "being",
}  # fmt: skip


@functools.lru_cache(maxsize=32)
def _family_words(family: str) -> frozenset[str]:
    """The lower-cased words of a family's skill names and aliases (and "financial" for
    finance, whose aliases say "finance")."""
    words = {
        word.lower()
        for skill in load_taxonomy()
        if skill.family == family
        for name in (skill.name, *skill.aliases)
        for word in re.findall(r"[A-Za-z][a-z-]+", name)
    }
    return frozenset(words | ({"financial"} if family == "finance" else set()))


def _in_label(line: Line, start: int, end: int) -> bool:
    """The alias is the whole label of a labelled list ("Teaching: demonstrator, lectures")."""
    if not line.skills_context or line.body == line.text:
        return False
    label = line.text[: len(line.text) - len(line.body)]
    label = label.rstrip(" :|")
    return end <= len(label) and len(label.split()) <= 2 and start <= len(label) - (end - start)


def _distinct(hits: list[Hit]) -> list[Hit]:
    """The first hit, and any later list item or named tool the earlier names do not hold."""
    kept: list[Hit] = []
    # List items first: "Food hygiene" in a list names the skill better than "hygiene" above it.
    for hit in sorted(hits, key=lambda hit: not hit.named):
        name = hit.written or hit.skill.name
        if kept and not hit.named:
            continue
        words = set(significant(name))
        if any(words <= set(significant(k.written or k.skill.name)) for k in kept):
            continue
        kept.append(hit)
    return kept


def _acceptable(text: str, start: int, end: int, listed: bool, tool: bool = False) -> bool:
    """Guards on one alias occurrence in ``text[start:end]``: the modifier of a thing
    ("conflict resolution algorithms"), or a short alias out of a list ("HP-UX")."""
    shared = _SHARED_HEAD.match(text[end:])
    if not tool and shared and _SHARED_ARTIFACT.match(text[end + shared.end() :]):
        return False  # "a family mediation and conflict resolution service" names a service
    if not tool and (_ARTIFACTS.match(text[end:]) or _sector(text[start:end], text[end:])):
        return False
    if _BODY_AFTER.match(text[end:]) or _DOCUMENT_AFTER.match(text[end:]):
        return False
    if _SCHOOL_YEAR_AFTER.match(text[end:]):
        return False
    if _MODIFIER_AFTER.match(text[end:]):
        return False  # "CBT-informed pain education": the skill is what it qualifies
    compound = _COMPOUND_BEFORE.search(text[:start]) or _COMPOUND_AFTER.match(text[end:])
    if compound and not tool:
        return False  # "maths-through-cooking sessions": a word of a compound modifier
    title = _CAPITALISED_AFTER.match(text[end:])
    if title and text[start : start + 1].isupper() and is_title(title.group(1)):
        return False  # "Research Fellow", "Music Producer": a title written as one
    if sum(ch.isalpha() for ch in text[start:end]) > _SHORT:
        return True
    before, after = text[:start], text[end:]
    if (before[-1:] in "-/." and before) or (after[:1] in ("-", "/") and after[1:2].isalpha()):
        return False  # "HP-UX", "R/3", "Go-Live"
    return listed or _beside_another_skill(before, after)


def _sector(alias: str, after: str) -> bool:
    """A noun before the kind of employer ("logistics companies"), not a verb and its object
    ("advising start-ups")."""
    last = alias.split()[-1].lower() if alias.split() else ""
    verb = last in VERBS or last.endswith(("ing", "ed"))
    return not verb and bool(_SECTOR_AFTER.match(after))


def _beside_another_skill(before: str, after: str) -> bool:
    """A short alias in a run such as "Python, R and SQL" or "statistics in R"."""
    return bool(_NEIGHBOUR.search(before) or _NEIGHBOUR.search(after)) and bool(
        re.search(r"[A-Z][\w+#.]+", before[-30:] + after[:30])
    )


def _item_holding(line: Line, text: str) -> str | None:
    """The short item of a skills list line that holds ``text``, when there is one."""
    wanted = re.compile(rf"(?<!\w){re.escape(normalise(text))}(?!\w)")
    for item in list_items(line.body):
        item = _USE_AFTER.sub("", item)
        if wanted.search(normalise(item)):
            return item if _names_one_skill(item) else None
    return None


#: What a tool is used for, after it ("Excel for the team waiting list"): not its name.
_USE_AFTER = re.compile(r"\s+for\s+(?:the|a|an|my|our|their|each|every)\s.*$", re.IGNORECASE)
#: An item that opens with an article, a pronoun or "own" describes ("a credit reference
#: agency portal", "I work in Trados", "Own van and tools"); it names no skill.
_DESCRIBES = re.compile(r"^(?:a|an|the|own|i|my|our|we)\b|\b(?:I|my|our|we)\b", re.IGNORECASE)


_CERTIFICATE = re.compile(
    r"\b(?:licen[cs]e|certificate|certification|certified|diploma|award|course|nvq|level\s*\d)\b",
    re.IGNORECASE,
)


def _names_one_skill(item: str) -> bool:
    """A short item that names one skill: not a sentence, not a run of tool names a layout lost
    the commas of ("Go Python Node.js TypeScript"), not a certificate ("Scrum Master
    Certification")."""
    words = item.split()
    if not 1 <= len(words) <= _MAX_ITEM_WORDS or _CERTIFICATE.search(item):
        return False
    if _DESCRIBES.search(item):
        return False  # "I work in Trados", "My own glossaries for ...": a sentence's words
    first = words[0].lower()
    if first.endswith("ed") or (first in VERBS and not first.endswith("ing")):
        return False  # "Retouched photos in Photoshop" is a sentence, not a name
    capitalised = sum(word[:1].isupper() for word in words)
    return not (len(words) >= 3 and capitalised == len(words) and "&" not in item)


def _taxonomy_spelling(skill: Skill, text: str) -> str | None:
    """The taxonomy's spelling of the alias written as ``text`` ("quickbooks" -> "QuickBooks");
    None when a pattern, not an alias, matched."""
    wanted = normalise(text)
    for alias in skill.aliases:
        if normalise(alias) == wanted:
            return alias
    return None


def _named(alias: str) -> bool:
    """A product, tool, acronym or noun the taxonomy writes with a capital ("Photoshop")."""
    return any(ch.isupper() for ch in alias)


def _nameable(alias: str) -> bool:
    """An alias in a sentence that can stand as the skill's name: a named thing ("QGIS",
    "GDPR") or a noun phrase of two or more words ("first aid", "risk assessments"); a single
    common word ("suppliers", "hiring") or a verb's phrase ("leading teams", "meet with
    clients", "worked closely") is only a cue; a gerund may close a noun phrase ("discharge
    planning", "staff training")."""
    if _named(alias):
        return True
    words = [word.lower() for word in alias.split()]
    if len(words) < 2 or any(word in _PHRASE_WORDS or word.endswith("ly") for word in words):
        return False  # "meet with clients", "worked closely": a sentence's words
    if words[0] in _ACTION_VERBS or words[0].endswith("ing") or is_title(alias):
        return False  # "compute taxes", "refining office systems", "technical lead"
    if len(words) >= 3 and words[0] in VERBS:
        return False  # "train new employees"
    # A practice named by its object and a gerund ("discharge planning", "staff training",
    # "radio presenting") is a noun phrase: the gerund may close it, never open it.
    *head, last = words
    return all(VERBS.get(word, word) == word and not word.endswith("ed") for word in head) and (
        last.endswith("ing") or (VERBS.get(last, last) == last and not last.endswith("ed"))
    )


def _written(skill: Skill, text: str) -> str | None:
    """``text`` when it names the skill otherwise than the taxonomy, else None (the name)."""
    bare = " ".join(_VERSION.sub(" ", text).split())
    if not bare or normalise(bare) == normalise(skill.name):
        return None
    if names_qualification(bare):
        return None  # "City & Guilds Bakery": the course is named by the skill it gave
    words, name = set(significant(bare)), set(significant(skill.name))
    if name <= words and len(words - name) <= 1 and skill.name not in _GENERIC_PRACTICES:
        return None  # "Python scripts", "Microsoft Excel": the taxonomy's name is as exact
    if _shortened(bare, skill.name):
        return None  # "heat loss calcs": the name, shortened
    return without_version(text)  # "Solaris 10/11" is Solaris at a level


def _shortened(text: str, name: str) -> bool:
    """``text`` is ``name`` with a word or more cut short ("heat loss calcs", "stock mgmt"
    is not: "mgmt" is no start of "management")."""
    written, full = text.lower().split(), name.lower().split()
    if len(written) < 2 or len(written) != len(full) or written == full:
        return False
    return all(f.startswith(w.removesuffix("s")) for w, f in zip(written, full, strict=True))
