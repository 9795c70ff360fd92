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
    since: dict[str, tuple[Any, int]] = {}
    for index, fact, value in folded.recordings:
        turn = turns[index] if index < len(turns) else len(marks)
        if since.get(fact, (None,))[0] != value:
            since[fact] = (value, turn)
        if fact not in first_wrong and truth.judge(fact, value, turn) is False:
            first_wrong[fact] = (value, turn)
    final = truth.final
    wrong_end = {f: v for f, v in folded.recorded_at_end.items() if _wrong_at_end(final, f, v)}
    failures = []
    for fact, value in sorted(wrong_end.items()):
        recorded_at = since[fact][1]
        stale = fact not in first_wrong  # right when recorded, wrong once the person changed it
        turn = truth.change_turn if stale and truth.change_turn else recorded_at
        first_wrong.setdefault(fact, (value, turn))
        how = f"still {_show(value)} after the change" if stale else f"recorded {_show(value)}"
        failures.append(_failure("wrong at end", f"{fact}: {how}, truth {_truth(final, fact)}",
                                 moment(transcript, turn)))  # fmt: skip
    metrics.wrong_at_end = sorted(wrong_end)
    metrics.ever_wrong = sorted(first_wrong)
    failures += [
        _failure("wrong, fixed later", f"{f}: recorded {_show(v)} at turn {t}, truth then "
                 f"{_truth(truth.at(t), f)}", moment(transcript, t))
        for f, (v, t) in sorted(first_wrong.items(), key=lambda item: item[1][1])
        if f not in wrong_end
    ]  # fmt: skip
    turn_plans = [(t, folded.plans[n - 1]) for t, n in enumerate(marks, start=1) if n > 0]
    junk = junk_items(persona, turn_plans, plan)
    metrics.junk = [f"{j.kind}: {j.text}" for j in junk]
    failures += [
        _failure("junk", f"{j.kind} '{j.text}'" + ("" if j.kept else " (removed later)"),
                 moment(transcript, j.turn))
        for j in junk
    ]  # fmt: skip
    failures += _dialogue(metrics, user, transcript, marks, plan, cards)
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
    value: Any
    if parts[0] == "activity" and parts[2] == "factors":
        value = persona.factors_of(parts[1])
    elif parts[0] == "activity":
        value = getattr(persona.activity(parts[1]), parts[2])
    elif parts[0] == "capacity":
        value = getattr(persona.capacity, parts[1])
    elif parts[0] == "stream":
        stream = persona.stream(parts[1])
        value = stream.hours if stream else None
    else:
        value = getattr(persona, fact, None)
    return _show(value)


def _dialogue(
    metrics: RunMetrics,
    user: SimulatedUser,
    transcript: Sequence[tuple[str, str]],
    marks: Sequence[int],
    plan: Plan,
    cards: Sequence[CardRef],
) -> list[Failure]:
    realism = user.realism
    if realism is None:
        return []
    failures = []
    wish = realism.block.wish
    if wish is not None and "wish" in realism.on:
        result = wish_result(wish, realism.wish_turn, plan, transcript)
        metrics.wishes = 1
        metrics.wishes_honoured = int(result.honoured)
        if not result.honoured:
            at = moment(transcript, result.turn) if result.turn else None
            hours = f", {result.hours:g} h" if result.hours is not None else ""
            failures.append(_failure("wish", f"'{wish.stream}'{hours}: {result.how}", at))
    for i, back in enumerate(realism.block.questions if "question" in realism.on else []):
        metrics.questions += 1
        turn = realism.question_turns.get(i)
        if turn is None:
            failures.append(_failure("question", f"never asked: the conversation did not reach "
                                     f"'{back.after}'", None))  # fmt: skip
            continue
        answer = question_result(turn, transcript, cards, marks)
        metrics.questions_answered += answer.answered
        if not answer.answered:
            why = "the reply recorded it as an answer" if answer.cited else "no guidance card cited"
            failures.append(_failure("question", why, moment(transcript, turn)))
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
        and m.wishes_honoured == m.wishes
        and m.questions_answered == m.questions
        and m.user_turns <= REALISTIC_MAX_TURNS
    )
