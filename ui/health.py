"""``GET /healthz``: whether this app instance can serve a turn, for load balancers.

It answers 200 with ``{"status": "ok", ...}`` when the session store answers a read and the
embedding model's files are in place, else 503 naming what failed and how to fix it. It reads
no session and needs no login; it is served beside the page by the same process.
"""

from __future__ import annotations

from typing import Any

from agent.settings import Settings

MODEL_FILES = ("model.onnx", "tokenizer.json")


def health_report(settings: Settings) -> tuple[int, dict[str, Any]]:
    """The HTTP status and the JSON body of a health check."""
    from agent.store import open_store

    body: dict[str, Any] = {"status": "ok"}
    try:
        store = open_store(settings)
        try:
            store.ping()
        finally:
            if not settings.database_url:  # SQLite stores are per use; the pool is shared
                store.close()
        body["sessions"] = "postgresql" if settings.database_url else "sqlite"
    except Exception as error:  # any failure is the answer here, not a crash
        body["status"] = "unavailable"
        body["sessions"] = f"the session store cannot answer: {error}"
    missing = [n for n in MODEL_FILES if not (settings.model_dir / n).is_file()]
    if missing:
        body["status"] = "unavailable"
        body["model"] = (f"missing {', '.join(missing)} in {settings.model_dir}: run `make model` "
                         "or set PORTFOLIO_MODEL_DIR")  # fmt: skip
    return (200 if body["status"] == "ok" else 503), body


def add_health_route(app: Any, settings: Settings) -> None:
    """Serve :func:`health_report` at ``/healthz`` on the app's FastAPI server."""
    from fastapi.responses import JSONResponse

    def healthz() -> JSONResponse:
        status, body = health_report(settings)
        return JSONResponse(body, status_code=status)

    app.add_api_route("/healthz", healthz, methods=["GET", "HEAD"], include_in_schema=False)
