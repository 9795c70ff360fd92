"""The guidance corpus: card format, summaries, coverage and originality against the seeds.
The retrieval question sets are checked in test_knowledge_retrieval_sets.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "knowledge" / "corpus"

ROLES = {"anchor", "client", "leverage", "seed"}
CONTEXTS = {"corporate", "government", "activist", "tech", "caregiver", "general"}
STAGES = {
    "basics",
    "motivation",
    "capacity",
    "audit",
    "core-skill",
    "streams",
    "allocation",
    "time-blocks",
    "feedback-loops",
    "review",
    "risks",
    "ai-era",
    "contexts",
    "examples",
    "money",
}
FIELDS = {"id", "title", "roles", "contexts", "stage", "tags", "credit", "summary", "asks"}
#: How many questions in users' words each card lists under ``asks``.
MIN_ASKS, MAX_ASKS = 5, 12
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHINGLE = 12


def _split(path: Path) -> tuple[dict[str, Any], str]:
    """Return a card's front matter and body; fail with the file name if it has none."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    assert match, f"{path.name}: no front matter; start the file with a '---' block"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match.group(2)


def _cards() -> list[Path]:
    return sorted(CORPUS.glob("*.md"))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_corpus_has_enough_cards() -> None:
    assert len(_cards()) >= 40, f"only {len(_cards())} cards in {CORPUS}"


@pytest.mark.parametrize("path", _cards(), ids=lambda p: p.stem)
def test_card_front_matter_is_valid(path: Path) -> None:
    meta, _ = _split(path)
    assert set(meta) == FIELDS, f"{path.name}: fields {sorted(meta)}, expected {sorted(FIELDS)}"
    assert meta["id"] == path.stem, f"{path.name}: id {meta['id']!r} differs from file name"
    assert ID_PATTERN.match(meta["id"]), f"{path.name}: id must be lowercase-hyphenated"
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert isinstance(meta["roles"], list) and set(meta["roles"]) <= ROLES, path.name
    assert isinstance(meta["contexts"], list) and meta["contexts"], path.name
    assert set(meta["contexts"]) <= CONTEXTS, f"{path.name}: contexts {meta['contexts']}"
    assert meta["stage"] in STAGES, f"{path.name}: stage {meta['stage']!r} not in {STAGES}"
    assert isinstance(meta["tags"], list) and meta["tags"], f"{path.name}: add some tags"
    assert isinstance(meta["credit"], str) and meta["credit"].strip(), path.name


@pytest.mark.parametrize("path", _cards(), ids=lambda p: p.stem)
def test_card_body_has_sections_and_fits_length(path: Path) -> None:
    meta, body = _split(path)
    headings = re.findall(r"^## \S", body, re.MULTILINE)
    assert 2 <= len(headings) <= 4, f"{path.name}: {len(headings)} '##' sections, want 2-4"
    assert body.lstrip().startswith(f"# {meta['title']}"), f"{path.name}: open with '# title'"
    count = len(body.split())
    assert 150 <= count <= 400, f"{path.name}: {count} words, want 150-400"


@pytest.mark.parametrize("path", _cards(), ids=lambda p: p.stem)
def test_card_summary_answers_in_two_or_three_sentences(path: Path) -> None:
    summary = _split(path)[0]["summary"]
    assert isinstance(summary, str), f"{path.name}: 'summary' must be text"
    sentences = re.findall(r"[.!?](?=\s|$)", summary.strip())
    count = len(sentences)
    assert 2 <= count <= 3, f"{path.name}: summary has {count} sentences, want 2-3"
    words = len(summary.split())
    assert 30 <= words <= 80, f"{path.name}: summary has {words} words, want 30-80"


@pytest.mark.parametrize("path", _cards(), ids=lambda p: p.stem)
def test_card_asks_are_five_to_eight_distinct_questions(path: Path) -> None:
    asks = _split(path)[0]["asks"]
    assert isinstance(asks, list), f"{path.name}: 'asks' must be a list of questions"
    assert MIN_ASKS <= len(asks) <= MAX_ASKS, f"{path.name}: {len(asks)} asks, want 5-8"
    for ask in asks:
        assert isinstance(ask, str) and ask.strip(), f"{path.name}: empty or non-text ask {ask!r}"
    assert len({a.strip().lower() for a in asks}) == len(asks), f"{path.name}: repeated ask"


def test_no_two_cards_share_an_ask() -> None:
    owner: dict[str, str] = {}
    for path in _cards():
        for ask in _split(path)[0]["asks"]:
            key = ask.strip().lower()
            assert key not in owner, f"{ask!r} is in both {owner[key]} and {path.name}"
            owner[key] = path.name


def test_card_ids_are_unique() -> None:
    ids = [_split(p)[0]["id"] for p in _cards()]
    assert len(ids) == len(set(ids))


def test_every_stage_and_context_is_covered() -> None:
    metas = [_split(p)[0] for p in _cards()]
    assert STAGES - {m["stage"] for m in metas} == set()
    contexts = {c for m in metas for c in m["contexts"]}
    assert CONTEXTS - contexts == set()
    roles = {r for m in metas for r in m["roles"]}
    assert ROLES - roles == set()


def test_cards_share_no_long_run_of_words_with_the_seeds(shared_dir: Path) -> None:
    seeds: set[tuple[str, ...]] = set()
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        seeds |= _shingles(_words(seed.read_text(encoding="utf-8")))
    assert seeds, "no seed text found to compare against"
    offenders: list[tuple[str, str]] = []
    for path in _cards():
        shared = _shingles(_words(path.read_text(encoding="utf-8"))) & seeds
        offenders.extend((path.name, " ".join(run)) for run in sorted(shared))
    assert not offenders, f"{len(offenders)} runs copied from the seeds, e.g. {offenders[0]}"
