"""CV reading and skill audit: safe extraction, text repair, taxonomy matching, candidate streams.

Public entry points: :func:`audit_cv` (file bytes), :func:`audit_text` (pasted text),
:class:`CVAudit` (the result, with ``as_data_block()`` for a model) and :class:`CVError`.
"""

from knowledge.cv.audit import audit_cv, audit_text
from knowledge.cv.errors import CVError
from knowledge.cv.models import CVAudit, RoleHeld, SkillFinding, StreamCandidate
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
]
