"""``portfolio-planner chat``: the same agent in a terminal, one line per message.

Works with a pipe on stdin (tests feed it lines). Commands: ``/undo``, ``/plan``, ``/check``,
``/export FORMAT``, ``/quit``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

HELP = "chat in the terminal"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the chat command."""
    parser.add_argument("--session", metavar="ID", help="resume a stored session by its id")
    parser.add_argument("--list", action="store_true", help="list stored sessions and exit")
    parser.add_argument("--delete", metavar="ID", help="forget a stored session and exit")


def run(args: argparse.Namespace) -> int:
    """Run the chat until end of input or ``/quit``."""
    from agent.models import ModelConfigError, check_model_settings
    from agent.session import PlannerSession
    from agent.settings import get_settings
    from agent.store import SessionNotFoundError, StoreUnavailableError, open_store

    settings = get_settings()
    try:
        store = open_store(settings)
    except StoreUnavailableError as exc:
        print(f"error: {exc}.", file=sys.stderr)
        return 2
    if args.list:
        for info in store.list_sessions():
            print(f"{info.id}  updated {info.updated}  {info.events} changes")
        return 0
    if args.delete:
        found = store.delete(args.delete)
        print("Session deleted." if found else f"No session with id {args.delete!r}.")
        return 0 if found else 1
    try:
        check_model_settings(settings)
        if args.session:
            session = PlannerSession.resume(args.session, settings, store=store)
        else:
            session = PlannerSession.create(settings, store=store)
        label = session.model_label
    except (SessionNotFoundError, ModelConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return _loop(session, label, sys.stdin, sys.stdout)


def _loop(session: Any, label: str, stdin: TextIO, out: TextIO) -> int:
    print(f"{label}. Session {session.id} (resume with --session {session.id}).", file=out)
    print("Type your answers; /undo, /plan, /check, /export FORMAT, /quit.", file=out)
    # The interviewer speaks first; a resumed conversation shows where it stands.
    opening = session.start() or next(
        (m["content"] for m in reversed(session.history) if m["role"] == "assistant"), ""
    )
    print(opening, file=out, flush=True)
    for line in stdin:
        text = line.rstrip("\n")
        if text.strip() == "/quit":
            break
        if text.startswith("/") and _command(session, text.strip(), out):
            continue
        for event in session.turn(text):
            _show(event, out)
        out.flush()
    return 0


def _command(session: Any, text: str, out: TextIO) -> bool:
    name, _, rest = text.partition(" ")
    if name == "/undo":
        outcome = session.undo()
        print("Undone." if outcome.accepted else "Nothing to undo.", file=out)
    elif name == "/plan":
        print(session.plan_json(), file=out)
        _not_given(session, out)
    elif name == "/check":
        findings, missing, _scores = session.check(final=True)
        for f in findings:
            print(f"{f.code} {f.severity}: {f.message} Fix: {f.fix}", file=out)
        print(f"{len(missing)} item(s) missing.", file=out)
    elif name == "/export":
        try:
            print(f"Written: {session.export(rest.strip() or 'markdown')}", file=out)
        except ValueError as exc:
            print(f"error: {exc}", file=out)
    else:
        return False
    out.flush()
    return True


def _not_given(session: Any, out: TextIO) -> None:
    """Name the activity fields the JSON shows with a default because nobody answered them."""
    from agent.plan.exports.text import not_given

    missing = not_given(session.plan)
    if missing:
        print("Not known yet (the JSON holds a default there): " + "; ".join(missing), file=out)


def _show(event: Any, out: TextIO) -> None:
    if event.kind == "tool_call":
        print(f"  [{event.text}]", file=out)
    elif event.kind == "tool_result" and event.data.get("status") == "refused":
        print(f"  [refused: {', '.join(event.data.get('codes', []))}]", file=out)
    elif event.kind == "notice" and event.text:
        print(f"  ({event.text})", file=out)
    elif event.kind == "final":
        print(event.text, file=out)
