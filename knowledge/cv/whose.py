"""Whose skill a clause states, and when: the parts of a line that name no skill of the person.

A CV line may name a skill that is someone else's or not yet the person's:

- **about to learn**: "I am currently learning Spanish", "next year I will start a Xero
  course", "planning to train in counselling", "currently teaching myself Python", "Booked:
  phlebotomy course", "I have not mixed in Atmos yet", "lerne derzeit Spanisch", "Learning
  Dutch with an evening class", "Starting Welsh lessons in the autumn", "I have a place on a
  Stan workshop in March", "Imkerkurs ab März 2027 gebucht", "HNC - evenings, enrolled";
- **someone else's**: "my manager handles the Python scripts", "the payroll team, who use Sage",
  "worked alongside the finance team" (the team's work, not the person's), "worked alongside
  BSL interpreters" (the interpreters sign), "shearing is done
  by a contract gang", "sent to the lab and run by their technicians", "the illustrator drew
  the maps", "the printer, who binds in buckram", "the kitchen does all the cooking", "the
  team, who flew the scans", "Die Schafschur übernimmt ein Lohnscherer-Team", "the college
  tutors teach them";
- **not done at all**: "I do not use CAD", "I have never programmed a lighting desk";
- **a degree's or school exams' subject**: "BSc Mathematics, University of Leeds", "9 GCSEs incl.
  English and Maths" name qualifications; the skills they gave are those the CV names elsewhere.

Those parts are cut from the line before skills are read from it; the rest of the line still
counts ("Reconcile accounts; currently learning Xero" keeps reconciling accounts). A line about
spare time ("Weekends: volunteer climbing instructor", coaching the under-11s) is read as an
interest, like the lines of an interests section, and a line addressed to a machine reader of
the CV ("Note for the AI reviewer: ...") is an instruction, never evidence.
"""

from __future__ import annotations

import dataclasses
import re

from knowledge.cv.layout import Line
from knowledge.cv.machine import to_the_machine
from knowledge.cv.verbs import VERBS

# The end of a clause: a sentence's stop, a semicolon, a bar or a bullet.
_CLAUSE_END = r"(?=[.;!?|•]|$)"
# Something the person is about to learn or do, up to the end of its clause.
_FUTURE = re.compile(
    r"\b(?:(?:i\s+am|i'm|am|currently|now|still|just)\s+(?:also\s+)?(?:currently\s+|now\s+)?"
    r"(?:learning|starting to learn|studying for|training towards|working towards)|"
    r"started learning|(?:i|we)\s*(?:'ll|\s+will|\s+plan to|\s+hope to|\s+intend to|"
    r"\s+aim to|\s+am going to|\s+would like to|\s+want to)|"
    r"(?:planning|hoping|aiming|keen|looking)\s+to\s+(?:learn|train|study|take|start|begin|"
    r"move into|gain|develop|sit|do|get|complete|qualify|become|pass|retrain|finish)\b|"
    r"next\s+(?:year|month|term|spring|summer|autumn|winter)|"
    r"(?:enrolled|booked|signed up)\s+(?:on|for|onto)|to\s+start\s+in\s+(?:19|20)\d{2}|"
    # "I am down to mentor a trainee", "put my name down for a BSL class": a place taken
    r"(?:i\s+am|i'm|am)\s+down\s+(?:to|for)\s|put\s+(?:my|our)\s+names?\s+down\s+for|"
    # "currently teaching myself Python", "Booked: phlebotomy course", "not used it yet"
    r"(?:i\s+am|i'm|am|currently|now)\s+(?:currently\s+)?teaching\s+myself|"
    r"(?:booked|planned|learning next|coming up|geplant|gebucht|angemeldet)\s*:\s*\w+|"
    # "Starting a Level 3 employment law course", "studying AAT Level 4 (tax units next)"
    r"(?:starting|beginning|about to start|due to start)\s+(?:an?|the|my)\s+[^.;|]*?"
    r"\b(?:course|module|diploma|certificate|degree|apprenticeship|qualification)s?\b|"
    r"\bstudying\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+)?(?-i:[A-Z]{2,}|Level|level|diploma|"
    r"certificate|degree)|"
    r"(?:(?:have|has)\s+not|haven't|hasn't)\s+[^.;|]*?\byet|"
    # The same with no "I", as CVs write it: "Will begin a counselling course in May", "Would
    # like to train in phlebotomy", "Interested in learning bookkeeping", "Place confirmed on a
    # forklift course", "Applied for a PRINCE2 course".
    r"(?:^|(?<=[.;!?|•(])|(?<=\s[-–—]))\s*(?:will|would\s+(?:like|love)\s+to|"
    r"wish\s+to|hope\s+to|plan\s+to|intend\s+to|aim\s+to|want\s+to)\s|"
    r"interested\s+in\s+(?:learning|training|studying|taking\s+up|retraining)|"
    # A move the person only wishes for or has applied for: "Applying to train as a
    # paramedic", "Considering a move into occupational therapy", "Open to learning Salesforce",
    # "Offer to study nursing from September".
    r"(?:currently\s+|now\s+)?applying\s+(?:for|to)\s+(?=[^.;|]*?\b(?:place|course|train|"
    r"study|degree|diploma|apprenticeship|qualification|programme|retrain)\b)|"
    r"considering\s+(?:a\s+)?(?:move|moving|career|retraining|training|switch)|"
    r"(?:interested|keen)\s+(?:in|on)\s+(?:moving|a\s+move|a\s+career|retraining|"
    r"switching|a\s+switch)|open\s+to\s+(?:learning|training|retraining|moving)|"
    r"(?:an?\s+)?offer\s+(?:of\s+a\s+place\s+)?to\s+(?:study|train|read)\b|"
    r"(?:provisional|conditional|unconditional)\s+(?:place|offer)\b|"
    r"\bnot\s+(?:done|started|taken|begun|tried)\s+(?:it\s+|them\s+)?yet\b|"
    r"(?:place|spot|seat)\s+(?:confirmed|booked|secured|reserved|offered)\s+on|"
    r"applied\s+(?:for|to)\s+(?:an?|the|my)\s+(?=[^.;|]*?\b(?:course|diploma|certificate|"
    r"degree|apprenticeship|qualification|training)\b)|"
    r"(?:lerne|erlerne)\s+(?:derzeit|gerade|zurzeit|aktuell)|ab\s+nächstem\s+jahr|"
    r"(?:ist|sind)\s+geplant|in\s+planung|"
    # "Ab Herbst 2025: Fortbildung ...": a line labelled by the date something starts
    r"^[\s*•·-]*ab\s+(?:\w+\s+)?(?:19|20)\d{2}\s*:\s*\w+)\b.*?" + _CLAUSE_END,
    re.IGNORECASE,
)
# A clause that opens on learning or starting something and says how or when it is learnt
# ("Learning Dutch with an evening class", "Starting Welsh lessons in the autumn", "I'm
# starting BSL level 1 at the college in September"); "Learning support" and the like name work.
_LEARNING = re.compile(
    r"(?:^|(?<=[.;!?|•(])|\b(?:i'm|i\s+am|and|but|also)\b)\s*(?:learning|starting|beginning|"
    r"taking\s+up)\s+(?!support|disabilit|difficult|mentor|outcomes?\b|resources?\b|needs\b|"
    r"and\b|&|salary|point)"
    r"(?=[^.;!?|•]*?\b(?:lessons?|class(?:es)?|courses?|evening|night school|level\s*\d|"
    r"at\s+(?:the\s+|a\s+)?(?:college|university|night school)|in\s+(?:the\s+)?(?:spring|summer|"
    r"autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d{2}))\b)" + r".*?" + _CLAUSE_END,
    re.IGNORECASE,
)
# A place on a course, and a German clause that ends on its being booked or planned ("I have
# a place on a Stan workshop in March", "Imkerkurs ab März 2027 gebucht", "geplant 2027
# Meisterschule, danach ..."): not yet the person's.
_BOOKED = re.compile(
    r"\b(?:have|has|got|been\s+(?:offered|given))\s+a\s+place\s+on\b(?=[^.;!?|•]*?\b(?:course|"
    r"workshop|programme|program|module|training|apprenticeship|scheme|class)\b).*?"
    + _CLAUSE_END
    + r"|(?:^|(?<=[.;!?|•]))[^.;!?|•]*\b(?:gebucht|geplant|angemeldet|vorgesehen)\s*(?=[.;!?|•]|$)"
    r"|\b(?:geplant|gebucht|angemeldet|vorgesehen)\s+(?:(?:ab|für|im|in)\s+)?(?:\w+\s+)?"
    r"(?:19|20)\d{2}\b.*?" + _CLAUSE_END,
    re.IGNORECASE,
)
# A list item whose note says it is still to come or barely used: "injection therapy (course
# booked for 2025)", "Power BI (reading reports only)"; the item and its note go together.
_STILL_TO_COME = (
    r"(?:booked|planned|starting|starts|to start|from next|next (?:year|month|term)|not yet|"
    r"in progress|(?:reading|viewing|view)(?: \w+)? only|read-only|geplant|ab (?:19|20)\d{2})"
)
_NOTED_ITEM = re.compile(
    # A noted item opening the line takes the where and when after its dash with it
    # ("Work placement (booked) - Ashgrove Primary, summer term").
    rf"^[^,;|•:()]*\((?=[^)]*\b{_STILL_TO_COME}\b)[^)]*\)\s+[-–—]\s[^;|•]*"
    rf"|(?:^|(?<=[,;|•:]))[^,;|•:()]*\((?=[^)]*\b{_STILL_TO_COME}\b)[^)]*\)"
    # The same note after a spaced dash: "EV charge point installation - booked for January".
    r"|(?:^|(?<=[,;|•:]))[^,;|•:()]*\s[-–—]\s+(?:booked|planned|starting|starts|to start|"
    r"not yet|in progress|geplant|asked for|requested|applied for|hoping|hope to|maybe|"
    r"perhaps|next (?:year|month|term)|want to|would (?:like|love) to|one day|"
    r"not (?:started|done|begun|tried)(?: it| them)? yet)\b[^,;|•]*"
    # Or after a comma, as a terse list writes it: "CSCS Level 2, started, paused".
    r"|(?:^|(?<=[,;|•:]))[^,;|•:()]*,\s*(?:started|booked|planned|in progress|not finished|"
    r"unfinished)(?:,\s*(?:paused|on hold|not finished|unfinished))?(?=\s*(?:[,;|•]|$))"
    # Or enrolled on, perhaps with when it starts: "HNC Electrical - evenings, enrolled,
    # starts Jan.".
    r"|(?:^|(?<=[,;|•:]))[^,;|•:()]*,\s*enrolled"
    r"(?:,\s*(?:starts?|starting|begins?)\s+[\w.]+)?\.?(?=\s*(?:[,;|•]|$))",
    re.IGNORECASE,
)
# People other than the person, and what they do in a clause of their own.
_OTHERS = (
    r"(?:manager|boss|colleagues?|team|teams|supervisor|director|partners?|clients?|"
    r"engineers?|developers?|department|contractors?|staff|husband|wife|group|unit|lab|"
    r"father|mother|dad|mum|parents|brother|sister|son|daughter|accountant|bookkeeper|"
    r"kitchen|bar|crew|gang|firm|company|co-op|charity)"
)
_THEIR_VERBS = (
    r"(?:uses?|used|handles?|handled|runs?|ran|do|does|did|owns?|owned|looks? after|looked after|"
    r"takes? care of|took care of|writes?|wrote|builds?|built|manages?|managed|maintains?|"
    r"maintained|deals? with|dealt with|covers?|covered|puts?|sells?|sold|makes?|made|"
    r"installs?|installed|provides?|provided|supplies|supplied)"
)
# "my manager handles the Python scripts", "our developers wrote the app", "the kitchen does
# all the cooking": a clause whose subject is someone else.
_THEIR_CLAUSE = re.compile(
    rf"(?:^|(?<=[,;:.(])|\b(?:and|but|while|whereas)\b)\s*(?:my|our|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_OTHERS}\s+{_THEIR_VERBS}\b.*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# What visitors bring and work themselves, or what the CV says is not the person's: "Some acts
# bring an Ableton rig, which their own musicians operate", "The lighting is not mine: ...".
_THEIRS = re.compile(
    r"(?:^|(?<=[,;:.(]))[^,;:.(]*\b(?:(?:some|many|most|visiting|touring|other)\s+(?:acts|bands|"
    r"artists|performers|musicians|clients|customers|guests|visitors|companies|teams|users)\s+"
    r"(?:bring|use|run|have|own|operate)|(?:is|are|was|were)\s+(?:not\s+mine|his|hers|theirs))\b"
    r".*?(?=[.;!?|•]|$)",
    re.IGNORECASE,
)
# German, the other person after the verb or before it: "Die Buchhaltung macht mein Vater mit
# DATEV", "Meine Kollegin betreut den Onlineshop": the whole sentence is someone else's work.
_THEIRS_DE = re.compile(
    r"(?:^|(?<=[.;!?]))[^.;!?]*\b(?:(?:macht|machen|erledigt|erledigen|übernimmt|übernehmen|"
    r"führt|führen|betreut|betreuen|nutzt|nutzen|verwendet)\s+(?:mein|meine|unser|unsere)|"
    r"(?:mein|meine|unser|unsere)\s+(?:vater|mutter|mann|frau|eltern|bruder|schwester|sohn|"
    r"tochter|chef|chefin|kollegin|kollege|kollegen|partner|partnerin|steuerberater(?:in)?)\s+"
    r"(?:macht|erledigt|übernimmt|führt|betreut|nutzt|verwendet|kümmert))\b.*?(?=[.;!?|•]|$)",
    re.IGNORECASE,
)
# German, a team or firm after the verb of taking work on, in a sentence the person is not
# the subject of: "Die Schafschur übernimmt jedes Frühjahr ein Lohnscherer-Team",
# "Lackierarbeiten übernahm das Karosserieteam".
_TEAM_DOES_DE = re.compile(
    r"(?:^|(?<=[.;!?]))(?![^.;!?]*\bich\b)[^.;!?]*\b(?:übernimmt|übernahm|übernehmen|übernahmen|"
    r"macht|machte|machen|erledigt|erledigte|erledigen)\b[^.;!?]*?\b(?:der|die|das|ein|eine|einer)"
    r"\s+[\w-]*(?:team|firma|kolonne|betrieb|dienst|werkstatt)\b.*?(?=[.;!?|•]|$)",
    re.IGNORECASE,
)
# German, one colleague named after the verb of the work, the object first: "Die Gutachten
# übernimmt bei uns der Partner, Herr Kessler", "Treppen baut bei uns der Kollege": up to the
# clause where the person speaks again ("..., da helfe ich nur beim Einbau").
_COLLEAGUE_DOES_DE = re.compile(
    r"(?:^|(?<=[.;!?]))[^.;!?,]*\b[a-zäöüß]+t\s+(?:(?:bei uns|hier|dort|immer|meist|"
    r"inzwischen)\s+)*(?:der|die|unser|unsere)\s+(?:Kollege|Kollegin|Partner|Partnerin|Chef|"
    r"Chefin|Inhaber|Inhaberin|Meister|Meisterin|Steuerberater|Steuerberaterin|Geselle|"
    r"Gesellin|Juniorchef|Juniorchefin)\b[^.;!?,]*(?:,\s*(?:Herr|Frau)\s+[\w-]+)?",
)
# "Kept the books for 35 clients: sole traders, a dental practice and a charity", "45
# Mandanten: Handwerksbetriebe, Arztpraxen": the kinds of client served, not work.
_KINDS_SERVED = re.compile(
    r"\b(?P<keep>\d+\s+(?:[\w-]+\s+){0,2}?(?:clients|customers|accounts|businesses|households|"
    r"mandanten|kunden|kundinnen|betriebe))\s*:\s*[^;|•]*?(?=[;|•]|\.\s|\.$|$)",
    re.IGNORECASE,
)
# A registration held ("Registered with the national register of ...", "I am registered with
# the county council for tattooing"): like a licence, it attests work, it is not work.
_REGISTERED = re.compile(rf"\bregistered\s+with\b.*?{_CLAUSE_END}", re.IGNORECASE)
# "Shearing is done by a contract gang": work others do for the person, in its own clause.
# The same after "and", the verb of the work and another person or group named as its doer
# ("... sent to the county lab and run by their technicians", "... and checked by the
# district ecologist"): a method after "by" ("by hand", "by gas chromatography") is no doer.
_DONE_BY_OTHERS = re.compile(
    # The subject may hold a bracketed list ("The big jobs (re-roofing, the chimney stacks) are
    # done by ..."): the list is the others' work too.
    r"(?:^|(?<=[,;:.(]))(?:[^,;:.(]|\([^()]*\))*\b(?:(?:is|are|was|were|gets?|got)\s+(?:(?:done|handled|"
    r"carried out|covered)\s+by\s+(?!me\b|myself\b)|outsourced|contracted out|bought in)|"
    r"(?:is|are|was|were|and)\s+(?:then\s+)?(?:done|run|handled|carried out|covered|built|made|"
    r"written|checked|analy[sz]ed|processed|prepared|installed|fitted|maintained|managed|led|"
    r"graded|edited|taught|delivered|cooked)\s+by\s+(?:(?:the|a|an|their|its|his|her|our|"
    r"[\w-]+'s)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+(?:er|or|ist|ian|ant|ent)s?|staff|team|crew|"
    r"gang|lab|laboratory|company|firm|colleagues?|volunteers)\b)"
    rf"\b.*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# Work passed to someone else: "refer colouring and perms to the salon next door", "signpost
# tenants to debt advice": what is referred is the other's practice, not the person's.
_REFERRED = re.compile(
    rf"\b(?:refer(?:s|red|ring)?|signpost(?:s|ed|ing)?)\s+(?!to\b|back\b)[^.;!?|•]*?\bto\b"
    rf".*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# Work watched at another's side: "Shadowed the pharmacist on medication reviews", "shadowing
# our senior surveyor on dilapidations": what is watched is the other's practice.
_SHADOWED = re.compile(
    rf"\bshadow(?:s|ed|ing)?\s+(?:the|a|an|our|my|their|two|three|several)\s+.*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# "our sound designer scores each film in Reaper", "my co-author runs the models", "the
# illustrator drew the maps": a clause whose subject is another person named by their trade
# (an agent noun) and a verb, in the present, in "-ed" or a common irregular past.
_THEIR_TRADE_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:.(])|\b(?:and|but|while|whereas)\b)\s*(?i:my|our|the)\s+(?:[\w-]+\s+)?"
    r"[\w-]+(?:er|or|ist|ian)\s+(?:also\s+|then\s+)?(?:[a-z]+(?:s|ed)\b(?<!ss\b)|"
    r"(?:built|made|wrote|ran|did|took|kept|led|drew|cut|gave|sold|shot)\b)"
    rf".*?{_CLAUSE_END}",
)
# The end of a clause, or where the person speaks again ("the tutors teach them, I book the
# rooms"; "I do not draw them, I read them").
_OWN_CLAUSE_END = r"(?=[.;!?|•)]|,\s+(?i:i|we)\b|$)"
# Other people named by a trade whose word has no agent ending ("the accountants used Sage",
# "the chef does the butchery"), as the subject of a clause of their own.
_THEIR_PEOPLE_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:.(])|\b(?:and|but|while|whereas|when)\b)\s*(?i:my|our|the|their)\s+"
    r"(?:[\w-]+\s+)?(?i:accountants?|consultants?|assistants?|attendants?|agents?|chefs?|cooks?|"
    r"vets?|nurses?|surgeons?|mechanics?|midwife|midwives|architects?|GPs?|medics?|paramedics?)"
    r"\s+(?:also\s+|then\s+|mostly\s+|usually\s+|always\s+)?(?P<verb>[a-z]+)\b"
    rf".*?{_OWN_CLAUSE_END}",
)
_PLAIN_VERBS = {
    "use",
    "uses",
    "used",
    "do",
    "does",
    "did",
    "look",
    "looks",
    "looked",
    "has",
    "have",
}


def _their_work(found: re.Match[str]) -> str:
    """The clause cut when the word after the people is a verb ("the chef does")."""
    verb = found.group("verb")
    return (
        " "
        if verb in _PLAIN_VERBS or (verb in VERBS and not verb.endswith("ing"))
        else found.group(0)
    )


# What the person says they do not do: "I do not use CAD", "I have never programmed a
# lighting desk", "(I didn't teach there.)", "i never did any": the clause names no skill of
# theirs. "haven't stopped" says they still do it.
_NOT_DONE = re.compile(
    r"\b(?:i|we)\s*(?:do\s+not|don't|did\s+not|didn't|have\s+never|'ve\s+never|had\s+never|"
    r"never|cannot|can't|can\s+not|would\s+not|wouldn't)\s+(?!stopped\b|stop\b|miss)"
    rf".*?{_OWN_CLAUSE_END}",
    re.IGNORECASE,
)
# The same in German, where "nicht" closes the clause the person speaks in ("Elektroarbeiten
# mache ich nicht", "dort war ich nicht tätig"); "nicht nur" ("not only") says they do it.
_NOT_DONE_DE = re.compile(
    r"(?:^|(?<=[.;!?|•]))[^.;!?|•]*?\b(?:ich|wir)\b[^.;!?|•]*?\bnicht\b(?!\s+nur\b)"
    rf"[^.;!?|•]*{_CLAUSE_END}",
    re.IGNORECASE,
)
# People named by their trade in the plural and what they do ("the college tutors teach
# them", "while the climbers did the tree work", "the brewers ran the mash"): the verb in its
# base form or past, as the plural takes it. Who they are to the person may come between
# ("the editors I work with mostly cut in ..."), and an adverb of how often.
_THEIR_TRADES_CLAUSE = re.compile(
    r"(?:^|(?<=[,;:.(])|\b(?:and|but|while|whereas|when)\b)\s*(?i:my|our|the|their)\s+"
    r"(?:[\w-]+\s+)?[\w-]+(?:er|or|ist|ian)s\s+"
    r"(?:(?:(?i:who|that)\s+)?(?i:i|we)\s+(?:work|worked|deal|dealt)\s+(?:with|for|alongside)\s+)?"
    r"(?:also\s+|then\s+|mostly\s+|usually\s+|often\s+|generally\s+|mainly\s+)?"
    r"(?P<verb>[a-z]+)\b"
    rf".*?{_OWN_CLAUSE_END}",
)


def _theirs_in_plural(found: re.Match[str]) -> str:
    """The clause cut when its word after the people is a verb ("the tutors teach")."""
    verb = found.group("verb")
    plural_verb = verb in VERBS and not verb.endswith("s") and not verb.endswith("ing")
    return " " if plural_verb or verb in {"do", "did"} else found.group(0)


# What the people served do or need, not what the person does: "I help people get back to
# washing, dressing, cooking", "helped with daily living, budgeting and appointments", an
# assessment of "washing, dressing, cooking".
_THEIR_DAILY_LIVING = re.compile(
    r"(?:\bhelp(?:s|ed|ing)?\s+(?:(?:[\w-]+\s+){0,3}?(?:people|clients|patients|residents|"
    r"service users|tenants|learners|families|children|adults|them|him|her)\s+(?:to\s+)?"
    r"(?:get back to|go back to|return to|back to|with|manage)|with\s+(?:their\s+)?"
    r"(?:daily living|everyday living|everyday tasks))\b|\bwashing,\s+dressing\b)"
    rf".*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# "the payroll team, who use Sage", "the team of six who ran the front desk": what a group
# does, in its relative clause.
# After a comma ("I train our eight volunteers, who list photographs and transcribe parish
# records", "the stewards, who marshal the car parks"), any verb: the clause is about them.
_THEIR_RELATIVE = re.compile(
    r"\b(?P<keep>(?:team|teams|colleagues|staff|department|engineers|developers|contractors|"
    r"volunteers|people|carers|workers|officers|crew)(?:\s+of\s+(?:\d+|[a-z]+))?)"
    rf",?\s+(?:who|which|that)\s+{_THEIR_VERBS}\b.*?{_CLAUSE_END}"
    # After a comma, any people named in the plural and any verb: the clause is about them.
    rf"|\b(?P<people>[a-z][\w-]*[a-z]s|team|crew|gang|staff|department|unit|office),\s+who\s+(?:\w+\s+)?[a-z]+\b.*?{_CLAUSE_END}"
    # One person named by their trade ("for the printer, who binds in buckram"): the same.
    rf"|\b(?P<trade>[a-z][\w-]*(?:ist|er|or|ian)),\s+who\s+(?:\w+\s+)?[a-z]+\b.*?{_CLAUSE_END}",
    re.IGNORECASE,
)
# "worked alongside the payroll team": the team's name names its work, not the person's.
_THEIR_TEAM = re.compile(
    r"\b(?P<keep>(?:alongside|beside|next to|together with|with|for|from|to|supporting|"
    r"supported)\s+(?:the|our|a|an|their))\s+(?:[\w&-]+\s+){1,3}?"
    r"(?=(?:team|teams|department|unit|function|club|society|committee)\b)",
    re.IGNORECASE,
)
# "worked alongside BSL interpreters": what names the people beside the person is their trade.
_BESIDE_TRADE = re.compile(
    r"\b(?P<keep>(?:alongside|beside|next to|together with)\s+(?:(?:the|our|their|a|an)\s+)?)"
    r"(?:[\w&-]+\s+){1,2}?(?=[a-z][\w-]*(?:ers|ors|ists|ians)\b)",
    re.IGNORECASE,
)
# Words before "team" that say how big or whose it is, not what work it does.
_PLAIN_TEAM = re.compile(
    r"^(?:(?:small|whole|large|big|new|wider|same|core|local|own|entire|busy|growing|great|"
    r"friendly|full|multidisciplinary|multi-disciplinary|cross-functional|\d+-strong)\s+)+$",
    re.IGNORECASE,
)


# A degree and its subject at the start of a line: "BSc (Hons) Mathematics, ...".
_DEGREE = re.compile(
    r"^[\s*•·-]*(?:B\.?Sc|M\.?Sc|B\.?A|M\.?A|B\.?Eng|M\.?Eng|Ph\.?D|D\.?Phil|M\.?Phil|LLB|LLM|"
    r"B\.?Ed|MBA|HND|HNC|(?:Bachelor|Master)(?:'s|’s)?(?:\s+(?:of\s+\w+|degree))?|"
    r"Diplom(?:-\w+)?|Magister)\.?(?:\s*\((?:Hons?|Honours)\))?\s+(?:in\s+|of\s+)?(?=[A-Z])[^,;(|]*",
)
# School qualifications and their subjects: "9 GCSEs incl. English and Maths", "A levels in
# French and History" name qualifications, up to a semicolon or a bar ("incl." is no stop).
_SCHOOL_EXAMS = re.compile(
    r"\b(?:\d+\s+)?(?:I?GCSEs?|A[- ]?[Ll]evels?|AS[- ][Ll]evels?|O[- ][Ll]evels?|Highers|"
    r"Leaving Cert(?:ificate)?)\b[^;|]*",
)
# Time outside work: a line about it is an interest ("Weekends: volunteer climbing instructor").
_LEISURE = re.compile(
    r"\b(?:in my (?:spare|free|own) time|as a hobby|for fun|outside (?:of )?work|"
    r"outside (?:of )?(?:my|the) (?:work|job|day job|working hours)|away from (?:work|the job)|"
    r"in meiner freizeit|in der freizeit)\b|^[\s*•·-]*(?:weekends?|am wochenende)\s*:"
    # "Personal interests - photography": a label of spare time, however it is marked.
    r"|^[\s*•·-]*(?:personal\s+|other\s+|outside\s+)?(?:interests|hobbies|pastimes|hobbys|"
    r"interessen|freizeit|likes|leisure)\s*[-–—:]"
    # "Interests include birdwatching", "When not at work I paint": spare time in a sentence.
    r"|\b(?:my\s+)?interests\s+(?:include|including|are)\b"
    r"|\bwhen\s+(?:i'm\s+|i\s+am\s+)?not\s+(?:at\s+work|working|on\s+shift)\b",
    re.IGNORECASE,
)
# Coaching or playing in a children's or amateur sports side is spare time, whatever the day
# ("Coach the under-11s at the cricket club on Saturdays").
_SPORTS_SIDE = re.compile(
    r"\b(?:coach|coaches|coaching|play|plays|playing|captain|captaining)\b[^.;]*?"
    r"\b(?:under[- ]?\d{1,2}s|u\d{1,2}s|(?:football|cricket|rugby|netball|hockey|tennis|running|"
    r"swimming|cycling|rowing|golf|basketball|volleyball)\s+(?:club|team|squad|side))\b",
    re.IGNORECASE,
)


def not_mine(text: str) -> str:
    """The text without the parts that name someone else's skill or one not yet the person's."""
    cut = _SCHOOL_EXAMS.sub(_exams_taken, _DEGREE.sub(" ", text))
    cut = _FUTURE.sub(" ", _NOTED_ITEM.sub(_noted_item, cut))
    cut = _BOOKED.sub(" ", _LEARNING.sub(" ", cut))
    cut = _DONE_BY_OTHERS.sub(" ", _THEIR_CLAUSE.sub(" ", cut))
    cut = _REFERRED.sub(" ", _THEIR_TRADE_CLAUSE.sub(" ", _SHADOWED.sub(" ", cut)))
    cut = _THEIR_DAILY_LIVING.sub(" ", _THEIRS_DE.sub(" ", _THEIRS.sub(" ", cut)))
    cut = _COLLEAGUE_DOES_DE.sub(" ", _TEAM_DOES_DE.sub(" ", cut))
    cut = _REGISTERED.sub(" ", _KINDS_SERVED.sub(lambda found: found.group("keep"), cut))
    cut = _NOT_DONE_DE.sub(" ", _NOT_DONE.sub(" ", cut))
    cut = _THEIR_TRADES_CLAUSE.sub(_theirs_in_plural, cut)
    cut = _THEIR_PEOPLE_CLAUSE.sub(_their_work, cut)
    cut = _THEIR_RELATIVE.sub(
        lambda found: found.group("keep") or found.group("people") or found.group("trade"), cut
    )
    cut = _BESIDE_TRADE.sub(lambda found: found.group("keep"), _THEIR_TEAM.sub(_team_named, cut))
    if cut == text:
        return text
    cut = re.sub(r"\s+([.,;:)])", r"\1", " ".join(cut.split()))
    return re.sub(r"([.,;:])(?:\s*[.,;:])+", r"\1", cut).strip(" ,;:|")


# "taught GCSE maths", "teach A-level French": the class taught, not the person's exams.
_TEACHING_BEFORE = re.compile(
    r"\b(?:teach(?:es|ing)?|taught|tutor(?:s|ed|ing)?|lectur(?:e|es|ed|ing))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _exams_taken(found: re.Match[str]) -> str:
    """School exams and their subjects cut, unless they name what the person teaches."""
    before = found.string[: found.start()]
    return found.group(0) if _TEACHING_BEFORE.search(before) else " "


def _team_named(found: re.Match[str]) -> str:
    """ "with the payroll team" -> "with the team"; "for the whole team" stays."""
    named = found.group(0)[len(found.group("keep")) :]
    return found.group(0) if _PLAIN_TEAM.match(named.strip() + " ") else found.group("keep") + " "


def _noted_item(match: re.Match[str]) -> str:
    """A noted item cut, unless it is work the person does, told with its verb first:
    "Chair our monthly members meeting (hybrid, with BSL interpreters booked)" says how the
    meeting runs, not that chairing it is still to come."""
    words = match.group(0).strip(" ,;|•:").split()
    first = words[0].lower() if words else ""
    doing = len(words) > 1 and first in VERBS and words[1][:1].islower()
    doing = doing and not first.endswith(("ing", "ed"))
    return match.group(0) if doing else " "


# A line labelled as still to come ("Booked: WSET Level 3 (March)", "Next: a web course,
# January", "Geplant: Meisterschule"): its body, read apart from the label, is no evidence.
_TO_COME_LABEL = re.compile(
    r"^[\s*•·-]*(?:booked|planned|next|coming up|up next|learning next|upcoming|"
    r"geplant|gebucht|angemeldet|demnächst)\s*:",
    re.IGNORECASE,
)


def own_part(line: Line) -> Line:
    """The line with only what it says of the person's own present skills."""
    if to_the_machine(line.text) and line.kind != "heading":
        return dataclasses.replace(line, section="interests")
    if _TO_COME_LABEL.match(line.text) and line.kind != "heading":
        return dataclasses.replace(line, section="plans")
    leisure = _LEISURE.search(line.text) or _SPORTS_SIDE.search(line.text)
    if leisure and line.kind != "heading":
        before = _before_sentence(line.text, leisure.start())
        if not before:
            return dataclasses.replace(line, section="interests")
        # "Worked as a warehouse operative, drove forklifts. In my spare time I coach
        # football.": only the sentences from the one about spare time on are interests.
        line = dataclasses.replace(line, text=before, body=before)
    text = not_mine(line.text)
    if text == line.text:
        return line
    return dataclasses.replace(line, text=text, body=not_mine(line.body))


def _before_sentence(text: str, at: int) -> str:
    """The text before the sentence that holds position ``at`` ("" when it is the first)."""
    ends = [end.end() for end in re.finditer(r"[.!?]\s+(?=[A-Z])", text) if end.end() <= at]
    return text[: ends[-1]].strip() if ends else ""
