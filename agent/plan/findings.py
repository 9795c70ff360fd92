"""What the rules and operations report: findings, outcomes and the import error."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.plan.models import Plan

Severity = Literal["error", "warning", "info"]


class Finding(BaseModel):
    """One result of checking a plan: what is wrong (or worth knowing) and how to fix it."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="Stable rule code, e.g. PC007 (OP codes are operation refusals).")
    severity: Severity
    message: str = Field(description="What is wrong, with the numbers.")
    fix: str = Field(description="How to fix it.")
    path: str = Field(description="Where in the plan, e.g. streams[anchor-job].target_hours.")

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the problem, independent of the numbers in its message."""
        return (self.code, self.path)


class Outcome(BaseModel):
    """The result of applying one operation: accepted with a new plan, or refused."""

    accepted: bool
    plan: Plan = Field(description="The new plan when accepted, the unchanged plan when refused.")
    findings: list[Finding] = Field(
        default_factory=list,
        description="Accepted: draft warnings and notes. Refused: the errors that blocked it.",
    )
    missing: list[str] = Field(
        default_factory=list, description="What the plan still needs before it can be final."
    )

    @property
    def errors(self) -> list[Finding]:
        """The error findings."""
        return [f for f in self.findings if f.severity == "error"]


class PlanError(Exception):
    """A plan file (or JSON text) that cannot be read, with how to fix it."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(f"{message}. Fix: {fix}")
        self.message = message
        self.fix = fix


def error(code: str, path: str, message: str, fix: str) -> Finding:
    """An error finding."""
    return Finding(code=code, severity="error", message=message, fix=fix, path=path)


def warning(code: str, path: str, message: str, fix: str) -> Finding:
    """A warning finding."""
    return Finding(code=code, severity="warning", message=message, fix=fix, path=path)


def info(code: str, path: str, message: str, fix: str) -> Finding:
    """An info finding."""
    return Finding(code=code, severity="info", message=message, fix=fix, path=path)


def fmt(value: float) -> str:
    """A number for a message: no trailing zeros, at most one decimal."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
