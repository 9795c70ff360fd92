"""Fusion of the dense views of each card (sections, whole card, label, asks) with BM25."""

from __future__ import annotations

import pytest

from knowledge.ranking import collect, fuse


def test_collect_keeps_each_views_best_and_the_best_section() -> None:
    found = collect(
        ["a", "a", "b", "a", "a"],
        ["ask", "section", "card", "ask", "section"],
        [0.9, 0.7, 0.6, 0.5, 0.4],
    )
    assert found["a"].best == {"ask": 0.9, "section": 0.7}
    assert found["a"].section_index == 1
    assert found["b"].section_index == -1


def test_a_close_ask_lifts_a_card_whose_prose_matches_less() -> None:
    prose = ["a", "b", "a", "b", "a", "b"]
    kinds = ["section", "section", "card", "card", "label", "label"]
    sims = [0.50, 0.48, 0.40, 0.39, 0.30, 0.29]
    without = fuse(collect(prose, kinds, sims), {})
    assert [card for card, _ in without] == ["a", "b"]
    with_asks = fuse(collect([*prose, "b", "a"], [*kinds, "ask", "ask"], [*sims, 0.9, 0.2]), {})
    assert [card for card, _ in with_asks] == ["b", "a"]


def test_a_view_a_card_was_not_found_in_counts_at_the_floor() -> None:
    ranked = fuse(
        collect(["a", "b", "b", "c"], ["ask", "ask", "section", "section"], [0.8, 0.3, 0.6, 0.5]),
        {},
    )
    # 'a' has no section among the candidates: it is scored at the lowest section seen (0.5),
    # so its close ask still puts it first, while 'c' (no ask) gets the lowest ask (0.3).
    assert [card for card, _ in ranked] == ["a", "b", "c"]


def test_bm25_breaks_a_dense_tie() -> None:
    tied = collect(["a", "b"], ["section", "section"], [0.5, 0.5])
    assert [card for card, _ in fuse(tied, {"a": 0.0, "b": 3.0})] == ["b", "a"]
    assert fuse({}, {"a": 1.0}) == []


def test_two_matching_asks_count_for_more_than_one_lucky_one() -> None:
    # 'a' has one ask a little closer than any of 'b''s; 'b' has two close asks.
    found = collect(
        ["a", "b", "b", "a", "a", "b"],
        ["ask", "ask", "ask", "ask", "section", "section"],
        [0.80, 0.78, 0.77, 0.30, 0.50, 0.50],
    )
    assert found["a"].found["ask"] == [0.80, 0.30]
    assert found["a"].evidence("ask", floor=0.30) == pytest.approx(0.55)
    assert [card for card, _ in fuse(found, {})] == ["b", "a"]


def test_a_view_with_one_record_in_the_pool_is_made_up_at_the_floor() -> None:
    found = collect(["a", "b", "b"], ["ask", "ask", "ask"], [0.9, 0.6, 0.4])
    assert found["a"].evidence("ask", floor=0.4) == pytest.approx(0.65)
    assert found["a"].evidence("card", floor=0.2) == pytest.approx(0.2)
