"""What the person said that waits for another answer, said aloud (pure).

Savings, spending or limits said before the weekly hours cannot be recorded without them, and
months of savings cannot become an amount without the monthly spending: they wait in the state
(``State.held``). Nothing waits in silence: the reply says what is kept and for what, when it
is first said and again when the question it waits for is skipped or left for later, so the
person knows it goes into the plan as soon as that answer comes.
"""

from __future__ import annotations

from typing import Any

from agent.interviewer.parse import fmt_number

#: The question each waiting fact needs answered, and how that answer is named.
_NEEDS = {
    "capacity.cash_buffer": ("capacity", "your weekly hours"),
    "capacity.monthly_spending": ("capacity", "your weekly hours"),
    "capacity.constraints": ("capacity", "your weekly hours"),
    "capacity.buffer_months": ("spending", "your monthly spending"),
}


def _said(item: dict[str, Any]) -> str:
    fld, value = str(item["field"]), item["value"]
    if fld == "capacity.cash_buffer":
        return f"savings of {fmt_number(float(value))}"
    if fld == "capacity.monthly_spending":
        return f"spending of {fmt_number(float(value))} a month"
    if fld == "capacity.buffer_months":
        return f"{fmt_number(float(value))} months of savings"
    if fld == "capacity.constraints" and value in ("none", []):
        return "answer that nothing limits your hours"
    if fld == "capacity.constraints":
        limits = value if isinstance(value, list) else [value]
        return "what limits your hours (" + ", ".join(str(v) for v in limits) + ")"
    return ""


def _grouped(items: list[dict[str, Any]], ask: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        needs = _NEEDS.get(str(item.get("field")))
        said = _said(item)
        if needs is None or not said or (ask and needs[0] != ask):
            continue
        out.setdefault(needs[1], []).append(said)
    return out


def heard(new: list[dict[str, Any]]) -> str:
    """The note for facts a message gave that wait for another answer ("I'll record your
    savings of 20,000 once I have your weekly hours."), ``""`` for none."""
    verb = {"your monthly spending": "put an amount on"}
    parts = [f"I'll {verb.get(what, 'record')} your {' and '.join(said)} once I have {what}."
             for what, said in _grouped(new).items()]  # fmt: skip
    return " ".join(parts)


def kept(held: list[dict[str, Any]], ask: str) -> str:
    """The note when question ``ask`` is skipped or left while facts wait for its answer:
    they are kept, and go into the plan when it comes. ``""`` when none wait for it."""
    parts = [f"I'm keeping your {' and '.join(said)}: they go into the plan as soon as you "
             f"give {what}." for what, said in _grouped(held, ask).items()]  # fmt: skip
    return " ".join(parts)


#: The questions where a plan is put together: what still waits is said again there.
_PLAN_ASKS = frozenset({"streams", "finalise", "done"})


def still(held: list[dict[str, Any]], ask: str, hours_known: bool) -> str:
    """The note when the plan is put together (question ``ask``) while facts still wait for
    the weekly hours: they are not in it, and how to put them there. ``""`` otherwise."""
    if hours_known or ask not in _PLAN_ASKS:
        return ""
    said = _grouped(held, "capacity").get("your weekly hours")
    if not said:
        return ""
    return (
        f"Your {' and '.join(said)} still wait for your weekly hours, so they are not in the "
        "plan yet: say your hours (e.g. 'my capacity is 40 hours a week') to put them in."
    )
