"""A constraint in short words, as the person means it (pure).

People rarely answer "what limits your hours?" with the limit alone: "no real constraints,
maybe my partner would like me home by 6" holds one constraint ("home by 6 pm") inside a
denial and two hedges. What is stored is the constraint itself: each clause of the answer is
kept when it names a limit, without the hedges and fillers around it ("maybe", "I guess",
"my partner would like me"); a clause that says there is none ("no real constraints", "not
really") is no constraint. An answer made only of such clauses ("none really", "nothing,
I'm free") says there are none, which is recorded as none, never as unknown.
"""

from __future__ import annotations

import re

from agent.interviewer.reading.acts import BACK_FROM_ASIDE
from agent.interviewer.reading.kept import TIME_WORD
from agent.interviewer.reading.wording import denies_limit

#: A clause that says nothing limits the hours.
_NONE = re.compile(
    r"^(?:(?:well|so|um|erm|hmm|honestly|tbh|i mean)\W+)*"
    r"(?:no|nope|nah|none|nothing|not really|not much|not a lot|n/?a|zero|nada|"
    # "none" in the other languages whose words are read ("aucune", "rien", "keine")
    r"aucune?|rien|non|ningun[ao]?|keine?|nichts|nessun[ao]?|niente|nenhum[ao]?)"
    r"(?:\W+(?:no|nope|nah|none|nothing|really))*"
    r"(?:\s+(?:real|big|major|particular|hard|fixed|actual|other|serious|special))?"
    r"(?:\s+(?:constraints?|limits?|limitations?|restrictions?|ties))?"
    r"(?:\s+(?:really|much|at all|as such|to speak of|i can think of|that i know of|"
    r"comes to mind|springs to mind|no|for now|right now|at the moment|else|others|more|"
    r"other than that|besides that|apart from that|beyond that|"
    r"limits (?:me|them|it|my hours)|stops me|i guess|i think))*$",
    re.I,
)
#: A clause that says the person is free to work ("I'm free", "I'm flexible").
_FREE = re.compile(
    r"^(?:i'?m|i am|i'?m pretty|i am pretty|pretty|fairly|quite|totally|all)?\s*"
    r"(?:free|flexible|good|fine|clear|open|available|unattached|all good)"
    r"(?:\s+(?:really|mostly|tbh|as a bird|to work whenever|whenever))*$|"
    r"^i can work (?:any ?time|whenever|any hours)$",
    re.I,
)
#: Back from an aside ("ok back", "I'm back now"); "back" alone may be a bad back.
_RETURN = re.compile(rf"^{BACK_FROM_ASIDE}[!.]*$", re.I)
#: Hedges, fillers and the people who wish something, said before the constraint itself.
_BEFORE = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|well|so|um|erm|hmm|honestly|tbh|basically|also|and|but|actually|"
    r"although|though|sorry|oops|oh|btw|by the way|(?:i )?forgot|i'd forgotten|one more thing|"
    r"except|apart from|other than|maybe|perhaps|probably|possibly|i guess|i suppose|"
    r"i think|i'd say|i would say|kind of|sort of|like|mostly|mainly|"
    # "only" is a hedge before a cause ("only the kids"), the limit itself before a time
    # ("only weekends", "only work after 6"): kept there, the limit keeps its sense
    rf"(?:only|just)(?:(?=\s+(?:no|not|never|nothing)\b)|(?!\s+(?:\w+\s+){{0,2}}?(?:{TIME_WORD}|"
    r"after|before|between|from|until|till|\d)))|"
    r"(?:my|our|the) [a-z]+ (?:would like|wants|prefers|needs|likes|would prefer|"
    r"would rather|asks) (?:me|us)(?: to)?(?: be)?|"
    r"i(?:'d| would) (?:like|prefer|rather|want)(?: to)?(?: be)?|"
    r"i (?:need|have|want|like|try|prefer|must|should)(?: to)?(?: be)?)\b[\s,]*)+",
    re.I,
)
_AFTER = re.compile(
    r"(?:[\s,]+(?:really|i guess|i suppose|i think|tbh|though|probably|maybe|"
    r"if possible|ideally|or so|ish|at the latest|lol|haha))+$",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:[,;]|[.!?]\s|\bbut\b|\bthough\b|\balthough\b)\s*", re.I)
#: "home by 6": an hour one to eleven said for an evening limit is in the afternoon.
_EVENING = re.compile(
    r"\b((?:home|back|finish(?:ed)?|done|off|out|stop(?:ped)?|leave) (?:by|at|before) )"
    r"([1-9]|1[01])(?:[:.]([0-5]\d))?\b(?!\s*(?:am|pm|a\.m|p\.m|h\b|hours?))",
    re.I,
)
#: A figure and its period: no limit said.
_FIGURE_WORDS = re.compile(
    r"\d[\d.,]*\s*k?\b|\b(?:a|an|per|each|every|month|months|week|weeks|year|years|day|days|"
    r"hours?|hrs?|eur|euros?|pounds?|dollars?|quid|grand|about|around|roughly|approx)\b",
    re.I,
)
#: Longer than this (in words), a constraint is kept as said: cutting it could lose its sense.
_SHORT_ENOUGH = 12


def says_none(text: str) -> bool:
    """True when every clause of ``text`` says nothing limits the hours ("none really",
    "nothing, I'm free", "ok back. none other than that"), and there is at least one such
    clause; a return from an aside ("ok back") says nothing either way."""
    clauses = [c for c in _split(text) if c and not _RETURN.match(c)]
    return bool(clauses) and all(_NONE.match(c) or _FREE.match(c) for c in clauses)


def denied(text: str) -> bool:
    """True when ``text`` says there are no constraints, as a whole answer (:func:`says_none`)
    or beside the weekly hours ("44 hours, nothing limits it")."""
    return says_none(text) or denies_limit(text)


#: A denial of more ("none other than that", "nothing else"): it points at a limit said before.
_BESIDES = re.compile(
    r"\b(?:else|others?|more|other than that|besides that|apart from that|beyond that)\b", re.I
)


def none_besides(text: str) -> bool:
    """True when an answer that says there are no constraints says "no more" ("none other than
    that", "nothing else really"): it speaks of a limit said before."""
    return says_none(text) and bool(_BESIDES.search(text))


def tidy(text: str) -> str:
    """The constraint ``text`` names, in short words; ``""`` when it names none. Its clauses
    stay together (one reading is one constraint): only those that deny having any go."""
    kept = []
    for clause in _split(text):
        if not clause or _NONE.match(clause) or _FREE.match(clause) or _RETURN.match(clause):
            continue
        short = _short(clause)
        if short:
            kept.append(short)
    return ", ".join(kept)


def _split(text: str) -> list[str]:
    low = text.strip().strip(" .!").replace("’", "'")
    return [c.strip(" .!-") for c in _CLAUSES.split(low)]


def _short(clause: str) -> str:
    if len(clause.split()) > _SHORT_ENOUGH:
        return clause
    core = _AFTER.sub("", _BEFORE.sub("", clause)).strip(" ,.")
    core = re.sub(r"^i (?=can'?t|cannot|can only|only|don'?t|do not|never)", "", core, flags=re.I)
    core = _EVENING.sub(lambda m: f"{m[1]}{m[2]}{':' + m[3] if m[3] else ''} pm", core)
    words = _FIGURE_WORDS.sub(" ", core.casefold())  # "3.000 a month" is a figure, no limit
    return core if re.search(r"[a-z]{3}", words) else ""
