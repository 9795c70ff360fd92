"""A local OpenAI-compatible chat-completions server for tests (stdlib only).

It speaks ``POST /v1/chat/completions`` (plain JSON and SSE streaming) on 127.0.0.1 and answers
from a script: each request takes the next :class:`Reply` (or the result of a callable given the
request body). It records every request so tests can inspect what was sent (and measure prompt
size). Replies can also be failures: an HTTP status, a delay longer than the client's timeout,
or a connection dropped in the middle of a stream. ``info`` makes it answer the model-info
requests of Ollama (``POST /api/show``) or llama.cpp (``GET /props``, ``GET /v1/models``);
other paths answer 404 and every such request is noted in ``probes``.

Usage::

    with OpenAIStub([Reply.tool("set_capacity", {"weekly_hours": 40}), Reply.text("Done.")]) as s:
        model = ChatOpenAI(base_url=s.base_url, api_key="test", model="stub")
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[dict[str, Any]], "Reply"]


@dataclass
class ToolCall:
    """One tool call in a reply; ``arguments`` is the raw JSON text sent on the wire."""

    name: str
    arguments: str
    id: str = ""


@dataclass
class Reply:
    """One scripted answer of the stub."""

    content: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    status: int = 200
    delay: float = 0.0
    drop_after_chunks: int | None = None
    error_message: str = "scripted failure"
    #: Answer only once this event is set (waited for outside the stub's lock, so other
    #: requests are answered meanwhile): a call that hangs until the test lets it go.
    hold: threading.Event | None = None
    #: Stream the content in pieces of this many characters (default: word by word).
    chunk_chars: int | None = None

    @classmethod
    def text(cls, content: str) -> Reply:
        """A plain assistant message."""
        return cls(content=content)

    @classmethod
    def tool(cls, name: str, args: Any, content: str = "") -> Reply:
        """A single tool call whose arguments are JSON-encoded from ``args``."""
        return cls(content=content, tool_calls=[ToolCall(name, json.dumps(args))])

    @classmethod
    def raw_tool(cls, name: str, raw_arguments: str) -> Reply:
        """A single tool call whose arguments are sent exactly as given (may be malformed)."""
        return cls(tool_calls=[ToolCall(name, raw_arguments)])

    @classmethod
    def tools(cls, *calls: tuple[str, Any]) -> Reply:
        """Several tool calls in one message."""
        return cls(tool_calls=[ToolCall(name, json.dumps(args)) for name, args in calls])

    @classmethod
    def error(cls, status: int, message: str = "scripted failure") -> Reply:
        """An HTTP error answer (429, 500 ...)."""
        return cls(status=status, error_message=message)

    @classmethod
    def slow(cls, seconds: float, content: str = "late") -> Reply:
        """An answer that arrives only after ``seconds`` (to provoke a client timeout)."""
        return cls(content=content, delay=seconds)

    @classmethod
    def dropped(cls, after_chunks: int = 1, content: str = "This answer is cut off") -> Reply:
        """A streamed answer whose connection is closed after ``after_chunks`` chunks."""
        return cls(content=content, drop_after_chunks=after_chunks)


class ScriptExhaustedError(AssertionError):
    """The stub received more requests than its script holds."""


class OpenAIStub:
    """A threaded stub server; use as a context manager. ``requests`` holds every parsed body."""

    def __init__(
        self, script: Iterable[Reply] | Responder = (), info: dict[str, Any] | None = None
    ) -> None:
        self._responder: Responder | None = script if callable(script) else None
        self._script: list[Reply] = [] if callable(script) else list(script)
        self.info: dict[str, Any] = dict(info or {})
        self.probes: list[str] = []
        self.requests: list[dict[str, Any]] = []
        self.unexpected: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The ``OPENAI_BASE_URL`` to give a client, ending in ``/v1``."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def remaining(self) -> int:
        """How many scripted replies were not used yet."""
        return len(self._script)

    def push(self, *replies: Reply) -> None:
        """Append replies to the script."""
        with self._lock:
            self._script.extend(replies)

    def next_reply(self, body: dict[str, Any]) -> Reply:
        """Record ``body`` and return the reply for it."""
        with self._lock:
            self.requests.append(body)
            if self._responder is not None:
                return self._responder(body)
            if not self._script:
                self.unexpected.append(body)
                return Reply.error(599, "the stub's script is exhausted")
            return self._script.pop(0)

    def __enter__(self) -> OpenAIStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up (timeouts, dropped streams) are part of the script, not errors."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about connections the client closed."""


def prompt_chars(body: dict[str, Any]) -> int:
    """Characters of a recorded request's messages plus its tool schemas."""
    return len(json.dumps(body.get("messages", []))) + len(json.dumps(body.get("tools", [])))


def _completion(reply: Reply, model: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.content or None}
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": call.id or f"call_{i}_{int(time.time() * 1e6)}",
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for i, call in enumerate(reply.tool_calls)
        ]
    finish = "tool_calls" if reply.tool_calls else "stop"
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _stream_chunks(reply: Reply, model: str) -> list[dict[str, Any]]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "id": "chatcmpl-stub",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    chunks = [chunk({"role": "assistant", "content": ""})]
    chunks += [chunk({"content": piece}) for piece in _pieces(reply)]
    for i, call in enumerate(reply.tool_calls):
        head = {"index": i, "id": call.id or f"call_{i}", "type": "function"}
        head["function"] = {"name": call.name, "arguments": ""}
        chunks.append(chunk({"tool_calls": [head]}))
        half = len(call.arguments) // 2
        for part in (call.arguments[:half], call.arguments[half:]):
            chunks.append(chunk({"tool_calls": [{"index": i, "function": {"arguments": part}}]}))
    chunks.append(chunk({}, "tool_calls" if reply.tool_calls else "stop"))
    return chunks


def _pieces(reply: Reply) -> list[str]:
    text, size = reply.content, reply.chunk_chars
    if not text:
        return []
    if size:
        return [text[i : i + size] for i in range(0, len(text), size)]
    words = text.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


#: Model-info paths and the ``info`` key that answers each.
_INFO_PATHS = {("POST", "/api/show"): "ollama", ("GET", "/props"): "props",
               ("GET", "/v1/models"): "models"}  # fmt: skip


def _make_handler(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models" and "models" not in stub.info:
                self._json(200, {"object": "list", "data": [{"id": "stub", "object": "model"}]})
                return
            self._info("GET")

        def _info(self, method: str) -> None:
            stub.probes.append(f"{method} {self.path}")
            key = _INFO_PATHS.get((method, self.path.rstrip("/")))
            if key in stub.info:
                self._json(200, stub.info[key])
            else:
                self._json(404, {"error": {"message": "not found", "type": "stub_error"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._info("POST")
                return
            reply = stub.next_reply(body)
            if reply.hold is not None:
                reply.hold.wait(timeout=600)
            if reply.delay:
                time.sleep(reply.delay)
            if reply.status != 200:
                error = {"message": reply.error_message, "type": "stub_error"}
                self._json(reply.status, {"error": error})
            elif body.get("stream"):
                self._stream(reply, str(body.get("model", "stub")))
            else:
                self._json(200, _completion(reply, str(body.get("model", "stub"))))

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout); nothing left to answer

        def _stream(self, reply: Reply, model: str) -> None:
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for n, chunk in enumerate(_stream_chunks(reply, model)):
                    if reply.drop_after_chunks is not None and n >= reply.drop_after_chunks:
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self._chunk(f"data: {json.dumps(chunk)}\n\n".encode())
                self._chunk(b"data: [DONE]\n\n")
                self._chunk(b"")
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

    return Handler
