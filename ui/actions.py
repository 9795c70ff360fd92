"""What each control of the page does, as plain functions over the session registry.

No Gradio here and no domain logic: each action asks the planner session to act and returns
what the page should show. :mod:`ui.app` binds these to components.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.plan import Plan
from agent.plan.findings import PlanError
from agent.store_base import SessionBusyError
from ui.adapter import ChatMessage, chat_messages, event_kind, event_text, shown
from ui.registry import SessionRegistry, UnknownSessionError
from ui.view import plan_html

#: Download formats: (file name, what the session's export returns).
FORMATS: dict[str, str] = {
    "markdown": "portfolio-plan.md",
    "pdf": "portfolio-plan.pdf",
    "json": "portfolio-plan.json",
    "ics": "portfolio-plan.ics",
}
MAX_MESSAGE_CHARS = 4000
#: The shortest time between two streamed updates of the chat (the last piece always shows).
STREAM_INTERVAL_S = 0.1
#: What the chat records when a CV was read (its file name stays out of the conversation).
CV_UPLOADED = "I have uploaded my CV."
#: The random key a browser keeps (in its local storage) to find the sessions it started.
BROWSER_KEY = re.compile(r"^[A-Za-z0-9_-]{32}$")


@dataclass
class View:
    """What the page shows for one session after an action.

    ``panel`` is None when the plan did not change (the page keeps the panel it shows);
    ``partial`` marks a view sent while a reply streams: only its chat is new.
    """

    session_id: str | None
    chat: list[ChatMessage]
    panel: str | None
    banner: str
    status: str = ""
    hint: str = ""
    partial: bool = False


class Actions:
    """The page's actions over a registry of planner sessions."""

    def __init__(self, registry: SessionRegistry, today: Callable[[], dt.date] = dt.date.today):
        self.registry = registry
        self.today = today
        #: Called with each uploaded file right after it was read (the page removes Gradio's
        #: copy, so an upload is never served back); by default the file is left alone.
        self.discard_upload: Callable[[Path], None] = lambda path: None

    # -- views -------------------------------------------------------------------------
    def view(self, session_id: str | None, status: str = "", *, panel: bool = True) -> View:
        """The current chat, plan panel (unless ``panel`` is false) and model banner of a
        session, with what the message box should suggest."""
        session = self.registry.get(session_id)
        return View(
            session_id,
            chat_messages(session.history),
            self.panel(session) if panel else None,
            banner(getattr(session, "model_label", "")),
            status,
            hint=str(getattr(session, "answer_hint", "") or ""),
        )

    def panel(self, session: Any) -> str:
        """The plan panel for a session."""
        plan: Plan = session.plan
        final = getattr(session, "is_final", getattr(session, "final", False))
        return plan_html(plan, today=self.today(), final=bool(final))

    # -- sessions ----------------------------------------------------------------------
    def start(self, browser: str) -> View:
        """A new session for a browser tab, with the interviewer's opening words."""
        session_id = self.registry.new(browser)
        opening = getattr(self.registry.get(session_id), "start", None)
        if opening is not None:
            opening()  # the interviewer speaks first: its greeting and first question
        return self.view(session_id, "New session started.")

    def resume(self, typed_id: str, current: str | None, browser: str) -> View:
        """Switch this tab to an earlier session by its id; on a bad id, stay where it is."""
        try:
            session_id = self.registry.resume(typed_id, browser)
        except UnknownSessionError as error:
            return self.view(current, str(error))
        if current and current != session_id:
            self.registry.release(current, browser)
        return self.view(session_id, "Session resumed.")

    def new(self, current: str | None, browser: str) -> View:
        """Leave the current session (it stays saved) and start a fresh one."""
        self.registry.release(current, browser)
        return self.start(browser)

    def tag_browser(self, session_id: str | None, key: Any) -> str:
        """Note that this browser started the session; returns the browser's key (a new one
        when it had none, or one that is not a key this page made)."""
        kept = key if isinstance(key, str) and BROWSER_KEY.match(key) else secrets.token_urlsafe(24)
        with contextlib.suppress(UnknownSessionError):  # the tab's session already ended
            session = self.registry.get(session_id)
            if hasattr(session, "note_browser"):
                session.note_browser(browser_tag(kept))
        return kept

    def delete_question(self, current: str | None, key: Any) -> tuple[str, int]:
        """What "Delete my data" asks before deleting, and how many other stored sessions this
        browser started (which it offers to delete as well)."""
        others = [sid for sid in self._started_here(key) if sid != current]
        text = (
            "**Delete this session for good?** Its plan, chat, CV findings and downloads are "
            "removed from the server and its id stops working. This cannot be undone."
        )
        if others:
            text += (
                f" This browser also started {len(others)} other saved session(s); you can "
                "delete them all at once."
            )
        return text, len(others)

    def delete(self, current: str | None, browser: str, *, key: Any = None) -> View:
        """Delete the session's saved data and downloads, then start a fresh session. Given
        the browser's key, every other session this browser started is deleted too."""
        doomed = [current] if current else []
        doomed += [sid for sid in self._started_here(key) if sid not in doomed]
        for session_id in doomed:
            self._delete_one(session_id)
        view = self.start(browser)
        if len(doomed) > 1:
            view.status = (
                f"Deleted {len(doomed)} sessions started in this browser, with their downloads. "
                "This is a new, empty session."
            )
        else:
            view.status = "Your data was deleted. This is a new, empty session."
        return view

    def _started_here(self, key: Any) -> list[str]:
        if not isinstance(key, str) or not BROWSER_KEY.match(key):
            return []
        return self.registry.started_by(browser_tag(key))

    def _delete_one(self, session_id: str) -> None:
        session = None
        with contextlib.suppress(UnknownSessionError):
            session = self.registry.open(session_id)
        # Forget first: it purges Gradio's served copies, found by hashing the files the
        # session's delete would otherwise remove before they could be hashed.
        self.registry.forget(session_id)
        if session is not None:
            session.delete()

    # -- conversation ------------------------------------------------------------------
    def turn(
        self, session_id: str | None, message: str, *, since: tuple[Plan, bool] | None = None
    ) -> Iterator[View]:
        """Send a message; yields the chat after each streamed piece (``partial`` views), then
        the whole page once at the end, its panel only when the plan changed (during the turn,
        or since ``since``, what the panel showed before the action that led to it)."""
        session = self.registry.get(session_id)
        # Not cut here: a cut message could be read as a different answer. The session refuses
        # an over-long one and says how to send it.
        text = message.strip()
        if not text:
            yield self.view(session_id, "Type an answer first.", panel=False)
            return
        before = since or _plan_state(session)
        chat = [*chat_messages(session.history), {"role": "user", "content": shown(text)}]
        shown_chat, sent = chat, time.monotonic()
        yield View(session_id, chat, None, "", partial=True)  # the message shows at once
        reply = problem = ""
        for event in session.turn(text):
            piece, kind = event_text(event), event_kind(event)
            if kind in {"text", "delta", "token", "chunk"}:
                reply += piece
            elif kind in {"final", "error"} and piece:
                reply = piece
                problem = piece if kind == "error" else problem
            elif kind == "notice" and piece:
                chat.append({"role": "assistant", "content": shown(piece)})
            else:
                continue
            live = [*chat, {"role": "assistant", "content": shown(reply)}] if reply else chat
            # Pieces that arrive close together go as one update: each update redraws the chat.
            if live != shown_chat and time.monotonic() - sent >= STREAM_INTERVAL_S:
                shown_chat, sent = live, time.monotonic()
                yield View(session_id, live, None, "", partial=True)
        # A refused message is not kept in the history, so its reason stays in the status line.
        yield self.view(session_id, shown(problem), panel=_changed(session, before))

    def undo(self, session_id: str | None) -> View:
        """Undo the last accepted change to the plan (not while a turn of this conversation runs
        in another tab or instance: that is said, and nothing changes)."""
        try:
            result = self.registry.get(session_id).undo()
        except SessionBusyError as error:
            return self.view(session_id, shown(str(error)))
        return self.view(session_id, _result_text(result, "Undone."))

    def upload_cv(self, session_id: str | None, path: str, progress: Any = None) -> Iterator[View]:
        """Audit an uploaded CV, then let the planner propose its skills in the chat (each to
        confirm). A CV that cannot be read says why, and the plan is unchanged."""
        session = self.registry.get(session_id)
        name = Path(path).name
        try:
            data = self._read_upload(path)
        except OSError as error:
            yield self.view(session_id, _unreadable(error))
            return
        before = _plan_state(session)
        result = session.upload_cv(data, name, progress=progress)
        if isinstance(result, dict) and result.get("status") not in (None, "ok"):
            yield self.view(session_id, _result_text(result, "The CV could not be read."))
            return
        # The file name reaches the model only inside the CV's data block, never as a message.
        yield from self.turn(session_id, CV_UPLOADED, since=before)

    def import_plan(self, session_id: str | None, path: str) -> View:
        """Load a plan from a JSON file exported earlier (the rules check it)."""
        session = self.registry.get(session_id)
        if not hasattr(session, "import_plan"):
            return self.view(session_id, "Importing a plan file is not available in this version.")
        try:
            result = session.import_plan(self._read_upload(path))
        except (PlanError, SessionBusyError) as error:
            return self.view(session_id, shown(f"{error} Your plan is unchanged."))
        except OSError as error:
            return self.view(session_id, _unreadable(error))
        return self.view(session_id, _result_text(result, "Plan imported."))

    def _read_upload(self, path: str) -> bytes:
        try:
            return Path(path).read_bytes()
        finally:
            self.discard_upload(Path(path))

    # -- downloads ---------------------------------------------------------------------
    def downloads(self, session_id: str | None) -> dict[str, Path]:
        """Write the plan in every format to a fresh folder of this session's downloads."""
        session = self.registry.get(session_id)
        assert session_id is not None
        # A random folder per export: the server path never repeats, so it cannot be guessed.
        folder = self.registry.download_dir(session_id) / secrets.token_urlsafe(16)
        folder.mkdir()
        files = {}
        for fmt, name in FORMATS.items():
            files[fmt] = _store(session.export(fmt), folder / name)
        return files


def _plan_state(session: Any) -> tuple[Plan, bool]:
    """What the panel depends on: the plan (a new object after every change) and whether it
    is final."""
    final = getattr(session, "is_final", getattr(session, "final", False))
    return session.plan, bool(final)


def _changed(session: Any, before: tuple[Plan, bool]) -> bool:
    plan, final = _plan_state(session)
    return plan is not before[0] or final != before[1]


def browser_tag(key: str) -> str:
    """What the server keeps of a browser's key: a digest, so the stored tag cannot be replayed
    as the key."""
    return hashlib.sha256(key.encode()).hexdigest()


def _unreadable(error: OSError) -> str:
    return shown(f"The file could not be read ({error.strerror or error}); upload it again.")


def _store(content: Any, path: Path) -> Path:
    """Put an export at ``path``; a file the session wrote at a fixed name is moved, so no
    predictable path keeps a copy."""
    if isinstance(content, Path):
        content.replace(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(str(content), encoding="utf-8")
    return path


def banner(label: str) -> str:
    """The line that says which model answers."""
    label = label or "unknown model"
    return f"**Model in use:** {shown(label)}"


def _result_text(result: Any, default: str) -> str:
    """A short status line from whatever an action returned."""
    if isinstance(result, str) and result.strip():
        return shown(result.strip())
    if hasattr(result, "accepted") and hasattr(result, "findings"):
        if result.accepted:
            return default
        return shown("; ".join(f"{f.message} {f.fix}" for f in result.findings) or "Refused.")
    if isinstance(result, dict):
        errors = result.get("errors")
        if isinstance(errors, list) and errors:
            return shown(" ".join(str(e) for e in errors) + " " + str(result.get("fix", "")))
        text = result.get("changed") or result.get("message") or result.get("status")
        if isinstance(text, str) and text:
            return shown(text)
    return default
