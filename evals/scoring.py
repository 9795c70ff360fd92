"""The trust metrics of one run, and the exchange behind each failure.

- *wrong at the end*: facts the final plan records with a value outside the tolerances of the
  truth (a changed figure at its new value); a fact the plan never recorded is *missed*, not
  wrong;
- *ever recorded wrong*: facts that held a wrong value at any point of the event log (see
  :mod:`evals.timeline`), each fact counted once; every fact wrong at the end is among them;
- *junk* (see :mod:`evals.junk`), *wishes honoured* and *questions answered* (see
  :mod:`evals.dialogue`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agent.plan import Plan
from agent.plan import operations as ops
from evals.dialogue import Moment, moment, question_result, wish_result
from evals.junk import junk_items
from evals.metrics import CardRef, Failure, RunMetrics
from evals.simulated.persona import Persona
from evals.simulated.user import SimulatedUser
from evals.timeline import Truth, fold, value_ok

#: Thresholds of the realistic mode (per persona).
REALISTIC_MIN_ACCURACY = 0.95
REALISTIC_MAX_EVER_WRONG = 1
REALISTIC_MAX_TURNS = 30


def truth_of(user: SimulatedUser) -> Truth:
    """The persona's facts over the run: the change and the corrections the user said."""
    persona = user.persona
    realism = user.realism
    change = persona.realistic.change if persona.realistic and realism else None
    pending = tuple(
        (e.facts[0], e.turn - 1, e.turn) for e in user.exchanges if e.kind == "correction"
    )
    return Truth(persona, change, realism.change_turn if realism else None, pending)


def event_turns(marks: Sequence[int]) -> list[int]:
    """The user turn of each event, from the number of events at the end of each turn."""
    turns: list[int] = []
    for turn, count in enumerate(marks, start=1):
        turns += [turn] * (count - len(turns))
    return turns


def _failure(kind: str, detail: str, at: Moment | None) -> Failure:
    if at is None:
        return Failure(kind, detail)
    return Failure(kind, detail, at.turn, at.planner, at.user, at.reply)


def score_run(
    metrics: RunMetrics,
    user: SimulatedUser,
    events: Sequence[ops.Op],
    marks: Sequence[int],
    transcript: Sequence[tuple[str, str]],
    plan: Plan,
    cards: Sequence[CardRef],
) -> None:
    """Fill in the trust metrics and the failures of ``metrics``."""
    persona, truth = user.persona, truth_of(user)
    extra = [truth.change.fact] if truth.change and truth.change.fact.startswith("stream.") else []
    turns = event_turns(marks)
    folded = fold(persona, events, extra)
    first_wrong: dict[str, tuple[Any, int]] = {}
    last_turn: dict[str, int] = {}
    for index, fact, value in folded.recordings:
        turn = turns[index] if index < len(turns) else len(marks)
        last_turn[fact] = turn
        if fact not in first_wrong and truth.judge(fact, value, turn) is False:
            first_wrong[fact] = (value, turn)
    final = truth.final
    wrong_end = {f: v for f, v in folded.recorded_at_end.items() if _wrong_at_end(final, f, v)}
    for fact, value in wrong_end.items():
        if fact not in first_wrong:  # right when recorded, wrong once the person changed it
            first_wrong[fact] = (value, truth.change_turn or last_turn.get(fact, 0))
    metrics.wrong_at_end = sorted(wrong_end)
    metrics.ever_wrong = sorted(first_wrong)
    failures = [
        _failure("wrong at end", f"{f}: recorded {_show(v)}, truth {_truth(final, f)}",
                 moment(transcript, last_turn.get(f, first_wrong[f][1])))
        for f, v in sorted(wrong_end.items())
    ]  # fmt: skip
    failures += [
        _failure("ever wrong", f"{f}: recorded {_show(v)} at turn {t}, truth then "
                 f"{_truth(truth.at(t), f)}", moment(transcript, t))
        for f, (v, t) in sorted(first_wrong.items(), key=lambda item: item[1][1])
    ]  # fmt: skip
    turn_plans = [(t, folded.plans[n - 1]) for t, n in enumerate(marks, start=1) if n > 0]
    junk = junk_items(persona, turn_plans, plan)
    metrics.junk = [f"{j.kind}: {j.text}" for j in junk]
    failures += [
        _failure("junk", f"{j.kind} '{j.text}'" + ("" if j.kept else " (removed later)"),
                 moment(transcript, j.turn))
        for j in junk
    ]  # fmt: skip
    failures += _dialogue(metrics, user, transcript, plan, cards)
    failures += _missed(metrics, user, transcript)
    metrics.failures = failures


def _wrong_at_end(truth: Persona, fact: str, value: Any) -> bool:
    return fact in truth.skipped_facts() or not value_ok(truth, fact, value)


def _show(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else repr(value)


def _truth(persona: Persona, fact: str) -> str:
    if fact in persona.skipped_facts():
        return "unknown (skipped)"
    parts = fact.split(".")
    if parts[0] == "activity":
        value = getattr(persona.activity(parts[1]), parts[2])
    elif parts[0] == "capacity":
        value = getattr(persona.capacity, parts[1])
    elif parts[0] == "stream":
        stream = persona.stream(parts[1])
        value = stream.hours if stream else None
    else:
        value = getattr(persona, fact, None)
    return _show(value)


def _dialogue(metrics: RunMetrics, user: SimulatedUser, transcript: Sequence[tuple[str, str]],
              plan: Plan, cards: Sequence[CardRef]) -> list[Failure]:  # fmt: skip
    realism = user.realism
    if realism is None:
        return []
    failures = []
    wish = realism.block.wish
    if wish is not None and "wish" in realism.on:
        result = wish_result(wish, realism.wish_turn, plan, transcript)
        metrics.wishes_said = int(result.turn is not None)
        metrics.wishes_honoured = int(result.honoured)
        if not result.honoured:
            at = moment(transcript, result.turn) if result.turn else None
            hours = f", {result.hours:g} h" if result.hours is not None else ""
            failures.append(_failure("wish", f"'{wish.stream}'{hours}: {result.how}", at))
    for turn in sorted(realism.question_turns.values()):
        answer = question_result(turn, transcript, cards, metrics.user_turns)
        metrics.questions_asked += 1
        metrics.questions_answered += answer.answered
        if not answer.answered:
            failures.append(_failure("question", "no guidance card cited in the reply",
                                     moment(transcript, turn)))  # fmt: skip
    if realism.block.change is not None and "change" in realism.on:
        metrics.change_said = realism.change_turn is not None
    return failures


def _missed(metrics: RunMetrics, user: SimulatedUser,
            transcript: Sequence[tuple[str, str]]) -> list[Failure]:  # fmt: skip
    """Facts neither right nor wrong at the end, with the turn the person last stated them."""
    stated = user.stated()
    wrong = set(metrics.wrong_at_end)
    failures = []
    for fact in (f for f in metrics.facts if not f.ok and f.fact not in wrong):
        key = fact.fact
        if key.endswith(".recorded"):
            key = "activities"
        elif key.startswith("skill."):
            key = "skills"
        turns = stated.get(key) or stated.get(fact.fact)
        at = moment(transcript, turns[-1]) if turns else None
        detail = f"{fact.fact}: expected {fact.expected}, plan has {fact.recorded or 'nothing'}"
        failures.append(_failure("missed", detail + ("" if turns else " (never stated)"), at))
    return failures


def realistic_passes(m: RunMetrics) -> bool:
    """The realistic thresholds for one persona."""
    return (
        m.final_valid
        and m.accuracy >= REALISTIC_MIN_ACCURACY
        and not m.wrong_at_end
        and len(m.ever_wrong) <= REALISTIC_MAX_EVER_WRONG
        and not m.junk
        and m.wishes_honoured == m.wishes_said
        and m.questions_answered == m.questions_asked
        and m.user_turns <= REALISTIC_MAX_TURNS
    )
