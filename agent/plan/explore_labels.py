"""What tells the options apart, and how each one's income compares with today's.

A label names what distinguishes an option from the others shown with it (its anchor, a
stream only some options have, a role, the hours planned, the anchor's share), never the
allocation style alone. A reason says each share against today's revenue: "'Clinic' anchors
30 % of the target income; today it earns 82 % of your income".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from agent.plan.explore_parts import Source
from agent.plan.findings import fmt

#: At most this many distinctions make a label.
MAX_PARTS = 3


class _Stream(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def target_hours(self) -> float: ...
    @property
    def target_income_share(self) -> float: ...


class _Option(Protocol):
    @property
    def style(self) -> str: ...
    @property
    def streams(self) -> Sequence[_Stream]: ...


def _features(option: _Option) -> list[tuple[str, str]]:
    """(kind, words) pairs, in the order a label prefers them."""
    anchor = next((s for s in option.streams if s.role == "anchor"), None)
    found = []
    if anchor is not None:
        found.append(("anchor", f"{anchor.name} as anchor"))
    found += [("member", s.name) for s in option.streams]
    found += [("role", f"{s.name} as {_role(s.role)}") for s in option.streams]
    hours = sum(s.target_hours for s in option.streams)
    found.append(("hours", f"{fmt(hours)} h a week planned"))
    if anchor is not None:
        found.append(("share", f"the anchor at {fmt(anchor.target_income_share)} % of income"))
    found += [
        ("split", f"{s.name} at {fmt(s.target_hours)} h and {fmt(s.target_income_share)} %")
        for s in option.streams
        if s.role != "anchor"
    ]
    return found


def _role(role: str) -> str:
    return {"client": "client work", "seed": "a seed"}.get(role, role)


def label_options(options: Sequence[_Option]) -> list[str]:
    """A label per option, naming what sets it apart from the others listed with it."""
    if len(options) == 1:
        said = [w for kind, w in _features(options[0]) if kind in {"anchor", "hours"}]
        return [_sentence(said)]
    features = [_features(o) for o in options]
    names = [{s.name for s in o.streams} for o in options]
    everyone = set.intersection(*names) if names else set()
    labels = []
    for i, own in enumerate(features):
        others = [set(f) for j, f in enumerate(features) if j != i]
        parts: list[str] = []
        for kind, words in own:
            if kind in {"role", "split"} and words.split(" a")[0] not in everyone:
                continue  # said by the stream being there at all
            if others and all((kind, words) in o for o in others):
                continue
            if kind == "member":
                words = f"with {words}"
            parts.append(words)
            if len(parts) == MAX_PARTS:
                break
        missing = sorted(set.union(*names) - names[i]) if names else []
        if missing and len(parts) < MAX_PARTS:
            parts.append("without " + " and ".join(missing[:2]))
        labels.append(_sentence(parts) or f"the {options[i].style} mix")
    return _unique(labels, options)


def _sentence(parts: list[str]) -> str:
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _unique(labels: list[str], options: Sequence[_Option]) -> list[str]:
    """Labels that are still alike get the allocation style after them."""
    return [
        f"{label} ({o.style})" if labels.count(label) > 1 else label
        for label, o in zip(labels, options, strict=True)
    ]


def share_today(name: str, target: float, revenue: float, total: float, *, anchor: bool) -> str:
    """One stream's income target beside its share of today's revenue."""
    verb = "anchors" if anchor else "takes"
    said = f"{name!r} {verb} {fmt(target)} % of the target income"
    if total <= 0:
        return said
    if revenue <= 0:
        return said + "; today it earns nothing"
    return said + f"; today it earns {100 * revenue / total:.0f} % of your income"


def with_hours(srcs: Sequence[Source], hours: Mapping[str, float]) -> list[Source]:
    """The sources with the hours the person set (by name) fixed on them."""
    wanted = {name.strip().casefold(): h for name, h in hours.items() if h > 0}
    return [
        replace(s, hours=wanted[s.name.casefold()], fixed=True)
        if s.name.casefold() in wanted
        else s
        for s in srcs
    ]


def income_bits(
    srcs: Sequence[Source], members: Sequence[tuple[int, str]], targets: Sequence[float]
) -> list[str]:
    """The anchor's target share beside its share of today's revenue, and the other stream
    whose target moves furthest from what it earns today."""
    total = sum(s.revenue for s in srcs)
    shares = list(zip(members, targets, strict=True))
    (anchor_index, _), anchor_share = shares[0]
    anchor = srcs[anchor_index]
    bits = [share_today(anchor.name, anchor_share, anchor.revenue, total, anchor=True)]
    if total > 0 and len(shares) > 1:
        (i, _), share = max(
            shares[1:], key=lambda m: abs(m[1] - 100 * srcs[m[0][0]].revenue / total)
        )
        bits.append(share_today(srcs[i].name, share, srcs[i].revenue, total, anchor=False))
    return bits
