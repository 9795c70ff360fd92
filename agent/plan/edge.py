"""The edge in a combination: two or three of the person's skills that their streams could
build on, and why the mix is scarcer or less automatable than each skill alone.

Deterministic rules, no market data (the idea after the pattern write-up's "Cognitive Era";
the guidance card ``edge-in-a-skill-combination`` says it in the project's words):

- the skills are the confirmed ones and the core skill;
- a skill *shows* in a stream or activity whose name, what it teaches or its revenue model
  holds every significant word of the skill, or (with a profile) whose work kind is the
  skill's kind of work;
- a combination takes 2 or 3 skills from **different families**, at least one of them of
  **low exposure to automation**, at least two of them grounded in the plan (shown in a
  stream or activity, or the core skill), and at least one stream or activity to build on.

A skill's family and exposure come from a ``SkillProfiler`` (the tools pass the CV
taxonomy's); without one, each skill is its own family and its exposure is that of the
streams it shows in when they all agree. Fewer people hold several skills of different
families than any one of them: that is set arithmetic, not a market figure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from agent.plan.models import Exposure, Plan, WorkKind

#: Skills considered at most (core skill, then grounded, then exciting): 220 triples.
MAX_SKILLS = 12
CARD = "edge-in-a-skill-combination"
OWN_LABEL = "a field of your own"
_STOP = frozenset({"and", "the", "for", "with", "of", "in", "on", "to", "a", "an", "my", "our"})
_LOW_WORK = "people-facing or judgment work that automation reaches least"


@dataclass(frozen=True)
class SkillProfile:
    """What a catalogue knows of a skill: its family and how exposed it is to automation."""

    family: str
    family_label: str
    exposure: Exposure
    work_kinds: tuple[WorkKind, ...] = ()


SkillProfiler = Callable[[str], SkillProfile | None]


class SkillEvidence(BaseModel):
    """One skill of a combination and where the plan shows it."""

    skill: str
    family: str = Field(description="The family's label, or 'in your own words'.")
    exposure: Exposure | None = Field(description="Exposure to automation; None if unknown.")
    shows_in: list[str] = Field(description="Streams and activities that use it.")
    notes: list[str] = Field(description="Other evidence: core skill, CV line, excitement.")


class SkillEdge(BaseModel):
    """A combination of skills that may be the person's edge, with evidence and reasons."""

    skills: list[str]
    evidence: list[SkillEvidence]
    build_on: list[str] = Field(description="Streams and activities that could build on it.")
    why: list[str] = Field(description="Why the mix is scarcer or less automatable.")
    summary: str
    card: str = CARD


@dataclass(frozen=True)
class _Skill:
    name: str
    family: str
    label: str
    exposure: Exposure | None
    shows_in: tuple[str, ...]
    notes: tuple[str, ...]
    core: bool
    excitement: int

    @property
    def grounded(self) -> bool:
        return bool(self.shows_in) or self.core


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9+#]+", text.casefold()) if w not in _STOP}


def _shows(skill: str, text: str) -> bool:
    wanted = _stems(skill)
    return bool(wanted) and wanted <= _stems(text)


def _places(plan: Plan, name: str, profile: SkillProfile | None) -> tuple[list[str], list[str]]:
    """(where the skill shows, the exposures of the streams it shows in)."""
    kinds = profile.work_kinds if profile else ()
    found: list[str] = []
    exposures: list[str] = []
    for s in plan.streams:
        if _shows(name, f"{s.name} {s.teaches} {s.revenue_model}") or s.work_kind in kinds:
            found.append(f"stream {s.name!r}")
            exposures.append(s.automation_exposure)
    names = {s.name.casefold() for s in plan.streams}
    found += [
        f"activity {a.name!r}"
        for a in plan.activities
        if a.name.casefold() not in names and _shows(name, f"{a.name} {a.teaches}")
    ]
    return found, exposures


def _skills(plan: Plan, profiler: SkillProfiler | None) -> list[_Skill]:
    core = (plan.core_skill or "").strip()
    named = [(s.name, s.excitement or 0, s.evidence) for s in plan.skills if s.confirmed]
    if core and all(n.casefold() != core.casefold() for n, _, _ in named):
        named.insert(0, (core, 0, ""))
    found: list[_Skill] = []
    for name, excitement, evidence in named:
        profile = profiler(name) if profiler else None
        shows, exposures = _places(plan, name, profile)
        is_core = name.casefold() == core.casefold()
        notes = [n for n in (
            "your core skill" if is_core else "",
            f"from your CV: {evidence[:80]}" if evidence else "",
            f"it excites you ({excitement}/5)" if excitement >= 4 else "",
        ) if n]  # fmt: skip
        exposure = profile.exposure if profile else _agreed(exposures)
        found.append(_Skill(
            name=name, family=profile.family if profile else f"own:{name.casefold()}",
            label=profile.family_label if profile else OWN_LABEL, exposure=exposure,
            shows_in=tuple(shows), notes=tuple(notes), core=is_core, excitement=excitement,
        ))  # fmt: skip
    found.sort(key=lambda s: (not s.core, not s.grounded, -s.excitement, s.name.casefold()))
    return found[:MAX_SKILLS]


def _agreed(exposures: Sequence[str]) -> Exposure | None:
    values = set(exposures)
    return values.pop() if len(values) == 1 else None  # type: ignore[return-value]


def _apart(combo: Sequence[_Skill]) -> bool:
    """Different families, and no two names sharing a word ("labour organising" and
    "organising" are one field, whatever a catalogue says)."""
    if len({s.family for s in combo}) != len(combo):
        return False
    return all(not (_stems(a.name) & _stems(b.name)) for a, b in itertools.combinations(combo, 2))


def _qualifies(combo: Sequence[_Skill]) -> bool:
    return (
        _apart(combo)
        and any(s.exposure == "low" for s in combo)
        and sum(s.grounded for s in combo) >= 2
        and any(s.shows_in for s in combo)
    )


def _rank(combo: Sequence[_Skill]) -> tuple[int, int, int, int, int, str]:
    return (
        -sum(bool(s.shows_in) for s in combo),
        -sum(s.exposure == "low" for s in combo),
        -any(s.core for s in combo),
        -len(combo),
        -sum(s.excitement for s in combo),
        " + ".join(s.name.casefold() for s in combo),
    )


def _and(names: Sequence[str]) -> str:
    quoted = [repr(n) for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _why(combo: Sequence[_Skill]) -> list[str]:
    n = len(combo)
    fields = "; ".join(f"{s.name}: {s.label}" for s in combo)
    every = "both" if n == 2 else f"all {n}"
    why = [
        f"it joins {n} different fields ({fields}): many people hold one of these skills, "
        f"fewer hold {every}, so the mix is scarcer than any one of them"
    ]
    low = [s.name for s in combo if s.exposure == "low"]
    high = [s.name for s in combo if s.exposure == "high"]
    verb = "is" if len(low) == 1 else "are"
    if high:
        why.append(
            f"{_and(high)} alone {'is' if len(high) == 1 else 'are'} exposed to automation; "
            f"joined with {_and(low)}, {_LOW_WORK}, the whole is harder to hand to a tool"
        )
    else:
        why.append(
            f"{_and(low)} {verb} {_LOW_WORK}, and no part of the mix is highly exposed to "
            "automation"
        )
    core = next((s.name for s in combo if s.core), None)
    if core:
        why.append(f"it builds on your core skill {core!r}")
    return why


def _edge(combo: Sequence[_Skill]) -> SkillEdge:
    evidence = [
        SkillEvidence(skill=s.name, family=s.label, exposure=s.exposure,
                      shows_in=list(s.shows_in), notes=list(s.notes))
        for s in combo
    ]  # fmt: skip
    build_on = list(dict.fromkeys(p for s in combo for p in s.shows_in))
    names = " + ".join(s.name for s in combo)
    more = f" and {len(build_on) - 3} more" if len(build_on) > 3 else ""
    summary = f"{names}: {len(combo)} fields, shows in {', '.join(build_on[:3])}{more}"
    return SkillEdge(
        skills=[s.name for s in combo], evidence=evidence, build_on=build_on, why=_why(combo),
        summary=summary,
    )  # fmt: skip


def skill_edges(
    plan: Plan, profiler: SkillProfiler | None = None, *, top: int = 3
) -> list[SkillEdge]:
    """The best combinations of two or three skills, the strongest first (see the module)."""
    skills = _skills(plan, profiler)
    combos = [
        combo
        for size in (3, 2)
        for combo in itertools.combinations(skills, size)
        if _qualifies(combo)
    ]
    chosen: list[Sequence[_Skill]] = []
    for combo in sorted(combos, key=_rank):
        names = {s.name for s in combo}
        if any(names <= {s.name for s in c} for c in chosen):
            continue
        chosen.append(combo)
        if len(chosen) >= top:
            break
    return [_edge(c) for c in chosen]
