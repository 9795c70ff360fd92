"""Lines and names that are never a skill: contact lines and addresses, job titles, and the
names of employers, schools and public bodies."""

from __future__ import annotations

import re

_CONTACT = re.compile(
    r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b(?:linkedin|github|gitlab)\.com\b|"
    r"(?:^|\s)@[\w.]{3,}|"  # a social media handle
    r"(?:\+|\b0)\d[\d ()/-]{7,}\d|\(\d{3}\)\s*\d{3}|"
    r"^(?:e-?mail|phone|tel(?:efon)?|mobile?|handy|address|adresse|location|wohnort|name|"
    r"anschrift|geboren|born|nationality|staatsangehörigkeit)\b",
    re.IGNORECASE,
)
# A postcode (UK "BF2 7LL", German "58332 Ellerbach") or a street and its number; in capitals
# as written, so "Training 3 staff" is no street.
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|^\d{5}\s+[A-ZÄÖÜ][a-zäöüß]|"
    r"^[A-ZÄÖÜ][a-zäöüß-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm)\s+\d+\w?$"
)

ORG = re.compile(
    r"\b(?:ltd|limited|inc|llc|llp|plc|gmbh|ag|e\.v\.|kg|sarl|s\.a\.|corp|company|co\.|"
    r"university|universität|hochschule|college|school|schule|academy|akademie|institute|"
    r"institut|hospital|klinik|krankenhaus|trust|council|ministry|ministerium|agency|"
    r"department|bureau|foundation|stiftung|association|verein|group|studio|partners|"
    r"services|solutions|consulting|centre|center)\b"
    # "Brandt & Söhne", "Hale & Sons", "Kindle & Co": a family firm's name.
    r"|&\s*(?:sons|söhne|co|partner|partners|daughters|töchter)\b",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(
    r"\b(?:manager|director|head|lead|officer|assistant|engineer|developer|designer|nurse|"
    r"teacher|lecturer|analyst|consultant|coordinator|co-ordinator|specialist|technician|"
    r"electrician|plumber|carpenter|writer|editor|journalist|reporter|researcher|scientist|"
    r"fellow|intern|trainee|apprentice|volunteer|organiser|organizer|administrator|clerk|"
    r"supervisor|worker|practitioner|therapist|physiotherapist|midwife|carer|owner|founder|"
    r"co-founder|partner|associate|advisor|adviser|executive|representative|rep|coach|tutor|"
    r"chef|cook|photographer|producer|architect|accountant|bookkeeper|secretary|inspector|"
    # Who holds a thing ("allotment holder", "season ticket holder"), not what they do.
    r"holder|"
    r"leiter(?:in)?|mitarbeiter(?:in)?|referent(?:in)?|pfleger(?:in)?|fachkraft|"
    r"lehrer(?:in)?|berater(?:in)?|ingenieur(?:in)?|entwickler(?:in)?|gesch[äa]ftsführer(?:in)?|"
    r"sachbearbeiter(?:in)?|krankenschwester|erzieher(?:in)?|chef de \w+|responsable|"
    r"stagiaire)s?\b",
    re.IGNORECASE,
)


def is_contact(line: str) -> bool:
    """An e-mail address, a link, a phone number or an address label."""
    return bool(_CONTACT.search(line) or _ADDRESS.search(line))


_GERMAN_ROLE = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:erin|tin|rin|frau|mann|kraft|beauftragter?|leiter|meister|"
    r"angestellter?|fachwirt|wirtin|trainer|berater|prüfer)$"
)


def is_title(name: str) -> bool:
    """A job or role title ("Learning Officer", "fire warden", "Praxisanleiterin"), not a skill."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    return bool(
        TITLE_WORDS.fullmatch(last) or re.fullmatch(r"wardens?", last, re.IGNORECASE)
    ) or bool(len(words) <= 2 and any(_GERMAN_ROLE.match(word) for word in words))


def is_organisation(name: str) -> bool:
    """An employer's, school's or body's name ("University of Carrow Point",
    "Lessing-Gymnasium Lindenfeld", "Landkreis Moorhausen"), not a skill: a name of capitalised
    words holding a word for an organisation."""
    words = name.split()
    capitalised = sum(word[:1].isupper() for word in words)
    if len(words) >= 2 and words[0][:1].isupper() and _PLACE_OF_STUDY.fullmatch(words[-1]):
        return True  # "Bournemouth college": a town's school, its last word in lower case
    if len(words) == 1 and _GERMAN_BUSINESS.fullmatch(name):
        return True  # "Vertragswerkstatt", "Gasthausbrauerei": the kind of firm worked for
    if len(words) < 2 or capitalised * 3 < len(words) * 2:
        return False
    return bool(ORG.search(name) or _GERMAN_ORG.search(name))


#: A German compound naming a kind of firm by its last part ("Handwerksbäckerei",
#: "Elternbetrieb", "Fundbüro") or a vocational school ("Berufsschule"): where the work was
#: done, not the work. Other schools are left alone: a "Baumschule" is a tree nursery.
_GERMAN_BUSINESS = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:betrieb|brauerei|bäckerei|konditorei|metzgerei|gärtnerei|"
    r"schreinerei|tischlerei|werkstatt|kanzlei|praxis|büro)|"
    r"(?:[A-ZÄÖÜ][a-zäöüß-]*)?(?:[Bb]erufs|[Ff]ach)schule"
)
_PLACE_OF_STUDY = re.compile(r"college|school|university|hospital|academy", re.IGNORECASE)


_GERMAN_ORG = re.compile(
    r"(?:gymnasium|schule|institut|kammer|amt|gericht|verein|verband|landkreis|kreis|stadt|"
    r"gemeinde|klinikum|praxis|kanzlei|zentrum)\b",
    re.IGNORECASE,
)


# A course, an award or the body that gives it ("City & Guilds Bakery", "Organising Academy",
# "Sachkundenachweis Pflanzenschutz", "Meisterkurs Gemüsebau"): the name of a qualification.
_QUALIFICATION_NAME = re.compile(
    r"\b(?:city\s*(?:&|and)\s*guilds|apprenticeship|academy|akademie|meisterkurs|"
    r"meisterschule|lehrgang|[\wäöüß]*nachweis|zertifikat|[\wäöüß]+-ausbildung|kurs)\b",
    re.IGNORECASE,
)


def names_qualification(name: str) -> bool:
    """A course, an award or an awarding body named with its subject, not the skill itself."""
    return bool(_QUALIFICATION_NAME.search(name))


#: A year, or a word for an organisation, before the last part of a line.
_ROLE_LINE = re.compile(r"\b(?:19|20)\d{2}\b")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}$")
#: One or two capitalised words (a year may follow: "Stepney 2015"), then the line's end or
#: a separator before the next cell.
_LAST_PART = re.compile(r",\s*([A-ZÄÖÜ][\w'&.-]*(?:\s[A-Z0-9][\w'&.-]*)?)\s*(?:[|–—-].*)?$")


def closes_employer_line(name: str, line: str) -> bool:
    """``name`` is the last comma part of a role's line ("Python Plant Hire Ltd, Inverness",
    "2016 Praktikum, Stiftung Dialog, Talbruck"): the place of the employer just named, not a
    skill. A role's line holds a year or a word for an organisation before that part."""
    last = _LAST_PART.search(line)
    if last is None or _YEAR_AFTER.sub("", last.group(1)) != _YEAR_AFTER.sub("", name):
        return False
    before = line[: last.start()]
    return bool(_ROLE_LINE.search(line) or ORG.search(before))
