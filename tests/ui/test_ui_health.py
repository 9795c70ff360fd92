"""The health check a load balancer polls: 200 when the store answers and the model is in
place, 503 naming what is wrong otherwise."""

from __future__ import annotations

from pathlib import Path

from agent.settings import Settings
from ui.health import health_report


def test_a_working_instance_reports_ok(tmp_path: Path) -> None:
    status, body = health_report(Settings(data_dir=tmp_path / "data"))
    assert status == 200 and body == {"status": "ok", "sessions": "sqlite"}


def test_a_missing_model_or_unwritable_store_is_named_with_the_fix(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    settings = Settings(data_dir=blocked, model_dir=tmp_path / "no-model")
    status, body = health_report(settings)
    assert status == 503 and body["status"] == "unavailable"
    assert "model.onnx" in body["model"] and "make model" in body["model"]
    assert "cannot answer" in body["sessions"]
