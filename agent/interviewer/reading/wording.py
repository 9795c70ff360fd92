"""Small pieces shared by the readers of answers in words: tidying an answer, keeping what
holds today, one reading (pure: no I/O)."""

from __future__ import annotations

import re

from agent.interviewer.reading.types import Reading

#: Intensifiers and tags of British, Irish and Australian chat ("defo", "deffo", "innit",
#: "tbf", "aye"), none of which can be a skill: said before or after one, they are no part of it.
CHAT_WORDS = (
    r"defo|deffo|def|defs|deffs|definately|innit|init|tbf|to be fair|aye|obvs|ofc|hands down|"
    r"100 ?%|100 percent|no doubt|big time|mate|eh|hey|ya know|you know|y'?know"
)
#: An item of a list made of such words alone ("mixing, innit", "baking, hands down").
CHAT_ONLY = re.compile(rf"(?:(?:{CHAT_WORDS}|sure|for sure)\W*)+")

_LEAD = re.compile(
    r"^(?:(?:well|so|hmm+|um+|ok|okay|honestly|probably|definitely|always|especially|i think|"
    rf"{CHAT_WORDS}|"
    r"i'd say|i guess|"
    r"i reckon|maybe|mostly|mainly|also|and|plus|then|oh|it'?s|that'?s|"
    r"(?:like|as) i (?:said|say|mentioned)|as mentioned|like i told you|"
    r"(?:a )?(?:little )?bits? of|some|a few|a little|"
    r"(?:i'?m |i am )?(?:\w+ )?(?:a |an )?(?:good|great|decent|ok|okay|strong|handy|not bad|"
    r"solid|pro|expert|whizz|dab hand) (?:at|with)|i can do|i can|i know|i do|i have|i've got|"
    r"(?:i'?m |i am )(?:a |an )?(?:qualified|certified|trained|registered|licensed)|"
    r"\d+\+? (?:years?|yrs?) (?:of|doing)|\d+ of|my|the|a|an|"
    r"my core(?: skill)? (?:is|would be)|core skill(?: is)?|it teaches(?: me)?|"
    r"it taught(?: me)?|taught me|teaches me|i learn(?:ed|t)?|i get|that is|which is)"
    r"[,:]?\s+)+"
)


_TAIL = re.compile(
    r"(?:[,\s]+(?:definitely|probably|really|i think|i guess|i suppose|i reckon|i believe|honestly|"
    r"tbh|mostly|lol|"
    r"obvs|ofc|obviously|"
    rf"{CHAT_WORDS}|and that|n that|an'? all|"
    r"haha|lmao|"
    r"for sure|i'd say|too|as well|i barely use (?:it|them|either)(?: now)?|is the core|"
    r"would be (?:my|the) core(?: skill)?|is (?:my|the) core(?: skill)?))+$"
)


NONE = re.compile(
    r"^(?:no|none|nothing|nope|nah|not really|none really|nothing really|no constraints?|"
    r"no limits?|none at all|nothing at all|no,? none|n/?a|not that i can think of|"
    r"nothing (?:big|major|much|serious|special)|not much|(?:i'?m|i am) (?:pretty |quite |very )?"
    r"flexible)$"
)


#: Words that bound the hours, said as a noun or a verb ("constraints", "nothing stops me").
_LIMIT_NOUN = (
    r"(?:constraints?|limits?|limitations?|restrictions?|ties|commitments?|barriers?|"
    r"obstacles?|(?P<loose>issues?|problems?))"
)
_LIMIT_VERB = (
    r"(?:limits?|stops?|restricts?|constrains?|holds? (?:me|us) back|ties (?:me|us) down|"
    r"gets? in the way|bounds?|caps?)"
)
#: A denial that names what it denies: "no real constraints", "nothing limits it".
_NAMED_DENIAL = (
    r"(?:(?:no|zero|not any|not many|none|hardly any)\s+(?:\w+\s+)?" + _LIMIT_NOUN + r"|"
    r"(?:nothing|nobody|no one|none of that)\s+(?:really\s+|much\s+|at all\s+|in particular\s+)?"
    + _LIMIT_VERB
    + r"(?:\s+(?:me|it|them|that|those|us|my hours|the hours|anything))?"
    r"(?:\s+(?:really|at all|tbh|as such|in particular|i guess|i think|honestly))*)"
)
#: One clause that denies any limit: "nothing limits it", "no real constraints", "not
#: really", "nah nothing stops me", "I'm flexible".
_DENIAL = re.compile(
    r"^(?:(?:nah|no|nope|well|so|honestly|tbh|um+|erm|hmm+|i mean|to be honest|not really)\W+)*"
    r"(?:(?P<named>" + _NAMED_DENIAL + r")|"
    r"(?:i'?m|i am|im)\s+(?:pretty |quite |very |totally |fairly |really |super )?"
    r"(?:flexible|free|easy|open|available)(?: really| tbh| honestly)?|"
    r"no|none|nothing|nope|nah|not really|not as such|none really|nothing really)"
    r"(?:\s+(?:really|at all|tbh|as such|to speak of|i guess|i think|honestly|lol|haha))*$"
)
#: An amount of hours said beside the denial ("44 hours, nothing limits it").
_HOURS_ONLY = re.compile(
    r"^(?:about |around |roughly |maybe |max |up to )?\d+(?:\.\d+)?\s*(?:-\s*\d+\s*)?"
    r"(?:h|hrs?|hours?)?(?:\s+(?:a|per)\s+(?:week|wk))?(?:\s+(?:max|tops))?$"
)


def denies_limit(text: str, *, named: bool = False) -> bool:
    """True when ``text`` says nothing limits the hours, in clauses cut at commas, each a
    denial ("nah, nothing stops me", "not really, I'm flexible") or an amount of hours said
    beside one ("44 hours, nothing limits it"); at least one clause denies. ``named``: one
    of the denials also names what it denies ("no constraints", "nothing stops me"), so it
    is about limits even where no question about them is open; "no" or "no problem" is not."""
    clauses = [c.strip(" .!") for c in re.split(r"[,;]|\s+-\s+", text.casefold()) if c.strip(" .!")]
    denials = [m for m in map(_DENIAL.match, clauses) if m]
    if named and not any(m["named"] and not m["loose"] for m in denials):
        return False
    return bool(denials) and all(_DENIAL.match(c) or _HOURS_ONLY.match(c) for c in clauses)


YES_NO = re.compile(
    r"yes|yeah|yep|no|nope|nah|ok|okay|sure|none|nothing|sorry|oops|oh|hm+|um+|well|right|"
    r"non-negotiable|obviously|definitely|update|hang on|before i forget|no real constraints?|"
    r"no constraints?|none really|nothing really|none of them(?: really)?|no wait|wait|not|"
    r"not really|no not really|"
    r"[^a-z]*"
)


CONSTRAINT = re.compile(
    r"\b(?:no|not on|never|can'?t (?:do|work)|cannot (?:do|work))\s+(?:\w+\s+)?(?:evenings?|"
    r"weekends?|mornings?|nights?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?)\b|\b(?:evenings?|weekends?|mornings?|nights?) (?:are|is) out\b|"
    # "swim practice mon/wed evenings so those are out": the days just named are kept
    r"\bso (?:those|they|these|both|that|them)(?: are|'re| is|'s) out\b|"
    r"\bschool (?:run|pick[- ]?ups?|drop[- ]?offs?|hours)\b|\bnotice period\b|"
    # "pick up from nursery" is a limit; "pick up bank shifts" is more work
    r"\bpick[- ]?ups?\b(?!\s+(?:(?:extra|more|some|the odd|odd|prn|bank|agency|locum|"
    r"overtime|weekend|night)\s+)?(?:shifts?|work|hours|overtime|jobs?|gigs?|locums?)\b)|"
    r"\bchildcare\b|\bhealth\b|\bchronic\b|\b(?:kids?|children|toddler|baby|newborn|twins)\b|"
    r"\b(?:long )?covid\b|\brecovering\b|\billness\b|\bdisabilit|\bmigraines?\b|\bpain\b|"
    r"\bfatigue\b|\bdialysis\b|\bchemo|\bcommute\b|\bvisa\b|\bcare for\b|\bcaring for\b|"
    r"\bcan'?t be left\b|\bday (?:program|centre|center)\b|"
    # "I have to be home by 6 on Tuesdays", "need to finish by 3": a time the day ends
    r"\b(?:have to|has to|need to|must|got to|gotta) (?:be (?:home|back|off|free|finished|"
    r"done)|leave|finish|stop) (?:by|at|before)\b|"
    # a condition of the body: "fibromyalgia", "my back won't take more"
    r"\b(?:fibromyalgia|arthritis|endometriosis|crohn'?s|lupus|epilepsy|long-term condition)\b|"
    r"\b(?:my|bad|dodgy) (?:back|knees?|hips?|shoulders?|joints)\b(?=.*\b(?:won'?t|can'?t|"
    r"cannot|not|isn'?t|aren'?t|limits?|struggles?)\b)"
)


#: Said beside a constraint, but none itself: ages ("my kids are 4 and 7"), a vague
#: "everything", or news of an activity ("btw I'm down to 3 days at the school now").
NO_CONSTRAINT = re.compile(
    r"^(?:(?:my|our|the) )?(?:\d+ )?(?:kids?|children|son|daughter|boys|girls)(?:'s| are| is) "
    r"[\d, ]+"
    r"(?:and [\d ]+)?$|^(?:everything|anything|all of it|lots|loads|a lot)\b.{0,12}$|"
    r"^(?:btw|by the way|oh and|also)\b.*\b\d+(?:\.\d+)? (?:days|hours|hrs|h)\b|"
    r"^(?:i forgot|i'd forgotten|forgot|i was being|i was too)\b"
)


def clean(text: str) -> str:
    """An answer in words (lower case) without its lead-in and filler: "i'd say mostly
    patience tbh" gives "patience"."""
    previous = None
    text = re.sub(r"\s{2,}", " ", text).strip(" .!,;:")
    while previous != text:
        previous = text
        text = _LEAD.sub("", text).strip(" .!,;:")
        text = _TAIL.sub("", text).strip(" .!,;:")
    return text


#: Words closing a name that only say "and the like" ("lab safety stuff", "admin bits etc").
_LOOSE_TAIL = re.compile(
    r"\s+(?:(?:and|n|&)\s+)?(?:stuff|things|bits|bits and bobs|etc\.?|and so on|and all that|"
    r"and that|whatnot|(?:type|kind|sort) of (?:stuff|things?)|side of things|related stuff)$"
)
#: Words before "things" that make it the thing itself ("fixing things", "how things work").
_THING_KEPT = re.compile(
    r"(?:^|\s)(?:[a-z]+ing|how|what|why|new|old|big|small|little|the|these|those|other|some|"
    r"many|such|all|any|my|your|complicated|technical|broken|practical|creative)$"
)


def without_loose_tail(name: str) -> str:
    """ "lab safety stuff" is lab safety; "fixing things" and "how things work" stay whole."""
    cut = _LOOSE_TAIL.search(name)
    if cut is None or not cut.start() or _THING_KEPT.search(name[: cut.start()]):
        return name
    return name[: cut.start()].rstrip(" ,")


def now(text: str) -> str:
    """ "it used to energise me but these days it wears me out": what holds now."""
    if re.search(r"\b(?:used to|was|were)\b", text):
        parts = re.split(r"\b(?:but|now|these days|nowadays)\b", text)
        return parts[-1] if len(parts) > 1 else text
    return text


def one(field: str, value: str | None, subject: str | None, span: str) -> list[Reading]:
    """One fact reading of ``value``, or none when nothing was read."""
    return [Reading("fact", field, value, subject, span)] if value else []
