"""Launching the app on a free loopback port and driving it with headless Debian Chromium."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from agent.settings import Settings
from ui.app import build_app, launch_kwargs
from ui.registry import SessionRegistry

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(data_dir: Path, registry: SessionRegistry | None = None) -> Iterator[Any]:
    """The app served on 127.0.0.1 and a free port; yields the Blocks (``.local_url``)."""
    settings = Settings(data_dir=data_dir, host="127.0.0.1", port=free_port())
    demo = build_app(settings, registry=registry)
    options = launch_kwargs(settings)
    demo.launch(prevent_thread_lock=True, quiet=True, **options)
    try:
        yield demo
    finally:
        demo.close()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser (Debian's, never a downloaded one)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def send(page: Any, text: str) -> None:
    """Type a message into the chat and wait until the reply has finished streaming."""
    box = page.locator("#pc-input textarea")
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        "() => !document.querySelector('#pc-chat .pending, #pc-chat .generating')"
        " && document.querySelector('#pc-input textarea').value === ''",
        timeout=30_000,
    )
    page.wait_for_timeout(150)


def download(page: Any, elem_id: str, target: Path) -> tuple[Path, str]:
    """Click a download button and save what it gives; returns the file and its URL."""
    with page.expect_download(timeout=30_000) as info:
        page.locator(f"#{elem_id}").click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path, str(info.value.url)
