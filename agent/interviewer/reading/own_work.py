"""Work said in the person's own words at the setting question, by the shape of its clause.

People answer "what is your setting?" with their work, and say it as they would to a friend:
"also do a wee night class at the Met", "on weekends I run a small community pharmacy",
"I drive Uber full time", "we farm", "freelance science illustration on the side". Each shape
below says work the person does now, whatever the trade; the name is the words they used for
it, cut before where, for whom, when and how often it is done ("locum sessions round the
practices in Fife" -> "locum sessions").

- ``do`` and what is done: "I also do bank shifts", "me and my wife do catering";
- running or owning a venture: "I run a salon", "I own a small bakery" (running one's own
  business is the self-employed setting, ``general``; "the farm shop" is work, but whose?);
- driving something: "I drive Uber", "I drive a lorry nights";
- a trade said by a verb with no object: "we farm", "I busk", "I campaign full time";
- work said to be done "on the side": "commissions on the side";
- what one is "by day" or "by night": "by night a drag queen";
- more work after "plus", its verb left out: "plus the odd locum vet nursing shift".

Never: a pronoun, a time, a count or a figure done ("I do nights", "I do 3 days"), someone
else's work ("my wife does the books"), work that was or is planned (``roles.said_now``).
"""

from __future__ import annotations

import re

from agent.interviewer.reading.names import SEASON, WHEN

#: Who does the work: the person, or the person with someone ("me and my wife").
_WHO = r"(?:i|we|me and (?:my|the) [a-z]+|[a-z]+ and i)"
#: Words that may open the clause before its subject: joining words and when it is done.
_LEAD = (
    r"^(?:(?:and|also|plus|so|oh|then|now|nowadays|these days|\+)[,\s]+)*"
    r"(?:by (?:day|night)\s+|at home\s+|on the side\s+)?" + WHEN
)
#: "a wee", "the odd", "a bit of": how much of the work, not its name.
_SOME = (
    r"(?:(?:a few hours of|a couple of hours of|hours of|a (?:little )?bit of|a lot of|"
    r"a couple of|a few|the occasional|the odd|a little|a wee|bits of|loads of|lots of|some|"
    r"one|two|three|four|five|"
    r"my|our|the|an|a|odd|occasional|wee)\s+)*"
)
#: "I do", "also do", "me and my wife do": not "we do", most often said of an employer.
_DO = re.compile(
    _LEAD + r"(?P<who>i|me and (?:my|the) [a-z]+|[a-z]+ and i)?\s*(?:also\s+)?"
    r"(?:do|does|(?:'m|am)\s+(?:also\s+)?doing)\s+"  # "Sunday I am doing science tuition"
    r"(?:also\s+)?(?P<some>" + _SOME + r")(?P<np>.+)$"
)
_RUN = re.compile(
    _LEAD + _WHO + r"?\s*(?:also\s+)?(?:run|own|co-?own|co-?run)\s+(?:also\s+)?"
    r"(?P<det>a|an|my own|our own|my|our|the)\s+(?:(?:small|little|tiny)\s+)?(?P<np>.+)$"
)
#: "I run first aid courses for workplaces", "i run sunset dhow cruises": what is run, many
#: of them, with no article; never errands, races or things.
_RUN_MANY = re.compile(
    _LEAD + _WHO + r"?\s*(?:also\s+)?(?:run|co-?run)\s+(?:also\s+)?"
    r"(?!(?:errands|marathons|races|things|numbers|tests|checks|late|around|out)\b)"
    r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?s)\b(?P<rest>.*)$"
)
#: "i have my own colmado", "we've got our own croft": a venture of one's own, had; never
#: what one has to work with or lives in ("my own tools", "my own place", "my own hours").
_HAVE_OWN = re.compile(
    _LEAD + _WHO + r"?\s*(?:also\s+)?(?:have|'ve got|have got|got)\s+(?:also\s+)?"
    r"(?P<det>my own|our own)\s+(?:(?:small|little|tiny)\s+)?"
    r"(?!(?:hours|time|clients|customers|tools|equipment|kit|car|van|truck|bike|place|flat|"
    r"house|home|room|office|desk|space|kids|children|family|schedule|way|money|savings|rules|"
    r"style|pace|phone|laptop|computer|insurance|pension|life|ideas|reasons|problems|issues|"
    r"business|company|clientele)\b)(?P<np>.+)$"
)
_DRIVE = re.compile(
    _LEAD + _WHO + r"\s+(?:also\s+)?drive\s+(?:for\s+)?(?P<det>(?:a|an|the)\s+)?(?P<np>.+)$"
)
#: Trades said by a verb alone: the doing is the name ("farming").
_TRADE_VERB = re.compile(
    _LEAD + _WHO + r"\s+(?:also\s+)?(?P<verb>farm|busk|campaign|childmind|babysit|temp)\b"
)
_DOINGS = {"farm": "farming", "busk": "busking", "campaign": "campaigning",
           "childmind": "childminding", "babysit": "babysitting", "temp": "temping"}  # fmt: skip
_SIDE = re.compile(
    r"^(?:(?:and|plus|\+)\s+)*(?:(?:i'?ve\s+)?(?:started\s+|been\s+)?doing\s+)?"
    r"(?:freelance\s+|some\s+|a bit of\s+)*(?P<np>[a-z][a-z' -]*?)\s+on the side$"
)
#: "by day a bookseller and by night a drag queen": what one is by day or by night is work.
_BY = re.compile(
    r"^(?:(?:and|so|but)\s+)*by (?:day|night),?\s+(?:i'?m\s+|i am\s+)?(?:an?\s+)(?P<np>.+)$"
)
#: "and my own thing is hot sauce", "my side hustle is dog walking": one's own work, named.
_OWN_THING = re.compile(
    _LEAD + r"(?:my|our)\s+(?:own|side|other)\s+(?:thing|gig|hustle|business|venture)\s+"
    r"(?:is|'s)\s+(?P<np>[a-z].*)$"
)
#: "plus the odd locum shift", "plus a bit of teaching at the fac": more work, its verb left out.
_PLUS = re.compile(r"^(?:and\s+)?(?:plus|\+)\s+" + _SOME + r"(?P<np>.+)$")
#: Where the name ends: where, for whom, when, how often or how it is done.
_CUT = re.compile(
    r"\s+(?:at|for|with|in|on|from|out of|outta|by|through|via|under|near|round|around|based|"
    r"outside|behind|beside|opposite|next to|inside|"
    r"here|and|but|so|since|who|which|mostly|mainly|lol|haha|full[- ]time|part[- ]time|every|"
    r"each|most|"
    r"weekends?|nights?|evenings?|mornings?|days|weekly|monthly|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)days?|when|if|to (?:pay|top|make|cover|help|keep|earn|get|fund|order)|too|as well|"
    r"also|again|online|now|these days|"
    r"n|em|them|it|privately|in private|in person|cash in hand|remotely|freelance)\b.*$"
)
#: Words of work too bare to name it alone: the place they are done at names it.
_GENERIC = frozenset({"shifts", "sessions", "work", "jobs", "gigs", "hours", "days"})
_WHERE = re.compile(r"\s+(at|for|with)\s+(.+)$")
#: What is done that is no work: times, amounts, pronouns, someone cared for, housework.
_NO_WORK = re.compile(
    r"^(?:it|that|this|them|those|these|what|whatever|everything|anything|nothing|something|"
    r"stuff|things?|a lot|lots|most|all|the rest|more|less|nights?|days?|evenings?|mornings?|"
    r"weekends?|lates|earlies|overtime|hours|time|my best|my bit|best|bit|part|share|utmost|"
    r"good|great|better|worse|well|ok|okay|fine|alright|"
    r"the school run|school run|housework|chores|the housework|errands|a team|the team|team|"
    r"the house|the household|house|marathons?|races?|my own|our own|meds|medication|"
    r"personal care|the shopping|shopping|kids|children|family|travel|commute|travelling|"
    r"prep|admin|tax|vat|expenses|"
    # how the work is paid, said after a plus ("part-time paid + lots of unpaid")
    r"unpaid|paid|voluntary|free|cash|tips|extras?|"
    # study, done by the person and no work ("im doing a masters part time")
    r"masters|master's|degree|phd|doctorate|diploma|mba|course|studies|exams|a-?levels|\W*)$"
)
#: Words a name of work never holds: pronouns, verbs of being, digits, hedges.
_NOT_IN_NAME = re.compile(
    r"\b(?:i|me|my|we|our|you|your|he|she|they|his|her|their|it|its|is|are|was|were|be|"
    r"been|have|has|had|not|no|this|that|there|what|which|who|if|or|am|i'm|im|do|does|did|"
    r"can|will|would|could|should|like|just|really|about|around|roughly|maybe|approx|"
    r"approximately|nearly|almost)\b|\d"
)
#: Heads of a venture of one's own: running one is the self-employed setting.
_VENTURE = re.compile(
    r"\b(?:business|company|firm|shop|store|stall|salon|studio|pharmacy|caf[eé]|restaurant|"
    r"bar|pub|bakery|farm|b&b|guesthouse|garage|agency|practice|clinic|gym|nursery|daycare|"
    r"kitchen|brand|label|boutique|workshop|atelier|spa|barbers?|takeaway|kiosk)s?$"
)


def work_in(clause: str) -> str | None:
    """The name of the work a clause says the person does now, by one of the shapes above,
    or ``None``; a clause joined by "and I ..." ("I'm 58 and I campaign full time") is read
    from where the person starts saying what they do."""
    for part in _JOINED.split(clause.strip(" ,.;:!?-")):
        name = _work_in(_REMARK.sub("", part))
        if name:
            return name
    return None


#: "... and I ...": where one clause joins another said by the person.
_JOINED = re.compile(r"\s(?=(?:and|but|so)\s+(?:i|we)\s)")
#: A remark after the work ("... which is the fun bit"): no part of it.
_REMARK = re.compile(r"\s+(?:which|that'?s|it'?s)\s.*$")


def _work_in(said: str) -> str | None:
    trade = _TRADE_VERB.match(said)
    if trade:
        return _DOINGS[trade.group("verb")]
    drive = _DRIVE.match(said)
    if drive:
        name = _name(drive.group("np"))
        return f"driving {drive.group('det') or ''}{name}" if name else None
    found = _RUN.match(said)
    if found:
        return _name(_SELLS.sub("", found.group("np")))
    many = _RUN_MANY.match(said)
    if many and not re.search(r"(?:ss|us|is)$", many.group("np")):
        return _name(many.group("np") + many.group("rest"))
    for shape in (_DO, _SIDE, _BY, _PLUS, _OWN_THING):
        found = shape.match(said)
        if found and shape is _DO and _duty(found):
            return None
        if found:
            return _name(found.group("np"))
    return None


def _duty(found: re.Match[str]) -> bool:
    """True for "do the charts" said with no one doing it, in a list after a job ("I answer
    the phones, do the charts, order the supplies"): a task of that job, no work of its own."""
    return not found.group("who") and found.group("some").strip() == "the"


#: "a cold room selling frozen fish": what a venture sells or serves, after its name.
_SELLS = re.compile(r"\s+(?:selling|serving|supplying|offering|providing)\b.*$")


def venture_had(clause: str) -> str | None:
    """The venture a clause says the person has as their own ("i have my own colmado in villa
    consuelo" -> "colmado"), or ``None``. Sure only when it opens the message: said after a
    job, it may be where that job is done ("I'm a bookbinder, I have my own taller")."""
    found = _HAVE_OWN.match(clause.strip(" ,.;:!?-"))
    return _name(_SELLS.sub("", found.group("np"))) if found else None


def traded_venture(clause: str) -> str | None:
    """The venture a clause says the person has as their own when its name says its trade
    before its kind ("and I've got my own window cleaning business" -> "window cleaning
    business"), wherever the clause is: a venture named by its trade is work of its own, where
    "my own taller" or "my own small shop" after a job may be where the job is done."""
    name = venture_had(clause)
    head = _VENTURE.search(name or "")
    if name is None or head is None:
        return None
    trade = [w for w in name[: head.start()].split() if w not in {"and", "&"}]
    return name if trade else None


#: "I run a pottery workshop for kids", "a workshop for the local association": run for
#: others, an event or a post, not a venture of one's own.
_RUN_FOR_OTHERS = re.compile(r"^[\w' -]*?\b(?:workshops?|classes|class|courses?|sessions?)\s+for\b")


def own_business(clause: str) -> bool:
    """True when a clause says the person runs or owns a venture of their own ("I own a
    salon", "we run a small bakery", "we farm"): the self-employed setting."""
    said = clause.strip(" ,.;:!?-")
    trade = _TRADE_VERB.match(said)
    if trade:
        return trade.group("verb") == "farm"
    run = _RUN.match(said)
    if run is None or run.group("det") == "the" or _RUN_FOR_OTHERS.search(run.group("np")):
        return False
    name = _name(run.group("np"))
    return name is not None and _VENTURE.search(name) is not None


def _name(words: str) -> str | None:
    """The name in the words after the verb: cut before where, when and how it is done, one
    to four words, no pronoun, figure or time."""
    words = re.split(r"[(\d,;]", words, maxsplit=1)[0].strip()
    cut = _CUT.sub("", words).strip(" ,.;:!?-+&")
    where = _WHERE.match(words[len(cut) :])
    if not cut or _NO_WORK.match(cut) or _NOT_IN_NAME.search(cut) or len(cut.split()) > 4:
        return None
    place = _CUT.sub("", " " + where.group(2)).strip() if where else ""
    if where and cut in _GENERIC and place and not _NOT_IN_NAME.search(place):
        return f"{cut} {where.group(1)} {place}"  # "shifts at a bike shop": a bare word's place
    return cut


#: Words before a name in a reading's value that only say how much or how it is done.
_FILLER_BEFORE = re.compile(r"^(?:(?:small|little|tiny|freelance|the|a|an|some)\s+)*$")


def tightened(value: str, name: str) -> bool:
    """True when a work name read from a clause (``value``) is ``name`` with only fillers
    before it and where, when or how it is done after it: "small community pharmacy in
    Surulere with my sister" for "community pharmacy"; never "data analyst" for "analyst"."""
    at = value.find(name)
    if at < 0 or value == name:
        return False
    after = value[at + len(name) :]
    return bool(_FILLER_BEFORE.match(value[:at])) and (
        not after or bool(_CUT.match(after) or _SELLS.match(after))
    )


def business_said(text: str) -> bool:
    """True when a clause of ``text`` says the person runs or owns a venture of their own
    ("I own a salon", "my own boat and licence", "our own SRL", "the kiosk, it's mine")."""
    return any(own_business(c) for c in _CLAUSES.split(text)) or bool(_OWNED.search(text))


#: A thing of one's own that is a venture: "my own boat", "our own SRL", "with my own
#: chambers", "it's mine"; never one's own time, home, family or body.
_OWNED = re.compile(
    r"\b(?:my|our) own (?!(?:time|hours?|pace|house|home|place|flat|kids|children|family|"
    r"money|savings|pension|schedule|room|space|way|words|hands|bed|car|van|life|health|mind|"
    r"head|feet|ideas?|projects?|stuff|needs|rules|terms|accord|two|right|garden|kitchen)\b)"
    r"[^\W\d_][\w'-]*|(?:^|[,;]\s*)(?:it'?s|it is) (?:all )?mine\b"
)


_CLAUSES = re.compile(r"[.!?;:,\n()]+|\s[-–—+]+\s")


def already_named(name: str, names: list[str]) -> bool:
    """True when a name's words, by their stems, are all in a name already read ("driving a
    bus" beside "bus driver for the council")."""
    own = _stems(name)
    return any(own <= _stems(other) or _stems(other) <= own for other in names)


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{3,}", text.casefold())} - {"the", "and", "for"}


#: Words that open work done beside a job: "plus", "weekends", "on the side", "after work",
#: a season ("winters", "in summer") or the gaps between the job's spells ("between contracts").
_BESIDE = re.compile(
    r"^(?:(?:and|also|so|then)[,\s]+)*(?:plus\b|\+|(?:on |at |in the |most )?(?:weekends?|"
    r"evenings?|nights?|(?:satur|sun)days?|"
    # "Friday evenings I teach salsa": a weekday's evening or night is after the job's hours
    r"(?:(?:mon|tues|wednes|thurs|fri)days?|weekdays?) (?:evenings?|nights?))\b|"
    r"on the side\b|after work\b|"
    r"in my (?:spare|free) time\b|" + SEASON + r")"
)


def beside_a_job(span: str) -> bool:
    """True when a clause opens by saying its work is done beside a job ("Plus I sell wigs on
    IG", "weekends I teach violin online", "winters I run dog sled tours"): more work of its
    own, never a part of the job."""
    return _BESIDE.match(span.strip().casefold()) is not None


#: Said anywhere in a clause, words that put its work apart from an employer's job: done on
#: the side or on one's days off, or at one's own home ("I fix saddles in our barn", "I brew
#: beer in my garage"), where no employer's task is done.
_APART = re.compile(
    r"\b(?:on the side|on (?:my|me) days? off|in my (?:spare|free) time|"
    r"(?:in|out of|outta|from|at) (?:my|our|me) (?:own )?(?:garage|shed|barn|kitchen|house|"
    r"flat|apartment|yard|backyard|back yard|basement|cellar|attic|spare room|front room|"
    r"living room|allotment|smallholding)|"
    # "I brew mead at home and sell at markets": made at home, or made to be sold by the person
    r"at home|and (?:i |we )?sell(?:s|ing)? (?:them|it|those|these|on|at|to|online))\b"
)


def apart_from_job(span: str) -> bool:
    """True when a clause says its work is done beside a job, by its opening words or by
    where or when it is done ("... on the side", "... in our barn", "... on my days off")."""
    said = span.strip().casefold()
    return beside_a_job(said) or _APART.search(said) is not None
