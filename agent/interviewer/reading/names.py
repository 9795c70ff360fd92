"""Names in a segment: the activity or stream it names, known to the plan or new.

``known_name`` finds a name the plan already holds ("teaching" names *Teaching*; "the course"
names the stream *online course*: a word of four letters or more that only that name has).
``new_name`` is what is left of a segment once its quantities, hedges, fillers and framing
("I work as", "day job in", "on the side") are taken away, when that is a short noun phrase;
``GENERIC`` names ("employed", "day job") are no name of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent.interviewer import assent
from agent.interviewer.reading import manner, slips, ventures
from agent.interviewer.reading.wording import denies_limit, without_loose_tail

_FRAMING_WORDS = (
    "and|also|plus|then|so|but|oh|oh and|side|on the side|as well|mostly|mainly|am|during|"
    "over|after|before|until|from|by|around|through|within|the main one is|main one is|"
    "the first is|the other is|one is|first|second|third|outside that|outside of that|"
    "on top of that|besides that|beside that|besides|beside|apart from that|next to that|"
    "next to this|in addition|aside from that|alongside that|give|started|"
    "i've started|i started|"
    # work being set going, said before it ("starting a podcast"): what is started names it
    "starting|launching|setting up|i'm starting|im starting|i am starting|i'm launching|"
    "i'm setting up|we're starting|i'm also starting|"
    # a story announced before it is told ("Right so, long story: I'm a ...")
    "to cut a long story short|long story short|long story|short story|story time|"
    "i've been|i'm now|i've also|could we|can we|could you|can you|could i|can i|please|"
    "let's|lets|i|i'm|"
    "im|i am|i've|i have|i do|i also do|i run|i also|i work|i'm working|i'm also|we|my|our|"
    "a|an|the|some|bit of|a bit of|little|little bit of|spot of|doing|do|run|running|work|"
    "working|work as|as|at|in|for|on|with|of|to|is|it's|its|it|this|that|there's|currently|"
    "now|part-time|part time|full-time|full time|paid|unpaid|employed as|employed at|want to|"
    "i want to|i'd like to|i'd love to|like to|love to|add|start|launch|set up|i want|"
    "i also want|i really want|"
    "could i|can i|may i|could i add|can i add|"
    "self-employed|freelancing as|freelance as|day job|day job in|day job as|day job at|"
    "main job|main job as|job|job as|job in|job at|side hustle|side gig|gig|i forgot|forgot|"
    "i forgot to say|i forgot to mention|forgot about|about|then there's|there's also|"
    "the biggest thing is|biggest thing is|the big one is|also i|and i|i write|i make|i sell|"
    "i teach|i coach|i drive|i host|i organise|i organize|i give|i also run|i also write|"
    "i'd also|i'd|i would also|i would|i also|make|create|build|offer|record|turn|"
    # what the wish replaces, said before it ("rather add ...", "instead a podcast")
    "rather|instead|replace with|replace it with|replace that with|replace them with|"
    "write|host|each|some weekends|most weekends|at weekends|on weekends|weekends|"
    "some evenings|most evenings|in the evenings|evenings|one|:|mondays|tuesdays|wednesdays|"
    "thursdays|fridays|saturdays|sundays|most saturdays|most sundays|some saturdays|"
    "some sundays|in the mornings|mornings|at night|nights|"
    # how often, said before the work ("the odd voiceover job", "the occasional wedding gig")
    "odd|odd bit of|odd bits of|occasional|occasional bit of|a few|few|bits of|loads of|lots of|"
    "a lot of|plenty of|the odd bit of|a little|a spot of|now and then|every now and then|"
    # when, said before the work ("these days I'm chair of ...")
    "these days|nowadays|at the moment|right now|for now|since then|today|"
    # whose and on what terms, said before the work ("my own indie game", "pro bono mentoring")
    "own|very own|pro bono|pro-bono|"
    # asking for it to be added ("can we put in a quiz night", "adding a pottery class")
    "put in|add in|adding|include|squeeze in|fit in|slot in|pencil in|pop in|"
    # "rather add ...", "replace it with ...": the new stream said after the words that ask
    "rather|instead|replace with|replace it with|replace that with|replace them with|"
    # a verb of pay said with no name before it ("brought in $3,000 last year")
    "brought in|brings in|bring in|earned|earns|pays me|paid me|last year|this year|so far"
)
_FRAMING = re.compile(
    r"^(?:(?:"
    + "|".join(sorted(_FRAMING_WORDS.split("|"), key=len, reverse=True))
    .replace("|first|", "|first(?! aid)|")
    .replace("|one|", "|one(?!-)|")
    .replace("|over|", "|over(?![- ]?\\d)|")  # "the over 60s swimming club": an age group
    .replace("|odd|", "|odd(?! jobs?\\b)|")
    .replace("|in|", "|in(?!-)|")  # "in-house copywriting", "on-call repairs": part of the name
    .replace("|on|", "|on(?!-)|")
    + r")\b(?!')\s*)+"  # "and i'm ...": never "and i" leaving "'m ..."
)
_TAIL = re.compile(
    r"(?:\s+(?:on the side|as a side thing|cash in hand|in cash|for cash|as well|too|also|"
    r"for|at|in|on|with|and|or|a|the|"
    r"of|per|each|every|which|that|who|it|is|are|about|around|roughly|approx|approximately|"
    r"maybe|probably|ish|or so|give or take|tops|max|total|in total|before tax|after tax|"
    r"gross|net|take home|a week|a month|a year|per week|per month|per year|weekly|monthly|"
    r"yearly|pays|earns|makes|brings in|salary|income|revenue|steady|stable|fixed|each week|"
    r"for free|free|unpaid|voluntarily|for nothing|for nowt|nothing(?: yet| so far| else)?|"
    r"sometimes|"
    r"(?:is|are) (?:all |purely |just )?(?:volunteer(?:ing)?|voluntary)|so|"
    r"occasionally|now and then|most|some|every|every other|"
    r"(?:every|each|once a|twice a)(?: other)? (?:year|month|week|day|summer|winter|spring|autumn)|"
    r"hrs?|hours?|h|days?|weekends?|evenings?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|summers?|winters?|springs?|autumns?|"
    r"(?:a|the) (?:good|bad|busy|quiet) (?:year|season|month)|"
    r"mornings?|nights?|now|here|"
    # "proofreading gigs take 3 hours", "... brought in $3,000 last year": the verb of time or
    # pay said after the name, and when
    r"brought in|earned|made|paid|gets?|got|has earned|"
    # "the farm turns over 85,000": "over" goes with the figure, and the verb is no name's
    r"turns|turned|"
    r"last year|this year|last month|this month|so far|on average)\b)+$"
)
_HEDGES = re.compile(
    r"\b(?:(?:depending|depends) on\b.*$|obvs|obviously|ofc|somewhere|something like|"
    r"give or take|about|around|"
    r"roughly|approx(?:imately)?|maybe|probably|perhaps|like|ish|or so|tbh|honestly|"
    r"basically|really|just|only|currently|usually|normally|"
    r"typically|mostly|on average|average|at least|at most|up to|nearly|almost|"
    r"over(?![- ]?\d)|under(?![- ]?\d)|"
    r"prob|probs|prolly|defo|deffo|def|"
    r"another|other|lol|haha|hmm+|um+|er+|well|oh|ok|okay)\b"
)
#: What a thing of work is about, said after it ("a podcast about running", "a blog about
#: wellbeing"): a topic, kept as said; "about" before a figure or a share is a hedge.
_ABOUT_TOPIC = re.compile(
    r"(?<=[a-z])(?<!ing)\s+about\s+(?!(?:half|a (?:third|quarter|fifth|day|week|month|year|"
    r"couple|few)|an hour|once|twice|the same|as much|as many|\d))(?=[a-z])[^,;:()]*$"
)
#: "about" kept before a topic, where hedges are taken out.
_ABOUT = "about_"


def _topic(said: re.Match[str]) -> str:
    """A short topic stays with the thing it is about ("podcast about old tractors"); a long
    one is a story, and the thing alone is the name."""
    topic = said.group(0).split("about", 1)[1].strip()
    return f" {_ABOUT} {topic}" if len(topic.split()) <= 4 else ""


#: Who the work is done with, said last ("with a mate", "with my sister"): no part of its name.
_PARTNER = re.compile(
    r"\s+with\s+(?:a|an|my|me|two|some|the|an old)?\s*(?:[a-z'-]+\s+)?(?:mates?|friends?|"
    r"pals?|buddy|buddies|partner|colleagues?|brother|sister|cousin|husband|wife|boyfriend|"
    r"girlfriend|dad|mum|mom|son|daughter|flatmate|neighbou?r)\b[^,;:()]*$"
)
#: Names that say someone is employed, not what they do.
GENERIC = frozenset(
    {
        "employed",
        "employee",
        "employment",
        "job",
        "day job",
        "main job",
        "work",
        "full time",
        "part time",
        "full-time job",
        "part-time job",
        "full time job",
        "part time job",
        "salaried",
        "side project",
        "paid job",
        "the job",
        "my job",
        "self-employed",
        "self employed",
        "zero hours contract",
        "zero-hours contract",
        "zero hour contract",
        "freelance",
        "freelancer",
        "contractor",
        "side hustle",
        "side gig",
        "side job",
        "gig",
        "stuff",
        "things",
        "thing",
        "something",
        "that",
        "this",
        "it",
    }
)
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        "i me my mine you we us it its it's this that those these they them he she there here "
        "what which who how why when where yes no not nope nah yeah yep sure ok okay thanks wait "
        "thank please sorry hi hello hey is are was were be been being am do does did done doing "
        "have has had having can could would should will shall may might must reckon think "
        "guess say said know mean get got put spend spent make makes made earn earns pay pays "
        "paid unpaid total overall in all altogether capacity limit max maximum tops hours hour "
        "hrs week weeks month months year years day days weekend weekends evening evenings "
        "money income salary revenue savings saved buffer spending outgoings rent bills "
        "steady stable variable varies fixed regular reliable all over the place up and down "
        "love hate enjoy fun drains draining tiring boring energising more less much many lot "
        "lots few some any every each per a an the and or but so of in on at for to with from "
        "by as if then than too also well very quite pretty bit just now again still yet "
        "tax before after gross net take home depending depends sometimes often always never "
        "side less more worth paying free thats nothing none zero nil want wanted need needs "
        "things activities stuff everything obvs obviously carer caregiver mum mom dad parent "
        "retired housewife tech finance retail education healthcare hospitality corporate "
        "government general activist caregiver state base bonus advance salary wage rate "
        "skip cv commission tips overtime royalties half semester semesters term terms season "
        "seasons anchor seed client leverage stream streams monday tuesday wednesday thursday "
        "friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays "
        "january february march april may june july august september october november december "
        "summer summers winter winters spring autumn fall christmas easter mornings afternoons "
        "tiny small big huge minimal negligible loads good bad great fine ok okay alright "
        "mon tue tues wed thu thur thurs fri sat sun usd eur gbp pesos peso dollars euros pounds "
        "remote hybrid onsite shifts shift sins earning earnings making bringing grossing netting "
        "clearing taking getting charging billing else really other besides beside seems seem "
        "sounds "
        "feels feel right ideal initially start enough weekly monthly daily yearly annually "
        "fortnightly nightly mate pal buddy dude bro hun otherwise anyway anyways basically "
        "however meanwhile thought hiver été printemps automne invierno verano primavera otoño "
        "inverno verão outono sommer herbst frühling zomer lente herfst vinter sommar "
        "hai hain se milta milte milti hoon chamba curro laburo boulot taf "
        "och ach aye eish ahh oops jeez gosh yup cheers "
        # words said to the listener or to fill, in the person's own English or language
        "parce parcero vale bueno pues alors yaar chale abeg wallah ansum boet bru",
    )
)


#: Fillers the cutting above drops, which a slip of the hand ("herre", "ggis", "mosty") must
#: not turn into a name or keep in one. Words one slip from another common word ("from" and
#: "form", "there" and "three", "thing" and "thin") are left out.
FILLERS = frozenset(
    re.findall(
        r"\S+",
        "here also about around roughly maybe probably basically really just only currently "
        "usually normally typically honestly obviously mostly mainly nearly almost perhaps "
        "sometimes occasionally occasional nowadays little plus then with some each every other "
        "another side gig gigs job jobs stuff something employed weekends evenings mornings "
        "nights mondays tuesdays wednesdays thursdays fridays saturdays sundays work working "
        "doing paid unpaid free tops total well okay haha",
    )
)


#: Costs of living that are never work ("childcare", "food" or "the car" may be).
_COSTS = frozenset(
    {"mortgage", "rent", "bills", "council tax", "groceries", "insurance", "utilities",
     "petrol", "car finance", "loan", "loans", "debt", "debts", "repayments", "outgoings"}
)  # fmt: skip


def mend_fillers(text: str) -> str:
    """``text`` with each filler typed with one slip written as that filler ("ggis" ->
    "gigs", "aslo herre" -> "also here"), so that it is read as the filler would be."""
    return slips.mend(text, FILLERS, real=_NOT_NAMES | GENERIC)[0]


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, apostrophes and inner hyphens)."""
    return re.findall(r"[^\W_][\w'&-]*", text)


def words_and_parts(text: str) -> list[str]:
    """The words of a text and the parts of its hyphenated words: "reed-making" is also
    "reed" and "making", as a person may say it apart ("the reeds", "classic car tours")."""
    found = words(text)
    return found + [p for w in found if "-" in w for p in w.split("-") if len(p) >= 3]


def stem(word: str) -> str:
    """A crude stem for matching names: "teaching", "teacher", "teach" -> "teach"; a plural
    loses its "s" first ("weddings", "wedding" -> "wedd")."""
    return _uncut(word)[:6]


#: Words of a label that say nothing of which work it is ("agency shifts", "bar work").
_PLAIN_WORK = frozenset(
    re.findall(
        r"\S+",
        "shift shifts work job jobs gig gigs role post session sessions client clients contract "
        "business bits hustle",
    )
)


def labels_other_work(text: str, known: str) -> bool:
    """True when the label of an item said before a colon ("wine competition judging: about 1
    hour a week") shares a word with a recorded name ("Wine column") but names other work: it
    leaves out a long word of that name and says two or more long words of its own."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip():
        return False
    own = {stem(w) for w in words(known.casefold()) if len(w) >= 4}
    said = {
        stem(w)
        for w in words(label.casefold())
        if len(w) >= 4 and w not in _NOT_NAMES and w not in _PLAIN_WORK
    }
    return bool(own & said) and bool(own - said) and len(said - own) >= 2


def kind_beyond(candidate: str | None, known: str) -> bool:
    """True when a name said ("per diem nursing shifts") shares a word with a recorded name
    ("ICU nurse") and says a kind of that work of its own: a long word, or two words, that the
    recorded name lacks, beside words of plain work ("shifts") that say nothing of the kind."""
    own = [_uncut(w) for w in words(known.casefold())]
    said = [_uncut(w) for w in words((candidate or "").casefold()) if w not in _PLAIN_WORK]
    shared = [w for w in said if any(_same_root(w, o) for o in own)]
    beyond = [w for w in said if w not in shared and w not in _SHORT_PLAIN and w not in _NOT_NAMES]
    return bool(shared) and (len(beyond) >= 2 or any(len(w) >= 4 for w in beyond))


def _same_root(a: str, b: str) -> bool:
    """ "nurs" and "nurse", "pharmacy" and "pharmacist": one word, its ending cut or not."""
    if min(len(a), len(b)) >= 6 and a[:6] == b[:6]:
        return True
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


#: "it teaches me to pitch": the verb says what some work teaches, and names no work (not the
#: "Teaching ..." on record).
_WHAT_IT_TEACHES = re.compile(
    r"\b(?:teach(?:es)?|taught|(?:is|are|has been|have been) teaching)\s+(?:me|us)\b"
)


def known_name(text: str, names: Iterable[str]) -> str | None:
    """The one name of ``names`` the text refers to: whole, or by a word only it has. What a
    blog or a podcast is about is its topic, no work referred to ("a newsletter about
    paramedic life" is not the paramedic job)."""
    names = list(names)
    text = _TOPIC.sub(r"\g<medium>", text)
    for name in sorted(names, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name.casefold())}\b(?!{_BEFORE_MEDIUM})", text):
            return name  # "the nurse wellbeing blog" names no nursing
    text = _WHAT_IT_TEACHES.sub(" ", text)
    said = {stem(w) for w in words_and_parts(text) if len(w) >= 4 and w not in _NOT_NAMES}
    said |= {w for w in words(text) if len(w) <= 3 and w not in _SHORT_PLAIN}
    hits = []
    for name in names:
        own = {stem(w) for w in words_and_parts(name.casefold()) if len(w) >= 4}
        own |= acronyms(name)
        own |= _short_nouns(name)
        # a blog's topic is no word it is known by beside the work it is about
        others = {stem(w) for n in names if n != name
                  for w in words_and_parts(_TOPIC.sub(r"\g<medium>", n.casefold()))}  # fmt: skip
        if said & (own - others) or _misspelt(text, name, others) or _head_said(text, name):
            hits.append(name)
    return hits[0] if len(hits) == 1 else None


_MEDIA = r"(?:blog|vlog|podcast|newsletter|channel|column|zine|substack)s?\b"
#: Words that make a name said before them the topic of a medium: "nurse [wellbeing] blog".
_BEFORE_MEDIUM = r"\s+(?:[a-z'-]+\s+){0,2}" + _MEDIA
#: A medium and what it is about: "a newsletter about paramedic life", "a podcast on baking".
_TOPIC = re.compile(
    r"\b(?P<medium>blog|vlog|podcast|newsletter|channel|column|zine|substack)s?\s+"
    r"(?:about|on)\s+(?:[a-z'-]+\s+){0,3}[a-z'-]+"
)


def _head_said(text: str, name: str) -> bool:
    """True when the text says the last part of a word of ``name`` made of two ("the lashes"
    for "Eyelash extensions", "the turning" for "Woodturning"): what the thing is, without
    what kind it is."""
    said = {_uncut(w) for w in words(text) if len(w) >= 4 and w not in _NOT_NAMES}
    own = [_uncut(w) for w in words(name.casefold()) if len(w) >= 7]
    return any(len(w) >= len(s) + 3 and w.endswith(s) for s in said if len(s) >= 4 for w in own)


#: Short words that say nothing of which work is meant ("day job", "my own gig").
_SHORT_PLAIN = frozenset(
    re.findall(
        r"\S+",
        "the and for of at in on to by or an a my our own new old big day job two one per via off "
        "out top bit lot pay way end few all any not but gig biz art",
    )
)


def _short_nouns(name: str) -> set[str]:
    """Short words of a name that tell it apart ("bus" in "bus driver", "tax" in "tax
    returns"): "the bus job" refers to the bus driver."""
    return {w for w in words(name.casefold()) if 2 <= len(w) <= 3 and w not in _SHORT_PLAIN
            and w not in _NOT_NAMES and w.isalpha()}  # fmt: skip


def acronyms(name: str) -> set[str]:
    """Short words a name writes in capitals ("NHS", "UX"): as telling as a long word."""
    return {w.casefold() for w in words(name) if 2 <= len(w) <= 3 and w.isupper()}


def _misspelt(text: str, name: str, others: set[str]) -> bool:
    """ "tutring" for "tutoring": one letter left out, added or changed, in a long word of
    ``name`` that no other name shares. A word that only begins another ("stone" in
    "stonemason", "paint" in "paintball") is a different word, though their cut stems differ
    by one letter. The words are compared whole or without their endings, never cut to six
    letters: "pattern" and "pottery" are one letter apart only as "patter" and "potter"."""
    # "the nails one" beside "gel nails" and "Royal Mail round": a word another name has is
    # that name's word, never "mail" typed with a slip
    said = [
        w
        for w in words(text)
        if len(w) >= _LONG_WORD and w not in _NOT_NAMES and stem(w) not in others
    ]
    own = [w for w in words(name.casefold()) if len(w) >= _LONG_WORD and stem(w) not in others]
    return any(
        (_one_edit(a, b) or _one_edit(_uncut(a), _uncut(b))) and not _begins(a, b)
        for a in said
        for b in own
        if stem(a) != stem(b) and len(stem(a)) >= 4 and len(stem(b)) >= 4
    )


#: The shortest word a slip of one letter is looked for in: four-letter words one letter apart
#: are most often two words ("like" and "bike", "home" and "hose").
_LONG_WORD = 5


def _begins(a: str, b: str) -> bool:
    short, long_ = sorted((_uncut(a), _uncut(b)), key=len)
    return long_.startswith(short) and len(long_) - len(short) >= 2


def _uncut(word: str) -> str:
    """The stem of ``word`` before :func:`stem` cuts it to six letters."""
    if len(word) <= 5:
        return word.rstrip("s")
    word = re.sub(r"(?:ing|er|ers|es|s|ed)$", "", word)
    if len(word) > 5:
        word = re.sub(r"(?:ing|er|ers|es|s|ed)$", "", word)
    return word


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def new_name(text: str) -> str | None:
    """The noun phrase a segment names once quantities are blanked out, or ``None``.

    Before a colon is the name ("ward nursing: 30h"), unless it is a label ("Paid job:
    receptionist", "Two things: ..."), when the name follows it.
    """
    label, colon, rest = text.strip().partition(":")
    if colon and rest.strip():
        said_as_label = (
            generic(label) or _COUNT_LABEL.match(label.strip()) or _LEAD_IN.search(label.strip())
        )
        if _MESSAGE_LABEL.fullmatch(label):
            return _name(rest) if _OWN_SENTENCE.match(rest) else None
        if manner.without_how(label) != label:
            # "I do research as freelancer: university retainer (...), consulting ...": how
            # the person works, said over the list of what they do; the list names the work
            return _name(rest) or _name(label)
        return _name(rest) if said_as_label else _name(label) or _name(rest)
    return _name(text)


#: "two jobs: ...", "3 things:": a label that counts what follows.
_COUNT_LABEL = re.compile(
    r"^(?:\d+|two|three|four|five|a few|several|a couple of|my)\s+(?:main\s+)?"
    r"(?:jobs|things|gigs|roles|activities|hats|income streams|streams|sources of income)$"
)


#: "long story short: ...", "ok so basically: ...": words that open a story, before its colon.
_LEAD_IN = re.compile(
    r"(?:^|\b)(?:long story short|in short|basically|in a nutshell|tl;?dr|summary|background|"
    r"about me|here goes|so|ok|okay|right|well)$|"
    # "there is one thing I would like to add: ...", "something I'd love to try: ...": the
    # thing is announced before the colon and named after it
    r"^(?:(?:there(?:'s| is)|here(?:'s| is)|and|so|oh)\s+)*(?:(?:one|another|a|the)\s+"
    r"(?:more\s+|other\s+|last\s+|new\s+)?thing|something(?:\s+(?:else|new))?)\b"
)


_IT_JOB = re.compile(
    r"^(?:i'?m |i am |i work in |in )?(?:an? )?it (?=(?:support|services|department|team|manager|"
    r"technician|consultant|contractor|admin|helpdesk|help desk|security|specialist|analyst|"
    r"officer|project|engineer|lead)\b)"
)


#: A season, or the gaps between a job's spells, said before the work done in them
#: ("winters I make ice at the curling club", "between contracts I give French lessons").
SEASON = (
    r"(?:(?:in (?:the )?|during the |over the |most |every )?"
    r"(?:winters?|summers?|springs?|autumns?|off[- ]season|monsoons?|"
    r"(?:wet|dry|rainy|low|quiet) seasons?)|"
    r"between (?:contracts|shows|jobs|gigs|seasons|tours|swings|terms)|"
    # "rest of the year I play fiddle", "my home week I play ukulele": the time a job leaves
    r"(?:for )?(?:the )?rest of the year|(?:in |on |during )?(?:my|me) (?:home|off) (?:weeks?|"
    r"swings?|rotations?))\b"
)

_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?)"
_DAY_PART = r"(?:evenings?|nights?|mornings?|afternoons?)"
#: "Sundays I cut hair", "on weekends I ...", "saturday mornings I ...", "winters I ...": when
#: the work is done, said before it.
WHEN = (
    r"(?:(?:(?:on\s+|at\s+|in the\s+|some\s+|most\s+|every\s+)?"
    rf"(?:{_DAY}(?:\s+{_DAY_PART})?|{_DAY_PART})|{SEASON}),?\s+)?"
)

#: A season said first, before the person and the work they do in it: when, not what.
_SEASON_FIRST = re.compile(r"^\W*" + SEASON + r",?\s+(?=(?:i|we)\s)")


#: Work said to be done beside a job, before its verb: "on the side I restore furniture".
#: Words that join more work to the job said before: "next to that I repair radios".
MORE_WORK_LINK = (
    r"next to (?:that|this|it)|besides(?: (?:that|this))?|on top of (?:that|this)|"
    r"in addition(?: to (?:that|this))?|(?:apart|aside) from (?:that|this)|"
    r"alongside (?:that|this)"
)
BESIDE = (
    r"on the side|as well|in my (?:spare|free) time|after work|outside (?:of )?work|"
    + MORE_WORK_LINK
)

BESIDE_FIRST = re.compile(r"^\W*(?:" + BESIDE + r")[,\s]+(?=(?:i|we)\s)", re.I)
#: Those of them that would be read as a name ("in my spare time" as "spare time").
_TIME_FIRST = re.compile(
    r"^\W*(?:in my (?:spare|free) time|after work|outside (?:of )?work)[,\s]+(?=(?:i|we)\s)", re.I
)


#: Verbs said with "also" that do no work: a state, a feeling, a wish, money, time.
NOT_DOING = (
    r"(?:am|was|were|have|has|had|want|wanted|like|love|loved|hate|enjoy|think|feel|felt|need|"
    r"needed|know|knew|get|got|go|went|say|said|would|could|should|might|may|will|can|mean|hope|"
    r"wish|try|tried|worry|worried|spend|spent|save|saved|pay|paid|earn|earned|live|find|found|"
    r"reckon|guess|just|really|still|never|only|used|look|looked|care|cared|struggle|suffer|"
    r"see|saw|believe|keep|kept|help|helped|put|take|took|give|gave|own|rent(?!\s+out\b)|share|"
    r"sometimes|often|usually)\b"
)

#: Verbs that say the work done, with what they are done to ("teach guitar").
_VERBS = (
    r"(teach|write|make|"
    r"sell|coach|"
    r"drive|host|organi[sz]e|run|give|clean|groom|play|translate|consult|review|edit|design|"
    r"build|repair|fix|paint|bake|cook|tutor|walk|deliver|proofread|illustrate|photograph|"
    r"film|cut|sit|knit|sew|garden|train|cater|dj|invigilate|foster|maintain|mark)"
)
#: One of those verbs alone, said with no one doing it ("guides 2 hrs, sell ~25 a month"): it
#: says what is done with the work named before, and names none ("I DJ" names the DJ work).
_BARE_VERB = re.compile(r"^(?:(?:and|also|then|plus|so)\s+)*" + _VERBS + r"$")
_OPENS_WITH_VERB = re.compile(r"^\W*(?:(?:and|also|then|plus|so)\s+)*" + _VERBS + r"\b")


_DOING = re.compile(
    r"^(?:(?:and|also|then|plus|oh|so)\s+)*" + WHEN + r"(?:(?:i|we)\s+(?:also\s+)?(?=[a-z])|"
    # "... and walk dogs", "... and cut hair for friends": a second trade's verb after "and"
    r"(?<=\band\s)(?=teach|tutor|coach|run\s|clean\s|sell\s|drive\s|bake\s|paint\s|"
    r"walk\s|cut\s|fix\s|repair\s|groom\s|sew\s|knit\s|cook\s|deliver\s|translate\s|"
    r"photograph\s|illustrate\s|proofread\s|design\s|edit\s|build\s)|"
    r"(?<=^also\s)|(?<=^plus\s))" + _VERBS + r"\s+(?=[a-z])"
)


#: "so i drive a bus for the council": a vehicle driven, said as the work.
_DRIVES = re.compile(
    r"^(?:(?:and|also|then|plus|oh|so)\s+)*"
    + WHEN
    + r"(?:i|we)\s+(?:also\s+)?drive\s+(?:a|an|the|my)\s+((?:[a-z]+\s+)?(?:bus|minibus|coach|"
    r"taxi|cab|van|lorry|truck|hgv|tram|train|forklift|ambulance|tractor|digger|crane))\b"
)


_IGN_WORDS = frozenset({"des", "al", "ass", "res", "campa", "fore", "be", "mal", "cons", "s", "re"})


def _ing_slip(match: re.Match[str]) -> str:
    """ "walkign" is "walking"; "design", "campaign" and "foreign" stay as they are."""
    stem = match.group(1)
    return match.group(0) if stem in _IGN_WORDS or stem.endswith(("des", "ass")) else stem + "ing"


#: Verbs of trade whose work is named by the one who does it: "I DJ at weekends" is "DJ".
_DOER = {"dj": "dj"}


def _doing(verb: str) -> str:
    return _DOER.get(verb) or gerund(verb)


def gerund(verb: str) -> str:
    """The doing of a verb: "knit" -> "knitting", "restore" -> "restoring"."""
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"  # one syllable ending vowel-consonant: "knit", "run"
    return (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


#: How steadily work comes, said alone ("very on and off"): a label, never a name.
_LABEL_ONLY = re.compile(
    r"^(?:(?:very|quite|pretty|really|a bit|fairly|super|so)\s+)*(?:on and off|off and on|"
    r"up and down|hit and miss|stop and start|feast (?:and|or) famine|all over the place|"
    r"ups and downs)\W*$"
)


#: Said alone, how work is (not) paid: a detail of the work named before, never a name.
_PAY_ONLY = re.compile(
    r"^(?:(?:all|mostly|purely|totally|completely|entirely|strictly)\s+)?(?:voluntary|voluntry|"
    r"voluntarily|unpaid|pro bono|for free|free|for nothing|for nowt)(?:\s+like)?\W*$"
)


#: Words that only join what follows to what was said ("in addition", "on top of that",
#: "next to that"), said as a clause of their own.
_LINK_ONLY = re.compile(
    r"^(?:and\s+|but\s+)?(?:in addition(?: to (?:that|this|it))?|additionally|furthermore|"
    r"moreover|besides(?: (?:that|this))?|on top of (?:that|this|it|all that)|"
    r"(?:apart|aside) from (?:that|this|it)|as well as (?:that|this)|other than (?:that|this)|"
    r"next to (?:that|this|it)|alongside (?:that|this|it)|what'?s more)\W*$"
)


#: The terms a job is held on, said alone after it ("casual thru an agency", "seasonal",
#: "zero hours with an agency"): how the work named before is held, never work of its own.
_TERMS_ONLY = re.compile(
    r"^(?:(?:and|but|all|it'?s|i'?m|im|on|an?)\s+)*(?:casual|temp|temporary|permanent|seasonal|"
    r"part[- ]time|full[- ]time|zero[- ]hours?|on[- ]call|relief|salaried|freelance|"
    r"self[- ]employed|commission[- ]only|(?:a )?union(?:i[sz]ed)? (?:job|post|role))"
    r"(?:\s+(?:thru|through|via|with|for|from)\s+"
    r"(?:an?|the|my)\s+(?:temp(?:ing)? |recruitment |staffing )?(?:agency|agencies|"
    r"labou?r hire(?: company| firm)?|umbrella company)|\s+basis)?"
    r"(?:\s+(?:from|at) home|\s+remotely)?\W*$"
)


#: An event named by its part of the day, said last after a thing ("a quiz night", "a youth
#: barbering night", "games evening"), unlike when work is done ("bar work fridays at night").
_EVENT = re.compile(
    r"\b(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|every\b|some\b|most\b|each\b|late\b|"
    r"last\b|this\b|next\b|that\b|one\b|the\b|per\b|other\b|week\b|work\b)([a-z]{4,})\s+"
    r"(night|evening)$"
)


#: When the work named before is done, said alone ("wet season only", "the tourist season"):
#: a time of the year, never a name.
_WHEN_ONLY = re.compile(
    r"^\W*(?:only\s+)?(?:" + SEASON + r"|"
    r"(?:in |during )?(?:the )?(?:(?![a-z]+ing )[a-z]+ )?seasons?)(?:\s+only)?\W*$"
)


#: A time of the year said before the work's figures: "in shearing season", "over the summer".
_TIME_OF_YEAR = re.compile(
    r"(?:^|\b)(?:in|during|over|across)\s+(?:the\s+)?(?:[a-z]+\s+)?season\b|"
    r"(?:^|\b)(?:in|during|over|across)\s+(?:the\s+)?(?:summer|winter|spring|autumn|year)\b"
)


def _name(text: str) -> str | None:
    said = text.strip()
    if _LABEL_ONLY.match(said) or _PAY_ONLY.match(said) or _WHEN_ONLY.match(said.casefold()):
        return None
    if _LINK_ONLY.match(said.casefold()) or _TERMS_ONLY.match(said.casefold()):
        return None  # "In addition, ...", "casual thru an agency": never a name
    if denies_limit(text):
        return None  # "nothing limits it": no work is named
    parent = _PARENT.match(text.strip())
    if parent:
        return parent.group(1)
    job_at = _JOB_AT.match(text.strip())
    if job_at:  # "day job at the bank": the job the person names, and where it is
        return _TAIL.sub("", job_at.group(1)).strip(" ,.:;-")
    it_job = _IT_JOB.match(text.strip())
    if it_job:  # "IT support officer": "it" is no pronoun here
        text = "information-technology " + text.strip()[it_job.end() :]
    text = re.sub(r"[^\w\s'&/+.,:;()-]", " ", text)  # emoji and symbols name nothing
    # "marketing guy herre", "ggis": a filler typed with a slip is that filler
    text = mend_fillers(text)
    text = _SOLD_AFTER.sub("", text)  # "I restore old chairs and sell them": one work
    text = _OWN_THING_IS.sub("", text)  # "my own thing is chilli jam": the work is the jam
    text = _TIME_FIRST.sub("", text)  # "in my spare time I repair bikes": when, not what
    text = _SEASON_FIRST.sub("", text)  # "winters I make ice": when, not what
    text = re.sub(r"\s+as (?:a|an|my|the) (?:seed|anchor|client|leverage)\b.*$", "", text)
    # "roofing is my main thing": the name, said with what it is to the person
    text = re.sub(
        r"\s+(?:is|are|'s) (?:my|the|our) (?:main|other|second|biggest|day|side|real|"
        r"proper) (?:thing|job|one|work|gig|earner|income|business|hustle)\b.*$",
        "",
        text,
    )
    # "the rest of my week is the housing campaign", "main gig is the call centre": the name
    # follows the time it fills or the place it has among the person's work
    text = _subject_of_figure(text)  # "the holiday lets bring in about €22k"
    text = _HOW_OFTEN.sub(" ", text)  # "I volunteer half a day a week at the food bank"
    text = _TIME_OF_YEAR.sub(" ", text)  # "in shearing season i do 50 hrs": when, not what
    text = ventures.venture_name(text)  # "I've got a youtube channel on lime mortar"
    text = _THE_REST_IS.sub("", text.strip())
    text = _MAIN_ONE_IS.sub("", text)
    text = _ABOUT_TOPIC.sub(_topic, _PARTNER.sub("", text))  # "a podcast about X with a mate"
    text = re.sub(r"\s+", " ", _HEDGES.sub(" ", text)).strip(" ,.:;-!?'\"+&")
    # "I clear about £150", "I'm grateful": a pronoun and one bare word is a verb or a mood.
    if re.fullmatch(r"(?:and |so )?(?:i|i'm|im|we|it's|it|that's)\s+[a-z'-]+", text):
        return None
    # "I drive a bus" names the role ("bus driver"); "I teach guitar" the work with its
    # object ("teaching guitar")
    text = _DRIVES.sub(lambda m: f"{m.group(1)} driver", text)
    text = _DOING.sub(lambda m: _doing(m.group(1)) + " ", text)
    text = re.sub(r"^(?:i\s+)?(?:look|looks) after\b", "looking after", text)
    # "catering the odd wedding": how often, inside the name too
    text = re.sub(r"\b(?:the|an?) (?:odd|occasional) (?:bits? of )?(?!jobs?\b)(?=[a-z])", "", text)
    text = re.sub(r"\b([a-z]{3,})ign\b", _ing_slip, text)  # "walkign": two letters swapped
    text = _EVENT.sub(r"\1_\2", text)  # "a youth barbering night": the night is the thing
    text = _ASKED_TO_ADD.sub("", text)  # "cud we add a podcast": the podcast, typed as it is
    previous = None
    while previous != text:
        previous = text
        text = _FRAMING.sub("", text).strip(" ,.:;-")
        text = _TIME_LEAD.sub("", text)
        text = _TAIL.sub("", text).strip(" ,.:;-")
    text = _as_a(manner.without_how(text))  # "research as freelancer" is the research
    text = re.split(
        r"\s+(?:that|which|who|where|when(?:ever)?|because|since|so that|so|but|i|we|you|he|she|"
        r"they|"
        r"from home|at home|remotely|for (?:a few|some|several|a couple of|lots of|loads of))\s+|"
        r"\s+(?:from home|at home|remotely)$",
        text,
    )[0]
    text = _TAIL.sub("", text).strip(" ,.:;-")  # "bookkeeping on the side for a few ..."
    if _BARE_VERB.match(text) and _OPENS_WITH_VERB.match(said):
        return None  # "sell ~25 a month at £12": what is done with the work said before
    clause = _CLAUSE.search(text)  # before "it" of an IT job is put back
    text = text.replace("information-technology", "it")
    content = [
        w
        for w in words(text)
        if w not in _NOT_NAMES and not w[0].isdigit() and (len(w) >= 3 or w in _SHORT_JOBS)
    ]
    text = _shortened(text).replace("_night", " night").replace("_evening", " evening")
    text = text.replace(_ABOUT, "about")
    if not content or len(words(text)) > 10 or text in GENERIC or clause:
        return None
    if " ".join(content) in _COSTS:
        return None  # "the mortgage is about 1,050": a cost of living, no work
    return None if _CONTRACT_FORM.match(text) else manner.without_place(without_loose_tail(text))


#: A request to add work, whatever its opening words are typed as ("cud we add", "culd u
#: add", "wud like to add"): a few words that end on who is to add it, or on "to", then the
#: verb; the name is what follows the verb, never the words of the request.
_ASKED_TO_ADD = re.compile(
    r"^(?:[\w']+\s+){0,2}(?:we|u|you|ya|i|us|me|to|pls|plz|please)\s+"
    r"(?:add|include|put in|start|launch|set up)\s+(?!(?:at|on|in|by|from|with|up|it|that|this|"
    r"them|those|these)\b)(?=[a-z])"
)


#: A sentence the person says of themselves after a colon ("an update: I've started
#: tutoring").
_OWN_SENTENCE = re.compile(r"^\s*(?:i|i'm|im|i've|ive|i'd|we|we're|we've|my|our)\s", re.I)
#: A label of the message itself ("an update:", "quick note:", "PS:"): never work, and what
#: follows names work only when the person says it of themselves.
_MESSAGE_LABEL = re.compile(
    r"\W*(?:(?:an?|one|quick|small|little|big|last|latest|another|just an?)\s+)*"
    r"(?:updates?|news|notes?|heads[ -]?up|fyi|p\.?s\.?|edit|correction|addendum|reminder|"
    r"one more thing)\W*",
    re.I,
)
#: "my own thing is ...", "my side hustle is ...": the work of one's own, named after it.
_OWN_THING_IS = re.compile(
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:my|our)\s+(?:own|side|other)\s+(?:thing|gig|hustle|"
    r"business|venture)\s+(?:is|are|'s)\s+(?=[a-z])"
)
#: Selling what was just named, said after it: how that work is sold, no part of its name.
_SOLD_AFTER = re.compile(
    r"\s+and\s+(?:then\s+)?(?:re)?(?:sell|sells|flog|flogs)\s+(?:them|it|those|these|"
    r"the (?:lot|finished ones)|(?:on|at|in|to|online|via|through|locally)\b).*$"
)


_DETAIL_CUT = re.compile(r"\s(?=(?:to|in|for|with|at|on|from|across)\s)")
_NAME_WORDS = 5


def _shortened(text: str) -> str:
    """ "teaching irish on zoom to adults in the us and australia": a name too long to be one
    keeps its head and the details that fit, cut where a detail opens."""
    if len(words(text)) <= 2 * _NAME_WORDS or not re.match(r"[a-z]{3,}ing\b", text):
        return text  # only work said as doing something ("teaching irish ...") is cut
    kept = ""
    for piece in _DETAIL_CUT.split(text):
        if kept and len(words(f"{kept} {piece}")) > _NAME_WORDS:
            break
        kept += (" " if kept else "") + piece.strip()
    return kept


#: "the holiday lets bring in about ...", "sheep farming is about ... in lambing": the name is
#: the subject of a verb whose object is a figure (blanked out: two spaces or more); "is" only
#: when no place follows ("my main job is 30h at Lidl" names Lidl, not the job).
_SAID_OF = re.compile(
    r"\s+(?:(?:is|are|was|were)(?=[^,;]*$)(?![^,;]*\b(?:at|for|with|out of)\s)|brings?(?: in)?|"
    r"brought(?: in)?|makes?|made|earns?|earned|nets?|netted|clears?|cleared|comes? to|came to)"
    r"(?:\s+(?:about|around|roughly|maybe|approx|approximately|like|usually|typically|only|"
    r"just|nearly|almost|easily|probably|on average|over|under|up to))*(?:\s{2,}|\s*$)"
)
#: Who pays for work ("sponsors bring in", "clients make up"): never the work's name.
_PAYERS = re.compile(
    r"\b(?:clients?|customers?|sponsors?|patrons?|subscribers?|students?|pupils?|members?|"
    r"donors?|donations?|people|parents|they|tips|backers|supporters|fans|guests)\s*$"
)


def _subject_of_figure(text: str) -> str:
    """The subject before a verb whose object is a figure, when it is no payer."""
    head = _SAID_OF.split(text, maxsplit=1)[0]
    return text if head == text or _PAYERS.search(head) else head


#: How often, said in words inside a name ("half a day a week", "a few times a month").
_HOW_OFTEN = re.compile(
    r"\b(?:half a|one|a|an|two|three|a few|a couple of|several|\d+)\s+(?:days?|evenings?|"
    r"mornings?|afternoons?|nights?|times|sessions?|shifts?)\s+(?:a|per|each|every)\s+"
    r"(?:week|month|fortnight|year)\b"
)


#: "(a few) hours a week at the charity shop", "days at the depot": the time the work takes,
#: said before the place that names it; never part of the name.
_TIME_LEAD = re.compile(
    r"^(?:hours|hrs|days|evenings|nights|mornings|afternoons|shifts)"
    r"(?:\s+(?:a|per|each|every)\s+(?:week|month|fortnight|day|year))?\s+(?=(?:at|in|with)\s)"
)


_THE_REST_IS = re.compile(
    r"^(?:and\s+)?the rest(?:\s+of\s+(?:my|the)\s+(?:week|time|hours|days?))?\s+"
    r"(?:is|goes (?:on|to|into)|i spend on)\s+"
)


_MAIN_ONE_IS = re.compile(
    r"^(?:and\s+)?(?:my\s+|the\s+)?(?:main|day|other|second|side|first|biggest|real)\s+"
    r"(?:gig|job|thing|one|work|earner|income|hustle)\s+(?:is|'s)\s+(?:at\s+|with\s+)?"
)


#: Jobs said by two letters ("PA, 35 hrs", "QA (40h, £45k)"): names of their own.
_SHORT_JOBS = frozenset({"pa", "qa", "rn", "gp", "hr", "ta", "ux", "pr", "ea", "ot", "dj"})


def _as_a(text: str) -> str:
    """ "the NHS as a physio" names the physio; "a retainer ... as an adviser" the retainer."""
    match = re.search(r"\s+as (?:a|an|the|my)\s+", text)
    if match is None:
        return text
    before, after = text[: match.start()], text[match.end() :]
    owner = re.sub(r"^(?:i'?ve got|i have got|i have|got)\s+", "", before)
    if re.search(r"\b(?:retainer|job|contract|role|post|position)\b", before) and not generic(
        owner
    ):
        return before  # "a retainer with the ministry as an adviser"; not "my main job as a"
    return after if len(after.split()) <= 3 else before


#: Words that make a phrase a statement, not a name ("we work", "i'd say", "don't have").
_CLAUSE = re.compile(
    r"\b(?:i|me|we|you|he|she|they|it|id|im|ive|i'd|i'm|i've|it's|that's|thats|there's|don'?t|"
    r"dont|doesn'?t|isn'?t|not|never|no|few|several|on top of|was|were)\b"
)


#: Words a name does not open with: relative words, quantifiers, time and money words ("per
#: hour"; "per diem shifts" are work paid by the day, a kind of work of its own).
_BAD_START = re.compile(
    r"^(?:top\s+of|retired|former|formerly|ex|used|outside|inside|(?:rent|renting)(?!\s+out\b)|"
    r"one|thinking|"
    # "I cannot work while I am offshore, so nothing during the 3 weeks on": a denial
    r"cannot|nothing|none|nobody|no one|"
    r"sold|sells|bought|charged|billed|invoiced|"
    r"considering|planning|hoping|maybe|which|that|who|whose|where|when|whenever|since|until|till|while|because|if|though|"
    r"although|unless|most|more|less|each|every|per(?!\s+diem\b)|some|any|all|both|own|pro|made|make|"
    r"makes|paid|pays|gives|got|get|gets|keep|keeps|did|does|done|usually|except|plus|"
    r"mainly|mostly|only|just|even|last|next|this|these|those|other|same|such)\b|^[^a-z]|"
    r"^(?:much|way|far|a lot|a bit|a little|quite a bit)\s+(?:less|more|lower|higher)\b|"
    # an adverb said alone ("Separately, I have ...", "additionally"): how, never what
    r"^[a-z]{3,}(?:ate|ent|ant|al|ful|ous|ive|ar|less)ly$"
)
#: Finite verbs and money words: a phrase holding one is a statement or a detail, not a name.
_NOT_IN_NAME = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|pay|pays|gives?|does|did|brings?|makes?|"
    r"made|keeps?|gets?|got|needs?|takes?|goes|went|says?|said|scrap|want|wants|think|know|"
    r"reckon|guess|mean|means|suppose|can|cannot|could|would|should|will|won'?t|can'?t|costs?|"
    r"cash|stipend|rata|wages?|salary|earnings|tips|fees|income|revenue|savings|"
    r"turnover|profit|bonus|overtime|base|ctc|package|took|retirement|retired|runs|starts|works|lives|comes|finishes|"
    r"clear|clears|cleared|pension|pensions|benefits|allowance|dividends|interest|"
    r"rake|rakes|raked|pull|pulls|pocket|pockets|pocketed|"
    r"begins|ends|seems|feels|looks|sounds)\b"
)


#: Care said as what the person does ("caring for my mum", "carer"), not as a name's first
#: word ("caregiver support group").
_CARE = re.compile(
    r"\b(?:carer|caregiver|caring)\b(?:\s+(?:for|of|to)\b|\W*$)|"
    r"\b(?:mum|mom|dad|parent|father|mother)$"
)
#: "(my) day job at the bank": a job said generically, with the employer that tells which.
_JOB_AT = re.compile(
    r"^(?:(?:my|the|a|just|and|plus)\s+)*((?:day|main|full[- ]time|part[- ]time|paid|regular|"
    r"proper)\s+job\s+(?:at|for|with)\s+(?:the|a|an|my)?\s*[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*)?)"
    r"\s*$"
)
#: When a place is open ("open all year", "open 7 to 3"): no work of its own.
_OPENING_HOURS = re.compile(
    r"^(?:open|opened|closed|shut)\s+(?:all|every|daily|most|from|till|until|to|\d|mon|tue|"
    r"wed|thu|fri|sat|sun|weekends?|year|round|seven|six|five)"
)
#: "full-time dad to three under-fives", "I'm a stay-at-home mum": caring said as a role.
_PARENT = re.compile(
    r"^(?:(?:i'?m|i am|mostly|mainly|a|an)\s+)*((?:full[- ]time|stay[- ]at[- ]home)\s+"
    r"(?:mum|mom|dad|parent|father|mother))\b"
)
#: A word joined by hyphens is one word ("know-your-rights training").
_HYPHENED = re.compile(r"\b[\w']+(?:-[\w']+)+\b")


#: "negotiated an ...", "compressed": a verb or participle said alone or before its object.
_VERB_FIRST = re.compile(r"^\w{4,}ed(?:$|\s+(?:a|an|the|my|to|at|for|in|on|with|it|that)\b)")
#: Words of other languages said in passing ("je suis musicien", "ich habe einen Imbiss").
_FOREIGN = re.compile(
    r"\b(?:je|suis|ich|habe|bin|einen|eine|und|der|die|das|ist|est|une|les|des|sono|sou|"
    r"mijn|ik|heb|tengo|soy|trabajo|estou|tenho)\b"
)
#: "compressed hours", "long days": a phrase about time, not a name.
_TIME_PHRASE = re.compile(
    r"^(?:(?:long|short|late|early|compressed|odd|some|most|many|few|weekday|weekend|busy|quiet|"
    r"full|half|working|\d+|my|the|a|on|at|in|one|just|school|office|business|opening|term)\s+)"
    r"{0,2}(?:hours|hrs|days|weeks|months|evenings|nights|secs?|seconds?|mins?|minutes?|"
    r"moments?|time)(?:\s+only)?$"
)


#: Words that say how money or work goes, never what the work is ("takings vary loads",
#: "very irregular", "a tenner a walk", "KSh"): a phrase holding one is a detail.
_DETAIL_WORDS = re.compile(
    r"\b(?:vary|varies|variable|irregular|steady|stable|unpredictable|seasonal|tenner|fiver|"
    r"quid|ksh|kes|naira|pesos?|rupees|euros?|dollars?|pounds?|bucks|stay at home|tagessatz|"
    r"stundensatz|day rate|hourly rate)\b"
)
#: A name ending in a quantifier was cut from a clause ("gigs most saturdays").
_CUT_SHORT = re.compile(
    r"(?<!\bfor )(?<!\bof )(?<!\bto )\b(?:most|some|many|all|both|several|each|every|few)$"
)
#: An employer or a place, not the work done there ("the council", "a bank in Leeds").
_ORGANISATION = re.compile(
    r"^(?:(?:the|a|an|my|our|this|that)\s+)?(?:(?:federal|local|city|county|state|regional|"
    r"national|big|small|private|public|royal|general|district|central)\s+)*"
    r"(?:(?!own\b)[a-z'-]+\s+){0,2}(?:council|bank|"
    r"government|ministry|department|nhs|hospital|infirmary|company|province|state|county|"
    r"municipality|feds|firm|agency|corporation|authority|plant|depot|factory|office|headquarters)"
    r"(?:\s+(?:in|at|of|near|for|on)\s+[\w' -]+)?$"
)
#: One word that names no work on its own ("on call", "open 7 to 3", "made to order").
#: A name that is only the people in someone's life ("the kids", "my son", "grandkids"): who
#: the work is for or who limits it, never the work itself ("looking after the kids" is).
_PEOPLE_ONLY = re.compile(
    r"^(?:(?:my|our|the|his|her|their|two|three|both|little|eldest|youngest|oldest)\s+)*"
    r"(?:kids?|child(?:ren)?|sons?|daughters?|mum|mom|mam|mother|dad|father|parents?|"
    r"grand(?:kids?|children|child|sons?|daughters?|ma|pa|mother|father)|gran|granny|nan|nana|"
    r"husband|wife|partner|boyfriend|girlfriend|family|bab(?:y|ies)|twins|toddlers?|"
    r"brothers?|sisters?|lads?|boys?|girls?|in-laws)(?:'s|s')?\W*$"
)
_NO_WORK_ALONE = frozenset(
    {"call", "open", "closed", "order", "demand", "request", "home", "online", "busy", "quiet",
     "available", "pint", "rest", "top", "side", "hobby", "weekdays", "voluntary", "match",
     "share"}
)  # fmt: skip


def doubtful(name: str, *, job_said: bool = False) -> bool:
    """True when a name may be no activity: an employer or place alone ("the council"; not
    when a job was said before it: "I'm a nurse, 36 hours at the hospital" is where the
    nursing is), one word that names no work ("call" from "on call"), or words cut from a
    clause."""
    text = name.strip().casefold()
    employer = _ORGANISATION.match(text) is not None and not job_said
    vague = _VAGUE_HEAD.match(text) is not None  # "stuff for the church": which work?
    return employer or vague or text in _NO_WORK_ALONE or _CUT_SHORT.search(text) is not None


#: A name whose head says nothing of the work ("stuff for the church", "bits and bobs").
_VAGUE_HEAD = re.compile(
    r"^(?:(?:other|odd|random|misc)\s+)?(?:stuff|things?|bits|bobs)\b(?!\s+of\b)"
)


def well_formed(name: str, said: str = "", *, care: bool = False) -> bool:
    """True when a phrase can be an activity's name: it opens with a letter and no relative,
    quantifier or verb word, holds no finite verb or money word, and is short; ``said`` (the
    words it was read from) is no phrase about time. Caring for someone names work only when
    ``care`` says it was listed as work ("mostly caring for mum, plus ...")."""
    return (
        not _TIME_PHRASE.match(said.strip(" ,.;:!?"))
        and not _VERB_FIRST.search(name)
        and not _FOREIGN.search(name)
        and not _BAD_START.search(name)
        and not _NOT_IN_NAME.search(_HYPHENED.sub("x", name))
        and (care or not _CARE.search(name))
        and not _OPENING_HOURS.match(name)
        and not _DETAIL_WORDS.search(name)
        and not _PEOPLE_ONLY.match(name.casefold())
        and not assent_only(name)
        and len(words(re.split(r"\s(?:at|for|with|in|on|of|to|through|via)\s", name)[0]))
        <= 5 + bool(re.match(r"[a-z]+ing\b", name))  # "delivering mental health first aid ..."
        and len(words(name)) <= 10
    )


def assent_only(text: str) -> bool:
    """True when a phrase only takes up what was offered: "add them both", "those too"."""
    return set(words(text)) <= assent.TAKING_UP


_DESCRIPTORS = frozenset(
    {"employed", "full time", "part time", "salaried", "self-employed", "self employed",
     "zero hours contract", "zero-hours contract", "zero hour contract",
     "freelance", "paid",
     "unpaid", "contractor", "employee", "employment", "work", "stuff", "things", "thing",
     "something", "that", "this", "it"}
)  # fmt: skip


def descriptor(text: str) -> bool:
    """True for "full time", "employed": words that describe a job rather than name one."""
    said = [w for w in words(text) if w not in {"my", "a", "the", "i", "am", "i'm", "as"}]
    return " ".join(said) in _DESCRIPTORS


def plain(name: str) -> str:
    """A name without possessive marks: "the farm's books" -> "the farm books"."""
    return re.sub(r"(\w)'s\b", r"\1", name)


def generic(text: str) -> bool:
    """True when a segment only says someone is employed ("Employed", "my day job")."""
    said = [w for w in words(text) if w not in {"my", "a", "the", "i", "am", "i'm", "as"}]
    return bool(said) and " ".join(said) in GENERIC


_SOFTENERS = re.compile(r"\b(?:just|really|only|mostly|mainly|basically|honestly|tbh)\b")


def generic_softened(text: str) -> str | None:
    """The generic name said with softeners around it ("just the day job really" -> "day
    job"), or ``None`` when the text says more than that."""
    said = [
        w
        for w in words(_SOFTENERS.sub(" ", text))
        if w not in {"my", "a", "the", "i", "am", "i'm", "as"}
    ]
    name = " ".join(said)
    return name if said and name in GENERIC else None


#: "B2B contract", "fixed-term contract": the form of a contract, not the work done under it.
_CONTRACT_FORM = re.compile(
    r"^(?:(?:on|a|an)\s+)?(?:(?:b2b|b2c|permanent|fixed[- ]term|temporary|temp|rolling|hourly|"
    r"annual|casual|full[- ]time|part[- ]time|zero[- ]hours?|civil[- ]law|\w*\d\w*)\s+)+"
    r"contract$"
)
