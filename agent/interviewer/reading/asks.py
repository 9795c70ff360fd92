"""What a question's id says: its kind and the work it is about.

A question about one piece of work is ``act:<field>:<work>`` (``act:hours:Teaching``), and the
work's name may itself hold a colon; every other question is its own kind (``capacity``,
``streams``). These are the only functions that take an id apart.
"""

from __future__ import annotations

_ACTIVITY = "act:"


def kind(ask: str) -> str:
    """The question's kind: ``act:hours`` for ``act:hours:Teaching``; any other id itself."""
    return ":".join(ask.split(":", 2)[:2]) if ask.startswith(_ACTIVITY) else ask


def field(ask: str) -> str:
    """The field a question about one piece of work asks (``hours``), or ``''``."""
    return ask.split(":", 2)[1] if ask.startswith(_ACTIVITY) else ""


def work(ask: str) -> str:
    """The work a question about one piece of work names (``Teaching``), or ``''``."""
    parts = ask.split(":", 2)
    return parts[2] if ask.startswith(_ACTIVITY) and len(parts) == 3 else ""
