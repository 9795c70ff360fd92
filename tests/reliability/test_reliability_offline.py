"""Offline mode opens no connection beyond this machine, and looks up no host name.

The whole product runs in a child process under ``strace -f`` (``offline_flow.py``): ingest,
a guided conversation, a CV audit (itself in a grandchild), every export, the commands, a turn
against an endpoint on loopback, and the web app serving its page, a conversation, a CV upload
and the downloads. Every ``connect``/``sendto``/``sendmsg``/``sendmmsg`` of every thread and
child is read back from the trace: any internet address that is not loopback, and anything
sent to port 53 (a name look-up), fails the test. The child starts without the offline
variables (or any other telemetry switch) in its environment, so what is checked is what the
product switches off itself.
(The suite's conftest guard also refuses non-loopback ``socket.connect`` in every test.)
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from pathlib import Path

import pytest
from syscall_trace import Attempt, attempts, is_loopback, traced

from agent.settings import OFFLINE_ENVIRONMENT

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FLOW_TIMEOUT_S = 900


#: Variables that switch telemetry or downloads off; none reaches the flow from outside.
SWITCHES = re.compile(r"TELEMETRY|OFFLINE|ANALYTICS|TRACK", re.IGNORECASE)


def _child_environment() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in OFFLINE_ENVIRONMENT and not SWITCHES.search(k)
    }
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _report(result: object, found: list[Attempt]) -> str:
    out = getattr(result, "stdout", "")[-3000:]
    err = getattr(result, "stderr", "")[-3000:]
    lines = "\n".join(a.line[:240] for a in found[:20])
    return f"stdout:\n{out}\nstderr:\n{err}\nattempts:\n{lines}"


def test_the_whole_flow_under_strace_reaches_nothing_but_loopback(tmp_path: Path) -> None:
    log = tmp_path / "trace.txt"
    flow = [sys.executable, str(HERE / "offline_flow.py"), str(tmp_path / "flow")]
    result = traced(flow, log, env=_child_environment(), timeout=FLOW_TIMEOUT_S)
    seen = attempts(log.read_text(errors="replace"))
    assert result.returncode == 0 and "flow complete" in result.stdout, _report(result, seen)
    outbound = [a for a in seen if a.outbound]
    assert outbound == [], _report(result, outbound)
    # The trace did see the process's own traffic: the app and the endpoint, on loopback.
    loopback_ports = {a.port for a in seen if a.call == "connect" and is_loopback(a.host)}
    assert len(loopback_ports) >= 2, _report(result, seen)


REACHING_OUT = textwrap.dedent(
    """
    import socket, subprocess, sys

    CHILD = '''
    import socket
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setblocking(False)
    try:
        tcp.connect(("192.0.2.1", 9))  # TEST-NET-1: documentation only, never routed
    except OSError:
        pass
    dns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    dns.sendto(bytes(12), ("127.0.0.1", 53))  # a DNS header to a resolver on loopback
    '''
    listener = socket.create_server(("127.0.0.1", 0))
    here = socket.create_connection(listener.getsockname())  # plain loopback: allowed
    subprocess.run([sys.executable, "-c", CHILD], check=True)
    print("done")
    """
)


def test_the_trace_catches_a_child_process_that_reaches_out(tmp_path: Path) -> None:
    log = tmp_path / "trace.txt"
    result = traced([sys.executable, "-c", REACHING_OUT], log, env=_child_environment(),
                    timeout=120)  # fmt: skip
    seen = attempts(log.read_text(errors="replace"))
    assert result.returncode == 0 and "done" in result.stdout, _report(result, seen)
    outbound = {(a.host, a.port) for a in seen if a.outbound}
    assert outbound == {("192.0.2.1", 9), ("127.0.0.1", 53)}, _report(result, seen)
    allowed = [a for a in seen if not a.outbound]
    assert [a.host for a in allowed] == ["127.0.0.1"], _report(result, seen)
    # The two kinds come from different processes: the trace follows children (-f).
    pids = {a.line.split()[0] for a in seen}
    assert len(pids) == 2, _report(result, seen)


TRACE_LINES = {
    "v4-loopback": (
        '7 connect(3, {sa_family=AF_INET, sin_port=htons(7860), sin_addr=inet_addr("127.0.0.1")}'
        ", 16) = 0",
        [("127.0.0.1", 7860, False)],
    ),
    "v4-remote": (
        '7 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("13.69.1.2")}'
        ", 16) = -1 EINPROGRESS (Operation now in progress)",
        [("13.69.1.2", 443, True)],
    ),
    "dns-to-the-resolver": (
        '8 connect(8, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}'
        ", 16) = 0",
        [("127.0.0.53", 53, True)],
    ),
    "v6-loopback": (
        "9 connect(4, {sa_family=AF_INET6, sin6_port=htons(8000), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
        [("::1", 8000, False)],
    ),
    "v6-mapped-loopback": (
        "9 connect(4, {sa_family=AF_INET6, sin6_port=htons(8000), sin6_flowinfo=htonl(0), "
        'inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
        [("::ffff:127.0.0.1", 8000, False)],
    ),
    "v6-remote-sendto": (
        '9 sendto(5, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(123), sin6_flowinfo='
        'htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = 1',
        [("2001:db8::1", 123, True)],
    ),
    "sendmmsg-two-queries": (
        "9 sendmmsg(5, [{msg_hdr={msg_name={sa_family=AF_INET, sin_port=htons(53), "
        'sin_addr=inet_addr("10.0.0.2")}, ...}}, {msg_hdr={msg_name={sa_family=AF_INET, '
        'sin_port=htons(53), sin_addr=inet_addr("10.0.0.3")}, ...}}], 2, 0) = 2',
        [("10.0.0.2", 53, True), ("10.0.0.3", 53, True)],
    ),
    "unreadable-inet-address": (
        "9 connect(4, {sa_family=AF_INET, sa_data=...}, 16) = 0",
        [("?", 0, True)],
    ),
    "unix-socket": ('9 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/x"}, 110) = 0', []),
    "netlink": (
        "9 sendto(3, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR}], 20, 0, "
        "{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20",
        [],
    ),
    "connected-socket-send": ('9 sendto(8, "x", 1, MSG_NOSIGNAL, NULL, 0) = 1', []),
}


@pytest.mark.parametrize("case", sorted(TRACE_LINES))
def test_trace_lines_are_read_as_the_address_they_reach(case: str) -> None:
    line, expected = TRACE_LINES[case]
    assert [(a.host, a.port, a.outbound) for a in attempts(line)] == expected


def test_the_offline_variables_include_onnxruntime_telemetry() -> None:
    assert OFFLINE_ENVIRONMENT["ORT_DISABLE_TELEMETRY"] == "1"
    makefile = (REPO / "Makefile").read_text()
    assert "export ORT_DISABLE_TELEMETRY := 1" in makefile
