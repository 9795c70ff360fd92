"""Run a command under ``strace`` and read which network addresses it tried to reach.

Every ``connect``, ``sendto``, ``sendmsg`` and ``sendmmsg`` of the process, its threads and its
children (``-f``) is recorded, whatever library or language makes it: Python sockets, a C++
telemetry thread, the C resolver. An attempt is *outbound* when it names an internet address
that is not loopback, or any address on port 53 (a name look-up, even through a resolver on
loopback, means something wanted to reach a host by name).
"""

from __future__ import annotations

import ipaddress
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SYSCALLS = "connect,sendto,sendmsg,sendmmsg"
DNS_PORT = 53
_CALL = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\(")
_INET = re.compile(r"sa_family=AF_INET6?\b")
_ADDRESS = re.compile(
    r"sin6?_port=htons\((?P<port>\d+)\).*?"
    r"(?:sin_addr=inet_addr\(\"(?P<v4>[^\"]+)\"\)|inet_pton\(AF_INET6, \"(?P<v6>[^\"]+)\")"
)


@dataclass(frozen=True)
class Attempt:
    """One address a traced process tried to reach."""

    call: str
    host: str
    port: int
    line: str

    @property
    def outbound(self) -> bool:
        """True for a look-up (port 53) or any host that is not loopback."""
        return self.port == DNS_PORT or not is_loopback(self.host)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback (``::ffff:127.0.0.1``)."""
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return bool(address.is_loopback or (mapped is not None and mapped.is_loopback))


def attempts(trace: str) -> list[Attempt]:
    """Every internet address in the trace's network calls, in order.

    A call whose internet address the pattern cannot read is kept as host ``"?"`` (never
    loopback), so an unfamiliar format fails the check instead of passing it.
    """
    found = []
    for line in trace.splitlines():
        call = _CALL.search(line)
        if call is None or not _INET.search(line):
            continue
        parsed = list(_ADDRESS.finditer(line))
        if not parsed:
            found.append(Attempt(call.group(1), "?", 0, line))
        for match in parsed:
            host = match.group("v4") or match.group("v6") or "?"
            found.append(Attempt(call.group(1), host, int(match.group("port")), line))
    return found


def strace_path() -> str:
    """The strace binary; fails with how to install it (``make test`` does)."""
    path = shutil.which("strace")
    if path is None:
        raise AssertionError(
            "strace is not installed: run `make strace` (or `apt-get install strace`); "
            "`make test` installs it"
        )
    return path


def traced(
    argv: Sequence[str], log: Path, *, env: Mapping[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` under strace, writing the trace to ``log``."""
    command = [strace_path(), "-f", "-qq", "-e", f"trace={SYSCALLS}", "-o", str(log), *argv]
    return subprocess.run(
        command, env=dict(env), capture_output=True, text=True, timeout=timeout, check=False
    )
