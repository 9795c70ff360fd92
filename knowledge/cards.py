"""Guidance cards: Markdown files with YAML front matter, cut into passages by ``##`` heading.

A card's front matter gives ``id``, ``title``, ``roles``, ``contexts``, ``stage``, ``tags``,
``credit``, ``summary`` (the card's answer in two or three sentences, quoted in the chat) and
``asks``: questions a person would type when the card is what they need. Each ask is embedded
as its own record pointing at the card (hypothetical questions, after the doc2query idea), so a
user's question is compared with questions as well as with prose.

Chroma metadata must be scalar, so roles and contexts become one boolean per value
(``role_anchor``, ``ctx_caregiver`` ...), which keeps the filters plain equality tests.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

#: libyaml's safe loader when PyYAML was built with it (same rules, many times faster).
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROLES = ("anchor", "client", "leverage", "seed")
CONTEXTS = ("corporate", "government", "activist", "tech", "caregiver", "general")
STAGES = (
    "basics", "motivation", "capacity", "audit", "core-skill", "streams", "allocation",
    "time-blocks", "feedback-loops", "review", "risks", "ai-era", "contexts", "examples", "money",
)  # fmt: skip
#: Bumped when chunking changes, so that every card's digest changes and is re-embedded.
CHUNKER_VERSION = "4"
#: The records stored per card: each section, the whole card (its summary included), its
#: label, and each ask.
KINDS = ("section", "card", "label", "ask")
#: Metadata flag of a card that names no role: it suits every role.
ANY_ROLE = "role_any"

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)
_SECTION = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)
_TITLE = re.compile(r"^#\s+.+$", re.MULTILINE)


class CardError(ValueError):
    """A card file cannot be read; the message names the file and the fix."""


@dataclass(frozen=True)
class Card:
    """One guidance card as written on disk."""

    id: str
    title: str
    stage: str
    body: str
    roles: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ("general",)
    tags: tuple[str, ...] = ()
    credit: str = ""
    summary: str = ""
    asks: tuple[str, ...] = ()
    path: Path | None = None
    digest: str = field(default="", compare=False)


@dataclass(frozen=True)
class Chunk:
    """One passage of a card: the text to embed, the passage to show, and its metadata."""

    id: str
    card_id: str
    heading: str
    passage: str
    text: str
    metadata: dict[str, str | int | float | bool]


def parse_card(text: str, path: Path | None = None) -> Card:
    """Parse one card's Markdown; raises :class:`CardError` saying what to fix.

    Parsed cards are remembered by text and path: each session's store reads the corpus to
    check it is current and to build its lexical index, and YAML parsing was most of that.
    """
    return _parse_card(text, path)


@lru_cache(maxsize=512)
def _parse_card(text: str, path: Path | None) -> Card:
    where = str(path) if path else "card"
    match = _FRONT.match(text)
    if not match:
        raise CardError(f"{where}: no front matter; start the file with '---', YAML, '---'")
    try:
        meta = yaml.load(match.group(1), Loader=_SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        raise CardError(f"{where}: front matter is not valid YAML ({exc}); fix the YAML") from exc
    if not isinstance(meta, dict):
        raise CardError(f"{where}: front matter must be a mapping of keys to values")
    for key in ("id", "title", "stage"):
        if not meta.get(key):
            raise CardError(f"{where}: front matter lacks '{key}'; add it")
    return Card(
        id=str(meta["id"]),
        title=str(meta["title"]),
        stage=str(meta["stage"]),
        body=match.group(2).strip(),
        roles=_names(meta.get("roles"), ROLES, "roles", where),
        contexts=_names(meta.get("contexts"), CONTEXTS, "contexts", where) or ("general",),
        tags=tuple(str(t) for t in _as_list(meta.get("tags"))),
        credit=str(meta.get("credit") or ""),
        summary=_summary(meta.get("summary"), where),
        asks=_asks(meta.get("asks"), where),
        path=path,
        digest=hashlib.sha256((CHUNKER_VERSION + text).encode("utf-8")).hexdigest()[:16],
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _asks(value: Any, where: str) -> tuple[str, ...]:
    asks = _as_list(value)
    if any(not isinstance(a, str) or not a.strip() for a in asks):
        raise CardError(f"{where}: every entry of 'asks' must be a non-empty question in quotes")
    return tuple(" ".join(a.split()) for a in asks)


def _summary(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CardError(f"{where}: 'summary' must be two or three sentences of text in quotes")
    return " ".join(value.split())


def _names(value: Any, allowed: Sequence[str], key: str, where: str) -> tuple[str, ...]:
    names = tuple(str(v).strip().lower() for v in _as_list(value))
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise CardError(f"{where}: unknown {key} {unknown}; use any of {list(allowed)}")
    return names


def load_cards(corpus_dir: Path) -> list[Card]:
    """Every ``*.md`` card under ``corpus_dir`` (README files excluded), sorted by id.

    Raises:
        CardError: on an unreadable card or two cards sharing an id.
    """
    cards: dict[str, Card] = {}
    for path in sorted(Path(corpus_dir).rglob("*.md")):
        if path.name.lower() in {"readme.md", "index.md"} or path.name.startswith("_"):
            continue
        card = parse_card(path.read_text(encoding="utf-8"), path)
        if card.id in cards:
            raise CardError(f"{path}: id '{card.id}' is also used by {cards[card.id].path}")
        cards[card.id] = card
    return [cards[key] for key in sorted(cards)]


def sections(card: Card) -> list[tuple[str, str]]:
    """The card's ``(heading, text)`` sections; text before the first ``##`` is 'Overview'."""
    body = _TITLE.sub("", card.body, count=1).strip()
    found = list(_SECTION.finditer(body))
    result: list[tuple[str, str]] = []
    intro = body[: found[0].start()] if found else body
    if intro.strip():
        result.append(("Overview", intro.strip()))
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(body)
        text = body[match.end() : end].strip()
        if text:
            result.append((match.group(1), text))
    return result


def card_metadata(card: Card) -> dict[str, str | int | float | bool]:
    """The scalar metadata every chunk of ``card`` carries."""
    meta: dict[str, str | int | float | bool] = {
        "card_id": card.id,
        "title": card.title,
        "stage": card.stage,
        "credit": card.credit,
        "tags": ",".join(card.tags),
        "digest": card.digest,
        ANY_ROLE: not card.roles,
    }
    meta.update({f"role_{r}": r in card.roles for r in ROLES})
    meta.update({f"ctx_{c}": c in card.contexts for c in CONTEXTS})
    return meta


def card_text(card: Card) -> str:
    """The whole-card view: title, tags, summary and every section (the model cuts it at 256
    tokens)."""
    parts = [f"{card.title}.", f"{', '.join(card.tags)}.", card.summary]
    parts += [f"{heading}. {text}" for heading, text in sections(card)]
    return " ".join(part for part in parts if part)


def plain_text(card: Card) -> str:
    """Everything a reader sees of the card: title, summary and body (not tags or asks)."""
    return f"{card.title}\n{card.summary}\n{card.body}"


def label_text(card: Card) -> str:
    """The label view: what the card is called and tagged."""
    return f"{card.title}. {', '.join(card.tags)}"


def chunk_card(card: Card) -> list[Chunk]:
    """The card's records: one per section (embedded with the card title and heading), then
    the whole card (summary first) and its label, which help a card whose words are spread
    over sections, then one per ask. Records other than sections show the first section as
    their passage; the store replaces it with the card's best section when it returns a hit."""
    base = card_metadata(card)
    parts = sections(card)
    chunks = []
    for index, (heading, passage) in enumerate(parts):
        text = f"{card.title}. {heading}.\n{passage}"
        meta = {**base, "heading": heading, "chunk": index, "kind": "section"}
        chunks.append(Chunk(f"{card.id}#{index}", card.id, heading, passage, text, meta))
    first = parts[0] if parts else ("Overview", card.title)
    for kind, text in (("card", card_text(card)), ("label", label_text(card))):
        meta = {**base, "heading": first[0], "chunk": -1, "kind": kind}
        chunks.append(Chunk(f"{card.id}#{kind}", card.id, first[0], first[1], text, meta))
    for index, ask in enumerate(card.asks):
        meta = {**base, "heading": first[0], "chunk": -1, "kind": "ask"}
        chunks.append(Chunk(f"{card.id}#ask{index}", card.id, first[0], first[1], ask, meta))
    return chunks


def chunk_cards(cards: Iterable[Card]) -> list[Chunk]:
    """All chunks of ``cards`` in order."""
    return [chunk for card in cards for chunk in chunk_card(card)]
