"""The simulated user: plays a persona in a conversation with a planner.

It answers the planner's messages from the persona's facts, in the persona's words, whatever
order the questions come in. It reads the planner's text (and, when the planner gives one, the
id of its pending question), so it works with the guided interviewer and with a language model
alike. Every choice of wording is drawn from a random generator seeded by the persona, the seed
and the question, so a run is reproducible.

In ``plain`` mode it answers exactly what is asked, once. In ``realistic`` mode the behaviours
of the persona's ``realistic`` block are switched on (see :mod:`evals.simulated.realistic`).
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from evals.simulated.asking import (
    CAPACITY_PROBLEM,
    asked_together,
    facts_from_id,
    is_proposal,
    is_refusal,
    stage_of,
    stray_activity,
)
from evals.simulated.persona import Persona, PersonaStream, Quirk
from evals.simulated.realistic import BEHAVIOURS, Kind, Realism
from evals.simulated.wording import PLAIN, Money, default_wordings

Mode = Literal["plain", "realistic"]
_DECIDED = {"streams", "allocation", "time_blocks", "loops", "review", "finalise", "cv"}
#: Facts of an activity given together, in the order that keeps them apart for a reader
#: (hours before money, so the money's figure is not taken for hours).
_TOGETHER = ["hours_per_week", "annual_revenue", "volatility"]


@dataclass
class Exchange:
    """One planner message and the simulated user's answer to it.

    ``turn`` is the answer's user turn (the opening is turn 1); ``stated`` the facts the
    answer gives (asked, volunteered, listed or changed).
    """

    planner: str
    question_id: str | None
    facts: list[str]
    answer: str
    kind: Kind
    turn: int = 0
    stated: list[str] = field(default_factory=list)


@dataclass
class SimulatedUser:
    """Plays a persona, reproducibly for a given seed.

    ``mode="realistic"`` switches on every behaviour of the persona's ``realistic`` block (or
    just those named in ``behaviours``); a persona without the block answers as in ``plain``.
    """

    persona: Persona
    seed: int = 0
    mode: Mode = "plain"
    behaviours: Iterable[str] | None = None
    exchanges: list[Exchange] = field(default_factory=list)
    asked: Counter[str] = field(default_factory=Counter)
    turn: int = 0
    _pending_correction: Quirk | None = None
    _overreach: dict[str, Quirk] = field(default_factory=dict)
    _fired: set[str] = field(default_factory=set)
    _shared_said: set[int] = field(default_factory=set)
    realism: Realism | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        chosen = set(BEHAVIOURS if self.behaviours is None else self.behaviours)
        unknown = chosen - set(BEHAVIOURS)
        if unknown:
            raise ValueError(f"unknown behaviour {sorted(unknown)}; choose from {BEHAVIOURS}")
        if self.mode == "realistic" and self.persona.realistic is not None:
            self.realism = Realism(self.persona, self.persona.realistic, chosen, self._rng)

    # -- what the metrics read ----------------------------------------------------------
    @property
    def truth(self) -> Persona:
        """The persona's facts as they stand now: a changed figure holds its new value."""
        return self.realism.truth if self.realism else self.persona

    def stated(self) -> dict[str, list[int]]:
        """For each fact, the user turns whose message stated it."""
        out: dict[str, list[int]] = {}
        for exchange in self.exchanges:
            for fact in exchange.stated:
                out.setdefault(fact, []).append(exchange.turn)
        return out

    # -- the conversation ---------------------------------------------------------------
    def opening(self) -> str:
        """The first message of the conversation."""
        self.turn = 1
        told = self.realism.opening() if self.realism else None
        if told is None:
            text = f"Hello, I'm {self.persona.name}. I'd like to plan a portfolio career."
            return self._log("", None, [], text, "opening")
        return self._log("", None, [], told.text, "opening", told.facts)

    def reply(self, planner_text: str, question_id: str | None = None) -> str:
        """The persona's answer to the planner's latest message."""
        self.turn += 1
        if self._pending_correction is not None:
            quirk, self._pending_correction = self._pending_correction, None
            return self._log(planner_text, question_id, [quirk.fact], quirk.correct,
                             "correction", [quirk.fact])  # fmt: skip
        if self._overreach and is_refusal(planner_text) and CAPACITY_PROBLEM.search(planner_text):
            return self._retract(planner_text, question_id)
        stray = stray_activity(question_id, planner_text, self.persona)
        if stray is not None:
            return self._log(planner_text, question_id, [], self._disown(stray), "disown")
        facts = facts_from_id(question_id, self.persona) if question_id else []
        facts = asked_together(facts, planner_text, self.persona)
        if self.realism is not None:
            said = self.realism.intercept(facts, self.turn)
            if said is not None:
                return self._log(planner_text, question_id, facts, said.text, said.kind,
                                 said.facts)  # fmt: skip
        if (not facts or set(facts) <= _DECIDED) and is_proposal(planner_text):
            answer = self._on_proposal(planner_text)
            return self._answered(planner_text, question_id, facts, answer, "proposal", [])
        if not facts:
            answer = "Could you ask that another way? I'm not sure what you need from me."
            return self._log(planner_text, question_id, [], answer, "unrecognised")
        if facts == ["activities"] and self.realism and (told := self.realism.listing()):
            return self._log(planner_text, question_id, facts, told.text, "list", told.facts)
        parts = [(fact, *self._answer(fact)) for fact in self._with_volunteered(facts)]
        kind: Kind = "quirk" if any(p[2] for p in parts) else "answer"
        stated = [fact for fact, _, quirky in parts if not quirky]
        answer = " ".join(p[1] for p in parts)
        return self._answered(planner_text, question_id, facts, answer, kind, stated)

    def _disown(self, name: str) -> str:
        """What a person says when asked about an activity they never had: they say so once,
        then just skip the planner's questions about it."""
        self.asked[f"stray:{name}"] += 1
        if self.asked[f"stray:{name}"] > 1:
            return "Skip."
        return f"'{name}' is not one of my activities, please remove it. Skip this one."

    def _answered(self, planner: str, qid: str | None, facts: list[str], answer: str,
                  kind: Kind, stated: list[str]) -> str:  # fmt: skip
        """Log an answer, adding the shared factors now due and one unasked fact when the
        person volunteers one."""
        answer, stated = self._with_shared(facts, answer, stated)
        extra = self.realism.volunteer(self.asked, self.turn) if self.realism else None
        if extra is not None:
            answer, stated = f"{answer} {extra.text}", [*stated, *extra.facts]
        return self._log(planner, qid, facts, answer, kind, stated)

    def _with_shared(self, facts: list[str], answer: str,
                     stated: list[str]) -> tuple[str, list[str]]:  # fmt: skip
        """The answer with each shared factor whose question has come said once (no planner
        asks it; see ``SharedFactor``)."""
        now = stage_of(facts)
        for i, factor in enumerate(self.persona.shared):
            due = stage_of(facts_from_id(factor.at, self.persona) or [factor.at])
            if i in self._shared_said or now is None or due is None or now < due:
                continue
            self._shared_said.add(i)
            words = factor.say[self._rng(f"shared:{i}").randrange(len(factor.say))]
            answer = f"{answer} {words}"
            stated = [*stated, *(f"activity.{a}.factors" for a in factor.activities)]
        return answer, stated

    def _log(self, planner: str, qid: str | None, facts: list[str], answer: str, kind: Kind,
             stated: list[str] | None = None) -> str:  # fmt: skip
        if self.realism is not None and facts != ["cv"]:
            answer = self.realism.noisy(answer, self.turn)
        stated = list(stated or [])
        if self.realism is not None:
            self.realism.note_stated(stated, self.turn)
        self.exchanges.append(Exchange(planner, qid, facts, answer, kind, self.turn, stated))
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

    @property
    def _money(self) -> Money:
        return self.realism.money if self.realism else PLAIN

    def _answer(self, fact: str) -> tuple[str, bool]:
        """The words for one fact, and whether a quirk shaped them."""
        times = self.asked[fact]
        self.asked[fact] += 1
        if self.realism is not None and self.realism.changed(fact):
            return default_wordings(self.truth, fact, self._money)[0], False
        quirk = self.persona.quirk(fact)
        if quirk and quirk.kind == "skip":
            return quirk.say, True
        if quirk and quirk.kind in {"vague", "correction"} and times == 0:
            if quirk.kind == "correction":
                self._pending_correction = quirk
            return quirk.say, True
        plainest = default_wordings(self.persona, fact, self._money)
        options = self.persona.wordings.get(fact) or plainest
        if times > 0 or quirk is not None:
            return plainest[0], False
        return options[self._rng(fact).randrange(len(options))], False

    def _rng(self, key: str) -> random.Random:
        digest = hashlib.sha256(f"{self.persona.id}|{self.seed}|{key}".encode()).hexdigest()
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
        if self.realism is not None:
            named = [s for s in self.persona.streams if _name_in(text, s, self.persona)]
            self.realism.note_stated([f"stream.{s.slug}.hours" for s in named], self.turn)
        return "Yes, that works."

    def _retract(self, text: str, qid: str | None) -> str:
        fact, quirk = next(iter(self._overreach.items()))
        del self._overreach[fact]
        stream = _quirk_stream(self.persona, quirk)
        assert stream is not None
        name = _name_in(text, stream, self.persona) or stream.name
        answer = f"Make {name} {stream.hours:g} hours then."
        return self._log(text, qid, [fact], answer, "retract")


def _quirk_stream(persona: Persona, quirk: Quirk) -> PersonaStream | None:
    parts = quirk.fact.split(".")
    if parts[0] != "stream" or len(parts) < 2:
        return None
    return persona.stream(parts[1])


def _name_in(text: str, stream: PersonaStream, persona: Persona) -> str | None:
    """How the planner's text names the stream (its name or its source activity's names)."""
    low = text.lower()
    source = persona.activity(stream.from_) if stream.from_ else None
    names = [stream.name, *(source.names() if source else [])]
    return next((n for n in sorted(names, key=len, reverse=True) if n.lower() in low), None)
