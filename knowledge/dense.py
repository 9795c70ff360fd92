"""An exact in-memory copy of the guidance collection's vectors, searched with numpy.

The guidance corpus is small (under a thousand records, about 1 MB of vectors), so one matrix
product answers a search faster than a Chroma query, and a filter is a boolean mask computed
once per distinct filter rather than a metadata scan per query. Results have the shape of
``collection.query`` so the ranking code reads either.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import numpy.typing as npt


class UnsupportedFilterError(ValueError):
    """A ``where`` clause this index cannot evaluate (the caller falls back to Chroma)."""


class DenseIndex:
    """Vectors, ids, metadata and documents of a collection, searched by cosine similarity."""

    def __init__(self, rows: dict[str, Any]) -> None:
        """Build from ``collection.get(include=["embeddings", "metadatas", "documents"])``."""
        self.ids: list[str] = list(rows["ids"])
        self.metadatas: list[dict[str, Any]] = list(rows["metadatas"] or [])
        self.documents: list[str] = list(rows["documents"] or [])
        vectors = rows["embeddings"]
        self.matrix = np.asarray(vectors if len(self.ids) else np.zeros((0, 0)), np.float32)
        self._masks: dict[str, npt.NDArray[np.bool_]] = {}

    @classmethod
    def of(cls, collection: Any) -> DenseIndex:
        """The index of everything ``collection`` holds now."""
        return cls(collection.get(include=["embeddings", "metadatas", "documents"]))

    def __len__(self) -> int:
        return len(self.ids)

    def query(self, vector: Any, n_results: int, where: dict[str, Any] | None) -> dict[str, Any]:
        """The ``n_results`` records nearest ``vector`` that match ``where``, nearest first,
        as ``collection.query`` returns them (one query; cosine distances)."""
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        scores = self.matrix @ query if len(self) else np.zeros(0, np.float32)
        if where:
            scores = np.where(self.mask(where), scores, -np.inf)
        count = min(n_results, int(np.isfinite(scores).sum()))
        if count <= 0:
            top: list[int] = []
        else:
            part = np.argpartition(-scores, count - 1)[:count]
            top = [int(i) for i in part[np.argsort(-scores[part], kind="stable")]]
        return {
            "ids": [[self.ids[i] for i in top]],
            "metadatas": [[self.metadatas[i] for i in top]],
            "documents": [[self.documents[i] for i in top]],
            "distances": [[float(1.0 - scores[i]) for i in top]],
        }

    def mask(self, where: dict[str, Any]) -> npt.NDArray[np.bool_]:
        """Which records match ``where`` (cached per clause)."""
        key = json.dumps(where, sort_keys=True)
        if key not in self._masks:
            self._masks[key] = np.array([_matches(m, where) for m in self.metadatas], dtype=bool)
        return self._masks[key]


def _matches(meta: dict[str, Any], where: dict[str, Any]) -> bool:
    """Chroma's ``where`` semantics for the operators the guidance filters use."""
    if len(where) != 1:
        return all(_matches(meta, {k: v}) for k, v in where.items())
    ((key, value),) = where.items()
    if key == "$and":
        return all(_matches(meta, clause) for clause in value)
    if key == "$or":
        return any(_matches(meta, clause) for clause in value)
    if key.startswith("$"):
        raise UnsupportedFilterError(f"operator {key} is not supported by the in-memory index")
    if not isinstance(value, dict):
        return key in meta and meta[key] == value
    ((op, operand),) = value.items()
    if op == "$eq":
        return key in meta and meta[key] == operand
    if op == "$in":
        return key in meta and meta[key] in operand
    raise UnsupportedFilterError(f"operator {op} is not supported by the in-memory index")
