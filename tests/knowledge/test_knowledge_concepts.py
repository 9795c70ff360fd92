"""The concept map (knowledge/concepts.yaml): every idea of the corpus's sources, section by
section, has a card of its own, and that card uses the plain words people ask about it with."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.cards import Card, load_cards, plain_text

REPO = Path(__file__).resolve().parents[2]
CONCEPTS = REPO / "knowledge" / "concepts.yaml"
CARDS = {card.id: card for card in load_cards(REPO / "knowledge" / "corpus")}
MAP: dict[str, Any] = yaml.safe_load(CONCEPTS.read_text(encoding="utf-8"))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _tokens(text: str) -> list[str]:
    """Lower-case words in the singular, so 'Streams' matches 'stream', 'teaches' 'teach'."""
    return [_singular(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


def _contains(text: str, phrase: str) -> bool:
    hay, needle = _tokens(text), _tokens(phrase)
    return any(hay[i : i + len(needle)] == needle for i in range(len(hay) - len(needle) + 1))


def _concepts() -> list[dict[str, Any]]:
    concepts: list[dict[str, Any]] = MAP["concepts"]
    return concepts


def _card(concept: dict[str, Any]) -> Card:
    assert concept["card"] in CARDS, f"{concept['id']}: no card {concept['card']!r} in the corpus"
    return CARDS[concept["card"]]


def test_the_map_is_well_formed() -> None:
    ids = [c["id"] for c in _concepts()]
    assert len(ids) == len(set(ids)), "two concepts share an id"
    for concept in _concepts():
        source = MAP["sources"].get(concept["source"])
        assert source, f"{concept['id']}: unknown source {concept['source']!r}"
        assert concept["section"] in source["sections"], f"{concept['id']}: unknown section"
        assert isinstance(concept["idea"], str) and len(concept["idea"].split()) >= 8
        assert 2 <= len(concept["words"]) <= 6, f"{concept['id']}: give 2-6 plain words"
        assert all(isinstance(w, str) for w in concept["words"]), f"{concept['id']}: quote words"


def test_every_section_of_every_source_has_an_idea_mapped() -> None:
    covered = {(c["source"], c["section"]) for c in _concepts()}
    for key, source in MAP["sources"].items():
        missing = [s for s in source["sections"] if (key, s) not in covered]
        assert not missing, f"source {key}: no concept mapped for sections {missing}"


@pytest.mark.parametrize("concept", _concepts(), ids=lambda c: c["id"])
def test_the_card_uses_the_plain_words_for_its_concept(concept: dict[str, Any]) -> None:
    card = _card(concept)
    missing = [w for w in concept["words"] if not _contains(plain_text(card), w)]
    assert not missing, f"{card.id} never says {missing}, the words people use for {concept['id']}"


@pytest.mark.parametrize("concept", _concepts(), ids=lambda c: c["id"])
def test_the_concept_is_the_cards_own_subject(concept: dict[str, Any]) -> None:
    card = _card(concept)
    heading = f"{card.title} {card.summary}"
    assert any(_contains(heading, w) for w in concept["words"]), (
        f"{card.id}: its title and summary name none of {concept['words']}; the concept "
        f"{concept['id']} is only a clause in it: give it a card of its own or reword the summary"
    )


def test_the_matching_ignores_case_punctuation_and_plurals() -> None:
    assert _contains("Streams pay the Bills.", "stream pays the bill")
    assert _contains("about 10,000 hours of practice", "10,000 hours")
    assert _contains("it teaches and pays royalties", "teach")
    assert _contains("royalties", "royalty")
    assert not _contains("a job for the life", "job for life")
