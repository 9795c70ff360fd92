"""CV reading and skill audit: safe extraction, text repair, taxonomy matching, candidate streams.

Public entry points: :func:`audit_cv` (file bytes), :func:`audit_text` (pasted text),
:class:`CVAudit` (the result, with ``as_data_block()`` for a model), :class:`CVError`, and
:func:`warm_up` (embed the taxonomy once at start-up so the first semantic audit is fast).
"""

from knowledge.cv import errors
from knowledge.cv.audit import audit_cv, audit_text
from knowledge.cv.errors import CVError
from knowledge.cv.models import CVAudit, RoleHeld, SkillFinding, StreamCandidate
from knowledge.cv.skills import warm_up
from knowledge.cv.sniff import Limits

__all__ = [
    "CVAudit",
    "CVError",
    "Limits",
    "RoleHeld",
    "SkillFinding",
    "StreamCandidate",
    "audit_cv",
    "audit_text",
    "errors",
    "warm_up",
]
