"""Plans built in memory for tests that need one already audited."""

from __future__ import annotations

from agent.plan import Activity, Capacity, Plan, Skill


def audited() -> Plan:
    """A nurse's plan after the audit: two activities, a skill and the core skill."""
    return Plan(
        capacity=Capacity(hours_per_week=45),
        activities=[
            Activity(name="Hospital nursing", hours_per_week=30, annual_revenue=38000,
                     volatility="stable"),
            Activity(name="Agency shifts", hours_per_week=6, annual_revenue=10000),
        ],
        skills=[Skill(name="First aid")],
        core_skill="First aid",
    )  # fmt: skip
