"""Promises of the web app over real HTTP: an uploaded CV (or plan) is read once and never
served back, files the app does not serve all answer 404, and failed logins are throttled."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.settings import Settings
from ui.app import build_app, launch_kwargs
from ui.guard import LoginThrottle

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _app(data: Path, **kwargs: Any) -> Iterator[tuple[str, Any]]:
    throttle = kwargs.pop("login_throttle", None)
    settings = Settings(data_dir=data, host="127.0.0.1", port=_free_port(), **kwargs)
    demo = build_app(settings)
    demo.launch(prevent_thread_lock=True, quiet=True,
                **launch_kwargs(settings, login_throttle=throttle))  # fmt: skip
    try:
        yield str(demo.local_url).rstrip("/"), demo
    finally:
        demo.close()


def _status(url: str) -> tuple[int, bytes]:
    """What a second client, with no cookie and no session, gets for ``url``."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _upload(base: str, path: Path) -> str:
    """Upload a file the way the page does; returns the path Gradio stored it under."""
    with path.open("rb") as handle:
        response = httpx.post(f"{base}/gradio_api/upload", files={"files": (path.name, handle)})
    response.raise_for_status()
    return str(response.json()[0])


def _files_holding(marker: bytes) -> list[Path]:
    from gradio.utils import get_upload_folder

    root = Path(get_upload_folder())
    return [p for p in root.rglob("*") if p.is_file() and marker in p.read_bytes()]


def test_an_uploaded_cv_is_not_kept_and_its_url_answers_404(tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    marker = f"Marker{secrets.token_hex(6)}"
    cv = tmp_path / "ada-cv.txt"
    cv.write_text(f"Ada {marker}\nSkills: Python, SQL, facilitation\n", encoding="utf-8")
    with _app(tmp_path / "data") as (base, _demo):
        served = _upload(base, cv)
        assert _status(f"{base}/gradio_api/file={served}")[0] == 200  # an upload, until read
        client = Client(base, verbose=False, download_files=False)
        client.predict(api_name="/on_load")
        client.predict("hello", api_name="/on_message")
        out = client.predict(handle_file(str(cv)), api_name="/on_cv")
        assert "Python" in repr(out)  # it was read: its skills are proposed
        status, body = _status(f"{base}/gradio_api/file={served}")
        assert status == 404 and marker.encode() not in body
        assert _files_holding(marker.encode()) == []
        client.predict(api_name="/on_delete")
        assert _status(f"{base}/gradio_api/file={served}")[0] == 404
        assert _files_holding(marker.encode()) == []
        client.close()


def test_an_imported_plan_file_is_not_kept_either(tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    marker = f"Marker{secrets.token_hex(6)}"
    plan = json.loads((REPO / "examples" / "freelance-academic.json").read_text())
    plan["profile"]["name"] = marker
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    with _app(tmp_path / "data") as (base, _demo):
        served = _upload(base, path)
        client = Client(base, verbose=False, download_files=False)
        client.predict(api_name="/on_load")
        client.predict(handle_file(str(path)), api_name="/on_import")
        assert _status(f"{base}/gradio_api/file={served}")[0] == 404
        assert _files_holding(marker.encode()) == []
        client.close()


def test_every_file_the_app_does_not_serve_answers_the_same_404(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with _app(data) as (base, _demo):
        for target in ("/etc/passwd", str(data / "sessions.sqlite3"), "/no/such/file.pdf"):
            status, body = _status(f"{base}/gradio_api/file={target}")
            assert (status, body) == (404, b"Not found"), target


def _login(base: str, password: str) -> httpx.Response:
    return httpx.post(f"{base}/login", data={"username": "ada", "password": password})


def test_failed_logins_are_throttled_per_client(tmp_path: Path) -> None:
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    with _app(tmp_path / "data", auth="ada:correct-horse", login_throttle=throttle) as (base, _):
        statuses = [_login(base, f"wrong-{i}").status_code for i in range(30)]
        assert statuses[:5] == [400] * 5  # the first few are answered as usual
        assert set(statuses[5:]) == {429}  # then every attempt waits, the 30 in a burst too
        refused = _login(base, "correct-horse")  # even the right password, until the wait ends
        assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
        assert "Too many failed logins" in refused.json()["detail"]
        now[0] += 1.0
        assert _login(base, "wrong-again").status_code == 400  # one more try, then 2 s
        assert _login(base, "correct-horse").headers["retry-after"] == "2"
        now[0] += 2.0
        assert _login(base, "correct-horse").status_code == 200
        assert _login(base, "wrong-after-success").status_code == 400  # the count was cleared


@pytest.mark.parametrize(
    ("failures", "elapsed", "wait"),
    [(4, 0, 0), (5, 0, 1), (5, 1, 0), (6, 0, 2), (8, 0, 8), (30, 0, 300), (30, 901, 0)],
)
def test_the_wait_doubles_after_the_free_attempts(
    failures: int, elapsed: float, wait: float
) -> None:
    now = [0.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(failures):
        throttle.failed("10.0.0.7")
    now[0] += elapsed
    assert throttle.wait("10.0.0.7") == wait
    assert throttle.wait("10.0.0.8") == 0  # another client is not held


def test_only_files_in_gradios_upload_folder_are_purged(tmp_path: Path) -> None:
    from gradio.utils import get_upload_folder

    from ui.app import purge_upload

    outside = tmp_path / "plan.json"
    outside.write_text("{}")
    purge_upload(outside)
    assert outside.exists()
    folder = Path(get_upload_folder()) / secrets.token_hex(32)
    folder.mkdir(parents=True)
    inside = folder / "cv.txt"
    inside.write_text("Ada")
    purge_upload(inside)
    assert not inside.exists() and not folder.exists()
    purge_upload(Path(get_upload_folder()))  # the folder itself is never removed
    assert Path(get_upload_folder()).is_dir()
