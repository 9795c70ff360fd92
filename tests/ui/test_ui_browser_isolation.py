"""The page in headless Chromium over a scripted session: two visitors stay apart, and
markup from a CV or a message stays inert."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from ui_browser_support import ARTIFACTS, chromium, download, running_app, send
from ui_fakes import FakeSession

from ui.registry import SessionRegistry

pytestmark = pytest.mark.browser
EVIL_CV = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\nSkills: Python'
)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data = tmp_path_factory.mktemp("ui-data")
    registry = SessionRegistry(data, FakeSession, FakeSession.resume, ttl_seconds=3600)
    with running_app(data, registry) as demo:
        yield demo


def test_two_visitors_do_not_see_each_other(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with chromium() as browser:
        alice, bob = browser.new_context(), browser.new_context()
        page_a, page_b = alice.new_page(), bob.new_page()
        for page in (page_a, page_b):
            page.goto(app.local_url)
            page.wait_for_selector("#pc-plan")
        send(page_a, "stream Alice secret garden")
        send(page_b, "stream Bob telescope club")
        ARTIFACTS.mkdir(exist_ok=True)
        page_a.screenshot(path=str(ARTIFACTS / "ui-two-visitors.png"), full_page=True)
        panel_a, panel_b = page_a.inner_text("#pc-panel"), page_b.inner_text("#pc-panel")
        assert "Alice secret garden" in panel_a and "Bob telescope" not in panel_a
        assert "Bob telescope club" in panel_b and "Alice secret" not in panel_b
        assert "Alice" not in page_b.inner_text("#pc-chat")

        page_a.click("#pc-prepare")
        page_a.wait_for_selector("#pc-dl-markdown", state="visible")
        got, href = download(page_a, "pc-dl-markdown", tmp_path)
        assert "Alice secret garden" in got.read_text()
        assert not page_b.locator("#pc-dl-markdown").is_visible()
        page_a.get_by_text("Your session").click()
        session_a = page_a.input_value("#pc-session-id textarea, #pc-session-id input")
        # The link names neither the session nor the server folder, and works only by its hash.
        assert href and session_a not in href and "downloads" not in href
        assert _status(href) == 200
        guessed = app.planner_actions.registry.download_dir(session_a) / "portfolio-plan.md"
        assert _status(f"{app.local_url}gradio_api/file={guessed}") in {403, 404}
        page_a.click("#pc-delete")
        page_a.click("#pc-delete-this")
        page_a.wait_for_function(
            "() => document.querySelector('#pc-status').innerText.includes('deleted')"
        )
        assert _status(href) in {403, 404}
        assert not app.planner_actions.registry.download_dir(session_a).exists() or not any(
            app.planner_actions.registry.download_dir(session_a).iterdir()
        )
        assert "Bob telescope club" in page_b.inner_text("#pc-panel")
        alice.close()
        bob.close()


def test_markup_from_a_cv_and_a_message_renders_inert(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cv = tmp_path / "cv.txt"
    cv.write_text(EVIL_CV)
    with chromium() as browser:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(app.local_url)
        page.wait_for_selector("#pc-plan")
        send(page, '<img src=x onerror="alert(1)"><script>alert(2)</script>')
        page.locator("#pc-cv input[type=file]").set_input_files(str(cv))
        page.wait_for_function(
            "() => document.querySelector('#pc-panel').innerText.includes('from your CV')",
            timeout=30_000,
        )
        page.wait_for_timeout(500)
        assert dialogs == []
        assert page.evaluate("() => window.__pwned === undefined")
        injected = "#pc-chat img[src='x'], #pc-panel img, #pc-chat script, #pc-panel script"
        assert page.locator(injected).count() == 0
        assert "<script>window.__pwned = 1</script>" in page.inner_text("#pc-panel")
        assert "onerror" in page.inner_text("#pc-chat")
