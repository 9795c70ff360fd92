"""Shared risk factors heard in what the person says, offered back as one yes/no question
(pure: no LangChain).

"Both my contracts are with the council" names one funder behind two activities: the
interviewer asks "... Shall I note that they share this risk? (yes/no)" and a yes records the
factor on each (``add_risk_factor``). Precision first, so only what is said plainly counts:

- a factor comes from a short closed list: a client or funder said after "with", "for",
  "from", "by", "funded by" or "paid by" and ending in an organisation word (council,
  university, trust...); a platform by name (Etsy, Upwork...); a season ("summer",
  "school holidays"); a sector from a list ("higher education", "hospitality"...);
- it is offered only when it can be placed on **two or more** of the plan's activities (or
  streams, once there are any): named in the message, or said as "both my contracts" / "all my
  classes" when exactly those activities carry that word; a factor nobody shares is not asked;
- a factor already recorded there is not asked again. Nothing is stored without a yes.

The dialog manager calls :func:`offer` on its decision; see docs/interviewer.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from agent.interviewer import names
from agent.interviewer.flow import call
from agent.plan.factors import KIND_WORDS, factor_key
from agent.plan.models import FactorKind, Plan, RiskFactor

_ORG_WORDS = (
    "council|university|uni|college|school|academy|trust|nhs|hospital|charity|foundation|"
    "agency|ministry|department|authority|federation|union|association|board|bank|group"
)
#: Words that link a name to the sentence, never part of it ("paid for by the council").
_LINKS = "(?:with|for|from|by|through|the|a|an|paid|funded|and|or)"
_CLIENT = re.compile(
    rf"\b(?:with|for|from|by|funded by|paid by|through)\s+(?P<the>the\s+|a\s+)?"
    rf"(?P<org>(?:(?!{_LINKS}\b)[a-z][\w&'-]*\s+){{0,3}}?(?:{_ORG_WORDS})(?:\s+(?:{_ORG_WORDS}))*)\b",
    re.IGNORECASE,
)
PLATFORMS = (
    "Etsy", "Upwork", "Fiverr", "YouTube", "Patreon", "Substack", "Udemy", "Teachable",
    "Skillshare", "Amazon KDP", "eBay", "Shopify", "Instagram", "TikTok", "Twitch", "Airbnb",
    "Uber", "Deliveroo", "Tutorful", "Superprof", "Spotify", "Medium", "Gumroad", "Vinted",
    "Depop", "Kickstarter", "Coursera", "LinkedIn",
)  # fmt: skip
SEASONS = {
    "summer": "summer", "winter": "winter", "spring": "spring", "autumn": "autumn",
    "christmas": "Christmas", "school holidays": "school holidays", "term time": "term time",
    "tourist season": "tourist season", "wedding season": "wedding season",
    "festival season": "festival season",
}  # fmt: skip
SECTORS = (
    "higher education", "further education", "public sector", "local government",
    "hospitality", "retail", "construction", "the arts", "charity sector", "tech sector",
    "film industry", "music industry", "publishing", "healthcare",
)  # fmt: skip
_SHARED = re.compile(r"\b(?:both|all|each|every)\s+(?:of\s+)?(?:my|our|the)?\s*(?P<noun>[a-z]+)")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_SEASON_CUE = re.compile(r"\b(?:in|during|over|only|every|each|through)\s+(?:the\s+)?$")


class _Decision(Protocol):
    """What :func:`offer` needs of the dialog manager's decision."""

    defer: bool
    undo: bool
    skip: bool
    reply: str
    confirm: list[dict[str, Any]]

    @property
    def acts(self) -> bool:
        """True when the decision changes, proposes or asks something."""


D = TypeVar("D", bound=_Decision)


@dataclass(frozen=True)
class Heard:
    """A factor said in the message, with the word it was said by."""

    factor: RiskFactor
    said: str


def heard(text: str) -> list[Heard]:
    """The factors a message names (at most one per kind), in kind order."""
    low = text.casefold()
    found: dict[FactorKind, Heard] = {}
    client = _CLIENT.search(text)
    if client:
        org = re.sub(r"^(?:my|our|their)\s+", "", client.group("org").strip(), flags=re.I)
        if (client.group("the") or "").strip().casefold() == "the" and org[:1].islower():
            org = f"the {org}"  # "the council" reads better than "council"; the key drops it
        found["client"] = Heard(RiskFactor(kind="client", label=org), client.group(0))
    for platform in PLATFORMS:
        if re.search(rf"\b{re.escape(platform.casefold())}\b", low):
            found["platform"] = Heard(RiskFactor(kind="platform", label=platform), platform)
            break
    for word, label in SEASONS.items():
        where = re.search(rf"\b{word}\b", low)
        if where and _SEASON_CUE.search(low[: where.start()]):
            found["season"] = Heard(RiskFactor(kind="season", label=label), word)
            break
    inside = client.span("org") if client else (0, 0)
    for sector in SECTORS:
        where = re.search(rf"\b{re.escape(sector)}\b", low)
        if where and not inside[0] <= where.end() - 1 < inside[1]:  # not "the Arts Council"
            label = sector.removeprefix("the ")
            found["sector"] = Heard(RiskFactor(kind="sector", label=label), sector)
            break
    return list(found.values())


def _mentioned(text: str, known: list[str]) -> list[str]:
    """Known names said in the message: it holds a word of four letters or more that only
    that name has ("the training contract" is 'Council training contract' beside 'Council
    youth contract'; "the hospital" is 'Hospital nursing'). The question back names them, so
    a wrong guess costs a "no", never a stored factor."""
    said = names.words(text)
    found = []
    for name in known:
        others = set().union(*(names.words(k) for k in known if k != name))
        own = {w for w in names.words(name) - others if len(w) >= 4}
        if own & said:
            found.append(name)
    return found


def _by_noun(text: str, known: list[str]) -> list[str]:
    """'both my contracts': the known names that carry that word (exactly two for 'both')."""
    match = _SHARED.search(text.casefold())
    if match is None:
        return []
    noun = names.words(match.group("noun"))
    if not noun:
        return []
    carrying = [k for k in known if noun <= names.words(k)]
    wanted_two = match.group(0).startswith("both")
    return carrying if (len(carrying) == 2 or not wanted_two) else []


def _subjects(text: str, plan: Plan) -> tuple[str, list[str]]:
    """('stream' or 'activity', the names the factor goes on)."""
    kind, known = (
        ("stream", [s.name for s in plan.streams])
        if plan.streams
        else ("activity", [a.name for a in plan.activities])
    )
    found = _mentioned(text, known)
    if len(found) < 2:
        found = _by_noun(text, known)
    return kind, found


def _call(plan: Plan, kind: str, name: str, factor: RiskFactor) -> dict[str, Any] | None:
    """The add_risk_factor call for one name, or None when it is recorded there already."""
    if kind == "stream":
        stream = next(s for s in plan.streams if s.name == name)
        if factor_key(factor) in {factor_key(f) for f in stream.factors}:
            return None
        return call("add_risk_factor", kind=factor.kind, label=factor.label, stream_id=stream.id)
    activity = next(a for a in plan.activities if a.name == name)
    if factor_key(factor) in {factor_key(f) for f in activity.factors}:
        return None
    return call("add_risk_factor", kind=factor.kind, label=factor.label, activity=name)


def questions(text: str, plan: Plan) -> list[dict[str, Any]]:
    """Questions back (the dialog manager's ``confirm`` items) for the shared factors said,
    each read within its own sentence (the rest of a message is about other things)."""
    items: list[dict[str, Any]] = []
    for sentence in _SENTENCE.split(text):
        items += [i for i in _sentence_questions(sentence, plan) if i not in items]
    return items


def _sentence_questions(text: str, plan: Plan) -> list[dict[str, Any]]:
    if not text.strip():
        return []
    kind, subjects = _subjects(text, plan)
    if len(subjects) < 2:
        return []
    items = []
    for h in heard(text):
        calls = [c for name in subjects if (c := _call(plan, kind, name, h.factor)) is not None]
        if len(calls) < 2:
            continue
        listed = ", ".join(repr(n) for n in subjects[:-1]) + f" and {subjects[-1]!r}"
        every = "both" if len(subjects) == 2 else "all"
        say = (
            f"So {listed} {every} depend on {h.factor.label} ({KIND_WORDS[h.factor.kind]}): "
            "one event there would stop them together. Shall I note that they share this risk?"
        )
        items.append({"say": say, "calls": calls, "settle": [], "fields": []})
    return items


def offer(decision: D, text: str, plan: Plan, quiet: frozenset[str]) -> D:
    """The dialog manager's decision with the shared factors heard in ``text`` asked back.

    Left as it is when the message is handled by its own step (``defer``), takes something
    back, or skips. ``quiet`` are replies that only say nothing was recorded: they give way to
    the question.
    """
    if decision.defer or decision.undo or (decision.skip and not decision.acts):
        return decision
    items = questions(text, plan)
    if not items:
        return decision
    decision.confirm += items
    if decision.reply in quiet:
        decision.reply = ""
    return decision


def recorded(args: dict[str, Any]) -> str:
    """The line said once a factor is recorded: "the council (client or funder) for 'X'"."""
    where = args.get("activity") or args.get("stream_id") or "?"
    kind = KIND_WORDS.get(str(args.get("kind")), str(args.get("kind")))
    return f"{args.get('label')} ({kind}) for {where!r}"
