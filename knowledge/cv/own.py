"""Skills in the person's own words: list items and verb phrases no taxonomy alias explains.

An item of a skills list ("Hydrotherapy", "Makaton signing") is kept as written. A verb and its
object from a line about work ("Wrote end-of-year reports", "Hire, train and schedule staff")
is kept as an activity ("Writing end-of-year reports", "Hiring staff"), unless its verb is one
that seldom names a skill ("keep", "book", "answer") or its object names nothing ("it", "people").
Neither ever comes from a heading, a label, a title ("Learning Officer", "Praxisanleiterin"), a
level or a run of tool names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.cv.headings import heading_section
from knowledge.cv.names import (
    closes_employer_line,
    is_organisation,
    is_title,
    names_qualification,
)
from knowledge.cv.people import PRACTICES, names_people, people_practice, served_only
from knowledge.cv.phrases import Phrase
from knowledge.cv.practices import object_practice
from knowledge.cv.verbs import verb_forms
from knowledge.cv.virtues import is_virtue
from knowledge.cv.words import significant, without_version

_NOT_SKILLS = re.compile(
    r"^(?:skills?|tools?|software|languages?|level|other|others|etc|and more|various|"
    r"basic|intermediate|advanced|expert|fluent|native|beginner|good|very good|excellent|"
    r"area|areas|skill areas?|years?|experience|proficiency|jahre|"
    r"details?|category|categories|description|item|items|name|topic|dates?|period|"
    r"role|position|employer|organi[sz]ation|institution|qualifications?|"
    r"jahr|zeitraum|tätigkeit|aufgaben|stufe|abschluss|abschlüsse|einrichtung|setting|note|"
    r"grade|"
    # A hedge left when what was still to come was cut ("- asked for it, maybe next year").
    r"maybe|perhaps|hopefully|"
    # The state of a licence or course beside it ("C+E, clean, no points", "started, paused").
    r"clean|no points|started|paused|lapsed|expired|pending|valid|in date|current|"
    r"bereich|bereiche|kategorie|beschreibung|sehr gut|gut|grundkenntnisse|fließend|"
    r"muttersprache|n/a|none|\W+)$",
    re.IGNORECASE,
)
_CERTIFICATE_WORDS = re.compile(
    r"\b(?:licen[cs]e|certificate|certification|certified|card|diploma|ticket|course|"
    r"award|level\s*\d+|nvq|qualification|fortbildung|weiterbildung)\b",
    re.IGNORECASE,
)
#: An item that ends on the word licence names the licence held, not work ("Full UK driving
#: licence"); a certificate in the plural may be what the work issues ("gas safety certificates").
_A_LICENCE = re.compile(r"\blicen[cs]e\s*(?:\([^)]*\)\s*)?$", re.IGNORECASE)
#: A school-leaving or vocational qualification named as such, not the skill it attests
#: ("Allgemeine Hochschulreife", "Geprüfte Bilanzbuchhalterin", "Angestelltenlehrgang II").
_QUALIFICATION = re.compile(
    r"(?:hochschulreife|abitur|lehrgang|abschlussprüfung|\bgeprüfter?\b|\bstaatlich\b|"
    # The exams, papers and school time of a German apprenticeship ("Meisterprüfung im
    # Bäckerhandwerk", "Meisterbrief", "Praktikum", "2. Lehrjahr", "Blockunterricht").
    r"(?:meister|gesellen|zwischen)prüfung|\b(?:meister|gesellen)brief\b|\bpraktikum\b|"
    r"\blehrjahr\b|\bblockunterricht\b|"
    r"\bklasse [a-z]\d?\b|\b(?:ba|bsc|ma|msc|phd|gcse|a-level)s?\b|"
    # An awarding body before the subject names the qualification ("City & Guilds Bakery").
    r"\bcity (?:&|and) guilds\b|\bbtec\b|"
    # "FR passed", "studying AA": the state of an exam, not a skill.
    r"\bpassed\b|\bstudying\b|\bin progress\b|"
    # A class of goods or vehicles a licence covers ("Class 3"), or how long it is valid.
    r"\bclass \d+\b|\bvalid (?:to|until|till)\b)",
    re.IGNORECASE,
)
#: German words for people, as a whole name of work is never one ("Saisonkräfte",
#: "Freiwilligen", "Kolleg:innen", "Auszubildende").
_GERMAN_PEOPLE = re.compile(
    r"(?:\w+\s)?(?:\w*(?:kräfte|kräften|kraft|freiwillige[nr]?|mitarbeitende[nr]?|"
    r"mitarbeiter(?:innen|n)?|kolleg(?:en|innen|:innen|\*innen)?|auszubildende[nr]?|"
    r"praktikant(?:en|innen)?|ehrenamtliche[nr]?|helfer(?:innen|n)?|kunden|kundinnen|"
    r"bürger(?:innen)?|schüler(?:innen)?|patient(?:en|innen)?|bewohner(?:innen)?|"
    r"teilnehmende[nr]?|teilnehmer(?:innen)?))",
    re.IGNORECASE,
)
#: What a thing is used for, after it ("Word for the weekly rota"): not part of its name.
_USE_AFTER = re.compile(r"\s+for\s+(?:the|a|an|my|our|their|each|every)\s.*$", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:Herr|Frau|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-ZÄÖÜ]")
_DESCRIBES = re.compile(r"(?:a|an|the|own)\s", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:I|we|my|our|what|how)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:(?:19|20)\d{2}\s*[-–—]?\s*)+|\s*[-–—(]?\s*(?:19|20)\d{2}\)?$")
#: Verbs whose phrases are chores, or too general to name a skill, more often than not
#: ("keep the van stocked", "book repairs", "run tastings", "build the bar team"), as measured
#: on the tuning and dev CVs.
_WEAK_VERBS = {
    "keep", "record", "book", "check", "answer", "find", "sit", "bring", "buy", "win", "feed",
    "help", "cut", "hold", "set", "sell", "deal", "spend", "see", "run", "build", "chase",
}  # fmt: skip
#: Things so general that doing them names no skill ("deploy applications", "build services").
_VAGUE_THINGS = {
    "application", "applications", "solution", "solutions", "component", "components",
    "platform", "platforms", "technology",
    "technologies", "feature", "features", "request", "requests", "product", "products",
    "success", "activity", "activities", "production", "itself", "stuff", "things", "items",
}  # fmt: skip
#: Verbs whose object is people: "Training commis chefs" is a skill, "Marketing Manager" is not.
_PEOPLE_VERBS = {
    "train", "mentor", "coach", "supervise", "manage", "lead", "hire", "recruit", "teach",
    "tutor", "support", "interview", "assess", "treat", "nurse", "counsel", "advise",
}  # fmt: skip
#: A person as the object ("give them feedback", "restore myself"): whom the work was for or
#: who did it, never the work ("her" is left out: "her care plan" names a thing).
_PERSONS = {
    "them", "him", "us", "me", "you", "myself", "ourselves", "themselves", "himself",
    "herself", "yourself", "yourselves",
}  # fmt: skip
#: What any work yields, as an object on its own ("wrote up the results", "report monthly
#: figures to our funders", "presented the interim findings"): the practice is in what they
#: are the results of, which the line names elsewhere or not at all.
_OUTPUTS = {"results", "findings", "figures", "notes", "numbers", "answers", "outcomes"}
#: Verbs that only pass such outputs on; presenting or filing them is a practice of its own.
_OUTPUT_VERBS = {"write", "report", "analyse", "analyze", "send", "share", "enter", "compile"}
#: Words that say which of them or when, not what they are of.
_OUTPUT_MODIFIERS = {
    "the", "my", "our", "their", "its", "interim", "final", "initial", "preliminary", "first",
    "latest", "key", "main", "monthly", "weekly", "daily", "annual", "yearly", "quarterly",
}  # fmt: skip
_EMPTY_OBJECTS = {
    "it", "them", "this", "that", "these", "those", "everything", "everyone", "people", "things",
    "work", "time", "year", "years", "day", "days", "week", "weeks", "lot", "part", "one", "ones",
    "sure", "way", "ways", "own",
}  # fmt: skip


def own_words(candidates: Sequence[Phrase], covered_names: Sequence[str]) -> list[Phrase]:
    """The candidates that name a skill nothing found so far names, each named as shown.

    ``covered_names`` are the names already found; a phrase whose meaningful words are all
    among one of theirs adds nothing ("run payroll" beside Payroll).
    """
    covered = [frozenset(significant(name)) for name in covered_names]
    kept: set[frozenset[str]] = set()
    objects: dict[str, str] = {}
    shared: set[tuple[str, str]] = set()
    out: list[Phrase] = []
    for phrase in candidates:
        if phrase.source == "verb":
            name = activity(phrase)
        else:  # a German name of work may run to seven words ("Anleitung von Auszubildenden...")
            name = item_name(phrase.text, 7 if phrase.source == "noun" else 5)
            if name is not None and phrase.source == "noun" and _GERMAN_PEOPLE.fullmatch(name):
                continue  # "Saisonkräften", "Freiwilligen": whom the work was for or with
        if name is None or _cut_wrong(name):
            continue
        if phrase.source != "verb" and closes_employer_line(name, phrase.line):
            continue
        # A practice ("Recruitment") is covered by its own name, not by the people it served.
        practice = name in _PRACTICE_NAMES
        thing = frozenset(significant(name if practice else (phrase.object or name)))
        words = frozenset(significant(name))
        if not thing or words in kept or any(thing <= taken for taken in covered):
            continue
        if _same_thing_again(phrase, objects):
            continue
        if phrase.source == "verb" and phrase.object and not practice:
            # "Recruited and trained 25 volunteer leaders", "Write and review support plans":
            # verbs that share one object on one line name one piece of work, by the first.
            if (phrase.line, phrase.object.lower()) in shared:
                continue
            shared.add((phrase.line, phrase.object.lower()))
        kept.add(words)
        out.append(Phrase(name, phrase.line, phrase.source, phrase.verb, phrase.object))
    return out


#: Words that join or qualify clauses: a name never starts on them ("But conservation",
#: "On the update service") nor holds a clause's own ("turns up when he says").
_OPENS_NO_NAME = {"but", "on", "and", "or", "so", "then", "also", "when", "while", "if"}
_CLAUSE_WORDS = {"when", "while", "because", "if", "than", "less", "unless"}
_ENDS_NO_NAME = {"for", "with", "to", "of", "and", "or", "on", "in", "at", "by", "from", "the"}


def _cut_wrong(name: str) -> bool:
    """A phrase cut across a clause's words, not a name: it starts on "but" or "on", ends on a
    preposition, or holds "when", "because", "less" between its words."""
    words = name.lower().split()
    inner = words[1:-1]
    return (
        words[0] in _OPENS_NO_NAME
        or words[-1] in _ENDS_NO_NAME
        or any(word in _CLAUSE_WORDS for word in inner)
    )


def _same_thing_again(phrase: Phrase, objects: dict[str, str]) -> bool:
    """The same thing made again on another line under another verb ("Drew picture books" ...
    "Illustrated picture books"): one skill named twice. People are not things: training
    volunteers and managing volunteers are two skills."""
    if not phrase.object or names_people(phrase.object):
        return False
    return objects.setdefault(phrase.object.lower(), phrase.line) != phrase.line


#: A grade before the thing graded ("Grade 5 piano") and a version after a product
#: (``without_version``): levels, not part of the skill's name.
_GRADE = re.compile(r"^(?:grade|stufe)\s+\d+\s+(?=\S)", re.IGNORECASE)
#: A count of things ("80 freezers", "5-30 kWp") or a note that references are on request.
_NOT_NAMES = re.compile(
    r"^\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\s|\bon request\b|\bauf anfrage\b", re.IGNORECASE
)


def item_name(text: str, longest: int = 5) -> str | None:
    """A list item as a skill's name, or None when it is not one (a label, level, title...)."""
    if _NOT_NAMES.search(_YEAR.sub(" ", text).strip()):
        return None  # a leading year is a date ("2020 Datenschutz ..."), not a count
    if _A_LICENCE.search(text):
        return None  # "Full clean licence", "tractor + trailer licence (B+E)": what is held
    text = without_version(_GRADE.sub("", _USE_AFTER.sub("", text.strip())))
    name = _CERTIFICATE_WORDS.sub(" ", _YEAR.sub(" ", text))
    name = " ".join(name.split()).strip(" -&,")
    words = name.split()
    if not 1 <= len(words) <= longest or _NOT_SKILLS.match(name):
        return None
    if not re.search(r"[^\W\d]{3}", name) or "%" in name:
        return None  # "shrinkage kept under 0.8%" is a result, not a skill
    if _unbalanced(name):
        return None  # 'Seminar „Einführung': cut inside a bracket or a quotation
    if heading_section(name) is not None or is_title(name) or is_organisation(name):
        return None
    if is_virtue(name):
        return None  # "Reliable", "Team player", "Calm under pressure": what the person is like
    if _HONORIFIC.match(name):
        return None  # "Herr Kessler", "Mrs Patel": a person named
    if _DESCRIBES.match(name):
        return None  # "a credit reference agency portal", "Own van and tools": a description
    if _QUALIFICATION.search(name) or _PRONOUN.search(name) or names_qualification(text):
        return None  # "What I do", "my allotment": a table's header or a sentence's words
    capitalised = sum(word[:1].isupper() for word in words)
    return None if len(words) >= 3 and capitalised == len(words) and "&" not in name else name


def _unbalanced(name: str) -> bool:
    """A bracket or quotation opened and not closed, or closed and not opened, in the name."""
    quotes = sum(name.count(mark) for mark in '"„“”')
    return name.count("(") != name.count(")") or quotes % 2 == 1


def activity(phrase: Phrase) -> str | None:
    """A verb phrase as an activity ("write reports" -> "Writing reports"), or None."""
    verb, obj = phrase.verb, phrase.object
    if verb is None or obj is None or _CERTIFICATE_WORDS.search(obj):
        return None
    if obj.split()[0].lower() == "own":
        return None  # "manage my own schedule", "train my own young dogs": the person's affairs
    if obj.split()[0].lower() in _PERSONS:
        return None  # "give them feedback", "a checklist we wrote ourselves": done to whom?
    if verb in _OUTPUT_VERBS and _only_outputs(obj):
        return None  # "write up the results": results of what?
    if verb in _WEAK_VERBS:
        return object_practice(obj)  # "run credit checks": the object names the practice
    words = [word for word in obj.split() if word.lower() not in _EMPTY_OBJECTS]
    if not words or not re.search(r"[^\W\d]{3}", " ".join(words)):
        return None
    if _NAMED_PROGRAMME.search(obj) and all(word[:1].isupper() for word in obj.split()):
        return None  # "ran the Healthy Start Scheme": a named programme, not a skill
    if _NAME_CUT.search(obj):
        return None  # "Plan a mixed Year 5/6 class": the object stops inside "Year 5/6"
    practice = people_practice(verb, obj)
    if practice is not None or served_only(verb, obj):
        return practice  # "Supervise two junior staff" -> Supervision; "Support clients": none
    if obj.split()[-1].lower() in _VAGUE_THINGS:
        return None  # "Building web applications", "Delivering solutions": which skill?
    titled = all(word[:1].isupper() for word in obj.split())
    if is_title(obj) and (verb not in _PEOPLE_VERBS or titled or _lead_title(phrase)):
        return None  # "Marketing Manager", "Lead Wind Turbine Technician": titles, not work
    if verb in _REPAIR_VERBS and _singular(obj).split()[-1].lower() not in _FAULTS:
        named = _singular(obj)  # "rebuilt gearboxes": a reader lists gearbox repair
        return f"{named[:1].upper()}{named[1:]} repair"
    if verb == "shoot" and _camera_practice(obj) is not None:
        return _camera_practice(obj)  # "shot the drinks photos": drinks photography
    return f"{_gerund(verb).capitalize()} {obj}"


#: What a camera makes, and the practice a reader names a shoot of it by.
_CAMERA_WORK = {
    **dict.fromkeys(("photo", "photograph", "picture", "still", "portrait"), "photography"),
    **dict.fromkeys(("video", "clip", "footage", "film"), "video production"),
}


def _camera_practice(obj: str) -> str | None:
    """A shoot of pictures or footage named by its practice ("short video clips" -> "Short
    video production"), the words before the thing kept; None for any other object."""
    *head, last = _singular(obj).lower().split()
    practice = _CAMERA_WORK.get(last)
    if practice is None:
        return None
    kept = [word for word in head if word not in _CAMERA_WORK and word not in {"the", "a", "an"}]
    named = " ".join([*kept, practice])
    return f"{named[:1].upper()}{named[1:]}"


def _only_outputs(obj: str) -> bool:
    """The object is results, findings or notes and nothing says of what ("the interim
    findings to the dentist"; "case notes" and "results of soil tests" say it)."""
    head = re.split(r"\s+(?:to|for|with|at|in|on|into|onto|from)\s", obj.lower(), maxsplit=1)[0]
    words = [word for word in head.split() if word not in _OUTPUT_MODIFIERS]
    return len(words) == 1 and words[0] in _OUTPUTS


#: Verbs whose work a reader names by its practice, repair, whatever the verb said.
_REPAIR_VERBS = {"repair", "fix", "mend", "rebuild"}
#: What is fixed when a fault is the object ("fix bugs" is bug fixing, not a bug's repair).
_FAULTS = {"bug", "issue", "problem", "error", "defect", "fault", "glitch"}


def _singular(obj: str) -> str:
    """The object with its last word in the singular ("gas boilers" -> "gas boiler"), as a
    practice's name has it ("boiler repair")."""
    *head, last = obj.split()
    low = last.lower()
    if low.endswith("ies") and len(low) > 4:
        last = last[:-3] + "y"
    elif low.endswith(("xes", "ches", "shes", "sses")):
        last = last[:-2]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        last = last[:-1]
    return " ".join([*head, last])


def _lead_title(phrase: Phrase) -> bool:
    """ "Lead electrician on rewires": "lead" right before one title in the singular is part of
    the title; leading people has them in the plural or after a word ("Lead a team of ...")."""
    obj = phrase.object or ""
    if phrase.verb != "lead" or len(obj.split()) != 1 or obj.lower().endswith("s"):
        return False
    return bool(re.search(rf"\blead\s+{re.escape(obj)}\b", phrase.line, re.IGNORECASE))


#: A word that names something with the number after it ("Year 5", "Band 6", "Level 3"): an
#: object that ends there was cut inside that name.
_NAME_CUT = re.compile(
    r"\b(?:year|band|level|stage|grade|part|phase|tier|step|module|unit)(?:\s+\d\S*)?$",
    re.IGNORECASE,
)
#: The last word of a named programme ("Duke of Edinburgh Award", "Healthy Start Scheme").
_NAMED_PROGRAMME = re.compile(
    r"\s(?:Programme|Program|Scheme|Initiative|Campaign|Fund|Award|Challenge|Project)$"
)
_PRACTICE_NAMES = frozenset(PRACTICES.values())


def _gerund(verb: str) -> str:
    """The -ing form of a verb's base ("write" -> "writing", "plan" -> "planning")."""
    forms = [form for form in verb_forms(verb) if form.endswith("ing")]
    return forms[0] if forms else verb
