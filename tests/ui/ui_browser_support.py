"""Launching the app on a free loopback port and driving it with headless Debian Chromium."""

from __future__ import annotations

import socket
import time
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


#: True once no event runs: Gradio marks every output of a running event (pending,
#: translucent, generating), and the message box is empty.
TURN_DONE = (
    "!document.querySelector('.pending, .generating, .wrap.translucent:not(.hide)')"
    " && document.querySelector('#pc-input textarea').value === ''"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_app(
    data_dir: Path, registry: SessionRegistry | None = None, **settings_kwargs: Any
) -> Iterator[Any]:
    """The app served on 127.0.0.1 and a free port; yields the Blocks (``.local_url``)."""
    settings = Settings(data_dir=data_dir, host="127.0.0.1", port=free_port(), **settings_kwargs)
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
    page.wait_for_function(f"() => {TURN_DONE}", timeout=30_000)
    _wait_until_settled(page)


def _wait_until_settled(page: Any, seconds: float = 30) -> None:
    """Wait until the latest reply stops changing: on a loaded machine the page can show no
    pending marker for a moment between two streamed pieces."""
    deadline = time.monotonic() + seconds
    seen, steady = None, 0
    while steady < 3 and time.monotonic() < deadline:
        page.wait_for_timeout(150)
        now = last_reply(page)
        steady = steady + 1 if now == seen else 0
        seen = now


def download(page: Any, elem_id: str, target: Path) -> tuple[Path, str]:
    """Click a download button and save what it gives; returns the file and its URL."""
    with page.expect_download(timeout=30_000) as info:
        page.locator(f"#{elem_id}").click()
    path = target / info.value.suggested_filename
    info.value.save_as(path)
    return path, str(info.value.url)


def last_reply(page: Any) -> str:
    """The text of the planner's latest message in the chat."""
    replies = page.locator("#pc-chat [data-testid=bot]")
    return str(replies.last.inner_text()) if replies.count() else ""


class LexicalGuidance:
    """The product's guidance cards searched by BM25 alone: the same cards as the Chroma store
    without building its embeddings (which takes minutes on a small machine)."""

    def __init__(self) -> None:
        from knowledge.bm25 import BM25
        from knowledge.cards import load_cards
        from knowledge.store import DEFAULT_CORPUS

        self.cards = load_cards(DEFAULT_CORPUS)
        self.index = BM25([f"{c.title} {c.body}" for c in self.cards])

    def search(self, query: str, k: int = 4, roles: Any = None, contexts: Any = None,
               stage: Any = None, prefer: Any = None) -> list[dict[str, Any]]:  # fmt: skip
        """The ``k`` best cards for ``query`` (filters are ignored)."""
        return [
            {"card_id": self.cards[i].id, "title": self.cards[i].title,
             "passage": self.cards[i].body[:400], "credit": self.cards[i].credit}
            for i, _ in self.index.top(query, k)
        ]  # fmt: skip


def planner_registry(settings: Settings) -> SessionRegistry:
    """Real planner sessions (guided interviewer) over the lexical guidance."""
    from agent.session import PlannerSession

    guidance = LexicalGuidance()
    return SessionRegistry(
        settings.data_dir,
        lambda: PlannerSession.create(settings, guidance=guidance),
        lambda sid: PlannerSession.resume(sid, settings, guidance=guidance),
        ttl_seconds=3600,
        started_by=lambda tag: PlannerSession.started_in_browser(tag, settings),
    )


def stub_endpoint(base_url: str, model: str) -> dict[str, Any]:
    """Settings that point the planner at a local OpenAI-compatible server (a dummy key; one
    try per request, so a scripted failure is not retried)."""
    return {
        "OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "test-key", "PORTFOLIO_LLM_MODEL": model,
        "llm_timeout": 10.0, "llm_max_retries": 0,
    }  # fmt: skip


def upload_file(page: Any, path: Path, selector: str = "#pc-cv input[type=file]") -> None:
    """Upload a file through the page's CV control and wait for the planner's reply."""
    before = page.locator("#pc-chat [data-testid=bot]").count()
    page.locator(selector).set_input_files(str(path))
    page.wait_for_function(
        f"() => document.querySelectorAll('#pc-chat [data-testid=bot]').length > {before}"
        " && !document.querySelector('#pc-chat .pending, #pc-chat .generating')",
        timeout=60_000,
    )
    page.wait_for_timeout(300)
