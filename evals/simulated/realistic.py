"""The realistic behaviours of a simulated user, each a switch.

- ``volunteer``: the first message tells the person's story (one of the ``opening`` variants);
  later, an answer may add one fact nobody has asked for yet (at most one per answer).
- ``list``: asked for their activities, the person gives all of them with their details in
  one message (one of the ``list`` variants).
- ``question``: when the planner asks question ``after`` (or a later one, if it never asks
  that one), the person asks a question back instead of answering, and answers what the
  planner asks next.
- ``wish``: when the planner asks question ``at`` (default: the streams proposal; or a later
  one), the person asks for a stream of their own.
- ``change``: once a figure was given ``after_turns`` turns earlier, the person changes it;
  from then on the new value is the truth (and is what they say if asked again).
- ``offtopic``: one message, some turns in, that answers nothing.
- ``noise``: typos, lower case, dropped punctuation and the person's money style, never
  touching the digits of a figure (see :mod:`evals.simulated.noise`).

Every draw (which variant, when the off-topic message comes, whether an answer volunteers a
fact, where the typos fall) comes from a generator seeded by persona, seed and turn.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from evals.simulated.asking import facts_of_question, stage_of
from evals.simulated.noise import add_noise
from evals.simulated.persona import Persona, Realistic, Told
from evals.simulated.wording import PLAIN, Money

_T = TypeVar("_T")
#: What a message of the simulated user is.
Kind = Literal[
    "opening", "answer", "quirk", "correction", "proposal", "retract", "unrecognised",
    "list", "question", "wish", "change", "offtopic", "volunteer", "disown",
]  # fmt: skip
BEHAVIOURS = ("volunteer", "list", "question", "wish", "change", "offtopic", "noise")
#: The off-topic message comes at the first free turn from a turn drawn in this range.
OFFTOPIC_TURNS = (4, 9)
#: The chance that an answer volunteers one unasked fact (while some are left).
VOLUNTEER_CHANCE = 0.5


@dataclass(frozen=True)
class Said:
    """A message a behaviour says instead of a plain answer, and the facts it states."""

    text: str
    kind: Kind
    facts: list[str] = field(default_factory=list)


class Realism:
    """What the realistic behaviours of one persona have said so far, and what they say next."""

    def __init__(
        self,
        persona: Persona,
        block: Realistic,
        behaviours: Iterable[str],
        rng: Callable[[str], random.Random],
    ) -> None:
        self.persona = persona
        self.block = block
        self.on = set(behaviours)
        self._rng = rng
        noise = block.noise if "noise" in self.on else None
        self.money = Money(noise.money) if noise is not None else PLAIN
        self.first_stated: dict[str, int] = {}
        self.change_turn: int | None = None
        self.wish_turn: int | None = None
        self.offtopic_turn: int | None = None
        self.question_turns: dict[int, int] = {}
        self._volunteered: set[int] = set()
        self._offtopic_at = rng("offtopic").randint(*OFFTOPIC_TURNS)

    @property
    def truth(self) -> Persona:
        """The persona with the changed figure at its new value once the change was said."""
        change = self.block.change
        if change is None or self.change_turn is None:
            return self.persona
        return self.persona.with_fact(change.fact, change.to)

    def changed(self, fact: str) -> bool:
        """True when ``fact`` is the changed figure and the change was said."""
        return (
            self.change_turn is not None
            and self.block.change is not None
            and (self.block.change.fact == fact)
        )

    def note_stated(self, facts: Iterable[str], turn: int) -> None:
        """Remember the first turn each fact was given (a change waits on it)."""
        for fact in facts:
            self.first_stated.setdefault(fact, turn)

    # -- the messages -------------------------------------------------------------------
    def opening(self) -> Told | None:
        """The story the person opens with, or None when volunteering is off."""
        if "volunteer" not in self.on or not self.block.opening:
            return None
        return self._pick("opening", self.block.opening)

    def listing(self) -> Told | None:
        """All activities with their details in one message, or None when listing is off."""
        if "list" not in self.on or not self.block.list_:
            return None
        return self._pick("list", self.block.list_)

    def intercept(self, asked: list[str], turn: int) -> Said | None:
        """A message said instead of the answer to the question asking ``asked``: a question
        back, a wish, a change or an off-topic line, in that order of precedence."""
        for make in (self._question, self._wish, self._change, self._offtopic):
            said = make(asked, turn)
            if said is not None:
                return said
        return None

    def _question(self, asked: list[str], turn: int) -> Said | None:
        if "question" not in self.on:
            return None
        for i, back in enumerate(self.block.questions):
            if i not in self.question_turns and self._asks(back.after, asked):
                self.question_turns[i] = turn
                return Said(self._pick(f"question|{i}", back.say), "question")
        return None

    def _wish(self, asked: list[str], turn: int) -> Said | None:
        wish = self.block.wish
        if "wish" not in self.on or wish is None or self.wish_turn is not None:
            return None
        if not self._asks(wish.at, asked):
            return None
        self.wish_turn = turn
        return Said(self._pick("wish", wish.say), "wish")

    def _change(self, asked: list[str], turn: int) -> Said | None:
        change = self.block.change
        if "change" not in self.on or change is None or self.change_turn is not None:
            return None
        given = self.first_stated.get(change.fact)
        if given is None or turn - given < change.after_turns:
            return None
        self.change_turn = turn
        return Said(self._pick("change", change.say), "change", [change.fact])

    def _offtopic(self, asked: list[str], turn: int) -> Said | None:
        lines = self.block.offtopic
        if "offtopic" not in self.on or not lines or self.offtopic_turn is not None:
            return None
        if turn < self._offtopic_at:
            return None
        self.offtopic_turn = turn
        return Said(self._pick("offtopic", lines), "offtopic")

    def volunteer(self, asked: Counter[str], turn: int) -> Said | None:
        """One fact nobody asked for yet, added to an answer (at most one per answer)."""
        if "volunteer" not in self.on or self._rng(f"volunteer|{turn}").random() >= (
            VOLUNTEER_CHANCE
        ):
            return None
        for i, item in enumerate(self.block.volunteer):
            fresh = not asked[item.fact] and item.fact not in self.first_stated
            if i not in self._volunteered and fresh:
                self._volunteered.add(i)
                return Said(self._pick(f"volunteer|{i}", item.say), "volunteer", [item.fact])
        return None

    def noisy(self, text: str, turn: int) -> str:
        """``text`` as the person types it (unchanged when noise is off)."""
        noise = self.block.noise
        if "noise" not in self.on or noise is None:
            return text
        return add_noise(text, noise, self._rng(f"noise|{turn}"))

    # -- helpers ------------------------------------------------------------------------
    def _asks(self, question_id: str, asked: list[str]) -> bool:
        """True when the planner asks question ``question_id`` or has moved past it (a planner
        that never asks it, having read the answer elsewhere, still gets the message)."""
        wanted = facts_of_question(question_id, self.persona)
        if set(wanted) & set(asked):
            return True
        here, there = stage_of(asked), stage_of(wanted)
        return here is not None and there is not None and here > there

    def _pick(self, key: str, options: list[_T]) -> _T:
        return options[self._rng(key).randrange(len(options))]
