"""The "Delete my data" flow: it asks first, and offers every session this browser started.

A browser keeps one random key in its local storage (``gr.BrowserState``); each session it
starts is noted with a digest of that key (``PlannerSession.note_browser``), so the question
can count them and "Delete all" can find them, across reloads, tabs and restarts, while the
server never holds anything that works as the key. Either answer deletes through
:meth:`ui.actions.Actions.delete`, which removes the stored log, chat, notes, downloads and
Gradio's served copies, then starts a fresh session tied to the same browser.
"""

# No "from __future__ import annotations": Gradio reads the handlers' hints at run time to
# pass in gr.Request.
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui.actions import Actions, View

STORAGE_KEY = "portfolio-planner-browser"


def browser_key(gr: Any, data_dir: Path) -> Any:
    """The browser's key, kept in its local storage. The page's "secret" only scrambles the
    stored value (the browser decrypts it itself); it stays the same across restarts so the
    key survives them."""
    secret = hashlib.sha256(str(data_dir).encode()).hexdigest()
    return gr.BrowserState(None, storage_key=STORAGE_KEY, secret=secret)


def layout(gr: Any, c: dict[str, Any]) -> None:
    """The question and its answers, hidden until "Delete my data" is pressed."""
    with gr.Group(visible=False, elem_id="pc-delete-confirm") as c["confirm"]:
        c["question"] = gr.Markdown(elem_id="pc-delete-question")
        with gr.Row():
            c["del_this"] = gr.Button(
                "Delete this session", variant="stop", elem_id="pc-delete-this"
            )
            c["del_all"] = gr.Button(
                "Delete all sessions from this browser", visible=False, variant="stop",
                elem_id="pc-delete-all",
            )  # fmt: skip
            c["del_cancel"] = gr.Button("Cancel", elem_id="pc-delete-cancel")


def wire(
    gr: Any,
    c: dict[str, Any],
    actions: Actions,
    *,
    show: Callable[[View], tuple[Any, ...]],
    browser: Callable[[Any], str],
    sid: Any,
    key: Any,
    hidden: list[Any],
    on_browser: Callable[..., str],
) -> None:
    """Bind the question and its answers; after a deletion the download buttons are hidden
    (``hidden``) and ``on_browser`` ties the fresh session to the browser's key."""
    views = [sid, c["chat"], c["panel"], c["banner"], c["status"], c["sid_box"]]

    def on_delete_ask(session_id: str | None, browser_key: Any) -> tuple[Any, ...]:
        text, others = actions.delete_question(session_id, browser_key)
        label = f"Delete all {others + 1} sessions from this browser"
        return gr.Group(visible=True), text, gr.Button(value=label, visible=others > 0)

    def on_delete(session_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        return show(actions.delete(session_id, browser(request)))

    def on_delete_all(session_id: str | None, browser_key: Any, request: gr.Request) -> Any:
        return show(actions.delete(session_id, browser(request), key=browser_key))

    c["delete"].click(on_delete_ask, [sid, key], [c["confirm"], c["question"], c["del_all"]])
    c["del_cancel"].click(lambda: gr.Group(visible=False), None, c["confirm"])
    for button, handler, inputs in (
        (c["del_this"], on_delete, [sid]),
        (c["del_all"], on_delete_all, [sid, key]),
    ):
        button.click(handler, inputs, views).then(
            lambda: [gr.Group(visible=False), *hidden], None, [c["confirm"], *c["dl"].values()]
        ).then(on_browser, [sid, key], [key])
