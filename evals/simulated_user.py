"""Personas and the simulated user who plays them (the modules live in
:mod:`evals.simulated`; this module keeps the names in one place for the eval and the tests).
"""

from __future__ import annotations

from evals.simulated.asking import (
    facts_from_id,
    facts_from_text,
    is_proposal,
    is_refusal,
    question_part,
)
from evals.simulated.persona import (
    ACTIVITY_FIELDS,
    CAPACITY_FIELDS,
    PERSONA_DIR,
    Expectations,
    Persona,
    PersonaActivity,
    PersonaCapacity,
    PersonaFileError,
    PersonaSkill,
    PersonaStream,
    Quirk,
    load_persona,
    load_personas,
)
from evals.simulated.realistic import BEHAVIOURS
from evals.simulated.user import Exchange, Mode, SimulatedUser
from evals.simulated.wording import default_wordings

__all__ = [
    "ACTIVITY_FIELDS", "BEHAVIOURS", "CAPACITY_FIELDS", "PERSONA_DIR", "Exchange",
    "Expectations", "Mode", "Persona", "PersonaActivity", "PersonaCapacity", "PersonaFileError",
    "PersonaSkill", "PersonaStream", "Quirk", "SimulatedUser", "default_wordings",
    "facts_from_id", "facts_from_text", "is_proposal", "is_refusal", "load_persona",
    "load_personas", "question_part",
]  # fmt: skip
