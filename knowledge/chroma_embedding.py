"""The local embedder as a Chroma embedding function.

Registered under a name so that a collection reopened later (in this process or another)
rebuilds the function from its stored configuration instead of failing at query time.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge.embeddings import Embedder, load_embedder

NAME = "portfolio-minilm-onnx"
#: Query vectors remembered (oldest forgotten first): 256 x 1.5 kB.
QUERY_CACHE = 256


@register_embedding_function
class LocalMiniLM(EmbeddingFunction[Documents]):
    """all-MiniLM-L6-v2 through onnxruntime, read from a local model folder."""

    def __init__(self, model_dir: str | Path) -> None:
        """Bind to the model in ``model_dir``; the model loads at the first call."""
        self.model_dir = str(model_dir)
        self._embedder: Embedder | None = None
        self._queries: dict[str, Any] = {}
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        """The loaded embedder (raises ``ModelMissingError`` when the folder is empty)."""
        if self._embedder is None:
            self._embedder = load_embedder(Path(self.model_dir))
        return self._embedder

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents for Chroma: one float32 vector per text."""
        return list(self.embedder.embed(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        """Embed queries; the model is symmetric, so queries embed like documents. Recent
        queries are remembered: the guided interviewer asks the same few in every session,
        and embedding is most of a search's time."""
        texts = list(input)
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._queries]
            found = dict(zip(missing, self.embedder.embed(missing), strict=True)) if missing else {}
            for text, vector in found.items():
                self._queries[text] = vector
                if len(self._queries) > QUERY_CACHE:
                    self._queries.pop(next(iter(self._queries)))
            return [(found[t] if t in found else self._queries[t]).copy() for t in texts]

    def vocabulary(self) -> list[str]:
        """The whole words the model knows (see :meth:`Embedder.vocabulary`)."""
        return self.embedder.vocabulary()

    @staticmethod
    def name() -> str:
        """The name this function is registered and stored under."""
        return NAME

    def default_space(self) -> Space:
        """Cosine: the vectors are normalised, so this is the natural distance."""
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        """Spaces that make sense for normalised vectors."""
        return ["cosine", "ip", "l2"]

    def get_config(self) -> dict[str, Any]:
        """What Chroma stores with the collection to rebuild this function."""
        return {"model_dir": self.model_dir}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LocalMiniLM:
        """Rebuild from a stored configuration."""
        return LocalMiniLM(config["model_dir"])

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        """Any model folder is acceptable: the vectors are the same model's."""
        return

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        """A configuration needs the model folder."""
        if not isinstance(config.get("model_dir"), str):
            raise ValueError("the embedding configuration needs a 'model_dir' string")
