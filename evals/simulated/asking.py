"""Which facts a planner's message asks for, read from its pending-question id or from its
words alone, and whether it proposes something or reports a refusal."""

from __future__ import annotations

import re

from evals.simulated.persona import CAPACITY_FIELDS, Persona, PersonaActivity
from evals.words import names_match

_PROPOSAL = re.compile(
    r"does (?:that|this) (?:\w+ )?(?:work|look|sound)|shall i|should i|"
    r"is that (?:right|ok|correct)|"
    r"happy with|sound (?:right|good)|ok\?|okay\?|\(yes/no\)|yes or no|confirm|"
    r"do you (?:want|agree)|would you like|keep (?:it|them|these)|accept|go ahead|"
    r"anything (?:to|you'?d like to) change|want to change",
    re.I,
)
_REFUSAL = re.compile(
    r"refused|couldn'?t (?:record|set|add|make)|could not|can'?t (?:record|set|add)|"
    r"\bPC0\d\d\b|plan unchanged|over (?:your )?capacity|exceeds?|more than your|too many hours",
    re.I,
)
CAPACITY_PROBLEM = re.compile(r"PC007|capacity|exceed|more hours than|too many hours", re.I)
_FIELD_PATTERNS: tuple[tuple[str, str], ...] = (
    ("continue", r"say '?go on'?"),
    ("export", r"which download|download would you like"),
    ("finalise", r"finali[sz]e|mark (?:the|your) plan (?:as )?final|make (?:it|the plan) final"),
    ("review", r"\breview\b|quarterly check"),
    ("loops", r"feedback loop|\bloops?\b|funds or protects|teaches, funds"),
    ("time_blocks", r"time[- ]blocks?|\bblocks?\b|which days|what days|calendar|schedule"),
    ("allocation", r"allocat|income share|share of (?:your )?income|target hours|percent|%"),
    ("streams", r"\bstreams?\b"),
    ("core_skill", r"core skill|10,?000 hours|ten thousand hours|one skill"),
    ("cv", r"\bcv\b|r[eé]sum[eé]|upload"),
    ("skills.excites", r"excit"),
    ("skills.under_used", r"under-?used|under-?utili[sz]ed|use (?:less|more) than"),
    ("skills", r"\bskills?\b"),
    ("activities", r"what do you do|activities|what (?:work|things) do you|list (?:the|your)"),
    ("context", r"context|sector|setting|which of these|best describes|corporate|government"),
    ("name", r"your name|call you"),
)
_ACTIVITIES_QUESTION = r"list (?:everything|all)|investment universe|what you do today"
_ACTIVITY_FIELD_PATTERNS: tuple[tuple[str, str], ...] = (
    ("continue", r"say '?go on'?"),
    ("export", r"which download|download would you like"),
    ("annual_revenue", r"revenue|earn|income|pay|bring in|money|make a year|annual"),
    ("hours_per_week", r"hours|how much time|how long|time does"),
    ("volatility", r"stable|variable|volatil|steady|predictab|reliable"),
    ("teaches", r"teach|learn"),
    ("energy", r"energi[sz]|drain|energy"),
)
_CAPACITY_FIELD_PATTERNS: tuple[tuple[str, str], ...] = (
    ("continue", r"say '?go on'?"),
    ("export", r"which download|download would you like"),
    ("cash_buffer", r"buffer|savings|cushion|set aside|put by"),
    ("monthly_spending", r"spend|outgoings|monthly (?:costs|needs)|need each month"),
    ("constraints", r"constrain|limit|get in the way|stops you|holds you back"),
    ("hours_per_week", r"how many hours|hours a week|hours per week|capacity|available"),
)


def question_part(text: str) -> str:
    """The part of a planner's message that asks: its question sentences, else its last line.

    Planners often start with an acknowledgement ("Recorded 45 h a week.") whose words would
    mislead a keyword reader, so only the asking part is read.
    """
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    asking = [s for s in sentences if s.strip().endswith("?")]
    if asking:
        return " ".join(asking)
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return paragraphs[-1] if paragraphs else ""


def _mentioned_activity(text: str, persona: Persona) -> PersonaActivity | None:
    """The activity a planner's text names: by a name or alias, else by one the person typed
    with a slip ("Mixng" for mixing: the person knows their own typo)."""
    low = text.lower()
    said = set(re.findall(r"[a-z]+", low))
    best: tuple[int, PersonaActivity] | None = None
    for loose in (False, True):
        for activity in persona.activities:
            for name in activity.names():
                found = _slipped(name.lower(), said) if loose else name.lower() in low
                if found and (best is None or len(name) > best[0]):
                    best = (len(name), activity)
        if best:
            return best[1]
    return None


def _slipped(name: str, said: set[str]) -> bool:
    """True when every word of ``name`` of four letters or more is in ``said`` as typed or
    with one slip of the fingers (two neighbouring letters swapped, one dropped or doubled)."""
    words = [w for w in re.findall(r"[a-z]+", name) if len(w) >= 4]
    return bool(words) and all(w in said or any(_one_slip(w, t) for t in said) for w in words)


def _one_slip(word: str, typed: str) -> bool:
    if abs(len(word) - len(typed)) > 1 or word[:1] != typed[:1] or word == typed:
        return False
    if len(word) == len(typed):
        diff = [i for i, (a, b) in enumerate(zip(word, typed, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == typed[diff[1]] \
            and word[diff[1]] == typed[diff[0]]  # fmt: skip
    short, long_ = sorted((word, typed), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


#: Words a planner may use in a question id, mapped to the facts of a persona.
_ID_WORDS = {
    "context": "context", "capacity": "capacity.hours_per_week",
    "constraints": "capacity.constraints", "buffer": "capacity.cash_buffer",
    "cash_buffer": "capacity.cash_buffer", "spending": "capacity.monthly_spending",
    "monthly_spending": "capacity.monthly_spending", "activities": "activities",
    "skills": "skills", "excited": "skills.excites", "excites": "skills.excites",
    "underused": "skills.under_used", "under_used": "skills.under_used",
    "core": "core_skill", "core_skill": "core_skill", "streams": "streams",
    "allocation": "allocation", "blocks": "time_blocks", "time_blocks": "time_blocks",
    "loops": "loops", "review": "review", "finalise": "finalise", "export": "export",
    "done": "export", "continue": "continue", "name": "name", "cv": "cv",
}  # fmt: skip
_ACTIVITY_ID_WORDS = {
    "hours": "hours_per_week", "hours_per_week": "hours_per_week",
    "revenue": "annual_revenue", "annual_revenue": "annual_revenue",
    "volatility": "volatility", "teaches": "teaches", "energy": "energy",
}  # fmt: skip


def facts_from_id(question_id: str, persona: Persona) -> list[str]:
    """Facts named by a planner's pending-question id ("act:hours:Teaching", "capacity",
    "activity.2.annual_revenue", "core" ...); empty when the id names nothing known."""
    words = [w for w in re.split(r"[^a-z0-9_]+", question_id.lower()) if w]
    if not words:
        return []
    if words[0] in {"act", "activity"} and len(words) > 1:
        fields = [_ACTIVITY_ID_WORDS[w] for w in words if w in _ACTIVITY_ID_WORDS]
        activity = _activity_from_id(words, persona, question_id)
        return [f"activity.{activity.id}.{fields[0]}"] if activity and fields else []
    if words[0] == "capacity" and len(words) > 1 and words[1] in CAPACITY_FIELDS:
        return [f"capacity.{words[1]}"]
    fact = _ID_WORDS.get(words[0])
    return [fact] if fact else []


def _activity_from_id(words: list[str], persona: Persona, whole: str) -> PersonaActivity | None:
    index = next((int(w) for w in words if w.isdigit()), None)
    if index is not None and index < len(persona.activities):
        return persona.activities[index]
    # The name said first: a word of it may be another activity's id ("act:hours:Clinic
    # coding audits" is the audits, not the activity whose id is "coding").
    named = _mentioned_activity(whole.replace("_", " "), persona)
    return named or next((persona.activity(w) for w in words if persona.activity(w)), None)


def facts_from_text(text: str, persona: Persona) -> list[str]:
    """Facts a planner's message asks for, read from its words alone: its question sentences
    first, then its last paragraph (a question may name its subject one sentence earlier)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    for part in (question_part(text), paragraphs[-1] if paragraphs else ""):
        facts = _facts_in(part, persona)
        if facts:
            return facts
    return []


def _facts_in(asking: str, persona: Persona) -> list[str]:
    low = asking.lower()
    if re.search(_ACTIVITIES_QUESTION, low):
        return ["activities"]
    activity = _mentioned_activity(asking, persona)
    if activity is not None and not re.search(r"\bstreams?\b|allocat|share", low):
        for name in sorted(activity.names(), key=len, reverse=True):
            low = low.replace(name.lower(), " ")
        fields = [f for f, pattern in _ACTIVITY_FIELD_PATTERNS if re.search(pattern, low)]
        if fields:
            return [f"activity.{activity.id}.{f}" for f in fields]
    for key, pattern in _FIELD_PATTERNS:
        if re.search(pattern, low, re.I):
            return [key]
    capacity = [f for f, pattern in _CAPACITY_FIELD_PATTERNS if re.search(pattern, low)]
    return [f"capacity.{f}" for f in capacity]


def asked_together(facts: list[str], text: str, persona: Persona) -> list[str]:
    """The facts a question id names, widened to the capacity facts its text asks for as well
    ("savings, and how much you spend a month" under the id ``buffer``); without an id, the
    facts read from the text."""
    from_text = facts_from_text(text, persona)
    if not facts:
        return from_text
    capacity = all(f.startswith("capacity.") for f in [*facts, *from_text])
    return from_text if capacity and set(facts) < set(from_text) else facts


def is_proposal(text: str) -> bool:
    """True when the planner proposes something and waits for a yes or a change."""
    return bool(_PROPOSAL.search(question_part(text) or text))


def is_refusal(text: str) -> bool:
    """True when the planner reports that a change was refused."""
    return bool(_REFUSAL.search(text))


def facts_of_question(question_id: str, persona: Persona) -> list[str]:
    """The facts a question id of the formats (``capacity``, ``streams``, ``core``,
    ``act:hours:<activity>`` ...) stands for; the id itself when it names nothing known."""
    return facts_from_id(question_id, persona) or [question_id]


#: The order in which a planning conversation settles things (the journey of the interview).
_STAGES = (
    ("context",), ("capacity.hours_per_week",), ("capacity.constraints",),
    ("capacity.cash_buffer",), ("capacity.monthly_spending",), ("activities", "name"),
    ("activity.",), ("skills", "cv"), ("skills.excites",), ("skills.under_used",),
    ("core_skill",), ("streams", "allocation"), ("time_blocks", "loops"), ("review",),
    ("finalise",), ("export", "continue"),
)  # fmt: skip


def stage_of(facts: list[str]) -> int | None:
    """How far into the conversation a question asking ``facts`` comes (None: unknown)."""
    found = [
        i
        for i, names in enumerate(_STAGES)
        for fact in facts
        if fact in names or any(n.endswith(".") and fact.startswith(n) for n in names)
    ]
    return min(found) if found else None


_ABOUT = re.compile(
    r"\b(?:(?:does|did) (?:the |your )?([^,.:;?!'\n]{2,80}?) "
    r"(?:take|bring in|earn|pay|teach|energi[sz]e)|income from ([^,.:;?!'\n]{2,80}?) "
    r"(?:stable|steady|vary|variable))[^.?!]*\?",
    re.I,
)


def stray_activity(question_id: str | None, text: str, persona: Persona) -> str | None:
    """The name of an activity the planner asks about that is none of the person's (a name it
    recorded from words that were no activity), or None."""
    if question_id and question_id.startswith("act:"):
        name = question_id.split(":", 2)[-1]
    else:
        found = _ABOUT.search(text.strip().splitlines()[-1] if text.strip() else "")
        if found is None:
            return None
        name = found[1] or found[2]
    known = [n for a in persona.activities for n in a.names()]
    if _mentioned_activity(name, persona) is not None or names_match(name, known):
        return None
    return name
