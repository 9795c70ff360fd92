"""A role said as the person's current work, in the person's words.

People answer the setting question with what they do: "plasterer. self employed", "Social
worker, county council", "I'm a paralegal at a 400-person law firm", "tech - QA tester at a
software house in warsaw". A role is a noun phrase whose head names a doer: a word with a
doer's ending (roofer, instructor, florist, analyst, technician, engineer, locksmith) or one
of the few common role words without one (nurse, chef, physio, midwife, barista). The role
is the phrase cut before where or for whom the work is done ("at/for/with/in <employer or
place>") and stripped of how it is employed ("self employed", "freelance") and of greetings.

Said plainly ("I'm a ...", "I work as ...", or alone as a clause of its own), a role is the
person's current work as surely as at the activities question. Work that was, that is only
planned or hoped for, or that is someone else's stays out: a wrong activity is worse than a
question. An employer or a place said alone ("the county council", "a big rail company") has
no role head and is not read here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.interviewer.reading import greetings, names, own_work, work_verbs
from agent.interviewer.reading.name_cues import DOES_WORK, TRADE
from agent.interviewer.reading.types import Reading

#: The endings of a doer's word: roofer, instructor, florist, analyst, technician, engineer.
#: A worker named by "-man" or "-woman" is one too: longshoreman, linesman, foreman.
_DOER = re.compile(r"[a-z]{2,}(?:er|or|ist|yst|ian|eer|smith|wright)s?|[a-z]{3,}(?:wo)?m[ae]n")
#: Role words with no doer's ending.
_ROLE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "nurse chef cook physio vet medic paramedic mechanic clerk midwife surgeon paralegal "
        "barista nanny pilot coach guide dev assistant consultant accountant attendant servant "
        "merchant agent celebrant sergeant handyman tradesman fisherman postman craftsman "
        "hygienist optician sparky sparkie chippy chippie brickie tradie postie cabbie "
        "concierge locum doula waitress hostess seamstress actress treasurer "
        # everyday heads of a title: "HR executive", "school secretary", "sales rep"
        "executive secretary representative rep associate apprentice intern trainee steward "
        "stewardess warden bailiff sheriff",
    )
)
#: Role words that need the trade before them: "lab tech", never "tech" alone.
_TRADE_OF = frozenset({"tech", "techie"})
#: Words of a doer's form that name no role: things, times, relatives, people who are not
#: working, and the settings and ties of the setting question itself.
_NOT_ROLE = frozenset(
    re.findall(
        r"\S+",
        "other another mother father brother sister daughter partner member user customer "
        "number order paper centre center corner water letter matter quarter after never "
        "later ever under over either neither whether rather together better power weather "
        "winter summer sector senior junior major minor factor error interior exterior mirror "
        "floor door colour color honour honor favour favor labour labor humour humor neighbour "
        "neighbor visitor donor list wrist mist twist assist exist resist insist persist "
        "consist fist gist carer caregiver career computer printer dinner chamber border offer "
        "answer shower tower flower river silver finger leather feather register cancer "
        "shelter charter transfer chapter meter liter litre beginner lover fan activist "
        "volunteer owner employer provider supplier headquarter christian italian asian "
        "indian canadian australian brazilian russian german median guardian pensioner "
        "ottoman talisman caiman taxman snowman bogeyman superman batman "
        "retiree teenager foreigner stranger prisoner layer filter folder poster sticker "
        "trailer container corridor motor tractor monitor elevator calculator processor "
        "radiator generator whatever however whoever wherever whenever",
    )
)
#: Words of a doer's form that only say how one is employed.
_EMPLOYMENT = re.compile(
    r"(?:sole )?trader|freelancers?|contractors?|employees?|workers?|self[- ]employed \w+"
)
#: How the role is employed or hedged, said before it: not part of its name.
_FILLERS = re.compile(
    r"^(?:(?:self[- ]employed|freelance|full[- ]time|part[- ]time|salaried|qualified|"
    r"official|proud|just|basically|mostly|mainly|currently|now|still|a|an|the)\s+)+"
)
#: What joins a role to where, for whom or how its work is done ("engineer at a bank").
_TAIL = re.compile(
    r"\s+(?:at|for|with|in|on|from|out of|outta|by|through|via|under|near|outside|based|here|"
    r"and|but|so|underground|"
    r"since|who|which|mostly|mainly|lol|haha|offshore|onshore|abroad|overseas|remote(?:ly)?|"
    # "bathroom fitter self employed bradford": how the role is held, said after it
    r"self[- ]employed(?!\s+[a-z]+(?:er|or|ist|ian|man)s?\b)|"
    r"à|au|aux|chez|bei|bij|depuis)(?!\w).*$"
)
#: "of" and what it is of, after a role's doer: the body the role serves, not its name.
_OF = re.compile(r"(?<=er|or|st|an)\s+of\s+(?:the|our|my|a|an|this)\b.*$")
#: Words a role's name never holds: pronouns, articles, verbs of being, digits.
_NOT_IN_ROLE = re.compile(
    r"\b(?:i|me|my|we|our|you|your|he|she|they|it|its|it's|is|are|was|were|be|been|have|has|"
    r"had|do|does|did|not|no|this|that|there|what|which|who|lot|bit|one|thing|things|stuff|"
    # ("bin" is English too, "bin lorry driver": "ich" tells the German)
    r"of|to|if|or|am|i'm|im|ik|ich|je|suis|ben|werk|arbeite|als|comme|como|come|sono|"
    r"soy|sou|sóc)\b|\d"
)
#: Work that was, is only planned or hoped for, or is someone else's, said before a role.
_NOT_NOW = re.compile(
    r"\b(?:was|were|used to|retired|former(?:ly)?|ex|previously|trained as|qualified as|"
    r"until|want(?:ed)? to|wanna|would like to|i'?d like to|hope to|hoping to|plan(?:ning)? to|"
    r"going to|gonna|trying|try to|thinking (?:of|about)|dream(?:ing)? of|studying to|"
    r"training to|became|become|student|trainee|apprentice|aspiring|wannabe|future|would-be|"
    r"(?:my|our|his|her) (?:husband|wife|partner|son|daughter|mum|"
    r"mom|dad|mother|father|brother|sister|friend|boss)(?:'s| is| was| does| works| runs)|"
    r"(?:he|she|they)(?:'s| is| are|'re))\b"
)
#: What one is by nature rather than the work one does ("a community organiser at heart").
_AT_HEART = re.compile(r"^\s*(?:at heart|by nature|in spirit|deep down|by training)\b")
#: A clause that states a role: "I'm a ...", "I work as a ...", "... here", or the role alone.
_STATED = re.compile(
    r"^(?:(?:hi|hey|hello|hiya|helo|so|ok|okay|well|erm|um|uh|aye|yeah|yes|oh|ah|and|also|"
    r"plus|then)\W+)*"
    r"(?:(?:by (?:day|night)|during the (?:day|week)|(?:on )?weekends|in the evenings|at night|"
    r"" + names.SEASON + r"),?\s+(?:also\s+)?)?"
    r"(?:(?:i\s+|i'?m\s+|im\s+|i am\s+)?(?:(?:also|now|currently|still)\s+)?"
    r"(?:work|working|moonlighting|employed)\s+as\s+(?:an?\s+)?|"  # "I am working as ..."
    r"(?:i'?m|im|i am)\s+(?:(?:also|now|currently|still|actually)\s+)?(?:an?\s+)?|"
    r"as\s+an?\s+)?"
    r"(?P<role>[a-z][a-z/'+&-]*(?:\s+[a-z][a-z/'+&-]*){0,5})\W*$"
)
#: A word trailing off before the message starts ("alors...", "well…"): no clause of its own.
_TRAILING_OFF = re.compile(r"(?:^|(?<=[.!?]\s))\W*[a-z]+\s*(?:\.{2,}|…)")
#: Where a message is cut into clauses that may each state a role.
_CLAUSE_CUT = re.compile(
    r"[.!?;:\n()]+|,|\s[-–—]+\s|\s\+\s|^[-–—]|[-–—]+\s|"
    r"\s(?:and|plus)\s+(?=(?:i\s+)?(?:also\s+)?do\s)"  # "... full time and do a bit of sewing"
)
#: The same cut for work said by its clause's shape, which keeps a "+" with the clause it
#: opens ("floor manager + douyin live selling tea": more work, its verb left out).
_WORK_CUT = re.compile(_CLAUSE_CUT.pattern.replace(r"|\s\+\s|", r"|\s(?=\+\s)|"))


def is_role(name: str) -> bool:
    """True when ``name`` is a role and nothing more: no place or employer after it."""
    return role(name) is not None and _TAIL.sub("", name) == name


def head_is_role(name: str) -> bool:
    """True when the last word of ``name`` (a role already cut from where it is done) names a
    doer: "youth worker", "florist", "court interpreter", "head chef"."""
    words = re.findall(r"[a-z][a-z'-]*", name.casefold().split("/")[-1])
    if not words:
        return False
    head = words[-1]
    if head in _ROLE_WORDS or (head.endswith("s") and head[:-1] in _ROLE_WORDS):
        return True
    if head in _TRADE_OF and len(words) > 1:
        return True  # "instrument tech", "lab tech": alone, "tech" is the setting
    return (
        head not in _NOT_ROLE and head.rstrip("s") not in _NOT_ROLE and bool(_DOER.fullmatch(head))
    )


def role(name: str) -> str | None:
    """The role a name says, in its words: cut before where or for whom its work is done and
    without how it is employed ("self employed roofer" -> "roofer", "paralegal at a law firm"
    -> "paralegal"), or ``None`` when its head names no doer."""
    said = name.strip(" ,.;:!?-")
    cut = _OF.sub("", _TAIL.sub("", said.casefold()))  # "treasurer of our tea cooperative"
    cut = _GRADE.sub("", _FILLERS.sub("", cut)).strip(" ,.;:!?-+&")
    if not cut or _NOT_IN_ROLE.search(cut) or len(cut.split()) > 4 or not head_is_role(cut):
        return None
    if _NO_ROLE_SHAPE.search(cut):
        return None  # "in november", "sell the youngsters": a time, or a doing with its object
    if _EMPLOYMENT.fullmatch(cut):
        return None  # "sole trader", "freelancer": how one is employed, no work
    start = said.casefold().find(cut)
    return said[start : start + len(cut)] if start >= 0 else cut


#: Shapes no role's name takes: opening on a word of time or place ("in November", the
#: doer's ending of a month), or an article inside it, after a verb ("sell the youngsters").
_NO_ROLE_SHAPE = re.compile(
    r"^(?:in|on|at|by|from|since|until|till|during|every|each|last|next|this)\s|"
    r"^[a-z]+\s+(?:the|a|an|them|those|these|some)\s"
)
#: A licence or a grade said before a title ("B1 licensed aircraft engineer", "band 6 nurse",
#: "grade 7 analyst"): how far up the trade, not its name.
_GRADE = re.compile(
    r"^(?:(?:band|grade|level|class|cat|category|tier)\s+[a-z]?\d{1,2}[a-z]?|[a-z]{1,2}\d{1,2}[a-z]?)"
    r"\s+(?:(?:licensed|licenced|certified|qualified|registered|chartered)\s+)?"
)


def titled_at_work(name: str, span: str) -> bool:
    """True when ``span`` says ``name`` as what the person is, then where or for whom the
    work is done ("I'm a lifeguard at the leisure centre", "I'm a crossing patrol for the
    council"): a title, whatever its last word, as surely as one with a doer's ending."""
    return titled(span) == name.casefold()


def titled(clause: str) -> str | None:
    """The title a clause says the person holds, then where or for whom its work is done
    ("I'm a bus escort on the school run" -> "bus escort"), or ``None``."""
    said = _TITLED_AT.match(clause.strip().casefold())
    if said is None:
        return None
    cut = said.group("title")
    words = cut.split()
    fits = (
        1 <= len(words) <= _TITLE_WORDS
        and not _NOT_IN_ROLE.search(cut)
        and not _NOT_NOW.search(said.group(0))
        and words[-1] not in _NOT_ROLE
        and not any(w in _NOT_A_TITLE for w in words)
    )
    return cut if fits else None


def worked_in(clause: str) -> str | None:
    """The field of work a clause says the person works in, then where ("I work in payroll
    at a haulage firm" -> "payroll"), or ``None``; "I work in tech" alone is the setting."""
    said = _WORK_IN.match(clause.strip().casefold())
    if said is None:
        return None
    field = said.group("field")
    words = field.split()
    fits = (
        len(words) <= _TITLE_WORDS
        and not _NOT_IN_ROLE.search(field)
        and not any(w in _NOT_A_TITLE or w in _SETTING_WORDS for w in words)
    )
    return field if fits else None


#: "I work in <a field> at/in/for <a place or an employer>".
_WORK_IN = re.compile(
    r"^(?:(?:hi|hey|hello|so|ok|okay|well|and|also)\W+)*i\s+(?:also\s+)?work\s+in\s+"
    r"(?!(?:a|an|the|my|our|his|her|their|this|that)\b)"
    r"(?P<field>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)*?)\s+(?:at|in|for|with)\s+"
    r"(?:an?|the|one|[a-z]+'s)\s+[a-z]"
)
#: The settings' own words: "I work in tech at a bank" says the setting, not the work.
_SETTING_WORDS = frozenset(
    {"tech", "corporate", "government", "public", "private", "charity", "general", "sector"}
)
#: "I work as a ...", "working as ...": the title said by the work it is.
_WORKING_AS = r"(?:i\s+|i'?m\s+|im\s+|i am\s+)?(?:also\s+)?(?:work|working)\s+as\s+(?:an?\s+)?"
#: "at Whanganui Hospital", "with SBS": an employer or a place said by its name, with no
#: article (the case is gone, so a time, a person or a figure after "at" is told apart).
_AT_NAMED = (
    r"(?:at|with)\s+(?!(?:night|nights|nite|weekends?|home|work|times|least|most|first|last|"
    r"heart|present|all|it|them|him|her|me|us|you|night-?time|weekend|lunch|school|uni|"
    r"college)\b)[a-z]"
)
#: "I'm a <title> at/for/with <a place or an employer>".
_TITLED_AT = re.compile(
    r"^(?:(?:hi|hey|hello|hiya|so|ok|okay|well|and|also)\W+)*"
    r"(?:(?:i'?m|im|i am)\s+(?:also\s+)?an?\s+|" + _WORKING_AS + r")"
    r"(?P<title>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)*?)\s+(?:(?:up|down|over|out|back|round)\s+)?"
    r"(?:(?:at|for|with|on)\s+"
    r"(?:an?|the|one|[a-z]+'s)\s+[a-z]|" + _AT_NAMED + r")"
)
_TITLE_WORDS = 3
#: What one is that is no title of work: a state, a relation, a member, a kind of person.
_NOT_A_TITLE = frozenset(
    re.findall(
        r"\S+",
        "mum mom dad parent single widow widower regular fan member part bit lot big huge "
        "little kind sort type friend guest patient client newbie beginner resident local "
        "native citizen mess wreck nightmare night morning early late person people",
    )
)


def work_said(span: str) -> bool:
    """True when ``span`` says work by its verb, as the person's own and now: "I also write
    health articles", "weekends I coach chess online", "now doing defence consulting"; not
    when it is hedged as something done now and then ("when I can")."""
    said = span.strip().casefold()
    by_verb = bool(DOES_WORK.match(said) or TRADE.match(said) or _NOW_DOING.match(said))
    # "I brew craft beer on the side", "I fix saddles in our barn": any verb of work, when the
    # clause puts it apart from a job
    by_verb = by_verb or (own_work.apart_from_job(said) and work_verbs.said_as_work(said))
    return bool(by_verb) and not _NOW_AND_THEN.search(said) and said_now(said, said)


#: "now doing defence consulting": work said by "doing", now.
_NOW_DOING = re.compile(r"^(?:(?:and|so|but)\s+)?(?:now|currently|these days)\s+doing\s+[a-z]")
#: Work said as done now and then, or not yet: asked back.
_NOW_AND_THEN = re.compile(
    r"\b(?:when i can|if i can|now and then|sometimes|occasionally|once in a while|"
    r"here and there|trying|not really work|hobby)\b"
)


def said_now(name: str, text: str) -> bool:
    """True when the sentence of ``text`` that says ``name`` says no past, plan or other
    person's work before it ("retired army officer", "my wife is a nurse")."""
    low = text.casefold()
    at = low.find(name.casefold())
    if at < 0:
        return False
    sentence_start = max(low.rfind(c, 0, at) for c in ".!?;,:\n") + 1  # its clause
    after = low[at + len(name) :]
    return _NOT_NOW.search(low[sentence_start : at + len(name)]) is None and not _AT_HEART.match(
        after
    )


def stated(text: str) -> list[str]:
    """The roles ``text`` (a normalised message) states plainly as clauses of their own, in
    the order said: "plasterer. self employed" -> ["plasterer"]; "Social worker, county
    council" -> ["social worker"]; a question's sentence states none."""
    found: list[str] = []
    said = _TRAILING_OFF.sub(" ", text)  # "alors... je suis ...", "erm... ": a word trailing off
    said = greetings.blank(said)  # "kia ora im a rigger on film sets": the greeting joins no role
    for sentence in re.split(r"(?<=[.!?;\n])", said):
        if sentence.rstrip().endswith("?"):
            continue
        clauses = [c for c in _CLAUSE_CUT.split(sentence) if c.strip(" ,-")]
        for at, clause in enumerate(clauses):
            if at and (_EXAMPLE.search(clause.strip()) or _DUTY.match(clause)):
                continue  # "..., warhammer mostly, coasters": what the work before deals in
            name = _stated_in(_TAIL.sub("", clause.strip())) or titled(clause)
            name = name or worked_in(clause)
            own = None if name else own_work.work_in(clause)
            if own and own not in found and said_now(clause.strip(), text):
                found.append(own)
            if name and name not in found and said_now(name, text):
                found.append(name)
    return found


#: A clause of a few words after others in its sentence that gives examples of what the work
#: said before deals in: marked as such ("warhammer mostly", "the odd wedding") or things in
#: the plural said bare ("coasters and wall pieces"); a role is said of one person.
_EXAMPLE = re.compile(
    r"^(?:(?:and|or)\s+)?(?:(?:the odd|the occasional|mostly|mainly|usually|sometimes|often)\s"
    r"[a-z' -]+|[a-z'-]+(?:\s[a-z'-]+){0,2}\s(?:mostly|mainly|usually|sometimes|occasionally|"
    r"often|largely|chiefly)|(?:[a-z'-]+\s)?[a-z'-]+[^s\W]s(?:\s(?:and|or)\s[a-z' -]+)?)$"
)


def own_said(text: str) -> list[str]:
    """The work ``text`` says by the shape of a clause (``own_work``): said by what the person
    does, never a role that may sum up work given with figures."""
    return [n for c in _WORK_CUT.split(text) if (n := own_work.work_in(c))]


def _stated_in(clause: str) -> str | None:
    """The role or the doing a clause states: "self employed roofer", "dog grooming", "I do a
    bit of sewing"."""
    some = _DOES_SOME.match(clause)
    if some:
        return doing(some.group("work"))
    stating = _STATED.match(clause)
    if stating is None:
        return None
    return role(stating.group("role")) or doing(stating.group("role"))


#: "and I do a bit of sewing", "I do a few hours of bookkeeping": work said by a doing.
_DOES_SOME = re.compile(
    r"^(?:(?:and|also|plus)\s+)*(?:i\s+)?(?:also\s+)?do\s+(?:a (?:little )?bit of|a little|"
    r"some|a few hours of|a lot of|a few)\s+(?P<work>[a-z][a-z' -]*)$"
)
#: Doings that are no work of their own: caring at home (the caregiver setting), states, plans.
_NOT_WORK_DOING = frozenset(
    re.findall(
        r"\S+",
        "caring looking working nothing something anything everything thing morning evening "
        "during trying thinking hoping planning wanting being getting going living staying "
        "struggling juggling saving spending earning parenting raising studying learning "
        "volunteering freelancing contracting "
        # the setting question's own word: "general setting I think" names no work
        "setting",
    )
)


def doing(name: str) -> str | None:
    """The work a doing names, two to four words ending in one ("dog grooming", "housing
    justice organising") or one ("sewing"); ``None`` for caring, states and plans."""
    said = _FILLERS.sub("", name.strip(" ,.;:!?-").casefold())
    words = said.split()
    if not words or len(words) > 4 or _NOT_IN_ROLE.search(said):
        return None
    head = words[-1]
    if not re.fullmatch(r"[a-z]{3,}ing", head) or head in _NOT_WORK_DOING:
        return None
    if len(words) == 1 and head in _NEEDS_OBJECT:
        return None  # "I make ceramics, selling at markets": how the work made is sold
    return said


#: Doings that name no work without what is done ("selling", "making"): said alone they say
#: how the work named beside them goes.
_NEEDS_OBJECT = frozenset({"selling", "making", "doing", "helping", "buying", "running", "trading"})


def at_setting(readings: list[Reading], text: str) -> list[Reading]:
    """The readings of a message answering the setting question, with each work name that
    says a role cut to the role (its figures follow it) and each role stated plainly but not
    read added as the person's work."""
    out = _own_work(without_workplace(readings, text), text)
    named = [str(r.value).casefold() for r in out if r.field == "activity"]
    if any(str(r.field).startswith("activity.") and not _unpaid(r) for r in out):
        return out  # "potter + tutor here. pottery studio 20h ...": the work follows, figured
    for name in stated(text):
        head = name.casefold().split()[-1]
        glossed = _glossed_in_brackets(name, named, text)
        if glossed:  # "ultrasound tech (sonographer)": one job, named by the bracket
            out = [_renamed(o, str(o.value), name) if _is_named(o, glossed) else o for o in out]
            named = [name.casefold() if n == glossed else n for n in named]
            continue
        # "a lasher ..., lashing the containers", "I farm potatoes ... farming": one work in
        # two forms of one word, named once
        sure = [str(r.value).casefold() for r in out if r.field == "activity" and r.confident]
        stems = {names.stem(w) for other in sure for w in re.findall(r"[a-z][a-z'/-]*", other)}
        if head not in " ".join(named).split() and names.stem(head) not in stems:
            out.append(Reading("fact", "activity", name, None, _clause_of(name, text)))
            named.append(name.casefold())
    return _without_doubles(out)


def _glossed_in_brackets(name: str, named: list[str], text: str) -> str | None:
    """The work already named (lower case) that ``name``, said alone in brackets right after
    it, says again in other words ("ultrasound tech (sonographer)"), or ``None``."""
    said = re.escape(name.casefold())
    return next(
        (
            other
            for other in named
            if re.search(rf"\b{re.escape(other)}\s*\(\s*(?:an?\s+)?{said}\s*\)", text.casefold())
        ),
        None,
    )


def _is_named(r: Reading, name: str) -> bool:
    return r.field == "activity" and str(r.value).casefold() == name


def _unpaid(r: Reading) -> bool:
    """True for the nothing that unpaid work brings in ("..., volunteer"): no figure said."""
    return r.field == "activity.annual_revenue" and r.value == 0


#: A place inside a place: "on the meat counter in a shop", "at a studio in town".
_TWO_PLACES = re.compile(r"\s(?:at|in|on)\s.*\s(?:at|in|on)\s")


def title_first(readings: list[Reading], text: str) -> list[Reading]:
    """The readings with a name that opens the message as a title, then where its work is
    done, a place inside a place ("Game dev at a studio in town, ...", "Butcher on the meat
    counter in a shop in town"), cut to the title: said first and alone, the title is the
    person's name for the work (one place stays: "engineer at a bank" is how it is known)."""
    opening = re.sub(r"^\W*(?:(?:hi|hey|hello|so|ok|well|morning)\W+)*", "", text.casefold())
    out = list(readings)
    for r in readings:
        if r.act != "fact" or r.field != "activity" or not isinstance(r.value, str):
            continue
        cut = role(r.value) if _TWO_PLACES.search(r.value) else None
        if cut and cut != r.value and opening.startswith(r.value.casefold()):
            out = [_renamed(o, r.value, cut) for o in out]
    return out


def without_workplace(readings: list[Reading], text: str) -> list[Reading]:
    """The readings with each work name that says a role, or a doing, and then where it is
    done cut to the role or the doing ("paralegal at a law firm" -> "paralegal")."""
    out = list(readings)
    for r in readings:
        if r.act != "fact" or r.field != "activity" or not isinstance(r.value, str):
            continue
        cut = _TAIL.sub("", r.value).strip(" ,.;:!?-")  # "paralegal at a law firm"
        cut = _UP_THERE.sub("", cut)  # "a porter up at the hospital": "up" is where
        said_as_one = _said_as_one(cut, r) or _doing_at(cut, r.value, text)
        said_as_one = said_as_one or worked_in(r.span) == cut.casefold()
        if cut != r.value and (role(cut) or said_as_one) and said_now(cut, text):
            out = [_renamed(o, r.value, cut) for o in out]
    return out


#: "I'm a TA in a primary in cardiff": what one is, said before where it is done.
_I_AM_AT = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya|so|ok|well)\W+)*(?:(?:i'?m|im|i am)\s+an?\s+|" + _WORKING_AS + ")"
)
#: A word of where said between a title and its place ("a porter up at the hospital").
_UP_THERE = re.compile(r"\s+(?:up|down|over|out|back|round)$")
#: Where a title is said to be done: a place with its article, or an employer by its name.
_TITLE_PLACE = re.compile(
    r"\s+(?:(?:up|down|over|out|back|round)\s+)?"
    r"(?:(?:at|in|for|with|outside)\s+(?:an?|the|my|our|\w+'s)\s+\w|" + _AT_NAMED + ")"
)
_WORKPLACE = re.compile(r"\s+(?:at|in|for|with|outside)\s+(?:an?|the|my|our|\w+'s)\s+\w")


def _said_as_one(cut: str, reading: Reading) -> bool:
    """True when a name read from "I'm a <words> at/in a <workplace>" keeps the workplace,
    and its words before the workplace are a short name of their own ("TA", "HCA", "sous"):
    the person said what they are, and where; the name is what they are."""
    said = reading.span.casefold()
    opened = _I_AM_AT.match(said)
    if opened is None or not said[opened.end() :].startswith(cut.casefold()):
        return False
    rest = said[opened.end() + len(cut) :]
    return (
        bool(_TITLE_PLACE.match(rest))
        and len(cut.split()) <= 3
        and not _NOT_IN_ROLE.search(cut.casefold())
    )


def _doing_at(cut: str, name: str, text: str) -> bool:
    """True when a name is its work, then where it is done: a doing with what is done
    ("teaching English at an academy in Valencia"), or a short name the message opens with
    ("TA in a primary in cardiff, 30 hrs"); the work before the place is the name."""
    words = cut.casefold().split()
    if not _WORKPLACE.match(name[len(cut) :]) or not 1 <= len(words) <= 5:
        return False
    if _NOT_IN_ROLE.search(cut.casefold()) or names.generic(cut) or words[-1] in _GENERIC_HEADS:
        return False
    doing_ = len(words) >= 2 and re.fullmatch(r"[a-z]{3,}ing", words[0]) is not None
    if doing_ and words[0] not in _NOT_WORK_DOING | _NEEDS_OBJECT:
        return True  # "teaching a wee evening class at the college"
    if len(words) > 3:
        return False
    opening = re.sub(r"^\W*(?:(?:hi|hey|hello|so|ok|well)\W+)*", "", text.casefold())
    return opening.startswith(name.casefold())


#: Names that say how work comes, not what it is ("shifts at the hospital").
_GENERIC_HEADS = frozenset({"shifts", "shift", "sessions", "hours", "days", "gigs", "jobs"})


def _without_doubles(readings: list[Reading]) -> list[Reading]:
    """The readings without a name offered in doubt whose words a sure name already says:
    "campaign full time for a group" beside "campaigning" is that work again."""
    sure = [str(r.value) for r in readings if r.field == "activity" and r.confident]
    return [r for r in readings if r.field != "activity" or r.confident
            or not own_work.already_named(str(r.value), sure)]  # fmt: skip


def _own_work(readings: list[Reading], text: str) -> list[Reading]:
    """Work said by the shape of its clause (``own_work``): a name read with where or when
    it is done is cut to the person's name for it and kept; work not read yet is added, even
    beside figures (it is said by what the person does, never a role summing up the rest);
    running a venture of one's own is the self-employed setting when no other is said."""
    out = list(readings)
    # "dumela sorter ... and I run my own tuckshop in Mogoditshane my cousin sells": work said
    # by its clause's shape, even where a role opens the clause
    for name in _said_now_in_clauses(text):
        for r in out:
            if r.act != "fact" or r.field != "activity":
                continue
            if r.value == name or own_work.tightened(str(r.value), name):
                out = [_renamed(o, str(r.value), name) for o in out]
                out = [replace(o, confidence=1.0) if o.value == name else o for o in out]
                break
    out = [
        replace(r, confidence=1.0)
        if r.act == "fact"
        and r.field == "activity"
        and own_work.apart_from_job(r.span)
        and work_said(r.span)
        else r
        for r in out
    ]
    said = [str(r.value).casefold() for r in out if r.field == "activity"]
    for clause in _WORK_CUT.split(greetings.blank(text)):
        if _DUTY.match(clause) and not _first_in_sentence(clause, text):
            continue  # "I'm crew on a boat, I do the fills": a task of the work said first
        work = own_work.work_in(clause)
        if work and not own_work.already_named(work, said) and said_now(clause.strip(), text):
            out.append(Reading("fact", "activity", work, None, clause.strip()))
            said.append(work)
    for clause in _WORK_CUT.split(greetings.blank(text)):
        traded = own_work.traded_venture(clause)  # "..., and I have my own pool cleaning firm"
        if traded and not own_work.already_named(traded, said) and said_now(clause.strip(), text):
            out.append(Reading("fact", "activity", traded, None, clause.strip()))
            said.append(traded)
    opening = next((c for c in _WORK_CUT.split(greetings.blank(text)) if c.strip()), "")
    had = own_work.venture_had(opening)  # "klk i have my own colmado ...": said first, sure
    if had and said_now(opening.strip(), text):
        out = _had_venture(out, had, opening.strip(), said)
    if own_work.business_said(text) and not any(r.field == "context" for r in out):
        out.append(Reading("fact", "context", "general", None, text))
    return out


#: "I do the fills and the briefings": tasks done, named with "the", after the work they are of.
_DUTY = re.compile(r"^\W*(?:and\s+)?(?:i|we)\s+(?:also\s+)?do\s+the\s(?![^,]*\bfor\b)")


def _first_in_sentence(clause: str, text: str) -> bool:
    """True when ``clause`` opens its sentence of ``text`` (nothing but a greeting before)."""
    at = text.find(clause)
    before = greetings.blank(text[: max(at, 0)])
    start = max(before.rfind(c) for c in ".!?;\n") + 1
    return not before[start:].strip(" ,-")


def _had_venture(readings: list[Reading], had: str, clause: str, said: list[str]) -> list[Reading]:
    """The readings with a venture had as one's own, said first: a name read with where it is
    ("panel beating shop in durban") cut to it, else added when not read in other words."""
    for r in readings:
        if r.field == "activity" and own_work.tightened(str(r.value), had):
            return [_renamed(o, str(r.value), had) for o in readings]
    if own_work.already_named(had, said):
        return readings
    return [*readings, Reading("fact", "activity", had, None, clause)]


def _said_now_in_clauses(text: str) -> list[str]:
    """The work ``text`` says by the shape of a clause, in clauses that say no past, plan or
    other person's work."""
    return [
        n
        for c in _WORK_CUT.split(greetings.blank(text))
        if (n := own_work.work_in(c)) and said_now(c.strip(), text)
    ]


def _renamed(r: Reading, old: str, new: str) -> Reading:
    if r.field == "activity" and r.value == old:
        return replace(r, value=new)
    return replace(r, subject=new) if r.subject == old else r


def _clause_of(name: str, text: str) -> str:
    """The clause of ``text`` that says ``name``."""
    at = text.find(name)
    start = max(text.rfind(c, 0, at) for c in ".!?;,\n") + 1
    ends = [e for e in (text.find(c, at) for c in ".!?;,\n") if e >= 0]
    return text[start : min(ends, default=len(text))].strip()
