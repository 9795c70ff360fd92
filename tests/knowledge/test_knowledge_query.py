"""Query normalisation: chat spellings, US forms and slips of the fingers read as the corpus's
words, and nothing else changed."""

from __future__ import annotations

from collections import Counter

import pytest

from knowledge.query import QueryNormaliser, corpus_words, distance

CORPUS = corpus_words(
    [
        "Financial planning for freelancing: the bookkeeping, the invoices and the hours.",
        "Organising your week around your kids, your labour and your income.",
        "A steady income, kinds of work, a programme of steps; prioritise the anchor.",
    ]
)
#: Real words that are not in the corpus: never read as slips.
KNOWN = ["priorities", "ebay", "uber", "stress"]


@pytest.fixture
def normalise() -> QueryNormaliser:
    return QueryNormaliser(CORPUS, KNOWN)


def test_chat_spellings_become_words(normalise: QueryNormaliser) -> None:
    assert normalise("im not sure, dont know how many hrs a wk") == (
        "I'm not sure, don't know how many hours a week"
    )


def test_an_acronym_in_capitals_is_not_a_chat_spelling(normalise: QueryNormaliser) -> None:
    assert normalise("HR said no") == "HR said no"
    assert normalise("my hr said no") == "my hour said no"


def test_us_spellings_take_the_corpus_form(normalise: QueryNormaliser) -> None:
    assert normalise("organizing my labor and my program") == (
        "organising my labour and my programme"
    )
    assert normalise("prioritize") == "prioritise"


def test_a_us_spelling_the_corpus_lacks_stays_as_typed() -> None:
    normalise = QueryNormaliser(Counter({"priorities": 3}), [])
    # Two slips from "priorities", but a real word spelt the US way, not a typo.
    assert normalise("prioritize") == "prioritize"


def test_slips_of_the_fingers_are_read_as_corpus_words(normalise: QueryNormaliser) -> None:
    assert normalise("finacial bokkeeping for freelnacing") == (
        "financial bookkeeping for freelancing"
    )
    assert normalise("my invocies") == "my invoices"


def test_a_doubled_letter_is_read_as_one(normalise: QueryNormaliser) -> None:
    # "kidds" is one slip from both "kids" and "kinds": the doubled letter decides.
    assert normalise("kidds") == "kids"


def test_known_words_short_words_and_figures_are_left_alone(normalise: QueryNormaliser) -> None:
    for text in ("uber and ebay", "stress", "a fnd", "45k over 12 months", "priorities"):
        assert normalise(text) == text


def test_a_word_with_no_close_corpus_word_stays(normalise: QueryNormaliser) -> None:
    assert normalise("xylophones") == "xylophones"


def test_distance_counts_a_swap_as_one_slip() -> None:
    assert distance("form", "from") == 1
    assert distance("income", "incmoe") == 1
    assert distance("kids", "kinds") == 1
    assert distance("prioritize", "priorities") == 2
    assert distance("", "abc") == 3
