"""``portfolio-planner ui``: start the web app (bound to 127.0.0.1 unless told otherwise)."""

from __future__ import annotations

import argparse
import sys
import threading

HELP = "start the web app (the default command)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ui command."""
    parser.add_argument("--host", help="address to bind (default: settings.host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default: settings.port)")
    parser.add_argument(
        "--share",
        action="store_true",
        help="also open a public Gradio share link (off by default; needs the internet)",
    )


def _import_session() -> None:
    """Import the session facade (LangChain) ahead of the first visitor's session, and the
    renderers with their fonts ahead of the first download (about half a second on 2 cores)."""
    import agent.session  # noqa: F401
    from agent.plan.exports.pdf_style import fonts

    fonts()


def run(args: argparse.Namespace) -> int:
    """Build the app from the settings and serve it until interrupted."""
    from agent.settings import get_settings, quiet_environment

    quiet_environment()
    settings = get_settings()
    updates = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    if updates:
        settings = settings.model_copy(update=updates)
    from agent.guidance import warm_up_in_background
    from agent.models import check_model_settings
    from ui.app import build_app, launch_kwargs

    try:  # a wrong model setting (ModelConfigError) or launch option fails before serving
        check_model_settings(settings)
        options = launch_kwargs(settings, share=bool(args.share))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if settings.database_url:  # an unreachable or newer session database fails before serving
        from agent.store import open_store
        from agent.store_base import SchemaError, StoreUnavailableError

        try:
            open_store(settings)  # creates or migrates the tables; the pool is kept
        except (StoreUnavailableError, SchemaError) as error:
            print(f"error: {error}.", file=sys.stderr)
            return 2
    from ui.health import add_health_route

    app = build_app(settings)
    app.launch(**options, prevent_thread_lock=True)
    add_health_route(app.app, settings)
    # Warm up once the page is served: on two cores, embedding the corpus beside Gradio's own
    # start-up delayed the first page from about 3 s to about 8 s.
    threading.Thread(target=_import_session, name="session-import", daemon=True).start()
    warm_up_in_background(settings)
    app.block_thread()
    return 0
