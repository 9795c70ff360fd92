"""How work is done, and where, said beside its name.

"a sign-language interpreter, mostly freelance through an agency", "delivery rider, via an
app", "carer, on zero hours", "carpenter, employed at a small workshop": a clause that says how
the work just named is done (freelance, self-employed, through an agency, on contract, via an
app, part-time, on zero hours, employed somewhere) describes that work; it is no activity, and
the figures said with it are the work's. A place after a role ("physiotherapist in leeds",
"paramedic at the Royal Infirmary") is no part of the role's name.
"""

from __future__ import annotations

import re

_MOD = r"(?:short(?:[- ]term)? |fixed[- ]term |rolling |temporary |temp |freelance |annual )"
_FORM = (
    r"(?:freelance|freelancing|self[- ]employed|sole trader|contract(?:ing|ed)?|"
    r"(?:on (?:an? )?(?:_MOD)?|(?:an? )?_MOD)contracts?|"
    r"(?:on )?zero[- ]hours?(?: contracts?)?|"
    r"part[- ]time|full[- ]time|permanent|perm|temp(?:ing)?|locum|salaried|cash in hand|"
    r"on the books|off the books|remote(?:ly)?|hybrid|from home|as a contractor|ad hoc|"
    r"on call|on[- ]call|on a retainer|casual|seasonal|term[- ]time(?: only)?|"
    r"direct(?:ly)?(?: with (?:the )?clients?)?)"
).replace("_MOD", _MOD)
_CHANNEL = (
    r"(?:through|via|with|on|using|for|from) (?:an?|the|my|one|two|a few|some|several|various|"
    r"different)?\s*(?:\w+ ){0,2}?(?:agency|agencies|apps?|platforms?|umbrella(?: company)?|"
    r"websites?|sites?|marketplaces?|online|bank)"
)
#: Employed somewhere: "employed at a small workshop", "on the staff of a school".
_EMPLOYED = (
    r"(?:(?:permanently |directly )?employed|on (?:the )?staff|an employee)"
    r"(?:\s+(?:at|by|with|in|for|of)\s+[a-z0-9' &.-]{2,40})?"
)
_AT_WORK = re.compile(rf"^{_EMPLOYED}$")
#: The whole clause says how: a form of work, a channel it comes through, or both.
_MANNER = re.compile(
    rf"^(?:(?:mostly|mainly|all|usually|partly|currently|now|still|always|mostly as)\s+)*"
    rf"(?:{_FORM}(?:\s*(?:,|and|or|but)?\s*{_CHANNEL})?|{_CHANNEL}|{_EMPLOYED})$"
)


#: "research as freelancer", "the food bank as a volunteer": the way work is done, said after
#: its name with "as".
_AS_HOW = re.compile(
    rf"\s+as (?:an? )?(?:freelancers?|contractors?|volunteers?|{_FORM})(?=[\s,;:]|$)"
)


def without_how(name: str) -> str:
    """``name`` without the way its work is done said after it: "research as freelancer" is
    research, "coaching as a volunteer" is coaching (the way is no part of the name)."""
    return _AS_HOW.sub("", name)


#: "through fiverr and etsy mostly", "via my website": the way work comes in, by any name.
_VIA = re.compile(r"^(?:(?:mostly|mainly|usually|all|partly)\s+)?(?:through|via)\s+\S")


def says_how(name: str, said: str = "") -> bool:
    """True when a would-be name only says how work is done ("freelance through an agency"),
    or the words it was taken from open with the way the work comes in ("via ...")."""
    said = said.strip().casefold()
    return bool(_MANNER.match(name.strip().casefold()) or _VIA.match(said) or _AT_WORK.match(said))


#: A role's last word: one who does the work ("interpreter", "physiotherapist", "paramedic").
_ROLE = re.compile(
    r"(?:[a-z]{2,}(?:er|or|ist|ian|ant|ent|ic|ician)|nurse|chef|cook|guide|coach|clerk|nanny|"
    r"medic|vet|midwife|barista|tutor|carer|porter|surveyor|solicitor|guard|warden|steward|gp|rn|"
    r"pa)$"
)
#: Roles too plain to stand alone ("manager at tesco" keeps its place).
_PLAIN = frozenset(
    [
        "manager",
        "worker",
        "assistant",
        "officer",
        "volunteer",
        "employee",
        "member",
        "owner",
        "director",
        "partner",
        "student",
        "resident",
        "tenant",
        "agent",
        "consultant",
        "contractor",
    ]
)
#: Words that put work somewhere ("in leeds", "near the coast", "just outside galway").
_WHERE = r"(?:in|at|near|(?:just\s+)?outside(?:\s+of)?)"
_PLACE = re.compile(r"^(?P<role>.+?)\s+" + _WHERE + r"\s+(?P<place>(?:the\s+|a\s+|an\s+)?"
                    r"[a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*){0,3})$")  # fmt: skip
_LAST_PLACE = re.compile(r"^(?P<rest>.+)\s+" + _WHERE + r"\s+(?P<place>(?:the\s+|a\s+|an\s+)?"
                         r"[a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*){0,3})$")  # fmt: skip


#: A kind of workplace says what the work is ("teacher in primary school", "mentor at a coding
#: bootcamp"): it stays part of the name. A town or a named institution does not.
_WORKPLACE = re.compile(
    r"\b(?:schools?|college|uni|university|hospital|clinic|surgery|bootcamp|academy|shops?|store|"
    r"caf[eé]|restaurant|pub|bar|hotel|office|factory|warehouse|cent(?:re|er)|library|gym|"
    r"nursery|ward|practice|firm|agency|charity|council|church|studio|salon|kitchen|garage|"
    r"site|farm|homes?|prison|station|museum|theatre|bakery|depot|lab|laboratory|company|"
    r"bank|supermarket|airport|port|market|club|stables|kennels|zoo|festival|parish)$|"
    # a field of work is no place either ("developer in fintech", "buyer in fashion")
    r"^(?:retail|finance|fintech|tech|it|hospitality|construction|marketing|sales|education|"
    r"health(?:care)?|social care|care|insurance|banking|publishing|media|advertising|"
    r"logistics|recruitment|pharma|government|law|property|events|engineering|manufacturing|"
    r"software|games|gaming|music|film|tv|fashion|research|academia|admin|hr|it support)$"
)


def without_place(name: str) -> str:
    """The role without the places said after it ("bsl interpreter in cardiff" -> "bsl
    interpreter", "teacher at a secondary school in leeds" -> "teacher at a secondary
    school"), when the role stands as a name of its own; a town or a named institution goes,
    a kind of workplace ("at a publisher", "in primary school") stays."""
    role = _PLACE.match(name)
    head = role.group("role").split() if role else []
    if not head or len(head) > 4 or not _ROLE.search(head[-1]):
        return name
    if len(head) == 1 and head[0] in _PLAIN:
        return name
    while True:
        said = _LAST_PLACE.match(name)
        place = said.group("place") if said else ""
        kind = re.match(r"an?\s", place)  # "at a publisher": a kind of workplace
        if said is None or re.search(r"\d", place) or kind or _WORKPLACE.search(place):
            return name
        name = said.group("rest")


_FORMS = re.compile(rf"\b{_FORM}\b")


def without_forms(text: str) -> str:
    """The text without the words that say how work is employed ("salaried", "permanent",
    "on zero hours"): what is left says anything else about the work."""
    return _FORMS.sub(" ", text)
