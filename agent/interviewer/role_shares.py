"""The income shares that go with a new anchor named in a change of roles (pure).

"Make the DJ sets the anchor, forklift client" asks for a new anchor; the rules want the
anchor to carry the largest income share (PC003), and the shares on the table are the
interviewer's own proposal, not figures the person said. So the new anchor takes the share
the old anchor had, and the old anchor takes the new one's: the roles change as asked instead
of being refused for a share nobody chose. Shares the change does not touch stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def swapped(roles: dict[str, str], before: dict[str, tuple[str, float]]) -> dict[str, float]:
    """New income shares by stream name when ``roles`` (new role by name) move the anchor from
    one stream of ``before`` (role and share by name) to another with a smaller share; else
    empty."""
    new = next((n for n, r in roles.items() if r == "anchor" and n in before), None)
    old = next((n for n, (r, _) in before.items() if r == "anchor" and n != new), None)
    if new is None or old is None or roles.get(old, "anchor") == "anchor":
        return {}
    if before[new][1] >= before[old][1]:
        return {}
    return {new: before[old][1], old: before[new][1]}


def said(shares: dict[str, float]) -> str:
    """The shares moved, in words ("DJ sets now aims at 65 % of income, Forklift 20 %")."""
    parts = [f"{name} {share:g} %" for name, share in shares.items()]
    return (
        "; the anchor carries the largest income share, so the shares moved with the "
        f"roles: {', '.join(parts)}"
    )


def anchor_lost(before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]) -> bool:
    """Whether a change takes the anchor role from the proposal's streams and gives it to none
    ("make the bikes the anchor, porter a seed" with only the porter's change understood)."""
    return any(s.get("role") == "anchor" for s in before) and not any(
        s.get("role") == "anchor" for s in after
    )


def no_anchor_note(streams: Sequence[Mapping[str, Any]]) -> str:
    """What to say when a change would leave ``streams`` (name and role of each, the anchor
    among them) with no anchor: nothing changes, since a plan with no anchor cannot be
    finished (PC002) and half of an order is never applied; the person names the anchor."""
    anchor = next(str(s["name"]) for s in streams if s.get("role") == "anchor")
    others = [str(s["name"]) for s in streams if s.get("role") != "anchor"]
    hint = f", e.g. 'make {others[0]} the anchor and {anchor} a seed'" if others else ""
    return (
        f"That would leave no anchor ({anchor} is the anchor now), and the plan needs one, "
        "so I've changed nothing. Which stream should be the anchor? Name it as it is "
        f"written{hint}."
    )
