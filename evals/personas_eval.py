"""``portfolio-planner eval personas``: every persona talks to the planner until its plan is
final (or the turn limit), and the run is measured (see ``evals/metrics.py``).

:func:`evaluate` is the pure entry point (it returns a :class:`Report`); the command's runner
and the report's rendering live in :mod:`evals.personas_cli`, the planners it talks to in
:mod:`evals.planners`, the trust metrics in :mod:`evals.scoring`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evals.metrics import (
    CardRef,
    RunMetrics,
    Totals,
    audit_facts,
    cited_cards,
    final_errors,
    outcome_checks,
    relevant,
    totals,
)
from evals.planners import MemoryBackend, Planner, SessionBackend, TokenMeter
from evals.scoring import realistic_passes, score_run
from evals.simulated_user import Mode, Persona, SimulatedUser, load_personas

#: Thresholds of the plain run, enforced by the test suite too.
MIN_ACCURACY = 0.95
MAX_USER_TURNS = 30
MODELS = ("guided", "openai")
MODES = ("plain", "realistic")
#: The persona splits in report order. Dev personas are new people measured once unseen and
#: studied afterwards: shown in full like tuning, never gated; held-out ones are never read.
SPLITS = ("tuning", "dev", "heldout")
#: The splits whose runs decide whether a report passes.
GATED = ("tuning", "heldout")


@dataclass
class PersonaRun:
    """One persona's conversation and its metrics."""

    metrics: RunMetrics
    transcript: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Report:
    """The result of an evaluation over several personas."""

    model: str
    runs: list[PersonaRun]
    totals: Totals
    mode: str = "plain"

    @property
    def passed(self) -> bool:
        """True when every gated persona (tuning and held-out) meets the thresholds of the
        report's mode; the dev split is measured, never gated."""
        return all(run_passes(r.metrics) for r in self.runs if r.metrics.split in GATED)

    @property
    def gated(self) -> bool:
        """True when the report holds a run of a gated split (else it gives no verdict)."""
        return any(r.metrics.split in GATED for r in self.runs)

    def split(self, name: str) -> list[PersonaRun]:
        """The runs of one split (``tuning``, ``dev`` or ``heldout``)."""
        return [r for r in self.runs if r.metrics.split == name]

    @property
    def splits(self) -> dict[str, Totals]:
        """The totals of each split that has runs."""
        return {name: totals([r.metrics for r in runs])
                for name in SPLITS if (runs := self.split(name))}  # fmt: skip


def run_passes(m: RunMetrics) -> bool:
    """The thresholds of the run's mode: plain (a valid final plan, facts, user turns) or
    realistic (those and no wrong value at the end, at most one ever, no junk, every wish
    honoured, every question answered)."""
    if m.mode == "realistic":
        return realistic_passes(m)
    return m.final_valid and m.accuracy >= MIN_ACCURACY and m.user_turns <= MAX_USER_TURNS


def evaluate(
    model: str = "guided",
    personas: Sequence[Persona] | None = None,
    *,
    seed: int = 0,
    settings: Any = None,
    max_turns: int = 40,
    use_question_ids: bool = True,
    today: dt.date | None = None,
    backend: str = "session",
    guidance: Any = None,
    mode: Mode = "plain",
    behaviours: Sequence[str] | None = None,
) -> Report:
    """Run every persona (default: all in ``evals/personas``) against the planner.

    ``mode`` is ``plain`` (the user answers what is asked) or ``realistic`` (the behaviours of
    each persona's ``realistic`` block, or just those in ``behaviours``, are on).

    ``model`` is ``guided`` (the offline interviewer) or ``openai`` (the endpoint named by the
    settings: ``OPENAI_BASE_URL``, ``OPENAI_API_KEY``, ``PORTFOLIO_LLM_MODEL``). With
    ``use_question_ids=False`` the simulated user reads the planner's text alone.
    ``guidance`` is the guidance store the planner searches (default: the product's store in
    the data folder); ``backend`` is ``session`` (stored sessions) or ``memory`` (guided only).
    """
    from agent.settings import get_settings

    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; choose one of: {', '.join(MODELS)}")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of: {', '.join(MODES)}")
    base = settings or get_settings()
    settings = base.model_copy(update={"provider": model})
    if model == "openai":
        from agent.models import build_model

        build_model(settings, lambda: None)  # a model that cannot be set up says how to fix it
    cards = _card_refs()
    guidance = guidance if guidance is not None else _open_guidance(settings)
    runs = [
        run_persona(
            persona,
            settings,
            seed=seed,
            max_turns=max_turns,
            cards=cards,
            guidance=guidance,
            use_question_ids=use_question_ids,
            today=today or dt.date.today(),
            backend=backend,
            mode=mode,
            behaviours=behaviours,
        )
        for persona in (personas if personas is not None else load_personas())
    ]
    return Report(model, runs, totals([r.metrics for r in runs]), mode)


def run_persona(
    persona: Persona,
    settings: Any,
    *,
    seed: int = 0,
    max_turns: int = 40,
    cards: Sequence[CardRef] = (),
    guidance: Any = None,
    use_question_ids: bool = True,
    today: dt.date | None = None,
    backend: str = "session",
    mode: Mode = "plain",
    behaviours: Sequence[str] | None = None,
    planner: Planner | None = None,
) -> PersonaRun:
    """Play one persona against a fresh planner and measure the run.

    ``backend="session"`` talks to a stored :class:`agent.session.PlannerSession` (the product's
    own facade); ``"memory"`` runs the guided interviewer through the same tools and agent loop
    in memory, without storage; ``planner`` plays any other :class:`Planner` (a scripted one in
    the tests).
    """
    day = today or dt.date.today()
    meter = TokenMeter()
    if planner is None and backend == "memory":
        planner = MemoryBackend(day, guidance)
    elif planner is None:
        planner = SessionBackend(settings, meter, guidance)
    user = SimulatedUser(persona, seed=seed, mode=mode, behaviours=behaviours)
    log = _Conversation()
    message = user.opening()
    while log.user_turns < max_turns:
        reply = log.turn(planner, message)
        if planner.is_final:
            break
        qid = planner.pending_question() if use_question_ids else None
        message = user.reply(reply, qid)
    metrics = _measure(user.truth, planner.plan, planner.is_final, log, cards, day)
    metrics.mode, metrics.split = mode, persona.split
    metrics.prompt_tokens = list(meter.requests) if settings.provider != "guided" else []
    metrics.unrecognised_questions = sum(e.kind == "unrecognised" for e in user.exchanges)
    score_run(metrics, user, planner.events, log.marks, log.transcript, planner.plan, cards)
    return PersonaRun(metrics, log.transcript)


@dataclass
class _Conversation:
    """What the runner notes while a conversation goes on."""

    user_turns: int = 0
    transcript: list[tuple[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)

    def turn(self, planner: Planner, message: str) -> str:
        """Send one user message; return the planner's reply text."""
        self.user_turns += 1
        self.transcript.append(("user", message))
        reply, results = planner.turn(message)
        for tool, data in results:
            self._note_result(tool, data)
        self.transcript.append(("planner", reply))
        self.marks.append(len(planner.events))
        return reply

    def _note_result(self, tool: str, data: dict[str, Any]) -> None:
        status = str(data.get("status", ""))
        if status in {"refused", "error"} and tool not in {"search_guidance", "audit_cv"}:
            self.refused.append(tool)
        elif status == "accepted" and tool in self.refused:
            self.refused = [t for t in self.refused if t != tool] + [f"{tool}:recovered"]

    @property
    def recovered(self) -> bool:
        """True when every refused tool was later accepted."""
        return all(t.endswith(":recovered") for t in self.refused)


def _measure(
    persona: Persona,
    plan: Any,
    finalised: bool,
    log: _Conversation,
    cards: Sequence[CardRef],
    today: dt.date,
) -> RunMetrics:
    errors = final_errors(plan, today)
    cited = cited_cards((text for role, text in log.transcript if role == "planner"), cards)
    return RunMetrics(
        persona=persona.id,
        final_valid=finalised and not errors,
        finalised=finalised,
        facts=audit_facts(persona, plan),
        checks=outcome_checks(persona, plan),
        user_turns=log.user_turns,
        refused=len(log.refused),
        recovered=log.recovered,
        cited=[c.id for c in cited],
        relevant_cited=sum(relevant(c, persona.context) for c in cited),
        final_errors=errors,
    )


def _card_refs() -> list[CardRef]:
    """The guidance cards' ids, titles and contexts (empty when the corpus is absent)."""
    try:
        import knowledge
        from knowledge.cards import load_cards

        corpus = Path(knowledge.__file__).resolve().parent / "corpus"
        return [CardRef(c.id, c.title, tuple(c.contexts)) for c in load_cards(corpus)]
    except (ImportError, OSError, ValueError):
        return []


def _open_guidance(settings: Any) -> Any:
    """One guidance store shared by every persona's session, or None when unavailable."""
    try:
        from agent.guidance import open_guidance

        return open_guidance(settings)
    except Exception:  # sessions then report guidance as unavailable themselves
        return None


if __name__ == "__main__":
    from evals.personas_cli import main

    sys.exit(main())
