"""Sentence embeddings on this machine: all-MiniLM-L6-v2 exported to ONNX.

Only onnxruntime and tokenizers run here; no torch, no model hub. The model folder is
written once by ``knowledge/export_onnx.py`` and holds ``model.onnx`` and ``tokenizer.json``.
Vectors match sentence-transformers: mean pooling over the attention mask, then L2 norm.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

#: Width of every vector this module returns.
DIMENSIONS = 384
#: Tokens kept per text; longer texts are cut (the model was trained at this length).
MAX_TOKENS = 256
#: Texts per model call at most.
BATCH_SIZE = 32
#: Padded tokens per model call at most: the attention buffers grow with texts x length^2
#: (32 texts of 256 tokens took the process from 0.2 to 1 GB). At 512 the corpus embeds
#: adding ~25 MB, and no slower than bigger budgets on two cores.
BATCH_TOKENS = 512
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"

Vectors = npt.NDArray[np.float32]


class ModelMissingError(FileNotFoundError):
    """The embedding model folder lacks ``model.onnx`` or ``tokenizer.json``."""

    def __init__(self, model_dir: Path, missing: Sequence[str]) -> None:
        self.model_dir = model_dir
        super().__init__(
            f"The embedding model is missing from {model_dir} (no {', '.join(missing)}). "
            "Fix: run `make model` to export it into the environment, or set "
            "PORTFOLIO_MODEL_DIR to a folder holding model.onnx and tokenizer.json."
        )


class Embedder:
    """Turns texts into L2-normalised 384-dimensional float32 vectors."""

    def __init__(self, model_dir: Path, threads: int = 2, batch_size: int = BATCH_SIZE) -> None:
        """Load the ONNX model and tokenizer from ``model_dir``.

        Raises:
            ModelMissingError: when either file is absent.
        """
        self.model_dir = Path(model_dir)
        missing = [n for n in (MODEL_FILE, TOKENIZER_FILE) if not (self.model_dir / n).is_file()]
        if missing:
            raise ModelMissingError(self.model_dir, missing)
        self.batch_size = batch_size
        self._tokenizer = _load_tokenizer(self.model_dir / TOKENIZER_FILE)
        self._session = _load_session(self.model_dir / MODEL_FILE, threads)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Embed ``texts``; returns an array of shape ``(len(texts), 384)``."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts; wrap a single text in a list")
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        lengths = mask.sum(axis=1)
        # Texts of similar length share a call, so little is padded; results go back in order.
        order = np.argsort(lengths, kind="stable")
        for rows in self._batches(order, lengths):
            width = max(int(lengths[rows].max()), 1)
            out[rows] = self._embed_batch(ids[rows, :width], mask[rows, :width])
        return out

    def vocabulary(self) -> list[str]:
        """The whole words of the model's vocabulary (word pieces and marks left out): the
        words it reads as themselves rather than as pieces of another word."""
        vocab = self._tokenizer.get_vocab()
        return [word for word in vocab if word.isalpha() and word.isascii()]

    def _batches(self, order: npt.NDArray[np.intp], lengths: npt.NDArray[np.int64]) -> list[Any]:
        """Runs of ``order`` (shortest first) within the text and padded-token budgets."""
        batches: list[Any] = []
        start = 0
        for end in range(1, len(order) + 1):
            size = end - start
            fits = size <= self.batch_size and size * int(lengths[order[end - 1]]) <= BATCH_TOKENS
            if not fits and size > 1:
                batches.append(order[start : end - 1])
                start = end - 1
        batches.append(order[start:])
        return batches

    def _embed_batch(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.int64]) -> Vectors:
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        with self._lock:  # one inference at a time: the 2 threads are already in use
            hidden = self._session.run(None, feeds)[0]
        return _mean_pool_normalise(np.asarray(hidden, dtype=np.float32), mask)


def _mean_pool_normalise(hidden: Vectors, mask: npt.NDArray[np.int64]) -> Vectors:
    weights = mask[:, :, None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    normalised: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
    return normalised


def _load_tokenizer(path: Path) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    # Pad to the longest text of each batch, not to MAX_TOKENS: most passages are short.
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _load_session(path: Path, threads: int) -> Any:
    # Whoever loads the model (the app, a command, an eval): onnxruntime's telemetry would
    # otherwise look up a Microsoft events host from a background thread.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


_CACHE: dict[Path, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def load_embedder(model_dir: Path) -> Embedder:
    """The embedder for ``model_dir``, loaded once per process and path.

    Raises:
        ModelMissingError: when the folder lacks the model files.
    """
    key = Path(model_dir).resolve()
    with _CACHE_LOCK:
        if key not in _CACHE:
            _CACHE[key] = Embedder(key)
        return _CACHE[key]
