"""Plain wordings of a persona's facts, the plainest first, with money written in the
person's own style (UK, US or European) when the realistic behaviours are on."""

from __future__ import annotations

from dataclasses import dataclass

from evals.simulated.persona import Persona, PersonaActivity, PersonaCapacity


@dataclass(frozen=True)
class Money:
    """How a person writes amounts: ``None`` plain ("38,000"), ``uk`` "£38,000", ``us``
    "$38,000", ``eu`` "38.000 €" (and "3,5k €")."""

    style: str | None = None

    def _wrap(self, number: str) -> str:
        if self.style == "uk":
            return f"£{number}"
        if self.style == "us":
            return f"${number}"
        return f"{number} €" if self.style == "eu" else number

    def full(self, value: float) -> str:
        """The amount with thousands separators."""
        text = f"{value:,.0f}"
        return self._wrap(text.replace(",", ".") if self.style == "eu" else text)

    def short(self, value: float) -> str:
        """The amount in thousands ("38k", "2.5k"; "2,5k €" in European style)."""
        text = f"{_num(value / 1000)}k"
        return self._wrap(text.replace(".", ",") if self.style == "eu" else text)

    def raw(self, value: float) -> str:
        """The amount without separators."""
        return self._wrap(_num(value))


PLAIN = Money()


def _num(value: float) -> str:
    return f"{value:g}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def default_wordings(persona: Persona, fact: str, money: Money = PLAIN) -> list[str]:
    """Plain wordings of a fact, the plainest first (used again when a question is repeated)."""
    parts = fact.split(".")
    if parts[0] == "activity" and len(parts) == 3:
        activity = persona.activity(parts[1])
        if activity is None:
            return ["I don't know that one."]
        return _activity_wordings(activity, parts[2], money)
    if parts[0] == "capacity" and len(parts) == 2:
        return _capacity_wordings(persona.capacity, parts[1], money)
    return _general_wordings(persona, fact)


def _activity_wordings(activity: PersonaActivity, name: str, money: Money) -> list[str]:
    value = getattr(activity, name)
    if name == "annual_revenue":
        if value == 0:
            return ["0, it's unpaid.", "Nothing, it's unpaid."]
        return [
            f"{money.full(value)} a year.",
            f"About {money.short(value)} a year.",
            f"Roughly {money.raw(value)} annually.",
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


def _capacity_wordings(capacity: PersonaCapacity, name: str, money: Money) -> list[str]:
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
        return [f"{money.full(value)} in savings.", f"About {money.full(value)} saved."]
    return [f"{money.full(value)} a month.", f"I need about {money.full(value)} a month."]


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
