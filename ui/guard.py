"""What sits in front of the web app: a brake on password guessing, and one answer for files.

:class:`Guard` is ASGI middleware (no Gradio import), installed by ``ui.app.launch_kwargs``:

* **Login** (``PORTFOLIO_AUTH``): failed logins are counted per client address. The first
  :attr:`LoginThrottle.free` are answered as usual; after that each attempt must wait twice
  as long as the last (1 s, 2 s, 4 s ... up to 5 minutes) and is refused with HTTP 429 and
  ``Retry-After`` until then, right password or not. A success, or 15 minutes without a
  failure, clears the count. Behind a reverse proxy every visitor shares the proxy's address;
  the count is then shared too.
* **Files**: a file the app will not serve (a removed upload, a path outside its folders)
  answers 404, the same for every path, so the answer tells nothing about what exists.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

NOT_FOUND = b"Not found"
#: Clients remembered at most; the oldest entries are dropped beyond it.
MAX_CLIENTS = 10_000


@dataclass
class LoginThrottle:
    """Failed logins per client, and how long each must wait before trying again."""

    free: int = 5
    first_wait_s: float = 1.0
    max_wait_s: float = 300.0
    forget_after_s: float = 900.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def wait(self, client: str) -> float:
        """Seconds ``client`` must still wait before its next attempt (0: it may try now)."""
        count, last = self._failures.get(client, (0, 0.0))
        now = self.clock()
        if count and now - last > self.forget_after_s:
            del self._failures[client]
            return 0.0
        if count < self.free:
            return 0.0
        delay = min(self.max_wait_s, self.first_wait_s * 2.0 ** (count - self.free))
        return max(0.0, last + delay - now)

    def failed(self, client: str) -> None:
        """Count a failed login."""
        count = self._failures.pop(client, (0, 0.0))[0]
        self._failures[client] = (count + 1, self.clock())
        while len(self._failures) > MAX_CLIENTS:
            self._failures.pop(next(iter(self._failures)))

    def succeeded(self, client: str) -> None:
        """Forget a client's failures after a successful login."""
        self._failures.pop(client, None)


class Guard:
    """ASGI middleware: throttles failed logins and answers 404 for files not served."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle | None = None) -> None:
        self.app = app
        self.throttle = throttle or LoginThrottle()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route one request."""
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        if scope.get("method") == "POST" and path.rstrip("/").endswith("/login"):
            await self._login(scope, receive, send)
        elif "/file=" in path:
            await self.app(scope, receive, _refusals_as_not_found(send))
        else:
            await self.app(scope, receive, send)

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = str((scope.get("client") or ("unknown",))[0])
        wait = self.throttle.wait(client)
        if wait > 0:
            seconds = math.ceil(wait)
            detail = (
                f"Too many failed logins from this address. Wait {seconds} s, then try again "
                "with the user name and password set in PORTFOLIO_AUTH."
            )
            body = json.dumps({"detail": detail}).encode()
            headers = [(b"content-type", b"application/json"),
                       (b"retry-after", str(seconds).encode()),
                       (b"content-length", str(len(body)).encode())]  # fmt: skip
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        status: list[int] = []

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] == 200:
            self.throttle.succeeded(client)
        elif status and 400 <= status[0] < 500:
            self.throttle.failed(client)


def _refusals_as_not_found(send: Send) -> Send:
    """``send`` with Gradio's 403 for a file it will not serve turned into a plain 404."""
    hiding = False

    async def rewrite(message: Message) -> None:
        nonlocal hiding
        if message["type"] == "http.response.start" and message["status"] == 403:
            hiding = True
            headers = [(b"content-type", b"text/plain; charset=utf-8"),
                       (b"content-length", str(len(NOT_FOUND)).encode())]  # fmt: skip
            await send({"type": "http.response.start", "status": 404, "headers": headers})
            await send({"type": "http.response.body", "body": NOT_FOUND})
        elif not hiding:
            await send(message)

    return rewrite
