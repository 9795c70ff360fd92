"""The page over the real planner session and the offline guided interviewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_browser_support import ARTIFACTS, chromium, running_app, send

pytestmark = pytest.mark.browser


def test_the_guided_interviewer_greets_with_its_banner(tmp_path: Path) -> None:
    with running_app(tmp_path / "data") as demo, chromium() as browser:
        page = browser.new_page()
        page.goto(demo.local_url)
        page.wait_for_selector("#pc-plan")
        assert "Offline guided interviewer" in page.inner_text("#pc-banner")
        send(page, "Hello")
        chat = page.inner_text("#pc-chat")
        assert "Hello" in chat and "career reboot" in chat
        assert "No streams yet" in page.inner_text("#pc-panel")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "ui-guided.png"), full_page=True)
