"""Activity names that are more often no work of the person's own (pure).

Each check answers whether a confident activity name stands on words that, in messages the
reader had not met before, were most often something else (``docs/interviewer.md``,
2026-12-07); :mod:`confidence` then asks the name back rather than store it:

- the words a message opens with, alone before a full stop, when the person goes on to speak
  of themselves ("Dzień dobry! I sell honey"): a greeting in any language, not work;
- a name signed at the end ("... - Marta", "cheers, Tom"): who writes, not work;
- where the person lives ("I live in Kumasi"): a place, not work;
- someone else's business ("my uncle runs a garage, his business"): not the person's work;
- a bare phrase said right after work the person says is theirs, across a comma ("I work
  at the brewery, bottling hall, and ..."): where or what that work is, not more work; work
  listed bare ("plumbing, boiler checks") or after a colon is a list, read as before;
- a name made only of words any venture has ("my small business"): which work?
- a name that ends on a time of year or of the week ("wedding season", "term time", "the
  summer holidays"): when work happens, not work;
- selling said only by who buys ("I sell to cafés in town"): how the work just named is
  sold, not work of its own;
- after a comma, work said by a word of the role or place named just before it ("I have a
  pottery school, I teach tourists to throw pots"): the same work said again;
- once the plan holds work, a bare phrase with no word of the person doing anything, none
  that brings in a new item, no "-ing" and no doer ("the garage 8 till 5", "holiday pay on
  top", "the loft: 40 a week"): most often where a known piece of work is done, what it
  pays or what it makes, not a new piece of work. Said with two of its own hours, pay and
  how steady it is ("van deliveries 10h, 7k a year"), as work is listed, it is work; at the
  question that asks for more work it is new work unless the message also speaks of work on
  record.
"""

from __future__ import annotations

import re

from agent.interviewer.reading import cues, names
from agent.interviewer.reading.name_cues import JOB
from agent.interviewer.reading.types import PlanView, Reading

#: The last word of a name that says who does the work ("welder", "florist", "seamstress").
_DOER = re.compile(
    r"(?:er|or|ist|ian|ant|eur|euse|man|men|woman|women|wright|smith|ess|ee|ic|ary)s?$"
)
#: The last word of a name that says a kind of work ("illustration", "joinery", "photography").
_KIND_OF_WORK = re.compile(r"(?:tion|sion|ery|try|graphy|ism)s?$")
#: A word of doing in a name ("net mending", "dog walking").
_DOING = re.compile(r"\b[^\W\d_]{3,}ing\b")
#: A plain word of work in a name ("bar work", "cover shifts", "pottery classes").
_WORK = re.compile(
    r"\b(?:work|job|shifts?|gigs?|contracts?|business|trade|services?|classes|lessons?|"
    r"courses?|sessions?|crew|repairs?|tours?)\b"
)
#: The person speaks of themselves: "I ...", "my ...", "we ...".
_SELF = re.compile(r"\b(?:i|i'm|im|i've|i'd|me|my|we|we're|our|us)\b")
#: A new item brought in: "and ...", "also", "another", "on the side", "forgot".
_NEW_ITEM = re.compile(
    r"^(?:oh |so )?and\b|\b(?:also|another|too|as well|on the side|side|extra|other|"
    r"forgot|forgotten)\b"
)
#: A stop after the opening words: a full stop or an exclamation, not a comma.
_STOP = re.compile(r"^\s*[.!?]+")
#: Where the person lives or comes from, said as a name.
_HOME = re.compile(
    r"^(?:i\s+)?(?:(?:live|living|stay|staying|based|born|grew up)\s+(?:in|at|near|outside|by)|"
    r"from)\b"
)
#: Someone else's: "his shop", "her business", "their farm".
_OTHERS = re.compile(r"^(?:his|her|their)\b")
#: A name signed at the end: ". - Ana", "cheers, Tom", "regards, Dr Lee" (a dash inside a
#: sentence joins work: "musician - gigs mostly").
_SIGNED = re.compile(
    r"(?:[.!?\n]\s*[-–—~]+|(?:^|[\s.!])(?:(?:kind |best |warm )?regards|cheers|thanks|best|"
    r"love|yours),)"
    r"\s*(?P<name>[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)\W*$"
)
#: A name made only of words any venture has ("small business", "my own company").
_GENERIC = re.compile(
    r"(?:(?:a|the|my|our|own|small|little|tiny|side|family|new)\s+)*"
    r"(?:business|venture|company|enterprise|thing|hustle)"
)
#: The last word of a name that says a time, not a work ("wedding season", "term time").
#: A time said in a longer name ("cleaning full time", "tutoring in term") is how much or when
#: that work is done, so only a short name made of the time is matched.
_TIME_HEAD = re.compile(
    r"(?:the |a |my |our )?(?!(?:full|part|in|during|per|each|every|over|at|on)\b)"
    r"[^\W\d_]+(?:[ -][^\W\d_]+)?[ -](?:season|seasons|time|times|period|term|terms|holidays?|"
    r"summers?|winters?|weekends?|months|weeks|evenings|mornings|nights|rush|peak)"
)
#: Selling or buying said with no goods, only who buys or sells ("selling to cafés"): how
#: the work just named is sold or bought, not a piece of work of its own.
_NO_GOODS = re.compile(r"^(?:selling|sell|sells|buying|buy|buys)\s+(?:to|from)\b")
#: The most words opening words or a bare phrase have.
_FEW_WORDS = 4


def doubt(r: Reading, readings: list[Reading], text: str, view: PlanView, ask: str) -> str | None:
    """A question to ask back about the confident activity name ``r`` read, among
    ``readings``, from the (normalised) message ``text``, or ``None`` when nothing points away
    from work."""
    if r.act == "fact" and r.field in _SKILL_FIELDS and isinstance(r.value, str) and r.span:
        if _remark(r, r.value.casefold(), readings, text, _SKILL_FIELDS):
            return "a skill, or how you feel about something?"
        return None
    if r.act != "fact" or r.field != "activity" or not isinstance(r.value, str) or not r.span:
        return None
    name = r.value.casefold()
    if _signed(name, text):
        return "your name, or a piece of work?"
    if _HOME.match(name):
        return "where you live, or a piece of work?"
    if _OTHERS.match(name):
        return "someone else's work, or your own?"
    if _GENERIC.fullmatch(name):
        return "which work is this?"
    if _NO_GOODS.match(name):
        return "what is sold, and is it work of its own?"
    if _TIME_HEAD.fullmatch(name) and not _WORK.search(name):
        return "a time of year, or a piece of work?"
    if _opening_words(r, name, text) and _work_after(r, readings, text):
        return "a greeting, or a piece of work?"
    if _named_again(r, name, readings, text):
        return "the work you just named, said again?"
    if _apposition(r, name, readings, text) or _example_listed(r, readings, text):
        return "a piece of work of its own, or more about the work before it?"
    if _bare_detail(r, name, text, view, ask) and not _full_item(r, readings):
        return "a new piece of work, or more about one you named?"
    if _remark(r, name, readings, text):
        return "a piece of work, or how you feel about it?"
    return None


def _remark(
    r: Reading,
    name: str,
    readings: list[Reading],
    text: str,
    fields: tuple[str, ...] = ("activity",),
) -> bool:
    """ "watched the match last night, unreal", "got a puppy, so cute", "..., exhausting": one
    word that is no word of work, said as a judgement (after a word of degree, or a word of how
    work feels) or closing a sentence whose words before it name nothing read for ``fields``
    (work, or at a question about skills a skill): how the person feels about what they told,
    not a piece of work nor a skill."""
    said = names.words(name)
    if len(said) != 1 or _looks_like_work(name, doing=False) or _SELF.search(name):
        return False
    at = text.find(r.span)
    if at < 0:
        return False
    after = text[at + len(r.span) :]
    degree = _DEGREE.match(r.span.casefold())
    if (degree and len(names.words(r.span)) == 2) or cues.energy(name, asked=False):
        return True  # "so cute"; "..., exhausting": how the work before it feels
    before = text[max(text.rfind(c, 0, at) for c in ".!?;\n") + 1 : at].rstrip()
    return (
        before.endswith(",")
        and len(names.words(r.span)) == 1  # the word alone, not a clause that ends on it
        and re.fullmatch(r"[\W_]*", after) is not None
        and len(names.words(before)) >= _TOLD_WORDS
        and not any(o is not r and o.field in fields and o.span in before for o in readings)
    )


#: The fields of a skill named by the person (the skills, excites and under-used questions).
_SKILL_FIELDS = ("skill", "skill.excites", "skill.under_used")
#: A word of degree before a lone word makes it a judgement ("so cute", "well good").
_DEGREE = re.compile(
    r"^(?:so|really|very|pretty|well|dead|proper|super|absolutely|totally|too|quite)\s"
)
#: The fewest words a clause that tells something has ("watched the match").
_TOLD_WORDS = 3


def _signed(name: str, text: str) -> bool:
    """The name is the one the message is signed with."""
    found = _SIGNED.search(text.rstrip())
    return found is not None and found.group("name").casefold() == name


def _opening_words(r: Reading, name: str, text: str) -> bool:
    """ "Mingalaba. I teach piano": a few words alone at the message's start, before a stop,
    with more said after them by the person of themselves."""
    at = text.find(r.span)
    if at < 0 or re.search(r"[^\W_]", text[:at]) or len(names.words(r.span)) > _FEW_WORDS:
        return False
    stop = _STOP.match(text[at + len(r.span) :])
    if stop is None or re.search(r"\d", r.span) or _SELF.search(r.span.casefold()):
        return False
    if _looks_like_work(name, doing=False):
        return False
    rest = text[at + len(r.span) + stop.end() :]
    return len(names.words(rest)) >= 3 and _SELF.search(rest) is not None


def _work_after(r: Reading, readings: list[Reading], text: str) -> bool:
    """Other work is named after ``r`` in the message: the opening words are not all it says
    of work ("plumbing. on my own. 50 hrs" names the plumbing)."""
    at = text.find(r.span)
    return any(
        o.field == "activity" and o.act == "fact" and o.value != r.value and text.find(o.span) > at
        for o in readings
    )


def _apposition(r: Reading, name: str, readings: list[Reading], text: str) -> bool:
    """ "I sew for a tailor, the wedding line, and ...": a bare phrase said right after the
    work just named, across a comma, with no word of its own that brings in new work; where
    or what that work is, not another piece of work."""
    at = text.find(r.span)
    before = text[:at].rstrip()
    if (
        at < 0
        or not before.endswith(",")
        or not _right_after_work(r, readings, text, len(before) - 1)
    ):
        return False
    span = r.span.casefold()
    if _SELF.search(span) or _NEW_ITEM.search(span) or re.search(r"\d", span):
        return False
    if _ONE_MORE.match(span):
        return False  # "a bakery, a food truck": items of a list
    head = _PREPOSITION.split(name)[0]
    said = names.words(head)
    if not said or len(said) > _APPOSED_WORDS or said[-1].endswith("ing"):
        return False
    return not _looks_like_work(head, doing=False)


def _example_listed(r: Reading, readings: list[Reading], text: str) -> bool:
    """ "I do calligraphy on the side - wedding invites, place cards, envelope addressing": a
    bare item of a list said after a dash right after work the person says is theirs; what
    that work takes in, not more work."""
    at = text.find(r.span)
    sentence = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1 if at >= 0 else -1
    dash = max(_DASH.finditer(text, sentence, at), key=lambda m: m.end(), default=None)
    if at < 0 or dash is None or not _right_after_work(r, readings, text, dash.start()):
        return False
    items = [i.strip() for i in text[dash.end() : at].split(",") if i.strip()]
    span = r.span.casefold()
    if _SELF.search(span) or _NEW_ITEM.search(span) or re.search(r"\d", span):
        return False
    return (
        all(len(names.words(i)) <= _APPOSED_WORDS and not _SELF.search(i.casefold()) for i in items)
        and len(names.words(r.span)) <= _APPOSED_WORDS
    )


#: A dash inside a sentence, between words: what follows says more of what comes before.
_DASH = re.compile(r"\s[-–—]\s")


def _named_again(r: Reading, name: str, readings: list[Reading], text: str) -> bool:
    """ "I'm a saddler, I make saddles for the riding club": after a comma, work said by a
    word of the role or place named just before it in the sentence, with nothing that brings
    in new work; the same work said again, in what it does."""
    at = text.find(r.span)
    if at < 0 or not text[:at].rstrip().endswith(",") or _brought_in(r.span, text):
        return False
    if _NEW_ITEM.search(r.span.casefold()):
        return False
    sentence = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    before = [
        o
        for o in readings
        if o is not r and o.field == "activity" and o.act == "fact" and o.span
        and sentence <= text.find(o.span) < at
    ]  # fmt: skip
    if not before:
        return False
    just_named = max(before, key=lambda o: text.find(o.span))
    if not _SELF.search(just_named.span.casefold()):
        return False  # "hairdressing, bridal hair most weekends": a list of work said bare
    last = str(just_named.value).casefold()
    said, own = names.words(last), names.words(name)
    if not said or not own or _stems(said[0]) == _stems(own[0]):
        return False  # "teaching piano at a school, I teach guitar privately": two works
    return bool(_stems(name) & _stems(last))


def _stems(text: str) -> set[str]:
    """The first letters of a text's longer words, their endings dropped, so "tuner" and
    "tune", "baking" and "bake" meet."""
    return {_ENDING.sub("", w)[:4] for w in re.findall(r"[^\W\d_]{4,}", text)}


_ENDING = re.compile(r"(?:ing|ers?|es|e|s)$")


def _right_after_work(r: Reading, readings: list[Reading], text: str, comma: int) -> bool:
    """Another activity, said by the person as their own ("I weave rugs", "I'm a potter"),
    ends right before the comma at ``comma``; work listed bare ("plumbing, boiler checks")
    or after a colon ("I do three things: ...") is a list, each item a piece of work."""
    for o in readings:
        start = text.find(o.span) if o is not r and o.field == "activity" and o.span else -1
        end = start + len(o.span)
        if start < 0 or end > comma or o.act != "fact" or text[end:comma].strip():
            continue
        if _SELF.search(o.span.casefold()) and ":" not in text[start:comma]:
            return True
    return False


#: A new item of a list: "a ...", "another ...", "one more ...".
_ONE_MORE = re.compile(r"^(?:a|an|another|one|one more|two|some)\b")
#: Words that tie a place, a client or a trade to the head of a phrase.
_PREPOSITION = re.compile(r"\s(?:at|for|with|in|on|of|to|through|via|outside|near|from)\s")
#: The most words of the head of a phrase said beside work.
_APPOSED_WORDS = 3


def _bare_detail(r: Reading, name: str, text: str, view: PlanView, ask: str) -> bool:
    """A new name said, once the plan holds work, by a bare phrase: no word of the person
    doing anything, of a new item, of doing or of a doer."""
    if not view.activities or names.known_name(name, view.activities) is not None:
        return False
    if ask == "activities" and not any(names.known_name(text, [a]) for a in view.activities):
        return False  # asked for more work and speaking of none on record: new work, likely
    span = r.span.casefold()
    if _SELF.search(span) or _NEW_ITEM.search(span) or len(names.words(name)) > _FEW_WORDS:
        return False
    return not _brought_in(r.span, text) and not _looks_like_work(name, doing=True)


def _full_item(r: Reading, readings: list[Reading]) -> bool:
    """ "van deliveries 12h, 8k a year, variable": a phrase said with two of its own hours, pay
    and how steady it is, as work is listed; a place or a product is said with one."""
    fields = {o.field for o in readings if o.subject == r.value and o.field in _ITEM_FIELDS}
    return len(fields) >= 2


_ITEM_FIELDS = frozenset(
    {"activity.hours_per_week", "activity.annual_revenue", "activity.volatility"}
)


def _brought_in(span: str, text: str) -> bool:
    """Words just before the phrase bring in a new item ("oh and band, ...", "forgot: the
    van hire")."""
    at = text.find(span)
    return at >= 0 and _BRINGS_IN.search(text[:at]) is not None


#: Words that bring in a new item, opening the sentence or the clause the phrase is in.
_BRINGS_IN = re.compile(r"(?:^|[.,;:!?—-])\s*(?:oh\s+|so\s+)?(?:and|also|forgot|forgotten)\W*$")


def _looks_like_work(name: str, *, doing: bool) -> bool:
    """The name says work by a word of work, a doer ("welder") or, when ``doing``, a word of
    doing ("fish smoking")."""
    said = names.words(name)
    return (
        not said
        or _WORK.search(name) is not None
        or JOB.search(name) is not None
        or _DOER.search(said[-1]) is not None
        or _KIND_OF_WORK.search(said[-1]) is not None
        or (doing and _DOING.search(name) is not None)
    )
