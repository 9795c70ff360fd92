"""The persona file: a person's facts, how they word them, their quirks, the realistic
behaviours of the way they talk, and what a good plan for them satisfies.

A persona file that does not follow the format is refused with the file, the field and what
is wrong named (:class:`PersonaFileError`), so a coach writing their own persona can fix it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

PERSONA_DIR = Path(__file__).resolve().parents[1] / "personas"
ACTIVITY_FIELDS = ("annual_revenue", "hours_per_week", "volatility", "teaches", "energy")
CAPACITY_FIELDS = ("hours_per_week", "constraints", "cash_buffer", "monthly_spending")
STREAM_FIELDS = ("hours", "target_hours", "income_share", "target_income_share")
#: Fact paths that name no single figure but may be listed as stated by a message.
WHOLE_FACTS = (
    "context", "activities", "skills", "skills.excites", "skills.under_used", "core_skill",
    "name", "review", "streams",
)  # fmt: skip
NUMERIC_FACTS = ("hours_per_week", "annual_revenue", "cash_buffer", "monthly_spending", "hours")


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
        return slugify(self.name)


def slugify(text: str) -> str:
    """The slug a plan makes of a name ("Open science mentoring" -> "open-science-mentoring")."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


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


class SharedFactor(_Model):
    """A risk factor two or more of the person's activities depend on (one funder, one season,
    one platform...). No planner asks it, so the person says it unasked, once, with their
    first answer at or after question ``at`` (in both modes); its fact is
    ``activity.<id>.factors`` for each activity named."""

    kind: Literal["client", "sector", "season", "platform", "automation"]
    label: str = Field(min_length=1, description="As the person says it: 'the council'.")
    activities: list[str] = Field(min_length=2, description="Ids of the activities sharing it.")
    say: Sayings
    at: str = "skills"


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


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


#: Several wordings of one message (a single string is taken as one wording).
Sayings = Annotated[list[str], BeforeValidator(_as_list), Field(min_length=1)]


class Told(_Model):
    """A message the person writes in their own words, and the facts it states."""

    text: str
    facts: list[str] = Field(default_factory=list)


class Volunteered(_Model):
    """A fact the person may add, unasked, to a later answer (one wording drawn per seed)."""

    fact: str
    say: Sayings


class BackQuestion(_Model):
    """A question the person asks back when the planner asks question ``after``."""

    after: str
    say: Sayings


class Wish(_Model):
    """A stream the person asks for, said when the planner asks question ``at``."""

    say: Sayings
    stream: str = Field(min_length=1)
    hours: float | None = None
    share: float | None = None
    role: Literal["anchor", "client", "leverage", "seed"] | None = None
    at: str = "streams"


class Change(_Model):
    """A figure the person changes once it was given at least ``after_turns`` turns earlier;
    from then on the new value is the truth."""

    fact: str
    to: float | str
    say: Sayings
    after_turns: int = Field(5, ge=1)


class Noise(_Model):
    """How carelessly the person types (never touching the digits of a figure)."""

    typos: float = Field(0.0, ge=0.0, le=1.0)
    lowercase: bool = False
    punctuation: Literal["keep", "drop"] = "keep"
    money: Literal["uk", "us", "eu"] | None = None


class Realistic(_Model):
    """The ways the person talks when the realistic behaviours are on."""

    opening: list[Told] = Field(default_factory=list)
    volunteer: list[Volunteered] = Field(default_factory=list)
    list_: list[Told] = Field(default_factory=list, alias="list")
    questions: list[BackQuestion] = Field(default_factory=list)
    wish: Wish | None = None
    change: Change | None = None
    offtopic: Annotated[list[str], BeforeValidator(_as_list)] = Field(default_factory=list)
    noise: Noise | None = None


class Persona(_Model):
    """A person the planner is evaluated against: facts, wording, quirks and expectations."""

    id: str
    name: str
    source: str
    summary: str
    split: Literal["tuning", "dev", "heldout"] = "tuning"
    register_: str = Field("plain", alias="register")
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
    realistic: Realistic | None = None
    shared: list[SharedFactor] = Field(default_factory=list)

    def factors_of(self, activity_id: str) -> list[tuple[str, str]]:
        """The (kind, label) of every shared factor the activity depends on."""
        return [(f.kind, f.label) for f in self.shared if activity_id in f.activities]

    def activity(self, activity_id: str) -> PersonaActivity | None:
        """The activity with this id, or None."""
        return next((a for a in self.activities if a.id == activity_id), None)

    def stream(self, slug: str) -> PersonaStream | None:
        """The stream with this slug, or None."""
        return next((s for s in self.streams if s.slug == slug), None)

    def quirk(self, fact: str) -> Quirk | None:
        """The quirk scripted for a fact, or None."""
        return next((q for q in self.quirks if q.fact == fact), None)

    def skipped_facts(self) -> list[str]:
        """Facts the person declines to give."""
        return [q.fact for q in self.quirks if q.kind == "skip"]

    def with_fact(self, fact: str, value: float | str) -> Persona:
        """A copy of the persona whose fact ``fact`` (a fact path) holds ``value``."""
        copy = self.model_copy(deep=True)
        parts = fact.split(".")
        if parts[0] == "capacity":
            setattr(copy.capacity, parts[1], value)
        elif parts[0] == "activity":
            setattr(copy.activity(parts[1]), parts[2], value)
        elif parts[0] == "stream":
            stream = copy.stream(parts[1])
            setattr(stream, "hours" if "hours" in parts[2] else "income_share", value)
        elif parts[0] == "context":
            copy.context = value  # type: ignore[assignment]
        elif parts[0] == "core_skill":
            copy.core_skill = str(value)
        return copy


class PersonaFileError(ValueError):
    """A persona file that cannot be used; the message names the file, the field and the fix."""


def fact_problem(persona: Persona, fact: str) -> str | None:
    """Why ``fact`` is not a fact path of this persona, or None when it is one."""
    parts = fact.split(".")
    if fact in WHOLE_FACTS:
        return None
    if parts[0] == "capacity" and len(parts) == 2:
        return None if parts[1] in CAPACITY_FIELDS else f"capacity fields are: {CAPACITY_FIELDS}"
    if parts[0] == "activity" and len(parts) == 3:
        ids = ", ".join(a.id for a in persona.activities)
        if persona.activity(parts[1]) is None:
            return f"no activity with id {parts[1]!r}; the ids are: {ids}"
        ok = parts[2] in (*ACTIVITY_FIELDS, "factors")
        return None if ok else f"activity fields are: {', '.join(ACTIVITY_FIELDS)}, factors"
    if parts[0] == "stream" and len(parts) == 3:
        slugs = ", ".join(s.slug for s in persona.streams)
        if persona.stream(parts[1]) is None:
            return f"no stream with slug {parts[1]!r}; the slugs are: {slugs}"
        return None if parts[2] in STREAM_FIELDS else "stream fields are: hours, income_share"
    return (
        "a fact path is context, capacity.<field>, activity.<activity id>.<field>, skills, "
        "core_skill or stream.<slug>.hours"
    )


def _shared_errors(persona: Persona) -> list[str]:
    ids = ", ".join(a.id for a in persona.activities)
    return [
        f"shared[{i}].activities: no activity with id {name!r}; the ids are: {ids}"
        for i, factor in enumerate(persona.shared)
        for name in factor.activities
        if persona.activity(name) is None
    ]


def _fact_errors(persona: Persona) -> list[str]:
    block = persona.realistic
    if block is None:
        return _shared_errors(persona)
    found: list[tuple[str, str]] = []
    for name, told in (("opening", block.opening), ("list", block.list_)):
        found += [(f"realistic.{name}[{i}].facts[{j}]", fact)
                  for i, t in enumerate(told) for j, fact in enumerate(t.facts)]  # fmt: skip
    found += [(f"realistic.volunteer[{i}].fact", v.fact) for i, v in enumerate(block.volunteer)]
    if block.change is not None:
        found.append(("realistic.change.fact", block.change.fact))
    errors = [f"{where}: {fact!r}: {why}" for where, fact in found
              if (why := fact_problem(persona, fact))]  # fmt: skip
    errors += _shared_errors(persona)
    change = block.change
    numeric = change is not None and change.fact.split(".")[-1] in NUMERIC_FACTS
    if change is not None and numeric and not isinstance(change.to, int | float):
        errors.append(f"realistic.change.to: {change.fact} needs a number, not {change.to!r}")
    return errors


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"field {where}: {item['msg']}")
    return "; ".join(lines)


def load_persona(path: Path) -> Persona:
    """Read one persona file; a malformed file raises :class:`PersonaFileError` naming the
    file, the field and what is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PersonaFileError(f"persona file {path} cannot be read as YAML: {exc}") from None
    if not isinstance(data, dict):
        raise PersonaFileError(f"persona file {path}: expected a mapping of fields (id, name, ...)")
    try:
        persona = Persona.model_validate(data)
    except ValidationError as exc:
        raise PersonaFileError(
            f"persona file {path} is not valid: {_describe(exc)}. The format is described in "
            "docs/evals.md (Persona files)."
        ) from None
    errors = _fact_errors(persona)
    if errors:
        raise PersonaFileError(f"persona file {path} is not valid: " + "; ".join(errors))
    return persona


def load_personas(directory: Path = PERSONA_DIR, only: list[str] | None = None) -> list[Persona]:
    """Every persona in ``directory`` (sorted by id), or just those whose id is in ``only``."""
    if not directory.is_dir():
        raise PersonaFileError(f"no folder {directory}: give a folder of persona files (*.yaml)")
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise PersonaFileError(f"no persona files (*.yaml) in {directory}")
    personas = sorted((load_persona(p) for p in files), key=lambda p: p.id)
    ids = [p.id for p in personas]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise PersonaFileError(f"persona ids must be unique in {directory}: {', '.join(twice)}")
    if only:
        unknown = sorted(set(only) - set(ids))
        if unknown:
            known = ", ".join(ids)
            raise ValueError(f"no persona named {', '.join(unknown)}; choose from: {known}")
        personas = [p for p in personas if p.id in only]
    return personas
