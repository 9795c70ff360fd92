"""The Gradio page: chat, CV upload, live plan panel, downloads and session controls.

A thin adapter: each control calls one of :class:`ui.actions.Actions`, which asks the
planner session to act. The session id lives in a ``gr.State`` (kept on the server), so a
browser can only reach the session it was given, or one it resumes with the id.
"""

# No "from __future__ import annotations": Gradio reads the handlers' hints at run time to
# pass in gr.Request.
import contextlib
import os
from pathlib import Path
from typing import Any

from agent.settings import Settings, quiet_environment
from ui import delete_flow, option_actions
from ui.actions import Actions, View
from ui.guard import Guard, LoginThrottle
from ui.registry import SessionRegistry

CSS_FILE = Path(__file__).with_name("style.css")
MAX_FILE_SIZE = "5mb"
TITLE = "Portfolio Career Planner"
#: Chat turns at once with an LLM endpoint: each mostly waits for the endpoint's answer.
LLM_CHAT_CONCURRENCY = 32
#: Gradio's own default worker threads; the chat's share comes on top when it needs more.
BASE_THREADS = 40
#: Gradio scopes the page's CSS inside its container; the page's own padding, outside it, is
#: narrowed on a phone here.
PAGE_HEAD = (
    "<style>@media (max-width: 760px) { .gradio-container .main.app "
    "{ padding-left: 8px !important; padding-right: 8px !important; } }</style>"
)
#: What the message box says when no question of the guided interviewer is open.
DEFAULT_HINT = "Type your message and press Enter"
#: The phone's switch between the chat and the plan (hidden on wide screens by the CSS).
SWITCH_HTML = (
    '<nav class="pc-switch" aria-label="Show">'
    '<button type="button" data-view="chat" aria-pressed="true">Chat</button>'
    '<button type="button" data-view="plan" aria-pressed="false">Plan</button></nav>'
)
#: Switching sets ``data-pc-view`` on the row that holds both columns (the page's CSS is
#: scoped inside Gradio's container, so the body cannot carry it); a plan changed while the
#: chat shows marks the Plan button until it is opened.
SWITCH_JS = """
const pcButtons = element.querySelectorAll('button[data-view]');
const pcPlanButton = element.querySelector('button[data-view=plan]');
const pcPick = (view, scroll) => {
  const main = document.querySelector('#pc-main');
  if (main) main.dataset.pcView = view;
  pcButtons.forEach(b => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
  if (view === 'plan') pcPlanButton.classList.remove('pc-updated');
  if (scroll) element.scrollIntoView({block: 'start'});
};
pcButtons.forEach(b => b.addEventListener('click', () => pcPick(b.dataset.view, true)));
const pcFollow = () => {
  const panel = document.querySelector('#pc-panel');
  if (!panel) { setTimeout(pcFollow, 300); return; }
  pcPick('chat', false);
  new MutationObserver(() => {
    const main = document.querySelector('#pc-main');
    if (!main || main.dataset.pcView !== 'plan') pcPlanButton.classList.add('pc-updated');
  }).observe(panel, {childList: true, subtree: true});
};
pcFollow();
"""


def chat_concurrency(settings: Settings) -> int:
    """How many chat turns run at once: the setting, else one per CPU for the guided
    interviewer (its turns are CPU work) or :data:`LLM_CHAT_CONCURRENCY` for an LLM (its
    turns wait on the network, so one slow call must not hold the other visitors)."""
    if settings.chat_concurrency:
        return settings.chat_concurrency
    from agent.models import resolve_provider

    if resolve_provider(settings) == "guided":
        return max(1, os.cpu_count() or 1)
    return LLM_CHAT_CONCURRENCY


def default_registry(settings: Settings) -> SessionRegistry:
    """Sessions backed by the planner's session facade, stored in the data folder.

    The facade (and LangChain with it) is imported at the first session, not while the page
    is built: that import was most of the difference between this app's start-up and a bare
    Gradio page's. ``agent.commands.ui`` imports it in the background once the page is served.
    """

    def create() -> Any:
        from agent.session import PlannerSession

        return PlannerSession.create(settings)

    def resume(session_id: str) -> Any:
        from agent.session import PlannerSession

        return PlannerSession.resume(session_id, settings)

    def started_by(tag: str) -> list[str]:
        from agent.session import PlannerSession

        return PlannerSession.started_in_browser(tag, settings)

    return SessionRegistry(
        settings.data_dir, create, resume, ttl_seconds=settings.session_ttl_hours * 3600,
        started_by=started_by,
    )  # fmt: skip


def build_app(settings: Settings, *, registry: SessionRegistry | None = None) -> Any:
    """The page as a ``gr.Blocks``; launch it with :func:`launch_kwargs`."""
    quiet_environment()
    import gradio as gr

    actions = Actions(registry or default_registry(settings))
    if actions.registry.before_remove is None:
        actions.registry.before_remove = purge_served_copies
    actions.discard_upload = purge_upload
    ttl = int(settings.session_ttl_hours * 3600)
    with gr.Blocks(title=TITLE, delete_cache=(min(ttl, 3600), ttl)) as demo:
        demo.planner_actions = actions
        sid = gr.State(None, time_to_live=ttl, delete_callback=actions.registry.release)
        c = _layout(gr)
        views = [sid, c["chat"], c["panel"], c["banner"], c["status"], c["sid_box"]]
        skip = gr.skip()

        def show(view: View) -> tuple[Any, ...]:
            sid_text = view.session_id or ""
            panel = skip if view.panel is None else view.panel
            return (view.session_id, view.chat, panel, view.banner, view.status, sid_text)

        def box(view: View, *, clear: bool = False) -> Any:
            """The message box: the open question's suggestion (emptied after a turn)."""
            hint = view.hint or DEFAULT_HINT
            return gr.Textbox(value="", placeholder=hint) if clear else gr.Textbox(placeholder=hint)

        def browser(request: gr.Request | None) -> str:
            return str(getattr(request, "session_hash", "") or "")

        def on_load(request: gr.Request) -> tuple[Any, ...]:
            view = actions.start(browser(request))
            return (*show(view), box(view))

        def on_message(message: str, session_id: str | None) -> Any:
            # While the reply streams only the chat changes (the box empties with the first
            # piece); the panel and the rest come once, at the end.
            first = True
            for view in actions.turn(session_id, message):
                if view.partial:
                    emptied = gr.Textbox(value="") if first else skip
                    yield (skip, view.chat, skip, skip, skip, skip, emptied)
                    first = False
                else:
                    yield (*show(view), box(view, clear=True))

        def on_cv(path: str | None, session_id: str | None, progress: Any = gr.Progress()) -> Any:  # noqa: B008
            if not path:
                yield (*show(actions.view(session_id)), None)
                return
            progress(0.05, desc="Reading your CV")
            for view in actions.upload_cv(session_id, path, progress=progress):
                yield (*show(view), None)

        def on_import(path: str | None, session_id: str | None) -> tuple[Any, ...]:
            if not path:
                return show(actions.view(session_id))
            return show(actions.import_plan(session_id, path))

        def on_prepare(session_id: str | None) -> list[Any]:
            files = actions.downloads(session_id)
            return [gr.DownloadButton(value=str(files[f]), visible=True) for f in c["dl"]]

        def on_new(session_id: str | None, request: gr.Request) -> tuple[Any, ...]:
            view = actions.new(session_id, browser(request))
            return (*show(view), box(view))

        def on_resume(typed: str, session_id: str | None, request: gr.Request) -> Any:
            view = actions.resume(typed, session_id, browser(request))
            return (*show(view), box(view), "")

        def on_browser(session_id: str | None, key: Any) -> str:
            return actions.tag_browser(session_id, key)

        def on_show_options(session_id: str | None) -> tuple[Any, ...]:
            html, found = option_actions.show_options(actions, session_id)
            choices = found.choices()
            pick = gr.Dropdown(choices=choices, value=choices[0][1] if choices else None)
            return html, found, pick

        def on_adopt(session_id: str | None, found: Any, rank: Any) -> tuple[Any, ...]:
            view = option_actions.adopt_option(actions, session_id, found, rank)
            return show(view)

        def on_unload(request: gr.Request) -> None:
            actions.registry.release_browser(browser(request))

        hidden = [gr.DownloadButton(visible=False) for _ in c["dl"]]
        key = delete_flow.browser_key(gr, settings.data_dir)
        # Turns share one pool sized for the model: a slow turn holds only its own slot.
        chat = {"concurrency_limit": chat_concurrency(settings), "concurrency_id": "chat"}
        with_box = [*views, c["input"]]
        demo.load(on_load, None, with_box).then(on_browser, [sid, key], [key])
        # Only the chat shows that a turn runs: the plan stays readable, not dimmed.
        turn = {**chat, "show_progress_on": [c["chat"]]}
        c["input"].submit(on_message, [c["input"], sid], with_box, **turn)
        c["send"].click(on_message, [c["input"], sid], with_box, **turn)
        c["undo"].click(lambda s: show(actions.undo(s)), [sid], views)
        # The CV's progress bar shows once, on the upload box.
        c["cv"].upload(on_cv, [c["cv"], sid], [*views, c["cv"]], **chat, show_progress_on=[c["cv"]])
        c["import"].upload(on_import, [c["import"], sid], views)
        c["prepare"].click(on_prepare, [sid], list(c["dl"].values()))
        c["new"].click(on_new, [sid], with_box).then(
            lambda: hidden, None, list(c["dl"].values())
        ).then(on_browser, [sid, key], [key])
        c["resume"].click(on_resume, [c["resume_box"], sid], [*with_box, c["resume_box"]])
        delete_flow.wire(gr, c, actions, show=show, browser=browser, sid=sid, key=key,
                         hidden=hidden, on_browser=on_browser)  # fmt: skip
        shown_options = gr.State(None, time_to_live=ttl)
        c["show_options"].click(
            on_show_options, [sid], [c["options"], shown_options, c["option_pick"]]
        )
        c["adopt"].click(on_adopt, [sid, shown_options, c["option_pick"]], views)
        demo.unload(on_unload)
    return demo


def _layout(gr: Any) -> dict[str, Any]:
    """Place the components; returns them by name. On a phone the chat and the plan take
    turns under a sticky switch (``ui/style.css``); on a wide screen they sit side by side."""
    c: dict[str, Any] = {}
    gr.Markdown(f"# {TITLE}", elem_id="pc-title")
    c["banner"] = gr.Markdown(elem_id="pc-banner", elem_classes=["pc-banner"])
    gr.HTML(SWITCH_HTML, js_on_load=SWITCH_JS, elem_id="pc-switch")
    with gr.Row(elem_id="pc-main"):
        with gr.Column(scale=5, elem_id="pc-chat-col"):
            c["chat"] = gr.Chatbot(
                elem_id="pc-chat", label="Conversation", height=520, sanitize_html=True,
                allow_tags=False, latex_delimiters=[], group_consecutive_messages=False,
            )  # fmt: skip
            with gr.Row(equal_height=True):
                c["input"] = gr.Textbox(
                    elem_id="pc-input", show_label=False, lines=1, max_length=4000,
                    placeholder=DEFAULT_HINT, scale=5, min_width=180,
                )  # fmt: skip
                c["send"] = gr.Button(
                    "Send", elem_id="pc-send", scale=1, variant="primary", min_width=70
                )
            c["status"] = gr.Markdown(elem_id="pc-status")
            c["cv"] = gr.File(
                label="Upload your CV (PDF, DOCX or TXT); its skills come back for you to confirm",
                file_types=[".pdf", ".docx", ".txt"], type="filepath", elem_id="pc-cv",
            )  # fmt: skip
            _controls(gr, c)
        with gr.Column(scale=6, elem_id="pc-plan-col"):
            with gr.Accordion("Options: other portfolios that pass every rule", open=False):
                c["show_options"] = gr.Button("Show options", elem_id="pc-show-options")
                c["options"] = gr.HTML(elem_id="pc-options")
                with gr.Row():
                    c["option_pick"] = gr.Dropdown(
                        label="Option to adopt", choices=[], elem_id="pc-option-pick", scale=4
                    )
                    c["adopt"] = gr.Button("Adopt", elem_id="pc-adopt", scale=1)
            c["panel"] = gr.HTML(elem_id="pc-panel", label="Your plan")
    return c


def _controls(gr: Any, c: dict[str, Any]) -> None:
    with gr.Accordion("Downloads", open=True):
        c["prepare"] = gr.Button("Prepare downloads", elem_id="pc-prepare")
        with gr.Row():
            c["dl"] = {
                fmt: gr.DownloadButton(label, visible=False, elem_id=f"pc-dl-{fmt}")
                for fmt, label in (
                    ("markdown", "Markdown"), ("pdf", "PDF"), ("json", "JSON"),
                    ("ics", "Calendar (ICS)"),
                )
            }  # fmt: skip
        c["import"] = gr.UploadButton(
            "Import a plan (JSON)", file_types=[".json"], type="filepath", elem_id="pc-import"
        )
    with gr.Accordion("Your session", open=False):
        c["sid_box"] = gr.Textbox(
            label="Session id: keep it to resume later; anyone with it can open your plan",
            interactive=False, elem_id="pc-session-id",
        )  # fmt: skip
        with gr.Row():
            c["undo"] = gr.Button("Undo last change", elem_id="pc-undo")
            c["new"] = gr.Button("New session", elem_id="pc-new")
            c["delete"] = gr.Button("Delete my data", elem_id="pc-delete", variant="stop")
        delete_flow.layout(gr, c)
        with gr.Row():
            c["resume_box"] = gr.Textbox(label="Resume a session by id", elem_id="pc-resume-id")
            c["resume"] = gr.Button("Resume", elem_id="pc-resume")


def purge_served_copies(folder: Path) -> None:
    """Remove the copies Gradio made of a session's downloads, so their links stop working."""
    import shutil

    from gradio.processing_utils import hash_file
    from gradio.utils import get_upload_folder

    cache = Path(get_upload_folder())
    for file in folder.rglob("*"):
        if file.is_file():
            shutil.rmtree(cache / hash_file(file), ignore_errors=True)


def purge_upload(path: Path) -> None:
    """Remove Gradio's copy of an upload once read (and its folder when left empty), so its
    URL answers 404 to anyone, the visitor who sent it included: the page never shows an
    upload back. Only files inside Gradio's upload folder are touched."""
    from gradio.utils import get_upload_folder, is_in_or_equal

    root = Path(get_upload_folder()).resolve()
    file = Path(path).resolve()
    if file == root or not is_in_or_equal(file, root):
        return
    with contextlib.suppress(FileNotFoundError):
        file.unlink()
    if file.parent != root:
        with contextlib.suppress(OSError):  # not empty: another upload of the same bytes
            file.parent.rmdir()


def launch_kwargs(
    settings: Settings, *, share: bool = False, login_throttle: LoginThrottle | None = None
) -> dict[str, Any]:
    """Safe launch options: bind to the configured host, size limit, optional login (with
    failed attempts throttled per client), and a 404 for any file the app does not serve."""
    from starlette.middleware import Middleware

    guard = Middleware(Guard, throttle=login_throttle or LoginThrottle())
    options: dict[str, Any] = {
        "server_name": settings.host,
        "server_port": settings.port,
        "share": share,
        "max_file_size": MAX_FILE_SIZE,
        "allowed_paths": [str(Path(settings.data_dir) / "downloads")],
        "css_paths": [str(CSS_FILE)],
        "head": PAGE_HEAD,
        "show_error": False,
        "max_threads": max(BASE_THREADS, chat_concurrency(settings) + 8),
        "app_kwargs": {"middleware": [guard]},
    }
    if settings.auth:
        user, sep, password = settings.auth.partition(":")
        if not sep or not user or not password:
            raise ValueError(
                "PORTFOLIO_AUTH must look like 'user:password'; set it so or leave it unset."
            )
        options["auth"] = (user, password)
    return options
