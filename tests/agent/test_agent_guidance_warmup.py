"""The app warms the shared guidance store at start so the first search does not wait."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

import pytest

from agent.guidance import TURN_MODULES, shared_store, warm_up_in_background
from agent.settings import Settings, get_settings


def test_warm_up_leaves_a_current_store_shared_by_later_sessions() -> None:
    settings = get_settings()
    warm_up_in_background(settings).join(timeout=300)
    store = shared_store(settings)
    assert store.count() > 0
    assert store.is_current()
    assert shared_store(settings) is store
    assert all(module in sys.modules for module in TURN_MODULES)
    # what lives as long as the process is left out of later full collections
    assert gc.get_freeze_count() > 0


def test_warm_up_without_a_model_logs_instead_of_crashing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(model_dir=tmp_path / "no-model", guidance_dir=tmp_path / "store")
    with caplog.at_level(logging.WARNING, logger="agent.guidance"):
        warm_up_in_background(settings).join(timeout=60)
    assert "guidance store not ready" in caplog.text
    assert "make model" in caplog.text
