"""Every value the planner recorded for a persona's facts, replayed from the event log.

The session's event log (accepted operations and undos) is folded as ``agent.plan.replay``
folds it, keeping every intermediate plan. A fact is *recorded* at a step when an operation
names it explicitly (``set_capacity`` its hours, ``update_activity`` a field it sets) or when
its value changes; the defaults a new activity starts with (0 h, 0 a year, variable, neutral,
nothing taught) are not recorded values, and an undo restores what was recorded before.

Each recording is judged against the truth in force at the user turn that caused it: the
persona's facts, with a changed figure at its new value from the turn the change was said, a
skipped fact wrong whatever its value (it was invented), and a figure the person gave wrongly
and corrected on the next turn left unjudged between the two turns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agent.plan import Plan
from agent.plan import operations as ops
from agent.plan.transitions import transition
from evals.metrics import (
    BUFFER_TOLERANCE,
    HOURS_TOLERANCE,
    MONEY_TOLERANCE,
    close,
    factors_match,
    find_activity,
    similar_text,
)
from evals.simulated.persona import ACTIVITY_FIELDS, Change, Persona
from evals.words import names_match

#: The value a fact holds before anyone records it (not a recorded value).
_UNSET: dict[str, Any] = {
    "annual_revenue": 0.0, "hours_per_week": 0.0, "volatility": "variable", "teaches": "",
    "energy": "neutral", "constraints": "", "cash_buffer": None, "monthly_spending": None,
    "context": "general", "core_skill": None, "hours": 0.0, "factors": (),
}  # fmt: skip


@dataclass(frozen=True)
class Recording:
    """A value the plan took for one of the persona's facts, and the user turn behind it."""

    fact: str
    value: Any
    turn: int


@dataclass(frozen=True)
class Truth:
    """The persona's facts over time: a change from its turn on, corrections pending."""

    persona: Persona
    change: Change | None = None
    change_turn: int | None = None
    #: fact -> (turn of the wrong answer, turn of its correction or None)
    pending: tuple[tuple[str, int, int | None], ...] = ()

    def at(self, turn: int) -> Persona:
        """The persona's facts as the person had stated them by ``turn``."""
        if self.change is None or self.change_turn is None or turn < self.change_turn:
            return self.persona
        return self.persona.with_fact(self.change.fact, self.change.to)

    @property
    def final(self) -> Persona:
        """The facts at the end of the conversation."""
        return self.at(10**9)

    def judge(self, fact: str, value: Any, turn: int) -> bool | None:
        """True when ``value`` is right for ``fact`` at ``turn``; None when it is not judged
        (a figure said wrongly and not yet corrected)."""
        for name, said, corrected in self.pending:
            if name == fact and said <= turn and (corrected is None or turn < corrected):
                return None
        if fact in self.persona.skipped_facts():
            return False
        return value_ok(self.at(turn), fact, value)


def value_ok(truth: Persona, fact: str, value: Any) -> bool:
    """Whether ``value`` is right for ``fact`` under the existing tolerances."""
    parts = fact.split(".")
    if parts[0] == "activity" and parts[2] == "factors":
        return factors_match(value, truth.factors_of(parts[1]))
    if parts[0] == "activity":
        want = getattr(truth.activity(parts[1]), parts[2])
        return _same(parts[2], value, want)
    if parts[0] == "capacity":
        return _same(parts[1], value, getattr(truth.capacity, parts[1]))
    if parts[0] == "stream":
        stream = truth.stream(parts[1])
        return stream is not None and close(value, stream.hours, HOURS_TOLERANCE)
    if fact == "core_skill":
        return similar_text(str(value), truth.core_skill)
    return bool(value == truth.context)


def _same(name: str, value: Any, want: Any) -> bool:
    if name in {"hours_per_week", "hours"}:
        return close(value, want, HOURS_TOLERANCE)
    if name == "annual_revenue":
        return close(value, want, MONEY_TOLERANCE)
    if name in {"cash_buffer", "monthly_spending"}:
        return want is not None and close(value, want, BUFFER_TOLERANCE)
    if name in {"teaches", "constraints"}:
        return similar_text(str(value), str(want)) if want else not str(value).strip()
    return bool(value == want)


def fact_values(persona: Persona, plan: Plan, extra: Sequence[str] = ()) -> dict[str, Any]:
    """The plan's values of the persona's facts (a fact whose item is absent is left out).

    ``extra`` adds stream facts (``stream.<slug>.hours``), found by the stream's name words.
    """
    values: dict[str, Any] = {"context": plan.profile.context, "core_skill": plan.core_skill}
    if plan.capacity is not None:
        cap = plan.capacity
        values.update({
            "capacity.hours_per_week": cap.hours_per_week,
            "capacity.constraints": "; ".join(cap.constraints),
            "capacity.cash_buffer": cap.cash_buffer,
            "capacity.monthly_spending": cap.monthly_spending,
        })  # fmt: skip
    for activity in persona.activities:
        got = find_activity(plan, activity)
        if got is not None:
            for name in ACTIVITY_FIELDS:
                values[f"activity.{activity.id}.{name}"] = getattr(got, name)
            factors = tuple(sorted((f.kind, f.label) for f in got.factors))
            if factors or persona.factors_of(activity.id):
                values[f"activity.{activity.id}.factors"] = factors
    for fact in extra:
        stream = persona.stream(fact.split(".")[1])
        found = next(
            (s for s in plan.streams if stream and names_match(s.name, [stream.name])), None
        )
        if found is not None:
            values[fact] = found.target_hours
    return values


def _named(operation: ops.Op, persona: Persona, plan: Plan) -> set[str]:
    """The facts an operation sets explicitly (whatever their value)."""
    if isinstance(operation, ops.SetContext):
        return {"context"}
    if isinstance(operation, ops.SetCoreSkill):
        return {"core_skill"}
    if isinstance(operation, ops.SetCapacity):
        named = {"capacity.hours_per_week"}
        named |= {"capacity.constraints"} if operation.constraints else set()
        for name in ("cash_buffer", "monthly_spending"):
            named |= {f"capacity.{name}"} if getattr(operation, name) is not None else set()
        return named
    if isinstance(operation, ops.UpdateActivity):
        for activity in persona.activities:
            got = find_activity(plan, activity)
            if got is not None and got.name.lower() == operation.name.lower():
                prefix = f"activity.{activity.id}"
                return {
                    f"{prefix}.{n}" for n in ACTIVITY_FIELDS if getattr(operation, n) is not None
                }
    return set()


@dataclass
class Fold:
    """The plans and recorded values after each event of a log."""

    plans: list[Plan]
    recordings: list[tuple[int, str, Any]]
    recorded_at_end: dict[str, Any]


def fold(persona: Persona, events: Sequence[ops.Op], extra: Sequence[str] = ()) -> Fold:
    """Fold ``events`` (accepted operations and undos) and note every recorded value, with the
    index of the event that recorded it."""
    stack: list[tuple[Plan, dict[str, Any]]] = [(Plan(), {})]
    plans: list[Plan] = []
    recordings: list[tuple[int, str, Any]] = []
    for index, operation in enumerate(events):
        if isinstance(operation, ops.Undo):
            if len(stack) > 1:
                stack.pop()
        else:
            plan, recorded = stack[-1]
            after = transition(plan, operation)  # type: ignore[arg-type]
            if isinstance(after, Plan):
                now = _recorded(persona, operation, after, recorded, extra)
                recordings += [(index, f, v) for f, v in now.items()
                               if f not in recorded or recorded[f] != v or f in _named(
                                   operation, persona, after)]  # fmt: skip
                stack.append((after, now))
        plans.append(stack[-1][0])
    return Fold(plans, recordings, stack[-1][1])


def _recorded(persona: Persona, operation: ops.Op, after: Plan, recorded: dict[str, Any],
              extra: Sequence[str]) -> dict[str, Any]:  # fmt: skip
    """The facts recorded once ``operation`` made ``after``: those it names, those recorded
    before whose item is still there, and those holding more than their starting default."""
    named = _named(operation, persona, after)
    out: dict[str, Any] = {}
    for fact, value in fact_values(persona, after, extra).items():
        unset = _UNSET.get(fact.split(".")[-1], _UNSET.get(fact))
        if value is not None and (fact in named or fact in recorded or value != unset):
            out[fact] = value
    return out
