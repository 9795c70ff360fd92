"""The "Delete my data" flow in headless Chromium over real planner sessions: it asks first, Cancel
keeps everything, and it offers, then deletes, every session this browser started (across a
reload), with their downloads and their log, while another browser's session stays."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from ui_browser_support import ARTIFACTS, chromium, download, planner_registry, running_app, send

from agent.settings import Settings
from agent.store import SessionStore

pytestmark = pytest.mark.browser


def _session_id(page: Any) -> str:
    if not page.locator("#pc-session-id").is_visible():
        page.get_by_text("Your session").click()
    page.wait_for_function(
        "() => (document.querySelector('#pc-session-id textarea, #pc-session-id input')"
        " || {}).value"
    )
    return str(page.input_value("#pc-session-id textarea, #pc-session-id input"))


def _status_says(page: Any, text: str) -> None:
    page.wait_for_function(
        f"() => document.querySelector('#pc-status').innerText.includes({text!r})"
    )


def _new_session(page: Any, before: str) -> str:
    page.click("#pc-new")
    page.wait_for_function(
        "(old) => document.querySelector('#pc-session-id textarea, #pc-session-id input')"
        ".value !== old",
        arg=before,
    )
    page.wait_for_timeout(300)  # the follow-up event ties the new session to this browser
    return _session_id(page)


def test_delete_asks_first_and_offers_every_session_this_browser_started(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    settings = Settings(data_dir=data)
    registry = planner_registry(settings)
    with running_app(data, registry) as app, chromium() as browser:
        mine, theirs = browser.new_context(), browser.new_context()
        page, other = mine.new_page(), theirs.new_page()
        for tab in (page, other):
            tab.goto(app.local_url)
            tab.wait_for_selector("#pc-plan")
        send(other, "hello")
        other_id = _session_id(other)
        send(page, "hello")
        first = _session_id(page)
        page.click("#pc-prepare")
        page.wait_for_selector("#pc-dl-markdown", state="visible")
        _, link = download(page, "pc-dl-markdown", tmp_path)
        second = _new_session(page, first)
        page.reload()  # a reload is a new page session; the browser's key stays
        page.wait_for_selector("#pc-plan")
        third = _session_id(page)
        page.wait_for_timeout(300)
        mine_ids = {first, second, third}
        assert len(mine_ids) == 3 and other_id not in mine_ids

        page.click("#pc-delete")  # asks first, deletes nothing
        page.wait_for_selector("#pc-delete-confirm", state="visible")
        question = page.inner_text("#pc-delete-question")
        assert "cannot be undone" in question and "2 other saved session(s)" in question
        assert page.inner_text("#pc-delete-all") == "Delete all 3 sessions from this browser"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "ui-delete-question.png"), full_page=True)
        page.click("#pc-delete-cancel")
        page.wait_for_selector("#pc-delete-confirm", state="hidden")
        store = SessionStore(data)
        assert all(store.exists(sid) for sid in mine_ids)

        page.click("#pc-delete")
        page.click("#pc-delete-all")
        _status_says(page, "Deleted 3 sessions")
        page.wait_for_selector("#pc-delete-confirm", state="hidden")
        assert not any(store.exists(sid) for sid in mine_ids)
        assert store.exists(other_id)  # another browser's session is not this browser's
        assert not any((data / "downloads" / sid).exists() for sid in mine_ids)
        with pytest.raises(urllib.error.HTTPError) as gone:
            urllib.request.urlopen(link, timeout=10)
        assert gone.value.code == 404
        # The fresh session belongs to this browser too: the next question counts only it.
        fresh = _session_id(page)
        assert fresh not in mine_ids and store.exists(fresh)
        page.click("#pc-delete")
        page.wait_for_selector("#pc-delete-confirm", state="visible")
        assert "other saved session" not in page.inner_text("#pc-delete-question")
        assert not page.locator("#pc-delete-all").is_visible()
        page.click("#pc-delete-this")
        _status_says(page, "Your data was deleted")
        assert not store.exists(fresh)
        store.close()
        mine.close()
        theirs.close()
