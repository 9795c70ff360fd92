"""Metrics of one persona run: did the conversation end in a valid final plan, were the
persona's facts recorded as said (and skipped ones recorded as unknown, not invented), do the
persona's expectations hold, how many turns and refusals it took, which guidance it cited, and
how large the model's requests were.

Everything here is a pure function of a persona, a plan and the run's transcript.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from agent.plan import Plan, check
from agent.plan.models import Activity
from evals.simulated_user import Persona, PersonaActivity
from evals.words import names_match

#: A recorded number counts as right when within this fraction (or the absolute floor) of it.
MONEY_TOLERANCE = (0.05, 500.0)
HOURS_TOLERANCE = (0.05, 0.5)
BUFFER_TOLERANCE = (0.10, 500.0)


@dataclass(frozen=True)
class FactResult:
    """One of the persona's facts, what the plan holds for it, and whether they agree."""

    fact: str
    expected: str
    recorded: str
    ok: bool


@dataclass(frozen=True)
class CheckResult:
    """One expectation of the persona and whether the final plan meets it."""

    name: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class Failure:
    """One failure of a run and the exchange that caused it (planner message -> user message
    -> the planner's reply), when one did."""

    kind: str
    detail: str
    turn: int | None = None
    planner: str = ""
    user: str = ""
    reply: str = ""


@dataclass
class RunMetrics:
    """Everything measured for one persona's run."""

    persona: str
    final_valid: bool
    finalised: bool
    facts: list[FactResult]
    checks: list[CheckResult]
    user_turns: int
    refused: int
    recovered: bool
    cited: list[str] = field(default_factory=list)
    relevant_cited: int = 0
    prompt_tokens: list[int] = field(default_factory=list)
    unrecognised_questions: int = 0
    final_errors: list[str] = field(default_factory=list)
    mode: str = "plain"
    split: str = "tuning"
    wrong_at_end: list[str] = field(default_factory=list)
    ever_wrong: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    wishes: int = 0
    wishes_honoured: int = 0
    questions: int = 0
    questions_answered: int = 0
    change_said: bool | None = None
    failures: list[Failure] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Share of facts recorded correctly (1.0 when there is nothing to check)."""
        return sum(f.ok for f in self.facts) / len(self.facts) if self.facts else 1.0

    @property
    def checks_passed(self) -> int:
        """How many expectations hold."""
        return sum(c.ok for c in self.checks)

    @property
    def relevance(self) -> float | None:
        """Share of cited guidance cards that suit the persona's context; None if none cited."""
        return self.relevant_cited / len(self.cited) if self.cited else None

    @property
    def tokens_per_request(self) -> float | None:
        """Mean prompt tokens per model request; None when no model requests were made."""
        return sum(self.prompt_tokens) / len(self.prompt_tokens) if self.prompt_tokens else None


# --- facts -----------------------------------------------------------------------------------


def close(recorded: float | None, expected: float, tolerance: tuple[float, float]) -> bool:
    """True when ``recorded`` is within the relative or absolute tolerance of ``expected``."""
    if recorded is None:
        return False
    return abs(recorded - expected) <= max(tolerance[0] * abs(expected), tolerance[1])


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower()))


def similar_text(recorded: str, expected: str) -> bool:
    """True when the recorded text carries at least half of the expected text's words."""
    wanted = _words(expected)
    if not wanted:
        return bool(recorded.strip()) == bool(expected.strip())
    return len(wanted & _words(recorded)) >= max(1, len(wanted) // 2)


def factors_match(recorded: Iterable[tuple[str, str]], expected: Iterable[tuple[str, str]]) -> bool:
    """True when the recorded (kind, label) factors are the expected ones: as many, each of
    the same kind with a label in the same words ("the council" is "council")."""
    got, want = sorted(set(recorded)), sorted(set(expected))
    if len(got) != len(want):
        return False
    return all(
        any(k == kind and names_match(label, [name]) for k, label in got) for kind, name in want
    )


def _factor_text(factors: Iterable[tuple[str, str]]) -> str:
    return "; ".join(f"{kind}: {label}" for kind, label in sorted(factors)) or "[]"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find_activity(plan: Plan, activity: PersonaActivity) -> Activity | None:
    """The plan's activity for the persona's one: same name, else a name holding an alias."""
    by_name = {a.name.lower(): a for a in plan.activities}
    if activity.name.lower() in by_name:
        return by_name[activity.name.lower()]
    for candidate in plan.activities:
        low = candidate.name.lower()
        if any(_holds(low, n.lower()) or _holds(n.lower(), low) for n in activity.names()):
            return candidate
    return None


def _holds(text: str, part: str) -> bool:
    """True when ``part`` occurs in ``text`` as whole words ("book" is not in "bookkeeping")."""
    return bool(part) and re.search(rf"(?<!\w){re.escape(part)}(?:e?s)?(?!\w)", text) is not None


def is_unknown(plan: Plan, fact: str, persona: Persona) -> bool:
    """True when the plan records the fact as unknown (an ``unknowns`` entry naming it)."""
    parts = fact.split(".")
    field_name = parts[-1]
    for unknown in plan.unknowns:
        text = _slug(unknown.field + " " + unknown.question).replace("-", "_")
        if field_name.replace("-", "_") not in text:
            continue
        if parts[0] != "activity":
            return True
        activity = persona.activity(parts[1])
        if activity and any(_slug(n).replace("-", "_") in text for n in activity.names()):
            return True
    return False


def audit_facts(persona: Persona, plan: Plan) -> list[FactResult]:
    """Compare the plan's audit with the persona's facts, fact by fact."""
    skipped = set(persona.skipped_facts())
    results = [_context(persona, plan), *_capacity(persona, plan)]
    for activity in persona.activities:
        results += _activity(persona, plan, activity)
    results += _skills(persona, plan)
    core = plan.core_skill or ""
    results.append(
        FactResult("core_skill", persona.core_skill, core, similar_text(core, persona.core_skill))
    )
    return [_skip_checked(r, persona, plan) if r.fact in skipped else r for r in results]


def _skip_checked(result: FactResult, persona: Persona, plan: Plan) -> FactResult:
    """A skipped fact is right when the plan marks it unknown and has not invented a value."""
    unknown = is_unknown(plan, result.fact, persona)
    invented = result.recorded not in {"", "None", "[]", "neutral", "0", "0.0"}
    ok = unknown and not invented
    recorded = ("unknown" if unknown else "not marked unknown") + (
        f", but recorded {result.recorded}" if invented else ""
    )
    return FactResult(result.fact, "unknown (skipped)", recorded, ok)


def _context(persona: Persona, plan: Plan) -> FactResult:
    recorded = plan.profile.context
    return FactResult("context", persona.context, recorded, recorded == persona.context)


def _capacity(persona: Persona, plan: Plan) -> list[FactResult]:
    cap, want = plan.capacity, persona.capacity
    hours = cap.hours_per_week if cap else None
    results = [
        FactResult(
            "capacity.hours_per_week",
            f"{want.hours_per_week:g}",
            str(hours),
            close(hours, want.hours_per_week, HOURS_TOLERANCE),
        )
    ]
    constraints = "; ".join(cap.constraints) if cap else ""
    if want.constraints:
        results.append(
            FactResult(
                "capacity.constraints",
                want.constraints,
                constraints or "[]",
                similar_text(constraints, want.constraints),
            )
        )
    if want.cash_buffer is not None:
        buffer = cap.cash_buffer if cap else None
        ok = close(buffer, want.cash_buffer, BUFFER_TOLERANCE)
        results.append(FactResult("capacity.cash_buffer", f"{want.cash_buffer:g}", str(buffer), ok))
    if want.monthly_spending is not None:
        spending = cap.monthly_spending if cap else None
        ok = close(spending, want.monthly_spending, BUFFER_TOLERANCE)
        results.append(
            FactResult("capacity.monthly_spending", f"{want.monthly_spending:g}", str(spending), ok)
        )
    return results


def _activity(persona: Persona, plan: Plan, want: PersonaActivity) -> list[FactResult]:
    prefix = f"activity.{want.id}"
    got = find_activity(plan, want)
    results = [
        FactResult(f"{prefix}.recorded", want.name, got.name if got else "", got is not None)
    ]
    if got is None:
        return (
            results
            + [
                FactResult(f"{prefix}.{name}", str(getattr(want, name)), "", False)
                for name in ("annual_revenue", "hours_per_week", "volatility", "teaches", "energy")
            ]
            + _factors(persona, want, None)
        )
    pairs = [
        ("annual_revenue", close(got.annual_revenue, want.annual_revenue, MONEY_TOLERANCE)),
        ("hours_per_week", close(got.hours_per_week, want.hours_per_week, HOURS_TOLERANCE)),
        ("volatility", got.volatility == want.volatility),
        ("teaches", similar_text(got.teaches, want.teaches)),
        ("energy", got.energy == want.energy),
    ]
    results += [
        FactResult(f"{prefix}.{name}", f"{getattr(want, name)}", f"{getattr(got, name)}", ok)
        for name, ok in pairs
    ]
    return results + _factors(persona, want, got)


def _factors(persona: Persona, want: PersonaActivity, got: Activity | None) -> list[FactResult]:
    """The activity's shared factors, checked when the persona has some or the plan records
    some (an invented factor is a wrong fact)."""
    expected = persona.factors_of(want.id)
    recorded = [(f.kind, f.label) for f in got.factors] if got else []
    if not expected and not recorded:
        return []
    ok = factors_match(recorded, expected)
    fact = f"activity.{want.id}.factors"
    return [FactResult(fact, _factor_text(expected), _factor_text(recorded), ok)]


def _skills(persona: Persona, plan: Plan) -> list[FactResult]:
    names = [s.name.lower() for s in plan.skills]
    results = []
    for skill in persona.skills:
        want = skill.name.lower()
        found = next((n for n in names if want in n or n in want), "")
        results.append(FactResult(f"skill.{_slug(skill.name)}", skill.name, found, bool(found)))
    return results


# --- expectations ----------------------------------------------------------------------------


def outcome_checks(persona: Persona, plan: Plan) -> list[CheckResult]:
    """Check the persona's expectations against the final plan."""
    want = persona.expect
    checks = [_anchor_check(persona, plan)] if want.anchor_is else []
    if want.core_skill_contains:
        core = plan.core_skill or ""
        ok = want.core_skill_contains.lower() in core.lower()
        checks.append(CheckResult("core_skill_contains", ok, core or "no core skill"))
    if want.has_seed_stream:
        ok = any(s.role == "seed" or s.purpose == "experiment" for s in plan.streams)
        checks.append(CheckResult("has_seed_stream", ok))
    low, high = want.streams_between
    count = len(plan.streams)
    checks.append(CheckResult("streams_between", low <= count <= high, f"{count} streams"))
    if want.no_stream_above_capacity:
        checks.append(_capacity_check(persona, plan))
    if want.context_is:
        ctx = plan.profile.context
        checks.append(CheckResult("context_is", ctx == want.context_is, ctx))
    for fact in want.unknown_recorded:
        checks.append(CheckResult(f"unknown:{fact}", is_unknown(plan, fact, persona)))
    if want.max_planned_hours is not None:
        hours = plan.planned_hours
        ok = hours <= want.max_planned_hours + 1e-9
        checks.append(CheckResult("max_planned_hours", ok, f"{hours:g} h planned"))
    return checks


def _anchor_check(persona: Persona, plan: Plan) -> CheckResult:
    anchor = plan.anchor()
    wanted = (persona.expect.anchor_is or "").lower()
    if anchor is None:
        return CheckResult("anchor_is", False, "no anchor stream")
    names = [wanted]
    source = next((a for a in persona.activities if a.name.lower() == wanted), None)
    if source:
        names += [n.lower() for n in source.aliases]
    ok = any(n in anchor.name.lower() for n in names)
    return CheckResult("anchor_is", ok, anchor.name)


def _capacity_check(persona: Persona, plan: Plan) -> CheckResult:
    capacity = persona.capacity.hours_per_week
    planned = plan.planned_hours
    biggest = max((s.target_hours for s in plan.streams), default=0.0)
    ok = planned <= capacity + 1e-9 and biggest <= capacity
    return CheckResult("no_stream_above_capacity", ok, f"{planned:g} of {capacity:g} h")


# --- validity, guidance, totals --------------------------------------------------------------


def final_errors(plan: Plan, today: dt.date) -> list[str]:
    """The codes and messages of the errors that keep the plan from being final."""
    findings = check(plan, final=True, today=today)
    return [f"{f.code}: {f.message}" for f in findings if f.severity == "error"]


@dataclass(frozen=True)
class CardRef:
    """What the metrics need of a guidance card: its id, title and contexts."""

    id: str
    title: str
    contexts: tuple[str, ...]


def cited_cards(texts: Iterable[str], cards: Sequence[CardRef]) -> list[CardRef]:
    """Cards whose id or title appears in any of the planner's messages, in card order."""
    joined = "\n".join(texts).lower()
    return [c for c in cards if c.id.lower() in joined or c.title.lower() in joined]


def relevant(card: CardRef, context: str) -> bool:
    """A card suits a persona when it is written for every context or for theirs."""
    return context in card.contexts or set(card.contexts) <= {"general"}


def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters a token) for endpoints that report none."""
    return max(1, round(len(text) / 4))


@dataclass(frozen=True)
class Totals:
    """Figures over all personas."""

    personas: int
    final_valid: int
    mean_accuracy: float
    min_accuracy: float
    checks_passed: int
    checks: int
    mean_turns: float
    max_turns: int
    refused: int
    unrecovered: int
    mean_tokens_per_request: float | None
    wrong_at_end: int = 0
    ever_wrong: int = 0
    max_ever_wrong: int = 0
    junk: int = 0
    wishes: int = 0
    wishes_honoured: int = 0
    questions: int = 0
    questions_answered: int = 0


def totals(runs: Sequence[RunMetrics]) -> Totals:
    """Sum up the runs of all personas."""
    tokens = [t for r in runs for t in r.prompt_tokens]
    count = len(runs) or 1
    return Totals(
        personas=len(runs),
        final_valid=sum(r.final_valid for r in runs),
        mean_accuracy=sum(r.accuracy for r in runs) / count,
        min_accuracy=min((r.accuracy for r in runs), default=0.0),
        checks_passed=sum(r.checks_passed for r in runs),
        checks=sum(len(r.checks) for r in runs),
        mean_turns=sum(r.user_turns for r in runs) / count,
        max_turns=max((r.user_turns for r in runs), default=0),
        refused=sum(r.refused for r in runs),
        unrecovered=sum(not r.recovered for r in runs),
        mean_tokens_per_request=sum(tokens) / len(tokens) if tokens else None,
        wrong_at_end=sum(len(r.wrong_at_end) for r in runs),
        ever_wrong=sum(len(r.ever_wrong) for r in runs),
        max_ever_wrong=max((len(r.ever_wrong) for r in runs), default=0),
        junk=sum(len(r.junk) for r in runs),
        wishes=sum(r.wishes for r in runs),
        wishes_honoured=sum(r.wishes_honoured for r in runs),
        questions=sum(r.questions for r in runs),
        questions_answered=sum(r.questions_answered for r in runs),
    )
