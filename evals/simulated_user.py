"""Personas and the simulated user who plays them.

A persona (``evals/personas/*.yaml``) holds a person's facts, how they word them, the quirks of
their answers (vague, corrected next turn, skipped, asking for more than they have) and what a
good plan for them must satisfy. :class:`SimulatedUser` answers a planner's messages from those
facts, in the persona's words, whatever order the questions come in. It reads the planner's
text (and, when the planner gives one, the id of its pending question), so it works with the
guided interviewer and with a language model alike. Every choice of wording is drawn from a
random generator seeded by the persona, the seed and the question, so a run is reproducible.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

PERSONA_DIR = Path(__file__).resolve().parent / "personas"
ACTIVITY_FIELDS = ("annual_revenue", "hours_per_week", "volatility", "teaches", "energy")
CAPACITY_FIELDS = ("hours_per_week", "constraints", "cash_buffer", "monthly_spending")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PersonaCapacity(_Model):
    """What the person can give each week and the cash that carries them through a gap."""

    hours_per_week: float
    constraints: str = ""
    cash_buffer: float | None = None
    monthly_spending: float | None = None


class PersonaActivity(_Model):
    """One thing the person does today, as they would tell it in the audit."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    annual_revenue: float
    hours_per_week: float
    volatility: Literal["stable", "variable"]
    teaches: str
    energy: Literal["energising", "neutral", "draining"]

    def names(self) -> list[str]:
        """The activity's name and the words the person (or a planner) may use for it."""
        return [self.name, *self.aliases]


class PersonaSkill(_Model):
    """A skill, whether it excites the person and whether it is under-used."""

    name: str
    excites: bool = False
    under_used: bool = False


class PersonaStream(_Model):
    """A stream the person would like in their portfolio."""

    name: str
    role: Literal["anchor", "client", "leverage", "seed"]
    hours: float
    income_share: float
    volatility: Literal["stable", "variable"] = "variable"
    revenue_model: str = ""
    teaches: str = ""
    automation: Literal["low", "medium", "high"] | None = None
    purpose: Literal["passion", "experiment", "stabilizer"] | None = None
    from_: str | None = Field(None, alias="from")

    @property
    def slug(self) -> str:
        """The id a plan gives a stream of this name."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


class Quirk(_Model):
    """A scripted departure from a plain answer for one fact.

    ``vague``: the first answer says nothing usable; ``correction``: the first answer is wrong
    and the next turn corrects it; ``skip``: the person declines to answer; ``overreach``: the
    person first asks for more hours than fit, then settles for their real figure.
    """

    fact: str
    kind: Literal["vague", "correction", "skip", "overreach"]
    say: str
    correct: str = ""


class Expectations(_Model):
    """Machine-checkable properties a good final plan for the persona has."""

    anchor_is: str | None = None
    core_skill_contains: str | None = None
    has_seed_stream: bool = False
    no_stream_above_capacity: bool = True
    streams_between: tuple[int, int] = (3, 5)
    context_is: str | None = None
    unknown_recorded: list[str] = Field(default_factory=list)
    max_planned_hours: float | None = None


class Persona(_Model):
    """A person the planner is evaluated against: facts, wording, quirks and expectations."""

    id: str
    name: str
    source: str
    summary: str
    context: Literal["corporate", "government", "activist", "tech", "caregiver", "general"]
    capacity: PersonaCapacity
    activities: list[PersonaActivity]
    skills: list[PersonaSkill]
    core_skill: str
    streams: list[PersonaStream]
    review_weeks: int = 12
    wordings: dict[str, list[str]] = Field(default_factory=dict)
    quirks: list[Quirk] = Field(default_factory=list)
    cv: str | None = None
    expect: Expectations = Field(default_factory=Expectations)

    def activity(self, activity_id: str) -> PersonaActivity | None:
        """The activity with this id, or None."""
        return next((a for a in self.activities if a.id == activity_id), None)

    def quirk(self, fact: str) -> Quirk | None:
        """The quirk scripted for a fact, or None."""
        return next((q for q in self.quirks if q.fact == fact), None)

    def skipped_facts(self) -> list[str]:
        """Facts the person declines to give."""
        return [q.fact for q in self.quirks if q.kind == "skip"]


def load_persona(path: Path) -> Persona:
    """Read one persona file; a malformed file raises with its name in the message."""
    try:
        return Persona.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as exc:
        raise ValueError(f"persona file {path} is not valid: {exc}") from exc


def load_personas(directory: Path = PERSONA_DIR, only: list[str] | None = None) -> list[Persona]:
    """Every persona in ``directory`` (sorted by id), or just those whose id is in ``only``."""
    personas = sorted((load_persona(p) for p in directory.glob("*.yaml")), key=lambda p: p.id)
    if only:
        unknown = sorted(set(only) - {p.id for p in personas})
        if unknown:
            known = ", ".join(p.id for p in personas)
            raise ValueError(f"no persona named {', '.join(unknown)}; choose from: {known}")
        personas = [p for p in personas if p.id in only]
    return personas


# --- which facts a planner's message asks for ------------------------------------------------

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
_CAPACITY_PROBLEM = re.compile(r"PC007|capacity|exceed|more hours than|too many hours", re.I)
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
    low = text.lower()
    best: tuple[int, PersonaActivity] | None = None
    for activity in persona.activities:
        for name in activity.names():
            if name.lower() in low and (best is None or len(name) > best[0]):
                best = (len(name), activity)
    return best[1] if best else None


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
    by_id = next((persona.activity(w) for w in words if persona.activity(w)), None)
    return by_id or _mentioned_activity(whole.replace("_", " "), persona)


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


def _asked_together(facts: list[str], text: str, persona: Persona) -> list[str]:
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


# --- answering -------------------------------------------------------------------------------

_DECIDED = {"streams", "allocation", "time_blocks", "loops", "review", "finalise", "cv"}
#: Facts of an activity given together, in the order that keeps them apart for a reader
#: (hours before money, so the money's figure is not taken for hours).
_TOGETHER = ["hours_per_week", "annual_revenue", "volatility"]


@dataclass
class Exchange:
    """One planner message and the simulated user's answer to it."""

    planner: str
    question_id: str | None
    facts: list[str]
    answer: str
    kind: Literal["answer", "quirk", "correction", "proposal", "retract", "unrecognised"]


@dataclass
class SimulatedUser:
    """Plays a persona in a conversation with a planner, reproducibly for a given seed."""

    persona: Persona
    seed: int = 0
    exchanges: list[Exchange] = field(default_factory=list)
    asked: Counter[str] = field(default_factory=Counter)
    _pending_correction: Quirk | None = None
    _overreach: dict[str, Quirk] = field(default_factory=dict)
    _fired: set[str] = field(default_factory=set)

    def opening(self) -> str:
        """The first message of the conversation."""
        return f"Hello, I'm {self.persona.name}. I'd like to plan a portfolio career."

    def reply(self, planner_text: str, question_id: str | None = None) -> str:
        """The persona's answer to the planner's latest message."""
        if self._pending_correction is not None:
            quirk, self._pending_correction = self._pending_correction, None
            return self._log(planner_text, question_id, [quirk.fact], quirk.correct, "correction")
        if self._overreach and is_refusal(planner_text) and _CAPACITY_PROBLEM.search(planner_text):
            return self._retract(planner_text, question_id)
        facts = facts_from_id(question_id, self.persona) if question_id else []
        facts = _asked_together(facts, planner_text, self.persona)
        if (not facts or set(facts) <= _DECIDED) and is_proposal(planner_text):
            return self._log(
                planner_text, question_id, facts, self._on_proposal(planner_text), "proposal"
            )
        if not facts:
            answer = "Could you ask that another way? I'm not sure what you need from me."
            return self._log(planner_text, question_id, [], answer, "unrecognised")
        parts = [self._answer(fact) for fact in self._with_volunteered(facts)]
        kind = "quirk" if any(p[1] for p in parts) else "answer"
        return self._log(planner_text, question_id, facts, " ".join(p[0] for p in parts), kind)

    def _log(self, planner: str, qid: str | None, facts: list[str], answer: str, kind: str) -> str:
        self.exchanges.append(Exchange(planner, qid, facts, answer, kind))  # type: ignore[arg-type]
        return answer

    def _with_volunteered(self, facts: list[str]) -> list[str]:
        """The asked facts plus those a person gives in the same breath: asked for an
        activity's hours or revenue, people say the hours, the money and how steady it is."""
        parts = facts[0].split(".")
        if len(facts) != 1 or parts[0] != "activity" or parts[-1] not in _TOGETHER:
            return facts
        prefix = ".".join(parts[:2])
        extra = [
            f"{prefix}.{name}"
            for name in _TOGETHER
            if f"{prefix}.{name}" != facts[0]
            and not self.asked[f"{prefix}.{name}"]
            and not self._quirk_is("skip", f"{prefix}.{name}")
        ]
        return sorted([facts[0], *extra], key=lambda f: _TOGETHER.index(f.split(".")[-1]))

    def _quirk_is(self, kind: str, fact: str) -> bool:
        quirk = self.persona.quirk(fact)
        return quirk is not None and quirk.kind == kind

    def _answer(self, fact: str) -> tuple[str, bool]:
        """The words for one fact, and whether a quirk shaped them."""
        times = self.asked[fact]
        self.asked[fact] += 1
        quirk = self.persona.quirk(fact)
        if quirk and quirk.kind == "skip":
            return quirk.say, True
        if quirk and quirk.kind in {"vague", "correction"} and times == 0:
            if quirk.kind == "correction":
                self._pending_correction = quirk
            return quirk.say, True
        options = self.persona.wordings.get(fact) or default_wordings(self.persona, fact)
        if times > 0 or quirk is not None:
            return default_wordings(self.persona, fact)[0], False
        return options[self._rng(fact).randrange(len(options))], False

    def _rng(self, fact: str) -> random.Random:
        digest = hashlib.sha256(f"{self.persona.id}|{self.seed}|{fact}".encode()).hexdigest()
        return random.Random(int(digest[:16], 16))

    def _on_proposal(self, text: str) -> str:
        """Accept a proposal, unless a scripted overreach names one of its streams first."""
        for quirk in self.persona.quirks:
            stream = _quirk_stream(self.persona, quirk)
            if quirk.kind != "overreach" or quirk.fact in self._fired or stream is None:
                continue
            name = _name_in(text, stream, self.persona)
            if name:
                self._fired.add(quirk.fact)
                self._overreach[quirk.fact] = quirk
                return f"Make {name} {quirk.say}"
        return "Yes, that works."

    def _retract(self, text: str, qid: str | None) -> str:
        fact, quirk = next(iter(self._overreach.items()))
        del self._overreach[fact]
        stream = _quirk_stream(self.persona, quirk)
        assert stream is not None
        name = _name_in(text, stream, self.persona) or stream.name
        answer = f"Make {name} {_num(stream.hours)} hours then."
        return self._log(text, qid, [fact], answer, "retract")


def _quirk_stream(persona: Persona, quirk: Quirk) -> PersonaStream | None:
    parts = quirk.fact.split(".")
    if parts[0] != "stream" or len(parts) < 2:
        return None
    return next((s for s in persona.streams if s.slug == parts[1]), None)


def _name_in(text: str, stream: PersonaStream, persona: Persona) -> str | None:
    """How the planner's text names the stream (its name or its source activity's names)."""
    low = text.lower()
    source = persona.activity(stream.from_) if stream.from_ else None
    names = [stream.name, *(source.names() if source else [])]
    return next((n for n in sorted(names, key=len, reverse=True) if n.lower() in low), None)


def _num(value: float) -> str:
    return f"{value:g}"


def _money(value: float) -> str:
    return f"{value:,.0f}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def default_wordings(persona: Persona, fact: str) -> list[str]:
    """Plain wordings of a fact, the plainest first (used again when a question is repeated)."""
    parts = fact.split(".")
    if parts[0] == "activity" and len(parts) == 3:
        activity = persona.activity(parts[1])
        if activity is None:
            return ["I don't know that one."]
        return _activity_wordings(activity, parts[2])
    if parts[0] == "capacity" and len(parts) == 2:
        return _capacity_wordings(persona.capacity, parts[1])
    return _general_wordings(persona, fact)


def _activity_wordings(activity: PersonaActivity, name: str) -> list[str]:
    value = getattr(activity, name)
    if name == "annual_revenue":
        if value == 0:
            return ["0, it's unpaid.", "Nothing, it's unpaid."]
        return [
            f"{_money(value)} a year.",
            f"About {_num(value / 1000)}k a year.",
            f"Roughly {_num(value)} annually.",
        ]
    if name == "hours_per_week":
        return [
            f"{_num(value)} hours a week.",
            f"About {_num(value)} hours a week.",
            f"{_num(value)}h a week.",
        ]
    if name == "volatility":
        if value == "stable":
            return ["Stable.", "It's steady, the same every month."]
        return ["Variable.", "It varies from month to month."]
    if name == "teaches":
        return [f"It teaches me {value}.", f"Mostly {value}."]
    return {
        "energising": ["It energises me.", "I love it, it energises me."],
        "draining": ["It drains me.", "Honestly, it drains me."],
    }.get(value, ["Neutral, a bit of both."])


def _capacity_wordings(capacity: PersonaCapacity, name: str) -> list[str]:
    value = getattr(capacity, name)
    if value is None or value == "":
        return ["I don't know."]
    if name == "hours_per_week":
        return [
            f"{_num(value)} hours a week.",
            f"About {_num(value)} hours a week.",
            f"I can give {_num(value)} hours a week.",
        ]
    if name == "constraints":
        return [f"{value[:1].upper()}{value[1:]}."]
    if name == "cash_buffer":
        return [f"{_money(value)} in savings.", f"About {_money(value)} saved."]
    return [f"{_money(value)} a month.", f"I need about {_money(value)} a month."]


def _general_wordings(persona: Persona, fact: str) -> list[str]:
    skills = persona.skills
    by_fact = {
        "context": [persona.context, f"I'd call it {persona.context}."],
        "name": [persona.name],
        "activities": [_join([a.name for a in persona.activities]) + "."],
        "skills": [_join([s.name for s in skills]) + "."],
        "skills.excites": [_join([s.name for s in skills if s.excites] or ["none"]) + "."],
        "skills.under_used": [_join([s.name for s in skills if s.under_used] or ["none"]) + "."],
        "core_skill": [persona.core_skill, f"My core skill is {persona.core_skill}."],
        "streams": [_join([f"{s.name} ({s.role})" for s in persona.streams]) + "."],
        "allocation": [
            _join(
                [
                    f"{s.name}: {_num(s.hours)} hours and {_num(s.income_share)}%"
                    for s in persona.streams
                ]
            )
            + "."
        ],
        "review": [f"In {persona.review_weeks} weeks."],
        "finalise": ["Yes, please finalise it."],
        "continue": ["Go on."],
        "export": ["No download for now, thanks."],
        "cv": [f"Here is my CV:\n{persona.cv}" if persona.cv else "I have no CV to hand."],
    }
    return by_fact.get(fact, ["Whatever you suggest works for me."])
