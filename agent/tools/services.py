"""What the ``search_guidance`` and ``audit_cv`` tools reach: the guidance store and CV reader.

Both are opened lazily and fail soft: a missing embedding model or an unreadable CV becomes a
result the model (and the person) can read, with how to fix it, never a crashed turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Any, Protocol

from agent.plan import Plan
from agent.settings import Settings

#: Characters of a hit's passage the agent sees, cut at a word; the summary carries the answer.
PASSAGE_CHARS = 400
EVIDENCE_CHARS = 160
#: Cards one ``search_guidance`` call returns: the agent's k, at which retrieval is evaluated.
AGENT_K = 3


class GuidanceUnavailable(RuntimeError):
    """The guidance store could not be opened (e.g. the embedding model is missing)."""


class Guidance(Protocol):
    """Anything that searches guidance cards like ``knowledge.store.GuidanceStore``."""

    def search(self, query: str, k: int = 4, roles: Sequence[str] | None = None,
               contexts: Sequence[str] | None = None,
               stage: Sequence[str] | str | None = None,
               prefer: Sequence[str] | None = None) -> list[Any]:  # fmt: skip
        """The best cards for ``query``."""


class GuidanceService:
    """Opens the guidance store on first use (or uses the one given) and shapes its hits."""

    def __init__(self, settings: Settings, store: Guidance | None = None) -> None:
        self._settings = settings
        self._store = store
        self._failure: str | None = None

    def _open(self) -> Guidance | None:
        if self._store is None and self._failure is None:
            try:
                from agent.guidance import shared_store

                self._store = shared_store(self._settings)
            except Exception as exc:  # a missing model or server must not end the chat
                self._failure = f"{type(exc).__name__}: {exc}"
        return self._store

    def hits(self, query: str, *, stage: str | None = None, roles: list[str] | None = None,
             contexts: list[str] | None = None, prefer: list[str] | None = None,
             k: int = AGENT_K) -> list[Any]:  # fmt: skip
        """The store's hits for ``query``, best first: the one search the agent, the retrieval
        evaluation and ``portfolio-planner search`` make. ``contexts`` filters, ``prefer`` (the
        asker's context) only ranks that context's cards higher. Raises
        ``GuidanceUnavailable`` when the store cannot be opened and ``ValueError`` on an
        unknown filter name."""
        store = self._open()
        if store is None:
            raise GuidanceUnavailable(
                f"guidance is unavailable ({self._failure}); run `portfolio-planner ingest` "
                "to see what is missing"
            )
        if not prefer:  # a store written before ``prefer`` existed still answers
            return store.search(query, k=k, roles=roles, contexts=contexts, stage=stage)
        return store.search(query, k=k, roles=roles, contexts=contexts, stage=stage,
                            prefer=prefer)  # fmt: skip

    def search(self, query: str, *, stage: str | None = None, roles: list[str] | None = None,
               contexts: list[str] | None = None, prefer: list[str] | None = None,
               k: int = AGENT_K) -> list[dict[str, Any]]:  # fmt: skip
        """Hits as short dicts; one ``error`` dict when the store cannot answer."""
        try:
            hits = self.hits(query, stage=stage, roles=roles, contexts=contexts, prefer=prefer,
                             k=k)  # fmt: skip
        except GuidanceUnavailable:
            return [{"error": f"guidance is unavailable ({self._failure}); advise from the "
                     "plan's rules, and suggest running `portfolio-planner ingest`"}]  # fmt: skip
        except ValueError as exc:
            return [{"error": str(exc)}]
        return [_hit(h) for h in hits]


def asker_context(plan: Plan) -> list[str] | None:
    """The plan's context as the search's ``prefer``, or None for 'general'."""
    context = plan.profile.context
    return None if context == "general" else [context]


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 4].rsplit(" ", 1)[0] + " ..."


def _hit(hit: Any) -> dict[str, Any]:
    data = asdict(hit) if is_dataclass(hit) and not isinstance(hit, type) else dict(hit)
    passage = str(data.get("passage", ""))
    return {
        "card": data.get("card_id"),
        "title": data.get("title"),
        "summary": data.get("summary", ""),
        "stage": data.get("stage", ""),
        "passage": _cut(passage, PASSAGE_CHARS),
        "credit": data.get("credit", ""),
        "relevance": data.get("relevance", 0.0),
    }


def cv_embedder(model_dir: Any) -> Any:
    """The local embedding model for the CV audit's semantic step; None when not installed
    (the audit then matches the taxonomy's aliases and the CV's own skills lists alone)."""
    if model_dir is None:
        return None
    try:
        from knowledge.embeddings import load_embedder

        return load_embedder(model_dir)
    except (ImportError, OSError):  # ModelMissingError is a FileNotFoundError
        return None


def audit_upload(
    data: bytes, filename: str, *, progress: Any = None, model_dir: Any = None
) -> dict[str, Any]:
    """Read a CV and return ``{"status": "ok", "audit": ...}`` or an error saying how to fix it.

    With ``model_dir`` holding the local model, skills written in the person's own words are
    also matched by meaning."""
    try:
        from knowledge.cv import audit_cv
    except ImportError:
        return {"status": "error", "errors": ["CV reading is not available in this install"],
                "fix": "tell the planner your skills in the chat instead"}  # fmt: skip
    from knowledge.cv.models import short_filename

    try:
        embedder = cv_embedder(model_dir)
        audit = audit_cv(data, short_filename(filename), progress=progress, embedder=embedder)
    except Exception as exc:  # CVError says what is wrong and how to fix it
        return {"status": "error", "errors": [str(exc)], "fix": getattr(exc, "fix", "")}
    block = audit.as_data_block() if hasattr(audit, "as_data_block") else str(audit)
    return {"status": "ok", "audit": block, "proposals": skill_proposals(audit)}


def skill_proposals(audit: Any) -> list[dict[str, str]]:
    """The audit's skills as ``{"name", "evidence"}`` for the person to confirm.

    Names come from the project's skill taxonomy; the evidence line is CV text, kept short.
    """
    from knowledge.cv.audit import is_instruction_like

    suspicious = {" ".join(str(line).split()) for line in getattr(audit, "suspicious_lines", [])}
    found = []
    for skill in getattr(audit, "skills", []) or []:
        line = " ".join(str(getattr(skill, "evidence", "")).split())
        # A line that reads like an instruction is never shown in the chat or stored.
        if line in suspicious or is_instruction_like(line):
            line = ""
        found.append({"name": str(skill.name), "evidence": line[:EVIDENCE_CHARS]})
    return found
